#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The Debian guest's start under Node.js: cold, and from a saved state.

Serves the guest's directory on the loopback (check/rangeserver.py);
creates a local qcow2 overlay whose backing file is the image's URL;
boots the emulator command given after "--" ({overlay} stands for the
overlay's path) to root's prompt, saves the machine there (with a copy
of the overlay), then restores it in a new process on that copy.
Prints a table: image size, seconds to the prompt and bytes fetched,
on the host's clock; and the page's steps in Chromium, if WORKDIR has
them (debian-chromium.json, from check/browser.mjs).

    debian.py GUEST_DIR WORKDIR -- COMMAND...
"""

import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WASM_DIR = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(WASM_DIR, "check"))
sys.path.insert(0, os.path.join(WASM_DIR, "runner"))
from console import Console, DEBIAN_PROMPT  # noqa: E402
from rangeserver import RangeServer  # noqa: E402

MIB = 1 << 20


def main():
    args = sys.argv[1:]
    if len(args) < 4 or args[2] != "--":
        sys.exit(__doc__)
    guest_dir, workdir = args[0], os.path.abspath(args[1])
    os.makedirs(workdir, exist_ok=True)
    server = RangeServer(guest_dir).start()
    image = os.path.join(guest_dir, "debian-x86_64.qcow2")
    overlay = os.path.join(workdir, "overlay.qcow2")
    state = os.path.join(workdir, "debian.state")
    for f in (overlay, state, state + ".disk"):
        if os.path.exists(f):
            os.unlink(f)
    subprocess.run([os.path.join(WASM_DIR, "guest", "qemu-img.sh"), "create",
                    "-q", "-f", "qcow2", "-u", "-F", "qcow2", "-b",
                    server.url("debian-x86_64.qcow2"), "overlay.qcow2", "4G"],
                   cwd=workdir, check=True)
    command = [a.replace("{overlay}", overlay) for a in args[3:]]

    console = Console(command, os.path.join(workdir, "cold.log"),
                      prompt=DEBIAN_PROMPT, cwd=WASM_DIR)
    console.expect(DEBIAN_PROMPT, 1800)
    cold, cold_bytes, cold_requests = console.now(), server.sent, \
        server.requests
    console.settle()
    save_secs = console.save_state(state, resume=False, disk=overlay)
    console.quit()

    server.reset_counts()
    shutil.copyfile(state + ".disk", overlay)
    console = Console(command + ["-incoming", "file:" + state],
                      os.path.join(workdir, "restore.log"),
                      prompt=DEBIAN_PROMPT, cwd=WASM_DIR)
    restored = console.prompt(300)
    restore_bytes = server.sent
    console.send("poweroff\n")
    console.wait(300)
    server.shutdown()

    print("The Debian guest under Node.js (JIT), its image from a URL on "
          "the loopback, host clock")
    print("image: %.0f MiB qcow2 (compressed), 4096 MiB disk; saved state "
          "%.0f MiB, saved in %.1f s" % (os.path.getsize(image) / MIB,
                                         os.path.getsize(state) / MIB,
                                         save_secs))
    print("%-22s %10s %14s %10s" % ("", "seconds", "MiB fetched", "requests"))
    print("%-22s %10.1f %14.1f %10d" % ("cold boot to prompt", cold,
                                        cold_bytes / MIB, cold_requests))
    print("%-22s %10.1f %14.1f %10s" % ("from the saved state", restored,
                                        restore_bytes / MIB, ""))
    # The page's steps, when bench/debian.sh ran it (check/browser.mjs).
    page = os.path.join(workdir, "debian-chromium.json")
    if os.path.exists(page):
        with open(page) as f:
            steps = json.load(f)
        print("\nThe page in Chromium (check/browser.mjs browser-debian and "
              "browser-debian-cold); a restored machine: from the page's "
              "start to its first answer")
        print("%-64s %8s %12s %9s" % ("", "seconds", "MiB fetched", "requests"))
        for step, r in steps.items():
            print("%-64s %8.1f %12.1f %9d" % (step, r["seconds"],
                                              r["bytes"] / MIB, r["requests"]))


if __name__ == "__main__":
    main()
