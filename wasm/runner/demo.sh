#!/bin/bash
# Boot the default guest of GUEST_ARCH (common.sh; make demo ARCH=...) to an
# interactive shell under Node.js: the serial console is this terminal.  "poweroff -f" in the guest, or Ctrl-A x, ends it.
# The first run saves the machine when its prompt first appears (QEMU's
# "migrate file:", into the cache, keyed by the binary, the guest, the
# firmware and the command line); later runs restore that state
# (-incoming) instead of booting.  COLD=1 boots from scratch and saves
# nothing.  NET=1 gives the guest a NIC on QEMU's user network (passt:
# 10.0.2.15, the host's loopback at 10.0.2.2).  Extra arguments go to QEMU
# (and into the key).
. "$(dirname "$0")/../toolchain/common.sh"

guest=$("$WASM_DIR/guest/build.sh" --print-dir)
cd "$WASM_DIR"
guest_args "$guest" build/firmware guest.mode=shell
[ "${NET:-}" != 1 ] || guest_args_nic
qemu=("$WASM_DIR/runner/qemu-system-$GUEST_ARCH" "${GUEST_ARGS[@]}" "$@")

if [ -n "${COLD:-}" ]; then
    echo "Booting the $GUEST_ARCH guest under Node.js (about 25 s; the shell prompt is \"guest# \"; poweroff or Ctrl-A x ends it)..."
    exec "${qemu[@]}"
fi

key=$({ sha256sum "build/qemu-system-$GUEST_ARCH.js" "build/qemu-system-$GUEST_ARCH.wasm" \
            "$guest/$GUEST_KERNEL" "$guest/initramfs.cpio.gz" build/firmware/*
        printf '%s\n' "${GUEST_ARGS[@]}" "$@"; } | sha256sum | cut -c1-16)
mkdir -p "$CACHE_DIR/snapshots"
state=$CACHE_DIR/snapshots/demo-$GUEST_ARCH-$key.state
if [ -f "$state" ]; then
    echo "Starting the $GUEST_ARCH guest from its saved state (COLD=1 boots it instead)..."
    exec python3 runner/console.py -- "${qemu[@]}" -incoming "file:$state"
fi
echo "Booting the $GUEST_ARCH guest under Node.js (about 25 s; the shell prompt is \"guest# \");"
echo "it is saved at its first prompt, and the next run starts from there; poweroff or Ctrl-A x ends it..."
exec python3 runner/console.py --save "$state" -- "${qemu[@]}"
