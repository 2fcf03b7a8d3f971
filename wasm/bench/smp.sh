#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make bench-smp: several vCPUs (MTTCG).  The x86_64 guest runs JOBS
# sha256 jobs of BENCH_SMP_MIB MiB of zeros at once (guest.mode=smp), job
# i pinned to CPU i mod N, with -smp 1, 2 and 4, under
#   (b) this build's interpreter alone (-accel tcg,wasm=off),
#   (c) this build with its WebAssembly JIT,
#   (d) native QEMU (Debian trixie's qemu-system-x86_64, TCG, MTTCG),
# timed on the host's clock from the guest's "jobs start" line to its
# "jobs done" line (bench/measure.py, through measured_qemu in
# toolchain/qemu.sh).  Prints a table of the medians of
# BENCH_RUNS runs (default 3; single runs vary by 30% here), their ratio
# to -smp 1, and the peak RSS.
#
# Environment: BENCH_SMP_JOBS (default "2 4"), BENCH_SMP_CPUS (default
# "1 2 4"), BENCH_SMP_MIB (default 96), BENCH_KINDS (default "native jit";
# "off", the interpreter, takes 20 minutes a run of the six),
# BENCH_RUNS, BENCH_TIMEOUT (seconds a run may take, default 1800).

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench-smp

export GUEST_ARCH=x86_64
guest_arch_args x86_64
JOBS=${BENCH_SMP_JOBS:-2 4}
CPUS=${BENCH_SMP_CPUS:-1 2 4}
MIB=${BENCH_SMP_MIB:-96}
KINDS=${BENCH_KINDS:-native jit}
RUNS=${BENCH_RUNS:-3}
BENCH_DIR=$OUT_DIR/bench
mkdir -p "$BENCH_DIR"
[ -f "$OUT_DIR/qemu-system-x86_64.js" ] || die "run 'make build' first"
GUEST_DIR=$("$WASM_DIR/guest/build.sh")
zeros=$(head -c "${MIB}M" /dev/zero | sha256sum | cut -d' ' -f1)

# run_one KIND CPUS JOBS LOG
run_one() {
    local kind=$1 smp=$2,sockets=$2 append="guest.mode=smp guest.smp=0,$MIB,$3"
    case $kind in
    native)
        guest_args "$GUEST_DIR" "$GUEST_DIR/firmware" "$append"
        measured_qemu native "$4" "${BENCH_TIMEOUT:-1800}" "${GUEST_ARGS[@]}" -smp "$smp"
        return ;;
    off) accel=tcg,wasm=off,wasm-stats=on ;;
    jit) accel=tcg,wasm-stats=on ;;
    esac
    guest_args "$GUEST_DIR" build/firmware "$append"
    measured_qemu wasm "$4" "${BENCH_TIMEOUT:-1800}" "${GUEST_ARGS[@]}" -smp "$smp" \
        -accel "$accel"
}

declare -A NAME=(
    [off]="(b) interpreter only"
    [jit]="(c) wasm JIT"
    [native]="(d) native QEMU 10.0"
)
declare -A T=() RSS=()
for kind in $KINDS; do
    for jobs in $JOBS; do
        for cpus in $CPUS; do
            times=() rss=()
            for i in $(seq 1 "$RUNS"); do
                log=$BENCH_DIR/smp-$kind-$jobs-$cpus-$i.log
                log "$kind: $jobs jobs on -smp $cpus, run $i/$RUNS"
                run_one "$kind" "$cpus" "$jobs" "$log"
                grep -q "QEMU-WASM-SMP: jobs done *$jobs $zeros" "$log" ||
                    die "$kind, $jobs jobs, -smp $cpus: wrong or missing digests (see $log)"
                times+=("$(stamp_span "$log" 'QEMU-WASM-SMP: jobs start' 'QEMU-WASM-SMP: jobs done' 1)")
                rss+=("$(measured "$log" maxrss)")
            done
            T[$kind-$jobs-$cpus]=$(printf '%s\n' "${times[@]}" | median)
            RSS[$kind-$jobs-$cpus]=$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%d", $1 / 1024 }')
        done
    done
done

echo
echo "x86_64 guest: JOBS sha256 jobs of $MIB MiB at once, median of $RUNS runs"
echo "($(date -u +%F), this machine has $(nproc) cores); host clock, seconds;"
echo "in brackets the time over -smp 1's; peak RSS of the process in MiB"
printf '%-22s %5s' "" "jobs"
for cpus in $CPUS; do printf ' %16s' "-smp $cpus"; done
for cpus in $CPUS; do printf ' %9s' "RSS smp$cpus"; done
echo
for kind in $KINDS; do
    for jobs in $JOBS; do
        printf '%-22s %5s' "${NAME[$kind]}" "$jobs"
        one=${T[$kind-$jobs-${CPUS%% *}]}
        for cpus in $CPUS; do
            t=${T[$kind-$jobs-$cpus]}
            printf ' %16s' "$t ($(awk -v a="$t" -v b="$one" 'BEGIN { printf "%.2fx", a / b }'))"
        done
        for cpus in $CPUS; do printf ' %9s' "${RSS[$kind-$jobs-$cpus]}"; done
        echo
    done
done
echo
echo "tier 2 statistics, JIT, $(echo "$JOBS" | awk '{ print $NF }') jobs on -smp $(echo "$CPUS" | awk '{ print $NF }'):"
wasm_stats "$BENCH_DIR/smp-jit-$(echo "$JOBS" | awk '{ print $NF }')-$(echo "$CPUS" | awk '{ print $NF }')-$RUNS.log"
stage_done
