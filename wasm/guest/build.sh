#!/bin/bash
# Stage: the x86_64 test guest booted by the emulator under test.  Assembled
# from Debian trixie binary packages pinned in versions.env (kernel, static
# busybox, SeaBIOS, QEMU's and iPXE's ROMs), fetched with apt-get download
# inside the build root.  The only things compiled here are the test
# programs guest/jitcheck.c and guest/jitfuzz.c (the root's gcc).  Output directory:
#   bzImage              the Debian kernel
#   vmlinux              the same kernel uncompressed: with -kernel vmlinux
#                        QEMU boots it through PVH (pvh.bin), skipping the
#                        in-guest decompression (the default, common.sh)
#   initramfs.cpio.gz    busybox + guest/init (+ 9p modules)
#   firmware/            for "qemu-system-x86_64 -M pc -L firmware"
#   manifest.txt         package versions and kernel release
#
# Usage: guest/build.sh               build if needed, print the output dir
#        guest/build.sh --print-dir   print the output dir only
#        guest/build.sh --latest      print current trixie versions for
#                                     versions.env (pins are not changed)

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
stage_start guest

# The key covers what ends up in the output: this script, the init and its
# workload, and the pinned package versions.
GUEST_KEY=$({ cd "$WASM_DIR" && cat guest/build.sh guest/init guest/workload.sh guest/stress.sh \
                  guest/freestanding.h guest/jitcheck.c guest/jitfuzz.c
              grep -E '^(DEBIAN_SUITE|GUEST_|BUSYBOX_|SEABIOS_|QEMU_DATA_|IPXE_)' \
                  toolchain/versions.env; } | sha256sum | cut -c1-16)
OUT=$CACHE_DIR/guest-$GUEST_KEY

# ROMs that qemu-system-x86_64 -M pc opens at startup (checked with strace
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

# Kernel modules for a virtio-9p share, in load order.
NINEP_MODULES="kernel/fs/netfs/netfs kernel/net/9p/9pnet
kernel/net/9p/9pnet_virtio kernel/fs/9p/9p"

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

finish() {
    ln -sfn "$(basename "$OUT")" "$CACHE_DIR/guest"
    echo "$OUT"
}

if [ -f "$OUT/.complete" ]; then
    log "cached: $OUT"
    finish
    exit 0
fi

# Runs inside the build root (bash -c with this function's text), so it may
# only use the arguments it is given.
assemble() {
    set -euo pipefail
    local tmp=$1 guest=$2 kpkg=$3 firmware=$4 modules=$5
    shift 5
    local kver=${kpkg#linux-image-}
    local x=$tmp/extract r=$tmp/rootfs f m a

    mkdir -p "$tmp/debs" "$x"
    cd "$tmp/debs"
    # The sandbox user cannot write to the cache directory.
    apt-get download -q -o APT::Sandbox::User=root "$@" >/dev/null 2>&1 || {
        echo "apt-get download failed; refreshing the package lists" >&2
        apt-get update -qq
        apt-get download -q -o APT::Sandbox::User=root "$@" >/dev/null
    }
    for f in *.deb; do dpkg-deb -x "$f" "$x"; done

    install -m 644 "$x/boot/vmlinuz-$kver" "$tmp/bzImage"
    # The bzImage payload is a zstd stream followed by its le32 size.
    python3 - "$tmp/bzImage" "$tmp/vmlinux" <<'PY'
import struct, subprocess, sys
img = open(sys.argv[1], "rb").read()
start = ((img[0x1f1] or 4) + 1) * 512
off, length = struct.unpack_from("<II", img, 0x248)
payload = img[start + off:start + off + length]
elf = subprocess.run(["zstd", "-dcq"], input=payload[:-4], check=True,
                     capture_output=True).stdout
size, = struct.unpack("<I", payload[-4:])
if elf[:4] != b"\x7fELF" or len(elf) != size:
    sys.exit("vmlinux extraction failed")
open(sys.argv[2], "wb").write(elf)
PY

    mkdir -p "$tmp/firmware"
    for f in $firmware; do
        cp -L "$x/$f" "$tmp/firmware/"
    done

    mkdir -p "$r"/{bin,dev,proc,sys,tmp,root,mnt,lib/modules/"$kver"}
    ln -s bin "$r/sbin"
    mkdir -p "$r/usr"
    ln -s ../bin "$r/usr/bin"
    ln -s ../bin "$r/usr/sbin"
    install -m 755 "$x/usr/bin/busybox" "$r/bin/busybox"
    for a in $("$r/bin/busybox" --list); do
        [ "$a" = busybox ] || ln -s busybox "$r/bin/$a"
    done
    # The kernel hands /dev/console to init before devtmpfs is mounted.
    mknod -m 600 "$r/dev/console" c 5 1
    install -m 755 "$guest/init" "$r/init"
    install -m 644 "$guest/workload.sh" "$r/lib/workload.sh"
    install -m 644 "$guest/stress.sh" "$r/lib/stress.sh"
    # Freestanding, so the same instructions run under every emulator.
    gcc -O2 -static -nostdlib -fno-pie -no-pie -ffreestanding -fno-builtin \
        -fno-stack-protector -fno-asynchronous-unwind-tables -mno-red-zone \
        -Wall -Wextra -Werror -o "$r/bin/jitcheck" "$guest/jitcheck.c"
    gcc -O2 -static -nostdlib -fno-pie -no-pie -ffreestanding -fno-builtin \
        -fno-stack-protector -fno-asynchronous-unwind-tables -mno-red-zone \
        -Wall -Wextra -Werror -o "$r/bin/jitfuzz" "$guest/jitfuzz.c"
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
            dpkg-deb -W --showformat='${Package}=${Version}\n' "$f"
        done
    } >"$tmp/manifest.txt"

    rm -rf "$tmp/debs" "$x" "$r"
}

tmp=$OUT.tmp
rm -rf "$tmp"
mkdir -p "$tmp"
log "assembling $OUT"
in_root /bin/bash -c "$(declare -f assemble); assemble \"\$@\"" assemble \
    "$tmp" "$WASM_DIR/guest" "$GUEST_KERNEL_PACKAGE" "$FIRMWARE" "$NINEP_MODULES" \
    "$GUEST_KERNEL_PACKAGE=$GUEST_KERNEL_VERSION" \
    "busybox-static=$BUSYBOX_VERSION" \
    "seabios=$SEABIOS_VERSION" \
    "qemu-system-data=$QEMU_DATA_VERSION" \
    "ipxe-qemu=$IPXE_QEMU_VERSION" ||
    die "assembly failed (partial output: $tmp)"

rm -rf "$OUT"
mv "$tmp" "$OUT"
touch "$OUT/.complete"
log "bzImage $(du -h "$OUT/bzImage" | cut -f1)," \
    "vmlinux $(du -h "$OUT/vmlinux" | cut -f1)," \
    "initramfs $(du -h "$OUT/initramfs.cpio.gz" | cut -f1)," \
    "firmware $(du -sh "$OUT/firmware" | cut -f1)"
stage_done
finish
