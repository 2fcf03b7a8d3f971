# SPDX-License-Identifier: GPL-2.0-or-later
"""Save and restore a running guest with QEMU's own interfaces.

Usage: snapshot.py WASM_DIR OUT_DIR -- GUEST-ARGS...
(GUEST-ARGS: the default guest's QEMU arguments with guest.mode=shell,
paths relative to WASM_DIR, as common.sh's guest_args gives them.)

Prints one PASS:/FAIL: line per test (check/run.sh counts them):
  snapshot-node         wasm saves a running shell (monitor "migrate
                        file:"), a new wasm process restores it
                        (-incoming): a file written before the save reads
                        back, a counter the guest runs goes on
  snapshot-to-native    the state the wasm build saved restores in
                        Debian's native QEMU 10.0
  snapshot-from-native  a state native QEMU saved restores in the wasm build
  snapshot-bad-state    a missing, truncated, corrupt or mismatched (-m) state:
                        QEMU's error, a non-zero exit, no trap, no hang
  snapshot-net          a guest with a NIC on the user network (passt)
                        fetches a token from the host's loopback, is saved,
                        and fetches it again after the restore, through the
                        new process's passt
"""

import http.server
import threading

import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "runner"))
from console import Console, ConsoleError  # noqa: E402

KEEP = "echo kept-$((6*7)) >/tmp/keep"
# The counter is renamed into place: a reader of a file being rewritten
# in place can find it empty.
COUNTER = ("(i=0; while :; do i=$((i+1)); echo $i >/tmp/count.new;"
           " mv /tmp/count.new /tmp/count; sleep 1; done) >/dev/null 2>&1 &")

results = []


def report(name, ok, detail):
    print(f"{'PASS' if ok else 'FAIL'}: {name}: {detail}", flush=True)
    results.append(ok)


def shell(console, command, pattern, timeout=60):
    """Type @command; return the first group of @pattern in what follows."""
    console.send(command + "\n")
    return console.expect(pattern, timeout).group(1).decode()


def read_count(console, past=None):
    """The guest's counter; with @past, once it is greater than that (the
    guest waits up to 20 s of its time for it)."""
    wait = ("" if past is None else
            f"for i in $(seq 20); do [ $(cat /tmp/count) -gt {past} ] && break; "
            "sleep 1; done; ")
    return int(shell(console, wait + "echo count=$(cat /tmp/count)",
                     rb"count=(\d+)\r?\n"))


def start_guest(console):
    """At the fresh shell: a file, and a counter in the background."""
    console.prompt(180)
    console.send(KEEP + "\n")
    console.send(COUNTER + "\n")
    # Let the counter pass 1 before the save.
    shell(console, "sleep 2; echo started-$((6*7))", rb"(started-42)")
    return read_count(console)


def check_restored(console, saved_count):
    """The restored guest's file and counter; returns (ok, detail, seconds
    to the prompt)."""
    at_prompt = console.prompt(120)
    keep = shell(console, "cat /tmp/keep", rb"(kept-\d+)\r?\n")
    first = read_count(console)
    second = read_count(console, past=first)
    ok = keep == "kept-42" and first >= saved_count and second > first
    return ok, (f"file {keep}, counter {saved_count} at the save, "
                f"{first} then {second} after"), at_prompt


class Runner:
    def __init__(self, wasm_dir, out_dir, guest_args):
        self.wasm_dir = wasm_dir
        self.out_dir = out_dir
        self.guest_args = guest_args

    def wasm(self, log, *extra, guest_args=None):
        return Console([os.path.join(self.wasm_dir, "runner",
                                     "qemu-system-x86_64")]
                       + (guest_args or self.guest_args) + list(extra),
                       os.path.join(self.out_dir, log), cwd=self.wasm_dir)

    def native(self, log, *extra):
        return Console([os.path.join(self.wasm_dir, "guest", "native-qemu.sh"),
                        "shell", "--"] + list(extra),
                       os.path.join(self.out_dir, log), cwd=self.wasm_dir)

    def path(self, name):
        return os.path.join(self.out_dir, name)


def save(qemu, state):
    """Start the guest's file and counter, save the machine to @state and
    quit; returns (the counter at the save, seconds the save took)."""
    try:
        saved_count = start_guest(qemu)
        took = qemu.save_state(state, resume=False)
        qemu.quit()
    finally:
        qemu.kill()
    return saved_count, took


def restore(qemu, saved_count):
    """Check the restored guest in @qemu and quit; returns (ok, detail,
    seconds to the prompt)."""
    try:
        ok, detail, at_prompt = check_restored(qemu, saved_count)
        ok = qemu.quit() == 0 and ok
    finally:
        qemu.kill()
    return ok, detail, at_prompt


def test_node(r):
    state = r.path("wasm.state")
    saved_count, took = save(r.wasm("save-wasm.log"), state)
    ok, detail, at_prompt = restore(
        r.wasm("restore-wasm.log", "-incoming", f"file:{state}"), saved_count)
    report("snapshot-node", ok,
           f"saved {os.path.getsize(state) >> 20} MiB in {took:.1f} s; "
           f"restored prompt at {at_prompt:.1f} s; {detail}")
    return saved_count


def test_to_native(r, saved_count):
    ok, detail, at_prompt = restore(
        r.native("restore-native.log", "-incoming",
                 f"file:{r.path('wasm.state')}"), saved_count)
    report("snapshot-to-native", ok,
           f"native QEMU at the prompt after {at_prompt:.1f} s; {detail}")


def test_from_native(r):
    state = r.path("native.state")
    saved_count, _ = save(r.native("save-native.log"), state)
    ok, detail, at_prompt = restore(
        r.wasm("restore-from-native.log", "-incoming", f"file:{state}"),
        saved_count)
    report("snapshot-from-native", ok,
           f"wasm at the prompt after {at_prompt:.1f} s; {detail}")


def test_bad_state(r):
    good = open(r.path("wasm.state"), "rb").read()
    cases = {
        "truncated": (good[:len(good) // 2], []),
        "corrupt": (good[:4096] + bytes(len(good) - 4096), []),
        "mismatched": (good, ["-m", "128"]),
    }
    failures = []
    seen = []
    cases["missing"] = (None, [])
    for name, (data, args) in cases.items():
        path = r.path(f"{name}.state")
        if data is None:
            if os.path.exists(path):
                os.remove(path)
        else:
            with open(path, "wb") as f:
                f.write(data)
        # A later -m overrides the guest's own.
        qemu = r.wasm(f"bad-{name}.log", "-incoming", f"file:{path}", *args)
        try:
            status = qemu.wait(120)
        except ConsoleError as e:
            failures.append(f"{name}: {e}")
            continue
        finally:
            qemu.kill()
        log = open(r.path(f"bad-{name}.log"), "rb").read().decode(errors="replace")
        message = re.search(r"(load of migration failed|Could not open)[^\n]*", log)
        if status == 0 or not message or "RuntimeError" in log:
            failures.append(f"{name}: exit {status}, "
                            f"{message.group(0) if message else 'no error message'}")
        else:
            seen.append(f"{name}: exit {status}")
    report("snapshot-bad-state", not failures,
           "; ".join(failures) if failures else
           ", ".join(seen) + ", each with QEMU's error")


def test_net(r):
    token = "tok-" + os.urandom(8).hex()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = (token + "\n").encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # The guest's machine with a virtio NIC in place of its -nic none.
    args = []
    for a in r.guest_args:
        if args and args[-1] == "-nic" and a == "none":
            args.pop()
        else:
            args.append(a)
    args += ["-nic", "user,model=virtio-net-pci"]
    fetch = (f"wget -q -T 20 -O - http://10.0.2.2:{server.server_address[1]}/token",
             rb"(tok-[0-9a-f]{16})\r?\n")
    state = r.path("net.state")
    try:
        qemu = r.wasm("save-net.log", guest_args=args)
        try:
            qemu.prompt(180)
            before = shell(qemu, *fetch)
            qemu.save_state(state, resume=False)
            qemu.quit()
        finally:
            qemu.kill()
        qemu = r.wasm("restore-net.log", "-incoming", f"file:{state}", guest_args=args)
        try:
            qemu.prompt(120)
            after = shell(qemu, *fetch)
            ok = qemu.quit() == 0 and before == token == after
        finally:
            qemu.kill()
    finally:
        server.shutdown()
    report("snapshot-net", ok, f"fetched {before} before the save and {after} after the restore")


def main():
    sep = sys.argv.index("--")
    wasm_dir, out_dir = sys.argv[1:sep]
    os.makedirs(out_dir, exist_ok=True)
    r = Runner(wasm_dir, out_dir, sys.argv[sep + 1:])
    try:
        saved_count = test_node(r)
    except ConsoleError as e:
        report("snapshot-node", False, str(e))
        return 1
    for name, test, args in (("snapshot-to-native", test_to_native, (saved_count,)),
                             ("snapshot-from-native", test_from_native, ()),
                             ("snapshot-bad-state", test_bad_state, ()),
                             ("snapshot-net", test_net, ())):
        try:
            test(r, *args)
        except ConsoleError as e:
            report(name, False, str(e))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
