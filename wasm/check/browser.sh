#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The browser page (web/) in Debian's headless Chromium, driven by
# playwright-core, with --firefox in Debian's firefox-esr, driven by
# puppeteer-core over WebDriver BiDi, or with --webkit in WebKitGTK's
# MiniBrowser on an Xvfb, driven through WebKitWebDriver by
# check/webdriver.mjs: check/browser.mjs.  Prepares the browser root, the
# npm packages and the packed guest first (web/build.sh, cached);
# firefox-esr, and webkitgtk-webdriver with xvfb, are installed into the
# browser root on first use (that does not change the root's key).  Prints
# the driver's PASS/FAIL lines; exits non-zero when a test failed.  Log
# and screenshot: build/check/{browser,firefox,webkit}.{log,png}.
# Usage: check/browser.sh [--firefox | --webkit] [TEST,...]   (default:
#        all; names in browser.mjs, browser-* under every browser)
# BROWSER_TIMEOUT (seconds, default 900) bounds the wait for the shell;
# BROWSER_SKIP (TEST,...) leaves those tests out; BROWSER_OUT (default
# build/check) is where the driver writes its log and files.

# shellcheck source-path=SCRIPTDIR source=../web/root.sh
. "$(dirname "$0")/../web/root.sh"

engine=chromium logname=browser
case ${1:-} in
    --firefox | --webkit)
        engine=${1#--} logname=${1#--}
        shift ;;
esac

mkdir -p "$OUT_DIR/check"
"$WASM_DIR/web/build.sh" >"$OUT_DIR/check/web-build.log" 2>&1 ||
    { echo "FAIL: $engine: web/build.sh failed (see build/check/web-build.log)"
      exit 1; }
# browser_ensure COMMAND PACKAGE...: PACKAGEs installed into the browser
# root unless COMMAND is there.
browser_ensure() {
    # shellcheck disable=SC2016 # expanded inside the root
    in_browser_root /bin/sh -c '
        command -v "$1" >/dev/null && exit 0
        shift
        install() {
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
                --no-install-recommends "$@" >/dev/null
        }
        echo "installing $* into the browser root" >&2
        install "$@" || { apt-get update -qq && install "$@"; }' sh "$@" ||
        { echo "FAIL: $engine: cannot install ${*:2} in the browser root"
          exit 1; }
}
case $engine in
    firefox) browser_ensure firefox-esr firefox-esr ;;
    # The GTK MiniBrowser has no headless mode: it draws on an Xvfb.
    webkit) browser_ensure WebKitWebDriver webkitgtk-webdriver &&
            browser_ensure Xvfb xvfb ;;
esac

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
