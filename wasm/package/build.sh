#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The npm package for other pages (make -C wasm package): this folder's
# package.json, qemu.d.ts, README.md and example/, with web/qemu.mjs, the
# modules it imports, web/engine.html and QEMU's COPYING, and in build/
# (the layout of the checkout's wasm/build/, which qemu.mjs looks for
# beside itself) the emulator and packed busybox guest (web/build.sh) of
# each architecture in PACKAGE_ARCHES (default x86_64), packed by npm pack
# into build/package/qemu-wasm-VERSION.tgz.  VERSION is package.json's,
# which must be QEMU's VERSION followed by -wasm.N (N: the package's own
# release for that QEMU).  The package has no dependencies.  The folder is
# assembled each time (a few seconds); npm pack runs only when a file in
# it changed (build/package/.key).
# Usage: package/build.sh   (needs make build; prints the tarball's path last)

# shellcheck source-path=SCRIPTDIR source=../web/root.sh
. "$(dirname "$0")/../web/root.sh"

PACKAGE_ARCHES=${PACKAGE_ARCHES:-x86_64}
SRC=$WASM_DIR/package
DEST=$OUT_DIR/package
STAGE_DIR=$DEST/qemu-wasm

# The packed guests (and the browser root, for npm).
"$WASM_DIR/web/build.sh" >&2 || die "web/build.sh failed"
# Then web/build.sh's lock, so that no other run of it relinks build/web
# while the guests are copied from there.  Taken after it: that run would
# wait for this one.
exec 9>"$CACHE_DIR/web-build.lock"
flock 9
stage_start package

version=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$SRC/package.json")
qemu_version=$(cat "$QEMU_DIR/VERSION")
[[ $version =~ ^${qemu_version//./\\.}-wasm\.[0-9]+$ ]] ||
    die "package/package.json's version '$version' is not QEMU's VERSION" \
        "($qemu_version) followed by -wasm.N: set it to $qemu_version-wasm.1"

rm -rf "$STAGE_DIR"
mkdir -p "$STAGE_DIR/build/web"
cp -r "$SRC/package.json" "$SRC/qemu.d.ts" "$SRC/README.md" "$SRC/example" \
    "$WASM_DIR/web/engine.html" "$QEMU_DIR/COPYING" "$STAGE_DIR/"
# qemu.mjs and the modules it imports, theirs too (./NAME.mjs only).
modules=(qemu.mjs)
for ((i = 0; i < ${#modules[@]}; i++)); do
    cp "$WASM_DIR/web/${modules[i]}" "$STAGE_DIR/"
    for m in $(grep -o "from '\./[A-Za-z0-9_-]*\.mjs'" "$WASM_DIR/web/${modules[i]}" |
                   sed "s/^from '\.\///; s/'$//"); do
        [[ " ${modules[*]} " == *" $m "* ]] || modules+=("$m")
    done
done
for arch in $PACKAGE_ARCHES; do
    [ -f "$OUT_DIR/qemu-system-$arch.js" ] && [ -f "$OUT_DIR/web/guest-$arch/guest.json" ] ||
        die "no $arch emulator or guest in build/: run make build"
    cp "$OUT_DIR/qemu-system-$arch.js" "$OUT_DIR/qemu-system-$arch.wasm" "$STAGE_DIR/build/"
    mkdir "$STAGE_DIR/build/web/guest-$arch"
    cp -L "$OUT_DIR/web/guest-$arch"/{guest.json,guest.js,guest.data.gz} \
        "$STAGE_DIR/build/web/guest-$arch/"
done

tarball=$DEST/qemu-wasm-$version.tgz
key=$(cd "$STAGE_DIR" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum |
      cut -c1-16)
if [ -f "$tarball" ] && [ "$(cat "$DEST/.key" 2>/dev/null)" = "$key" ]; then
    log "cached: $tarball"
else
    rm -f "$DEST"/qemu-wasm-*.tgz "$DEST/.key"
    log "npm pack ($PACKAGE_ARCHES) into $DEST"
    # shellcheck disable=SC2016  # expanded by the inner shell
    in_browser_root /bin/sh -c 'cd "$1" && npm pack --offline --cache "$2" --loglevel=error \
            --pack-destination "$3" >/dev/null' sh "$STAGE_DIR" "$CACHE_DIR/npm-cache" "$DEST" ||
        die "npm pack failed"
    [ -f "$tarball" ] || die "npm pack made no $tarball"
    echo "$key" >"$DEST/.key"
fi
log "$(basename "$tarball"): $(du -h "$tarball" | cut -f1)"
stage_done
echo "$tarball"
