#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make bench-disk: the guest's sequential read from a URL (the fetch()
# driver, each readahead) against a local file, under the JIT and native
# QEMU (bench/disk.py prints the table).  DISK_BENCH_MIB: the size read
# (default 256).
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench-disk
guest_arch_args "$GUEST_ARCH"

guest=$("$WASM_DIR/guest/build.sh")
cd "$WASM_DIR"
guest_args "$guest" build/firmware "guest.mode=disk guest.disk={ops}"
python3 bench/disk.py "$OUT_DIR/bench/disk" \
    runner/qemu-system-x86_64 "${GUEST_ARGS[@]}" -drive "{drive}" -- \
    env "GUEST_APPEND=guest.disk={ops}" guest/native-qemu.sh run disk -- -drive "{drive}"
stage_done
