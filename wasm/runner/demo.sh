#!/bin/bash
# Boot the default guest to an interactive shell under Node.js: the serial
# console is this terminal.  "poweroff -f" in the guest, or Ctrl-A x, ends it.
. "$(dirname "$0")/../toolchain/common.sh"

guest=$("$TOPDIR/guest/build.sh" --print-dir)
cd "$TOPDIR"
echo "Booting the default guest under Node.js (about a minute; the shell prompt is \"guest# \")..."
exec "$TOPDIR/runner/qemu-system-x86_64" -L build/firmware -M pc -m 256 \
    -nographic -no-reboot -nic none \
    -kernel "$guest/bzImage" -initrd "$guest/initramfs.cpio.gz" \
    -append "console=ttyS0 quiet guest.mode=shell" "$@"
