#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The Node.js half of make boot-loop (check/bootloop.sh): boots the guest
RUNS times, each bounded by LIMIT seconds, and tells a hang of the guest
from one of the emulator.  A boot that does not reach the guest's prompt
is asked, through the monitor (Ctrl-A c), for its vCPU's registers twice,
a few seconds apart: no answer means QEMU's main loop hangs; an answer
means the emulator runs and the guest does not get on (its program
counter still moving, or stuck).  Prints one line a boot and a summary;
exits 1 when any boot hung or QEMU exited early.  Logs: OUT/boot-N.log.

Usage: bootloop.py OUT RUNS LIMIT -- QEMU-COMMAND...
"""

import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "runner"))
from console import Console, ConsoleError, MONITOR_PROMPT  # noqa: E402

# The program counter in 'info registers' of x86 (RIP), Arm (PC) and
# RISC-V (pc).
PC = re.compile(rb"\b(?:RIP|PC|pc)\s*[=:]?\s*([0-9a-fA-F]{8,16})\b")


def program_counter(console):
    """The vCPU's program counter, or None when the monitor is silent."""
    try:
        if not console.in_monitor:
            console.toggle_monitor()
        console.send("info registers\n")
        pc = console.expect(PC, 20).group(1).decode()
        console.expect(MONITOR_PROMPT, 20)
        return pc
    except ConsoleError:
        return None


def thread_ticks(pgid):
    """CPU ticks of every thread of the processes in group @pgid."""
    ticks = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[2]) == pgid:
                    ticks[tid] = int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return ticks


def busy_threads(pgid, seconds=3):
    """How many of the group's threads ran most of @seconds, and of how many."""
    before = thread_ticks(pgid)
    time.sleep(seconds)
    after = thread_ticks(pgid)
    hz = os.sysconf("SC_CLK_TCK")
    busy = sum(1 for t, v in after.items()
               if v - before.get(t, v) > hz * seconds / 2)
    return f"{busy} of {len(after)} threads busy"


def last_line(path):
    with open(path, "rb") as f:
        lines = [line.strip() for line in f.read().splitlines() if line.strip()]
    return lines[-1].decode("latin1")[:80] if lines else "(no output)"


def boot(out, index, limit, command):
    log = os.path.join(out, f"boot-{index}.log")
    console = Console(command, log)
    try:
        return boot_verdict(console, log, limit)
    finally:
        console.kill()
        if console.log:
            console.log.close()


def boot_verdict(console, log, limit):
    try:
        console.prompt(timeout=limit)
        return "ok", f"prompt at {console.now():.1f} s"
    except ConsoleError:
        console.log.flush()
    seen = last_line(log)
    if console.proc.poll() is not None:
        return "fail", f"QEMU exited with status {console.proc.returncode}: {seen}"
    first = program_counter(console)
    if first is None:
        return "hang", (f"emulator: the monitor does not answer, "
                        f"{busy_threads(console.proc.pid)}; last output: {seen}")
    time.sleep(3)
    second = program_counter(console)
    if second is None:
        return "hang", f"emulator: the monitor stopped answering; last output: {seen}"
    moving = "moving" if first != second else "stuck"
    return "hang", f"guest: pc {first} then {second} ({moving}); last output: {seen}"


def main():
    out, runs, limit = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    command = sys.argv[sys.argv.index("--") + 1:]
    os.makedirs(out, exist_ok=True)
    hangs = failures = 0
    for i in range(1, runs + 1):
        t0 = time.monotonic()
        verdict, detail = boot(out, i, limit, command)
        hangs += verdict == "hang"
        failures += verdict == "fail"
        print(f"boot {i}/{runs}: {verdict}: {detail} "
              f"({time.monotonic() - t0:.1f} s)", flush=True)
    print(f"{runs} boots: {runs - hangs - failures} reached the prompt, "
          f"{hangs} hung, {failures} failed")
    sys.exit(1 if hangs or failures else 0)


if __name__ == "__main__":
    main()
