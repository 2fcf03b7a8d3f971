#!/bin/bash
# The browser page (web/) in Debian's headless Chromium, driven by
# playwright-core: check/browser.mjs.  Prepares the browser root, the npm
# packages and the packed guest first (web/build.sh, cached).  Prints the
# driver's PASS/FAIL lines; exits non-zero when a test failed.  Log and
# screenshot: build/check/browser.{log,png}.
# Usage: check/browser.sh [TEST,...]   (default: all; names in browser.mjs)
# BROWSER_TIMEOUT (seconds, default 900) bounds the wait for the shell.

# shellcheck source-path=SCRIPTDIR source=../web/root.sh
. "$(dirname "$0")/../web/root.sh"

mkdir -p "$OUT_DIR/check"
"$WASM_DIR/web/build.sh" >"$OUT_DIR/check/web-build.log" 2>&1 ||
    { echo "FAIL: browser-shell: web/build.sh failed (see build/check/web-build.log)"
      exit 1; }

only=()
[ $# -gt 0 ] && only=(--only "$1")
status=0
timeout --kill-after=10 $(( ${BROWSER_TIMEOUT:-900} + 600 )) \
    "$WASM_DIR/web/root.sh" --run node "$WASM_DIR/check/browser.mjs" \
        --out "$OUT_DIR/check" --timeout "${BROWSER_TIMEOUT:-900}" "${only[@]}" ||
    status=$?
case $status in
    0 | 1) ;;
    124 | 137) echo "FAIL: browser: timed out (log: build/check/browser.log)" ;;
    *) echo "FAIL: browser: driver exited with status $status (log: build/check/browser.log)" ;;
esac
exit "$status"
