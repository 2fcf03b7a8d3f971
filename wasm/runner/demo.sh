#!/bin/bash
# Boot the default guest to an interactive shell under Node.js: the serial
# console is this terminal.  "poweroff -f" in the guest, or Ctrl-A x, ends it.
. "$(dirname "$0")/../toolchain/common.sh"

guest=$("$WASM_DIR/guest/build.sh" --print-dir)
cd "$WASM_DIR"
echo "Booting the default guest under Node.js (about a minute; the shell prompt is \"guest# \")..."
guest_args "$guest" build/firmware guest.mode=shell
exec "$WASM_DIR/runner/qemu-system-x86_64" "${GUEST_ARGS[@]}" "$@"
