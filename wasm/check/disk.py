#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Disks from a URL and kept writes: the host side of guest.mode=disk.

Makes images with known random blocks at known offsets in WORKDIR (inside
the checkout or the cache, where the build root sees it), serves them on
the loopback with check/rangeserver.py, and boots the test guest with the
emulator command given after "--", in which {ops} stands for the guest's
guest.disk operations (guest/init).  Each test prints one "PASS: NAME:
..." or "FAIL: NAME: ..." line:

  disk-url-raw        a 1 GiB raw image from a URL (virtio-blk): the
                      digests of blocks far apart equal the image's, and
                      the server sent a few MiB, not the image
  disk-url-qcow2      a compressed qcow2 from a URL as the backing file of
                      a local qcow2 overlay: a block written in one run is
                      read back in the next; the image on the server is
                      unchanged
  disk-url-json       json:{...} with options, snapshot=on: a write is
                      read back in the same run
  disk-url-retry      the server fails the first request (503), then
                      drops the next connection: retried, digests equal
  disk-url-midway     the server fails every request after the first few
                      while the guest reads: the error names the URL, the
                      guest goes on and powers off
  disk-url-bad-*      a server that ignores Range, gzips, cuts the body
                      short, sends the wrong range, never answers, fails
                      with 500 or 404, or is not there: QEMU exits
                      non-zero with an error that names the URL
  disk-local-snapshot a local raw image with snapshot=on: the guest's
                      write is read back, the file is unchanged

    disk.py WORKDIR [--only NAME] -- COMMAND...
"""

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from net import free_port  # noqa: E402
from rangeserver import RangeServer  # noqa: E402

WASM_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QEMU_IMG = os.path.join(WASM_DIR, "guest", "qemu-img.sh")
BLOCK = 65536
GIB = 1 << 30
MIB = 1 << 20
# Blocks of the 1 GiB image, far apart; its first MiB is the partition
# table's, read by the guest's kernel anyway.
RAW_OFFSETS = [MIB, 300 * MIB + 4096 * 7, 512 * MIB, 777 * MIB, GIB - BLOCK]
# The qcow2 base is 64 MiB; the overlay test writes at WRITE_OFFSET.
BASE_SIZE = 64 * MIB
BASE_OFFSETS = [0, 5 * MIB + 4096, 33 * MIB, BASE_SIZE - BLOCK]
WRITE_OFFSET = 40 * MIB
# The most the raw test may fetch: the kernel's partition scan and
# readahead, and the driver's chunks, around each block read.
RAW_FETCH_LIMIT = 32 * MIB

results = []


def report(name, ok, detail):
    results.append(ok)
    print("%s: %s: %s" % ("PASS" if ok else "FAIL", name, detail), flush=True)


def make_image(path, size, offsets, seed):
    """A sparse image with a random block at each offset; their digests."""
    digests = {}
    rand = hashlib.sha256(seed.encode()).digest()
    with open(path, "wb") as f:
        f.truncate(size)
        for offset in offsets:
            block = b""
            while len(block) < BLOCK:
                rand = hashlib.sha256(rand).digest()
                block += rand * 64
            block = block[:BLOCK]
            f.seek(offset)
            f.write(block)
            digests[offset] = hashlib.sha256(block).hexdigest()
    return digests


def make_raw(workdir):
    """The 1 GiB raw image of the URL tests (made once); its digests."""
    path = os.path.join(workdir, "raw.img")
    if not os.path.exists(path):
        make_raw.digests = make_image(path, GIB, RAW_OFFSETS, "raw")
    return make_raw.digests


def word_digest(word):
    """What guest/init writes for wOFFSET:WORD: 4 KiB of "WORD\\n"."""
    data = ((word + "\n") * 4096).encode()[:4096]
    return hashlib.sha256(data).hexdigest()


def file_digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(MIB), b""):
            h.update(chunk)
    return h.hexdigest()


class Runner:
    def __init__(self, command, workdir, timeout):
        self.command = command
        self.workdir = workdir
        self.timeout = timeout
        self.count = 0

    def run(self, name, ops, drive, extra=()):
        """Boot with guest.disk=OPS and DRIVE; the console and status."""
        self.count += 1
        args = [a.replace("{ops}", ",".join(ops)) for a in self.command]
        args += ["-drive", drive] + list(extra)
        log = os.path.join(self.workdir, "%s-%d.log" % (name, self.count))
        t0 = time.time()
        try:
            p = subprocess.run(args, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               timeout=self.timeout, cwd=WASM_DIR)
            out, status = p.stdout.decode(errors="replace"), p.returncode
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"").decode(errors="replace")
            status = "timeout"
        with open(log, "w") as f:
            f.write(out)
        return out, status, time.time() - t0, log


def reads(out):
    """{offset: digest} from the guest's "QEMU-WASM-DISK: r" lines."""
    return {int(m.group(1)): m.group(2) for m in
            re.finditer(r"QEMU-WASM-DISK: r (\d+) \d+ ([0-9a-f]{64})", out)}


def read_ops(offsets):
    return ["r%d:%d" % (o, BLOCK) for o in offsets]


def check_reads(name, out, expected, status, log):
    got = reads(out)
    bad = [o for o in expected if got.get(o) != expected[o]]
    if "QEMU-WASM-DISK: done" not in out or status != 0:
        return "no end of test, exit %s (see %s)" % (status, log)
    if bad:
        return "digests differ at %s (see %s)" % (bad, log)
    return None


def test_raw(runner, server, workdir):
    name = "disk-url-raw"
    expected = make_raw(workdir)
    server.mode = "ok"
    server.reset_counts()
    out, status, secs, log = runner.run(
        name, read_ops(RAW_OFFSETS),
        "file=%s,format=raw,if=virtio,readonly=on" % server.url("raw.img"))
    error = check_reads(name, out, expected, status, log)
    if not error and server.sent > RAW_FETCH_LIMIT:
        error = "fetched %d bytes, more than %d" % (server.sent,
                                                   RAW_FETCH_LIMIT)
    report(name, not error, error or
           "%d blocks of a 1 GiB image right, %.1f MiB in %d requests, %.0fs"
           % (len(RAW_OFFSETS), server.sent / MIB, server.requests, secs))


def qemu_img(workdir, *args):
    subprocess.run([QEMU_IMG] + list(args), cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)


def make_base(workdir):
    expected = make_image(os.path.join(workdir, "base.img"), BASE_SIZE,
                          BASE_OFFSETS, "base")
    qemu_img(workdir, "convert", "-c", "-f", "raw", "-O", "qcow2",
             "base.img", "base.qcow2")
    return expected


def test_qcow2_overlay(runner, server, workdir, expected):
    name = "disk-url-qcow2"
    base = os.path.join(workdir, "base.qcow2")
    before = file_digest(base)
    overlay = os.path.join(workdir, "overlay.qcow2")
    if os.path.exists(overlay):
        os.unlink(overlay)
    # -u: the size is given, so qemu-img need not open the URL itself.
    qemu_img(workdir, "create", "-q", "-f", "qcow2", "-u", "-F", "qcow2",
             "-b", server.url("base.qcow2"), "overlay.qcow2", str(BASE_SIZE))
    drive = "file=%s,format=qcow2,if=virtio" % os.path.relpath(overlay,
                                                               WASM_DIR)
    word = "written-%d" % os.getpid()
    want = dict(expected)
    want[WRITE_OFFSET] = word_digest(word)
    server.mode = "ok"
    out1, status1, secs1, log1 = runner.run(
        name, ["w%d:%s" % (WRITE_OFFSET, word)] + read_ops(BASE_OFFSETS) +
        ["r%d:4096" % WRITE_OFFSET], drive)
    got1 = reads(out1)
    out2, status2, secs2, log2 = runner.run(
        name, read_ops(BASE_OFFSETS) + ["r%d:4096" % WRITE_OFFSET], drive)
    got2 = reads(out2)
    error = check_reads(name, out1, expected, status1, log1) or \
        check_reads(name, out2, expected, status2, log2)
    if not error and "QEMU-WASM-DISK: w %d ok" % WRITE_OFFSET not in out1:
        error = "the guest's write failed (see %s)" % log1
    elif not error and got1.get(WRITE_OFFSET) != want[WRITE_OFFSET]:
        error = "the write did not read back in the same run (see %s)" % log1
    elif not error and got2.get(WRITE_OFFSET) != want[WRITE_OFFSET]:
        error = "the write did not read back in the next run (see %s)" % log2
    elif not error and file_digest(base) != before:
        error = "the image on the server changed"
    report(name, not error, error or
           "compressed qcow2 from a URL under a local overlay: written, "
           "read back after restart (%.0fs + %.0fs)" % (secs1, secs2))


def test_json_snapshot(runner, server, workdir, expected):
    name = "disk-url-json"
    word = "snapshot-%d" % os.getpid()
    server.mode = "ok"
    spec = ('json:{"driver":"qcow2","file":{"driver":"http","url":"%s",'
            '"readahead":"1M","timeout":10}}' % server.url("base.qcow2"))
    out, status, secs, log = runner.run(
        name, ["w%d:%s" % (WRITE_OFFSET, word)] + read_ops(BASE_OFFSETS) +
        ["r%d:4096" % WRITE_OFFSET],
        "file=%s,if=virtio,snapshot=on" % spec.replace(",", ",,"))
    error = check_reads(name, out, expected, status, log)
    if not error and reads(out).get(WRITE_OFFSET) != word_digest(word):
        error = "the write did not read back (see %s)" % log
    report(name, not error, error or
           "json: with readahead=1M, snapshot=on: written and read back "
           "(%.0fs)" % secs)


def test_retry(runner, server, workdir, expected):
    name = "disk-url-retry"
    drive = "file=%s,format=qcow2,if=virtio,readonly=on" % \
        server.url("base.qcow2")
    details = []
    error = None
    for mode in ("fail-once", "drop-once"):
        server.mode = mode
        server.reset_counts()
        out, status, secs, log = runner.run(name, read_ops(BASE_OFFSETS),
                                            drive)
        error = check_reads(name, out, expected, status, log)
        if error:
            error = "%s: %s" % (mode, error)
            break
        details.append("%s: %d requests" % (mode, server.requests))
    report(name, not error, error or ", ".join(details) + ", digests equal")


def test_midway(runner, server, workdir):
    name = "disk-url-midway"
    url = server.url("raw.img")
    server.mode = "fail-after=2"
    out, status, secs, log = runner.run(
        name, read_ops(RAW_OFFSETS),
        "file=%s,format=raw,if=virtio,readonly=on" % url)
    server.mode = "ok"
    if status != 0 or "QEMU-WASM-DISK: done" not in out:
        error = "no end of test, exit %s (see %s)" % (status, log)
    elif url + ": HTTP 500" not in out:
        error = "no error naming the URL (see %s)" % log
    else:
        error = None
    report(name, not error, error or
           "guest read errors, QEMU said \"%s: HTTP 500 ...\", guest powered "
           "off (%.0fs)" % (url, secs))


BAD_SERVERS = [
    # name, server mode, drive options, file, expected message
    ("ignore-range", "ignore-range", "", "raw.img",
     r"ignored the Range request"),
    ("gzip", "gzip", "", "raw.img", r"encoded the image \(Content-Encoding: gzip\)"),
    ("short", "short", "", "raw.img", r"terminated"),
    ("wrong-range", "wrong-range", "", "raw.img", r"sent bytes 1-"),
    ("silent", "silent", ",file.timeout=1", "raw.img", r"no answer within 1 s"),
    ("500", "fail-after=0", "", "raw.img", r"HTTP 500"),
    ("404", "ok", "", "missing.img", r"HTTP 404"),
    ("down", "ok", "", None, r"fetch failed"),
]


def test_bad_servers(runner, server, workdir):
    for label, mode, options, image, pattern in BAD_SERVERS:
        name = "disk-url-bad-" + label
        server.mode = mode
        if image:
            url = server.url(image)
        else:
            url = "http://127.0.0.1:%d/raw.img" % free_port()
        # -S: nothing runs; the drive's open is the test.
        cmd = runner.command + ["-S", "-drive",
                      "driver=raw,file.driver=http,file.url=%s%s,if=none"
                      % (url, options)]
        t0 = time.time()
        try:
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=120, cwd=WASM_DIR)
            out, status = (p.stdout + p.stderr).decode(errors="replace"), \
                p.returncode
        except subprocess.TimeoutExpired:
            out, status = "", "timeout"
        secs = time.time() - t0
        server.mode = "ok"
        message = [line for line in out.splitlines() if url in line]
        if status in (0, "timeout"):
            report(name, False, "exit %s, no error" % status)
        elif not message or not re.search(pattern, message[-1]):
            report(name, False, "exit %s, no /%s/ naming the URL in: %s"
                   % (status, pattern, out.strip()[-300:]))
        else:
            report(name, True, "exit %d in %.1fs: %s" % (
                status, secs, message[-1].split(url + ": ")[-1]))


def test_local_snapshot(runner, workdir, expected):
    name = "disk-local-snapshot"
    image = os.path.join(workdir, "base.img")
    before = file_digest(image)
    word = "local-%d" % os.getpid()
    out, status, secs, log = runner.run(
        name, ["w%d:%s" % (WRITE_OFFSET, word)] + read_ops(BASE_OFFSETS) +
        ["r%d:4096" % WRITE_OFFSET],
        "file=%s,format=raw,if=virtio,snapshot=on" %
        os.path.relpath(image, WASM_DIR))
    error = check_reads(name, out, expected, status, log)
    if not error and reads(out).get(WRITE_OFFSET) != word_digest(word):
        error = "the write did not read back (see %s)" % log
    elif not error and file_digest(image) != before:
        error = "snapshot=on wrote to the image"
    report(name, not error, error or
           "written and read back, the file unchanged (%.0fs)" % secs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workdir")
    parser.add_argument("--only", action="append")
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    workdir = os.path.abspath(args.workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    runner = Runner(args.command, workdir, args.timeout)
    server = RangeServer(workdir).start()
    only = set(args.only or [])

    def wanted(name):
        return not only or name in only

    base_expected = make_base(workdir)
    if wanted("raw"):
        test_raw(runner, server, workdir)
    if wanted("qcow2"):
        test_qcow2_overlay(runner, server, workdir, base_expected)
    if wanted("json"):
        test_json_snapshot(runner, server, workdir, base_expected)
    if wanted("retry"):
        test_retry(runner, server, workdir, base_expected)
    if wanted("midway"):
        make_raw(workdir)
        test_midway(runner, server, workdir)
    if wanted("bad"):
        make_raw(workdir)
        test_bad_servers(runner, server, workdir)
    if wanted("local"):
        test_local_snapshot(runner, workdir, base_expected)
    server.shutdown()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
