// SPDX-License-Identifier: GPL-2.0-or-later
//
// Static HTTP server for the browser page, with the headers that make the
// page cross-origin isolated: without them the browser hides
// SharedArrayBuffer, which the threaded emulator needs.
//
//   node web/serve.mjs [--port N] [--host ADDR] [--no-isolation] [--net]
//
// Serves web/ at / and the checkout's build/ (emulator, packed guest,
// npm packages, the Debian guest's disk: see web/build.sh) at /build/,
// with single byte ranges, which QEMU's http driver reads disks with.  --no-isolation leaves the
// COOP/COEP headers out, to test the page's message for that case.
// --net adds the guest network's relay at /net (see attachNetRelay).
// Importable: createServer() is used by check/browser.mjs.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const topDir = path.dirname(webDir);

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.map': 'application/json',
    '.wasm': 'application/wasm',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
    '.txt': 'text/plain; charset=utf-8',
    '.md': 'text/plain; charset=utf-8',
};

// URL prefix -> directory; the longest matching prefix wins.
const defaultMounts = [
    ['/build/', path.join(topDir, 'build')],
    ['/', webDir],
];

function resolvePath(mounts, urlPath) {
    for (const [prefix, dir] of mounts) {
        if (!urlPath.startsWith(prefix)) {
            continue;
        }
        const rel = urlPath.slice(prefix.length);
        const file = path.join(dir, rel);
        // Lexical check only: symbolic links under build/web lead into the
        // cache on purpose.
        if (file !== dir && !file.startsWith(dir + path.sep)) {
            return null;
        }
        return file;
    }
    return null;
}

function handler(mounts, isolation) {
    return (req, res) => {
        const headers = {
            'Cache-Control': 'no-cache',
            'X-Content-Type-Options': 'nosniff',
        };
        if (isolation) {
            headers['Cross-Origin-Opener-Policy'] = 'same-origin';
            headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
            headers['Cross-Origin-Resource-Policy'] = 'same-origin';
        }
        const fail = (code, text) => {
            res.writeHead(code, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
            res.end(req.method === 'HEAD' ? undefined : `${code} ${text}\n`);
        };
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            return fail(405, 'Method Not Allowed');
        }
        let urlPath;
        try {
            urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
        } catch (e) {
            return fail(400, 'Bad Request');
        }
        if (urlPath.includes('\0')) {
            return fail(400, 'Bad Request');
        }
        let file = resolvePath(mounts, urlPath);
        if (!file) {
            return fail(404, 'Not Found');
        }
        fs.stat(file, (err, st) => {
            if (!err && st.isDirectory()) {
                if (!urlPath.endsWith('/')) {
                    res.writeHead(301, { ...headers, Location: urlPath + '/' });
                    return res.end();
                }
                file = path.join(file, 'index.html');
                try {
                    st = fs.statSync(file);
                } catch (e) {
                    err = e;
                }
            }
            if (err || !st.isFile()) {
                return fail(404, 'Not Found');
            }
            // ETag from size and time: cheap revalidation of the 12 MB wasm.
            const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
            if (req.headers['if-none-match'] === etag) {
                res.writeHead(304, { ...headers, ETag: etag });
                return res.end();
            }
            const type = TYPES[path.extname(file)] || 'application/octet-stream';
            // One byte range (disk images that QEMU reads on demand).
            const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range || '');
            if (range) {
                const first = Number(range[1]);
                const last = Math.min(range[2] ? Number(range[2]) : st.size - 1, st.size - 1);
                if (first >= st.size || last < first) {
                    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${st.size}` });
                    return res.end();
                }
                res.writeHead(206, {
                    ...headers,
                    ETag: etag,
                    'Content-Type': type,
                    'Content-Range': `bytes ${first}-${last}/${st.size}`,
                    'Content-Length': last - first + 1,
                });
                if (req.method === 'HEAD') {
                    return res.end();
                }
                fs.createReadStream(file, { start: first, end: last })
                    .on('error', () => res.destroy()).pipe(res);
                return;
            }
            res.writeHead(200, {
                ...headers,
                ETag: etag,
                'Accept-Ranges': 'bytes',
                'Content-Type': type,
                // The page's progress bar divides by it.
                'Content-Length': st.size,
            });
            if (req.method === 'HEAD') {
                return res.end();
            }
            fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
        });
    };
}

// The user network of the page's guest, as "-nic user" gives it under
// Node.js (runner/net-pre.js, whose defaults these are, MTU included):
// 10.0.2.15 by DHCP, the gateway 10.0.2.2 standing for this machine's
// loopback, DNS at 10.0.2.3 forwarded to this machine's resolver.
const PASST_ARGS = ['--fd', '3', '--foreground', '--quiet',
                    '-a', '10.0.2.15', '-n', '24', '-g', '10.0.2.2',
                    '--map-host-loopback', '10.0.2.2',
                    '-D', '10.0.2.3', '--dns-forward', '10.0.2.3', '-m', '1500'];

// passt's path on the PATH, or null.
export function findPasst() {
    for (const dir of (process.env.PATH || '').split(':').filter((d) => d)) {
        const file = path.join(dir, 'passt');
        try {
            fs.accessSync(file, fs.constants.X_OK);
            return file;
        } catch (e) {
            /* next */
        }
    }
    return null;
}

// The relay (--net): "GET /net" answers whether it is on; a WebSocket at
// /net (what Emscripten's sockets open for the guest's socket netdev, see
// qemu.mjs) carries one guest's frames, QEMU's 4-byte length and frame,
// to a passt of its own, which ends with the connection.  Only pages of
// this server's origin may connect: another site that a visitor opens must
// not borrow this machine's network.
function attachNetRelay(server, { passt, passtArgs = [] }) {
    const require = createRequire(path.join(topDir, 'build/web/node_modules/'));
    const { WebSocketServer } = require('ws');
    const wss = new WebSocketServer({
        noServer: true,
        perMessageDeflate: false,
        handleProtocols: (protocols) => (protocols.has('binary') ? 'binary' : false),
    });
    server.on('upgrade', (req, socket, head) => {
        const url = new URL(req.url, 'http://localhost');
        const origin = req.headers.origin;
        if (url.pathname !== '/net' ||
            (origin && origin !== `http://${req.headers.host}`)) {
            socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
            return;
        }
        wss.handleUpgrade(req, socket, head, (ws) => relay(ws));
    });
    server.netRelays = 0;
    function relay(ws) {
        server.netRelays++;
        const child = spawn(passt, [...PASST_ARGS, ...passtArgs],
                            { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
        const frames = child.stdio[3];
        let errors = '';
        child.stderr.on('data', (d) => {
            errors = (errors + d).slice(-2048);
        });
        child.on('error', (e) => ws.close(1011, `passt: ${e.message}`.slice(0, 120)));
        child.on('exit', (code, signal) => {
            if (code || signal) {
                console.error(`serve.mjs: passt for a guest ended (${signal || `status ${code}`}): ` +
                              errors.trim());
            }
            ws.close(1011, 'the network stack ended');
        });
        frames.on('error', () => ws.close());
        frames.on('data', (chunk) => ws.send(chunk));
        ws.on('message', (data) => frames.write(data));
        ws.on('close', () => child.kill());
    }
}

// Resolves to the listening http.Server.  port 0 picks a free port.  net:
// { passt, passtArgs } turns the relay on.
export function createServer({ port = 8080, host = '127.0.0.1', isolation = true,
                               mounts = defaultMounts, net = null } = {}) {
    const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
    const serveFiles = handler(sorted, isolation);
    const server = http.createServer((req, res) => {
        if (net && new URL(req.url, 'http://localhost').pathname === '/net') {
            res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
            return res.end(JSON.stringify({ relay: 'passt' }) + '\n');
        }
        return serveFiles(req, res);
    });
    if (net) {
        attachNetRelay(server, net);
    }
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server));
    });
}

async function main(argv) {
    let port = Number(process.env.PORT || 8080);
    let host = '127.0.0.1';
    let isolation = true;
    let net = null;
    for (let i = 0; i < argv.length; i++) {
        switch (argv[i]) {
        case '--port': port = Number(argv[++i]); break;
        case '--host': host = argv[++i]; break;
        case '--no-isolation': isolation = false; break;
        case '--net': net = {}; break;
        default:
            console.error(`usage: serve.mjs [--port N] [--host ADDR] [--no-isolation] [--net]`);
            process.exit(2);
        }
    }
    if (net) {
        net.passt = findPasst();
        if (!net.passt) {
            console.error('serve.mjs: --net needs passt, the user-mode network stack ' +
                          '(Debian package "passt"), on the PATH');
            process.exit(1);
        }
    }
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`serve.mjs: bad port '${port}'`);
        process.exit(2);
    }
    const server = await createServer({ port, host, isolation, net }).catch((e) => {
        console.error(`serve.mjs: cannot listen on ${host}:${port}: ${e.message}`);
        process.exit(1);
    });
    const addr = server.address();
    console.log(`Serving the QEMU page at http://${addr.address}:${addr.port}/ ` +
                `(${isolation ? 'cross-origin isolated' : 'NOT isolated'}` +
                `${net ? '; guest network relay at /net, through passt' : ''}); Ctrl-C stops.`);
    for (const sig of ['SIGINT', 'SIGTERM']) {
        process.on(sig, () => process.exit(0));
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2));
}
