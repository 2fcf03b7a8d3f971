#!/bin/bash
# Native test of the WebAssembly module writer, tcg/wasm32/wasm-emit.c:
# builds test-wasm-emit.c with the host's gcc, runs it (encoding checks;
# it writes modules and a manifest of calls with expected results), then
# run-modules.js validates, instantiates and calls them in Node.js.
# Prints PASS/FAIL lines, ends with "N passed, N failed", exits non-zero
# when a check failed.
# Usage: check/wasm-emit/run.sh   (CC and NODE override gcc and node;
# check/run.sh runs it in the build root, which has both)

set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)   # the QEMU tree
CC=${CC:-gcc}
NODE=${NODE:-$(command -v /usr/bin/node || command -v node)}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

log=$work/log
: >"$log"
if ! "$CC" -std=gnu11 -O2 -Wall -Wextra -Werror -DWASM_EMIT_NATIVE \
        -I"$top/tcg/wasm32" -o "$work/test-wasm-emit" \
        "$here/test-wasm-emit.c" "$top/tcg/wasm32/wasm-emit.c" \
        >"$work/cc.log" 2>&1; then
    cat "$work/cc.log"
    echo "FAIL: build test-wasm-emit" >>"$log"
else
    "$work/test-wasm-emit" "$work" >>"$log" 2>&1
    status=$?
    [ "$status" = 0 ] || grep -q '^FAIL: ' "$log" ||
        echo "FAIL: test-wasm-emit exited with status $status" >>"$log"
    if [ -z "$NODE" ]; then
        echo "FAIL: no node to run the modules" >>"$log"
    elif [ -f "$work/manifest" ]; then
        "$NODE" "$here/run-modules.js" "$work" >"$work/node.log" 2>&1
        status=$?
        cat "$work/node.log" >>"$log"
        [ "$status" = 0 ] || grep -q '^FAIL: ' "$work/node.log" ||
            echo "FAIL: run-modules.js exited with status $status" >>"$log"
    fi
fi

# Calls are many: they are counted, and shown only when they fail.
grep -v '^PASS: call ' "$log"
calls=$(grep -c '^PASS: call ' "$log")
[ "$calls" = 0 ] || echo "($calls calls in Node.js passed)"
passed=$(grep -c '^PASS: ' "$log")
failed=$(grep -c '^FAIL: ' "$log")
[ "$passed" -gt 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
