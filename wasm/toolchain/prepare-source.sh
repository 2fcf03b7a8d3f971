#!/bin/bash
# Stage 4: the QEMU source tree = base (Debian's orig tarball of QEMU
# 10.0.13) + patches/series + the files this fork adds at their QEMU paths.
# The tree is synced by content into one fixed place, so files that did
# not change keep their timestamps and rebuilds stay incremental.
# Usage: prepare-source.sh [--print-dir | --into DIR]

. "$(dirname "$0")/common.sh"
stage_start source

SRC_TREE=$CACHE_DIR/qemu-src

case "${1:-}" in
--print-dir) echo "$SRC_TREE"; exit 0 ;;
--into) SRC_TREE=$2 ;;
esac

tarball=$CACHE_DIR/sources/$QEMU_ORIG_TARBALL
echo "$QEMU_ORIG_SHA256  $tarball" | sha256sum --quiet -c - 2>/dev/null ||
    "$TOPDIR/toolchain/sources.sh"

tmp=$SRC_TREE.new
rm -rf "$tmp"
mkdir -p "$tmp"
tar -xf "$tarball" -C "$tmp" --strip-components=1

n=0
while read -r p; do
    case "$p" in ''|'#'*) continue ;; esac
    if ! patch -p1 -s --batch --forward --no-backup-if-mismatch -d "$tmp" <"$TOPDIR/patches/$p" \
            >"$tmp.patch.log" 2>&1; then
        cat "$tmp.patch.log" >&2
        die "patch $p does not apply"
    fi
    n=$((n + 1))
done <"$TOPDIR/patches/series"
rm -f "$tmp.patch.log"

# The added files (FORK_PATHS in common.sh).
added=0
while IFS= read -r -d '' rel; do
    [ -e "$tmp/$rel" ] &&
        die "$rel exists in the base: change it with a patch instead"
    mkdir -p "$(dirname "$tmp/$rel")"
    cp -p "$TOPDIR/$rel" "$tmp/$rel"
    added=$((added + 1))
done < <(fork_files)

mkdir -p "$SRC_TREE"
rsync -rlc --delete "$tmp/" "$SRC_TREE/"
rm -rf "$tmp"
log "$SRC_TREE: base + $n patches + $added added files"
stage_done
