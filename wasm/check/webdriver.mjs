// SPDX-License-Identifier: GPL-2.0-or-later
//
// WebKitGTK (Debian's webkitgtk-webdriver: WebKitWebDriver, which drives
// WebKitGTK's MiniBrowser) through a small client of W3C WebDriver's
// classic HTTP protocol, for check/browser.mjs.  launchWebKit() starts an
// Xvfb (the GTK MiniBrowser has no headless mode) and the driver, and
// returns a browser whose pages offer the few playwright-core calls the
// tests use: goto, reload, evaluate, waitForFunction, waitForSelector,
// click, locator().click, keyboard.type/press, mouse, $().boundingBox,
// textContent, setInputFiles, screenshot, close.  Each page is a
// session of its own (one MiniBrowser, with its own storage).
//
// Classic WebDriver has no request interception: rewritingProxy() serves
// another origin whose responses can be changed instead.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The driver's names for the keys the tests press.
const KEYS = { Enter: '\uE007', Backspace: '\uE003', Tab: '\uE004', Escape: '\uE00C' };

class WebDriverError extends Error {
    constructor(error, message) {
        super(`${error}: ${message}`);
        this.error = error;
    }
}

async function freePort() {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    return port;
}

// An X server of its own: its display number comes back on a pipe
// (-displayfd), so it never collides with another one.
async function startXvfb(log) {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp',
                                '-noreset'],
                       { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    xvfb.stderr.on('data', (d) => log(`Xvfb: ${String(d).trimEnd()}`));
    xvfb.on('exit', (code, signal) => log(`Xvfb exited: ${code ?? signal}`));
    const display = await new Promise((resolve, reject) => {
        let text = '';
        xvfb.stdio[3].on('data', (d) => {
            text += d;
            if (text.includes('\n')) {
                resolve(`:${text.trim()}`);
            }
        });
        xvfb.once('error', reject);
        xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with status ${code}`)));
    });
    return { xvfb, display };
}

// launchWebKit({ log }): the browser; log(line) gets the driver's and
// MiniBrowser's output (console messages included).
export async function launchWebKit({ log = () => {} } = {}) {
    const { xvfb, display } = await startXvfb(log);
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DISPLAY: display },
    });
    const relay = (d) => String(d).trimEnd().split('\n').forEach((l) => log(`webkit: ${l}`));
    driver.stdout.on('data', relay);
    driver.stderr.on('data', relay);
    const stop = () => {
        driver.kill();
        xvfb.kill();
    };
    process.on('exit', stop);
    const root = `http://127.0.0.1:${port}`;
    const request = async (method, url, body) => {
        const res = await fetch(root + url, {
            method,
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const { value } = await res.json();
        if (value?.error) {
            throw new WebDriverError(value.error, value.message);
        }
        return value;
    };
    try {
        for (let i = 0; ; i++) {
            try {
                if ((await request('GET', '/status')).ready) {
                    break;
                }
            } catch (e) {
                if (i >= 100) {
                    throw new Error(`WebKitWebDriver does not answer on port ${port}: ${e.message}`);
                }
            }
            await sleep(100);
        }
    } catch (e) {
        stop();
        throw e;
    }
    const browser = {
        browserVersion: null,
        newPage: (options) => newPage(request, browser, options),
        version: () => browser.browserVersion,
        close: async () => stop(),
    };
    // A first session tells the version, and whether MiniBrowser starts.
    const probe = await browser.newPage();
    await probe.close();
    return browser;
}

async function newPage(request, browser, { viewport = { width: 1100, height: 720 } } = {}) {
    const session = await request('POST', '/session', {
        capabilities: {
            alwaysMatch: {
                // The Debian guest's page asks before it forgets a disk.
                unhandledPromptBehavior: 'accept',
                'webkitgtk:browserOptions': {
                    // MiniBrowser takes WebKitSettings as options: the
                    // page's console messages go to the driver's log.
                    args: ['--automation', '--enable-write-console-messages-to-stdout=true'],
                },
            },
        },
    });
    browser.browserVersion = `WebKitGTK ${session.capabilities.browserVersion}`;
    const s = `/session/${session.sessionId}`;
    const cmd = (method, url, body) => request(method, s + url, body);
    // evaluate()'s functions may wait for minutes (browser-api's output).
    await cmd('POST', '/timeouts', { script: 3600000, pageLoad: 300000, implicit: 0 });
    await cmd('POST', '/window/rect', { width: viewport.width, height: viewport.height });
    return new Page(cmd);
}

class Page {
    constructor(cmd) {
        this.cmd = cmd;
        this.handlers = {};
        this.keyboard = {
            type: (text) => this.keys([...text]),
            press: (key) => this.keys([KEYS[key] ?? key]),
        };
        this.mouse = {
            x: 0,
            y: 0,
            move: (x, y) => {
                [this.mouse.x, this.mouse.y] = [Math.round(x), Math.round(y)];
                return this.pointer([{ type: 'pointerMove', origin: 'viewport',
                                       x: this.mouse.x, y: this.mouse.y, duration: 0 }]);
            },
            down: () => this.pointer([{ type: 'pointerDown', button: 0 }]),
            up: () => this.pointer([{ type: 'pointerUp', button: 0 }]),
        };
    }

    // Only 'close' is fired: console messages come through MiniBrowser's
    // output instead, dialogs are accepted by the session's capabilities.
    on(event, handler) {
        (this.handlers[event] ??= []).push(handler);
    }

    goto(url) {
        return this.cmd('POST', '/url', { url });
    }

    reload() {
        return this.cmd('POST', '/refresh', {});
    }

    async close() {
        await this.cmd('DELETE', '');
        for (const handler of this.handlers.close ?? []) {
            handler();
        }
    }

    // Runs fn(arg) in the page; resolves to its (awaited) JSON value.
    async evaluate(fn, arg) {
        const script = `const done = arguments[arguments.length - 1];
            Promise.resolve().then(() => (${fn})(arguments[0])).then(
                (v) => done(v === undefined ? { undefined: true } : { value: v }),
                (e) => done({ error: String(e) + (e && e.stack ? ' at ' + e.stack : '') }));`;
        const r = await this.cmd('POST', '/execute/async',
                                 { script, args: arg === undefined ? [] : [arg] });
        if (r.error) {
            throw new Error(`evaluate: ${r.error}`);
        }
        return r.undefined ? undefined : r.value;
    }

    // Polls fn(arg) until it is truthy; an error (a page that is being
    // replaced) counts as not yet.
    async waitForFunction(fn, arg, { timeout = 30000, polling = 100 } = {}) {
        const end = Date.now() + timeout;
        let last = '';
        for (;;) {
            try {
                const value = await this.evaluate(fn, arg);
                if (value) {
                    return { jsonValue: async () => value };
                }
            } catch (e) {
                last = `; last error: ${e.message.split('\n')[0]}`;
            }
            if (Date.now() >= end) {
                // Named as playwright-core names it, for callers that retry.
                throw Object.assign(new Error(`waitForFunction: timeout ${timeout} ms exceeded${last}`),
                                    { name: 'TimeoutError' });
            }
            await sleep(typeof polling === 'number' ? polling : 100);
        }
    }

    waitForSelector(selector, { timeout = 30000 } = {}) {
        return this.waitForFunction((sel) => {
            const e = document.querySelector(sel);
            return Boolean(e && e.getClientRects().length);
        }, selector, { timeout, polling: 100 });
    }

    textContent(selector) {
        return this.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);
    }

    async element(selector) {
        const r = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
        return Object.values(r)[0];
    }

    // Like playwright's click: waits (30 s) for the element to be there
    // and clickable.
    async click(selector) {
        const end = Date.now() + 30000;
        for (;;) {
            try {
                const id = await this.element(selector);
                await this.cmd('POST', `/element/${id}/click`, {});
                return;
            } catch (e) {
                const retry = ['no such element', 'element not interactable',
                               'element click intercepted', 'stale element reference'];
                if (!retry.includes(e.error) || Date.now() >= end) {
                    throw e;
                }
            }
            await sleep(200);
        }
    }

    locator(selector) {
        return { click: () => this.click(selector) };
    }

    async $(selector) {
        return {
            boundingBox: () => this.evaluate((sel) => {
                const r = document.querySelector(sel).getBoundingClientRect();
                return { x: r.x, y: r.y, width: r.width, height: r.height };
            }, selector),
        };
    }

    // Key presses (each a keyDown and keyUp) to the focused element.
    async keys(values) {
        const actions = values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
        await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    }

    async pointer(actions) {
        await this.cmd('POST', '/actions', {
            actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
        });
    }

    // A file input gets the file's path, as typing it would.
    async setInputFiles(selector, { name, buffer }) {
        const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'upload-'));
        const file = path.join(dir, name);
        fs.writeFileSync(file, buffer);
        const id = await this.element(selector);
        await this.cmd('POST', `/element/${id}/value`, { text: file });
    }

    async screenshot({ path: file }) {
        fs.writeFileSync(file, Buffer.from(await this.cmd('GET', '/screenshot'), 'base64'));
    }
}

// rewritingProxy(base, match, rewrite): a server on another port that
// forwards every request to @base, headers and all, and passes the
// bodies of the responses whose URL path @match (a RegExp) matches
// through @rewrite (a Buffer in, a Buffer out); resolves to its address.
export async function rewritingProxy(base, match, rewrite) {
    const server = http.createServer(async (req, res) => {
        try {
            const upstream = await fetch(new URL(req.url, base));
            let body = Buffer.from(await upstream.arrayBuffer());
            const headers = Object.fromEntries(upstream.headers);
            if (match.test(new URL(req.url, base).pathname)) {
                body = rewrite(body);
            }
            delete headers['content-encoding'];
            delete headers['transfer-encoding'];
            headers['content-length'] = body.length;
            res.writeHead(upstream.status, headers);
            res.end(body);
        } catch (e) {
            res.writeHead(502);
            res.end(String(e));
        }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
