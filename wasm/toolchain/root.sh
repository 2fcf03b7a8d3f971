#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Stage 1: a Debian trixie root with Emscripten, Meson, Ninja and Node.js
# (ROOT_PACKAGES in versions.env), built with debootstrap into the cache
# (make_root in common.sh); the host's apt configuration is never touched.
# Rebuilt only when the suite, the package list or this script change.

. "$(dirname "$0")/common.sh"
stage_start root

if [ -f "$ROOT_DIR/.complete" ]; then
    log "cached: $ROOT_DIR"
    exit 0
fi
make_root "$ROOT_DIR" "$ROOT_PACKAGES"
stage_done
