#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make bench-debian: the Debian guest (guest/debian.sh) under Node.js,
# its image from a URL under a local overlay: time to root's prompt cold
# and from the state saved there, bytes fetched; and the page's start of
# it in Chromium, from its default snapshot and booted (bench/debian.py
# prints the tables).  Takes about 25 minutes.
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench-debian

dir=$("$WASM_DIR/guest/debian.sh")
cd "$WASM_DIR"
debian_args "$dir" build/firmware "file={overlay},format=qcow2"
# The page in Chromium first: from the default snapshot, then two boots.
mkdir -p "$OUT_DIR/bench/debian"
rm -f "$OUT_DIR/bench/debian/debian-chromium.json"
BROWSER_OUT=$OUT_DIR/bench/debian BROWSER_TIMEOUT=1800 \
    check/browser.sh browser-debian,browser-debian-cold || die "the page's Debian tests failed"
python3 bench/debian.py "$dir" "$OUT_DIR/bench/debian" -- \
    runner/qemu-system-x86_64 "${GUEST_ARGS[@]}"
stage_done
