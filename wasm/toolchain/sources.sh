#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Stage 2: fetch the Debian source packages of the base and the deps with
# apt-get source inside the root, and check the pinned orig tarball hashes.
# Only the orig tarballs are used, so a missing .dsc or Debian diff on the
# archive is not fatal; a missing or mismatching tarball is.

. "$(dirname "$0")/common.sh"
stage_start sources

SRC_DIR=$CACHE_DIR/sources
mkdir -p "$SRC_DIR"

# name=version pairs and the tarball/hash each must yield.
specs=(
    "$QEMU_SRC_PACKAGE=$QEMU_SRC_VERSION $QEMU_ORIG_TARBALL $QEMU_ORIG_SHA256"
    "zlib=$ZLIB_SRC_VERSION $ZLIB_ORIG_TARBALL $ZLIB_ORIG_SHA256"
    "libffi=$LIBFFI_SRC_VERSION $LIBFFI_ORIG_TARBALL $LIBFFI_ORIG_SHA256"
    "pixman=$PIXMAN_SRC_VERSION $PIXMAN_ORIG_TARBALL $PIXMAN_ORIG_SHA256"
    "pcre2=$PCRE2_SRC_VERSION $PCRE2_ORIG_TARBALL $PCRE2_ORIG_SHA256"
    "glib2.0=$GLIB_SRC_VERSION $GLIB_ORIG_TARBALL $GLIB_ORIG_SHA256"
    "device-tree-compiler=$DTC_SRC_VERSION $DTC_ORIG_TARBALL $DTC_ORIG_SHA256"
)

verified() {
    [ -f "$SRC_DIR/$1" ] && echo "$2  $SRC_DIR/$1" | sha256sum --quiet -c - 2>/dev/null
}

fetched=0
for spec in "${specs[@]}"; do
    read -r pkg tarball sum <<<"$spec"
    verified "$tarball" "$sum" && continue
    log "apt-get source $pkg"
    in_root /bin/sh -c "cd '$SRC_DIR' && apt-get source -qq --download-only '$pkg'" \
        >"$SRC_DIR/fetch.log" 2>&1 || true
    if ! verified "$tarball" "$sum"; then
        cat "$SRC_DIR/fetch.log" >&2
        [ -f "$SRC_DIR/$tarball" ] && sha256sum "$SRC_DIR/$tarball" >&2
        die "$tarball from $pkg is missing or does not match its pinned sha256"
    fi
    fetched=$((fetched + 1))
done
log "$fetched fetched, all ${#specs[@]} tarballs verified"
stage_done
