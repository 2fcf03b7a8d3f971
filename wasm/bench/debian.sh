#!/bin/bash
# make bench-debian: the Debian guest (guest/debian.sh) under Node.js,
# its image from a URL under a local overlay: time to root's prompt cold
# and from the state saved there, bytes fetched (bench/debian.py prints
# the table).  Takes about 10 minutes.
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench-debian

dir=$("$WASM_DIR/guest/debian.sh")
cd "$WASM_DIR"
debian_args "$dir" build/firmware "file={overlay},format=qcow2"
python3 bench/debian.py "$dir" "$OUT_DIR/bench/debian" -- \
    runner/qemu-system-x86_64 "${GUEST_ARGS[@]}"
stage_done
