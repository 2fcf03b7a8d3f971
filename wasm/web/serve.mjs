// Static HTTP server for the browser page, with the headers that make the
// page cross-origin isolated: without them the browser hides
// SharedArrayBuffer, which the threaded emulator needs.
//
//   node web/serve.mjs [--port N] [--host ADDR] [--no-isolation]
//
// Serves web/ at / and the checkout's build/ (emulator, packed guest,
// npm packages: see web/build.sh) at /build/.  --no-isolation leaves the
// COOP/COEP headers out, to test the page's message for that case.
// Importable: createServer() is used by check/browser.mjs.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
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
            res.writeHead(200, {
                ...headers,
                ETag: etag,
                'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
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

// Resolves to the listening http.Server.  port 0 picks a free port.
export function createServer({ port = 8080, host = '127.0.0.1', isolation = true,
                               mounts = defaultMounts } = {}) {
    const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
    const server = http.createServer(handler(sorted, isolation));
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server));
    });
}

async function main(argv) {
    let port = Number(process.env.PORT || 8080);
    let host = '127.0.0.1';
    let isolation = true;
    for (let i = 0; i < argv.length; i++) {
        switch (argv[i]) {
        case '--port': port = Number(argv[++i]); break;
        case '--host': host = argv[++i]; break;
        case '--no-isolation': isolation = false; break;
        default:
            console.error(`usage: serve.mjs [--port N] [--host ADDR] [--no-isolation]`);
            process.exit(2);
        }
    }
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`serve.mjs: bad port '${port}'`);
        process.exit(2);
    }
    const server = await createServer({ port, host, isolation }).catch((e) => {
        console.error(`serve.mjs: cannot listen on ${host}:${port}: ${e.message}`);
        process.exit(1);
    });
    const addr = server.address();
    console.log(`Serving the QEMU page at http://${addr.address}:${addr.port}/ ` +
                `(${isolation ? 'cross-origin isolated' : 'NOT isolated'}); Ctrl-C stops.`);
    for (const sig of ['SIGINT', 'SIGTERM']) {
        process.on(sig, () => process.exit(0));
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2));
}
