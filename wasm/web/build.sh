#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Browser stage: what the page needs besides web/ and the emulator build.
#  - the browser root (web/root.sh: Chromium, Node.js, npm);
#  - the npm packages pinned in web/package-lock.json (xterm.js, ws, and
#    the tests' playwright-core, puppeteer-core and typescript), installed
#    with npm ci into $QEMU_WASM_CACHE/web-npm-KEY, keyed by package.json,
#    the lock and .npmrc;
#  - for each guest architecture (common.sh, GUEST_ARCHES) whose emulator
#    build/qemu-system-ARCH.js is built: its guest (kernel, initramfs,
#    firmware; guest/build.sh) packed with Emscripten's file_packager into
#    $QEMU_WASM_CACHE/web-guest-KEY (guest.data + its loader guest.js +
#    guest.json, the page's manifest), keyed by the architecture, the
#    files' contents, its command line, this script and the build root;
#  - and that guest saved at its shell prompt (default.state.gz and
#    snapshot.json), which the page starts from by default, in
#    $QEMU_WASM_CACHE/web-snapshot-KEY, keyed by the emulator build and the
#    packed guest;
#  - the Debian guest (guest/debian.sh; ?guest=debian): its kernel,
#    initramfs and firmware packed the same way with an empty qcow2
#    overlay over its image, and the image beside them, which the page
#    reads on demand (Range requests), in $QEMU_WASM_CACHE/web-debian-KEY,
#    and saved at root's prompt with its overlay as it was then (a
#    web-snapshot-KEY with disk.qcow2.gz; a cold boot of Debian, 7-14 min).
# build/web/node_modules, build/web/guest-ARCH, build/web/snapshot-ARCH,
# build/web/guest-debian and build/web/snapshot-debian link to them;
# web/serve.mjs serves build/ at /build/.  Each is made in KEY.tmp and
# renamed when complete (cache_stage, toolchain/common.sh).
#
# Usage: web/build.sh   (needs build/qemu-system-x86_64.js: make build)
# WEB_DEBIAN=0 leaves the Debian guest out (make check does: building it
# takes its longest minutes; make check-long tests it).

# shellcheck source-path=SCRIPTDIR source=root.sh
. "$(dirname "$0")/root.sh"

create_browser_root
"$WASM_DIR/toolchain/root.sh"   # file_packager comes with emscripten
# One run at a time: runs side by side would each rebuild a missing stage
# into the same .tmp folder, one deleting the other's files (a snapshot
# saved with another boot's disk).  Held until this script exits.
exec 9>"$CACHE_DIR/web-build.lock"
flock 9
stage_start web

# The page's default architecture.
[ -f "$OUT_DIR/qemu-system-x86_64.js" ] ||
    die "build/qemu-system-x86_64.js missing: run 'make build' first"

# npm packages.
npm_key=$(cache_key web/package.json web/package-lock.json web/.npmrc)
NPM_DIR=$CACHE_DIR/web-npm-$npm_key
if ! cache_stage "$NPM_DIR"; then
    log "npm ci into $NPM_DIR"
    mkdir -p "$CACHE_DIR/npm-cache"
    cp "$WASM_DIR/web/package.json" "$WASM_DIR/web/package-lock.json" \
       "$WASM_DIR/web/.npmrc" "$NPM_DIR.tmp/"
    # shellcheck disable=SC2016  # expanded by the inner shell
    in_browser_root /bin/sh -c 'cd "$1" && npm ci --cache "$2" --loglevel=error' \
        sh "$NPM_DIR.tmp" "$CACHE_DIR/npm-cache" >"$NPM_DIR.log" 2>&1 ||
        { tail -n 20 "$NPM_DIR.log"; die "npm ci failed (log: $NPM_DIR.log)"; }
    cache_stage_done "$NPM_DIR"
fi

# pack_guest ARCH GUEST_DIR: the guest of ARCH packed; sets PACK_DIR and
# pack_key.  Paths inside the package are the ones web/qemu.mjs passes to
# QEMU (-L /firmware -kernel /guest/KERNEL -initrd /guest/...); the machine
# and the kernel parameters come from the one guest command line
# (common.sh, guest_arch_args).
pack_guest() {
    local arch=$1 guest=$2 release
    guest_arch_args "$arch"
    [ -f "$guest/$GUEST_KERNEL" ] || die "no $arch guest in '$guest'"
    pack_key=$({ echo "$arch"
                 # firmware/ may be empty.
                 cd "$guest" && find "$GUEST_KERNEL" initramfs.cpio.gz firmware -type f -print0 |
                     sort -z | xargs -0 sha256sum
                 cat "$WASM_DIR/web/build.sh"; root_key
                 printf '%s\n' "${GUEST_MACHINE_ARGS[@]}" "$GUEST_CMDLINE"; } | hash_key)
    PACK_DIR=$CACHE_DIR/web-guest-$pack_key
    cache_stage "$PACK_DIR" && return 0
    log "file_packager ($arch) into $PACK_DIR"
    # An empty firmware/ (aarch64) adds nothing: -L names a missing folder,
    # which QEMU accepts.
    run_packager "$PACK_DIR.tmp" "$guest/$GUEST_KERNEL@/guest/$GUEST_KERNEL" \
        "$guest/initramfs.cpio.gz@/guest/initramfs.cpio.gz" "$guest/firmware@/firmware"
    release=$(sed -n 's/^kernel_release=//p' "$guest/manifest.txt" | head -n1)
    write_manifest "$PACK_DIR.tmp" "$arch" "/guest/$GUEST_KERNEL" /guest/initramfs.cpio.gz \
        "$release" "$GUEST_CMDLINE" "" "${GUEST_MACHINE_ARGS[@]}"
    gzip -6n "$PACK_DIR.tmp/guest.data"
    cache_stage_done "$PACK_DIR"
}

# run_packager DIR FILE@PATH...: guest.data and its loader guest.js in DIR,
# each FILE at PATH in the emulator's file system.
run_packager() {
    local dir=$1
    shift
    # shellcheck disable=SC2016
    in_root /bin/sh -c 'cd "$1" && shift && /usr/share/emscripten/tools/file_packager \
            guest.data --preload "$@" --js-output=guest.js --no-node' sh "$dir" "$@" \
        >"$dir.log" 2>&1 ||
        { cat "$dir.log"; die "file_packager failed"; }
}

# write_manifest DIR ARCH KERNEL INITRD RELEASE APPEND MEMBERS MACHINE_ARG...:
# DIR/guest.json, the page's manifest of the package DIR/guest.data, with
# the JSON members MEMBERS (text, or empty) added.  The page checks the
# download against size and sha256: a truncated or corrupt package is
# reported instead of booting garbage.
write_manifest() {
    local dir=$1 arch=$2 kernel=$3 initrd=$4 release=$5 append=$6 members=$7 a machine_json
    shift 7
    for a in "$@" "$append"; do
        [[ $a != *[\"\\]* ]] || die "cannot write '$a' into guest.json"
    done
    machine_json=$(printf '"%s", ' "$@")
    # Sent compressed (an uncompressed kernel is ~57 MB); the page
    # decompresses it and checks what it gets.
    printf '{"arch": "%s", "data": "guest.data.gz", "encoding": "gzip", "loader": "guest.js", "size": %d, "sha256": "%s",\n "kernel": "%s", "initrd": "%s",\n "firmware": "/firmware", "kernelRelease": "%s",\n "machine": [%s], "append": "%s"%s}\n' \
        "$arch" "$(stat -c %s "$dir/guest.data")" \
        "$(sha256sum "$dir/guest.data" | cut -d' ' -f1)" "$kernel" "$initrd" \
        "$release" "${machine_json%, }" "$append" "${members:+, $members}" >"$dir/guest.json"
}

# pack_debian DEBIAN_DIR FIRMWARE_DIR: the Debian guest for the page; sets
# DEBIAN_PACK.  The image stays as it is, linked into the folder: the page
# reads it with Range requests through QEMU's http(s) driver
# (block/fetch.c), under the overlay, which the page keeps in the
# browser's storage.
pack_debian() {
    local dir=$1 fw=$2 key release image=debian-x86_64.qcow2
    key=$({ cd "$dir" && sha256sum vmlinux initrd.img "$image"
            cd "$fw" && find . -type f -print0 | sort -z | xargs -0 sha256sum
            cat "$WASM_DIR/web/build.sh"; root_key
            printf '%s\n' "${DEBIAN_MACHINE_ARGS[@]}" "$DEBIAN_CMDLINE"; } | hash_key)
    DEBIAN_PACK=$CACHE_DIR/web-debian-$key
    cache_stage "$DEBIAN_PACK" && return 0
    log "file_packager (Debian) into $DEBIAN_PACK"
    ln -s "$dir/$image" "$DEBIAN_PACK.tmp/$image"
    # The overlay names the image by its file name; the page gives QEMU
    # the image's URL instead (backing.file.filename).
    (cd "$DEBIAN_PACK.tmp" && "$WASM_DIR/guest/qemu-img.sh" create -q -f qcow2 \
         -F qcow2 -b "$image" overlay.qcow2) >>"$DEBIAN_PACK.tmp.log" 2>&1 ||
        die "qemu-img create failed (log: $DEBIAN_PACK.tmp.log)"
    run_packager "$DEBIAN_PACK.tmp" "$dir/vmlinux@/guest/vmlinux" \
        "$dir/initrd.img@/guest/initrd.img" "$fw@/firmware" \
        "$DEBIAN_PACK.tmp/overlay.qcow2@/guest/overlay.qcow2"
    release=$(sed -n 's/^kernel_release=//p' "$dir/manifest.txt" | head -n1)
    write_manifest "$DEBIAN_PACK.tmp" x86_64 /guest/vmlinux /guest/initrd.img "$release" \
        "$DEBIAN_CMDLINE" \
        "$(printf '"guest": "debian", "disk": {"image": "%s", "imageSize": %d, "imageSha256": "%s", "overlay": "/guest/overlay.qcow2"}' \
               "$image" "$(stat -L -c %s "$dir/$image")" \
               "$(sha256sum "$dir/$image" | cut -d' ' -f1)")" "${DEBIAN_MACHINE_ARGS[@]}"
    gzip -6n "$DEBIAN_PACK.tmp/guest.data"
    cache_stage_done "$DEBIAN_PACK"
}

# snapshot_dir ARCH PACKED_KEY: sets SNAP_DIR, where the page's default
# snapshot of a guest of ARCH packed under PACKED_KEY is kept
# ($CACHE_DIR/web-snapshot-KEY, keyed by the emulator build and the packed
# guest); true when it is there, else SNAP_DIR.tmp is made for it
# (cache_stage).
snapshot_dir() {
    local snap_key
    snap_key=$({ sha256sum "$OUT_DIR/qemu-system-$1.js" "$OUT_DIR/qemu-system-$1.wasm" \
                     "$WASM_DIR/runner/console.py"; echo "$2"; } | hash_key)
    SNAP_DIR=$CACHE_DIR/web-snapshot-$snap_key
    cache_stage "$SNAP_DIR"
}

# save_at_prompt [--debian] QEMU_COMMAND...: boots the machine under
# Node.js with this build and saves it at its first prompt (--debian:
# root's) into SNAP_DIR.tmp: default.state.gz and snapshot.json, the page's
# manifest of it, with the JSON members SNAP_EXTRA added.  The page's
# command line: only the paths differ, and they are not part of a
# machine's state.
save_at_prompt() {
    local console=() size
    [ "$1" != --debian ] || { console=(--debian); shift; }
    log "saving the guest at its prompt into $SNAP_DIR (a cold boot)"
    (cd "$WASM_DIR" && timeout 1500 python3 runner/console.py "${console[@]}" \
         --snapshot "$SNAP_DIR.tmp/default.state" -- "$@" -accel tcg,wasm-stats=on) \
        >"$SNAP_DIR.log" 2>&1 ||
        { tail -n 20 "$SNAP_DIR.log"; die "saving the guest failed (log: $SNAP_DIR.log)"; }
    size=$(stat -c %s "$SNAP_DIR.tmp/default.state")
    gzip -6n "$SNAP_DIR.tmp/default.state"
    printf '{"file": "default.state.gz", "encoding": "gzip", "size": %d, "compressedSize": %d%s}\n' \
        "$size" "$(stat -c %s "$SNAP_DIR.tmp/default.state.gz")" \
        "${SNAP_EXTRA:+, $SNAP_EXTRA}" >"$SNAP_DIR.tmp/snapshot.json"
}

# snapshot_guest ARCH GUEST_DIR: the guest of ARCH saved at its first
# prompt, which the page starts from; sets SNAP_DIR.  A cold boot, 30-40 s.
# Needs pack_guest's pack_key.
snapshot_guest() {
    snapshot_dir "$1" "$pack_key" && return 0
    guest_arch_args "$1"
    guest_args "$2" "$2/firmware" guest.mode=shell
    SNAP_EXTRA="" save_at_prompt "runner/qemu-system-$1" "${GUEST_ARGS[@]}"
    cache_stage_done "$SNAP_DIR"
}

# snapshot_debian DEBIAN_DIR FIRMWARE_DIR: the page's Debian guest saved at
# root's first prompt with its overlay as it was then (disk.qcow2.gz: the
# boot's writes), which the page starts from; sets SNAP_DIR.  A cold boot
# of Debian, 7-14 min.  Needs pack_debian's DEBIAN_PACK.
snapshot_debian() {
    snapshot_dir x86_64 "$DEBIAN_PACK" && return 0
    # The overlay names its image relative to itself.
    cp "$DEBIAN_PACK/overlay.qcow2" "$SNAP_DIR.tmp/disk.qcow2"
    ln -s "$DEBIAN_PACK/debian-x86_64.qcow2" "$SNAP_DIR.tmp/"
    debian_args "$1" "$2" "file=$SNAP_DIR.tmp/disk.qcow2,format=qcow2"
    SNAP_EXTRA='"disk": "disk.qcow2.gz"' save_at_prompt --debian \
        runner/qemu-system-x86_64 "${GUEST_ARGS[@]}"
    rm "$SNAP_DIR.tmp/debian-x86_64.qcow2"
    gzip -6n "$SNAP_DIR.tmp/disk.qcow2"
    cache_stage_done "$SNAP_DIR"
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
rm -f "$OUT_DIR/web/guest-debian" "$OUT_DIR/web/snapshot-debian"
if [ -f "$OUT_DIR/qemu-system-x86_64.js" ] && [ "${WEB_DEBIAN:-1}" != 0 ]; then
    debian=$("$WASM_DIR/guest/debian.sh")
    firmware=$(GUEST_ARCH=x86_64 "$WASM_DIR/guest/build.sh" --print-dir)/firmware
    pack_debian "$debian" "$firmware"
    ln -sfn "$DEBIAN_PACK" "$OUT_DIR/web/guest-debian"
    snapshot_debian "$debian" "$firmware"
    ln -sfn "$SNAP_DIR" "$OUT_DIR/web/snapshot-debian"
    log "build/web: Debian guest $(du -h "$DEBIAN_PACK/guest.data.gz" | cut -f1)," \
        "image $(du -hL "$DEBIAN_PACK/debian-x86_64.qcow2" | cut -f1)," \
        "snapshot $(du -h "$SNAP_DIR/default.state.gz" | cut -f1)" \
        "with its disk $(du -h "$SNAP_DIR/disk.qcow2.gz" | cut -f1)"
fi
log "build/web: npm $npm_key"
stage_done
