#!/bin/bash
# make bench-display: the page's screen (-display web) in Chromium
# (check/browser.mjs browser-display-bench): the guest's workload with no
# display, with the display idle and with the guest redrawing the whole
# screen; frames the page drew per second and its time per frame; the
# guest's full redraws per second.  Prints a table.  About 5 minutes.
. "$(dirname "$0")/../toolchain/common.sh"
stage_start bench-display

cd "$WASM_DIR"
out=$OUT_DIR/bench/display
mkdir -p "$out"
rm -f "$out/display-chromium.json"
BROWSER_OUT=$out BROWSER_TIMEOUT=900 check/browser.sh browser-display-bench >"$out/run.txt" ||
    { cat "$out/run.txt"; die "the page's display benchmark failed (log: $out/browser.log)"; }
python3 - "$out/display-chromium.json" <<'PY'
import json
import sys

r = json.load(open(sys.argv[1]))
w, h = r["screen"]
print("The page's screen in Chromium (x86_64 guest, bochs DRM %dx%d), "
      "host clock" % (w, h))
print("%-44s %10s %14s %12s" % ("", "workload", "frames drawn", "ms a frame"))
print("%-44s %9.1fs %14s %12s" % ("no display (-nographic)",
                                  r["off"]["workload"], "", ""))
print("%-44s %9.1fs %13.1f/s %12s" % ("display, idle", r["idle"]["workload"],
                                      r["idle"]["frames"], ""))
print("%-44s %9.1fs %13.1f/s %12.2f" % (
    "display, the guest redrawing all of it", r["busy"]["workload"],
    r["busy"]["framesDuringWorkload"], r["busy"]["msPerFrame"]))
print("the guest alone redrawing: %.1f full screens/s, the page drew %.1f "
      "frames/s" % (r["busy"]["guestRedraws"], r["busy"]["frames"]))
PY
stage_done
