#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""An HTTP server with byte ranges, for disk images, that can misbehave.

Serves the files under a directory on the loopback with GET and HEAD,
answers "Range: bytes=A-B" (one range) with 206 and Content-Range, gives
an ETag, and counts the requests and body bytes it sent.  Python's
http.server has no ranges.  For the tests of the fetch() block driver it
can be told to misbehave (RangeServer.mode, or --mode):

    ok            as above
    ignore-range  answer every GET with 200 and the whole file
    gzip          send the range gzip-compressed, Content-Encoding: gzip
    short         announce the range's length but send half of it, close
    wrong-range   send the range one byte later than asked
    fail-once     answer the next request 503, then as "ok"
    drop-once     close the next connection without an answer, then "ok"
    fail-after=N  answer N more requests, then 500 to everything
    silent        accept, then never answer

    rangeserver.py [--port P] [--mode M] DIR    (serves until killed)
"""

import argparse
import gzip
import http.server
import os
import re
import threading
import time
import urllib.parse

RANGE_RE = re.compile(r"^bytes=(\d+)-(\d*)$")


class RangeServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, directory, port=0, mode="ok"):
        self.directory = directory
        self.mode = mode
        self.lock = threading.Lock()
        self.requests = 0
        self.sent = 0
        self.statuses = []
        super().__init__(("127.0.0.1", port), RangeHandler)

    @property
    def port(self):
        return self.server_address[1]

    def url(self, name):
        return "http://127.0.0.1:%d/%s" % (self.port, name)

    def start(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def handle_error(self, request, client_address):
        pass  # clients that hang up early, on purpose in these tests

    def reset_counts(self):
        with self.lock:
            self.requests = self.sent = 0
            self.statuses = []

    def take_mode(self):
        """The mode for this request; the -once modes revert to ok."""
        with self.lock:
            self.requests += 1
            mode = self.mode
            if mode.endswith("-once"):
                self.mode = "ok"
            elif mode.startswith("fail-after="):
                left = int(mode.split("=")[1])
                self.mode = "fail-after=%d" % (left - 1) if left > 0 else mode
                mode = "ok" if left > 0 else "fail"
            return mode


class RangeHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, headers, body=b""):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)
        with self.server.lock:
            self.server.sent += 0 if self.command == "HEAD" else len(body)
            self.server.statuses.append(status)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        server = self.server
        mode = server.take_mode()
        if mode == "drop-once":
            self.close_connection = True
            return
        if mode == "silent":
            time.sleep(3600)
            return
        if mode in ("fail-once", "fail"):
            self.reply(503 if mode == "fail-once" else 500,
                       [("Content-Length", "0")])
            return
        name = os.path.normpath(urllib.parse.unquote(
            self.path.split("?")[0])).lstrip("/")
        path = os.path.join(server.directory, name)
        if name.startswith("..") or not os.path.isfile(path):
            self.reply(404, [("Content-Length", "0")])
            return
        st = os.stat(path)
        size = st.st_size
        etag = '"%x-%x"' % (st.st_mtime_ns, size)
        common = [("ETag", etag), ("Accept-Ranges", "bytes")]
        match = RANGE_RE.match(self.headers.get("Range", ""))
        if not match or mode == "ignore-range":
            with open(path, "rb") as f:
                body = f.read() if self.command != "HEAD" else b""
            self.reply(200, common + [("Content-Length", str(size))], body)
            return
        first = int(match.group(1))
        last = min(int(match.group(2) or size - 1), size - 1)
        if first >= size or last < first:
            self.reply(416, common + [("Content-Range", "bytes */%d" % size),
                                      ("Content-Length", "0")])
            return
        if mode == "wrong-range":
            first, last = first + 1, min(last + 1, size - 1)
        with open(path, "rb") as f:
            f.seek(first)
            body = f.read(last - first + 1)
        headers = common + [("Content-Range",
                             "bytes %d-%d/%d" % (first, last, size))]
        if mode == "gzip":
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        if mode == "short":
            headers.append(("Content-Length", str(len(body))))
            self.close_connection = True
            self.reply(206, headers, body[:len(body) // 2])
            return
        self.reply(206, headers + [("Content-Length", str(len(body)))], body)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--mode", default="ok")
    parser.add_argument("directory")
    args = parser.parse_args()
    server = RangeServer(args.directory, args.port, args.mode)
    print("serving %s on http://127.0.0.1:%d/" % (args.directory, server.port),
          flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
