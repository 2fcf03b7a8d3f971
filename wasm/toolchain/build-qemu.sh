#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Stage 4: configure and build the checkout (QEMU's tree, the repository's
# root) for wasm32 with QEMU's own commands, emconfigure ./configure and
# emmake make, out of tree in a build directory in the cache; then copy
# qemu-system-{x86_64,aarch64,riscv64}.{js,wasm} to wasm/build/.  The build directory is
# reused, so a rebuild after a one-file change only recompiles that file
# and relinks; ccache covers builds from scratch and other checkouts.
#
# Usage: build-qemu.sh          the fork's build (TCI + WebAssembly JIT)
#        build-qemu.sh --tci    plain TCI (--enable-tcg-interpreter), for
#                               comparison, into wasm/build/tci/ (x86_64
#                               only)

. "$(dirname "$0")/common.sh"

VARIANT=
ARCHES=$GUEST_ARCHES
case ${1:-} in
--tci) VARIANT=tci ARCHES=x86_64 ;;
'') ;;
*) die "usage: build-qemu.sh [--tci]" ;;
esac

"$WASM_DIR/toolchain/root.sh"
"$WASM_DIR/toolchain/emscripten-fixes.sh"
"$WASM_DIR/toolchain/sources.sh"
"$WASM_DIR/toolchain/deps.sh"
stage_start qemu

PREFIX=$("$WASM_DIR/toolchain/deps.sh" --print-prefix)
PRE_JS=$WASM_DIR/runner/node-pre.js
NET_PRE_JS=$WASM_DIR/runner/net-pre.js

targets=() programs=()
for arch in $ARCHES; do
    targets+=("$arch-softmmu")
    programs+=("qemu-system-$arch.js")
done
target_list=$(IFS=,; echo "${targets[*]}")

CONFIGURE_FLAGS=(
    --static --disable-tools "--target-list=$target_list"
    --with-coroutine=wasm --enable-virtfs
    --without-default-features --enable-pixman
    --disable-docs --disable-install-blobs --disable-werror --disable-download
    "--extra-ldflags=--pre-js=$PRE_JS --pre-js=$NET_PRE_JS -lnodefs.js"
    # The device trees of the aarch64 and riscv64 virt boards.
    --enable-fdt=system
    # Meson ignores PKG_CONFIG_PATH in cross builds.
    "-Dpkg_config_path=$PREFIX/lib/pkgconfig"
)
DEST=$OUT_DIR
if [ "$VARIANT" = tci ]; then
    CONFIGURE_FLAGS+=(--enable-tcg-interpreter)
    DEST=$OUT_DIR/tci
fi

# One build directory per checkout: it records the source path.
config_key=$(printf '%s\n' "${CONFIGURE_FLAGS[@]}" "$PREFIX" "$(root_key)" "$QEMU_DIR" |
             sha256sum | cut -c1-16)
BUILD_DIR=$CACHE_DIR/qemu-build-$config_key
mkdir -p "$BUILD_DIR" "$CACHE_DIR/ccache"

ENV="export EM_COMPILER_WRAPPER=/usr/bin/ccache CCACHE_DIR='$CACHE_DIR/ccache' \
CCACHE_BASEDIR='$QEMU_DIR' MESON_RSP_THRESHOLD=1000000;"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    log "configure in $BUILD_DIR"
    quoted=$(printf "'%s' " "${CONFIGURE_FLAGS[@]}")
    in_root /bin/sh -ec "$ENV cd '$BUILD_DIR'
        emconfigure '$QEMU_DIR/configure' $quoted" >"$BUILD_DIR/configure.out" 2>&1 ||
        { tail -n 40 "$BUILD_DIR/configure.out"; rm -f "$BUILD_DIR/build.ninja"
          die "configure failed (log: $BUILD_DIR/configure.out)"; }
fi

# The pre-js, the dependencies' static libraries and Emscripten's fixed
# libc are link inputs that meson does not track: relink when they change.
link_sum=$(cat "$PRE_JS" "$NET_PRE_JS" "$PREFIX/../.key" "$PREFIX"/../.done-* \
               "$ROOT_DIR/.emscripten-fixes" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$BUILD_DIR/.link-inputs.sum" 2>/dev/null)" != "$link_sum" ]; then
    (cd "$BUILD_DIR" && rm -f "${programs[@]}" tests/unit/*.js)
fi

log "make in $BUILD_DIR (log: $BUILD_DIR/make.out)"
t0=$(date +%s)
in_root /bin/sh -ec "$ENV cd '$BUILD_DIR'
    emmake make -j$(nproc) ${programs[*]}" >"$BUILD_DIR/make.out" 2>&1 ||
    { grep -E -A5 'error|FAILED' "$BUILD_DIR/make.out" | head -n 60; tail -n 5 "$BUILD_DIR/make.out"
      die "make failed (log: $BUILD_DIR/make.out)"; }
echo "$link_sum" >"$BUILD_DIR/.link-inputs.sum"
log "make: $(( $(date +%s) - t0 )) s"

mkdir -p "$DEST"
for arch in $ARCHES; do
    for f in "qemu-system-$arch".{js,wasm}; do
        cp -p "$BUILD_DIR/$f" "$DEST/$f"
    done
    log "${DEST#"$WASM_DIR"/}/qemu-system-$arch.js: $(du -h "$DEST/qemu-system-$arch.wasm" | cut -f1) wasm"
done
ln -sfn "$BUILD_DIR" "$DEST/qemu-build"
stage_done
