// SPDX-License-Identifier: GPL-2.0-or-later
//
// The JavaScript half of block/fetch.c, an Emscripten library: one Range
// request through fetch(), on the runtime's main thread.

addToLibrary({
  fetch_js_start__deps: ['$UTF8ToString', '$stringToUTF8',
                         '$getWasmTableEntry'],
  fetch_js_start: (req, urlPtr, headersPtr, offset, length, size, buf,
                   timeoutMs, validator, error, messageLen, done) => {
    const url = UTF8ToString(urlPtr);
    const end = offset + length - 1;
    const headers = new Headers();
    for (const line of UTF8ToString(headersPtr).split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) {
        headers.set(line.slice(0, colon), line.slice(colon + 1).trim());
      }
    }
    headers.set('Range', `bytes=${offset}-${end}`);
    // Node's fetch() offers gzip unless told; browsers ignore this header
    // here and send identity for ranges themselves.
    headers.set('Accept-Encoding', 'identity');

    const fail = (message, transient) => {
      const e = new Error(message);
      e.transient = transient;
      return e;
    };

    // One request: the bytes received and the image's size, or a throw
    // whose "transient" says whether to try again.
    const attempt = async () => {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      try {
        const response = await fetch(url, {
          headers, signal: abort.signal, cache: 'no-store',
        });
        const status = response.status;
        if (status == 200) {
          throw fail('the server ignored the Range request ' +
                     '(HTTP 200 instead of 206)', false);
        }
        if (status != 206) {
          throw fail(`HTTP ${status} ${response.statusText}`,
                     status >= 500 || status == 408 || status == 429);
        }
        const encoding = response.headers.get('Content-Encoding');
        if (encoding && encoding != 'identity') {
          throw fail(`the server encoded the image (Content-Encoding: ` +
                     `${encoding})`, false);
        }
        const header = response.headers.get('Content-Range');
        const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header || '');
        if (!range) {
          throw fail(header ? `bad Content-Range "${header}"` :
                     'no Content-Range in the answer (a server on another ' +
                     'origin must list it in Access-Control-Expose-Headers)',
                     false);
        }
        const first = Number(range[1]);
        const last = Number(range[2]);
        const total = Number(range[3]);
        if (first != offset || last > end ||
            (last != end && last != total - 1) ||
            (size >= 0 && total != size)) {
          throw fail(`the server sent bytes ${first}-${last}/${total} for ` +
                     `bytes ${offset}-${end}` + (size >= 0 ? `/${size}` : ''),
                     false);
        }
        const tag = response.headers.get('ETag') ||
          response.headers.get('Last-Modified') || '';
        const known = UTF8ToString(validator);
        if (known && tag && tag != known) {
          throw fail(`the image changed on the server (${known}, now ${tag})`,
                     false);
        }
        const body = new Uint8Array(await response.arrayBuffer());
        if (body.length != last - first + 1) {
          throw fail(`the server sent ${body.length} bytes for a range of ` +
                     `${last - first + 1}`, true);
        }
        // A fresh view: the memory may have grown since the last one.
        new Uint8Array(wasmMemory.buffer, buf, body.length).set(body);
        if (!known && tag) {
          stringToUTF8(tag, validator, messageLen);
        }
        return { received: body.length, total };
      } catch (e) {
        if (abort.signal.aborted) {
          throw fail(`no answer within ${timeoutMs / 1000} s`, true);
        }
        if (e.transient === undefined) {
          // fetch() itself failed: refused, reset, or cut short.
          const cause = e.cause && e.cause.message;
          throw fail(cause ? `${e.message}: ${cause}` : e.message, true);
        }
        throw e;
      } finally {
        clearTimeout(timer);
      }
    };

    (async () => {
      const retryDelaysMs = [250, 1000, 2000];
      let message;
      for (let i = 0; ; i++) {
        try {
          const result = await attempt();
          // For pages that show the download's progress.
          const stats = Module.fetchStats ||
            (Module.fetchStats = { requests: 0, bytes: 0 });
          stats.requests++;
          stats.bytes += result.received;
          getWasmTableEntry(done)(req, result.received, result.total);
          return;
        } catch (e) {
          message = e.message;
          if (!e.transient || i == retryDelaysMs.length) {
            break;
          }
          await new Promise((resolve) =>
            setTimeout(resolve, retryDelaysMs[i]));
        }
      }
      stringToUTF8(message, error, messageLen);
      getWasmTableEntry(done)(req, -1, 0);
    })();
  },
});
