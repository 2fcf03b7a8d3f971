#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Stage: the test guest of GUEST_ARCH (common.sh; default x86_64) booted by
# the emulator under test.  Assembled from Debian trixie binary packages
# pinned in versions.env (kernel, static busybox; for x86_64 SeaBIOS, QEMU's
# and iPXE's ROMs, for riscv64 OpenSBI), fetched with apt-get download
# inside the build root (foreign architectures are added to its dpkg on
# first use).  The only things compiled here are the x86_64 test programs
# guest/jitcheck.c and guest/jitfuzz.c (the root's gcc).  Output directory:
#   bzImage              x86_64: the Debian kernel
#   vmlinux              x86_64: the same kernel uncompressed: with -kernel
#                        vmlinux QEMU boots it through PVH (pvh.bin),
#                        skipping the in-guest decompression (the default,
#                        common.sh)
#   Image                aarch64, riscv64: the Debian kernel (a flat Image)
#   initramfs.cpio.gz    busybox + guest/init (+ 9p modules)
#   firmware/            for "qemu-system-ARCH -L firmware"
#   manifest.txt         package versions and kernel release
#
# Usage: guest/build.sh               build if needed, print the output dir
#        guest/build.sh --print-dir   print the output dir only
#        guest/build.sh --latest      print current trixie versions for
#                                     versions.env (pins are not changed;
#                                     x86_64 names, the same for the others)

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
STAGE=guest
guest_arch_known "$GUEST_ARCH"

# The key covers what ends up in the output: this script, the init and its
# workload, and the pinned package versions.
GUEST_KEY=$({ cd "$WASM_DIR" && cat guest/build.sh guest/init guest/udhcpc.sh guest/workload.sh guest/stress.sh \
                  guest/extract-vmlinux.py \
                  guest/freestanding.h guest/jitcheck.c guest/jitfuzz.c guest/smpcheck.c
              grep -E '^(DEBIAN_SUITE|GUEST_|BUSYBOX_|SEABIOS_|QEMU_DATA_|IPXE_|OPENSBI_)' \
                  toolchain/versions.env; } | sha256sum | cut -c1-16)
OUT=$CACHE_DIR/guest-$GUEST_ARCH-$GUEST_KEY

# x86_64: ROMs that qemu-system-x86_64 -M pc opens at startup (checked with strace
# on Debian's own QEMU, with and without -nic none), plus the ones for
# devices a test is likely to add.  Paths are relative to the extracted
# packages.
FIRMWARE="
usr/share/seabios/bios-256k.bin
usr/share/seabios/bios.bin
usr/share/seabios/vgabios-stdvga.bin
usr/share/seabios/vgabios-virtio.bin
usr/share/seabios/vgabios-cirrus.bin
usr/share/seabios/vgabios-bochs-display.bin
usr/share/seabios/vgabios-ramfb.bin
usr/share/qemu/kvmvapic.bin
usr/share/qemu/linuxboot.bin
usr/share/qemu/linuxboot_dma.bin
usr/share/qemu/multiboot.bin
usr/share/qemu/multiboot_dma.bin
usr/share/qemu/pvh.bin
usr/share/qemu/efi-e1000.rom
usr/share/qemu/efi-virtio.rom
"

# The packages and firmware of each architecture (Debian's name for it,
# the kernel package, the firmware files and the packages they come from).
case $GUEST_ARCH in
x86_64)
    DEB_ARCH=amd64
    KERNEL_PACKAGE=$GUEST_KERNEL_PACKAGE KERNEL_VERSION=$GUEST_KERNEL_VERSION
    FIRMWARE_PACKAGES=("seabios=$SEABIOS_VERSION" "qemu-system-data=$QEMU_DATA_VERSION"
                       "ipxe-qemu=$IPXE_QEMU_VERSION") ;;
aarch64)
    DEB_ARCH=arm64
    KERNEL_PACKAGE=$GUEST_KERNEL_PACKAGE_ARM64 KERNEL_VERSION=$GUEST_KERNEL_VERSION_ARM64
    FIRMWARE="" FIRMWARE_PACKAGES=() ;;
riscv64)
    DEB_ARCH=riscv64
    KERNEL_PACKAGE=$GUEST_KERNEL_PACKAGE_RISCV64 KERNEL_VERSION=$GUEST_KERNEL_VERSION_RISCV64
    # The name qemu-system-riscv64 -M virt looks for in -L.
    FIRMWARE="usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin:opensbi-riscv64-generic-fw_dynamic.bin"
    FIRMWARE_PACKAGES=("opensbi=$OPENSBI_VERSION") ;;
esac

# Kernel modules for a virtio-9p share, a virtio disk and the NICs
# guest/init drives (virtio-net; e1000, -M pc's default, on x86_64).
GUEST_MODULES="kernel/fs/netfs/netfs kernel/net/9p/9pnet
kernel/net/9p/9pnet_virtio kernel/fs/9p/9p kernel/drivers/block/virtio_blk
kernel/net/core/failover kernel/drivers/net/net_failover kernel/drivers/net/virtio_net"
[ "$GUEST_ARCH" != x86_64 ] ||
    GUEST_MODULES+=" kernel/drivers/net/ethernet/intel/e1000/e1000"
# The display (guest.display=1): bochs DRM for the Bochs VGA of -M pc
# (-vga std) and for bochs-display (virt), virtio keyboard and tablet.
GUEST_MODULES+=" kernel/drivers/virtio/virtio_input kernel/drivers/input/evdev
kernel/drivers/gpu/drm/drm kernel/drivers/gpu/drm/drm_kms_helper
kernel/drivers/gpu/drm/ttm/ttm kernel/drivers/gpu/drm/drm_ttm_helper
kernel/drivers/gpu/drm/drm_vram_helper kernel/drivers/gpu/drm/tiny/bochs"

case ${1:-} in
    --print-dir)
        echo "$OUT"
        exit 0
        ;;
    --latest)
        # Follow the linux-image-amd64 metapackage to the real kernel package.
        # shellcheck disable=SC2016 # expanded inside the root
        in_root /bin/sh -c '
            cand() { apt-cache policy "$1" | sed -n "s/^ *Candidate: //p"; }
            k=$(apt-cache depends linux-image-amd64 |
                sed -n "s/^ *Depends: \(linux-image-[0-9].*\)/\1/p" | head -n1)
            echo "GUEST_KERNEL_PACKAGE=$k"
            echo "GUEST_KERNEL_VERSION=$(cand "$k")"
            echo "BUSYBOX_VERSION=$(cand busybox-static)"
            echo "SEABIOS_VERSION=$(cand seabios)"
            echo "QEMU_DATA_VERSION=$(cand qemu-system-data)"
            echo "IPXE_QEMU_VERSION=$(cand ipxe-qemu)"'
        exit 0
        ;;
    '') ;;
    *) die "usage: $0 [--print-dir|--latest]" ;;
esac
stage_start guest

finish() {
    ln -sfn "$(basename "$OUT")" "$CACHE_DIR/guest-$GUEST_ARCH"
    echo "$OUT"
}

if cache_stage "$OUT"; then
    log "cached: $OUT"
    finish
    exit 0
fi

# Runs inside the build root (bash -c with this function's text), so it may
# only use the arguments it is given.
assemble() {
    set -euo pipefail
    local tmp=$1 guest=$2 arch=$3 kpkg=$4 firmware=$5 modules=$6
    shift 6
    local kver=${kpkg#linux-image-}
    local x=$tmp/extract r=$tmp/rootfs f m a

    mkdir -p "$tmp/debs" "$x"
    cd "$tmp/debs"
    # The sandbox user cannot write to the cache directory.
    apt-get download -q -o APT::Sandbox::User=root "$@" >/dev/null 2>&1 || {
        echo "apt-get download failed; refreshing the package lists" >&2
        apt-get update -qq || true
        apt-get download -q -o APT::Sandbox::User=root "$@" >/dev/null
    }
    for f in *.deb; do dpkg-deb -x "$f" "$x"; done

    if [ "$arch" = x86_64 ]; then
        install -m 644 "$x/boot/vmlinuz-$kver" "$tmp/bzImage"
        python3 "$guest/extract-vmlinux.py" "$tmp/bzImage" "$tmp/vmlinux"
    else
        # arm64 ships vmlinuz (a flat Image), riscv64 vmlinux (the same).
        for f in "$x/boot/vmlinuz-$kver" "$x/boot/vmlinux-$kver"; do
            [ -f "$f" ] && install -m 644 "$f" "$tmp/Image"
        done
        [ -f "$tmp/Image" ]
    fi

    # FILE or FILE:NAME (the name QEMU looks for).
    mkdir -p "$tmp/firmware"
    for f in $firmware; do
        cp -L "$x/${f%%:*}" "$tmp/firmware/$(basename "${f#*:}")"
    done

    mkdir -p "$r"/{bin,dev,etc,proc,sys,tmp,root,mnt,lib/modules/"$kver"}
    ln -s bin "$r/sbin"
    mkdir -p "$r/usr"
    ln -s ../bin "$r/usr/bin"
    ln -s ../bin "$r/usr/sbin"
    install -m 755 "$x/usr/bin/busybox" "$r/bin/busybox"
    # The applets, as the build host's busybox-static of the same version
    # (one source, one configuration) lists them: a foreign one cannot run.
    mkdir -p "$tmp/host"
    # shellcheck disable=SC2016 # dpkg-query format, not shell
    (cd "$tmp/host" && apt-get download -q -o APT::Sandbox::User=root \
        "busybox-static:amd64=$(dpkg-deb -W --showformat='${Version}' "$tmp"/debs/busybox-static_*.deb)" \
        >/dev/null && dpkg-deb -x busybox-static_*.deb .)
    for a in $("$tmp/host/usr/bin/busybox" --list); do
        [ "$a" = busybox ] || ln -s busybox "$r/bin/$a"
    done
    rm -rf "$tmp/host"
    # The kernel hands /dev/console to init before devtmpfs is mounted.
    mknod -m 600 "$r/dev/console" c 5 1
    install -m 755 "$guest/init" "$r/init"
    install -m 644 "$guest/workload.sh" "$r/lib/workload.sh"
    install -m 644 "$guest/stress.sh" "$r/lib/stress.sh"
    install -m 755 "$guest/udhcpc.sh" "$r/lib/udhcpc.sh"
    if [ "$arch" = x86_64 ]; then
        # Freestanding, so the same instructions run under every emulator.
        for f in jitcheck jitfuzz smpcheck; do
            gcc -O2 -static -nostdlib -fno-pie -no-pie -ffreestanding -fno-builtin \
                -fno-stack-protector -fno-asynchronous-unwind-tables -mno-red-zone \
                -Wall -Wextra -Werror -o "$r/bin/$f" "$guest/$f.c"
        done
    fi
    # busybox insmod cannot read .ko.xz.
    for m in $modules; do
        xz -dc "$x/usr/lib/modules/$kver/$m.ko.xz" \
            >"$r/lib/modules/$kver/$(basename "$m").ko"
    done

    # Reproducible archive: fixed order, owners and timestamps.
    find "$r" -exec touch -h -d @0 {} +
    (cd "$r" && find . -mindepth 1 | LC_ALL=C sort |
        cpio -o -H newc -R 0:0 --reproducible --quiet) |
        gzip -9n >"$tmp/initramfs.cpio.gz"

    {
        echo "kernel_release=$kver"
        for f in "$tmp"/debs/*.deb; do
            # shellcheck disable=SC2016 # dpkg-query format, not shell
            dpkg-deb -W --showformat='${Package}:${Architecture}=${Version}\n' "$f"
        done
    } >"$tmp/manifest.txt"

    rm -rf "$tmp/debs" "$x" "$r"
}

# Foreign packages need their architecture in the root's dpkg (once; the
# root's cache key does not change).
if [ "$DEB_ARCH" != amd64 ] &&
   ! in_root dpkg --print-foreign-architectures | grep -qx "$DEB_ARCH"; then
    log "adding $DEB_ARCH to the build root's dpkg"
    in_root /bin/sh -c "dpkg --add-architecture '$DEB_ARCH' && apt-get update -qq" ||
        log "apt-get update reported errors (continuing)"
fi

tmp=$OUT.tmp
log "assembling $OUT"
in_root /bin/bash -c "$(declare -f assemble); assemble \"\$@\"" assemble \
    "$tmp" "$WASM_DIR/guest" "$GUEST_ARCH" "$KERNEL_PACKAGE" "$FIRMWARE" "$GUEST_MODULES" \
    "$KERNEL_PACKAGE:$DEB_ARCH=$KERNEL_VERSION" \
    "busybox-static:$DEB_ARCH=$BUSYBOX_VERSION" \
    "${FIRMWARE_PACKAGES[@]}" ||
    die "assembly failed (partial output: $tmp)"

cache_stage_done "$OUT"
log "$GUEST_ARCH: $(cd "$OUT" && du -h bzImage vmlinux Image 2>/dev/null | tr '\t\n' ' ')" \
    "initramfs $(du -h "$OUT/initramfs.cpio.gz" | cut -f1)," \
    "firmware $(du -sh "$OUT/firmware" | cut -f1)"
stage_done
finish
