#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make bench-display: the page's screen (-display web) in Chromium
# (check/browser.mjs browser-display-bench): the guest's workload with no
# display, with the display idle and with the guest redrawing the whole
# screen; frames the page drew per second and its time per frame, QEMU's
# time per display refresh; the guest's full redraws per second.  Prints
# a table.  About 5 minutes.
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
print("%-40s %9s %13s %11s %13s" % ("", "workload", "frames drawn",
                                     "page ms a", "QEMU ms a"))
print("%-40s %9s %13s %11s %13s" % ("", "", "", "frame", "refresh"))
print("%-40s %8.1fs %13s %11s %13s" % ("no display (-nographic)",
                                      r["off"]["workload"], "", "", ""))
print("%-40s %8.1fs %11.1f/s %11s %13.2f" % (
    "display, idle", r["idle"]["workload"], r["idle"]["frames"], "",
    r["idle"]["qemuMsPerRefresh"]))
print("%-40s %8.1fs %11.1f/s %11.2f %13.2f" % (
    "display, the guest redrawing all of it", r["busy"]["workload"],
    r["busy"]["framesDuringWorkload"], r["busy"]["msPerFrame"],
    r["busy"]["qemuMsPerRefresh"]))
print("the guest alone redrawing: %.1f full screens/s, the page drew %.1f "
      "frames/s" % (r["busy"]["guestRedraws"], r["busy"]["frames"]))
PY
stage_done
