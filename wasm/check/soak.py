#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The Node.js half of make soak (check/soak.sh): the guest's soak mode
(guest/init) under the emulator for MINUTES, its serial console in a file
and the monitor on stdio, sampled every minute: rounds done, the resident
memory of the Node.js process, and the 'info jit' counters.  Writes
OUT/soak-node.tsv and OUT/soak-node-serial.txt; check/soak.sh judges them.

Usage: soak.py WASM_DIR OUT MINUTES -- QEMU-COMMAND...
"""

import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "runner"))
from console import Console, ConsoleError, MONITOR_PROMPT  # noqa: E402


def rss_mib(pgid):
    """Resident memory of the node processes in process group @pgid."""
    kib = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:
                continue
            with open(f"/proc/{pid}/status") as f:
                status = f.read()
            if re.search(r"^Name:\s*node", status, re.M):
                kib += int(re.search(r"^VmRSS:\s*(\d+)", status, re.M).group(1))
        except (OSError, AttributeError, IndexError):
            pass
    return kib // 1024


def main():
    wasm_dir, out, minutes = sys.argv[1], sys.argv[2], int(sys.argv[3])
    command = sys.argv[sys.argv.index("--") + 1:]
    serial = os.path.join(out, "soak-node-serial.txt")
    # The emulator runs in the build root with the checkout's layout, so
    # the serial file is named relative to WASM_DIR.
    serial_arg = os.path.relpath(serial, wasm_dir)
    if os.path.exists(serial):
        os.unlink(serial)
    console = Console(command + ["-serial", f"file:{serial_arg}",
                                 "-monitor", "stdio"],
                      log_path=os.path.join(out, "soak-node-monitor.log"),
                      cwd=wasm_dir)
    console.in_monitor = True
    rows = ["minute\trounds\trss_mib\tlive\ttable\tcompiled\tfreed"]
    tsv = os.path.join(out, "soak-node.tsv")
    status = 0
    try:
        console.expect(MONITOR_PROMPT, 120)
        for minute in range(1, minutes + 1):
            time.sleep(max(0, console.t0 + 60 * minute - time.monotonic()))
            console.send("info jit\n")
            stats = console.expect(rb"wasm-stats: ([^\r\n]*)", 60).group(1)
            console.expect(MONITOR_PROMPT, 60)
            stat = dict(re.findall(r"(\w+)=(\d+)", stats.decode()))
            try:
                with open(serial, errors="replace") as f:
                    rounds = f.read().count("QEMU-WASM-SOAK: round")
            except OSError:
                rounds = 0
            rows.append("\t".join(str(v) for v in [
                minute, rounds, rss_mib(console.proc.pid),
                stat.get("live", "-"), stat.get("table", "-"),
                stat.get("compiled", "-"), stat.get("freed", "-")]))
            with open(tsv, "w") as f:
                f.write("\n".join(rows) + "\n")
        console.quit()
    except ConsoleError as e:
        print(f"FAIL: soak-node: {e}")
        status = 1
    finally:
        console.kill()
    return status


if __name__ == "__main__":
    sys.exit(main())
