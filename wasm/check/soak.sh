#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make soak: the guest's soak mode (guest/init: jitcheck, the stress
# digest and 300 new jitfuzz cases a round, forever) for SOAK_MINUTES
# (default 30) under Node.js (check/soak.py) and in headless Chromium
# (check/browser.mjs browser-soak) at the same time, one vCPU each on the
# two cores, sampled every minute.  The new code of every round fills the
# code buffer, so TBs are flushed and compiled code freed all along.
#
# Judged afterwards: every round's line equals native QEMU's for that round
# (the stress digest and the fuzz hash, unstable=0), and after the first
# SOAK_WARMUP minutes (default 5) memory and live counts stay flat: RSS
# grows by at most SOAK_RSS_GROWTH_MIB (default 128), live blocks stay
# under the JIT's cap.  Prints the samples as tables and PASS/FAIL lines;
# Chromium's RSS also by process kind, the page's JavaScript heap, and
# what grew in it between heap snapshots after the warm-up and at the end.
# Output in build/soak/.

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
STAGE=soak
# The soak guest's jitcheck and jitfuzz are x86-64 code.
export GUEST_ARCH=x86_64
guest_arch_args x86_64

MINUTES=${SOAK_MINUTES:-30}
WARMUP=${SOAK_WARMUP:-5}
RSS_GROWTH=${SOAK_RSS_GROWTH_MIB:-128}
LIVE_MAX=65536
SOAK_DIR=$OUT_DIR/soak
mkdir -p "$SOAK_DIR"
rm -f "$SOAK_DIR"/soak-*

GUEST_DIR=$("$WASM_DIR/guest/build.sh")
"$WASM_DIR/web/build.sh" >"$SOAK_DIR/web-build.log" 2>&1 ||
    die "web/build.sh failed (see $SOAK_DIR/web-build.log)"

log "$MINUTES minutes under Node.js and in Chromium"
guest_args "$GUEST_DIR" build/firmware guest.mode=soak
python3 "$WASM_DIR/check/soak.py" "$WASM_DIR" "$SOAK_DIR" "$MINUTES" -- \
    "$WASM_DIR/runner/qemu-system-x86_64" "${GUEST_ARGS[@]}" \
    >"$SOAK_DIR/node.out" 2>&1 &
node_pid=$!
"$WASM_DIR/web/root.sh" --run node "$WASM_DIR/check/browser.mjs" \
    --out "$SOAK_DIR" --only browser-soak --soak-minutes "$MINUTES" --soak-warmup "$WARMUP" \
    >"$SOAK_DIR/browser.out" 2>&1 &
browser_pid=$!
node_status=0 browser_status=0
wait "$node_pid" || node_status=$?
wait "$browser_pid" || browser_status=$?

# soak_lines FILE: the guest's round lines, each "QEMU-WASM-SOAK: round ...".
soak_lines() {
    markers SOAK "$1" | sed -n 's/^round /QEMU-WASM-SOAK: &/p'
}

# last_round FILE: the number of the last round FILE shows.
last_round() {
    soak_lines "$1" | awk '{ n = $3 } END { print n + 0 }'
}

# The reference: the same rounds under native QEMU.
rounds=0
for f in "$SOAK_DIR"/soak-{node,browser}-serial.txt; do
    [ -f "$f" ] || continue
    n=$(last_round "$f")
    [ "$n" -le "$rounds" ] || rounds=$n
done
log "native QEMU: $rounds rounds"
GUEST_APPEND="guest.rounds=$rounds" QEMU_TIMEOUT=$((60 + 20 * rounds)) \
    "$WASM_DIR/guest/native-qemu.sh" run soak >"$SOAK_DIR/native.log" 2>&1 || true

# judge NAME SERIAL TSV RSS_COLUMN DRIVER_STATUS DRIVER_OUTPUT
judge() {
    local name=$1 serial=$2 tsv=$3 col=$4 status=$5 out=$6
    local bad n lost base peak live
    grep -h '^FAIL:' "$out" || true
    echo "$name (RSS in MiB; live, table, compiled, freed from 'info jit'):"
    expand -t 10 "$tsv" 2>/dev/null | sed 's/^/    /' || true
    # Rounds are matched by number: the page's console is shared with the
    # monitor, and what the guest prints while a minute's "info jit" is
    # answered goes into that answer, so a round's line may be missing.
    n=$(soak_lines "$serial" 2>/dev/null | wc -l)
    lost=$(( $(last_round "$serial" 2>/dev/null) - n ))
    bad=$(awk 'NR == FNR { want[$3] = $0; next }
               want[$3] != $0 { print; exit }' \
              <(soak_lines "$SOAK_DIR/native.log") <(soak_lines "$serial" 2>/dev/null))
    # RSS after the warm-up, and its peak afterwards.
    base=$(awk -F'\t' -v m="$WARMUP" -v c="$col" 'NR > 1 && $1 == m { print $c }' "$tsv")
    peak=$(awk -F'\t' -v m="$WARMUP" -v c="$col" \
               'NR > 1 && $1 >= m && $c > p { p = $c } END { print p + 0 }' "$tsv")
    live=$(awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "live") c = i }
                        NR > 1 && $c > p { p = $c } END { print p + 0 }' "$tsv")
    local verdict hidden=
    [ "$lost" -eq 0 ] || hidden=" ($lost hidden by the monitor's samples)"
    verdict=$(if [ "$status" != 0 ]; then
        echo "FAIL: $name: the driver failed (exit $status, see $out)"
    elif [ "$n" -lt 1 ]; then
        echo "FAIL: $name: no round finished (see $serial)"
    elif [ -n "$bad" ]; then
        echo "FAIL: $name: differs from native QEMU: $bad"
    elif [ "$lost" -gt "$MINUTES" ]; then
        echo "FAIL: $name: $lost rounds missing from the console (more than one a sample)"
    elif [ -z "$base" ]; then
        echo "FAIL: $name: no sample after $WARMUP minutes (see $tsv)"
    elif [ $((peak - base)) -gt "$RSS_GROWTH" ]; then
        echo "FAIL: $name: RSS grew from $base to $peak MiB after minute $WARMUP (bound $RSS_GROWTH)"
    elif [ "$live" -ge "$LIVE_MAX" ]; then
        echo "FAIL: $name: $live live blocks"
    else
        echo "PASS: $name: $n rounds equal to native QEMU's$hidden, RSS $base -> peak $peak MiB after minute $WARMUP, live <= $live"
    fi)
    echo "$verdict"
    [[ $verdict == PASS:* ]]
}

status=0
judge soak-node "$SOAK_DIR/soak-node-serial.txt" "$SOAK_DIR/soak-node.tsv" 3 \
    "$node_status" "$SOAK_DIR/node.out" || status=1
judge soak-browser "$SOAK_DIR/soak-browser-serial.txt" "$SOAK_DIR/soak-browser.tsv" 3 \
    "$browser_status" "$SOAK_DIR/browser.out" || status=1
# The page's JavaScript heap: what grew between the snapshots.
cat "$SOAK_DIR/soak-browser-heap.txt" 2>/dev/null || true
exit $status
