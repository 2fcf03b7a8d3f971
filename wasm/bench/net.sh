#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The guest network benchmark (part of make bench; make bench-net alone):
# the default guest with a virtio NIC on QEMU's user network, under native QEMU
# (Debian trixie's, whose user network is libslirp) and under this build's
# JIT in Node.js (passt, runner/net-pre.js) and, for x86_64, in the page
# in Chromium through serve.mjs's relay.  bench/net.py (check/browser.mjs's
# browser-netbench in the page) times, on the host's clock, a download of
# a 64 MiB file from the host's loopback through the gateway, a 64 MiB
# upload, and 100 small HTTP requests.  Then
# the cost of an idle NIC: the JIT's CPU workload with and without it.
# Prints tables of medians over BENCH_RUNS runs (default 3).
#
# Environment: BENCH_NET_ARCHES (default x86_64), BENCH_RUNS, BENCH_WORK
# (workload rounds, default 3).

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench-net

ARCHES=${BENCH_NET_ARCHES:-x86_64}
RUNS=${BENCH_RUNS:-3}
WORK=${BENCH_WORK:-3}
BENCH_DIR=$OUT_DIR/bench
mkdir -p "$BENCH_DIR"
# The NIC for native QEMU, whose command line (native-qemu.sh) keeps its
# -nic none, which this -device does not mind; guest_args_nic (common.sh)
# gives the JIT's the same.
NIC=(-netdev user,id=net0 -device virtio-net-pci,netdev=net0)

# field LINE NAME: the number after NAME in a "netbench" line.
field() {
    awk -v k="$2" '{ for (i = 1; i < NF; i++) if ($i == k) print $(i + 1) }' <<<"$1"
}

# net_run KIND LOG: one netbench boot; prints net.py's line.
net_run() {
    local kind=$1 log=$2
    case $kind in
    native)
        python3 "$WASM_DIR/bench/net.py" --label native --log "$log" -- \
            env GUEST_APPEND="guest.net={http}" QEMU_TIMEOUT=1200 \
            "$WASM_DIR/guest/native-qemu.sh" run netbench -- "${NIC[@]}" ;;
    jit)
        guest_args "$GUEST_DIR" "$WASM_DIR/build/firmware" "guest.mode=netbench guest.net={http}"
        guest_args_nic
        python3 "$WASM_DIR/bench/net.py" --label jit --log "$log" -- \
            "$WASM_DIR/runner/qemu-system-$GUEST_ARCH" "${GUEST_ARGS[@]}" ;;
    esac
}

# workload_run NIC LOG: the JIT's workload time (host clock) with the NIC
# or without one.
workload_run() {
    local log=$2
    guest_args "$GUEST_DIR" "$WASM_DIR/build/firmware" "guest.mode=workload guest.work=$WORK"
    [ "$1" = none ] || guest_args_nic
    measured_qemu wasm "$log" "" "${GUEST_ARGS[@]}"
    # From the line after which the workload starts: the DHCP lease's
    # with a NIC, the boot's uptime line without one.
    awk '/QEMU-WASM-GUEST: uptime|QEMU-WASM-NET: / { a = $1 } /QEMU-WASM-WORKLOAD: / && !b { b = $1 }
         END { if (a && b) printf "%.3f\n", b - a }' "$log"
}

TABLES=
for arch in $ARCHES; do
    export GUEST_ARCH=$arch
    guest_arch_args "$arch"
    GUEST_DIR=$("$WASM_DIR/guest/build.sh" --print-dir)
    declare -A DL=() UL=() REQ=()
    KINDS="native jit"
    [ "$arch" != x86_64 ] || KINDS+=" chromium"
    for kind in $KINDS; do
        dl=() ul=() req=()
        for i in $(seq 1 "$RUNS"); do
            log "$arch net $kind run $i/$RUNS"
            if [ $kind = chromium ]; then
                # "download R MiB/s, upload R MiB/s, 100 requests T s" as
                # net.py's fields: seconds for 64 MiB.
                line=$("$WASM_DIR/check/browser.sh" browser-netbench 2>&1 |
                       sed -n 's/^PASS: browser-netbench: //p' |
                       awk '{ gsub(",", ""); printf "download %.3f upload %.3f requests %s",
                              64 / $2, 64 / $5, $9 }')
                [ -n "$line" ] || die "browser-netbench failed (see build/check/browser.log)"
            else
                line=$(net_run "$kind" "$BENCH_DIR/net-$arch-$kind-$i.log") ||
                    die "$line (see $BENCH_DIR/net-$arch-$kind-$i.log)"
            fi
            dl+=("$(field "$line" download)")
            ul+=("$(field "$line" upload)")
            req+=("$(field "$line" requests)")
        done
        DL[$kind]=$(printf '%s\n' "${dl[@]}" | median)
        UL[$kind]=$(printf '%s\n' "${ul[@]}" | median)
        REQ[$kind]=$(printf '%s\n' "${req[@]}" | median)
    done
    declare -A WL=()
    for nic in none nic; do
        w=()
        for i in $(seq 1 "$RUNS"); do
            log "$arch workload, NIC: $nic, run $i/$RUNS"
            w+=("$(workload_run $nic "$BENCH_DIR/net-$arch-workload-$nic-$i.log")")
        done
        WL[$nic]=$(printf '%s\n' "${w[@]}" | median)
    done
    TABLES+=$(
    echo
    echo "$arch guest, virtio-net on the user network, median of $RUNS runs" \
         "($(date -u +%F), $(nproc) cores); host clock"
    printf '%-34s %14s %14s %16s\n' "" "download MiB/s" "upload MiB/s" "100 requests, s"
    declare -A LABEL=([native]="native QEMU 10.0 (slirp)" [jit]="wasm JIT, Node.js (passt)"
                      [chromium]="wasm JIT, Chromium (relay, passt)")
    for kind in $KINDS; do
        printf '%-34s %14s %14s %16s\n' "${LABEL[$kind]}" \
            "$(awk -v t="${DL[$kind]}" 'BEGIN { printf "%.1f", 64 / t }')" \
            "$(awk -v t="${UL[$kind]}" 'BEGIN { printf "%.1f", 64 / t }')" "${REQ[$kind]}"
    done
    echo
    echo "JIT workload (guest.work=$WORK), host clock: ${WL[none]} s without a NIC," \
         "${WL[nic]} s with an idle one"
    )
    TABLES+=$'\n'
done
printf '%s\n' "$TABLES"
stage_done
