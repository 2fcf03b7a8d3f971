#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""One run of the network benchmark (guest/init's guest.mode=netbench).

Serves on the host's loopback a random file of --size MiB, an upload sink
and a small token (check/net.py's server), runs the emulator command after
"--" ({http} stands for the server's port), and times on the host's clock,
as the guest's console lines arrive, its three phases: the download, a
64 MiB upload and 100 small requests.  Prints one line:

    netbench LABEL boot S download S upload S requests S

or "netbench LABEL failed: WHY" and exits 1.
"""

import argparse
import os
import subprocess
import sys
import threading
import time
import http.server

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "check"))
import net  # noqa: E402  (check/net.py)

UPLOAD = 64 << 20


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", required=True)
    ap.add_argument("--size", type=int, default=64, help="MiB to download")
    ap.add_argument("--timeout", type=float, default=1200)
    ap.add_argument("--log")
    ap.add_argument("command", nargs="+")
    args = ap.parse_args()

    files = net.Files(args.size << 20)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), net.http_handler(files))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    command = [a.format(http=httpd.server_address[1]) for a in args.command]
    log = open(args.log or os.devnull, "w")
    stamps = {}
    t0 = time.monotonic()
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    timer = threading.Timer(args.timeout, proc.kill)
    timer.start()
    for raw in proc.stdout:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        now = time.monotonic() - t0
        log.write(f"{now:9.3f} {line}\n")
        if "QEMU-WASM-GUEST: booted" in line:
            stamps.setdefault("boot", now)
        if "QEMU-WASM-NETBENCH: " in line:
            stamps.setdefault(line.split("QEMU-WASM-NETBENCH: ", 1)[1].strip(), now)
    status = proc.wait()
    timer.cancel()
    httpd.shutdown()

    failed = [k for k in stamps if k.endswith("failed")]
    phases = ["download", "upload", "requests", "done"]
    if failed or any(p not in stamps for p in phases) or files.received != UPLOAD:
        print(f"netbench {args.label} failed: exit {status}, markers {sorted(stamps)}, "
              f"{files.received} bytes uploaded")
        return 1
    print(f"netbench {args.label} boot {stamps['boot']:.2f}"
          f" download {stamps['upload'] - stamps['download']:.3f}"
          f" upload {stamps['requests'] - stamps['upload']:.3f}"
          f" requests {stamps['done'] - stamps['requests']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
