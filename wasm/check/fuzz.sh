#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Generated differential testing (guest/jitfuzz.c): N random x86-64 cases
# from SEED run in the guest under native QEMU (the reference), this
# build's interpreter alone (wasm=off) and its JIT at a low threshold.
# Every 100 cases' state hashes must equal native QEMU's, and under the JIT
# each case's first (interpreted) run must equal its last (compiled) one.
# The fixed regression cases (results known) must be right in this build.
#
# On a mismatch it narrows down to the first case that differs and the
# first instruction after which the state differs, and prints that prefix
# of the case, disassembled: the minimal reproducer, rerun with
#   check/fuzz.sh SEED 1 CASE
#
# Usage: check/fuzz.sh SEED N [FIRST]
# Prints PASS:/FAIL: lines (one per configuration); exits 1 on a mismatch.
# FUZZ_RUNS (default 16) runs per case, FUZZ_THRESHOLD (default 10) the
# JIT's wasm-threshold, FUZZ_CONFIGS (default "off jit smp4", smp4 being
# the JIT with -smp 4) what is compared with native QEMU; logs go to
# $OUT_DIR/fuzz/.

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
STAGE=fuzz
# jitfuzz is x86-64 code.
export GUEST_ARCH=x86_64
guest_arch_args x86_64

[ $# -ge 2 ] || die "usage: check/fuzz.sh SEED N [FIRST]"
SEED=$1 COUNT=$2 FIRST=${3:-0}
for v in "$SEED" "$COUNT" "$FIRST"; do
    [[ $v =~ ^[0-9]+$ ]] || die "not a number: '$v'"
done
RUNS=${FUZZ_RUNS:-16}
THRESHOLD=${FUZZ_THRESHOLD:-10}
GUEST_DIR=$("$WASM_DIR/guest/build.sh")
LOG_DIR=$OUT_DIR/fuzz
mkdir -p "$LOG_DIR"

declare -A ACCEL=([off]="tcg,wasm=off,wasm-stats=on"
                  [jit]="tcg,wasm-threshold=$THRESHOLD,wasm-stats=on"
                  [smp4]="tcg,wasm-threshold=$THRESHOLD,wasm-stats=on")
# smp4: the JIT with four vCPU threads (MTTCG); the cases run on whichever
# vCPU the guest's scheduler picks, so compiled modules move between them.
declare -A CPUS=([smp4]="-smp 4,sockets=4")
declare -A NAME=([native]="native QEMU" [off]="wasm=off" [jit]="the JIT"
                 [smp4]="the JIT on -smp 4")

# run CONFIG LOG ARGS: the guest's jitfuzz with ARGS (comma-separated)
# under CONFIG (native, with NATIVE_CPUS; off, jit or smp4); the console
# into LOG.
run() {
    local config=$1 log=$2 append="guest.mode=fuzz guest.fuzz=$3"
    if [ "$config" = native ]; then
        # shellcheck disable=SC2086 # NATIVE_CPUS holds separate arguments
        GUEST_APPEND=$append QEMU_TIMEOUT=600 \
            "$WASM_DIR/guest/native-qemu.sh" run fuzz ${NATIVE_CPUS:+-- $NATIVE_CPUS} \
            >"$log" 2>&1 || true
    else
        guest_args "$GUEST_DIR" build/firmware "$append"
        # shellcheck disable=SC2086 # CPUS holds separate arguments
        (cd "$WASM_DIR" && launch_qemu --timeout 3000 wasm \
            "${GUEST_ARGS[@]}" -accel "${ACCEL[$config]}" ${CPUS[$config]:-}) \
            </dev/null >"$log" 2>&1 || true
    fi
}

# lines LOG WORD: jitfuzz's output lines that start with WORD (a regex).
lines() {
    markers FUZZ "$1" | sed -n "/^$2 /p"
}

# first_diff FILE1 FILE2: the first word of the first line that differs.
first_diff() {
    { diff <(echo "$1") <(echo "$2") || true; } |
        sed -n 's/^< [a-z]* \([0-9]*\).*/\1/p' | head -n1
}

# disassemble HEX: the bytes, through the build root's objdump.
disassemble() {
    local bin=$LOG_DIR/reproducer.bin
    printf '%s' "$1" | sed 's/../\\x&/g' | xargs -0 printf >"$bin"
    in_root objdump -D -b binary -mi386:x86-64 "$bin" | sed -n '8,$p'
}

# reproduce CONFIG CASE: the prefixes of CASE under native QEMU and CONFIG;
# print the first one that differs (or that is unstable under CONFIG).
reproduce() {
    local config=$1 case=$2 ref got p hex
    run native "$LOG_DIR/prefix-native.log" "p,$SEED,$case,$RUNS"
    run "$config" "$LOG_DIR/prefix-$config.log" "p,$SEED,$case,$RUNS"
    ref=$(lines "$LOG_DIR/prefix-native.log" prefix | cut -d' ' -f1-3)
    got=$(lines "$LOG_DIR/prefix-$config.log" prefix | cut -d' ' -f1-3)
    p=$(lines "$LOG_DIR/prefix-$config.log" unstable |
        sed -n 's/^unstable prefix \([0-9]*\).*/\1/p' | head -n1)
    [ -n "$p" ] || p=$(first_diff "$ref" "$got")
    if [ -z "$p" ]; then
        echo "case $case: its prefixes agree (see $LOG_DIR/prefix-*.log)"
        return
    fi
    echo "reproducer: seed $SEED case $case, the state first differs after" \
         "instruction $p (rerun: check/fuzz.sh $SEED 1 $case)"
    echo "native QEMU: $(lines "$LOG_DIR/prefix-native.log" prefix |
                         sed -n "${p}p" | cut -d' ' -f3)"
    echo "${NAME[$config]}: $(lines "$LOG_DIR/prefix-$config.log" prefix |
                               sed -n "${p}p" | cut -d' ' -f3)"
    hex=$(lines "$LOG_DIR/prefix-native.log" prefix | head -n "$p" |
          cut -d' ' -f4 | tr -d '\n')
    echo "instructions 1-$p (jumps unresolved; '->N' in the log):"
    disassemble "$hex"
    run native "$LOG_DIR/dump-native.log" "d,$SEED,$case,$p,$RUNS"
    run "$config" "$LOG_DIR/dump-$config.log" "d,$SEED,$case,$p,$RUNS"
    echo "state after instruction $p, native QEMU (<) and ${NAME[$config]} (>):"
    diff <(lines "$LOG_DIR/dump-native.log" '[a-z0-9]*') \
         <(lines "$LOG_DIR/dump-$config.log" '[a-z0-9]*') | grep '^[<>]' || true
}

# reference CPUS: native QEMU's run of the cases with CPUS (QEMU
# arguments, empty for one CPU), into native_total and native_chunks.
# The reference has the same -smp as the configuration it judges: with
# several CPUs (MTTCG) QEMU translates locked instructions for parallel
# runs, which leaves other values in flags that x86 leaves undefined
# (BTR's AF after a "lock add", for one).
declare -A REFERENCE_RAN=()
reference() {
    NATIVE_CPUS=$1
    native_log=$LOG_DIR/native${1:+-${1//[^0-9a-z]/_}}.log
    if [ -z "${REFERENCE_RAN[$native_log]:-}" ]; then
        run native "$native_log" "s,$SEED,$FIRST,$COUNT,$RUNS"
        REFERENCE_RAN[$native_log]=1
    fi
    native_total=$(lines "$native_log" total)
    native_chunks=$(lines "$native_log" chunk)
    if [ -z "$native_total" ] || [ "$(lines "$native_log" exit)" != "exit 0" ]; then
        echo "FAIL: fuzz: native QEMU${1:+ with $1} did not finish (see $native_log)"
        exit 1
    fi
}
reference ''

# The fixed cases native QEMU gets wrong (its known bugs, see jitfuzz.c).
native_wrong=$(lines "$native_log" regress |
               sed -n 's/^regress \([a-z_]*\) BAD .*/\1/p' | tr '\n' ' ')
[ -z "$native_wrong" ] || log "native QEMU gets fixed cases wrong: $native_wrong"

status=0
for config in ${FUZZ_CONFIGS:-off jit smp4}; do
    log=$LOG_DIR/$config.log name=fuzz-$config
    reference "${CPUS[$config]:-}"
    run "$config" "$log" "s,$SEED,$FIRST,$COUNT,$RUNS"
    total=$(lines "$log" total)
    unstable=$(lines "$log" unstable | head -n1)
    regress=$(lines "$log" regress | grep -v '^regress [a-z_]* ok ' || true)
    compiled=$(stat_of "$log" compiled)
    if [ -z "$total" ] || [ "$(lines "$log" exit)" != "exit 0" ]; then
        echo "FAIL: $name (seed $SEED): the guest did not finish (see $log)"
    elif [ -n "$regress" ]; then
        echo "FAIL: $name (seed $SEED): fixed case wrong: $regress"
    elif [ -n "$unstable" ]; then
        echo "FAIL: $name (seed $SEED): $unstable (interpreted and compiled runs differ)"
        reproduce "$config" "$(echo "$unstable" | cut -d' ' -f3)"
    elif [ "$total" != "$native_total" ]; then
        chunk=$(first_diff "$native_chunks" "$(lines "$log" chunk)")
        echo "FAIL: $name (seed $SEED): cases $chunk-$((chunk + 99)) differ from native QEMU"
        run native "$LOG_DIR/cases-native.log" "c,$SEED,$chunk,100,$RUNS"
        run "$config" "$LOG_DIR/cases-$config.log" "c,$SEED,$chunk,100,$RUNS"
        reproduce "$config" "$(first_diff \
            "$(lines "$LOG_DIR/cases-native.log" case)" \
            "$(lines "$LOG_DIR/cases-$config.log" case)")"
    elif [ "$config" != off ] && [ "${compiled:-0}" -le 0 ]; then
        echo "FAIL: $name (seed $SEED): tier 2 compiled nothing (see $log)"
    else
        echo "PASS: $name: $COUNT cases from seed $SEED, hash" \
             "$(echo "$total" | cut -d' ' -f8) equal to native QEMU's${compiled:+, compiled=$compiled}"
        continue
    fi
    status=1
done
exit $status
