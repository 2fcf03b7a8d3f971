// SPDX-License-Identifier: GPL-2.0-or-later
//
// The npm package as a page author gets it (check/run.sh's package test):
//   package-install  the tarball of package/build.sh installed with npm
//                    into an empty folder, offline and with an empty cache
//                    (it has no dependencies): only qemu-wasm lands in
//                    node_modules, at package.json's version
//   package-types    a user of the API compiled by tsc (strict) against
//                    the installed package, found through its "exports":
//                    the declarations parse, and misuse is an error
//   package-example  the package's example page copied into that folder,
//                    served with the two headers its README asks for and
//                    nothing else, in headless Chromium: the guest's shell
//                    prompt in the page's console, and a command typed
//                    there answered; screenshot DIR/package.png
//   package-asset-base  start({ assetBase: '/cdn/' }) on a page of that
//                    folder, with the package's build/ served at /cdn/:
//                    the machine runs, its files all fetched from /cdn/
// With --browser webkit the pages are opened in WebKitGTK instead
// (check/webdriver.mjs; names webkit-package-*, no package-types).
// Prints one PASS/FAIL line each; exits 1 when one failed.  Log:
// DIR/package-test.log (a timeout adds the page's console and
// DIR/package-timeout.png); the folder is kept when a test failed.  Runs
// inside the browser root (web/root.sh), with build/web/node_modules
// (playwright-core, typescript: web/build.sh).
//
//   node check/package.mjs --tarball FILE [--out DIR] [--timeout SECONDS]
//       [--browser chromium|webkit]

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { launchWebKit } from './webdriver.mjs';

const topDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modulesDir = path.join(topDir, 'build/web/node_modules');
const require = createRequire(modulesDir + '/');

const opts = { tarball: null, out: path.join(topDir, 'build/check'), timeout: 300, browser: 'chromium' };
for (let i = 2; i < process.argv.length; i++) {
    const a = process.argv[i];
    if (a === '--tarball') opts.tarball = path.resolve(process.argv[++i]);
    else if (a === '--out') opts.out = path.resolve(process.argv[++i]);
    else if (a === '--timeout') opts.timeout = Number(process.argv[++i]);
    else if (a === '--browser') opts.browser = process.argv[++i];
    else {
        console.error('usage: package.mjs --tarball FILE [--out DIR] [--timeout SECONDS]');
        process.exit(2);
    }
}
if (!opts.tarball) {
    console.error('package.mjs: --tarball is required');
    process.exit(2);
}
fs.mkdirSync(opts.out, { recursive: true });
const webkit = opts.browser === 'webkit';
const logFile = path.join(opts.out, webkit ? 'package-test-webkit.log' : 'package-test.log');
fs.writeFileSync(logFile, '');
const log = (line) => fs.appendFileSync(logFile, `[${new Date().toISOString()}] ${line}\n`);

let failures = 0;
const label = (name) => (webkit ? `webkit-${name}` : name);
const pass = (name, detail) => console.log(`PASS: ${label(name)}: ${detail}`);
const fail = (name, why) => {
    failures++;
    console.log(`FAIL: ${label(name)}: ${why} (log: ${logFile})`);
};

// Runs a command in @cwd; its output goes to the log, and a failure
// throws with its last lines.
function run(cwd, file, args) {
    log(`$ (cd ${cwd} && ${file} ${args.join(' ')})`);
    try {
        const out = execFileSync(file, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
        log(out.trim());
    } catch (e) {
        const said = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
        log(said);
        throw new Error(`${path.basename(file)} failed: ${said.split('\n').slice(-3).join(' / ')}`);
    }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qemu-wasm-package-'));
log(`folder ${dir}, tarball ${opts.tarball}`);
const installed = path.join(dir, 'node_modules/qemu-wasm');

function testInstall() {
    const name = 'package-install';
    try {
        fs.writeFileSync(path.join(dir, 'package.json'),
                         JSON.stringify({ name: 'page', private: true }, null, 2) + '\n');
        run(dir, 'npm', ['install', '--offline', '--cache', path.join(dir, '.npm-cache'),
                         '--no-audit', '--no-fund', '--loglevel=error', opts.tarball]);
        const meta = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
        const modules = fs.readdirSync(path.join(dir, 'node_modules')).filter((n) => !n.startsWith('.'));
        const expected = path.basename(opts.tarball).replace(/^qemu-wasm-/, '').replace(/\.tgz$/, '');
        if (meta.version !== expected || modules.join() !== 'qemu-wasm' || meta.private ||
            Object.keys(meta.dependencies ?? {}).length) {
            fail(name, `node_modules: ${modules.join(', ')}; version ${meta.version} ` +
                 `(tarball's ${expected}); private ${meta.private}; dependencies ` +
                 JSON.stringify(meta.dependencies ?? {}));
            return false;
        }
        pass(name, `qemu-wasm@${meta.version} installed offline, no dependencies`);
        return true;
    } catch (e) {
        fail(name, e.message);
        return false;
    }
}

// A page's script using the API as the declarations describe it; the
// @ts-expect-error lines fail the compile if the types let them through.
const USER_TS = `
import { ARCHES, GUESTS, MAX_CPUS, Qemu, QemuError, assetsFor, browserStore, checkBrowser,
         start } from 'qemu-wasm';
import type { Arch, QemuOptions, SavedState } from 'qemu-wasm';

const arch: Arch = ARCHES[0];
const options: QemuOptions = { arch, guest: GUESTS[0], memory: 256, cpus: MAX_CPUS,
                               assetBase: '/qemu/', args: ['-rtc', 'base=utc'], net: false };
const wasm: URL = assetsFor(arch, 'busybox', new URL('https://example.invalid/qemu/')).wasm;

export async function run(): Promise<string> {
    const problems: string[] = checkBrowser();
    const qemu: Qemu = await start(options);
    qemu.addEventListener('output', (e) => {
        const bytes: Uint8Array = e.detail;
        console.log(bytes.length);
    });
    qemu.addEventListener('state', (e) => {
        if (e.detail.state === 'error') {
            throw new QemuError(e.detail.message);
        }
    });
    qemu.write('uname -a\\r');
    const text: string = await qemu.waitForOutput(/Linux/, { timeout: 60000 });
    const saved: SavedState = await qemu.save();
    qemu.stop();
    const again = new Qemu({ ...options, state: saved.bytes });
    await again.start();
    const kept = await browserStore.get();
    return text + problems.join(' ') + saved.ms + wasm.href + (kept?.size ?? 0) +
        again.screenStats().frames;
}

// @ts-expect-error: not an architecture
assetsFor('mips');
// @ts-expect-error: no such option
new Qemu({ memroy: 256 });
// @ts-expect-error: output's detail is bytes
new Qemu().addEventListener('output', (e) => e.detail.toUpperCase());
`;

function testTypes() {
    const name = 'package-types';
    try {
        const src = path.join(dir, 'types');
        fs.mkdirSync(src);
        fs.writeFileSync(path.join(src, 'user.ts'), USER_TS);
        fs.writeFileSync(path.join(src, 'tsconfig.json'), JSON.stringify({
            compilerOptions: {
                strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'],
                module: 'esnext', moduleResolution: 'bundler', types: [],
                // The package's declarations are what is tested.
                skipLibCheck: false,
            },
            files: ['user.ts'],
        }, null, 2));
        run(src, process.execPath, [path.join(modulesDir, 'typescript/bin/tsc'), '-p', '.']);
        pass(name, 'a strict user of the API compiles against qemu.d.ts, misuse does not');
    } catch (e) {
        fail(name, e.message);
    }
}

// The example folder served as a page author would: the two headers that
// make it cross-origin isolated, and a content type.  /cdn/ serves the
// package's build/ a second time, for assetBase.  Requests are logged
// and kept in server.requests.
const TYPES = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript',
                '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };
function serve(root, cdn) {
    const server = http.createServer((req, res) => {
        const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        const [base, rel] = urlPath.startsWith('/cdn/') ? [cdn, urlPath.slice(5)] : [root, urlPath];
        let file = path.join(base, rel);
        if (file.endsWith(path.sep)) {
            file = path.join(file, 'index.html');
        }
        fs.readFile(file, (err, body) => {
            const ok = !err && file.startsWith(base + path.sep);
            log(`GET ${req.url} ${ok ? 200 : 404}`);
            server.requests.push(`${urlPath} ${ok ? 200 : 404}`);
            res.writeHead(ok ? 200 : 404, {
                'Cross-Origin-Opener-Policy': 'same-origin',
                'Cross-Origin-Embedder-Policy': 'require-corp',
                'Content-Type': (ok && TYPES[path.extname(file)]) || 'application/octet-stream',
            });
            res.end(ok ? body : 'Not Found\n');
        });
    });
    server.requests = [];
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function openPage(browser, url) {
    return browser.newPage({ viewport: { width: 1000, height: 700 } }).then(async (page) => {
        page.on('console', (m) => log(`console.${m.type()}: ${m.text()}`));
        page.on('pageerror', (e) => log(`pageerror: ${e.message}`));
        await page.goto(url);
        return page;
    });
}

async function testExample(browser, url) {
    const name = 'package-example';
    const t0 = Date.now();
    const page = await openPage(browser, url);
    try {
        // Resolves when the console's text matches @re (a RegExp) or
        // shows @prompts prompts; throws when the status says the machine
        // ended.
        const waitFor = async ({ re = null, prompts = 0 }, ms) => {
            const r = await (await page.waitForFunction(([src, n]) => {
                const text = document.getElementById('console').textContent;
                const status = document.getElementById('status').textContent;
                if ((src && new RegExp(src, 'm').test(text)) ||
                    (n && text.split('guest# ').length - 1 >= n)) {
                    return { ok: true, prompts: text.split('guest# ').length - 1 };
                }
                return /^(error|off|stopped):/.test(status) ? { ok: false, status, text } : false;
            }, [re?.source, prompts], { timeout: ms, polling: 250 }).catch(async (e) => {
                // Say where the guest stopped: the status and the console's end.
                if (e.name === 'TimeoutError') {
                    const seen = await page.evaluate(() => ({
                        status: document.getElementById('status').textContent,
                        text: document.getElementById('console').textContent,
                    })).catch(() => null);
                    if (seen) {
                        log(`timed out after ${ms} ms; status "${seen.status}"; console:\n${seen.text.slice(-2000)}`);
                        e.message = `${e.message.split('\n')[0]}; the page says "${seen.status}"; ` +
                            `console ends: ${JSON.stringify(seen.text.slice(-120))}`;
                    }
                    await page.screenshot({ path: path.join(opts.out, `package-timeout${webkit ? '-webkit' : ''}.png`) })
                        .catch(() => {});
                }
                throw e;
            })).jsonValue();
            if (!r.ok) {
                throw new Error(`the page says "${r.status}"; console: ${r.text.slice(-300)}`);
            }
            return r.prompts;
        };
        // The shell's first read after a prompt may take keys typed at
        // once as the answer to its cursor position query, which this
        // page does not answer: a step that got no answer is tried again.
        const retry = async (what, step) => {
            for (let i = 1; ; i++) {
                try {
                    return await step();
                } catch (e) {
                    if (e.name !== 'TimeoutError' || i === 3) {
                        throw e;
                    }
                    log(`${what}: no answer, again`);
                }
            }
        };
        const prompts = await waitFor({ re: /guest# $/ }, opts.timeout * 1000);
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        log(`prompt after ${secs} s`);
        await page.locator('#console').click();
        await retry('Enter', async () => {
            await page.keyboard.press('Enter');
            await waitFor({ prompts: prompts + 1 }, 10000);
        });
        await retry('echo', async () => {
            await page.keyboard.type('echo pkg-$((6*7))');
            await page.keyboard.press('Enter');
            await waitFor({ re: /^pkg-42$/ }, 20000);
        });
        await page.screenshot({ path: path.join(opts.out, 'package.png') });
        pass(name, `the example's guest at its prompt after ${secs} s; "echo pkg-$((6*7))" ` +
             'typed there answered pkg-42');
    } catch (e) {
        fail(name, e.message.split('\n')[0]);
    } finally {
        await page.close();
    }
}

// start({ assetBase }) from a page that imports the package the same
// way: the emulator and guest come from there, nothing from the package's
// own build/.
async function testAssetBase(browser, url, server) {
    const name = 'package-asset-base';
    fs.writeFileSync(path.join(dir, 'asset-base.html'), '<!doctype html>\n<meta charset="utf-8">\n' +
        '<script type="importmap">{ "imports": { "qemu-wasm": "./node_modules/qemu-wasm/qemu.mjs" } }' +
        '</script>\n');
    const page = await openPage(browser, `${url}asset-base.html`);
    try {
        server.requests = [];
        const r = await page.evaluate(async () => {
            const { Qemu } = await import('qemu-wasm');
            const qemu = new Qemu({ assetBase: '/cdn/' });
            await qemu.start().catch(() => {});
            const got = { state: qemu.state, message: qemu.message };
            qemu.stop();
            return got;
        });
        const asked = server.requests;
        log(`${name}: ${JSON.stringify(r)}; ${asked.join(', ')}`);
        const want = ['/cdn/web/guest-x86_64/guest.json 200', '/cdn/qemu-system-x86_64.wasm 200',
                      '/cdn/web/guest-x86_64/guest.data.gz 200', '/cdn/qemu-system-x86_64.js 200'];
        const missing = want.filter((w) => !asked.includes(w));
        const own = asked.filter((a) => a.startsWith('/node_modules/qemu-wasm/build/'));
        if (r.state !== 'running' || missing.length || own.length) {
            fail(name, `${r.state} (${r.message}); missing ${missing.join(', ') || 'none'}; ` +
                 `from the package's build/: ${own.join(', ') || 'none'}`);
        } else {
            pass(name, 'start({ assetBase: \'/cdn/\' }) ran the emulator and guest from /cdn/');
        }
    } catch (e) {
        fail(name, e.message.split('\n')[0]);
    } finally {
        await page.close();
    }
}

async function testPages() {
    fs.copyFileSync(path.join(installed, 'example/index.html'), path.join(dir, 'index.html'));
    const server = await serve(dir, path.join(installed, 'build'));
    const url = `http://127.0.0.1:${server.address().port}/`;
    let browser;
    try {
        browser = webkit ? await launchWebKit({ log }) : await require('playwright-core').chromium.launch({
            executablePath: '/usr/bin/chromium', headless: true,
            // Root in a chroot: no user namespaces for Chromium's sandbox.
            args: ['--no-sandbox'],
        });
    } catch (e) {
        fail('package-example', `${webkit ? 'WebKitGTK' : 'Chromium'} did not start: ${e.message.split('\n')[0]}`);
        server.close();
        return;
    }
    try {
        await testExample(browser, url);
        await testAssetBase(browser, url, server);
    } finally {
        await browser.close();
        server.close();
    }
}

if (testInstall()) {
    if (!webkit) {
        testTypes();
    }
    await testPages();
}
if (!failures) {
    fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
