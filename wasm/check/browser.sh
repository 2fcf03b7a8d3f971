#!/bin/bash
# The browser page (web/) in Debian's headless Chromium, driven by
# playwright-core, or with --firefox in Debian's firefox-esr, driven by
# puppeteer-core over WebDriver BiDi: check/browser.mjs.  Prepares the
# browser root, the npm packages and the packed guest first (web/build.sh,
# cached); firefox-esr is installed into the browser root on first use
# (that does not change the root's key).  Prints the driver's PASS/FAIL
# lines; exits non-zero when a test failed.  Log and screenshot:
# build/check/{browser,firefox}.{log,png}.
# Usage: check/browser.sh [--firefox] [TEST,...]   (default: all; names in
#        browser.mjs, browser-* under either browser)
# BROWSER_TIMEOUT (seconds, default 900) bounds the wait for the shell;
# BROWSER_SKIP (TEST,...) leaves those tests out; BROWSER_OUT (default
# build/check) is where the driver writes its log and files.

# shellcheck source-path=SCRIPTDIR source=../web/root.sh
. "$(dirname "$0")/../web/root.sh"

engine=chromium logname=browser
if [ "${1:-}" = --firefox ]; then
    engine=firefox logname=firefox
    shift
fi

mkdir -p "$OUT_DIR/check"
"$WASM_DIR/web/build.sh" >"$OUT_DIR/check/web-build.log" 2>&1 ||
    { echo "FAIL: $engine: web/build.sh failed (see build/check/web-build.log)"
      exit 1; }
if [ $engine = firefox ]; then
    in_browser_root /bin/sh -c '
        command -v firefox-esr >/dev/null && exit 0
        install() {
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
                --no-install-recommends firefox-esr >/dev/null
        }
        echo "installing firefox-esr into the browser root" >&2
        install || { apt-get update -qq && install; }' ||
        { echo "FAIL: firefox: cannot install firefox-esr in the browser root"
          exit 1; }
fi

selection=()
[ $# -gt 0 ] && selection=(--only "$1")
[ -n "${BROWSER_SKIP:-}" ] && selection+=(--skip "$BROWSER_SKIP")
status=0
timeout --kill-after=10 $(( ${BROWSER_TIMEOUT:-900} + 600 )) \
    "$WASM_DIR/web/root.sh" --run node "$WASM_DIR/check/browser.mjs" \
        --browser "$engine" --out "${BROWSER_OUT:-$OUT_DIR/check}" \
        --guest-dir "$("$WASM_DIR/guest/build.sh" --print-dir)" \
        --timeout "${BROWSER_TIMEOUT:-900}" "${selection[@]}" ||
    status=$?
case $status in
    0 | 1) ;;
    124 | 137) echo "FAIL: $engine: timed out (log: build/check/$logname.log)" ;;
    *) echo "FAIL: $engine: driver exited with status $status (log: build/check/$logname.log)" ;;
esac
exit "$status"
