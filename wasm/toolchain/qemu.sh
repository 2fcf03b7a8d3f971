# SPDX-License-Identifier: GPL-2.0-or-later
# Launching QEMU and reading what it printed, for the runner, the tests,
# the benchmarks, the demo and the soak: one launcher for this build under
# Node.js and for Debian's native QEMU, and the parsers of its output (the
# guest's QEMU-WASM-* markers, QEMU's wasm-stats line, bench/measure.py's
# time stamps).  Sourced by common.sh: it only defines.
# shellcheck shell=bash

# launch_qemu [--timeout SECONDS] [--wrap COMMAND] KIND QEMU-ARG...: QEMU
# for GUEST_ARCH inside the build root, run from the current directory
# (which must lie in the checkout or the cache, the host paths the root
# sees), with this process's stdio; returns QEMU's exit status.  KIND:
#   wasm    this build, build/qemu-system-ARCH.js, under the root's Node.js
#   tci     the plain TCI build (toolchain/build-qemu.sh --tci)
#   native  Debian's qemu-system-ARCH, installed into the root on first use
# --timeout bounds the run with timeout(1) (status 124 when it struck; an
# empty bound is none); --wrap puts COMMAND (words) in front of QEMU, e.g.
# bench/measure.py.  From the environment: QEMU_NODE_FLAGS (Node.js/V8
# options before the script), QEMU_PASST and QEMU_PASST_OPTS (the user
# network's, runner/net-pre.js).
launch_qemu() {
    local limit=() wrap='' cmd=() env=() v js
    while :; do
        case ${1:-} in
        --timeout) [ -z "$2" ] || limit=(timeout --kill-after=10 "$2"); shift 2 ;;
        --wrap) wrap=$2; shift 2 ;;
        *) break ;;
        esac
    done
    case ${1:-} in
    wasm | tci)
        js=$OUT_DIR/qemu-system-$GUEST_ARCH.js
        [ "$1" = wasm ] || js=$OUT_DIR/tci/qemu-system-$GUEST_ARCH.js
        [ -f "$js" ] || die "$js missing: run 'make build' first"
        # shellcheck disable=SC2206 # QEMU_NODE_FLAGS: words
        cmd=(node ${QEMU_NODE_FLAGS:-} "$js") ;;
    native)
        [ "${NATIVE_QEMU_READY:-}" = "$GUEST_ARCH" ] || native_qemu_ensure >&2
        cmd=("qemu-system-$GUEST_ARCH") ;;
    *)
        die "launch_qemu: no emulator '${1:-}' (wasm, tci or native)" ;;
    esac
    shift
    for v in QEMU_PASST QEMU_PASST_OPTS; do
        [ -z "${!v:-}" ] || env+=("$v=${!v}")
    done
    # shellcheck disable=SC2016 # expanded inside the root
    # shellcheck disable=SC2086 # COMMAND: words
    in_root /usr/bin/env "${env[@]}" /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$PWD" \
        "${limit[@]}" $wrap "${cmd[@]}" "$@"
}

# native_qemu_ensure: Debian's qemu-system-GUEST_ARCH in the build root
# (installed on first use; the root's cache key does not change).  Sets
# NATIVE_QEMU_READY, so that the launches that follow (in this shell and
# its subshells) skip the check, which enters the root: a timed run
# starts with QEMU.
native_qemu_ensure() {
    local pkg
    case $GUEST_ARCH in
    x86_64) pkg=qemu-system-x86 ;;
    aarch64) pkg=qemu-system-arm ;;
    riscv64) pkg=qemu-system-riscv ;;
    esac
    root_ensure "qemu-system-$GUEST_ARCH" "$pkg"
    NATIVE_QEMU_READY=$GUEST_ARCH
}

# measured_qemu KIND LOG TIMEOUT QEMU-ARG...: launch_qemu KIND from the
# checkout's root under bench/measure.py, stdin closed: every line QEMU
# prints stamped with the host's seconds since it started, then measure's
# line (exit status, wall time, peak RSS), into LOG.  TIMEOUT: seconds
# (empty: none).  Returns non-zero when QEMU did.
measured_qemu() {
    local kind=$1 log=$2 bound=$3
    shift 3
    (cd "$WASM_DIR" && launch_qemu --timeout "$bound" \
        --wrap "python3 $WASM_DIR/bench/measure.py" "$kind" "$@") </dev/null >"$log" 2>&1
}

# The parsers read logs as QEMU's output was kept: as it came, or stamped
# by bench/measure.py ("SECONDS LINE").  Each prints nothing when what it
# looks for is not there, and returns 0.

# markers NAME [FILE...]: what follows "QEMU-WASM-NAME: " (a marker the
# guest prints, guest/init) on every line that has it, without carriage
# returns; reads stdin without a FILE.
markers() {
    sed -n "s/.*QEMU-WASM-$1: //p" "${@:2}" | tr -d '\r'
}

# marker_digest NAME [FILE...]: the sha256 the guest printed after
# "QEMU-WASM-NAME: ".
marker_digest() {
    sed -n "s/.*QEMU-WASM-$1: \([0-9a-f]\{64\}\).*/\1/p" "${@:2}"
}

# guest_uptime LOG: "uptime SECONDS s", the guest's first uptime marker
# (guest/init prints it when booted).
guest_uptime() {
    sed -n '/QEMU-WASM-GUEST: uptime [0-9.]* s/{s/.*QEMU-WASM-GUEST: \(uptime [0-9.]* s\).*/\1/p;q}' "$1"
}

# stat_of LOG NAME: a counter of tier 2 from the last "wasm-stats:" line
# in LOG (-accel tcg,wasm-stats=on prints it when QEMU exits).
stat_of() {
    sed -n "s/.*wasm-stats: .*\b$2=\([0-9]*\).*/\1/p" "$1" | tail -n1
}

# wasm_stats LOG: the "wasm-stats: ..." lines of LOG.
wasm_stats() {
    sed -n 's/.*\(wasm-stats: \)/\1/p' "$1"
}

# stamp_at LOG REGEX: the time stamp of LOG's first line matching REGEX
# (an awk regex).
stamp_at() {
    awk -v re="$2" '$0 ~ re { print $1; exit }' "$1"
}

# stamp_span LOG FROM TO [DECIMALS]: the seconds from the first line
# matching FROM to the first matching TO, with DECIMALS (default 3).
stamp_span() {
    awk -v a="$(stamp_at "$1" "$2")" -v b="$(stamp_at "$1" "$3")" \
        -v f="%.${4:-3}f" 'BEGIN { printf f, b - a }'
}

# measured LOG FIELD: a number of measure.py's last line ("measure: exit
# STATUS wall SECONDS maxrss KIB"): FIELD is exit, wall or maxrss.
measured() {
    sed -n "s/^.*measure: .*\b$2 \([0-9.]*\).*/\1/p" "$1"
}
