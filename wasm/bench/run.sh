#!/bin/bash
# make bench: boot-to-marker and workload times of the default guest under
# (a) the TCG interpreter alone (-accel tcg,wasm=off), (b) the WebAssembly
# JIT (tier 2 on, default threshold) and (c) native QEMU (Debian trixie's
# qemu-system-x86_64 in the build root), in one run on this machine.
# Prints a table of medians over BENCH_RUNS runs (default 3) with the
# ratios b/a and b/c, and tier 2's compile statistics.
#
# Environment: BENCH_RUNS, BENCH_WORK (workload rounds, default 3),
# BENCH_ACCEL (extra -accel options for (b), e.g. wasm-threshold=200).

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench

RUNS=${BENCH_RUNS:-3}
WORK=${BENCH_WORK:-3}
BENCH_DIR=$OUT_DIR/bench
mkdir -p "$BENCH_DIR"
GUEST_DIR=$("$WASM_DIR/guest/build.sh" --print-dir)
[ -f "$OUT_DIR/qemu-system-x86_64.js" ] || die "run 'make build' first"
APPEND="guest.mode=workload guest.work=$WORK"

# stamp: prefix each line with seconds since the start.
stamp() {
    local t0=$1 line now
    while IFS= read -r line; do
        now=${EPOCHREALTIME/./}
        printf '%d.%03d %s\n' $(((now - t0) / 1000000)) \
            $((((now - t0) / 1000) % 1000)) "${line%$'\r'}"
    done
}

# run_one KIND LOG: one boot of the guest; KIND is off, jit or native.
run_one() {
    local kind=$1 log=$2 t0=${EPOCHREALTIME/./}
    case $kind in
    native)
        GUEST_APPEND="guest.work=$WORK" \
            "$WASM_DIR/guest/native-qemu.sh" run workload 2>&1 ;;
    *)
        local accel=tcg,wasm-stats=on
        [ "$kind" = off ] && accel=$accel,wasm=off
        [ "$kind" = jit ] && [ -n "${BENCH_ACCEL:-}" ] &&
            accel=$accel,$BENCH_ACCEL
        guest_args "$GUEST_DIR" build/firmware "$APPEND"
        (cd "$WASM_DIR" && timeout 3000 "$WASM_DIR/runner/qemu-system-x86_64" \
            "${GUEST_ARGS[@]}" -accel "$accel" </dev/null 2>&1) ;;
    esac | stamp "$t0" >"$log"
}

# median of the numbers on stdin
median() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "?"; exit }
        print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A BOOT WORKT
expected=$("$WASM_DIR/guest/workload-expected.sh" "$WORK")
for kind in native off jit; do
    boots=() works=()
    for i in $(seq 1 "$RUNS"); do
        log=$BENCH_DIR/$kind-$i.log
        log "$kind run $i/$RUNS"
        run_one "$kind" "$log"
        grep -q "QEMU-WASM-WORKLOAD: $expected" "$log" ||
            die "$kind run $i: wrong or missing workload digest (see $log)"
        boots+=("$(awk '/QEMU-WASM-GUEST: booted/ { print $1; exit }' "$log")")
        works+=("$(sed -n 's/.*QEMU-WASM-WORKLOAD-TIME: \([0-9.]*\) s.*/\1/p' "$log")")
    done
    BOOT[$kind]=$(printf '%s\n' "${boots[@]}" | median)
    WORKT[$kind]=$(printf '%s\n' "${works[@]}" | median)
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }

echo
echo "Default guest, guest.work=$WORK, median of $RUNS runs ($(date -u +%F), $(nproc) cores)"
printf '%-34s %14s %14s\n' "" "boot to marker" "workload"
printf '%-34s %12s s %12s s\n' "(a) interpreter only (wasm=off)" "${BOOT[off]}" "${WORKT[off]}"
printf '%-34s %12s s %12s s\n' "(b) wasm JIT${BENCH_ACCEL:+ ($BENCH_ACCEL)}" "${BOOT[jit]}" "${WORKT[jit]}"
printf '%-34s %12s s %12s s\n' "(c) native QEMU (trixie)" "${BOOT[native]}" "${WORKT[native]}"
printf '%-34s %14s %14s\n' "b/a (JIT time / interpreter time)" \
    "$(ratio "${BOOT[jit]}" "${BOOT[off]}")" "$(ratio "${WORKT[jit]}" "${WORKT[off]}")"
printf '%-34s %14s %14s\n' "b/c (JIT time / native time)" \
    "$(ratio "${BOOT[jit]}" "${BOOT[native]}")" "$(ratio "${WORKT[jit]}" "${WORKT[native]}")"
printf '%-34s %14s %14s\n' "a/b (JIT speed-up)" \
    "$(ratio "${BOOT[off]}" "${BOOT[jit]}")x" "$(ratio "${WORKT[off]}" "${WORKT[jit]}")x"
echo
echo "tier 2 statistics of the last JIT run:"
grep -h '^[0-9.]* wasm-stats:' "$BENCH_DIR/jit-$RUNS.log" | cut -d' ' -f2-
stage_done
