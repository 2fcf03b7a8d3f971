#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Stage 3: cross-build zlib, libffi, pixman, pcre2, GLib and libfdt for wasm32 as
# static -pthread libraries into $CACHE_DIR/deps-<key>/prefix.  Each library
# leaves a stamp, so a failed run resumes where it stopped.

. "$(dirname "$0")/common.sh"
stage_start deps

# The files the build shares with QEMU's container recipe for wasm32
# (tests/docker/dockerfiles/emsdk-wasm32-cross.docker), which builds the
# same libraries the same way.
RECIPE_D=$QEMU_DIR/tests/docker/dockerfiles/emsdk-wasm32-cross.d

deps_key() {
    { grep -E '^(ZLIB|LIBFFI|PIXMAN|PCRE2|GLIB|DTC|WASM)_' "$WASM_DIR/toolchain/versions.env"
      cat "$WASM_DIR/toolchain/deps.sh" "$RECIPE_D/deps-cross.ini.in" \
          "$RECIPE_D/resolv-stub.c"
      cat "$ROOT_DIR/usr/share/emscripten/emscripten-version.txt"
    } | sha256sum | cut -c1-16
}

# What a single library is built from beyond the common inputs: a change
# to GLib's patch rebuilds GLib only.
dep_stamp() {
    case $1 in
    glib) sha256sum <"$RECIPE_D/glib-fix-function-pointer-casts.patch" |
          cut -c1-16 ;;
    *) echo built ;;
    esac
}

# One fixed place, so that QEMU's build directory keeps its paths when the
# dependencies change (it then recompiles and relinks what depends on them);
# .key says which inputs the contents were built from.
DEPS_DIR=$CACHE_DIR/deps
PREFIX=$DEPS_DIR/prefix
KEY=$(deps_key)

if [ "${1:-}" = "--print-prefix" ]; then
    echo "$PREFIX"
    exit 0
fi
if [ -f "$DEPS_DIR/.complete" ] && [ "$(cat "$DEPS_DIR/.key")" = "$KEY" ] &&
   [ "$(cat "$DEPS_DIR/.done-glib")" = "$(dep_stamp glib)" ]; then
    log "cached: $PREFIX"
    exit 0
fi
if [ "$(cat "$DEPS_DIR/.key" 2>/dev/null)" != "$KEY" ]; then
    rm -rf "$DEPS_DIR"
fi
mkdir -p "$DEPS_DIR"
echo "$KEY" >"$DEPS_DIR/.key"
rm -f "$DEPS_DIR/.complete"

mkdir -p "$PREFIX" "$DEPS_DIR/work"
SRC_DIR=$CACHE_DIR/sources
JOBS=$(nproc)

quote_list() {
    local out="" w
    for w in $1; do
        out="$out${out:+, }'$w'"
    done
    echo "$out"
}
# write_cross_file FILE EXTRA_CFLAGS
write_cross_file() {
    sed -e "s|@PREFIX@|$PREFIX|g" \
        -e "s|@CFLAGS@|$(quote_list "$WASM_CFLAGS $2")|g" \
        -e "s|@LDFLAGS@|$(quote_list "$WASM_LDFLAGS")|g" \
        "$RECIPE_D/deps-cross.ini.in" >"$1"
}
write_cross_file "$DEPS_DIR/cross.ini" ""
# GLib's gsize is 'unsigned int' on wasm32 while size_t is 'unsigned long':
# the same wasm type, but clang rejects function pointers mixing the two
# (e.g. strncmp in gcompletion.c).
write_cross_file "$DEPS_DIR/cross-glib.ini" \
    "-Wno-error=incompatible-function-pointer-types"

# Environment for autotools builds run through emconfigure/emmake.
ENV="export CFLAGS='$WASM_CFLAGS' CXXFLAGS='$WASM_CFLAGS' \
LDFLAGS='$WASM_LDFLAGS -L$PREFIX/lib' CPPFLAGS='-I$PREFIX/include' \
PKG_CONFIG_LIBDIR='$PREFIX/lib/pkgconfig' EM_FROZEN_CACHE=1 MAKEFLAGS=-j$JOBS;"

unpack() {
    local dir=$DEPS_DIR/work/$1
    rm -rf "$dir"
    mkdir -p "$dir"
    tar -xf "$SRC_DIR/$2" -C "$dir" --strip-components=1
    echo "$dir"
}

build() {
    local name=$1 t0
    shift
    if [ "$(cat "$DEPS_DIR/.done-$name" 2>/dev/null)" = "$(dep_stamp "$name")" ]; then
        log "$name: cached"
        return
    fi
    t0=$(date +%s)
    log "$name: building (log: $DEPS_DIR/$name.log)"
    if ! "build_$name" >"$DEPS_DIR/$name.log" 2>&1; then
        tail -n 30 "$DEPS_DIR/$name.log" >&2
        die "$name failed"
    fi
    dep_stamp "$name" >"$DEPS_DIR/.done-$name"
    log "$name: $(( $(date +%s) - t0 )) s"
}

build_zlib() {
    local dir
    dir=$(unpack zlib "$ZLIB_ORIG_TARBALL")
    in_root /bin/sh -ec "$ENV cd '$dir'
        emconfigure ./configure --static --prefix='$PREFIX'
        emmake make install"
}

build_libffi() {
    local dir
    dir=$(unpack libffi "$LIBFFI_ORIG_TARBALL")
    # The orig tarball is a git snapshot without a generated configure.
    in_root /bin/sh -ec "$ENV cd '$dir'
        autoreconf -fi
        emconfigure ./configure --host=wasm32-unknown-emscripten \
            --prefix='$PREFIX' --enable-static --disable-shared \
            --disable-dependency-tracking --disable-builddir \
            --disable-multi-os-directory --disable-raw-api --disable-docs
        emmake make install SUBDIRS=include"
}

build_pixman() {
    local dir
    dir=$(unpack pixman "$PIXMAN_ORIG_TARBALL")
    in_root /bin/sh -ec "export EM_FROZEN_CACHE=1; cd '$dir'
        meson setup build --cross-file='$DEPS_DIR/cross.ini' \
            --prefix='$PREFIX' --libdir=lib -Ddefault_library=static \
            -Dbuildtype=release -Dtests=disabled -Ddemos=disabled \
            -Dgtk=disabled -Dlibpng=disabled -Dopenmp=disabled \
            -Dloongson-mmi=disabled -Dmmx=disabled -Dsse2=disabled \
            -Dssse3=disabled -Dvmx=disabled -Darm-simd=disabled \
            -Dneon=disabled -Da64-neon=disabled -Dmips-dspr2=disabled \
            -Drvv=disabled -Dgnu-inline-asm=disabled
        ninja -C build install"
}

build_pcre2() {
    local dir
    dir=$(unpack pcre2 "$PCRE2_ORIG_TARBALL")
    in_root /bin/sh -ec "$ENV cd '$dir'
        emconfigure ./configure --host=wasm32-unknown-emscripten \
            --prefix='$PREFIX' --enable-static --disable-shared --disable-jit \
            --disable-pcre2grep-libz --disable-pcre2grep-libbz2 \
            --disable-pcre2test-libreadline --disable-dependency-tracking
        emmake make install-libLTLIBRARIES install-nodist_includeHEADERS \
            install-pkgconfigDATA"
}

build_resolv() {
    in_root /bin/sh -ec "export EM_FROZEN_CACHE=1
        emcc $WASM_CFLAGS -c '$RECIPE_D/resolv-stub.c' \
            -o '$DEPS_DIR/work/resolv-stub.o'
        emar rcs '$PREFIX/lib/libresolv.a' '$DEPS_DIR/work/resolv-stub.o'"
}

build_glib() {
    local dir
    dir=$(unpack glib "$GLIB_ORIG_TARBALL")
    # WebAssembly traps on calls through mismatched function pointer types,
    # which GLib makes internally (e.g. g_list_free_full); see the patch.
    # The patch file has no trailing whitespace (checkpatch): -l.
    in_root /bin/sh -ec "patch -p1 -s -l -d '$dir' <'$RECIPE_D/glib-fix-function-pointer-casts.patch'"
    # Emscripten declares posix_spawn and pthread_getname_np but its libc
    # does not provide them, so meson's header checks find them; drop them
    # from config.h after setup.
    in_root /bin/sh -ec "export EM_FROZEN_CACHE=1; cd '$dir'
        meson setup build --cross-file='$DEPS_DIR/cross-glib.ini' \
            --prefix='$PREFIX' --libdir=lib -Ddefault_library=static \
            -Dbuildtype=release --wrap-mode=nodownload \
            -Dtests=false -Dintrospection=disabled -Dnls=disabled \
            -Dlibmount=disabled -Dselinux=disabled -Dxattr=false \
            -Dman-pages=disabled -Ddocumentation=false -Ddtrace=disabled \
            -Dsystemtap=disabled -Dsysprof=disabled -Dglib_debug=disabled \
            -Dlibelf=disabled -Dinstalled_tests=false
        sed -i -e '/#define HAVE_POSIX_SPAWN /d' \
            -e '/#define HAVE_PTHREAD_GETNAME_NP /d' build/config.h
        ninja -C build install"
}

# The library only (QEMU needs nothing else of dtc), compiled directly:
# dtc's meson.build always builds a shared libfdt too, which wasm-ld
# cannot link.  Its libfdt.pc is written here for the same reason.
build_dtc() {
    local dir
    dir=$(unpack dtc "$DTC_ORIG_TARBALL")
    in_root /bin/sh -ec "export EM_FROZEN_CACHE=1; cd '$dir/libfdt'
        for f in fdt fdt_addresses fdt_check fdt_empty_tree fdt_overlay \
                 fdt_ro fdt_rw fdt_strerror fdt_sw fdt_wip; do
            emcc $WASM_CFLAGS -I. -c \$f.c -o \$f.o
        done
        emar rcs '$PREFIX/lib/libfdt.a' *.o
        cp fdt.h libfdt.h libfdt_env.h '$PREFIX/include/'"
    printf '%s\n' "prefix=$PREFIX" 'libdir=${prefix}/lib' 'includedir=${prefix}/include' \
        '' 'Name: libfdt' 'Description: Flat Device Tree manipulation' \
        "Version: ${DTC_SRC_VERSION%-*}" 'Libs: -L${libdir} -lfdt' \
        'Cflags: -I${includedir}' >"$PREFIX/lib/pkgconfig/libfdt.pc"
}

for dep in zlib libffi pixman pcre2 resolv glib dtc; do
    build $dep
done
touch "$DEPS_DIR/.complete"
log "prefix: $PREFIX"
stage_done
