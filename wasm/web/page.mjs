// SPDX-License-Identifier: GPL-2.0-or-later
//
// The page (index.html): a terminal (xterm.js) on the serial console of
// an emulator (qemu.mjs, imported as the package qemu-wasm through
// index.html's import map), a status line, download progress, settings from
// the form or the URL (?guest=debian: the Debian guest, its disk read from
// the server as needed and its writes kept in this browser; ?arch= &mem=
// &smp= &append= &kernel= &initrd= &disk= &args= &net=1: a NIC through the
// server's network relay; &display=1: the machine's screen in a canvas,
// with its keyboard and pointer), and saved
// machines: with the default settings the page starts
// from the architecture's guest saved at its prompt when web/build.sh made
// one (?cold=1 boots instead); the running machine can be saved to this
// browser (IndexedDB) or to a file and started from either.

import {
    ARCHES, Qemu, QemuError, assetsFor, browserStore, checkBrowser, defaults, diskStore,
} from 'qemu-wasm';
import { engineNotes } from './compat.mjs';

// How long a saved machine may take from the click to its guest's answer
// (WebKitGTK needs about 70 s on a 2-core machine).
const RESUME_LIMIT_S = 240;
const xtermDir = new URL('build/web/node_modules/@xterm/xterm/', import.meta.url);
const xtermFitDir = new URL('build/web/node_modules/@xterm/addon-fit/', import.meta.url);

function optionsFromUrl(params) {
    const opts = {};
    const get = (k) => (params.get(k) ?? '').trim();
    if (get('guest')) {
        // Checked by Qemu.start(), whose message lists the guests.
        opts.guest = get('guest');
    }
    if (get('arch')) {
        // Checked by Qemu.start(), whose message lists the architectures.
        opts.arch = get('arch');
    }
    if (get('mem')) {
        // Checked by Qemu.commandLine(), whose message quotes it.
        opts.memory = get('mem');
    }
    if (get('smp')) {
        // Checked by Qemu.commandLine(), whose message quotes it.
        opts.cpus = get('smp');
    }
    if (get('append')) {
        opts.append = params.get('append');
    }
    for (const k of ['kernel', 'initrd', 'disk']) {
        if (get(k)) {
            opts[k] = get(k);
        }
    }
    if (opts.initrd === 'none') {
        opts.initrd = null;
    }
    if (get('args')) {
        opts.args = get('args');
    }
    if (get('net') === '1') {
        opts.net = true;
    }
    if (get('display') === '1') {
        opts.display = true;
    }
    return opts;
}

function formatBytes(n) {
    return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${Math.round(n / 1024)} KiB`;
}

function formatStats(s) {
    if (!s) {
        return '';
    }
    // interpreted counts executions of blocks in tier 1, not blocks.
    return ` · JIT: ${s.compiled ?? 0} blocks compiled` +
           (s.failed ? ` (${s.failed} failed)` : '') +
           (s['compile-ms'] !== undefined ? ` in ${s['compile-ms']} ms` : '') +
           `, ${s.interpreted ?? 0} interpreted block runs`;
}

// The default snapshot of @arch's @guest, or null when the build has none.
async function defaultSnapshot(arch, guest) {
    try {
        const { snapshot } = assetsFor(arch, guest);
        const res = await fetch(snapshot);
        if (!res.ok) {
            return null;
        }
        const info = await res.json();
        // A guest with a disk: its overlay as it was when saved.
        return { url: new URL(info.file, snapshot), info,
                 disk: info.disk && new URL(info.disk, snapshot) };
    } catch (e) {
        return null;
    }
}

function describeSaved(record) {
    return `${record.arch ?? defaults.arch}, ${formatBytes(record.size)}, ` +
           `saved ${new Date(record.savedAt).toLocaleString()}`;
}

export async function runPage(doc = document) {
    const $ = (id) => doc.getElementById(id);
    const status = $('status');
    const errorBox = $('error');
    const bar = $('progress-bar');
    const barText = $('progress-text');
    const showError = (message) => {
        errorBox.textContent = message;
        errorBox.hidden = !message;
    };
    const setStatus = (state, text) => {
        status.dataset.state = state;
        status.textContent = text;
    };

    const params = new URLSearchParams(location.search);
    const opts = optionsFromUrl(params);
    const arch = opts.arch ?? defaults.arch;
    // The heading names the emulator that runs (a resumed machine's may
    // not be the page's).
    const showArch = (a) => {
        if (ARCHES.includes(a)) {
            doc.title = `QEMU ${a} in WebAssembly`;
            $('heading').firstChild.nodeValue = `qemu-system-${a} `;
        }
    };
    showArch(arch);
    const form = $('settings-form');
    for (const a of ARCHES) {
        form.elements.arch.add(new Option(a, a, false, a === arch));
    }
    // Keeps the architecture (the default one has no parameter).
    $('cold').href = arch === defaults.arch ? '?cold=1'
        : `?${new URLSearchParams({ arch, cold: '1' })}`;
    form.elements.mem.value = opts.memory ?? '';
    form.elements.mem.placeholder = "the guest's";
    // Empty: the guest's own command line (guest.json) and guest.mode=shell.
    form.elements.append.value = opts.append ?? '';
    form.elements.append.placeholder = `(the guest's) ${defaults.guestAppend}`;
    for (const k of ['kernel', 'initrd', 'disk', 'args']) {
        form.elements[k].value = params.get(k) ?? '';
    }
    form.elements.net.checked = opts.net === true;
    form.elements.display.checked = opts.display === true;
    form.elements.guest.value = opts.guest === 'debian' ? 'debian' : '';

    const problems = checkBrowser();
    if (problems.length) {
        setStatus('error', 'Error: this browser cannot run the emulator');
        showError(problems.join(' '));
        return null;
    }

    let Terminal, FitAddon;
    try {
        ({ Terminal } = await import(new URL('lib/xterm.mjs', xtermDir)));
        ({ FitAddon } = await import(new URL('lib/addon-fit.mjs', xtermFitDir)));
    } catch (e) {
        setStatus('error', 'Error: xterm.js is missing');
        showError(`Could not load xterm.js (${e.message}); run web/build.sh (make serve does).`);
        return null;
    }
    const term = new Terminal({
        cursorBlink: true,
        scrollback: 5000,
        fontFamily: '"DejaVu Sans Mono", "Liberation Mono", Menlo, monospace',
        fontSize: 14,
        // At 1.0 the row below paints over the underscores.
        lineHeight: 1.15,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open($('terminal'));
    const refit = () => {
        try {
            fit.fit();
        } catch (e) {
            /* not laid out yet */
        }
    };
    refit();
    new ResizeObserver(refit).observe($('terminal'));
    window.term = term;
    // What this browser's engine lacks and the page makes up for.
    $('engine-notes').textContent = engineNotes().join(' ');
    $('engine-notes').hidden = !$('engine-notes').textContent;

    // The emulator the terminal shows; another one may be starting beside
    // it (a resume) and only takes its place once it runs.
    let qemu = null;
    let origin = '';                  // how the current machine started
    term.onData((d) => qemu?.write(d));
    term.onBinary((d) => qemu?.write(Uint8Array.from(d, (c) => c.charCodeAt(0))));

    let ticker = null;
    const elapsed = () => `${Math.round((performance.now() - qemu.startedAt) / 1000)} s`;
    const showState = (state, message) => {
        clearInterval(ticker);
        if (state !== 'loading') {
            $('progress').hidden = true;
        }
        $('save-controls').hidden = state !== 'running';
        switch (state) {
        case 'loading':
        case 'starting':
            setStatus(state, `${message}…`);
            break;
        case 'running': {
            const tick = () => setStatus(state, `Running${origin} · ${elapsed()}`);
            tick();
            ticker = setInterval(tick, 1000);
            term.focus();
            break;
        }
        case 'off':
            setStatus(state, `Powered off after ${elapsed()}${formatStats(qemu.stats)}`);
            break;
        case 'stopped':
            setStatus(state, `Stopped${formatStats(qemu.stats)}`);
            break;
        case 'error':
            setStatus(state, `Error: ${message}${formatStats(qemu.stats)}`);
            showError(message);
            term.write(`\r\n\x1b[1;31m${message.replace(/\n/g, '\r\n')}\x1b[0m\r\n`);
            break;
        }
    };
    const showProgress = (e) => {
        const { label, loaded, total } = e.detail;
        $('progress').hidden = false;
        bar.max = total || 1;
        bar.value = loaded;
        barText.textContent = (total ? `${formatBytes(loaded)} of ${formatBytes(total)}`
                                     : formatBytes(loaded)) + ` (${label})`;
    };

    // A guest with a disk: where its writes are, and the bytes of the
    // image fetched so far.
    let diskTicker = null;
    const showDisk = (q) => {
        const d = q.disk;
        $('disk').hidden = !d;
        if (!d) {
            return;
        }
        $('disk').dataset.state = d.state;
        const fetched = q.fetchStats();
        const parts = [];
        if (d.message) {
            parts.push(d.message);
        } else if (d.state === 'kept') {
            parts.push(`Disk: your changes are kept in this browser (${formatBytes(d.size)}, ` +
                       `${new Date(d.savedAt).toLocaleTimeString()}).`);
        } else {
            parts.push('Disk: as built; your changes will be kept in this browser.');
        }
        if (fetched) {
            parts.push(`${formatBytes(fetched.bytes)} of the image fetched in ` +
                       `${fetched.requests} requests.`);
        }
        $('disk-text').textContent = parts.join(' ');
    };

    const showNetwork = ({ state, message }) => {
        const net = $('network');
        net.hidden = false;
        net.dataset.state = state;
        net.textContent = message;
    };

    // Listeners that only act while @q is the one shown.
    const attach = (q) => {
        q.addEventListener('output', (e) => q === qemu && term.write(e.detail));
        // QEMU's own messages: bare \n, shown in red.
        q.addEventListener('stderr', (e) => q === qemu &&
            term.write('\x1b[31m' + e.detail.replace(/\r?\n/g, '\r\n') + '\x1b[0m'));
        q.addEventListener('progress', (e) => q === qemu && showProgress(e));
        q.addEventListener('state', (e) => q === qemu && showState(e.detail.state, e.detail.message));
        q.addEventListener('network', (e) => q === qemu && showNetwork(e.detail));
        q.addEventListener('disk', () => q === qemu && showDisk(q));
    };
    let detachScreen = null;
    $('screen-cad').addEventListener('click', () => {
        qemu?.sendKeys(['ControlLeft', 'AltLeft', 'Delete']);
        $('screen').focus();
    });
    $('screen-full').addEventListener('click', () => $('screen').requestFullscreen?.());
    const show = (q, how) => {
        const old = qemu;
        qemu = q;
        window.qemu = q;
        showArch(q.options.arch);
        origin = how + (q.restoredAt === undefined ? ''
            : ` in ${(q.restoredAt / 1000).toFixed(1)} s`);
        if (old !== q) {
            // What a restored machine printed before it was shown.
            old?.stop();
            term.reset();
            term.write(q.output());
        }
        showState(q.state, q.message);
        detachScreen?.();
        detachScreen = null;
        $('screen-box').hidden = !q.options.display;
        if (q.options.display) {
            detachScreen = q.attachScreen($('screen'));
        }
        clearInterval(diskTicker);
        showDisk(q);
        if (q.disk !== null || q.options.guest === 'debian') {
            diskTicker = setInterval(() => q === qemu && showDisk(q), 1000);
        }
    };

    // The settings (a URL query) each machine started with, which a save
    // to this browser keeps: a resumed machine's may not be the page's.
    const searchOf = new WeakMap();

    // Starts a machine from @state (a URL, Blob or bytes) with the
    // settings @search beside the running one and shows it once the
    // restored guest answers; if it cannot start, says why and keeps the
    // running machine.
    const resume = async (state, how, search = location.search, overlay = undefined,
                          overlayIsDefault = false) => {
        const candidate = new Qemu({ ...optionsFromUrl(new URLSearchParams(search)), state,
                                     overlay, overlayIsDefault });
        searchOf.set(candidate, search);
        attach(candidate);
        showError('');
        setStatus('loading', `Starting ${how.replace(/^ · /, '')}…`);
        candidate.addEventListener('progress', showProgress);
        // The machine being started, for whoever asks why it takes long.
        window.qemuResuming = candidate;
        try {
            // One bound from the click to the restored guest's answer: a
            // start that stalls (a download, the engine's frame) ends too.
            await new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new QemuError(
                    `The machine did not answer within ${RESUME_LIMIT_S} s ` +
                    `(it was at: ${candidate.message || candidate.state}).`)),
                RESUME_LIMIT_S * 1000);
                candidate.addEventListener('restored', () => {
                    clearTimeout(timer);
                    resolve();
                });
                candidate.addEventListener('state', () => {
                    if (['error', 'off', 'stopped'].includes(candidate.state)) {
                        clearTimeout(timer);
                        reject(new QemuError(candidate.message));
                    }
                });
                candidate.start().catch((e) => {
                    clearTimeout(timer);
                    reject(e);
                });
            });
        } catch (e) {
            candidate.stop();
            $('progress').hidden = true;
            const keep = qemu?.running ? ' The running machine goes on.' : '';
            showError(`Could not start ${how.replace(/^ · /, '')}: ${e.message}${keep}`);
            if (qemu) {
                showState(qemu.state, qemu.message);
            } else {
                setStatus('error', `Error: ${e.message}`);
            }
            return false;
        } finally {
            window.qemuResuming = null;
        }
        show(candidate, how);
        return true;
    };

    // Boots a new machine with @options (from the settings @search) in
    // place of the running one.
    const boot = async (options, how, search = location.search) => {
        const booting = new Qemu(options);
        searchOf.set(booting, search);
        attach(booting);
        show(booting, how);
        try {
            await booting.start();
        } catch (e) {
            /* shown by the state listener */
        }
    };

    // Saves the running machine with @how (a Qemu method); the result, or
    // null when it failed (shown).
    const save = async (how, ...args) => {
        showError('');
        $('save-result').textContent = 'Saving…';
        try {
            return await qemu[how](...args);
        } catch (e) {
            $('save-result').textContent = '';
            showError(`${e.message} The machine goes on.`);
            return null;
        }
    };
    const saved = (r, where) => `Saved ${formatBytes(r.size)} in ${(r.ms / 1000).toFixed(1)} s ${where}`;
    $('save-browser').addEventListener('click', async () => {
        const record = await save('saveToBrowser', { search: searchOf.get(qemu) ?? '',
                                                     arch: qemu.options.arch });
        showDisk(qemu);
        if (record) {
            $('save-result').textContent = saved(record, 'to this browser');
            offerSaved(record);
        }
    });
    $('save-file').addEventListener('click', async () => {
        const file = await save('saveToFile');
        if (file) {
            $('save-result').textContent = saved(file, `to ${file.name}`);
        }
    });
    $('load-file').addEventListener('change', async (e) => {
        const file = e.target.files[0];
        e.target.value = '';
        if (file) {
            await resume(file, ` · from ${file.name}`);
        }
    });

    const offerSaved = (record) => {
        $('saved-text').textContent = `A machine saved in this browser (${describeSaved(record)}).`;
        $('saved').hidden = false;
    };
    $('resume').addEventListener('click', async () => {
        let record;
        try {
            record = await browserStore.get();
        } catch (e) {
            showError(`Could not read this browser's storage: ${e.message}`);
            return;
        }
        if (!record) {
            showError('No machine is saved in this browser.');
            return;
        }
        await resume(record.blob, ' · resumed from this browser', record.search || '',
                     record.disk);
    });
    $('discard').addEventListener('click', async () => {
        await browserStore.remove().catch(() => {});
        $('saved').hidden = true;
    });
    $('stop').addEventListener('click', () => qemu?.stop());
    $('disk-download').addEventListener('click', () => {
        let blob;
        try {
            blob = qemu.diskChanges();
        } catch (e) {
            showError(e.message);
            return;
        }
        const a = doc.createElement('a');
        a.href = URL.createObjectURL(blob);
        // A qcow2 overlay: qemu-img rebase -u -b IMAGE makes it usable.
        a.download = `${qemu.options.guest}-changes.qcow2`;
        doc.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 60000);
    });
    $('disk-reset').addEventListener('click', async () => {
        if (!confirm('Forget every change to this disk and restart the machine from the image as built?')) {
            return;
        }
        try {
            await qemu.resetDisk();
            qemu.stop();
        } catch (e) {
            showError(`Could not reset the disk in this browser's storage: ${e.message}`);
            return;
        }
        location.reload();
    });

    // Boots the files chosen in the settings (kernel, initrd, disk image,
    // each in place of the URL setting) with the form's other settings.
    $('boot-files').addEventListener('click', async () => {
        const files = {};
        for (const k of ['kernel', 'initrd', 'disk']) {
            const file = $(`${k}-file`).files[0];
            if (file) {
                files[k] = file;
            }
        }
        if (!Object.keys(files).length) {
            showError('Choose a kernel, initrd or disk image file first.');
            return;
        }
        const form = new URLSearchParams(new FormData($('settings-form')));
        showError('');
        await boot({ ...optionsFromUrl(form), ...files },
                   ` · from ${Object.values(files).map((f) => f.name).join(', ')}`, `?${form}`);
    });

    browserStore.get().then((record) => record && offerSaved(record)).catch(() => {});

    // Default settings (any architecture): start from the default snapshot
    // when there is one.
    // A guest whose disk has changes kept here boots: a snapshot's memory
    // would not match its disk.
    const custom = Object.keys(opts).some((k) => k !== 'arch' && k !== 'guest');
    const diskChanged = opts.guest && await diskStore.get(opts.guest).catch(() => null);
    const snapshot = custom || diskChanged || params.get('cold') === '1' ? null
        : await defaultSnapshot(arch, opts.guest);
    if (snapshot && await resume(snapshot.url, ' · from the default snapshot', location.search,
                                 snapshot.disk, true)) {
        return qemu;
    }
    await boot(opts, '');
    return qemu;
}
