#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The guest network test's host side (guest/init's guest.mode=net).

Serves, on the host's loopback only, what the guest fetches through the
user network's gateway: an HTTP server (a token, a random file, and /done
once the host has reached the guest's httpd through hostfwd) and a DNS
resolver that answers probe.qemu-wasm.test with the gateway's address.
Runs the emulator command given after "--", in which {http}, {closed},
{fwd} and {dns} stand for the HTTP port, a closed port, the forwarded
host port and the resolver's address; checks what the guest printed.

    net.py [--name NAME] [--size MIB] [--timeout S] -- COMMAND...

Prints one "PASS: NAME: ..." or "FAIL: NAME: ..." line; exit status 0 on
pass.  No packet leaves 127.0.0.0/8: the resolver answers every name
itself and is what passt forwards the guest's DNS to (--dns-host).
"""

import argparse
import hashlib
import http.server
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request

# An address of the loopback net that nothing else here uses: the
# resolver must listen on port 53, where passt forwards DNS.
DNS_ADDR = "127.77.0.53"
PROBE_NAME = "probe.qemu-wasm.test"
GATEWAY = "10.0.2.2"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Files:
    def __init__(self, size):
        self.token = os.urandom(16).hex()
        self.random = os.urandom(size)
        self.sha256 = hashlib.sha256(self.random).hexdigest()
        self.done = threading.Event()
        self.sent = 0
        self.received = 0
        self.lock = threading.Lock()


def http_handler(files):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/token":
                body = (files.token + "\n").encode()
            elif self.path == "/random.bin":
                body = files.random
            elif self.path == "/done" and files.done.is_set():
                body = b"done\n"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            with files.lock:
                files.sent += len(body)

        def count(self, left):
            while left > 0:
                chunk = self.rfile.read(min(left, 1 << 20))
                if not chunk:
                    break
                left -= len(chunk)
                with files.lock:
                    files.received += len(chunk)

        def do_POST(self):
            # /upload: the body is counted and dropped (bench/net.py).
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                while True:
                    size = int(self.rfile.readline().split(b";")[0], 16)
                    self.count(size)
                    self.rfile.readline()
                    if size == 0:
                        break
            else:
                self.count(int(self.headers.get("Content-Length", 0)))
            self.send_response(200 if self.path == "/upload" else 404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass
    return Handler


def dns_answer(query):
    """A reply to one DNS query: PROBE_NAME's A record is the gateway."""
    if len(query) < 12:
        return None
    qid, flags, qdcount = query[0:2], query[2:4], int.from_bytes(query[4:6], "big")
    if qdcount != 1:
        return None
    labels, i = [], 12
    while i < len(query) and query[i]:
        n = query[i]
        labels.append(query[i + 1:i + 1 + n].decode("ascii", "replace"))
        i += 1 + n
    question_end = i + 5
    if question_end > len(query):
        return None
    qtype = int.from_bytes(query[i + 1:i + 3], "big")
    question = query[12:question_end]
    name = ".".join(labels).lower()
    rd = flags[0] & 1
    answers = b""
    rcode = 0
    if name == PROBE_NAME:
        if qtype == 1:
            answers = (b"\xc0\x0c" + (1).to_bytes(2, "big") + (1).to_bytes(2, "big") +
                       (60).to_bytes(4, "big") + (4).to_bytes(2, "big") +
                       socket.inet_aton(GATEWAY))
    else:
        rcode = 3  # NXDOMAIN
    header = (qid + bytes([0x80 | rd, 0x80 | rcode]) + (1).to_bytes(2, "big") +
              (1 if answers else 0).to_bytes(2, "big") + b"\0\0\0\0")
    return header + question + answers


def serve_dns(sock, stop, counts):
    sock.settimeout(0.2)
    while not stop.is_set():
        try:
            query, peer = sock.recvfrom(512)
        except socket.timeout:
            continue
        reply = dns_answer(query)
        if reply:
            counts["dns"] += 1
            sock.sendto(reply, peer)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", default="net")
    ap.add_argument("--size", type=int, default=16, help="MiB of random data")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--log", help="write the emulator's output here")
    ap.add_argument("command", nargs="+")
    args = ap.parse_args()
    name = args.name

    files = Files(args.size << 20)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http_handler(files))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    dns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        dns.bind((DNS_ADDR, 53))
    except OSError as e:
        print(f"FAIL: {name}: cannot run the test resolver on {DNS_ADDR}:53: {e}")
        return 1
    stop = threading.Event()
    counts = {"dns": 0}
    threading.Thread(target=serve_dns, args=(dns, stop, counts), daemon=True).start()

    ports = {"http": httpd.server_address[1], "closed": free_port(),
             "fwd": free_port(), "dns": DNS_ADDR}
    command = [a.format(**ports) for a in args.command]
    log = open(args.log or os.devnull, "w")
    t0 = time.monotonic()
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    timer = threading.Timer(args.timeout, proc.kill)
    timer.start()

    output = []
    fetched = None
    transfer = None
    t_sha = None
    for raw in proc.stdout:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        output.append(line)
        log.write(line + "\n")
        log.flush()
        if "QEMU-WASM-NET-TOKEN:" in line:
            t_sha = time.monotonic()
        if "QEMU-WASM-NET-SHA256:" in line and t_sha is not None:
            transfer = time.monotonic() - t_sha
        if "QEMU-WASM-NET: httpd ready" in line:
            url = f"http://127.0.0.1:{ports['fwd']}/index.html"
            for _ in range(20):
                try:
                    with urllib.request.urlopen(url, timeout=10) as r:
                        fetched = r.read().decode().strip()
                    break
                except OSError:
                    time.sleep(0.5)
            files.done.set()
    status = proc.wait()
    timer.cancel()
    stop.set()
    httpd.shutdown()
    elapsed = time.monotonic() - t0
    text = "\n".join(output)

    def marker(key):
        m = re.search(rf"QEMU-WASM-{key}: (.*)", text)
        return m.group(1).strip() if m else None

    lease = marker("NET")
    sha = marker("NET-SHA256")
    closed = marker("NET-CLOSED")
    problems = []
    if not lease or "via" not in lease:
        problems.append(f"no DHCP lease ({lease})")
    if marker("NET-TOKEN") != files.token:
        problems.append(f"token '{marker('NET-TOKEN')}' != '{files.token}'")
    if not sha or not sha.startswith(files.sha256):
        problems.append(f"{args.size} MiB file: sha256 '{sha}' != host's {files.sha256}")
    if not closed or not closed.startswith("failed"):
        problems.append(f"closed port: {closed}")
    if marker("NET-DNS") != files.token:
        problems.append(f"fetch by name through DNS: '{marker('NET-DNS')}' "
                        f"(resolver answered {counts['dns']} queries)")
    if fetched != "served by the guest":
        problems.append(f"hostfwd to the guest's httpd: '{fetched}'")
    if status != 0:
        problems.append(f"exit status {status}")
    if problems:
        print(f"FAIL: {name}: {'; '.join(problems)} after {elapsed:.0f} s")
        return 1
    rate = f", {args.size / transfer:.1f} MiB/s" if transfer else ""
    print(f"PASS: {name}: {lease}; {args.size} MiB sha256 equal{rate}; "
          f"closed port {closed}; DNS and hostfwd ok; {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
