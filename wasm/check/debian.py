#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The Debian guest (guest/debian.sh) under Node.js, from the page's saved
machine (web/build.sh: build/web/snapshot-debian), its disk from a URL.

Serves the guest's directory on the loopback (check/rangeserver.py) and
runs the emulator command given after "--", in which {url} stands for the
qcow2 image's URL, {port} for the server's port, {state} for the saved
machine and {overlay} for a copy of the overlay saved with it.  At root's
prompt: the system is Debian 13; a NIC is plugged into the running
machine (device_add, on the netdev "net0" of the command), which
configures it by DHCP; apt-get, pointed at the flat repository the server
also serves (through the gateway, 10.0.2.2), installs "hello", which runs;
poweroff ends QEMU.  Prints one "PASS: debian-node: ..." or "FAIL: ..."
line with the times and the bytes fetched.  The boot itself is
web/build.sh's: it saves the machine at root's first prompt.

    debian.py GUEST_DIR SNAPSHOT_DIR LOG -- COMMAND...
"""

import gzip
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "runner"))
from console import Console, ConsoleError, DEBIAN_PROMPT  # noqa: E402
from rangeserver import RangeServer  # noqa: E402

NAME = "debian-node"
MIB = 1 << 20


def gunzip(src, dst):
    with gzip.open(src, "rb") as f, open(dst, "wb") as out:
        shutil.copyfileobj(f, out, MIB)


def main():
    args = sys.argv[1:]
    if len(args) < 5 or args[3] != "--":
        sys.exit(__doc__)
    guest_dir, snap_dir, log = args[:3]
    # Beside the log: QEMU runs in the build root, which sees the checkout.
    tmp = tempfile.mkdtemp(prefix="debian-node-", dir=os.path.dirname(os.path.abspath(log)))
    state, overlay = os.path.join(tmp, "state"), os.path.join(tmp, "disk.qcow2")
    gunzip(os.path.join(snap_dir, "default.state.gz"), state)
    gunzip(os.path.join(snap_dir, "disk.qcow2.gz"), overlay)
    server = RangeServer(guest_dir).start()
    url = server.url("debian-x86_64.qcow2")
    command = [a.replace("{url}", url).replace("{port}", str(server.port))
               .replace("{state}", state).replace("{overlay}", overlay)
               for a in args[4:]]
    console = Console(command, log, prompt=DEBIAN_PROMPT,
                      cwd=os.path.dirname(HERE))
    try:
        at_prompt = console.prompt(300)
        fetched = server.sent
        console.send("cat /etc/debian_version\n")
        # bash switches bracketed paste off before the output, with a \r
        version = console.expect(rb"[\r\n](\d+)\.\d+\r?\n", 60).group(1)
        console.expect(DEBIAN_PROMPT, 60)
        console.toggle_monitor()
        console.monitor("device_add virtio-net-pci,netdev=net0,id=nic0")
        console.toggle_monitor()
        plugged = console.now()
        console.send("for i in $(seq 120); do ip -4 -o addr show eth0 | "
                     "grep -q 'inet ' && break; sleep 1; done; "
                     "ip -4 -o addr show eth0 | grep -o 'inet [0-9.]*'\n")
        address = console.expect(rb"inet (\d+\.\d+\.\d+\.\d+)", 300).group(1)
        t_dhcp = console.now() - plugged
        console.expect(DEBIAN_PROMPT, 60)
        # Only the test's repository: nothing leaves the loopback.
        console.send(
            "rm -f /etc/apt/sources.list /etc/apt/sources.list.d/*; "
            "echo 'deb [trusted=yes] http://10.0.2.2:%d/repo/ ./' "
            ">/etc/apt/sources.list.d/test.list; "
            "apt-get -q update && apt-get -q -y install hello && hello; "
            "echo APT-STATUS-$?\n" % server.port)
        started = console.now()
        status = console.expect(rb"APT-STATUS-(\d+)", 900).group(1)
        t_apt = console.now() - started
        console.expect(DEBIAN_PROMPT, 60)
        console.send("poweroff\n")
        exit_status = console.wait(180)
    except ConsoleError as e:
        console.kill()
        print("FAIL: %s: %s (see %s)" % (NAME, e, log))
        return 1
    finally:
        shutil.rmtree(tmp)
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
        print("PASS: %s: root's prompt %.1f s after the start from the saved "
              "machine, %.1f MiB of the %.0f MiB image fetched; a NIC plugged "
              "in: %s by DHCP in %.0f s; apt-get installed hello from the "
              "test's repository in %.0f s; poweroff" %
              (NAME, at_prompt, fetched / MIB,
               os.path.getsize(os.path.join(guest_dir, "debian-x86_64.qcow2"))
               / MIB, address.decode(), t_dhcp, t_apt))
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
