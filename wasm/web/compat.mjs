// SPDX-License-Identifier: GPL-2.0-or-later
//
// What some browsers' engines lack that the emulator needs, made up for
// where that is possible, and said where it is not: for qemu.mjs.
//
// WebKitGTK (and WPE) give a cross-origin isolated page shared
// WebAssembly memories, which workers share and wait on with Atomics,
// but leave the SharedArrayBuffer global out (WebKit's GLib ports never
// turned that binding on; Safari has it).  A shared memory's buffer is a
// SharedArrayBuffer all the same, so its constructor is at hand: the
// emulator's glue, which names the global (instanceof checks, whether
// threads are supported), gets it from there in its frame and in each of
// its pthread workers.  Nothing more is shared than without it.

// SharedArrayBuffer's constructor as a shared memory's buffer has it, in a
// cross-origin isolated realm that has shared memories; null otherwise.
export function hiddenSharedArrayBuffer(win = globalThis) {
    if (!win.crossOriginIsolated || typeof win.WebAssembly !== 'object') {
        return null;
    }
    try {
        const memory = new win.WebAssembly.Memory({ initial: 0, maximum: 0, shared: true });
        const ctor = memory.buffer.constructor;
        return Object.prototype.toString.call(memory.buffer) === '[object SharedArrayBuffer]'
            ? ctor : null;
    } catch (e) {
        return null;
    }
}

// Whether @win lacks the global but has the constructor (the page says so).
export function sharedArrayBufferHidden(win = globalThis) {
    return typeof win.SharedArrayBuffer !== 'function' && hiddenSharedArrayBuffer(win) !== null;
}

const WORKER_PRELUDE = `if (typeof SharedArrayBuffer !== 'function') {
    self.SharedArrayBuffer = new WebAssembly.Memory({ initial: 0, maximum: 0, shared: true })
        .buffer.constructor;
}
`;

// Gives the engine frame @win the global where it is hidden; returns the
// URL its pthread workers are to load the emulator's @script from: the
// script itself, or where the global is hidden a script of @win's (a
// blob: URL, gone with the frame) that defines it and then loads @script.
export function provideSharedArrayBuffer(win, script) {
    if (!sharedArrayBufferHidden(win)) {
        return script;
    }
    Object.defineProperty(win, 'SharedArrayBuffer', {
        value: hiddenSharedArrayBuffer(win), writable: true, configurable: true,
    });
    const source = `${WORKER_PRELUDE}importScripts(${JSON.stringify(String(script))});\n`;
    return win.URL.createObjectURL(new win.Blob([source], { type: 'text/javascript' }));
}

// What the page tells the user about this browser's engine: where it
// differs from the others in a way the page makes up for (sentences).
export function engineNotes(win = globalThis) {
    const notes = [];
    if (sharedArrayBufferHidden(win)) {
        notes.push('This browser hides SharedArrayBuffer (as WebKitGTK does; Safari does not): ' +
                   'the emulator takes it from a shared WebAssembly memory.');
    }
    return notes;
}

// WebKit cannot keep Blobs in IndexedDB where a site's data stays in
// memory (Safari's private browsing, WebKitGTK's automation sessions):
// the put fails with "UnknownError: Error preparing Blob/File data to be
// stored in object store".  putKeepingBlobs(put, record) then stores the
// record with its Blobs as ArrayBuffers (listed in inlineBlobs), and
// blobsBack(record) turns them back into Blobs when it is read.
export async function putKeepingBlobs(put, record) {
    try {
        return await put(record);
    } catch (e) {
        const blobs = Object.keys(record).filter((k) => record[k] instanceof Blob);
        if (e?.name !== 'UnknownError' || !blobs.length) {
            throw e;
        }
        console.warn(`IndexedDB refused a Blob (${e.message}): keeping its bytes instead`);
        const copy = { ...record, inlineBlobs: blobs };
        for (const k of blobs) {
            copy[k] = await record[k].arrayBuffer();
        }
        return put(copy);
    }
}

export function blobsBack(record) {
    for (const k of record?.inlineBlobs ?? []) {
        record[k] = new Blob([record[k]]);
    }
    return record;
}
