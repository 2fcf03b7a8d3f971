#!/bin/bash
# Browser stage: what the page needs besides web/ and the emulator build.
#  - the browser root (web/root.sh: Chromium, Node.js, npm);
#  - the npm packages pinned in web/package-lock.json (xterm.js, and
#    playwright-core for check/browser.sh), installed with npm ci into
#    $QEMU_WASM_CACHE/web-npm-KEY, keyed by package.json, the lock and .npmrc;
#  - for each guest architecture (common.sh, GUEST_ARCHES) whose emulator
#    build/qemu-system-ARCH.js is built: its guest (kernel, initramfs,
#    firmware; guest/build.sh) packed with Emscripten's file_packager into
#    $QEMU_WASM_CACHE/web-guest-KEY (guest.data + its loader guest.js +
#    guest.json, the page's manifest), keyed by the architecture, the
#    files' contents, its command line, this script and the build root;
#  - and that guest saved at its shell prompt (default.state.gz and
#    snapshot.json), which the page starts from by default, in
#    $QEMU_WASM_CACHE/web-snapshot-KEY, keyed by the emulator build and the
#    packed guest.
# build/web/node_modules, build/web/guest-ARCH and build/web/snapshot-ARCH
# link to them; web/serve.mjs serves build/ at /build/.
#
# Usage: web/build.sh   (needs build/qemu-system-x86_64.js: make build)

# shellcheck source-path=SCRIPTDIR source=root.sh
. "$(dirname "$0")/root.sh"

create_browser_root
"$WASM_DIR/toolchain/root.sh"   # file_packager comes with emscripten
stage_start web

# The page's default architecture.
[ -f "$OUT_DIR/qemu-system-x86_64.js" ] ||
    die "build/qemu-system-x86_64.js missing: run 'make build' first"

# npm packages.
npm_key=$(cache_key web/package.json web/package-lock.json web/.npmrc)
NPM_DIR=$CACHE_DIR/web-npm-$npm_key
if [ ! -f "$NPM_DIR/.complete" ]; then
    log "npm ci into $NPM_DIR"
    rm -rf "$NPM_DIR.tmp"
    mkdir -p "$NPM_DIR.tmp" "$CACHE_DIR/npm-cache"
    cp "$WASM_DIR/web/package.json" "$WASM_DIR/web/package-lock.json" \
       "$WASM_DIR/web/.npmrc" "$NPM_DIR.tmp/"
    # shellcheck disable=SC2016  # expanded by the inner shell
    in_browser_root /bin/sh -c 'cd "$1" && npm ci --cache "$2" --loglevel=error' \
        sh "$NPM_DIR.tmp" "$CACHE_DIR/npm-cache" >"$NPM_DIR.log" 2>&1 ||
        { tail -n 20 "$NPM_DIR.log"; die "npm ci failed (log: $NPM_DIR.log)"; }
    rm -rf "$NPM_DIR"
    mv "$NPM_DIR.tmp" "$NPM_DIR"
    touch "$NPM_DIR/.complete"
fi

# pack_guest ARCH GUEST_DIR: the guest of ARCH packed; sets PACK_DIR and
# pack_key.  Paths inside the package are the ones web/qemu.mjs passes to
# QEMU (-L /firmware -kernel /guest/KERNEL -initrd /guest/...); the machine
# and the kernel parameters come from the one guest command line
# (common.sh, guest_arch_args).
pack_guest() {
    local arch=$1 guest=$2 release machine a
    guest_arch_args "$arch"
    [ -f "$guest/$GUEST_KERNEL" ] || die "no $arch guest in '$guest'"
    pack_key=$({ echo "$arch"
                 # firmware/ may be empty.
                 cd "$guest" && find "$GUEST_KERNEL" initramfs.cpio.gz firmware -type f -print0 |
                     sort -z | xargs -0 sha256sum
                 cat "$WASM_DIR/web/build.sh"; root_key
                 printf '%s\n' "${GUEST_MACHINE_ARGS[@]}" "$GUEST_CMDLINE"; } |
               sha256sum | cut -c1-16)
    PACK_DIR=$CACHE_DIR/web-guest-$pack_key
    [ -f "$PACK_DIR/.complete" ] && return 0
    log "file_packager ($arch) into $PACK_DIR"
    rm -rf "$PACK_DIR.tmp"
    mkdir -p "$PACK_DIR.tmp"
    # An empty firmware/ (aarch64) adds nothing: -L names a missing folder,
    # which QEMU accepts.
    # shellcheck disable=SC2016
    in_root /bin/sh -c 'cd "$1" && /usr/share/emscripten/tools/file_packager guest.data \
            --preload "$2/$3@/guest/$3" \
                      "$2/initramfs.cpio.gz@/guest/initramfs.cpio.gz" \
                      "$2/firmware@/firmware" \
            --js-output=guest.js --no-node' sh "$PACK_DIR.tmp" "$guest" "$GUEST_KERNEL" \
        >"$PACK_DIR.log" 2>&1 ||
        { cat "$PACK_DIR.log"; die "file_packager failed"; }
    # The page checks the download against size and sha256: a truncated or
    # corrupt package is reported instead of booting garbage.
    release=$(sed -n 's/^kernel_release=//p' "$guest/manifest.txt" | head -n1)
    for a in "${GUEST_MACHINE_ARGS[@]}" "$GUEST_CMDLINE"; do
        [[ $a != *[\"\\]* ]] || die "cannot write '$a' into guest.json"
    done
    machine=$(printf '"%s", ' "${GUEST_MACHINE_ARGS[@]}")
    # Sent compressed (an uncompressed kernel is ~57 MB); the page
    # decompresses it and checks what it gets.
    printf '{"arch": "%s", "data": "guest.data.gz", "encoding": "gzip", "loader": "guest.js", "size": %d, "sha256": "%s",\n "kernel": "/guest/%s", "initrd": "/guest/initramfs.cpio.gz",\n "firmware": "/firmware", "kernelRelease": "%s",\n "machine": [%s], "append": "%s"}\n' \
        "$arch" "$(stat -c %s "$PACK_DIR.tmp/guest.data")" \
        "$(sha256sum "$PACK_DIR.tmp/guest.data" | cut -d' ' -f1)" "$GUEST_KERNEL" \
        "$release" "${machine%, }" "$GUEST_CMDLINE" \
        >"$PACK_DIR.tmp/guest.json"
    gzip -6n "$PACK_DIR.tmp/guest.data"
    rm -rf "$PACK_DIR"
    mv "$PACK_DIR.tmp" "$PACK_DIR"
    touch "$PACK_DIR/.complete"
}

# snapshot_guest ARCH GUEST_DIR: the guest of ARCH saved at its first
# prompt, which the page starts from; sets SNAP_DIR.  This build under
# Node.js with the page's command line (only the paths differ, and they are
# not part of a machine's state); a cold boot, 30-40 s each.  Needs
# pack_guest's pack_key.
snapshot_guest() {
    local arch=$1 guest=$2 snap_key size
    snap_key=$({ sha256sum "$OUT_DIR/qemu-system-$arch.js" "$OUT_DIR/qemu-system-$arch.wasm" \
                     "$WASM_DIR/runner/console.py"; echo "$pack_key"; } | sha256sum | cut -c1-16)
    SNAP_DIR=$CACHE_DIR/web-snapshot-$snap_key
    [ -f "$SNAP_DIR/.complete" ] && return 0
    log "saving the $arch guest at its prompt into $SNAP_DIR"
    rm -rf "$SNAP_DIR.tmp"
    mkdir -p "$SNAP_DIR.tmp"
    guest_arch_args "$arch"
    guest_args "$guest" "$guest/firmware" guest.mode=shell
    (cd "$WASM_DIR" && timeout 900 python3 runner/console.py \
         --snapshot "$SNAP_DIR.tmp/default.state" -- "runner/qemu-system-$arch" \
         "${GUEST_ARGS[@]}" -accel tcg,wasm-stats=on) >"$SNAP_DIR.log" 2>&1 ||
        { tail -n 20 "$SNAP_DIR.log"; die "saving the $arch guest failed (log: $SNAP_DIR.log)"; }
    size=$(stat -c %s "$SNAP_DIR.tmp/default.state")
    gzip -6n "$SNAP_DIR.tmp/default.state"
    printf '{"file": "default.state.gz", "encoding": "gzip", "size": %d, "compressedSize": %d}\n' \
        "$size" "$(stat -c %s "$SNAP_DIR.tmp/default.state.gz")" >"$SNAP_DIR.tmp/snapshot.json"
    rm -rf "$SNAP_DIR"
    mv "$SNAP_DIR.tmp" "$SNAP_DIR"
    touch "$SNAP_DIR/.complete"
}

mkdir -p "$OUT_DIR/web"
ln -sfn "$NPM_DIR/node_modules" "$OUT_DIR/web/node_modules"
# Links of an earlier layout (one architecture).
rm -f "$OUT_DIR/web/guest" "$OUT_DIR/web/snapshot"
for arch in $GUEST_ARCHES; do
    rm -f "$OUT_DIR/web/guest-$arch" "$OUT_DIR/web/snapshot-$arch"
    if [ ! -f "$OUT_DIR/qemu-system-$arch.js" ]; then
        log "$arch: no build/qemu-system-$arch.js, so not in the page"
        continue
    fi
    guest=$(GUEST_ARCH=$arch "$WASM_DIR/guest/build.sh" | tail -n1)
    pack_guest "$arch" "$guest"
    ln -sfn "$PACK_DIR" "$OUT_DIR/web/guest-$arch"
    snapshot_guest "$arch" "$guest"
    ln -sfn "$SNAP_DIR" "$OUT_DIR/web/snapshot-$arch"
    log "build/web: $arch guest $(du -h "$PACK_DIR/guest.data.gz" | cut -f1)," \
        "snapshot $(du -h "$SNAP_DIR/default.state.gz" | cut -f1)"
done
log "build/web: npm $npm_key"
stage_done
