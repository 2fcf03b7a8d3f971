// The page (index.html): a terminal (xterm.js) on the serial console of
// one emulator (qemu.mjs), a status line, download progress, and settings
// from the form or the URL (?mem= &append= &kernel= &initrd= &disk= &args=).

import { Qemu, checkBrowser, defaults } from './qemu.mjs';

const xtermDir = new URL('build/web/node_modules/@xterm/xterm/', import.meta.url);
const xtermFitDir = new URL('build/web/node_modules/@xterm/addon-fit/', import.meta.url);

function optionsFromUrl(params) {
    const opts = {};
    const get = (k) => (params.get(k) ?? '').trim();
    if (get('mem')) {
        opts.memory = Number(get('mem'));
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

export async function runPage(doc = document) {
    const $ = (id) => doc.getElementById(id);
    const status = $('status');
    const errorBox = $('error');
    const bar = $('progress-bar');
    const barText = $('progress-text');
    const showError = (message) => {
        errorBox.textContent = message;
        errorBox.hidden = false;
    };
    const setStatus = (state, text) => {
        status.dataset.state = state;
        status.textContent = text;
    };

    const params = new URLSearchParams(location.search);
    const opts = optionsFromUrl(params);
    const form = $('settings-form');
    form.elements.mem.value = opts.memory ?? defaults.memory;
    // Empty: the guest's own command line (guest.json) and guest.mode=shell.
    form.elements.append.value = opts.append ?? '';
    form.elements.append.placeholder = `(the guest's) ${defaults.guestAppend}`;
    for (const k of ['kernel', 'initrd', 'disk', 'args']) {
        form.elements[k].value = params.get(k) ?? '';
    }

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

    const qemu = new Qemu(opts);
    window.qemu = qemu;
    term.onData((d) => qemu.write(d));
    term.onBinary((d) => qemu.write(Uint8Array.from(d, (c) => c.charCodeAt(0))));
    qemu.addEventListener('output', (e) => term.write(e.detail));
    // QEMU's own messages: bare \n, shown in red.
    qemu.addEventListener('stderr', (e) => {
        term.write('\x1b[31m' + e.detail.replace(/\r?\n/g, '\r\n') + '\x1b[0m');
    });

    qemu.addEventListener('progress', (e) => {
        const { loaded, total } = e.detail;
        $('progress').hidden = false;
        bar.max = total || 1;
        bar.value = loaded;
        barText.textContent = total ? `${formatBytes(loaded)} of ${formatBytes(total)}`
                                    : formatBytes(loaded);
    });
    let ticker = null;
    const elapsed = () => `${Math.round((performance.now() - qemu.startedAt) / 1000)} s`;
    qemu.addEventListener('state', (e) => {
        const { state, message } = e.detail;
        clearInterval(ticker);
        if (state !== 'loading') {
            $('progress').hidden = true;
        }
        switch (state) {
        case 'loading':
        case 'starting':
            setStatus(state, `${message}…`);
            break;
        case 'running':
            setStatus(state, `Running · ${elapsed()}`);
            ticker = setInterval(() => setStatus(state, `Running · ${elapsed()}`), 1000);
            term.focus();
            break;
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
    });
    $('stop').addEventListener('click', () => qemu.stop());

    try {
        await qemu.start();
    } catch (e) {
        /* shown by the state listener */
    }
    return qemu;
}
