# SPDX-License-Identifier: GPL-2.0-or-later
"""Drive a QEMU whose serial console and monitor share stdio (-nographic).

Console runs QEMU with pipes, waits for console output (expect), types
into the guest, and switches to the monitor (Ctrl-A c) for commands such
as saving the machine's state to a file:

    qemu = Console(argv, log_path)
    qemu.prompt()                     # the default guest's "guest# "
    qemu.save_state("/path/state")    # migrate to file:, then resume

Every time is on the host's monotonic clock, in seconds from the start.
"""

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time

PROMPT = rb"guest# "
# The Debian guest's root shell (bash may put bracketed paste's switch
# before it).
DEBIAN_PROMPT = rb"root@debian:[^#\r\n]*# "
MONITOR_PROMPT = rb"\(qemu\) "
TOGGLE_MONITOR = b"\x01c"
CURSOR_QUERY = b"\x1b[6n"
CURSOR_ANSWER = b"\x1b[1;1R"


class ConsoleError(Exception):
    """QEMU did not answer as expected; the message says what was awaited."""


class Console:
    def __init__(self, argv, log_path=None, cwd=None, prompt=PROMPT):
        self.t0 = time.monotonic()
        self.prompt_pattern = prompt
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, cwd=cwd,
                                     start_new_session=True)
        os.set_blocking(self.proc.stdout.fileno(), False)
        self.pending = b""
        self.log = open(log_path, "wb") if log_path else None
        self.in_monitor = False
        # Scripts stand in for a terminal; interact() has a real one.
        self.answer_cursor_queries = True

    def now(self):
        return time.monotonic() - self.t0

    def read(self, timeout):
        """New output within @timeout seconds (b"" if none); None at EOF."""
        ready, _, _ = select.select([self.proc.stdout], [], [], max(timeout, 0))
        if not ready:
            return b""
        data = self.proc.stdout.read(65536)
        if not data:
            return None
        if self.log:
            self.log.write(data)
            self.log.flush()
        return data

    def expect(self, pattern, timeout, poke=None, poke_every=0.25):
        """Wait for @pattern (bytes regex) in the output since the last match;
        return the match.  @poke, if given, is typed every @poke_every
        seconds until the pattern appears."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        next_poke = time.monotonic()
        while True:
            match = regex.search(self.pending)
            if match:
                self.pending = self.pending[match.end():]
                return match
            if poke is not None and time.monotonic() >= next_poke:
                self.send(poke)
                next_poke = time.monotonic() + poke_every
            left = deadline - time.monotonic()
            if left <= 0:
                raise ConsoleError(f"timed out after {timeout} s waiting for "
                                   f"{pattern!r}; the output ends "
                                   f"{self.pending[-80:]!r}")
            wait = min(left, max(next_poke - time.monotonic(), 0.01)) \
                if poke is not None else left
            data = self.read(wait)
            if data is None:
                raise ConsoleError(f"QEMU exited (status {self.proc.wait()}) "
                                   f"while waiting for {pattern!r}")
            # Answer as a terminal would: busybox's shell asks for the
            # cursor position after its prompt and takes what is typed next
            # for the answer until one comes.
            seen = self.pending[-(len(CURSOR_QUERY) - 1):] + data
            answer = self.answer_cursor_queries and not self.in_monitor
            for _ in range(seen.count(CURSOR_QUERY) if answer else 0):
                self.send(CURSOR_ANSWER)
            self.pending += data

    def toggle_monitor(self):
        """Switch between the guest's serial console and the monitor."""
        self.in_monitor = not self.in_monitor
        self.send(TOGGLE_MONITOR)
        if self.in_monitor:
            self.expect(MONITOR_PROMPT, 30)

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        try:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass

    def settle(self, quiet=1.0, timeout=30):
        """Read (and answer cursor queries) until QEMU has printed nothing
        for @quiet seconds: keystrokes the guest had queued are handled."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            before = len(self.pending)
            try:
                self.expect(rb"(?!)", quiet)   # matches nothing
            except ConsoleError as e:
                if "timed out" not in str(e):
                    raise
            if len(self.pending) == before:
                return

    def prompt(self, timeout=120):
        """Press Enter until the guest's shell prints its prompt: input
        typed before the machine runs (or before a restored state is
        loaded) is lost, so one keystroke at the start is not enough."""
        self.expect(self.prompt_pattern, timeout, poke=b"\n")
        return self.now()

    def monitor(self, command, timeout=60):
        """Run a monitor command (the console must be in monitor mode)."""
        self.send(command + "\n")
        self.expect(MONITOR_PROMPT, timeout)

    def save_state(self, path, resume=True, timeout=300, settle=True,
                   disk=None):
        """Save the running machine to @path through the monitor's
        "migrate file:" and wait until it completed; then resume the
        machine (the source stops when a migration ends) or leave it
        stopped.  Returns the seconds the save took.  With @settle the
        guest is let settle first, so that no keystroke or output is in
        flight in its serial port or terminal when the state is taken.
        @disk, an image file the machine writes, is copied to @path.disk
        while the machine is stopped (the migration flushed it), so that
        the state and its disk agree."""
        if settle:
            self.settle(0.5)
        self.toggle_monitor()
        started = self.now()
        self.monitor(f"migrate file:{path}", timeout)
        deadline = time.monotonic() + timeout
        while True:
            self.send("info migrate\n")
            match = self.expect(rb"Migration status: *(\S+)", 30)
            status = match.group(1).decode()
            self.expect(MONITOR_PROMPT, 30)
            if status == "completed":
                break
            if status in ("failed", "cancelled") or time.monotonic() > deadline:
                raise ConsoleError(f"migration to {path}: {status}")
            time.sleep(0.2)
        if disk:
            shutil.copyfile(disk, path + ".disk")
        took = self.now() - started
        if resume:
            self.monitor("cont")
        self.toggle_monitor()
        return took

    def quit(self, timeout=60):
        """Quit QEMU through the monitor; return its exit status."""
        if not self.in_monitor:
            self.toggle_monitor()
        self.send("quit\n")
        return self.wait(timeout)

    def wait(self, timeout=60):
        """Wait for QEMU to exit, draining its output; return its status."""
        deadline = time.monotonic() + timeout
        while True:
            data = self.read(0.2)
            if data is None:
                return self.proc.wait()
            self.pending += data
            if time.monotonic() > deadline:
                self.kill()
                raise ConsoleError(f"QEMU still running after {timeout} s")

    def kill(self):
        """Kill QEMU and what it runs in (its own process group)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()


def interact(console, save_to=None, save_disk=None):
    """Connect this terminal to @console until QEMU exits; return its exit
    status.  With @save_to, save the machine to that file the first time
    the guest's prompt appears (output during the save is not shown), then
    go on; without it, press Enter until the guest shows its prompt (a
    restored machine prints nothing by itself)."""
    import termios
    import tty

    console.answer_cursor_queries = False
    stdin = sys.stdin.fileno()
    saved_tty = termios.tcgetattr(stdin) if os.isatty(stdin) else None
    if saved_tty:
        tty.setraw(stdin)
    out = sys.stdout.buffer
    tail = b""
    waiting = save_to is None
    next_poke = time.monotonic()
    stdin_open = True
    try:
        while True:
            if waiting and time.monotonic() >= next_poke:
                console.send(b"\n")
                next_poke = time.monotonic() + 0.25
            ready, _, _ = select.select([console.proc.stdout]
                                        + ([stdin] if stdin_open else []),
                                        [], [], 0.1)
            if stdin_open and stdin in ready:
                data = os.read(stdin, 4096)
                stdin_open = bool(data)
                console.send(data)
            if console.proc.stdout not in ready:
                continue
            data = console.read(0)
            if data is None:
                break
            out.write(data)
            out.flush()
            tail = (tail + data)[-64:]
            # Busybox's shell asks for the cursor position after its prompt.
            at_prompt = re.search(console.prompt_pattern + rb"(\x1b\[6n)?$",
                                  tail)
            if at_prompt:
                waiting = False
            if save_to and at_prompt:
                    # The terminal answers the shell's cursor query
                    # itself; its answer waits in stdin during the save.
                    took = console.save_state(save_to + ".tmp", settle=False,
                                              disk=save_disk)
                    if save_disk:
                        os.replace(save_to + ".tmp.disk", save_to + ".disk")
                    os.replace(save_to + ".tmp", save_to)
                    size = os.path.getsize(save_to) >> 20
                    note(f"[saved this machine at its prompt: {size} MiB in "
                         f"{took:.1f} s; the next run starts from it]")
                    console.pending = b""
                    save_to = None
                    console.send(b"\n")
    finally:
        if saved_tty:
            termios.tcsetattr(stdin, termios.TCSADRAIN, saved_tty)
    return console.proc.wait()


def note(text):
    sys.stderr.write("\r\n" + text + "\r\n")
    sys.stderr.flush()


def snapshot(console, path):
    """Boot to the guest's prompt, save the machine to @path, quit.  The
    shell prints its prompt by itself, and nothing typed is left queued in
    the guest to come out after a restore."""
    console.expect(console.prompt_pattern, 1200)
    at = console.now()
    console.settle()
    took = console.save_state(path, resume=False)
    status = console.quit()
    print(f"prompt at {at:.1f} s, saved {os.path.getsize(path)} bytes in "
          f"{took:.1f} s, QEMU exit {status}")
    return status


def main():
    """console.py [--debian] [--save FILE] -- QEMU-COMMAND...: run QEMU on
    this terminal; see interact().
    console.py [--debian] --snapshot FILE -- QEMU-COMMAND...: boot without
    a terminal, save the machine to FILE at the guest's first prompt.
    --debian: the guest is the Debian guest (its prompt is root's).
    --save-disk IMAGE (after --save): IMAGE, which the machine writes, is
    saved with the state as FILE.disk."""
    args = sys.argv[1:]
    save_to = mode = None
    prompt = PROMPT
    if args[:1] == ["--debian"]:
        prompt, args = DEBIAN_PROMPT, args[1:]
    save_disk = None
    if args[:1] in (["--save"], ["--snapshot"]):
        mode, save_to, args = args[0], args[1], args[2:]
    if mode == "--save" and args[:1] == ["--save-disk"]:
        save_disk, args = args[1], args[2:]
    if args[:1] != ["--"] or len(args) < 2:
        sys.exit("usage: console.py [--debian] [--save FILE | --snapshot FILE] "
                 "-- QEMU-COMMAND...")
    console = Console(args[1:], prompt=prompt)
    try:
        if mode == "--snapshot":
            return snapshot(console, save_to)
        return interact(console, save_to, save_disk)
    except ConsoleError as e:
        note(f"[console: {e}]")
        console.kill()
        return 1


if __name__ == "__main__":
    sys.exit(main())
