#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Boot the default guest of GUEST_ARCH (common.sh; make demo ARCH=...), or
# with GUEST=debian the Debian guest (guest/debian.sh, x86_64), to an
# interactive shell under Node.js: the serial console is this terminal.
# "poweroff" in the guest, or Ctrl-A x, ends it.
# The first run saves the machine when its prompt first appears (QEMU's
# "migrate file:", into the cache, keyed by the binary, the guest, the
# firmware and the command line); later runs restore that state
# (-incoming) instead of booting.  COLD=1 boots from scratch and saves
# nothing.  NET=1 gives the guest a NIC on QEMU's user network (passt:
# 10.0.2.15, the host's loopback at 10.0.2.2).  Extra arguments go to QEMU
# (and into the key).  QEMU runs through runner/qemu-system-ARCH
# (launch_qemu, toolchain/qemu.sh).

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
guest_arch_args "$GUEST_ARCH"

cd "$WASM_DIR"
mkdir -p "$CACHE_DIR/snapshots"
console=()
case ${GUEST:-busybox} in
busybox)
    guest=$("$WASM_DIR/guest/build.sh" --print-dir)
    guest_args "$guest" build/firmware guest.mode=shell
    inputs=("$guest/$GUEST_KERNEL" "$guest/initramfs.cpio.gz")
    name=$GUEST_ARCH prompt='"guest# "' boot_time="about 25 s" ;;
debian)
    [ "$GUEST_ARCH" = x86_64 ] || die "GUEST=debian is an x86_64 guest"
    guest=$("$WASM_DIR/guest/debian.sh")
    inputs=("$guest/vmlinux" "$guest/initrd.img" "$guest/debian-x86_64.qcow2")
    # The disk: an overlay of the image, in the cache.  A saved machine
    # keeps a copy of the overlay as it was when saved, and each start from
    # that state runs on a fresh copy of it: disk and memory agree.
    disk=$CACHE_DIR/snapshots/demo-debian.qcow2
    debian_args "$guest" build/firmware "file=$disk,format=qcow2"
    console=(--debian)
    name="Debian (x86_64)" prompt='"root@debian:~# "' boot_time="about 2 min" ;;
*)
    die "GUEST=$GUEST: busybox (the default) or debian" ;;
esac
[ "${NET:-}" != 1 ] || guest_args_nic
qemu=("$WASM_DIR/runner/qemu-system-$GUEST_ARCH" "${GUEST_ARGS[@]}" "$@")

# new_overlay: a new, empty overlay of the Debian image at $disk.
new_overlay() {
    rm -f "$disk"
    (cd "$(dirname "$disk")" && "$WASM_DIR/guest/qemu-img.sh" create -q -f qcow2 \
        -F qcow2 -b "$guest/debian-x86_64.qcow2" "$(basename "$disk")") ||
        die "cannot create $disk"
}

if [ -n "${COLD:-}" ]; then
    [ -z "${disk:-}" ] || [ -f "$disk" ] || new_overlay
    echo "Booting the $name guest under Node.js ($boot_time; the shell prompt is $prompt; poweroff or Ctrl-A x ends it)..."
    exec "${qemu[@]}"
fi

key=$({ sha256sum "build/qemu-system-$GUEST_ARCH.js" "build/qemu-system-$GUEST_ARCH.wasm" \
            "${inputs[@]}" build/firmware/*
        printf '%s\n' "${GUEST_ARGS[@]}" "$@"; } | hash_key)
state=$CACHE_DIR/snapshots/demo-${GUEST:-$GUEST_ARCH}-$key.state
if [ -f "$state" ]; then
    echo "Starting the $name guest from its saved state (COLD=1 boots it instead)..."
    [ -z "${disk:-}" ] || cp "$state.disk" "$disk"
    exec python3 runner/console.py "${console[@]}" -- "${qemu[@]}" -incoming "file:$state"
fi
[ -z "${disk:-}" ] || new_overlay
echo "Booting the $name guest under Node.js ($boot_time; the shell prompt is $prompt);"
echo "it is saved at its first prompt, and the next run starts from there; poweroff or Ctrl-A x ends it..."
exec python3 runner/console.py "${console[@]}" --save "$state" ${disk:+--save-disk "$disk"} \
    -- "${qemu[@]}"
