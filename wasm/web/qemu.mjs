// SPDX-License-Identifier: GPL-2.0-or-later
//
// qemu-system-ARCH (Emscripten build) in a web page.
//
// Embedding API:
//   import { start } from './qemu.mjs';
//   const qemu = await start({ arch: 'x86_64', memory: 256, append: '...',
//                              kernel: url, initrd: url, disk: url, args: [...] });
//   qemu.addEventListener('output', (e) => show(e.detail));  // Uint8Array
//   qemu.write('ls\r');           // to the serial console (string or bytes)
//   qemu.output();                // console text so far
//   await qemu.waitForOutput(/guest# $/);
//   const { bytes, ms } = await qemu.save();  // the running machine's state
//   await qemu.saveToBrowser();   // the same into browserStore (IndexedDB)
//   await qemu.saveToFile();      // the same as a file download
//   qemu.stop();
// arch (ARCHES; default x86_64) picks the emulator, qemu-system-ARCH, and
// its guest (assetsFor(arch) names their files; assetBase: the folder
// they are in, default build/ beside this module).
// start({ state: url | Blob | bytes }) restores a saved machine instead of
// booting (QEMU's -incoming; gzip-compressed states are accepted).
// start({ net: true }) gives the guest a NIC (virtio-net) on QEMU's user
// network through the relay of the page's server (make -C wasm serve
// NET=1; netRelay: its address, default /net on this origin); without a
// relay the machine boots with no NIC and says why ('network' event).
// Events: 'output' (console bytes), 'stderr' (text), 'progress'
// ({label, loaded, total}), 'state' ({state, message}), 'restored' ({ms}:
// a restored machine's first output, ms after start()), 'network'
// ({state, message}: off, connecting, up, down).  States: idle,
// loading, starting, running, off (QEMU exited 0), stopped, error.
//
// The page index.html is driven by page.mjs, a user of this API, which
// imports it by the npm package's name (qemu-wasm: wasm/package/, with
// its declarations, qemu.d.ts) through the page's import map.
//
// Each emulator runs in a hidden same-origin frame (engine.html): the
// Emscripten glue is not modularized, its state lives in the frame's
// globals.  With PROXY_TO_PTHREAD, QEMU's main() runs in a worker and its
// file system calls are proxied to the frame's main thread, where the
// stream operations of fds 0-2 below serve them (as runner/node-pre.js
// does under Node.js).

import {
    blobsBack, hiddenSharedArrayBuffer, provideSharedArrayBuffer, putKeepingBlobs,
} from './compat.mjs';

const here = new URL('.', import.meta.url);

// The guest architectures (wasm/toolchain/common.sh, GUEST_ARCHES); each
// has its emulator and packed guest, built when its emulator is.
export const ARCHES = Object.freeze(['x86_64', 'aarch64', 'riscv64']);

// The guests: each architecture's busybox guest, and Debian (x86_64),
// whose disk the emulator reads from the server as the guest needs it.
export const GUESTS = Object.freeze(['busybox', 'debian']);

// The files of the emulator and guest of @arch (web/build.sh) under
// @base, a URL or a path from the page: the folder that holds
// qemu-system-ARCH.{js,wasm} and web/guest-ARCH/.  By default build/
// beside this module: the checkout's wasm/build/ as web/serve.mjs serves
// it, and the npm package's build/ (wasm/package/).  The engine frame
// stays beside this module: the page reaches into it, so it must be of
// the page's origin.
export function assetsFor(arch, guest = 'busybox', base = null) {
    if (!ARCHES.includes(arch)) {
        throw new QemuError(`Unknown architecture '${arch}': one of ${ARCHES.join(', ')}.`);
    }
    if (!GUESTS.includes(guest)) {
        throw new QemuError(`Unknown guest '${guest}': one of ${GUESTS.join(', ')}.`);
    }
    if (guest === 'debian' && arch !== 'x86_64') {
        throw new QemuError(`The Debian guest is an x86_64 machine, not ${arch}.`);
    }
    const dir = guest === 'debian' ? 'debian' : arch;
    const root = base == null ? new URL('build/', here)
        : new URL(String(base), globalThis.document?.baseURI ?? here);
    if (!root.pathname.endsWith('/')) {
        root.pathname += '/';
    }
    return Object.freeze({
        arch,
        guestName: guest,
        program: `qemu-system-${arch}`,
        script: new URL(`qemu-system-${arch}.js`, root),
        wasm: new URL(`qemu-system-${arch}.wasm`, root),
        guest: new URL(`web/guest-${dir}/guest.json`, root),
        engine: new URL('engine.html', here),
        // The guest saved at its prompt (web/build.sh), if built.
        snapshot: new URL(`web/snapshot-${dir}/snapshot.json`, root),
    });
}

// Where a state is put in the emulator's file system.
const STATE_IN = '/user/state';
// The overlay of a guest with a disk (guest.json's "disk"): its writes,
// kept in this browser's storage (diskStore) every DISK_KEEP_MS.
const DISK_OVERLAY = '/persist/disk.qcow2';
const DISK_KEEP_MS = 3000;
const STATE_OUT = '/tmp/saved.state';
// Ctrl-A c: QEMU's -nographic console switches between the serial port
// and the monitor.
const TOGGLE_MONITOR = '\x01c';

// The most guest CPUs the page offers: each is a thread and a worker.
export const MAX_CPUS = 8;

export const defaults = Object.freeze({
    arch: 'x86_64',
    memory: 256,
    // Kernel parameters after the guest's own (guest.json's "append"):
    // guest.mode=shell makes guest/init start a shell, not its workload.
    guestAppend: 'guest.mode=shell',
    // wasm-stats: QEMU prints the JIT's counters at VM shutdown.
    accel: 'tcg,wasm-stats=on',
    args: [],
});

export class QemuError extends Error {
    constructor(message) {
        super(message);
        this.name = 'QemuError';
    }
}

// The default architecture's files.
export const assets = assetsFor(defaults.arch);

const POLLIN = 1;
const OUTPUT_KEEP = 1 << 20;          // console text kept for output()

// A module with a shared memory and an atomic load: what the build's
// threads need from the engine (the JIT's modules import that memory).
const THREADS_PROBE = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,             // type () -> i32
    0x03, 0x02, 0x01, 0x00,                               // one function
    0x05, 0x04, 0x01, 0x03, 0x01, 0x01,                   // shared memory 1..1
    0x0a, 0x0a, 0x01, 0x08, 0x00,                         // code
    0x41, 0x00, 0xfe, 0x10, 0x02, 0x00, 0x0b,             // i32.atomic.load
]);

// What this browser lacks for the emulator: a list of sentences, empty
// when everything is there.
export function checkBrowser(win = globalThis) {
    const problems = [];
    if (typeof win.WebAssembly !== 'object') {
        problems.push('This browser has no WebAssembly.');
        return problems;
    }
    if (!win.crossOriginIsolated) {
        problems.push('The page is not cross-origin isolated, so the browser ' +
            'withholds SharedArrayBuffer, which the emulator\'s threads need. ' +
            'Serve it with the headers "Cross-Origin-Opener-Policy: same-origin" ' +
            'and "Cross-Origin-Embedder-Policy: require-corp" (make serve does).');
    } else if (typeof win.SharedArrayBuffer !== 'function' && !hiddenSharedArrayBuffer(win)) {
        // (WebKitGTK's hidden global is made up for: compat.mjs.)
        problems.push('This browser has no SharedArrayBuffer.');
    }
    let threads = false;
    try {
        threads = win.WebAssembly.validate(THREADS_PROBE);
    } catch (e) {
        /* reported below */
    }
    if (!threads) {
        problems.push('This browser\'s WebAssembly lacks threads (shared memory, atomics).');
    }
    if (typeof win.BigInt64Array !== 'function') {
        problems.push('This browser lacks BigInt64Array (64-bit WebAssembly values).');
    }
    return problems;
}

// Whether the user agent data says the host CPU is x86 (Chromium's
// navigator.userAgentData; false where there is none).  QEMU's own guess
// (wasm-tso=auto) trusts only user agent strings that name the CPU
// (Firefox's on Linux): Chromium's says x86_64 on Arm too.
export async function hostCpuIsX86(nav = globalThis.navigator) {
    try {
        const v = await nav.userAgentData.getHighEntropyValues(['architecture']);
        return v.architecture === 'x86';
    } catch (e) {
        return false;
    }
}

function splitArgs(args) {
    if (args == null) {
        return [];
    }
    if (typeof args === 'string') {
        return args.split(/\s+/).filter(Boolean);
    }
    return Array.from(args, String);
}

// Fetch a guest file or the wasm with progress; a Blob, ArrayBuffer or
// typed array is taken as it is.  With gunzipSize, a fetched gzip stream
// is decompressed as it arrives (into that many bytes); null if it is
// not one or does not fit.
async function loadBytes(source, label, onProgress, signal, gunzipSize = 0) {
    if (source instanceof Uint8Array) {
        return source;
    }
    if (source instanceof ArrayBuffer) {
        return new Uint8Array(source);
    }
    if (ArrayBuffer.isView(source)) {
        return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    }
    if (typeof Blob !== 'undefined' && source instanceof Blob) {
        onProgress(0, source.size);
        const bytes = new Uint8Array(await source.arrayBuffer());
        onProgress(bytes.length, bytes.length);
        return bytes;
    }
    const url = new URL(String(source), document.baseURI);
    let res;
    try {
        res = await fetch(url, { signal });
    } catch (e) {
        if (signal?.aborted) {
            throw e;
        }
        throw new QemuError(`Could not load the ${label} from ${url}: ${e.message}`);
    }
    if (!res.ok) {
        throw new QemuError(`Could not load the ${label} from ${url}: ` +
                            `HTTP ${res.status} ${res.statusText}`.trim());
    }
    const total = Number(res.headers.get('Content-Length')) || 0;
    const chunks = [];
    let loaded = 0;
    onProgress(0, total);
    let body = res.body;
    if (gunzipSize) {
        body = body.pipeThrough(new TransformStream({
            transform(chunk, controller) {
                loaded += chunk.length;
                onProgress(loaded, total);
                controller.enqueue(chunk);
            },
        })).pipeThrough(new DecompressionStream('gzip'));
    }
    const out = gunzipSize ? new Uint8Array(gunzipSize) : null;
    let produced = 0;
    const reader = body.getReader();
    for (;;) {
        let step;
        try {
            step = await reader.read();
        } catch (e) {
            if (signal?.aborted) {
                throw e;
            }
            if (gunzipSize && (!total || loaded === total)) {
                return null;    // all of it arrived: not a gzip stream
            }
            throw new QemuError(`Download of the ${label} from ${url} broke off ` +
                                `after ${loaded} bytes: ${e.message}`);
        }
        if (step.done) {
            break;
        }
        if (out) {
            if (produced + step.value.length > out.length) {
                reader.cancel();
                return null;
            }
            out.set(step.value, produced);
            produced += step.value.length;
            continue;
        }
        chunks.push(step.value);
        loaded += step.value.length;
        onProgress(loaded, total);
    }
    if (total && loaded !== total) {
        throw new QemuError(`The ${label} from ${url} is truncated: ` +
                            `${loaded} of ${total} bytes`);
    }
    if (out) {
        return produced === out.length ? out : null;
    }
    const bytes = new Uint8Array(loaded);
    let at = 0;
    for (const c of chunks) {
        bytes.set(c, at);
        at += c.length;
    }
    return bytes;
}

const isGzip = (bytes) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

// The bytes of a gzip stream, decompressed; null if they are not one.
async function gunzip(bytes) {
    try {
        const stream = new Blob([bytes]).stream()
            .pipeThrough(new DecompressionStream('gzip'));
        return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch (e) {
        return null;
    }
}

async function sha256Hex(bytes) {
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function loadScript(doc, url) {
    return new Promise((resolve, reject) => {
        const s = doc.createElement('script');
        s.src = url;
        s.onload = resolve;
        s.onerror = () => reject(new QemuError(`Could not load the script ${url}`));
        doc.head.append(s);
    });
}

function parseStats(line) {
    const stats = {};
    for (const m of line.matchAll(/([a-z-]+)=(\d+)/g)) {
        stats[m[1]] = Number(m[2]);
    }
    return stats;
}

// Machines saved in this browser's storage: one record, "last", in
// IndexedDB ({ blob, size, savedAt, ms, ... }); and the disks of guests
// with a disk, one record per guest ({ blob, size, savedAt, image }).
const DB_NAME = 'qemu-wasm';
const DB_STORE = 'states';
const DISK_STORE = 'disks';

function openDb() {
    return new Promise((resolve, reject) => {
        const req = indexedDB.open(DB_NAME, 2);
        req.onupgradeneeded = () => {
            for (const store of [DB_STORE, DISK_STORE]) {
                if (!req.result.objectStoreNames.contains(store)) {
                    req.result.createObjectStore(store);
                }
            }
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
    });
}

async function dbRequest(mode, makeRequest, store = DB_STORE) {
    const db = await openDb();
    try {
        return await new Promise((resolve, reject) => {
            const tx = db.transaction(store, mode);
            const req = makeRequest(tx.objectStore(store));
            tx.oncomplete = () => resolve(req.result);
            tx.onerror = tx.onabort = () => reject(tx.error || req.error);
        });
    } finally {
        db.close();
    }
}

// (Where WebKit refuses Blobs there, their bytes: compat.mjs.)
export const browserStore = {
    get: () => dbRequest('readonly', (s) => s.get('last')).then(blobsBack),
    put: (record) => putKeepingBlobs((r) => dbRequest('readwrite', (s) => s.put(r, 'last')), record),
    remove: () => dbRequest('readwrite', (s) => s.delete('last')),
};

// The writes to a guest's disk (its overlay) kept in this browser.
export const diskStore = {
    get: (guest) => dbRequest('readonly', (s) => s.get(guest), DISK_STORE).then(blobsBack),
    put: (guest, record) => putKeepingBlobs(
        (r) => dbRequest('readwrite', (s) => s.put(r, guest), DISK_STORE), record),
    remove: (guest) => dbRequest('readwrite', (s) => s.delete(guest), DISK_STORE),
};

function storageError(e) {
    return e?.name === 'QuotaExceededError' ? 'the browser\'s storage for this site is full'
        : `${e?.name ?? 'Error'}: ${e?.message ?? e}`;
}

export class Qemu extends EventTarget {
    constructor(options = {}) {
        super();
        this.options = {
            // The guest architecture: which qemu-system-ARCH and guest.
            arch: options.arch ?? defaults.arch,
            // GUESTS: the architecture's busybox guest, or Debian.
            guest: options.guest ?? 'busybox',
            // Where the emulators and guests are (assetsFor); by default
            // build/ beside this module.
            assetBase: options.assetBase ?? null,
            // MiB; by default the guest's (guest.json), else defaults.memory.
            memory: options.memory,
            // Guest CPUs (-smp), each a thread of its own: 1 to MAX_CPUS.
            cpus: options.cpus ?? 1,
            // The whole kernel command line; by default the guest's.
            append: options.append,
            accel: options.accel ?? defaults.accel,
            kernel: options.kernel,
            initrd: options.initrd,
            disk: options.disk,
            // A saved machine to restore (-incoming) instead of booting.
            state: options.state,
            // For a guest with a disk: the overlay saved with that state
            // (by default, the one kept in this browser, or a new one).
            overlay: options.overlay,
            // Whether that overlay is the default snapshot's (the boot's
            // writes only): nothing of the user's to keep until the guest
            // writes to it.
            overlayIsDefault: Boolean(options.overlayIsDefault),
            args: splitArgs(options.args ?? defaults.args),
            // A NIC on the user network, through the relay at netRelay.
            net: Boolean(options.net),
            // A screen (-display web, ui/web.c) with a keyboard and an
            // absolute pointer (virtio); attachScreen() shows it.
            display: Boolean(options.display),
            netRelay: options.netRelay,
        };
        this.state = 'idle';
        this.message = '';
        this.exitCode = undefined;
        this.stats = null;            // last wasm-stats line, parsed
        this.startedAt = undefined;   // performance.now() at start()
        this.assets = null;           // assetsFor(arch), set by start()
        this._stdin = [];
        this._text = '';
        this._decoder = new TextDecoder();
        this._errDecoder = new TextDecoder();
        this._stderrLines = [];
        this._stderrPartial = '';
        this._pending = [];
        this._flushTimer = null;
        this._frame = null;
        this._abort = new AbortController();
        this._monitor = null;         // console text while in the monitor
        this._saving = false;
        this.restoredAt = undefined;  // ms from start() to the first output
        this.network = 'off';         // off, connecting, up, down
        this.networkMessage = '';
        this._netRelay = null;        // the relay's WebSocket URL, when used
        // A guest with a disk: what the overlay is ({ state: 'new',
        // 'kept', 'changed' or 'error', size, savedAt, message }).
        this.disk = null;
        this._diskKeeper = null;
    }

    get running() {
        return this.state === 'running';
    }

    // The QEMU command line for these options; file options name the
    // paths they are written to in the emulator's file system.  On an
    // x86 host (hostIsX86) an x86 guest needs no memory barriers.
    commandLine(manifest, hostIsX86 = false) {
        const o = this.options;
        // The guest's machine (wasm/toolchain/common.sh, via guest.json)
        // with the memory size of the options.
        const machine = manifest.machine.slice();
        const m = machine.indexOf('-m');
        const memory = o.memory ?? (m >= 0 ? machine[m + 1] : defaults.memory);
        const mem = Number(memory);
        if (!Number.isInteger(mem) || mem < 16 || mem > 3072) {
            throw new QemuError(`Memory must be a whole number of MiB from 16 to 3072, not '${memory}'.`);
        }
        if (m >= 0) {
            machine[m + 1] = String(mem);
        } else {
            machine.push('-m', String(mem));
        }
        const cpus = Number(o.cpus);
        if (!Number.isInteger(cpus) || cpus < 1 || cpus > MAX_CPUS) {
            throw new QemuError(`CPUs must be a whole number from 1 to ${MAX_CPUS}, not '${o.cpus}'.`);
        }
        if (cpus > 1) {
            // One socket per CPU: an x86 guest without ACPI finds its CPUs
            // in SeaBIOS's MP table, which lists one per socket.
            machine.push('-smp', `${cpus},sockets=${cpus}`);
        }
        if (this._netRelay) {
            // The guest's machine has no NIC (-nic none): a virtio one on
            // the user network (runner/net-pre.js sends it to the relay).
            const none = machine.findIndex((a, i) => a === '-nic' && machine[i + 1] === 'none');
            if (none >= 0) {
                machine.splice(none, 2);
            }
            // -netdev and -device: RISC-V's virt board ignores -nic.
            machine.push('-netdev', 'user,id=net0', '-device', 'virtio-net-pci,netdev=net0');
        }
        if (o.display) {
            // The machine's own display device in place of -nographic,
            // whose serial console and monitor stay on stdio.
            const none = machine.indexOf('-nographic');
            if (none >= 0) {
                machine.splice(none, 1);
            }
            machine.push('-display', 'web', '-serial', 'mon:stdio', '-parallel', 'none',
                         '-device', 'virtio-keyboard-pci', '-device', 'virtio-tablet-pci');
            if (o.arch !== 'x86_64') {
                // virt has no VGA; bochs DRM drives this one as -vga std.
                // No option ROM: the firmware here is not a PC BIOS.
                machine.push('-device', 'bochs-display,romfile=');
            }
        }
        const args = ['-L', manifest.firmware, ...machine,
                      '-kernel', o.kernel ? '/user/kernel' : manifest.kernel];
        if (o.initrd !== null) {
            args.push('-initrd', o.initrd ? '/user/initrd' : manifest.initrd);
        }
        if (o.disk) {
            args.push('-drive', 'file=/user/disk,format=raw,if=virtio');
        }
        if (manifest.disk) {
            // The image from the server (block/fetch.c) under the overlay.
            const image = new URL(manifest.disk.image, this.assets.guest);
            args.push('-blockdev', `driver=${image.protocol.replace(':', '')},` +
                      `url=${image.href.replaceAll(',', ',,')},read-only=on,` +
                      'node-name=image-file',
                      '-blockdev', 'driver=qcow2,file=image-file,read-only=on,node-name=image',
                      '-drive', `file=${DISK_OVERLAY},format=qcow2,if=virtio,backing=image`);
        }
        args.push('-append', o.append ?? ((manifest.disk ? manifest.append
            : `${manifest.append} ${defaults.guestAppend}`) +
            (o.display ? ' guest.display=1' : '')));
        if (o.accel) {
            let accel = String(o.accel);
            if (hostIsX86 && !/\bwasm-tso=/.test(accel)) {
                accel += ',wasm-tso=on';
            }
            args.push('-accel', accel);
        }
        if (o.state) {
            args.push('-incoming', `file:${STATE_IN}`);
        }
        return args.concat(o.args);
    }

    // Resolves once the emulator runs; rejects (state 'error') when a file
    // cannot be loaded or the browser lacks a feature.
    async start() {
        if (this.state !== 'idle') {
            throw new QemuError('This emulator was started already; create a new one.');
        }
        this.startedAt = performance.now();
        try {
            const problems = checkBrowser();
            if (problems.length) {
                throw new QemuError(problems.join(' '));
            }
            this.assets = assetsFor(String(this.options.arch), String(this.options.guest),
                                    this.options.assetBase);
            this._setState('loading', 'Downloading');
            const signal = this._abort.signal;
            const hostIsX86 = hostCpuIsX86();
            const manifest = await this._loadManifest(signal);
            if (this.options.net) {
                await this._findRelay(signal);
            }
            const args = this.commandLine(manifest, await hostIsX86);
            const files = await this._download(manifest, signal);
            await this._checkFiles(manifest, files);
            this._setState('starting', 'Starting the emulator');
            await this._launch(args, manifest, files);
        } catch (e) {
            if (this.state === 'stopped') {
                return this;
            }
            this._fail(e instanceof QemuError ? e.message : `Could not start: ${e.message || e}`);
            this._abort.abort();      // the other downloads
            throw e;
        }
        return this;
    }

    // The packed guest's manifest (guest.json, web/build.sh), with a
    // message that says what is missing when the build has no such guest.
    async _loadManifest(signal) {
        const { arch, guest } = this.assets;
        try {
            const bytes = await loadBytes(guest, `${arch} guest manifest`, () => {}, signal);
            return JSON.parse(new TextDecoder().decode(bytes));
        } catch (e) {
            if (e instanceof SyntaxError) {
                throw new QemuError(`The guest manifest ${guest} is not JSON: ${e.message}`);
            }
            if (e instanceof QemuError && / HTTP 404\b/.test(e.message)) {
                throw new QemuError(`${e.message}: this build has no ${arch} guest ` +
                    `(web/build.sh packs one for each build/qemu-system-ARCH.js).`);
            }
            throw e;
        }
    }

    // A progress callback for each download, all of them summed into one
    // 'progress' event: one progress bar over all downloads.
    _progressSum() {
        const parts = new Map();
        return (label) => (loaded, total) => {
            parts.set(label, { loaded, total });
            let l = 0, t = 0;
            for (const p of parts.values()) {
                l += p.loaded;
                t += p.total;
            }
            this._emit('progress', { label, loaded: l, total: t });
        };
    }

    // Everything the machine starts with, downloaded at once: { wasm,
    // data (the packed guest), kernel, initrd, disk, state, overlay },
    // those the options and the manifest call for.
    async _download(manifest, signal) {
        const assets = this.assets;
        const progress = this._progressSum();
        const jobs = {
            wasm: loadBytes(assets.wasm, `emulator (${assets.program}.wasm)`,
                            progress('emulator'), signal),
            // Decompressed as it arrives, while the wasm downloads.
            data: loadBytes(new URL(manifest.data, assets.guest), 'guest package',
                            progress('guest package'), signal,
                            manifest.encoding === 'gzip' ? manifest.size : 0),
        };
        for (const name of ['kernel', 'initrd', 'disk']) {
            if (this.options[name]) {
                jobs[name] = loadBytes(this.options[name], name, progress(name), signal);
            }
        }
        if (this.options.state) {
            jobs.state = loadBytes(this.options.state, 'saved machine',
                                   progress('saved machine'), signal);
        }
        if (manifest.disk) {
            jobs.overlay = this._loadOverlay(manifest, signal);
        }
        const files = {};
        await Promise.all(Object.entries(jobs).map(async ([k, p]) => {
            files[k] = await p;
        }));
        return files;
    }

    // The packed guest checked against its manifest, and a gzip-compressed
    // state decompressed (in @files).
    async _checkFiles(manifest, files) {
        // The package is sent gzip-compressed; size and sha256 are the
        // uncompressed package's.
        const data = files.data;
        if (!data || data.length !== manifest.size ||
            await sha256Hex(data) !== manifest.sha256) {
            const got = data ? `${data.length} bytes` : 'not a gzip stream of that size';
            throw new QemuError(`The guest package ${new URL(manifest.data, this.assets.guest)} ` +
                `is corrupt (${got}, expected ${manifest.size} bytes with the sha256 in ` +
                'guest.json): rerun web/build.sh.');
        }
        if (files.state && isGzip(files.state)) {
            const raw = await gunzip(files.state);
            if (!raw) {
                throw new QemuError('The saved machine is a broken gzip stream.');
            }
            files.state = raw;
        }
    }

    // The overlay to start a guest with a disk from: the options', or the
    // one kept in this browser for this image, or null (a new one).
    async _loadOverlay(manifest, signal) {
        const guest = this.options.guest;
        if (this.options.overlay) {
            this._setDisk(this.options.overlayIsDefault ? { state: 'new' }
                : { state: 'changed', message: 'Disk: the one saved with this machine.' });
            const bytes = await loadBytes(this.options.overlay, 'saved disk', () => {}, signal);
            const raw = isGzip(bytes) ? await gunzip(bytes) : bytes;
            if (!raw) {
                throw new QemuError('The saved disk is a broken gzip stream.');
            }
            return raw;
        }
        let record;
        try {
            record = await diskStore.get(guest);
        } catch (e) {
            this._setDisk({ state: 'error', message: `Could not read the disk kept in this ` +
                            `browser (${storageError(e)}); starting with a new disk.` });
            return null;
        }
        if (record && record.image !== manifest.disk.imageSha256) {
            // Writes over another image would be garbage over this one.
            await diskStore.remove(guest).catch(() => {});
            this._setDisk({ state: 'new', message: 'The disk kept in this browser was ' +
                            'for another build of the image: starting with a new disk.' });
            return null;
        }
        if (!record) {
            this._setDisk({ state: 'new' });
            return null;
        }
        this._setDisk({ state: 'kept', size: record.size, savedAt: record.savedAt });
        return new Uint8Array(await record.blob.arrayBuffer());
    }

    _setDisk(disk) {
        this.disk = disk;
        this._emit('disk', disk);
    }

    // Every DISK_KEEP_MS, and when the page goes away: the overlay, if
    // QEMU wrote to it, into diskStore.  A copy of the whole file in one
    // transaction: the record is always an overlay QEMU wrote, at worst
    // without its last writes, as after a power cut.
    _keepDisk(win, manifest) {
        const FS = win.FS;
        const mtime = () => FS.stat(DISK_OVERLAY).mtime.getTime();
        // An overlay saved with a state is not in the store yet.
        let kept = this.options.overlay && !this.options.overlayIsDefault ? -1 : mtime();
        let busy = false;
        const keep = async () => {
            if (busy || !this._frame) {
                return;
            }
            const changed = mtime();
            if (changed === kept) {
                return;
            }
            busy = true;
            try {
                // A write later in the same millisecond has the same time.
                const settled = Date.now() > changed;
                const bytes = FS.readFile(DISK_OVERLAY);
                const record = { blob: new Blob([bytes]), size: bytes.length,
                                 savedAt: Date.now(), image: manifest.disk.imageSha256 };
                await diskStore.put(this.options.guest, record);
                kept = settled ? changed : -1;
                this._setDisk({ state: 'kept', size: record.size, savedAt: record.savedAt });
            } catch (e) {
                this._setDisk({ state: 'error', message: 'The disk\'s changes could not be ' +
                                `kept in this browser (${storageError(e)}). The machine ` +
                                'runs on; "Download the changes" saves them to a file.' });
            } finally {
                busy = false;
            }
        };
        const timer = setInterval(keep, DISK_KEEP_MS);
        window.addEventListener('pagehide', keep);
        this._diskKeeper = { keep, stop: () => {
            clearInterval(timer);
            window.removeEventListener('pagehide', keep);
        } };
    }

    // The guest's disk overlay as it is now (a qcow2 file whose backing
    // file is the image), as a Blob.
    diskChanges() {
        const FS = this._frame?.contentWindow?.FS;
        if (!this.disk || !FS) {
            throw new QemuError('This machine has no disk overlay.');
        }
        return new Blob([FS.readFile(DISK_OVERLAY)]);
    }

    // Forgets the disk kept in this browser for this guest and keeps no
    // more of it: the next start begins with the image as built.
    async resetDisk() {
        this._diskKeeper?.stop();
        this._diskKeeper = null;
        await diskStore.remove(this.options.guest);
    }

    // Bytes and requests the emulator fetched for disks from URLs
    // (block/fetch.js), or null before it runs.
    fetchStats() {
        const stats = this._frame?.contentWindow?.Module?.fetchStats;
        return stats ? { ...stats } : null;
    }

    // Whether the server has a network relay ("GET /net" answers JSON):
    // sets _netRelay to its WebSocket URL, or says why there is none.
    async _findRelay(signal) {
        const url = new URL(this.options.netRelay ?? '/net', location.href);
        this._setNetwork('connecting', `Looking for the network relay at ${url.pathname}`);
        let ok = false;
        try {
            const timeout = AbortSignal.timeout(5000);
            const res = await fetch(url, { signal: AbortSignal.any ? AbortSignal.any([signal, timeout])
                                                                   : timeout, cache: 'no-store' });
            ok = res.ok && (await res.json())?.relay !== undefined;
        } catch (e) {
            ok = false;
        }
        if (!ok) {
            this._setNetwork('off', `No network: the server has no relay at ${url.pathname} ` +
                             '(make -C wasm serve NET=1 runs one); booting without a NIC.');
            return;
        }
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        this._netRelay = url.href;
    }

    _setNetwork(state, message) {
        this.network = state;
        this.networkMessage = message;
        this._emit('network', { state, message });
    }

    // The emulator started in a frame of its own: resolves once it runs,
    // or when stop() ends it first.
    async _launch(args, manifest, files) {
        const win = await this._openEngine();
        if (!win) {
            return;
        }
        this._catchErrors(win);
        win.Module = this._module(win, args, manifest, files);
        await this._runEngine(win, manifest);
    }

    // The engine frame (engine.html), loaded; null if stop() came first.
    async _openEngine() {
        const engine = this.assets.engine;
        const frame = document.createElement('iframe');
        frame.hidden = true;
        frame.title = 'QEMU engine';
        this._frame = frame;
        await new Promise((resolve) => {
            frame.addEventListener('load', resolve, { once: true });
            this._abort.signal.addEventListener('abort', resolve, { once: true });
            frame.src = engine;
            document.body.append(frame);
        });
        if (this.state === 'stopped') {
            return null;
        }
        const win = frame.contentWindow;
        if (!win || !win.document.querySelector('meta[name="qemu-engine"]')) {
            throw new QemuError(`Could not load ${engine}`);
        }
        return win;
    }

    // Errors thrown in the frame end the machine, but for the exit that
    // Emscripten ends a program with.
    _catchErrors(win) {
        win.addEventListener('error', (ev) => {
            const e = ev.error;
            // Emscripten ends the program by throwing ExitStatus.
            if (e?.name === 'ExitStatus' || e === 'unwind' ||
                /Program terminated with exit\(/.test(ev.message)) {
                ev.preventDefault();
                return;
            }
            this._fail(`Emulator error: ${e?.message || ev.message || e}`);
        });
        win.addEventListener('unhandledrejection', (ev) => {
            const e = ev.reason;
            if (e?.name === 'ExitStatus' || e === 'unwind') {
                return;
            }
            this._fail(`Emulator error: ${e?.message || e}`);
        });
    }

    // The Emscripten Module object the emulator's script in @win starts
    // from: its arguments, files and callbacks.
    _module(win, args, manifest, files) {
        const assets = this.assets;
        const data = files.data;
        return {
            arguments: args,
            // argv[0], which QEMU's messages start with.
            thisProgram: assets.program,
            wasmBinary: files.wasm,
            // Pthread workers load the emulator script by this URL.
            mainScriptUrlOrBlob: provideSharedArrayBuffer(win, assets.script.href),
            locateFile: (path) => new URL(path, assets.script).href,
            // file_packager's loader (guest.js) takes the package from here
            // instead of fetching it again.
            getPreloadedPackage: () => (data.byteOffset === 0 &&
                data.byteLength === data.buffer.byteLength) ? data.buffer : data.slice().buffer,
            preRun: [() => this._setupFiles(win, files)],
            // runner/net-pre.js sends the user network here.
            netRelay: this._netRelay ?? undefined,
            onRuntimeInitialized: () => {
                if (manifest.disk) {
                    // Before main(): a new overlay is the package's.
                    if (!files.overlay) {
                        win.FS.writeFile(DISK_OVERLAY, win.FS.readFile(manifest.disk.overlay));
                    }
                    this._keepDisk(win, manifest);
                }
                this._watchNetwork(win);
                this._setState('running', 'Running');
                if (this.options.state) {
                    this._wake();
                }
            },
            // Emscripten's own messages (fds 1 and 2 are redirected below).
            print: (text) => this._stderr(text + '\n'),
            printErr: (text) => this._stderr(text + '\n'),
            onAbort: (what) => this._fail(/CompileError/.test(what)
                ? `The emulator (${assets.wasm}) does not compile, is it complete? ${what}`
                : `Emulator aborted: ${what}`),
            onExit: (code) => this._exited(code),
        };
    }

    // Loads the guest's loader and the emulator's script into @win; resolves
    // once the emulator runs (or stop() ended it), rejects on an error.
    async _runEngine(win, manifest) {
        const started = new Promise((resolve, reject) => {
            const onState = () => {
                if (this.state === 'starting') {
                    return;
                }
                this.removeEventListener('state', onState);
                if (this.state === 'error') {
                    reject(new QemuError(this.message));
                } else {
                    resolve();
                }
            };
            this.addEventListener('state', onState);
        });
        // A frame removed by stop() fires no more load events.
        const ended = new Promise((resolve) => {
            this._abort.signal.addEventListener('abort', resolve, { once: true });
        });
        await Promise.race([ended, (async () => {
            await loadScript(win.document, new URL(manifest.loader, this.assets.guest));
            await loadScript(win.document, this.assets.script);
            await started;
        })()]);
    }

    // The relay's WebSocket, as Emscripten's socket layer reports it.
    _watchNetwork(win) {
        const ws = win.Module.websocket;
        if (!this._netRelay || typeof ws?.on !== 'function') {
            return;
        }
        ws.on('open', () => this._setNetwork('up', 'Network: on, through the relay'));
        ws.on('close', () => this._setNetwork('down', this.network === 'up'
            ? 'Network: down, the relay closed the connection'
            : 'Network: down, the relay refused the connection'));
    }

    // preRun: user files, then the console streams.  FS.init with an input
    // function makes fd 0 a device that reads from our queue; read()
    // returns EAGAIN when it is empty and poll() says when it is not.
    _setupFiles(win, files) {
        const FS = win.FS;
        FS.mkdir('/user');
        for (const name of ['kernel', 'initrd', 'disk', 'state']) {
            if (files[name]) {
                FS.writeFile('/user/' + name, files[name]);
            }
        }
        FS.mkdir('/persist');
        if (files.overlay) {
            FS.writeFile(DISK_OVERLAY, files.overlay);
        }
        const readByte = () => this._stdin.length ? this._stdin.shift() : undefined;
        FS.init(readByte, null, null);
        const stdin = FS.getStream(0);
        stdin.stream_ops = Object.assign({}, stdin.stream_ops, {
            poll: () => this._stdin.length ? POLLIN : 0,
        });
        for (const fd of [1, 2]) {
            const stream = FS.getStream(fd);
            stream.stream_ops = Object.assign({}, stream.stream_ops, {
                write: (s, buffer, offset, length) => {
                    // Copy out of the shared heap: decoders and xterm.js
                    // do not take shared memory.
                    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset,
                                                 length).slice();
                    if (fd === 1) {
                        this._console(bytes);
                    } else {
                        this._stderr(this._errDecoder.decode(bytes, { stream: true }));
                    }
                    return length;
                },
            });
        }
    }

    // Console output is batched: the serial port writes a byte at a time.
    _console(bytes) {
        this._pending.push(bytes);
        if (!this._flushTimer) {
            this._flushTimer = setTimeout(() => this._flush(), 10);
        }
    }

    _flush() {
        clearTimeout(this._flushTimer);
        this._flushTimer = null;
        if (!this._pending.length) {
            return;
        }
        let bytes = this._pending[0];
        if (this._pending.length > 1) {
            bytes = new Uint8Array(this._pending.reduce((n, c) => n + c.length, 0));
            let at = 0;
            for (const c of this._pending) {
                bytes.set(c, at);
                at += c.length;
            }
        }
        this._pending = [];
        if (this._monitor !== null) {
            this._monitor += this._decoder.decode(bytes, { stream: true });
            this._emit('monitor', this._monitor);
            return;
        }
        this._text += this._decoder.decode(bytes, { stream: true });
        if (this._text.length > 2 * OUTPUT_KEEP) {
            this._text = this._text.slice(-OUTPUT_KEEP);
        }
        this._emit('output', bytes);
    }

    _stderr(text) {
        const lines = (this._stderrPartial + text).split('\n');
        this._stderrPartial = lines.pop();
        for (const line of lines) {
            if (line.startsWith('wasm-stats:')) {
                this.stats = parseStats(line);
            }
            this._stderrLines.push(line);
        }
        this._stderrLines.splice(0, this._stderrLines.length - 200);
        this._emit('stderr', text);
    }

    _exited(code) {
        this._flush();
        this.exitCode = code;
        if (this.state === 'error' || this.state === 'stopped') {
            return;
        }
        if (code === 0) {
            this._setState('off', 'Powered off');
        } else {
            const said = this._stderrLines.filter((l) => l.trim() &&
                                                  !l.startsWith('wasm-stats:')).slice(-3);
            this._fail(`QEMU exited with status ${code}` +
                       (said.length ? `: ${this._nameSources(said.join(' / '))}` : ''));
        }
        this._teardown();
    }

    // QEMU names the user's files by their paths inside the emulator
    // (/user/kernel, ...); add what they are to the user: a URL or a file
    // name.
    _nameSources(text) {
        for (const k of ['kernel', 'initrd', 'disk']) {
            const source = this.options[k];
            if (source) {
                const name = typeof Blob !== 'undefined' && source instanceof Blob
                    ? `${k} file ${source.name ?? ''}`.trim() : String(source);
                text = text.replaceAll(`/user/${k}`, `/user/${k} (${name})`);
            }
        }
        return text;
    }

    _fail(message) {
        if (this.state === 'error' || this.state === 'stopped' || this.state === 'off') {
            return;
        }
        this._flush();
        this._setState('error', message);
        this._teardown();
    }

    // Removing the frame ends the emulator's realm and its workers.  Later,
    // so that Emscripten's exit path in the frame finishes first.
    _teardown() {
        this._diskKeeper?.stop();
        this._diskKeeper?.keep();
        const frame = this._frame;
        this._frame = null;
        if (frame) {
            setTimeout(() => frame.remove(), 100);
        }
    }

    _setState(state, message) {
        this.state = state;
        this.message = message;
        this._emit('state', { state, message });
    }

    _emit(type, detail) {
        this.dispatchEvent(new CustomEvent(type, { detail }));
    }

    // The emulator's display (ui/web.js's Module.qemuDisplay), once QEMU
    // has set it up; null without one.
    get _display() {
        return this._frame?.contentWindow?.Module?.qemuDisplay ?? null;
    }

    // The screen's counters: frames the page drew and the milliseconds
    // that took; QEMU's display refreshes (the device's update and the
    // conversion of what changed, every 30 ms) and their milliseconds.
    screenStats() {
        const qemu = this._display?.stats() ?? { refreshes: 0, refreshMs: 0 };
        return { frames: this.frames ?? 0, drawMs: this.drawMs ?? 0, ...qemu };
    }

    // Shows the machine's screen in @canvas (started with display: true):
    // what changed is drawn at the browser's display rate, nothing when
    // nothing did; the canvas takes the screen's size (scale it with CSS)
    // and, once clicked, the keyboard and the pointer.  Returns a function
    // that detaches it.
    attachScreen(canvas) {
        const ctx = canvas.getContext('2d');
        const view = canvas.ownerDocument.defaultView;
        let frame = 0;
        const draw = () => {
            frame = view.requestAnimationFrame(draw);
            const display = this._display;
            const t0 = performance.now();
            if (display && display.draw(ctx)) {
                this.frames = (this.frames ?? 0) + 1;
                this.drawMs = (this.drawMs ?? 0) + performance.now() - t0;
            }
        };
        frame = view.requestAnimationFrame(draw);
        canvas.tabIndex = 0;
        // Pixels of the screen under the event (the canvas may be scaled).
        const at = (e) => {
            const r = canvas.getBoundingClientRect();
            return [Math.max(0, Math.min(canvas.width - 1,
                                         Math.floor((e.clientX - r.left) * canvas.width / r.width))),
                    Math.max(0, Math.min(canvas.height - 1,
                                         Math.floor((e.clientY - r.top) * canvas.height / r.height)))];
        };
        // DOM buttons 0-4 as QEMU's InputButton: left, middle, right, side,
        // extra.
        const BUTTONS = [0, 1, 2, 5, 6];
        const handlers = {
            keydown: (e) => {
                if (this._display?.key(e.code, true)) {
                    e.preventDefault();
                }
            },
            keyup: (e) => {
                if (this._display?.key(e.code, false)) {
                    e.preventDefault();
                }
            },
            pointermove: (e) => this._display?.pointer(...at(e)),
            pointerdown: (e) => {
                this._display?.pointer(...at(e));
                // Scrolling it into view would move it under the pointer.
                canvas.focus({ preventScroll: true });
                if (BUTTONS[e.button] !== undefined) {
                    this._display?.button(BUTTONS[e.button], true);
                }
                e.preventDefault();
            },
            pointerup: (e) => {
                if (BUTTONS[e.button] !== undefined) {
                    this._display?.button(BUTTONS[e.button], false);
                }
            },
            wheel: (e) => {
                // A wheel's step is a press and a release of its button.
                const b = e.deltaY < 0 ? 3 : e.deltaY > 0 ? 4 : e.deltaX < 0 ? 7 : 8;
                this._display?.button(b, true);
                this._display?.button(b, false);
                e.preventDefault();
            },
            contextmenu: (e) => e.preventDefault(),
        };
        for (const [type, handler] of Object.entries(handlers)) {
            canvas.addEventListener(type, handler, { passive: false });
        }
        return () => {
            view.cancelAnimationFrame(frame);
            for (const [type, handler] of Object.entries(handlers)) {
                canvas.removeEventListener(type, handler);
            }
        };
    }

    // Keys pressed together, then released in the reverse order: e.g.
    // sendKeys(['ControlLeft', 'AltLeft', 'Delete']).
    sendKeys(codes) {
        const display = this._display;
        if (!display) {
            throw new QemuError('This machine has no display.');
        }
        for (const code of codes) {
            if (!display.key(code, true)) {
                throw new QemuError(`Unknown key code '${code}'.`);
            }
        }
        for (const code of codes.slice().reverse()) {
            display.key(code, false);
        }
    }

    // Text typed on the display's keyboard: letters, digits, space, Enter
    // (\n) and the US layout's punctuation.
    typeText(text) {
        const SHIFTED = '~!@#$%^&*()_+{}|:"<>?';
        const PLAIN = '`1234567890-=[]\\;\',./';
        const NAMES = { '`': 'Backquote', '-': 'Minus', '=': 'Equal', '[': 'BracketLeft',
                        ']': 'BracketRight', '\\': 'Backslash', ';': 'Semicolon',
                        '\'': 'Quote', ',': 'Comma', '.': 'Period', '/': 'Slash',
                        ' ': 'Space', '\n': 'Enter', '\t': 'Tab' };
        for (const ch of text) {
            let c = ch;
            let shift = /[A-Z]/.test(c);
            const i = SHIFTED.indexOf(c);
            if (i >= 0) {
                c = PLAIN[i];
                shift = true;
            }
            const code = /[a-z]/i.test(c) ? `Key${c.toUpperCase()}`
                : /[0-9]/.test(c) ? `Digit${c}` : NAMES[c];
            if (!code) {
                throw new QemuError(`Cannot type '${ch}' on the display.`);
            }
            this.sendKeys(shift ? ['ShiftLeft', code] : [code]);
        }
    }

    // The screen as the page shows it: an ImageData at the screen's size,
    // or null before its first frame.
    screenshot(canvas) {
        if (!canvas.width || !canvas.height) {
            return null;
        }
        return canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    }

    // QEMU's own picture of the screen (the monitor's screendump, a PPM)
    // as { width, height, data } with data in RGBA like an ImageData's:
    // what the display device shows, to compare with the page's canvas.
    async screendump() {
        const file = '/tmp/screendump.ppm';
        const said = await this.monitor(`screendump ${file}`);
        const FS = this._frame?.contentWindow?.FS;
        let bytes;
        try {
            bytes = FS.readFile(file);
            FS.unlink(file);
        } catch (e) {
            throw new QemuError(`screendump failed: ${said.trim()}`);
        }
        // "P6\n<width> <height>\n255\n" and RGB bytes.
        const head = new TextDecoder().decode(bytes.subarray(0, 64))
            .match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
        if (!head) {
            throw new QemuError('screendump wrote no PPM image.');
        }
        const width = Number(head[1]);
        const height = Number(head[2]);
        const rgb = bytes.subarray(head[0].length);
        const data = new Uint8ClampedArray(width * height * 4);
        for (let i = 0, j = 0; i < width * height; i++, j += 3) {
            data.set([rgb[j], rgb[j + 1], rgb[j + 2], 255], i * 4);
        }
        return { width, height, data };
    }

    // Bytes for the serial console: a string (sent as UTF-8) or bytes.
    write(data) {
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        for (const b of bytes) {
            this._stdin.push(b & 0xff);
        }
    }

    // The serial console's output so far (the last MiB or more), as text.
    output() {
        this._flush();
        return this._text;
    }

    // QEMU's standard error so far (the last 200 lines).
    stderr() {
        return this._stderrLines.concat(this._stderrPartial ? [this._stderrPartial] : []).join('\n');
    }

    // Resolves when output() matches (a RegExp or a substring).
    waitForOutput(pattern, { timeout = 0 } = {}) {
        const test = () => (pattern instanceof RegExp ? pattern.test(this.output())
                                                      : this.output().includes(pattern));
        return new Promise((resolve, reject) => {
            let timer;
            const done = (fn, v) => {
                clearTimeout(timer);
                this.removeEventListener('output', onOutput);
                this.removeEventListener('state', onState);
                fn(v);
            };
            const onOutput = () => test() && done(resolve, this.output());
            const onState = () => ['off', 'stopped', 'error'].includes(this.state) &&
                done(reject, new QemuError(`Emulator ${this.state}: ${this.message}`));
            if (test()) {
                return resolve(this.output());
            }
            this.addEventListener('output', onOutput);
            this.addEventListener('state', onState);
            if (timeout) {
                timer = setTimeout(() => done(reject,
                    new QemuError(`No ${pattern} in the output after ${timeout} ms`)), timeout);
            }
        });
    }

    // A restored machine prints nothing until it is spoken to, and input
    // that arrives before its state is loaded is lost: press Enter until
    // the guest answers.
    _wake() {
        const before = this._text.length;
        const timer = setInterval(() => {
            if (this._text.length > before || !this.running) {
                clearInterval(timer);
                if (this.running && this.restoredAt === undefined) {
                    this.restoredAt = performance.now() - this.startedAt;
                    this._emit('restored', { ms: this.restoredAt });
                }
                return;
            }
            // Input the serial port cannot take yet waits in our queue:
            // one Enter there is enough, more would each print a prompt.
            if (!this._stdin.length) {
                this.write('\r');
            }
        }, 250);
    }

    // Waits until the monitor's text so far matches @re; returns the match.
    _monitorWait(re, timeoutMs) {
        return new Promise((resolve, reject) => {
            let timer;
            const check = () => {
                const m = this._monitor?.match(re);
                if (m || !this.running) {
                    clearTimeout(timer);
                    this.removeEventListener('monitor', check);
                    this.removeEventListener('state', check);
                    if (m) {
                        resolve(m);
                    } else {
                        reject(new QemuError(`The emulator is ${this.state}.`));
                    }
                }
            };
            timer = setTimeout(() => {
                this.removeEventListener('monitor', check);
                this.removeEventListener('state', check);
                reject(new QemuError(`The monitor did not answer (${re}).`));
            }, timeoutMs);
            this.addEventListener('monitor', check);
            this.addEventListener('state', check);
            check();
        });
    }

    // Runs @command in the monitor and resolves to what came before the
    // next prompt.  The prompt is not anchored at the end: the guest's
    // serial output goes on behind it (a restored machine answering the
    // Enters _wake() sent), and would hide an anchored prompt for good.
    // Ctrl-E Ctrl-U first empties the monitor's line: a terminal's answer
    // to the guest shell's cursor-position query (ESC [ row ; col R) that
    // arrived after the switch leaves "col R" there.
    async _monitorCommand(command, timeoutMs = 60000) {
        this._flush();
        this._monitor = '';
        this.write('\x05\x15' + command + '\r');
        const prompt = await this._monitorWait(/\(qemu\) /, timeoutMs);
        return this._monitor.slice(0, prompt.index + prompt[0].length);
    }

    // Switches the console to the monitor, runs @body and switches back,
    // after @beforeLeave (more monitor commands), even when @body fails.
    async _inMonitor(body, beforeLeave = async () => {}) {
        if (this._monitor !== null) {
            throw new QemuError('The monitor is busy.');
        }
        try {
            this._flush();
            this._monitor = '';
            this.write(TOGGLE_MONITOR);
            // Not anchored: the guest's output goes on after the monitor's
            // prompt (a shell prompt still on its way, as on riscv64).
            await this._monitorWait(/\(qemu\) /, 30000);
            return await body();
        } finally {
            if (this.running && this._monitor !== null) {
                await beforeLeave().catch(() => {});
                this.write(TOGGLE_MONITOR);
            }
            this._monitor = null;
        }
    }

    // Runs one command in QEMU's monitor (for example 'info jit') and
    // resolves to its answer; the console is given back afterwards.  Guest
    // output that arrives meanwhile goes into the answer, not the console.
    async monitor(command, { timeout = 60000 } = {}) {
        if (!this.running) {
            throw new QemuError(`Cannot use the monitor: the emulator is ${this.state}.`);
        }
        return this._inMonitor(async () =>
            (await this._monitorCommand(command, timeout)).replace(/\(qemu\) $/, ''));
    }

    // Saves the running machine with QEMU's own "migrate file:" (through
    // the monitor, whose text the console does not show), resumes it, and
    // returns { bytes, ms }: the state (QEMU's migration stream, which
    // start({ state }) here, -incoming under Node.js and native QEMU
    // take) and how long the save took.
    async save() {
        if (!this.running) {
            throw new QemuError(`Cannot save: the emulator is ${this.state}.`);
        }
        if (this._saving) {
            throw new QemuError('A save is already running.');
        }
        this._saving = true;
        const t0 = performance.now();
        const FS = this._frame.contentWindow.FS;
        try {
            // The machine stops when a migration ends: resume it before
            // giving the console back, whatever happened.
            return await this._inMonitor(async () => {
                let said = await this._monitorCommand(`migrate file:${STATE_OUT}`);
                for (;;) {
                    const status = said.match(/Migration status: *(\S+)/)?.[1];
                    if (status === 'completed') {
                        break;
                    }
                    if (status === 'failed' || status === 'cancelled' ||
                        /Error|error:/.test(said) && !status) {
                        throw new QemuError(`QEMU could not save the machine: ${said.trim().split('\n').pop()}`);
                    }
                    await new Promise((r) => setTimeout(r, 100));
                    said = await this._monitorCommand('info migrate');
                }
                const ms = performance.now() - t0;
                const bytes = FS.readFile(STATE_OUT);
                FS.unlink(STATE_OUT);
                // The machine is stopped and its disks flushed: the overlay
                // as the saved machine sees it.
                const disk = this.disk ? FS.readFile(DISK_OVERLAY) : null;
                return { bytes, ms, disk };
            }, () => this._monitorCommand('cont'));
        } finally {
            this._saving = false;
        }
    }

    // save(), then keep the state in this browser's storage (browserStore)
    // with @extra; returns the record.
    async saveToBrowser(extra = {}) {
        const { bytes, ms, disk } = await this._saveOrSay();
        const record = { ...extra, blob: new Blob([bytes]), size: bytes.length,
                         savedAt: Date.now(), ms, guest: this.options.guest };
        if (disk) {
            record.disk = new Blob([disk]);
        }
        try {
            await browserStore.put(record);
        } catch (e) {
            throw new QemuError('Could not keep the saved machine in this browser\'s ' +
                                `storage (${e.name}: ${e.message}).`);
        }
        return record;
    }

    // save(), then offer the state as a file download; returns
    // { name, size, ms }.
    async saveToFile(name = `qemu-${this.options.arch}-${new Date().toISOString().replace(/[:.]/g, '-')}.state`) {
        const { bytes, ms } = await this._saveOrSay();
        const doc = document;
        const a = doc.createElement('a');
        a.href = URL.createObjectURL(new Blob([bytes]));
        a.download = name;
        doc.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 60000);
        return { name, size: bytes.length, ms };
    }

    async _saveOrSay() {
        try {
            return await this.save();
        } catch (e) {
            throw new QemuError(`Could not save the machine: ${e.message}`);
        }
    }

    // Ends the emulator at once (a download in progress, or QEMU and its
    // threads).  The guest gets no shutdown.
    stop() {
        if (['off', 'stopped', 'error'].includes(this.state)) {
            return;
        }
        this._abort.abort();
        this._flush();
        this._setState('stopped', 'Stopped');
        this._teardown();
    }
}

export async function start(options) {
    return new Qemu(options).start();
}
