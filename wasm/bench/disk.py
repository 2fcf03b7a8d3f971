#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Disk benchmark: a guest's sequential read from a URL against a local file.

The test guest (guest.mode=disk, op t) reads SIZE MiB of a raw image on
/dev/vda with dd; the time is the host's, between the guest's markers.
Under the JIT (Node.js): the image as a local file, then from a URL
(check/rangeserver.py on the loopback) with each readahead (the fetch()
driver's request size); native QEMU reads the local file as the
reference.  Prints a table (MiB/s, requests) and the cost of a request:
the time the smallest readahead takes beyond the largest's, per extra
request.

    disk.py WORKDIR WASM-COMMAND... -- NATIVE-COMMAND...
    (in each command, {ops} stands for guest.disk, {drive} for -drive's
    value)
"""

import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "check"))
from rangeserver import RangeServer  # noqa: E402

MIB = 1 << 20
SIZE_MIB = int(os.environ.get("DISK_BENCH_MIB", "256"))
READAHEADS = ["64k", "256k", "1M", "4M"]


def timed_read(command, drive):
    """Seconds between the guest's t markers; None if it failed."""
    ops = "t0:%d" % (SIZE_MIB * MIB)
    args = [a.replace("{ops}", ops).replace("{drive}", drive)
            for a in command]
    p = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, cwd=os.path.dirname(HERE))
    start = end = None
    deadline = time.monotonic() + 1800
    for line in p.stdout:
        if b"QEMU-WASM-DISK: t " in line:
            if line.rstrip().endswith(b"start"):
                start = time.monotonic()
            elif line.rstrip().endswith(b"done"):
                end = time.monotonic()
        if time.monotonic() > deadline:
            p.kill()
            break
    p.wait()
    return end - start if start and end else None


def main():
    args = sys.argv[1:]
    if "--" not in args or len(args) < 4:
        sys.exit(__doc__)
    workdir = os.path.abspath(args[0])
    split = args.index("--")
    wasm, native = args[1:split], args[split + 1:]
    os.makedirs(workdir, exist_ok=True)
    image = os.path.join(workdir, "bench.img")
    if not os.path.exists(image) or os.path.getsize(image) != SIZE_MIB * MIB:
        with open(image, "wb") as f:
            block = os.urandom(MIB)
            for _ in range(SIZE_MIB):
                f.write(block)
    local = "file=%s,format=raw,if=virtio,readonly=on" % image
    server = RangeServer(workdir).start()
    rows = []
    secs = timed_read(native, local)
    rows.append(("native QEMU, local file", secs, None))
    secs = timed_read(wasm, local)
    rows.append(("JIT, local file", secs, None))
    for readahead in READAHEADS:
        server.reset_counts()
        drive = "file.driver=http,file.url=%s,file.readahead=%s,format=raw," \
            "if=virtio,readonly=on" % (server.url("bench.img"), readahead)
        secs = timed_read(wasm, drive)
        rows.append(("JIT, URL, readahead=%s" % readahead, secs,
                     server.requests))
    print("Sequential read of %d MiB by the guest (dd bs=1M), host clock"
          % SIZE_MIB)
    print("%-28s %8s %8s %10s" % ("", "seconds", "MiB/s", "requests"))
    for name, secs, requests in rows:
        if secs is None:
            print("%-28s %8s" % (name, "failed"))
        else:
            print("%-28s %8.2f %8.1f %10s" % (name, secs, SIZE_MIB / secs,
                                               requests or ""))
    small, large = rows[2], rows[-1]
    if small[1] and large[1] and small[2] > large[2]:
        print("cost of a request: %.2f ms (readahead %s against %s)" % (
            (small[1] - large[1]) * 1000 / (small[2] - large[2]),
            READAHEADS[0], READAHEADS[-1]))
    server.shutdown()


if __name__ == "__main__":
    main()
