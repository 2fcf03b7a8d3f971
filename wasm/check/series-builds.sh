#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every prefix of the series builds: the series (toolchain/series.sh) is
# applied to the import, one patch at a time, on a scratch worktree, and
# after each patch QEMU is built
# - natively (gcc, in a Debian root with QEMU's build dependencies), with
#   --enable-tcg-interpreter so that the changes to TCI are compiled too;
# - for Emscripten, from the patch that adds that build on, with the flags
#   of toolchain/build-qemu.sh as far as the tree has what they need
#   (TCI until the wasm32 backend exists, virtfs once 9pfs builds).
# Each build directory is kept across patches, so only what a patch
# changes is rebuilt; ccache covers the rest.  Prints one PASS:/FAIL: line
# a prefix and build, and the time of each; exits non-zero when one failed.
# Long: "make -C wasm series-builds", not part of "make -C wasm check".

. "$(dirname "$0")/../toolchain/common.sh"
stage_start series-builds

# One line: make_root passes the list to a shell command line.
NATIVE_ROOT_PACKAGES="gcc libc6-dev make ninja-build meson python3 python3-venv"
NATIVE_ROOT_PACKAGES+=" pkgconf libglib2.0-dev zlib1g-dev libpixman-1-dev libffi-dev ccache git"
NATIVE_ROOT_PACKAGES+=" python3-pycotap"
NATIVE_ROOT=$CACHE_DIR/native-root-$(root_key_of "$NATIVE_ROOT_PACKAGES" "$0")
NATIVE_FLAGS=(--target-list=x86_64-softmmu --without-default-features
              --enable-tcg-interpreter --enable-attr --enable-virtfs
              --disable-install-blobs
              --disable-docs --disable-werror --disable-download)

DIR=$CACHE_DIR/series-builds
LOG_DIR=$OUT_DIR/check/series-builds
rm -rf "$LOG_DIR"
mkdir -p "$DIR" "$LOG_DIR" "$CACHE_DIR/ccache"

"$WASM_DIR/toolchain/root.sh"
"$WASM_DIR/toolchain/deps.sh"
make_root "$NATIVE_ROOT" "$NATIVE_ROOT_PACKAGES"
PREFIX=$("$WASM_DIR/toolchain/deps.sh" --print-prefix)
"$WASM_DIR/toolchain/series.sh" --out "$LOG_DIR/series" >"$LOG_DIR/series.log" 2>&1 ||
    die "toolchain/series.sh failed (see $LOG_DIR/series.log)"

# The wasm flags of build-qemu.sh.
PRE_JS=$WASM_DIR/runner/node-pre.js
NET_PRE_JS=$WASM_DIR/runner/net-pre.js
eval "$(sed -n '/^CONFIGURE_FLAGS=(/,/^)/p' "$WASM_DIR/toolchain/build-qemu.sh")"
WASM_FLAGS=("${CONFIGURE_FLAGS[@]}")

TREE=$DIR/tree
git -C "$QEMU_DIR" worktree remove --force "$TREE" >/dev/null 2>&1 || rm -rf "$TREE"
git -C "$QEMU_DIR" worktree prune
git -C "$QEMU_DIR" worktree add -q --detach "$TREE" "$QEMU_IMPORT_COMMIT"
trap 'git -C "$QEMU_DIR" worktree remove --force "$TREE" >/dev/null 2>&1 || true' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_COMMITTER_NAME=check GIT_COMMITTER_EMAIL=check@invalid

CCACHE_ENV="CCACHE_DIR='$CACHE_DIR/ccache' CCACHE_BASEDIR='$TREE'"

# The base tree lacks pc-bios/edk2-*.fd.bz2 (Debian's +ds tarball) and
# its meson.build unpacks them whenever bzip2 is found, until the patch
# "meson: Do not unpack EDK2 firmware the source tree lacks".  The build
# root has bzip2 (deps.sh needs it), so the Emscripten builds run with a
# PATH of the root's /usr/bin less bzip2, as on a machine without it.
NO_BZIP2=$DIR/path-without-bzip2
ROOT_DIR=$ROOT_DIR in_root /bin/sh -ec "rm -rf '$NO_BZIP2'; mkdir -p '$NO_BZIP2'
    for f in /usr/bin/*; do
        [ \"\${f##*/}\" = bzip2 ] || ln -s \"\$f\" '$NO_BZIP2/'
    done"

# build KIND ROOT FLAGS_KEY CONFIGURE_CMD MAKE_CMD: configure (again when
# the flags changed) and make in $DIR/KIND; sets $secs.
build() {
    local kind=$1 root=$2 key=$3 configure=$4 make=$5 bdir=$DIR/$1 t0
    t0=$(date +%s)
    if [ "$(cat "$bdir/.flags" 2>/dev/null)" != "$key" ]; then
        rm -rf "$bdir"
        mkdir -p "$bdir"
        ROOT_DIR=$root in_root /bin/sh -ec "cd '$bdir'; $configure" \
            >"$LOG_DIR/$kind-configure-$n.log" 2>&1 || return 1
        echo "$key" >"$bdir/.flags"
    fi
    ROOT_DIR=$root in_root /bin/sh -ec "cd '$bdir'; $make" \
        >"$LOG_DIR/$kind-make-$n.log" 2>&1 || return 1
    secs=$(( $(date +%s) - t0 ))
}

status=0
n=0
for p in "$LOG_DIR"/series/*.patch; do
    n=$((n + 1))
    name=$(basename "$p" .patch)
    git -C "$TREE" am -q --keep-cr "$p" >"$LOG_DIR/am-$n.log" 2>&1 ||
        { echo "FAIL: $name: git am (see $LOG_DIR/am-$n.log)"; status=1; break; }

    flags=$(printf "'%s' " "${NATIVE_FLAGS[@]}")
    if build native "$NATIVE_ROOT" "$flags" \
            "export $CCACHE_ENV CC='ccache gcc'; '$TREE/configure' $flags" \
            "export $CCACHE_ENV; make -j$(nproc) qemu-system-x86_64"; then
        echo "PASS: $name: native build, ${secs}s"
    else
        echo "FAIL: $name: native build (see $LOG_DIR/native-*-$n.log)"
        status=1
    fi

    # Emscripten from the patch that teaches configure about it.
    grep -q emscripten "$TREE/configure" || continue
    flags=()
    for f in "${WASM_FLAGS[@]}"; do
        case $f in
        --with-coroutine=*) [ -f "$TREE/util/coroutine-wasm.c" ] || continue ;;
        --enable-virtfs) [ -f "$TREE/hw/9pfs/9p-util-stub.c" ] || continue ;;
        esac
        flags+=("$f")
    done
    [ -d "$TREE/tcg/wasm32" ] || flags+=(--enable-tcg-interpreter)
    # 64-bit guests on wasm32 come with "include/exec: Allow 64-bit guest
    # addresses on hosts with 32-bit pointers"; before it, a 32-bit one.
    wasm_target=x86_64
    grep -q TCG_VADDR_BITS "$TREE/meson.build" || wasm_target=i386
    flags=("${flags[@]/--target-list=x86_64-softmmu/--target-list=$wasm_target-softmmu}")
    flags=$(printf "'%s' " "${flags[@]}")
    if build wasm "$ROOT_DIR" "$flags" \
            "export $CCACHE_ENV EM_COMPILER_WRAPPER=/usr/bin/ccache MESON_RSP_THRESHOLD=1000000
             export PATH='$NO_BZIP2'
             emconfigure '$TREE/configure' $flags" \
            "export $CCACHE_ENV EM_COMPILER_WRAPPER=/usr/bin/ccache MESON_RSP_THRESHOLD=1000000
             export PATH='$NO_BZIP2'
             emmake make -j$(nproc) qemu-system-$wasm_target.js"; then
        echo "PASS: $name: Emscripten build ($wasm_target), ${secs}s"
    else
        echo "FAIL: $name: Emscripten build (see $LOG_DIR/wasm-*-$n.log)"
        status=1
    fi
done
stage_done
exit $status
