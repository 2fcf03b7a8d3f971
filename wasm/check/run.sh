#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make check: the project's tests.  Each test prints one line,
# "PASS: NAME: DETAIL" or "FAIL: NAME: DETAIL" (the scripts run_script
# calls print the same); the run ends with "N passed, N failed" and exits
# non-zero when any test failed.  Logs go to wasm/build/check/.
# Usage: check/run.sh [--long | TEST...]   (default: TESTS below, make
# check; --long: LONG_TESTS, make check-long)

. "$(dirname "$0")/../toolchain/common.sh"
STAGE=check

LOG_DIR=$OUT_DIR/check
mkdir -p "$LOG_DIR"
# use_arch ARCH: the guest, emulator and command line tests use next.
use_arch() {
    export GUEST_ARCH=$1
    guest_arch_args "$1"
    QEMU=$WASM_DIR/runner/qemu-system-$1
    GUEST_DIR=$("$WASM_DIR/guest/build.sh" --print-dir)
}
use_arch x86_64
BUILD_DIR=$(readlink -f "$OUT_DIR/qemu-build")
# Workload rounds for the boot test: small, as the interpreter is slow.
WORK=${CHECK_GUEST_WORK:-2}

passed=0 failed=0
declare -a failures=()

pass() { passed=$((passed + 1)); echo "PASS: $1: $2"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL: $1: $2"; }

# run_qemu LOG TIMEOUT ARGS...: run the emulator (launch_qemu,
# toolchain/qemu.sh) with a bounded time, from the checkout's root, stdin
# closed; sets $status (124 on time-out).  The guest's output is read
# with qemu.sh's parsers (markers, marker_digest, stat_of, guest_uptime).
run_qemu() {
    local log=$1 limit=$2
    shift 2
    status=0
    (cd "$WASM_DIR" && launch_qemu --timeout "$limit" wasm "$@") \
        </dev/null >"$log" 2>&1 || status=$?
}

# Sets $native_stress, the stress digest under native QEMU, once a run.
native_stress=
load_native_stress() {
    [ -n "$native_stress" ] ||
        native_stress=$("$WASM_DIR/guest/native-qemu.sh" run stress 2>/dev/null |
                        marker_digest STRESS) || true
}

# boot_guest LOG TIMEOUT KERNEL_PARAMS [QEMU-ARG...]: run_qemu on the
# default guest.
boot_guest() {
    local log=$1 limit=$2
    guest_args "$GUEST_DIR" build/firmware "$3"
    shift 3
    run_qemu "$log" "$limit" "${GUEST_ARGS[@]}" "$@"
}

# unit_test NAME: QEMU's unit test tests/unit/NAME, built for wasm and run
# under Node.js in the build root: every subtest ok, and the plan complete.
unit_test() {
    local name=unit-$1 log=$LOG_DIR/$1.log
    in_root /bin/sh -c "cd '$BUILD_DIR' &&
        EM_COMPILER_WRAPPER=/usr/bin/ccache CCACHE_DIR='$CACHE_DIR/ccache' \
        emmake make tests/unit/$1.js" >"$log.build" 2>&1 ||
        { fail "$name" "build failed (see $log.build)"; return; }
    status=0
    timeout 300 "$WASM_DIR/toolchain/in-root.sh" /bin/sh -c \
        "cd '$BUILD_DIR' && node tests/unit/$1.js" \
        </dev/null >"$log" 2>&1 || status=$?
    local ok nok plan
    ok=$(grep -c '^ok ' "$log" || true)
    nok=$(grep -c '^not ok ' "$log" || true)
    plan=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$log")
    if [ "$nok" != 0 ] || [ "$ok" = 0 ] || [ "$ok" != "$plan" ]; then
        fail "$name" "exit $status, $ok ok of ${plan:-?}, $nok not ok (see $log)"
    elif [ "$status" = 0 ]; then
        pass "$name" "$ok subtests"
    else
        fail "$name" "exit $status after $ok subtests (see $log)"
    fi
}

# The coroutine backend (Emscripten fibers).
test_unit_coroutine() {
    unit_test test-coroutine
}

# tcg/wasm32's module writer: encodings, and modules run by the engine.
test_wasm_emit() {
    unit_test test-wasm-emit
}

# The default guest boots to its marker and its workload digest equals the
# one computed on the host; QEMU exits 0 when the guest powers off.
test_boot_workload() {
    local name=boot-workload log=$LOG_DIR/boot-workload.log t0 expected digest
    expected=$("$WASM_DIR/guest/workload-expected.sh" "$WORK")
    t0=$(date +%s)
    boot_guest "$log" 3000 "guest.mode=workload guest.work=$WORK"
    local secs=$(( $(date +%s) - t0 ))
    digest=$(marker_digest WORKLOAD "$log")
    if ! grep -q 'QEMU-WASM-GUEST: booted' "$log"; then
        fail $name "no boot marker, exit $status (see $log)"
    elif [ "$digest" != "$expected" ]; then
        fail $name "digest '$digest' != host's '$expected' (see $log)"
    elif [ "$status" != 0 ]; then
        fail $name "exit status $status after poweroff (see $log)"
    else
        pass $name "${secs}s, QEMU-WASM-GUEST: $(guest_uptime "$log")"
    fi
}

# Tier 2 on, with a threshold low enough that most executed code is
# compiled: the workload digest equals the host's and modules were built.
test_jit_workload() {
    local name=jit-workload log=$LOG_DIR/jit-workload.log t0 expected digest
    expected=$("$WASM_DIR/guest/workload-expected.sh" "$WORK")
    t0=$(date +%s)
    boot_guest "$log" 3000 "guest.mode=workload guest.work=$WORK" \
        -accel tcg,wasm-threshold=20,wasm-stats=on
    digest=$(marker_digest WORKLOAD "$log")
    local compiled stayed
    compiled=$(stat_of "$log" compiled)
    stayed=$(stat_of "$log" failed)
    if [ "$digest" != "$expected" ]; then
        fail $name "digest '$digest' != host's '$expected', exit $status (see $log)"
    elif [ "$status" != 0 ]; then
        fail $name "exit status $status (see $log)"
    elif [ "${compiled:-0}" -le 0 ]; then
        fail $name "no block compiled (see $log)"
    else
        pass $name "$(( $(date +%s) - t0 ))s, compiled=$compiled failed=$stayed"
    fi
}

# The stress guest (guest/stress.sh) gives the same digest under native
# QEMU, the interpreter alone (wasm=off) and tier 2, and every jitcheck
# case is right under tier 2.  The interpreter runs with the barriers a
# weakly ordered host needs (wasm-tso=off), tier 2 without them (this
# host is x86: auto leaves them out).
test_jit_stress() {
    local name=jit-stress native off on
    load_native_stress
    native=$native_stress
    boot_guest "$LOG_DIR/jit-stress-off.log" 3000 guest.mode=stress \
        -accel tcg,wasm=off,wasm-tso=off,wasm-stats=on
    off=$(marker_digest STRESS "$LOG_DIR/jit-stress-off.log")
    boot_guest "$LOG_DIR/jit-stress-on.log" 3000 guest.mode=stress \
        -accel tcg,wasm-threshold=10,wasm-stats=on
    on=$(marker_digest STRESS "$LOG_DIR/jit-stress-on.log")
    if [ -z "$native" ] || [ "$native" != "$off" ] || [ "$off" != "$on" ]; then
        fail $name "native '$native', wasm=off '$off', wasm on '$on' (see $LOG_DIR/jit-stress-*.log)"
    elif ! jitcheck_ok "$LOG_DIR/jit-stress-on.log"; then
        fail $name "jitcheck under the JIT: $(jitcheck_ok "$LOG_DIR/jit-stress-on.log" -v)"
    elif [ "$(stat_of "$LOG_DIR/jit-stress-off.log" compiled)" != 0 ]; then
        fail $name "wasm=off compiled blocks"
    elif [ "$(stat_of "$LOG_DIR/jit-stress-off.log" tso)" != 0 ] ||
         [ "$(stat_of "$LOG_DIR/jit-stress-on.log" tso)" != 1 ]; then
        fail $name "tso= not 0 with wasm-tso=off and 1 with auto on x86"
    elif [ "$(stat_of "$LOG_DIR/jit-stress-on.log" compiled)" -le 0 ]; then
        fail $name "tier 2 compiled nothing"
    else
        pass $name "digest $native in all three"
    fi
}

# Several vCPUs (MTTCG): guest/smpcheck.c's atomics, litmus and
# cross-modifying code tests on every CPU and one sha256 job per CPU at
# once, under tier 2 with its barriers (wasm-tso=off) and without, and
# under the interpreter alone; with the JIT the other vCPU threads
# instantiated modules (shared > 0).  Then the stress guest on 4 vCPUs
# (its digest native QEMU's, jitcheck right), and the aarch64 and riscv64
# guests' parallel jobs on 2.  jit-flush: a 2 MiB code buffer, flushed
# all the time while both vCPUs run compiled code (threshold 100, as in
# jit-lifecycle: at 10 it took 6 min instead of 1.5).  sockets=N: without
# ACPI the x86 kernel finds the CPUs in SeaBIOS's MP table, which lists
# one CPU per socket.
SMP_ITERS=${CHECK_SMP_ITERS:-20000}
SMP_JIT=wasm-threshold=10,wasm-stats=on
smp_zeros=$(head -c 16M /dev/zero | sha256sum | cut -d' ' -f1)

# smp_jobs_ok NAME CPUS ACCEL LOG: the checks of a guest.mode=smp run.
smp_jobs_ok() {
    local bad jobs shared
    bad=$(markers SMP "$4" | sed -n '/^[a-z_]* [0-9]* BAD/p' | head -n3)
    jobs=$(markers SMP "$4" | sed -n 's/^jobs done *//p')
    shared=$(stat_of "$4" shared)
    if ! grep -q "QEMU-WASM-SMP: cpus $2" "$4" || [ -n "$bad" ] ||
       { [ "$GUEST_ARCH" = x86_64 ] && ! grep -q 'QEMU-WASM-SMP: exit 0' "$4"; }; then
        fail "$1" "smpcheck: ${bad:-did not finish} (see $4)"
    elif [ "$jobs" != "$2 $smp_zeros" ]; then
        fail "$1" "jobs: '$jobs', want $2 x $smp_zeros (see $4)"
    elif [[ $3 != *wasm=off* ]] && [ "${shared:-0}" -le 0 ]; then
        fail "$1" "no vCPU thread ran another's module (see $4)"
    elif [[ $3 != *wasm=off* ]] &&
         [ "$(grep -c '^wasm-cpu-stats: cpu=[0-9].* entries=[1-9]' "$4")" != "$2" ]; then
        fail "$1" "not every vCPU ran compiled code: $(grep '^wasm-cpu-stats' "$4" | tr '\n' ';') (see $4)"
    else
        pass "$1" "$([ "$GUEST_ARCH" != x86_64 ] || echo "$(grep -c ' ok' "$4") checks ok, $(
            markers SMP "$4" | sed -n 's/^litmus sb /sb /p'), ")$2 jobs equal, shared=${shared:-0}"
    fi
}

# QEMU's own barriers under Emscripten call the fence of util/wasm-fence.js
# (include/qemu/atomic.h), as Binaryen's optimizer drops an atomic.fence in
# QEMU's module: the linked module imports it and calls it in many places
# (SMP_FENCE_CALLS_MIN; 795 fences in the objects of the x86_64 link).
SMP_FENCE_CALLS_MIN=200
fence_calls_ok() {
    local name=smp-fence-calls wasm=$OUT_DIR/qemu-system-x86_64.wasm
    local log=$LOG_DIR/smp-fence-calls.log fence calls
    in_root wasm-dis "$wasm" >"$log" 2>&1 ||
        { fail $name "wasm-dis failed (see $log)"; return; }
    fence=$(sed -n 's/^ *(import "env" "qemu_wasm_fence" (func \(\$[^ )]*\).*/\1/p' "$log")
    calls=0
    [ -z "$fence" ] || calls=$(grep -cF "(call $fence)" "$log" || true)
    if [ -z "$fence" ]; then
        fail $name "qemu-system-x86_64.wasm imports no qemu_wasm_fence"
    elif [ "$calls" -lt "$SMP_FENCE_CALLS_MIN" ]; then
        fail $name "$calls calls to qemu_wasm_fence, expected $SMP_FENCE_CALLS_MIN or more"
    else
        pass $name "$calls calls to qemu_wasm_fence in qemu-system-x86_64.wasm"
    fi
    rm -f "$log"
}

test_smp() {
    local name cpus accel log arch on
    local kind
    fence_calls_ok
    for run in "2 jit $SMP_JIT" "2 off wasm=off" "4 jit-tso-off wasm-tso=off,$SMP_JIT" \
               "4 jit-tso-on wasm-tso=on,$SMP_JIT" "2 jit-flush tb-size=2,wasm-threshold=100"; do
        read -r cpus kind accel <<<"$run"
        name=smp-$cpus-$kind log=$LOG_DIR/$name.log
        boot_guest "$log" 1500 "guest.mode=smp guest.smp=$SMP_ITERS,16" \
            -smp "$cpus,sockets=$cpus" -accel "tcg,$accel,wasm-stats=on"
        smp_jobs_ok "$name" "$cpus" "$accel" "$log"
    done

    name=smp-4-stress log=$LOG_DIR/$name.log
    load_native_stress
    boot_guest "$log" 3000 guest.mode=stress -smp 4,sockets=4 -accel "tcg,$SMP_JIT"
    on=$(marker_digest STRESS "$log")
    if [ -z "$native_stress" ] || [ "$on" != "$native_stress" ]; then
        fail $name "digest '$on', native QEMU's '$native_stress' (see $log)"
    elif ! jitcheck_ok "$log"; then
        fail $name "jitcheck: $(jitcheck_ok "$log" -v)"
    else
        pass $name "digest $on equal to native QEMU's, jitcheck ok, compiled=$(stat_of "$log" compiled)"
    fi

    for arch in aarch64 riscv64; do
        use_arch $arch
        name=smp-2-$arch log=$LOG_DIR/$name.log
        boot_guest "$log" 1500 "guest.mode=smp guest.smp=0,16" -smp 2 -accel "tcg,$SMP_JIT"
        smp_jobs_ok "$name" 2 "$SMP_JIT" "$log"
    done
    use_arch x86_64
}

# Generated cases (check/fuzz.sh, guest/jitfuzz.c): the same state hashes
# under native QEMU, wasm=off and the JIT, interpreted and compiled runs
# equal.  The seed changes per run, so that CI explores; every result
# names it, and CHECK_FUZZ_SEED=SEED (or check/fuzz.sh SEED N) reruns it.
FUZZ_SEED=${CHECK_FUZZ_SEED:-$(date +%s)}
FUZZ_CASES=${CHECK_FUZZ_CASES:-10000}
test_fuzz() {
    run_script fuzz "$WASM_DIR/check/fuzz.sh" "$FUZZ_SEED" "$FUZZ_CASES"
}

# JITCHECK_CASES: the cases guest/jitcheck.c reports, each "NAME VALUE ok"
# when right.  jitcheck_ok LOG [-v]: all of them ok in LOG (-v: print the
# lines that are not).
JITCHECK_CASES=5
jitcheck_ok() {
    local lines
    lines=$(markers JITCHECK "$1")
    if [ "${2:-}" = -v ]; then
        echo "$lines" | grep -v ' ok$' | tr '\n' ';'
        echo " ($(echo "$lines" | grep -c ' ok$') of $JITCHECK_CASES ok)"
    fi
    [ "$(echo "$lines" | grep -c ' ok$')" = "$JITCHECK_CASES" ]
}

# A 2 MiB code buffer flushes all the time: compiled code is freed with
# its blocks, so most of what was compiled is freed and what stays live at
# the end is what one small code buffer holds (LIFECYCLE_LIVE_MAX, far
# below the JIT's own cap), with the right result.  Threshold 100: at 10
# it compiled ten times as many blocks and took 10 min instead of 2.
LIFECYCLE_LIVE_MAX=8192
test_jit_lifecycle() {
    local name=jit-lifecycle log=$LOG_DIR/jit-lifecycle.log expected digest
    load_native_stress
    expected=$native_stress
    boot_guest "$log" 3000 guest.mode=stress \
        -accel tcg,tb-size=2,wasm-threshold=100,wasm-stats=on
    digest=$(marker_digest STRESS "$log")
    local compiled freed live
    compiled=$(stat_of "$log" compiled)
    freed=$(stat_of "$log" freed)
    live=$(stat_of "$log" live)
    if [ -z "$digest" ] || [ "$digest" != "$expected" ]; then
        fail $name "digest '$digest' != native '$expected' (see $log)"
    elif [ "$((2 * ${freed:-0}))" -le "${compiled:-0}" ]; then
        fail $name "freed=$freed is not most of compiled=$compiled (see $log)"
    elif [ "${live:-999999}" -gt "$LIFECYCLE_LIVE_MAX" ]; then
        fail $name "live=$live > $LIFECYCLE_LIVE_MAX after constant flushes (see $log)"
    else
        pass $name "compiled=$compiled freed=$freed live=$live"
    fi
}

# share_boot LOG DIR QEMU-ARG...: boot the guest with a 9p share of DIR,
# holding a random file, with the QEMU-ARGs that export it; sets
# $expected (its sha256), $seen (what the guest read) and $wrote (the
# file the guest wrote).
share_boot() {
    local log=$1 dir=$2
    shift 2
    rm -rf "$dir"
    mkdir -p "$dir"
    head -c 65536 /dev/urandom >"$dir/from-host.txt"
    expected=$(sha256sum <"$dir/from-host.txt" | cut -d' ' -f1)
    boot_guest "$log" 1500 "guest.mode=share guest.9p=1" "$@"
    seen=$(marker_digest 9P-READ "$log")
    wrote=$(cat "$dir/from-guest.txt" 2>/dev/null || true)
}

# A host folder shared over virtio-9p: the guest reads a file the test
# wrote (random, so only a real read matches) and writes one back.
test_share_9p() {
    local name=share-9p log=$LOG_DIR/share-9p.log dir=$LOG_DIR/share
    local expected seen wrote
    share_boot "$log" "$dir" \
        -virtfs "local,path=$dir,mount_tag=host0,security_model=none"
    if [ "$seen" != "$expected" ]; then
        fail $name "guest read '$seen', host wrote '$expected', exit $status (see $log)"
    elif [ "$wrote" != "guest read $expected" ]; then
        fail $name "from-guest.txt holds '$wrote' (see $log)"
    elif [ "$status" != 0 ]; then
        fail $name "exit status $status (see $log)"
    else
        pass $name "read and wrote through 9p"
    fi
}

# A helper call of compiled code that switches coroutines: without an
# ioeventfd, virtio-9p starts each request's coroutine on the vCPU thread,
# inside the guest's notify store.  The region returns, is entered again
# at the call's resume point and tier 1 finishes the block (resumed > 0);
# the guest still reads and writes the share right.
test_jit_switch() {
    local name=jit-switch log=$LOG_DIR/jit-switch.log dir=$LOG_DIR/switch
    local expected seen wrote resumed
    share_boot "$log" "$dir" \
        -fsdev "local,id=share,path=$dir,security_model=none" \
        -device virtio-9p-pci,fsdev=share,mount_tag=host0,ioeventfd=off \
        -accel tcg,wasm-threshold=10,wasm-stats=on
    resumed=$(stat_of "$log" resumed)
    if [ "$seen" != "$expected" ] || [ "$wrote" != "guest read $expected" ]; then
        fail $name "guest read '$seen', host wrote '$expected', from-guest.txt '$wrote' (see $log)"
    elif [ "$status" != 0 ]; then
        fail $name "exit status $status (see $log)"
    elif [ "${resumed:-0}" -le 0 ]; then
        fail $name "no call of compiled code switched coroutines (see $log)"
    else
        pass $name "9p through switches in compiled calls, resumed=$resumed"
    fi
}

# run_script NAME SCRIPT...: a script that prints its own PASS:/FAIL:
# lines; they count here, and a script that failed without one is a failure.
run_script() {
    local name=$1 log=$LOG_DIR/$1.log status=0 line
    shift
    "$@" >"$log" 2>&1 </dev/null || status=$?
    local before=$failed
    while IFS= read -r line; do
        case $line in
            PASS:*) passed=$((passed + 1)); echo "$line" ;;
            FAIL:*) failed=$((failed + 1)); failures+=("$name"); echo "$line" ;;
        esac
    done <"$log"
    if [ "$status" != 0 ] && [ "$failed" = "$before" ]; then
        fail "$name" "exit $status (see $log)"
    fi
}

# Save and restore a running guest: wasm to wasm, to and from native QEMU,
# and bad states (check/snapshot.py).
test_snapshot() {
    guest_args "$GUEST_DIR" build/firmware guest.mode=shell
    run_script snapshot python3 "$WASM_DIR/check/snapshot.py" "$WASM_DIR" \
        "$LOG_DIR/snapshot" -- "${GUEST_ARGS[@]}"
}

# make series round trip: git am on the base equals the prepared tree,
# checkpatch finds no errors, and every added file has an SPDX line
# (check/series.sh).
test_series() {
    run_script series "$WASM_DIR/check/series.sh"
}

# The CI recipe agrees with toolchain/ (check/ci-recipe.sh).
test_ci_recipe() {
    run_script ci-recipe "$WASM_DIR/check/ci-recipe.sh"
}

# The web page in headless Chromium (check/browser.sh).
# (run_script's log, build/check/browser-chromium.log, is the driver's
# output; the driver keeps its own log in build/check/browser.log.)
test_browser() {
    BROWSER_SKIP=browser-debian run_script browser-chromium "$WASM_DIR/check/browser.sh"
}

# The npm package as a page author gets it (package/build.sh's tarball):
# installed offline into an empty folder, its declarations compiled, its
# example page served and booted to the guest's shell in Chromium
# (check/package.mjs; its log is build/check/package-test.log).
test_package() {
    local tarball log=$LOG_DIR/package-build.log
    if ! tarball=$("$WASM_DIR/package/build.sh" 2>"$log" | tail -n1) || [ ! -f "$tarball" ]; then
        fail package "package/build.sh failed (see $log)"
        return
    fi
    run_script package timeout --kill-after=10 1800 "$WASM_DIR/web/root.sh" --run \
        node "$WASM_DIR/check/package.mjs" --tarball "$tarball" --out "$LOG_DIR"
}

# The same page tests in Firefox (firefox-* names; the driver's log is
# build/check/firefox.log), but for the AArch64 guest's, which test the
# guest more than the engine: check/browser.sh --firefox runs them too.
test_firefox() {
    BROWSER_SKIP=browser-aarch64,browser-aarch64-snapshot,browser-debian \
        run_script browser-firefox "$WASM_DIR/check/browser.sh" --firefox
}

# The page's tests in WebKitGTK (webkit-* names; build/check/webkit.log;
# check/webdriver.mjs): the engine's (start, snapshot, save and resume,
# the screen, bad input); the guests' (AArch64's, several vCPUs, the
# network, the virt screens, Debian), which WebKit's slow compiles make
# long and Chromium and Firefox already run, only by
# check/browser.sh --webkit.  Then the package's example page there
# (check/package.mjs --browser webkit; build/check/package-test-webkit.log).
test_webkit() {
    local tarball log=$LOG_DIR/package-build.log
    BROWSER_SKIP=browser-aarch64,browser-aarch64-snapshot,browser-smp,browser-net,browser-net-off,browser-display-virt,browser-debian \
        run_script browser-webkit "$WASM_DIR/check/browser.sh" --webkit
    if ! tarball=$("$WASM_DIR/package/build.sh" 2>"$log" | tail -n1) || [ ! -f "$tarball" ]; then
        fail webkit-package "package/build.sh failed (see $log)"
        return
    fi
    run_script package-webkit timeout --kill-after=10 1800 "$WASM_DIR/web/root.sh" --run \
        node "$WASM_DIR/check/package.mjs" --tarball "$tarball" --out "$LOG_DIR" --browser webkit
}

# expect_error NAME PATTERN ARGS...: QEMU exits non-zero in bounded time
# and says PATTERN (an extended regex).
expect_error() {
    local name=$1 pattern=$2 log=$LOG_DIR/$1.log
    shift 2
    run_qemu "$log" 300 "$@"
    if [ "$status" = 124 ] || [ "$status" = 137 ]; then
        fail "$name" "timed out (see $log)"
    elif [ "$status" = 0 ]; then
        fail "$name" "exit status 0 (see $log)"
    elif grep -q -i -E 'RuntimeError|unreachable|Aborted\(' "$log"; then
        fail "$name" "wasm trap instead of an error message (see $log)"
    elif ! grep -q -E -e "$pattern" "$log"; then
        fail "$name" "no message matching '$pattern' (see $log)"
    else
        pass "$name" "exit $status: $(grep -m1 -E -e "$pattern" "$log")"
    fi
}

# Bad input: each case gets QEMU's message naming what is wrong and a
# non-zero exit, never a hang or a wasm trap (README.md, "Bad input").
test_bad_input() {
    local bad=$LOG_DIR/bad machine=(-L build/firmware -M pc -m 256 -nographic -no-reboot -nic none)
    local kernel=(-kernel "$GUEST_DIR/vmlinux")
    mkdir -p "$bad"
    : >"$bad/empty"
    { yes corrupt || :; } | head -c 2000000 >"$bad/corrupt"
    head -c 3000000 "$GUEST_DIR/bzImage" >"$bad/truncated-bzImage"
    head -c 3000000 "$GUEST_DIR/vmlinux" >"$bad/truncated-vmlinux"
    expect_error bad-missing-kernel "could not open kernel file '/nonexistent/bzImage'" \
        "${machine[@]}" -kernel /nonexistent/bzImage
    expect_error bad-empty-kernel "kernel '$bad/empty' is empty" \
        "${machine[@]}" -kernel "$bad/empty"
    expect_error bad-truncated-kernel "kernel '$bad/truncated-bzImage' is truncated" \
        "${machine[@]}" -kernel "$bad/truncated-bzImage"
    expect_error bad-truncated-elf-kernel "could not load ELF kernel '$bad/truncated-vmlinux'" \
        "${machine[@]}" -kernel "$bad/truncated-vmlinux"
    expect_error bad-corrupt-kernel "linux kernel '$bad/corrupt' too old to load a ram disk" \
        "${machine[@]}" -kernel "$bad/corrupt" -initrd "$GUEST_DIR/initramfs.cpio.gz"
    expect_error bad-missing-initrd "error reading initrd /nonexistent/initrd" \
        "${machine[@]}" "${kernel[@]}" -initrd /nonexistent/initrd
    expect_error bad-missing-disk "Could not open '/nonexistent/disk.img'" \
        "${machine[@]}" "${kernel[@]}" -drive file=/nonexistent/disk.img,format=raw,if=virtio
    expect_error bad-memory-size "ram size|cannot set up guest memory|too large" \
        "${machine[@]}" -m 8G "${kernel[@]}"
    expect_error bad-memory-malformed "Parameter 'size' expects|invalid" \
        "${machine[@]}" -m abc "${kernel[@]}"
    expect_error bad-smp "Invalid SMP CPUs 512" \
        "${machine[@]}" -smp 512 "${kernel[@]}"
    expect_error bad-machine 'unsupported machine type: "nosuch"' \
        "${machine[@]}" -M nosuch "${kernel[@]}"
    expect_error bad-cpu "unable to find CPU model 'nosuch'" \
        "${machine[@]}" -cpu nosuch "${kernel[@]}"
    expect_error bad-device "'nosuch' is not a valid device model name" \
        "${machine[@]}" -device nosuch "${kernel[@]}"
    expect_error bad-firmware-dir "could not load PC BIOS" \
        -L /nonexistent -M pc -nographic -nic none "${kernel[@]}"
    expect_error bad-virtfs-path "failed to open '/nonexistent/dir'" \
        "${machine[@]}" "${kernel[@]}" \
        -virtfs local,path=/nonexistent/dir,mount_tag=host0,security_model=none
    expect_error bad-unknown-option "-no-such-option: invalid option" \
        -no-such-option
    expect_error bad-accel-value "Parameter 'wasm-tso' does not accept value 'maybe'" \
        "${machine[@]}" "${kernel[@]}" -accel tcg,wasm-tso=maybe
    # -display web draws into a page: Node.js has none.
    expect_error bad-display-node "-display web needs a web page to draw in" \
        -L build/firmware -M pc -m 256 -no-reboot -nic none -serial none "${kernel[@]}" \
        -display web
    expect_error bad-display-type "Parameter 'type' does not accept value 'sdl'" \
        -L build/firmware -M pc -m 256 -no-reboot -nic none -serial none "${kernel[@]}" \
        -display sdl
    # The network: backends that need the host's kernel, options of
    # slirp's that passt does not have, passt missing, and a forwarded
    # port that is taken (passt's own message).
    expect_error bad-netdev-tap "-netdev tap,id=n0: tap is not supported in this build" \
        "${machine[@]}" -netdev tap,id=n0 "${kernel[@]}"
    expect_error bad-netdev-bridge "-netdev bridge,id=n0: socketpair\(\) failed" \
        "${machine[@]}" -netdev bridge,id=n0 "${kernel[@]}"
    expect_error bad-netdev-vhost-user "-netdev vhost-user,id=n0,chardev=c0: network backend 'vhost-user' is not compiled" \
        "${machine[@]}" -netdev vhost-user,id=n0,chardev=c0 "${kernel[@]}"
    expect_error bad-user-net-option "-nic user: option 'smb' is not supported" \
        "${machine[@]}" -nic user,smb=/tmp "${kernel[@]}"
    QEMU_PASST=/nonexistent/passt expect_error bad-passt-missing \
        "-nic user needs passt, the user-mode network stack" \
        "${machine[@]}" -nic user "${kernel[@]}"
    local holder port holder_pid
    exec {holder}< <(exec python3 -c 'import socket, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
print(s.getsockname()[1], flush=True)
time.sleep(600)')
    holder_pid=$!
    read -r -u "$holder" port
    expect_error bad-hostfwd-port-taken "Failed to bind port $port \\(Address already in use\\)" \
        "${machine[@]}" -nic "user,hostfwd=tcp::$port-:80" "${kernel[@]}"
    exec {holder}<&-
    kill "$holder_pid" 2>/dev/null || true
    # An engine without tail calls: the JIT says so and stays off (the
    # kernel is refused later, so the run ends at once).
    QEMU_NODE_FLAGS=--no-experimental-wasm-return-call expect_error \
        bad-no-tail-calls "without tail calls: running the TCG interpreter only" \
        "${machine[@]}" -kernel "$bad/empty"
}

# The other guests (aarch64, riscv64), booted in guest.mode=check
# (workload, then stress) with tier 2 at a low threshold, and with
# CHECK_ARCH_KINDS="off jit" with wasm=off too (3-5 min each on 2 cores:
# left out of make check, whose JIT runs interpret every cold block).  The
# workload digest equals the host's, the stress digest native QEMU's; tier
# 2 compiled blocks, wasm=off none, and no block that tier 2 could not
# compile (failed=: it would stay in tier 1).
arch_test() {
    local arch=$1 native expected log name kind accel digest stress compiled stayed
    use_arch "$arch"
    expected=$("$WASM_DIR/guest/workload-expected.sh" "$WORK")
    log=$LOG_DIR/$arch-native.log
    GUEST_ARCH=$arch GUEST_APPEND="guest.work=$WORK" \
        "$WASM_DIR/guest/native-qemu.sh" run check >"$log" 2>&1 || true
    native=$(marker_digest STRESS "$log")
    if [ "$(marker_digest WORKLOAD "$log")" != "$expected" ] || [ -z "$native" ]; then
        fail "$arch-native" "native QEMU: no stress digest or a wrong workload digest (see $log)"
        use_arch x86_64
        return
    fi
    for kind in ${CHECK_ARCH_KINDS:-jit}; do
        name=$arch-$kind log=$LOG_DIR/$arch-$kind.log
        accel=tcg,wasm=off,wasm-stats=on
        [ $kind = off ] || accel=tcg,wasm-threshold=10,wasm-stats=on
        local t0=$SECONDS
        # A bound well above a run's ~100-150 s: riscv64 under wasm=off
        # once hung after OpenSBI (README, "Known problems").
        boot_guest "$log" 900 "guest.mode=check guest.work=$WORK" -accel "$accel"
        digest=$(marker_digest WORKLOAD "$log")
        stress=$(marker_digest STRESS "$log")
        compiled=$(stat_of "$log" compiled)
        stayed=$(stat_of "$log" failed)
        if [ "$digest" != "$expected" ]; then
            fail "$name" "workload digest '$digest' != host's '$expected', exit $status (see $log)"
        elif [ "$stress" != "$native" ]; then
            fail "$name" "stress digest '$stress' != native QEMU's '$native' (see $log)"
        elif [ "$status" != 0 ]; then
            fail "$name" "exit status $status (see $log)"
        elif [ $kind = off ] && [ "${compiled:-1}" != 0 ]; then
            fail "$name" "wasm=off compiled '$compiled' blocks (see $log)"
        elif [ $kind = jit ] && [ "${compiled:-0}" -le 0 ]; then
            fail "$name" "tier 2 compiled nothing (see $log)"
        elif [ $kind = jit ] && [ "${stayed:-0}" != 0 ]; then
            fail "$name" "failed=$stayed: blocks tier 2 could not compile (see $log)"
        else
            pass "$name" "$((SECONDS - t0))s, $(guest_uptime "$log"), compiled=$compiled failed=$stayed"
        fi
    done
    use_arch x86_64
}

# The user network (-nic user, served by passt: runner/net-pre.js) on
# ARCH's guest, under the JIT: DHCP, then from the host's loopback
# through the gateway a token and a random file (sha256 equal to the
# host's), a closed port refused, a name resolved through passt's DNS by
# a resolver on loopback, and the guest's httpd reached through hostfwd
# (check/net.py serves and checks).
net_test() {
    local arch=$1
    use_arch "$arch"
    guest_args "$GUEST_DIR" "$WASM_DIR/build/firmware" "guest.mode=net guest.net={http},{closed}"
    guest_args_nic "hostfwd=tcp::{fwd}-:80"
    run_script "net-$arch" python3 "$WASM_DIR/check/net.py" --name "net-$arch" \
        --log "$LOG_DIR/net-$arch-console.log" --timeout 900 -- \
        env "QEMU_PASST_OPTS=--dns-host {dns}" "$QEMU" "${GUEST_ARGS[@]}"
    use_arch x86_64
}

test_net() {
    local arch
    for arch in $GUEST_ARCHES; do
        net_test "$arch"
    done
}

# Disks from a URL through the fetch() block driver (check/disk.py, with
# check/rangeserver.py on the loopback): a 1 GiB raw image loaded on
# demand, a compressed qcow2 under a local overlay and with snapshot=on,
# retries, a server that fails midway, misbehaving servers' clear errors,
# and a local image with snapshot=on.
test_disk() {
    guest_args "$GUEST_DIR" build/firmware "guest.mode=disk guest.disk={ops}"
    run_script disk python3 "$WASM_DIR/check/disk.py" "$LOG_DIR/disk" -- \
        "$QEMU" "${GUEST_ARGS[@]}"
}

# The Debian guest (guest/debian.sh) under Node.js from the machine the
# page starts from (web/build.sh boots it and saves it at root's prompt),
# with the page's disks (the image from a URL under the overlay saved with
# the machine): root's prompt, Debian 13, a NIC plugged in, apt-get
# installs a package from a repository the test serves, poweroff
# (check/debian.py).  Then the page's Debian test (browser-debian) in
# Chromium and Firefox.
test_debian() {
    local dir
    dir=$("$WASM_DIR/guest/debian.sh") || { fail debian-node "guest/debian.sh failed"; return; }
    WEB_DEBIAN=1 "$WASM_DIR/web/build.sh" >"$LOG_DIR/debian-web-build.log" 2>&1 ||
        { fail debian-node "web/build.sh failed (see $LOG_DIR/debian-web-build.log)"; return; }
    use_arch x86_64
    debian_args "$dir" build/firmware
    GUEST_ARGS+=(-blockdev "driver=http,url={url},read-only=on,node-name=image-file"
                -blockdev driver=qcow2,file=image-file,read-only=on,node-name=image
                -drive "file={overlay},format=qcow2,if=virtio,backing=image"
                -netdev user,id=net0 -incoming "file:{state}")
    run_script debian-node python3 "$WASM_DIR/check/debian.py" "$dir" \
        "$OUT_DIR/web/snapshot-debian" "$LOG_DIR/debian-node-console.log" -- \
        env "QEMU_PASST_OPTS=--dns-host 127.77.0.53" "$QEMU" "${GUEST_ARGS[@]}"
    WEB_DEBIAN=1 run_script browser-debian-chromium "$WASM_DIR/check/browser.sh" browser-debian
    WEB_DEBIAN=1 run_script browser-debian-firefox "$WASM_DIR/check/browser.sh" --firefox browser-debian
}

test_aarch64() {
    arch_test aarch64
}

test_riscv64() {
    arch_test riscv64
}

# README.md's and wasm/docs' make targets exist and their links resolve.
test_readme() {
    run_script readme "$WASM_DIR/check/readme.sh"
}

TESTS=(readme wasm_emit unit_coroutine bad_input ci_recipe series boot_workload
       share_9p snapshot net disk browser firefox package jit_workload jit_stress jit_lifecycle
       jit_switch smp
       aarch64 riscv64 fuzz)
# make check-long: the groups that would take check past CI's budget on a
# new machine (building the Debian guest and its page snapshot, about 11
# min; WebKitGTK's slow compiles, about 10 min).
LONG_TESTS=(debian webkit)
# Without debian, no group needs the page's Debian guest (web/build.sh).
export WEB_DEBIAN=0
if [ "${1:-}" = --long ]; then
    TESTS=("${LONG_TESTS[@]}")
elif [ $# -gt 0 ]; then
    TESTS=("$@")
fi
# Each group's wall time goes to standard error, to budget CI's 90 minutes.
check_t0=$(date +%s)
for t in "${TESTS[@]}"; do
    t0=$(date +%s)
    "test_$t"
    log "$t: $(( $(date +%s) - t0 )) s"
done
log "all: $(( $(date +%s) - check_t0 )) s"

[ ${#failures[@]} -eq 0 ] || log "failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
