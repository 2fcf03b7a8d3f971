#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Native baseline: boot the test guest of GUEST_ARCH (common.sh) under
# Debian trixie's own qemu-system-ARCH (TCG) inside the build root, to
# validate the guest and to get reference times for the WebAssembly build.
# The package (qemu-system-x86, -arm or -riscv) is installed into the build
# root on first use (launch_qemu native, toolchain/qemu.sh); that does not
# change the root's cache key.
#
# Usage: guest/native-qemu.sh check [N]       workload (default accel and
#                                             -accel tcg) + scripted shell
#        guest/native-qemu.sh workload [N]    boot, compare the digest
#        guest/native-qemu.sh shell           interactive console (^A x quits)
#        guest/native-qemu.sh run MODE        boot with guest.mode=MODE, the
#                                             console on stdout (for scripts)
# Arguments after "--" go to QEMU; GUEST_APPEND adds kernel parameters;
# GUEST_KERNEL=bzImage boots the compressed kernel instead of vmlinux
# (common.sh); QEMU_TIMEOUT (seconds, default 300) bounds each run;
# QEMU_WRAPPER (a command run in the build root) is put in front of QEMU.

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
stage_start native-qemu
guest_arch_args "$GUEST_ARCH"
shopt -s extglob

QEMU_TIMEOUT=${QEMU_TIMEOUT:-300}

# qemu_cmd MODE QEMU-ARG... : run QEMU on the guest, from the guest dir so
# that the relative paths below are the ones documented for tests.
qemu_cmd() {
    local mode=$1
    shift
    guest_args . firmware "guest.mode=$mode ${GUEST_APPEND:-}"
    (cd "$GUEST_DIR" && launch_qemu --timeout "$QEMU_TIMEOUT" --wrap "${QEMU_WRAPPER:-}" \
        native "${GUEST_ARGS[@]}" "$@")
}

now_us() { echo "${EPOCHREALTIME/./}"; }

# Seconds since T0_US with millisecond precision.
elapsed() {
    local ms=$((($(now_us) - T0_US) / 1000))
    printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

# Drop CR and the terminal control sequences the firmware emits.
clean() {
    local s=${1//$'\r'/}
    s=${s//$'\e'c/}
    s=${s//$'\e'\[*([0-9;?])[A-Za-z]/}
    printf '%s' "$s"
}

# expect FD REGEX : echo console lines (with host timestamps) until one, or
# the unfinished last one (a prompt), matches REGEX.  Sets MATCH and
# MATCH_AT (seconds); returns 1 at end of output.  An empty REGEX drains.
PARTIAL=''
expect() {
    local fd=$1 re=$2 chunk line
    while :; do
        if IFS= read -r -t 0.2 -u "$fd" chunk; then
            line=$(clean "$PARTIAL$chunk")
            PARTIAL=''
            printf '%8s | %s\n' "$(elapsed)" "$line"
            if [ -n "$re" ] && [[ $line =~ $re ]]; then
                MATCH=$line MATCH_AT=$(elapsed)
                return 0
            fi
        elif (($? > 128)); then
            PARTIAL+=$chunk
            line=$(clean "$PARTIAL")
            if [ -n "$re" ] && [ -n "$line" ] && [[ $line =~ $re ]]; then
                printf '%8s | %s\n' "$(elapsed)" "$line"
                PARTIAL='' MATCH=$line MATCH_AT=$(elapsed)
                return 0
            fi
        else
            [ -z "$PARTIAL$chunk" ] ||
                printf '%8s | %s\n' "$(elapsed)" "$(clean "$PARTIAL$chunk")"
            PARTIAL=''
            return 1
        fi
    done
}

# start_qemu MODE QEMU-ARG... : QEMU as a coprocess; its console is read
# from fd OUT and written to fd IN, its pid is PID.  The fds are duplicated
# because bash closes a coprocess's own fds when it exits, possibly before
# its last output has been read.
start_qemu() {
    PARTIAL=''
    T0_US=$(now_us)
    coproc QEMU { qemu_cmd "$@" 2>&1; }
    PID=$QEMU_PID
    exec {OUT}<&"${QEMU[0]}" {IN}>&"${QEMU[1]}"
}

# stop_qemu : wait for QEMU to exit; sets RC to its exit status.
stop_qemu() {
    expect "$OUT" '' || :
    RC=0
    wait "$PID" || RC=$?
    exec {OUT}<&- {IN}>&-
}

# run_workload N QEMU-ARG... : boot, check the digest against the host's.
run_workload() {
    local n=$1 expected boot_at digest ok=1 wtime
    shift
    expected=$("$WASM_DIR/guest/workload-expected.sh" "$n")
    log "workload guest.work=$n, QEMU args: ${*:-(none)}"
    GUEST_APPEND="${GUEST_APPEND:-} guest.work=$n" start_qemu workload "$@"
    expect "$OUT" '^QEMU-WASM-GUEST: booted$' || ok=0
    boot_at=$MATCH_AT
    expect "$OUT" '^QEMU-WASM-WORKLOAD: ' || ok=0
    digest=${MATCH#QEMU-WASM-WORKLOAD: }
    expect "$OUT" '^QEMU-WASM-WORKLOAD-TIME: ' || ok=0
    wtime=${MATCH#QEMU-WASM-WORKLOAD-TIME: }
    expect "$OUT" '^QEMU-WASM-GUEST: poweroff$' || ok=0
    stop_qemu
    log "boot to marker: ${boot_at:-?} s (host clock from QEMU start)"
    log "workload: ${wtime:-?} (guest clock)"
    log "QEMU exit status: $RC, total $(elapsed) s"
    if [ "$digest" = "$expected" ]; then
        log "digest ok: $digest"
    else
        log "digest MISMATCH: got '$digest', expected $expected"
        ok=0
    fi
    [ "$ok" = 1 ] && [ "$RC" = 0 ]
}

# run_shell_test QEMU-ARG... : type commands at the guest's shell prompt.
# Input is sent only once the prompt is up: bytes that reach the UART
# before Linux has opened it are dropped by the port setup.
run_shell_test() {
    local ok=1
    log "shell test, QEMU args: ${*:-(none)}"
    start_qemu shell "$@"
    expect "$OUT" 'guest# $' || ok=0
    # shellcheck disable=SC2016 # expanded by the guest's shell
    printf '%s\n' 'echo hi-$((6*7)) $(uname -m)' >&"$IN"
    expect "$OUT" "^hi-42 $GUEST_ARCH\$" || ok=0
    expect "$OUT" 'guest# $' || ok=0
    printf 'exit\n' >&"$IN"
    expect "$OUT" '^QEMU-WASM-GUEST: poweroff$' || ok=0
    stop_qemu
    log "shell test: $([ "$ok" = 1 ] && echo ok || echo FAILED)," \
        "QEMU exit status $RC, total $(elapsed) s"
    [ "$ok" = 1 ] && [ "$RC" = 0 ]
}

cmd=${1:-check}
[ $# -eq 0 ] || shift
n=
if [ "$cmd" = run ]; then
    mode=${1:?usage: $0 run MODE [-- QEMU-ARG...]}
    shift
elif [ $# -gt 0 ] && [ "$1" != -- ]; then
    n=$1
    shift
fi
[ "${1:-}" != -- ] || shift
n=${n:-$(sed -n 's/^DEFAULT_WORK=//p' "$WASM_DIR/guest/init")}

GUEST_DIR=$("$WASM_DIR/guest/build.sh" --print-dir)
[ -f "$GUEST_DIR/$GUEST_KERNEL" ] || GUEST_DIR=$("$WASM_DIR/guest/build.sh")
native_qemu_ensure >&2

case $cmd in
    workload)
        run_workload "$n" "$@"
        ;;
    run)
        qemu_cmd "$mode" "$@" </dev/null
        ;;
    shell)
        # Interactive: QEMU owns the terminal, and no time limit (timeout(1)
        # would also move QEMU out of the terminal's foreground group).
        QEMU_TIMEOUT='' qemu_cmd shell "$@"
        ;;
    check)
        fail=0
        run_workload "$n" "$@" || fail=1
        run_workload "$n" -accel tcg "$@" || fail=1
        run_shell_test -accel tcg "$@" || fail=1
        [ "$fail" = 0 ] || die "check failed"
        log "all checks passed"
        ;;
    *)
        die "usage: $0 check|workload|shell|run [N|MODE] [-- QEMU-ARG...]"
        ;;
esac
stage_done
