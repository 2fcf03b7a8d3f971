#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make bench: each architecture's default guest, boot and workload, under
#   (a) plain TCI (a build with --enable-tcg-interpreter; x86_64 only),
#   (b) this build's interpreter alone (-accel tcg,wasm=off),
#   (c) this build with its WebAssembly JIT (tier 2, default threshold),
#   (d) native QEMU (Debian trixie's qemu-system-ARCH, TCG),
# in one run on this machine.  Every phase is timed on the host's clock,
# as the console lines arrive (bench/measure.py, through measured_qemu in
# toolchain/qemu.sh): boot is the time to the guest's marker, workload the
# time from the line before it starts to its digest.  Prints a table per architecture of medians over BENCH_RUNS runs
# (default 3), with peak RSS, the ratios, and tier 2's statistics.
#
# Environment: BENCH_ARCHES (default "x86_64 aarch64 riscv64"),
# BENCH_RUNS, BENCH_WORK (workload rounds, default 3),
# BENCH_ACCEL (extra -accel options for (c), e.g. wasm-threshold=200),
# BENCH_NODE_FLAGS (Node/V8 options for (c), e.g. --no-liftoff),
# BENCH_KINDS (default "native tci off jit"; tci is skipped but for x86_64),
# BENCH_TIMEOUT (seconds a run may take, default 3000), BENCH_REUSE=1
# (tables from the logs of an earlier run where they are complete).

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench

ARCHES=${BENCH_ARCHES:-$GUEST_ARCHES}
RUNS=${BENCH_RUNS:-3}
WORK=${BENCH_WORK:-3}
ALL_KINDS=${BENCH_KINDS:-native tci off jit}
BENCH_DIR=$OUT_DIR/bench
mkdir -p "$BENCH_DIR"
for arch in $ARCHES; do
    [ -f "$OUT_DIR/qemu-system-$arch.js" ] || die "run 'make build' first"
done
case " $ALL_KINDS:$ARCHES " in
*" tci "*:*x86_64*) "$WASM_DIR/toolchain/build-qemu.sh" --tci >&2 ;;
esac
APPEND="guest.mode=workload guest.work=$WORK"

# run_one KIND LOG: one boot of the guest, its console stamped.
run_one() {
    local kind=$1 log=$2 emulator=wasm accel=tcg,wasm-stats=on node_flags=
    case $kind in
    native)
        guest_args "$GUEST_DIR" "$GUEST_DIR/firmware" "$APPEND"
        measured_qemu native "$log" 600 "${GUEST_ARGS[@]}"
        return ;;
    tci) emulator=tci accel=tcg ;;
    off) accel=$accel,wasm=off ;;
    jit) accel=$accel${BENCH_ACCEL:+,$BENCH_ACCEL} node_flags=${BENCH_NODE_FLAGS:-} ;;
    esac
    guest_args "$GUEST_DIR" build/firmware "$APPEND"
    QEMU_NODE_FLAGS=$node_flags measured_qemu "$emulator" "$log" "${BENCH_TIMEOUT:-3000}" \
        "${GUEST_ARGS[@]}" -accel "$accel"
}

ratio() {
    awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'
}
row() {
    printf '%-34s %10s %10s %10s %9s\n' "$@"
}
ratios() {
    [ -n "${BOOT[$2]:-}" ] && [ -n "${BOOT[$3]:-}" ] || return 0
    row "$1" "$(ratio "${BOOT[$2]}" "${BOOT[$3]}")" "$(ratio "${WORKT[$2]}" "${WORKT[$3]}")" \
        "$(ratio "${WALL[$2]}" "${WALL[$3]}")" ""
}
declare -A NAME=(
    [tci]="(a) plain TCI"
    [off]="(b) interpreter only (wasm=off)"
    [jit]="(c) wasm JIT${BENCH_ACCEL:+ ($BENCH_ACCEL)}${BENCH_NODE_FLAGS:+ $BENCH_NODE_FLAGS}"
    [native]="(d) native QEMU 10.0 (trixie)"
)

expected=$("$WASM_DIR/guest/workload-expected.sh" "$WORK")
TABLES=
for arch in $ARCHES; do
    export GUEST_ARCH=$arch
    guest_arch_args "$arch"
    GUEST_DIR=$("$WASM_DIR/guest/build.sh" --print-dir)
    KINDS=$ALL_KINDS
    [ "$arch" = x86_64 ] || KINDS=$(echo " $KINDS " | sed 's/ tci / /')
    declare -A BOOT=() WORKT=() WALL=() RSS=()
    for kind in $KINDS; do
        boots=() works=() walls=() rss=()
        for i in $(seq 1 "$RUNS"); do
            log=$BENCH_DIR/$arch-$kind-$i.log
            if [ -n "${BENCH_REUSE:-}" ] && grep -q '^measure: exit 0 ' "$log" 2>/dev/null &&
               grep -q "QEMU-WASM-WORKLOAD: $expected" "$log"; then
                log "$arch $kind run $i/$RUNS: reusing $log"
            else
                log "$arch $kind run $i/$RUNS"
                run_one "$kind" "$log"
            fi
            grep -q "QEMU-WASM-WORKLOAD: $expected" "$log" ||
                die "$arch $kind run $i: wrong or missing workload digest (see $log)"
            boots+=("$(stamp_at "$log" 'QEMU-WASM-GUEST: booted')")
            works+=("$(stamp_span "$log" 'QEMU-WASM-GUEST: uptime' 'QEMU-WASM-WORKLOAD: ')")
            walls+=("$(measured "$log" wall)")
            rss+=("$(measured "$log" maxrss)")
        done
        BOOT[$kind]=$(printf '%s\n' "${boots[@]}" | median)
        WORKT[$kind]=$(printf '%s\n' "${works[@]}" | median)
        WALL[$kind]=$(printf '%s\n' "${walls[@]}" | median)
        RSS[$kind]=$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%d", $1 / 1024 }')
    done

    TABLES+=$(
    echo
    echo "$arch guest, guest.work=$WORK, median of $RUNS runs ($(date -u +%F), $(nproc) cores);"
    echo "host clock, seconds; peak RSS in MiB"
    row "" "boot" "workload" "total" "peak RSS"
    for kind in $KINDS; do
        row "${NAME[$kind]}" "${BOOT[$kind]}" "${WORKT[$kind]}" "${WALL[$kind]}" "${RSS[$kind]}"
    done
    ratios "c/d (JIT time / native time)" jit native
    ratios "b/c (JIT speed-up over tier 1)" off jit
    ratios "b/a (tier 1 time / plain TCI)" off tci
    if [ -f "$BENCH_DIR/$arch-jit-$RUNS.log" ]; then
        echo
        echo "tier 2 statistics of the last JIT run:"
        wasm_stats "$BENCH_DIR/$arch-jit-$RUNS.log"
    fi
    echo
    )
    TABLES+=$'\n'
done
printf '%s\n' "$TABLES"
stage_done
