/*
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Linked into qemu-system-*.js with --pre-js.  Under Node.js it makes the
 * emulator behave like a native QEMU binary:
 *  - the host's filesystem appears at the same paths, and the current
 *    directory is the host's, so -kernel, -initrd, -drive and -L take
 *    ordinary host paths;
 *  - standard input is raw and non-blocking (QEMU polls it from its main
 *    loop; a blocking read would stall the main thread, which serves every
 *    worker's system calls), and output is written through unbuffered.
 * In a browser, or in a program without a filesystem, it does nothing.
 */
/* Programs built without -pthread (e.g. meson's sanity check) lack it. */
const preJsOnMainThread = typeof ENVIRONMENT_IS_PTHREAD === 'undefined' ||
                          !ENVIRONMENT_IS_PTHREAD;

if (preJsOnMainThread) {
    /*
     * With PROXY_TO_PTHREAD, exit() on QEMU's thread ends that thread and
     * Emscripten's exitRuntime() runs the atexit handlers on the main
     * thread, where they spin forever on locks QEMU's thread held (the
     * process never exits).  Skip them: QEMU's shutdown work is done by
     * then, and what must be said at exit is said at VM shutdown.
     */
    Module.preRun = Module.preRun || [];
    Module.preRun.push(() => {
        /* Defined after this file, and only in programs with threads. */
        if (typeof ___funcs_on_exit !== 'undefined') {
            ___funcs_on_exit = () => {};
        }
    });
}

if (ENVIRONMENT_IS_NODE && preJsOnMainThread) {
    Module.preRun = Module.preRun || [];
    Module.preRun.push(function nodeHostGlue() {
        /* FS and NODEFS are defined after this file: test them here. */
        if (typeof FS === 'undefined' || typeof NODEFS === 'undefined') {
            return;
        }
        /*
         * When QEMU exits, Emscripten's Node.js glue only sets
         * process.exitCode, and the stdin listener below and QEMU's other
         * threads would keep Node.js running: exit for real.  quit_ is
         * Emscripten's internal exit hook, which every exit path reaches;
         * it also runs when the main thread hands main() to its pthread,
         * while the runtime is kept alive.
         */
        const emscriptenQuit = quit_;
        quit_ = (status, toThrow) => {
            if (!keepRuntimeAlive()) {
                process.exit(status);
            }
            emscriptenQuit(status, toThrow);
        };
        const nodeFs = require('fs');
        const POLLIN = 1;

        for (const name of nodeFs.readdirSync('/')) {
            const path = '/' + name;
            if (['dev', 'proc', 'sys'].includes(name)) {
                continue;
            }
            try {
                if (!nodeFs.statSync(path).isDirectory()) {
                    continue;
                }
            } catch (e) {
                continue;
            }
            try {
                FS.mkdir(path);
            } catch (e) {
                /* /tmp and /home exist already; mount over them. */
            }
            FS.mount(NODEFS, { root: path }, path);
        }
        FS.chdir(process.cwd());

        const pending = [];
        let stdinEnded = false;
        if (process.stdin.isTTY) {
            process.stdin.setRawMode(true);
            process.on('exit', () => process.stdin.setRawMode(false));
        }
        process.stdin.on('data', (data) => {
            for (const byte of data) {
                pending.push(byte);
            }
        });
        process.stdin.on('end', () => {
            stdinEnded = true;
        });
        /* undefined: nothing yet (EAGAIN); null: end of input. */
        const readByte = () => pending.length ? pending.shift() :
                               stdinEnded ? null : undefined;

        FS.init(readByte, null, null);

        const stdin = FS.getStream(0);
        stdin.stream_ops = Object.assign({}, stdin.stream_ops, {
            poll: () => (pending.length || stdinEnded) ? POLLIN : 0,
        });
        for (const [fd, out] of [[1, process.stdout], [2, process.stderr]]) {
            const stream = FS.getStream(fd);
            stream.stream_ops = Object.assign({}, stream.stream_ops, {
                write: (stream, buffer, offset, length) => {
                    /* Copy: Node does not write from shared memory. */
                    out.write(Buffer.from(buffer.subarray(offset,
                                                          offset + length)));
                    return length;
                },
            });
        }
    });
}
