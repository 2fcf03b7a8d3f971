#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Stage 1b: fixes the build root's Emscripten (Debian's package) needs,
# toolchain/emscripten/*.patch, applied in place to its
# /usr/share/emscripten, and the system library they touch (libc-mt, the
# one QEMU links) rebuilt into its cache.  A stamp in the root holds the
# patches' key; build-qemu.sh relinks when it changes.  About 100 s.

. "$(dirname "$0")/common.sh"
stage_start emscripten-fixes

stamp=$ROOT_DIR/.emscripten-fixes
key=$(cd "$WASM_DIR" && cache_key toolchain/emscripten/*.patch)
if [ "$(cat "$stamp" 2>/dev/null)" = "$key" ]; then
    log "applied: $stamp"
    exit 0
fi
# Patches cannot be taken back out of the root: other ones mean a new root.
[ -f "$stamp" ] && die "$ROOT_DIR has other Emscripten fixes ($stamp): remove the root to rebuild it"

for p in "$WASM_DIR"/toolchain/emscripten/*.patch; do
    # In already when a run stopped before the stamp.
    in_root patch -d /usr/share/emscripten -p1 -R --dry-run --quiet -i "$p" \
        >/dev/null 2>&1 && continue
    log "applying ${p#"$WASM_DIR"/}"
    in_root patch -d /usr/share/emscripten -p1 --forward --quiet -i "$p" ||
        die "${p#"$WASM_DIR"/} does not apply to the root's Emscripten"
done
# Debian freezes Emscripten's cache (/usr/share/emscripten/cache): the
# libraries are built with that lifted, into root's own cache, and copied.
# QEMU links with -O2, without ASSERTIONS: libc-mt, not libc-mt-debug.
log "rebuilding libc-mt"
in_root /bin/sh -ec 'EM_FROZEN_CACHE=0 embuilder build --force libc-mt
    lib=sysroot/lib/wasm32-emscripten
    cp /root/.emscripten_cache/$lib/libc-mt.a /usr/share/emscripten/cache/$lib/
    rm -rf /root/.emscripten_cache' \
    >"$ROOT_DIR.emscripten-fixes.log" 2>&1 ||
    { tail -n 20 "$ROOT_DIR.emscripten-fixes.log"
      die "embuilder failed (log: $ROOT_DIR.emscripten-fixes.log)"; }
echo "$key" >"$stamp"
stage_done
