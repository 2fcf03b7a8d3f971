#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make boot-loop: boot the default guest of ARCH (GUEST_ARCH, default
# riscv64) BOOT_LOOP_RUNS times (default 20) under BOOT_LOOP_ACCEL
# (default tcg,wasm=off), each to its prompt within BOOT_LOOP_LIMIT
# seconds (default 300); a boot that hangs is told apart as a hang of the
# emulator (the monitor does not answer) or of the guest (check/bootloop.py).
# Logs in build/boot-loop/.

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
STAGE=boot-loop
export GUEST_ARCH=${GUEST_ARCH:-riscv64}
guest_arch_args "$GUEST_ARCH"

out=$OUT_DIR/boot-loop
rm -rf "$out"
mkdir -p "$out"
GUEST_DIR=$("$WASM_DIR/guest/build.sh" --print-dir)
guest_args "$GUEST_DIR" build/firmware guest.mode=shell
cd "$WASM_DIR"
exec python3 "$WASM_DIR/check/bootloop.py" "$out" "${BOOT_LOOP_RUNS:-20}" \
    "${BOOT_LOOP_LIMIT:-300}" -- "$WASM_DIR/runner/qemu-system-$GUEST_ARCH" \
    "${GUEST_ARGS[@]}" -accel "${BOOT_LOOP_ACCEL:-tcg,wasm=off}"
