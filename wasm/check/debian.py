#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The Debian guest (guest/debian.sh) under Node.js, its disk from a URL.

Serves the guest's directory on the loopback (check/rangeserver.py) and
boots the emulator command given after "--", in which {url} stands for the
qcow2 image's URL and {port} for the server's port, with a NIC on the user
network.  At root's prompt: the system is Debian 13; apt-get, pointed at
the flat repository the server also serves (through the gateway,
10.0.2.2), installs "hello", which runs; poweroff ends QEMU.  Prints one
"PASS: debian-node: ..." or "FAIL: ..." line with the time to the prompt
and the bytes fetched.

    debian.py GUEST_DIR LOG -- COMMAND...
"""

import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "runner"))
from console import Console, ConsoleError, DEBIAN_PROMPT  # noqa: E402
from rangeserver import RangeServer  # noqa: E402

NAME = "debian-node"
MIB = 1 << 20


def main():
    args = sys.argv[1:]
    if len(args) < 4 or args[2] != "--":
        sys.exit(__doc__)
    guest_dir, log = args[0], args[1]
    server = RangeServer(guest_dir).start()
    url = server.url("debian-x86_64.qcow2")
    command = [a.replace("{url}", url).replace("{port}", str(server.port))
               for a in args[3:]]
    console = Console(command, log, prompt=DEBIAN_PROMPT,
                      cwd=os.path.dirname(HERE))
    try:
        console.expect(DEBIAN_PROMPT, 1200)
        at_prompt = console.now()
        fetched = server.sent
        console.send("cat /etc/debian_version\n")
        # bash switches bracketed paste off before the output, with a \r
        version = console.expect(rb"[\r\n](\d+)\.\d+\r?\n", 60).group(1)
        console.expect(DEBIAN_PROMPT, 60)
        # Only the test's repository: nothing leaves the loopback.
        console.send(
            "rm -f /etc/apt/sources.list /etc/apt/sources.list.d/*; "
            "echo 'deb [trusted=yes] http://10.0.2.2:%d/repo/ ./' "
            ">/etc/apt/sources.list.d/test.list; "
            "apt-get -q update && apt-get -q -y install hello && hello; "
            "echo APT-STATUS-$?\n" % server.port)
        status = console.expect(rb"APT-STATUS-(\d+)", 900).group(1)
        t_apt = console.now() - at_prompt
        console.expect(DEBIAN_PROMPT, 60)
        console.send("poweroff\n")
        exit_status = console.wait(180)
    except ConsoleError as e:
        console.kill()
        print("FAIL: %s: %s (see %s)" % (NAME, e, log))
        return 1
    with open(log, "rb") as f:
        text = f.read()
    if version != b"13":
        print("FAIL: %s: /etc/debian_version is %s, not 13" % (NAME, version))
    elif status != b"0" or b"Hello, world!" not in text:
        print("FAIL: %s: apt-get install hello: status %s (see %s)"
              % (NAME, status.decode(), log))
    elif exit_status != 0:
        print("FAIL: %s: exit status %s after poweroff" % (NAME, exit_status))
    else:
        print("PASS: %s: root's prompt at %.0f s with %.1f MiB of the %.0f MiB "
              "image fetched; apt-get installed hello from the test's "
              "repository in %.0f s; poweroff" %
              (NAME, at_prompt, fetched / MIB,
               os.path.getsize(os.path.join(guest_dir, "debian-x86_64.qcow2"))
               / MIB, t_apt))
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
