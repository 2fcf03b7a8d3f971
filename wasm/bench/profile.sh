#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make profile: relink the emulator with --profiling-funcs (QEMU's
# functions keep their names), boot the default guest with its workload
# under Node's CPU profiler, and print where the vCPU thread's time goes
# in the boot and in the workload (bench/profile.mjs).
#
# Environment: PROFILE_WORK (workload rounds, default 3), PROFILE_ACCEL
# (-accel options, default tcg,wasm-stats=on; tcg for the plain TCI build,
# which has no wasm options), PROFILE_VARIANT=tci for the plain TCI build
# (make bench builds it), GUEST_ARCH (x86_64, aarch64 or
# riscv64); another run: PROFILE_APPEND (the guest's kernel parameters,
# default its workload), PROFILE_ARGS (more QEMU options), PROFILE_MARKER
# (the line that ends the boot) and bench/profile.mjs's PROFILE_END and
# PROFILE_THREADS.  Several vCPUs, two jobs on two:
#   PROFILE_APPEND="guest.mode=smp guest.smp=0,96,2" PROFILE_ARGS="-smp 2,sockets=2"
#   PROFILE_MARKER="jobs start" PROFILE_END="jobs done" PROFILE_THREADS=2
# Profiles and the console log: wasm/build/profile/.

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
stage_start profile
guest_arch_args "$GUEST_ARCH"

BUILD_DIR=$(readlink -f "$OUT_DIR/${PROFILE_VARIANT:+$PROFILE_VARIANT/}qemu-build") ||
    die "no build: run 'make -C wasm build' (or bench for PROFILE_VARIANT=tci) first"
TARGET_JS=qemu-system-$GUEST_ARCH.js
PROF_JS=$BUILD_DIR/qemu-prof-$GUEST_ARCH.js
GUEST_DIR=$("$WASM_DIR/guest/build.sh" --print-dir)

# The final link of the target, to another output.
if [ ! -f "$PROF_JS" ] || [ "$PROF_JS" -ot "$BUILD_DIR/$TARGET_JS" ]; then
    log "relinking with --profiling-funcs"
    # shellcheck disable=SC2016
    in_root /bin/sh -ec 'cd "$1"
        cmd=$(ninja -t commands "$2" | tail -n1)
        cmd=$(printf "%s" "$cmd" | sed "s/-o $2/-o $(basename "$3")/")
        eval "$cmd --profiling-funcs"' sh "$BUILD_DIR" "$TARGET_JS" "$PROF_JS" \
        >"$OUT_DIR/profile-link.log" 2>&1 ||
        die "relink failed (see $OUT_DIR/profile-link.log)"
fi

DEFAULT_ACCEL=tcg,wasm-stats=on
[ "${PROFILE_VARIANT:-}" != tci ] || DEFAULT_ACCEL=tcg
guest_args "$GUEST_DIR" build/firmware \
    "${PROFILE_APPEND:-guest.mode=workload guest.work=${PROFILE_WORK:-3}}"
read -ra extra_args <<<"${PROFILE_ARGS:-}"
cd "$WASM_DIR"
# The root does not see this environment: profile.mjs's settings go along.
in_root /bin/sh -c 'cd "$1" && shift && exec env "$@"' sh "$WASM_DIR" \
    PROFILE_TOP="${PROFILE_TOP:-}" PROFILE_THREADS="${PROFILE_THREADS:-}" \
    PROFILE_END="${PROFILE_END:-}" node "$WASM_DIR/bench/profile.mjs" "$OUT_DIR/profile" "${PROFILE_MARKER:-QEMU-WASM-GUEST: booted}" \
    "$PROF_JS" "${GUEST_ARGS[@]}" "${extra_args[@]}" -accel "${PROFILE_ACCEL:-$DEFAULT_ACCEL}"
stage_done
