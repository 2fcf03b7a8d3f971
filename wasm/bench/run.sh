#!/bin/bash
# make bench: the default guest's boot and workload under
#   (a) plain TCI (a build with --enable-tcg-interpreter),
#   (b) this build's interpreter alone (-accel tcg,wasm=off),
#   (c) this build with its WebAssembly JIT (tier 2, default threshold),
#   (d) native QEMU (Debian trixie's qemu-system-x86_64, TCG),
# in one run on this machine.  Every phase is timed on the host's clock,
# as the console lines arrive (bench/measure.py): boot is the time to the
# guest's marker, workload the time from the line before it starts to its
# digest.  Prints a table of medians over BENCH_RUNS runs (default 3),
# with peak RSS, the ratios, and tier 2's statistics.
#
# Environment: BENCH_RUNS, BENCH_WORK (workload rounds, default 3),
# BENCH_ACCEL (extra -accel options for (c), e.g. wasm-threshold=200),
# BENCH_NODE_FLAGS (Node/V8 options for (c), e.g. --no-liftoff),
# BENCH_KINDS (default "native tci off jit").

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench

RUNS=${BENCH_RUNS:-3}
WORK=${BENCH_WORK:-3}
KINDS=${BENCH_KINDS:-native tci off jit}
BENCH_DIR=$OUT_DIR/bench
mkdir -p "$BENCH_DIR"
GUEST_DIR=$("$WASM_DIR/guest/build.sh" --print-dir)
[ -f "$OUT_DIR/qemu-system-x86_64.js" ] || die "run 'make build' first"
case " $KINDS " in
*" tci "*) "$WASM_DIR/toolchain/build-qemu.sh" --tci >&2 ;;
esac
APPEND="guest.mode=workload guest.work=$WORK"
MEASURE="python3 $WASM_DIR/bench/measure.py"

# run_one KIND LOG: one boot of the guest, its console stamped.
run_one() {
    local kind=$1 log=$2 js=$OUT_DIR/qemu-system-x86_64.js accel=tcg,wasm-stats=on
    local node_flags=
    case $kind in
    native)
        QEMU_WRAPPER=$MEASURE QEMU_TIMEOUT=600 GUEST_APPEND="guest.work=$WORK" \
            "$WASM_DIR/guest/native-qemu.sh" run workload >"$log" 2>/dev/null
        return ;;
    tci) js=$OUT_DIR/tci/qemu-system-x86_64.js accel=tcg ;;
    off) accel=$accel,wasm=off ;;
    jit) accel=$accel${BENCH_ACCEL:+,$BENCH_ACCEL} node_flags=${BENCH_NODE_FLAGS:-} ;;
    esac
    guest_args "$GUEST_DIR" build/firmware "$APPEND"
    # shellcheck disable=SC2086,SC2016
    in_root /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$WASM_DIR" \
        timeout 3000 $MEASURE node $node_flags "$js" "${GUEST_ARGS[@]}" -accel "$accel" \
        >"$log" 2>&1
}

# at LOG PATTERN: the time stamp of the first line matching PATTERN.
at() {
    awk -v re="$2" '$0 ~ re { print $1; exit }' "$1"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "?"; exit }
        print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A BOOT WORKT WALL RSS
expected=$("$WASM_DIR/guest/workload-expected.sh" "$WORK")
for kind in $KINDS; do
    boots=() works=() walls=() rss=()
    for i in $(seq 1 "$RUNS"); do
        log=$BENCH_DIR/$kind-$i.log
        log "$kind run $i/$RUNS"
        run_one "$kind" "$log"
        grep -q "QEMU-WASM-WORKLOAD: $expected" "$log" ||
            die "$kind run $i: wrong or missing workload digest (see $log)"
        boot=$(at "$log" 'QEMU-WASM-GUEST: booted')
        boots+=("$boot")
        works+=("$(awk -v a="$(at "$log" 'QEMU-WASM-GUEST: uptime')" \
                       -v b="$(at "$log" 'QEMU-WASM-WORKLOAD: ')" \
                       'BEGIN { printf "%.3f", b - a }')")
        walls+=("$(sed -n 's/^.*measure: exit [0-9]* wall \([0-9.]*\).*/\1/p' "$log")")
        rss+=("$(sed -n 's/^.*measure: .* maxrss \([0-9]*\)$/\1/p' "$log")")
    done
    BOOT[$kind]=$(printf '%s\n' "${boots[@]}" | median)
    WORKT[$kind]=$(printf '%s\n' "${works[@]}" | median)
    WALL[$kind]=$(printf '%s\n' "${walls[@]}" | median)
    RSS[$kind]=$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%d", $1 / 1024 }')
done

ratio() {
    awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'
}
row() {
    printf '%-34s %10s %10s %10s %9s\n' "$@"
}

echo
echo "Default guest, guest.work=$WORK, median of $RUNS runs ($(date -u +%F), $(nproc) cores);"
echo "host clock, seconds; peak RSS in MiB"
row "" "boot" "workload" "total" "peak RSS"
declare -A NAME=(
    [tci]="(a) plain TCI"
    [off]="(b) interpreter only (wasm=off)"
    [jit]="(c) wasm JIT${BENCH_ACCEL:+ ($BENCH_ACCEL)}${BENCH_NODE_FLAGS:+ $BENCH_NODE_FLAGS}"
    [native]="(d) native QEMU 10.0 (trixie)"
)
for kind in $KINDS; do
    row "${NAME[$kind]}" "${BOOT[$kind]}" "${WORKT[$kind]}" "${WALL[$kind]}" "${RSS[$kind]}"
done
ratios() {
    [ -n "${BOOT[$2]:-}" ] && [ -n "${BOOT[$3]:-}" ] || return 0
    row "$1" "$(ratio "${BOOT[$2]}" "${BOOT[$3]}")" "$(ratio "${WORKT[$2]}" "${WORKT[$3]}")" \
        "$(ratio "${WALL[$2]}" "${WALL[$3]}")" ""
}
ratios "c/d (JIT time / native time)" jit native
ratios "b/c (JIT speed-up over tier 1)" off jit
ratios "b/a (tier 1 time / plain TCI)" off tci
if [ -f "$BENCH_DIR/jit-$RUNS.log" ]; then
    echo
    echo "tier 2 statistics of the last JIT run:"
    grep -h 'wasm-stats:' "$BENCH_DIR/jit-$RUNS.log" | cut -d' ' -f2-
fi
stage_done
