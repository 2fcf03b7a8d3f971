// SPDX-License-Identifier: GPL-2.0-or-later
//
// Declarations of qemu.mjs, the embedding API (written by hand: keep them
// in step with qemu.mjs; check/package.mjs compiles a user of them).

/** The guest architectures: each has its emulator, qemu-system-ARCH. */
export type Arch = 'x86_64' | 'aarch64' | 'riscv64';
export declare const ARCHES: readonly Arch[];

/** Each architecture's busybox guest, or Debian (x86_64, disk read from the server). */
export type Guest = 'busybox' | 'debian';
export declare const GUESTS: readonly Guest[];

/** The most guest CPUs start() accepts (each is a thread and a worker). */
export declare const MAX_CPUS: number;

/** Where a file comes from: a URL (relative to the page), a Blob (a file input's File) or bytes. */
export type Source = string | URL | Blob | ArrayBuffer | ArrayBufferView;

/** The files of an emulator and its packed guest (assetsFor()). */
export interface Assets {
    readonly arch: Arch;
    readonly guestName: Guest;
    /** argv[0]: qemu-system-ARCH. */
    readonly program: string;
    /** The emulator's script and module: BASE/qemu-system-ARCH.{js,wasm}. */
    readonly script: URL;
    readonly wasm: URL;
    /** The packed guest's manifest: BASE/web/guest-ARCH/guest.json. */
    readonly guest: URL;
    /** The frame the emulator runs in, beside qemu.mjs. */
    readonly engine: URL;
    /** The default snapshot's manifest, where the build made one: BASE/web/snapshot-ARCH/snapshot.json. */
    readonly snapshot: URL;
}

/**
 * The files of @arch's emulator and @guest under @base (default: the
 * folder build/ beside qemu.mjs).  Throws a QemuError for an unknown
 * architecture or guest.
 */
export declare function assetsFor(arch: Arch, guest?: Guest, base?: string | URL): Assets;
/** assetsFor('x86_64'). */
export declare const assets: Assets;

export declare const defaults: Readonly<{
    arch: Arch;
    memory: number;
    /** Kernel parameters added to the guest's own: 'guest.mode=shell'. */
    guestAppend: string;
    accel: string;
    args: string[];
}>;

export declare class QemuError extends Error {
    constructor(message: string);
    name: 'QemuError';
}

/** What this browser lacks for the emulator, one sentence each; empty when nothing. */
export declare function checkBrowser(win?: typeof globalThis): string[];
/** Whether the user agent data says the host CPU is x86 (Chromium). */
export declare function hostCpuIsX86(nav?: Navigator): Promise<boolean>;

export interface QemuOptions {
    /** Which emulator and guest; default 'x86_64'. */
    arch?: Arch;
    /** Default 'busybox'. */
    guest?: Guest;
    /** Where the emulator's and guests' files are (see Assets); default build/ beside qemu.mjs. */
    assetBase?: string | URL;
    /** MiB, 16 to 3072; default the guest's (256). */
    memory?: number | string;
    /** Guest CPUs, 1 to MAX_CPUS (-smp N,sockets=N); default 1. */
    cpus?: number | string;
    /** The whole kernel command line; default the guest's plus defaults.guestAppend. */
    append?: string;
    /** The -accel option; default 'tcg,wasm-stats=on'. */
    accel?: string;
    /** Left out: the guest's own.  initrd: null boots without one. */
    kernel?: Source;
    initrd?: Source | null;
    /** A raw disk image (virtio). */
    disk?: Source;
    /** A saved machine (QEMU's migration stream, gzip accepted) to restore instead of booting. */
    state?: Source;
    /** For a guest with a disk: the overlay saved with that state. */
    overlay?: Source;
    /** Whether that overlay is the default snapshot's. */
    overlayIsDefault?: boolean;
    /** Extra QEMU arguments: an array, or a string split at spaces. */
    args?: string | string[];
    /** A virtio NIC on QEMU's user network through the server's relay. */
    net?: boolean;
    /** The relay's address; default '/net' on the page's origin. */
    netRelay?: string;
    /** A screen (-display web) with a virtio keyboard and tablet: see attachScreen(). */
    display?: boolean;
}

export type QemuState = 'idle' | 'loading' | 'starting' | 'running' | 'off' | 'stopped' | 'error';
export type NetworkState = 'off' | 'connecting' | 'up' | 'down';

/** The overlay of a guest with a disk. */
export interface DiskInfo {
    state: 'new' | 'kept' | 'changed' | 'error';
    size?: number;
    savedAt?: number;
    message?: string;
}

/** The guest.json manifest of a packed guest (web/build.sh). */
export interface GuestManifest {
    arch?: Arch;
    data?: string;
    encoding?: string;
    loader?: string;
    size?: number;
    sha256?: string;
    kernel: string;
    initrd: string;
    firmware: string;
    kernelRelease?: string;
    machine: string[];
    append: string;
    guest?: string;
    disk?: { image: string; imageSize: number; imageSha256: string; overlay: string };
}

export interface QemuEventMap {
    /** Serial console bytes. */
    output: CustomEvent<Uint8Array>;
    /** QEMU's standard error. */
    stderr: CustomEvent<string>;
    /** All downloads together. */
    progress: CustomEvent<{ label: string; loaded: number; total: number }>;
    state: CustomEvent<{ state: QemuState; message: string }>;
    /** A restored machine's first output, ms after start(). */
    restored: CustomEvent<{ ms: number }>;
    network: CustomEvent<{ state: NetworkState; message: string }>;
    disk: CustomEvent<DiskInfo>;
    /** The monitor's text so far, while a monitor command runs. */
    monitor: CustomEvent<string>;
}

export interface SavedState {
    /** QEMU's migration stream: start({ state }), -incoming under Node.js and native QEMU take it. */
    bytes: Uint8Array;
    ms: number;
    /** A guest with a disk: its overlay as the saved machine sees it. */
    disk: Uint8Array | null;
}

export interface StoredMachine {
    blob: Blob;
    size: number;
    savedAt: number;
    ms: number;
    guest: Guest;
    disk?: Blob;
    [extra: string]: unknown;
}

export interface StoredDisk {
    blob: Blob;
    size: number;
    savedAt: number;
    /** The sha256 of the image the overlay is over. */
    image: string;
}

export declare class Qemu extends EventTarget {
    constructor(options?: QemuOptions);
    /** The options as taken (defaults filled in, args split). */
    readonly options: QemuOptions & { arch: Arch; guest: Guest; args: string[];
                                      net: boolean; display: boolean };
    state: QemuState;
    /** Says why, in state 'error'. */
    message: string;
    exitCode: number | undefined;
    /** The wasm-stats counters after shutdown. */
    stats: Record<string, number> | null;
    /** performance.now() at start(). */
    startedAt: number | undefined;
    /** assetsFor() of this machine, once started. */
    assets: Assets | null;
    /** ms from start() to a restored machine's first output. */
    restoredAt: number | undefined;
    network: NetworkState;
    networkMessage: string;
    disk: DiskInfo | null;
    /** Frames attachScreen() drew, and the time that took. */
    frames?: number;
    drawMs?: number;
    readonly running: boolean;

    /** Resolves once the emulator runs; rejects (state 'error') when it cannot start. */
    start(): Promise<this>;
    /** The QEMU command line these options give for a guest manifest. */
    commandLine(manifest: GuestManifest, hostIsX86?: boolean): string[];
    /** Bytes for the serial console. */
    write(data: string | Iterable<number>): void;
    /** The serial console's output so far, as text (the last MiB or more). */
    output(): string;
    /** QEMU's standard error so far (the last 200 lines). */
    stderr(): string;
    /** Resolves to output() once it matches; rejects when the machine ends or the timeout (ms) passes. */
    waitForOutput(pattern: RegExp | string, options?: { timeout?: number }): Promise<string>;
    /** One command in QEMU's monitor; resolves to its answer. */
    monitor(command: string, options?: { timeout?: number }): Promise<string>;
    /** Saves the running machine (it goes on). */
    save(): Promise<SavedState>;
    /** save() kept in browserStore with @extra. */
    saveToBrowser(extra?: Record<string, unknown>): Promise<StoredMachine>;
    /** save() offered as a download. */
    saveToFile(name?: string): Promise<{ name: string; size: number; ms: number }>;
    /** Ends the emulator at once. */
    stop(): void;

    /** Shows the screen (display: true) in @canvas with its keyboard and pointer; returns a function that detaches it. */
    attachScreen(canvas: HTMLCanvasElement): () => void;
    /** Keys (KeyboardEvent.code) pressed together, then released. */
    sendKeys(codes: string[]): void;
    /** Text typed on the display's keyboard (US layout). */
    typeText(text: string): void;
    /** The canvas's pixels, or null before its first frame. */
    screenshot(canvas: HTMLCanvasElement): ImageData | null;
    /** QEMU's own picture of the screen (the monitor's screendump), RGBA. */
    screendump(): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
    screenStats(): { frames: number; drawMs: number; refreshes: number; refreshMs: number };

    /** A guest with a disk: its overlay now, a qcow2 file over the image. */
    diskChanges(): Blob;
    /** Forgets the disk kept in this browser for this guest. */
    resetDisk(): Promise<void>;
    /** Bytes and requests fetched for disks from URLs, or null before it runs. */
    fetchStats(): { requests: number; bytes: number } | null;

    addEventListener<K extends keyof QemuEventMap>(type: K,
        listener: (this: Qemu, ev: QemuEventMap[K]) => unknown,
        options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof QemuEventMap>(type: K,
        listener: (this: Qemu, ev: QemuEventMap[K]) => unknown,
        options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions): void;
}

/** new Qemu(options).start(). */
export declare function start(options?: QemuOptions): Promise<Qemu>;

/** The machine saved in this browser (IndexedDB), one record. */
export declare const browserStore: {
    get(): Promise<StoredMachine | undefined>;
    put(record: StoredMachine): Promise<unknown>;
    remove(): Promise<undefined>;
};

/** The writes to each guest's disk kept in this browser. */
export declare const diskStore: {
    get(guest: Guest): Promise<StoredDisk | undefined>;
    put(guest: Guest, record: StoredDisk): Promise<unknown>;
    remove(guest: Guest): Promise<undefined>;
};
