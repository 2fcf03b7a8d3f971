#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Stage: the Debian guest (x86_64), a small Debian trixie system built from
# Debian's packages with debootstrap (minbase, systemd, the cloud kernel,
# apt), on ext4, as a compressed qcow2 image.  No prebuilt image is
# downloaded.  Output directory:
#   debian-x86_64.qcow2  the root filesystem on /dev/vda (4 GiB, compressed
#                        clusters; writes go to an overlay or snapshot=on)
#   vmlinux, initrd.img  the kernel (uncompressed: QEMU boots it through
#                        PVH) and its initramfs, for -kernel/-initrd
#   manifest.txt         the packages and their versions, the kernel release
#   repo/                a flat apt repository with one package (hello), for
#                        the test that installs it in the guest
# The system: root's shell on the serial console without a login, DHCP on
# any NIC (systemd-networkd, systemd-resolved), no timers, apt with the
# host's Debian archive as its source (reachable from the guest only where
# the host's is).
#
# Usage: guest/debian.sh               build if needed, print the output dir
#        guest/debian.sh --print-dir   print the output dir only

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"
STAGE=debian

# dbus: systemd-resolved's system bus (debootstrap picks no alternative).
DEBIAN_PACKAGES="systemd-sysv udev dbus systemd-resolved linux-image-cloud-amd64 \
iproute2 iputils-ping netbase ca-certificates less procps"
# The initramfs needs only what mounts the root on a virtio disk.
INITRAMFS_MODULES="virtio_pci virtio_blk ext4"
DEBIAN_IMAGE_SIZE=4G
DEBIAN_KEY=$({ cat "$WASM_DIR/guest/debian.sh" "$WASM_DIR/guest/extract-vmlinux.py"
               echo "$DEBIAN_SUITE"; } |
             sha256sum | cut -c1-16)
OUT=$CACHE_DIR/debian-x86_64-$DEBIAN_KEY

case ${1:-} in
--print-dir) echo "$OUT"; exit 0 ;;
'') ;;
*) die "usage: guest/debian.sh [--print-dir]" ;;
esac
stage_start debian
if cache_stage "$OUT"; then
    echo "$OUT"
    exit 0
fi

command -v debootstrap >/dev/null ||
    die "debootstrap is missing: apt-get install debootstrap"
mirror=$(debian_mirror)
tmp=$OUT.tmp
rootfs=$tmp/rootfs

log "debootstrap $DEBIAN_SUITE with $DEBIAN_PACKAGES"
debootstrap --variant=minbase --include="${DEBIAN_PACKAGES// /,}" \
    "$DEBIAN_SUITE" "$rootfs" "$mirror" >"$tmp/debootstrap.log" 2>&1 ||
    { tail -n 20 "$tmp/debootstrap.log"; die "debootstrap failed (log: $tmp/debootstrap.log)"; }

log "configure the system"
echo debian >"$rootfs/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\tdebian\n::1\tlocalhost ip6-localhost ip6-loopback\n' \
    >"$rootfs/etc/hosts"
echo '/dev/vda / ext4 rw,errors=remount-ro 0 1' >"$rootfs/etc/fstab"
# Root's shell on the serial console, no password asked.
mkdir -p "$rootfs/etc/systemd/system/serial-getty@.service.d"
cat >"$rootfs/etc/systemd/system/serial-getty@.service.d/autologin.conf" <<'EOF'
[Service]
ExecStart=
ExecStart=-/sbin/agetty --autologin root --keep-baud 115200,57600,38400,9600 - $TERM
EOF
cat >"$rootfs/etc/systemd/network/80-dhcp.network" <<'EOF'
[Match]
Type=ether

[Network]
DHCP=yes
EOF
# The NIC's driver at boot: under the emulator udev's coldplug did not
# load it (measured 2026-12-03: no eth0 after 14 minutes).
echo virtio_net >"$rootfs/etc/modules-load.d/virtio-net.conf"
# An emulator is slow to boot: let services and devices take their time.
mkdir -p "$rootfs/etc/systemd/system.conf.d"
printf '[Manager]\nDefaultTimeoutStartSec=15min\nDefaultDeviceTimeoutSec=15min\n' \
    >"$rootfs/etc/systemd/system.conf.d/emulator.conf"
# The terminal's size is unknown on a serial line; this one fits most.
cat >"$rootfs/root/.profile" <<'EOF'
[ -z "$BASH" ] || . ~/.bashrc
[ "$(tty)" != /dev/ttyS0 ] || stty rows 24 cols 80 2>/dev/null
EOF
echo "MODULES=list" >"$rootfs/etc/initramfs-tools/conf.d/qemu-wasm"
# shellcheck disable=SC2086 # one module a line
printf '%s\n' $INITRAMFS_MODULES >>"$rootfs/etc/initramfs-tools/modules"
mount -t proc proc "$rootfs/proc"
trap 'umount "$rootfs/proc" 2>/dev/null || true' EXIT
chroot "$rootfs" /bin/sh -ec '
    passwd -d root >/dev/null
    update-initramfs -u -k all >/dev/null 2>&1
    systemctl enable systemd-networkd systemd-resolved >/dev/null 2>&1
    # Nothing that waits for the network or runs later on its own.
    systemctl mask systemd-networkd-wait-online.service apt-daily.timer \
        apt-daily-upgrade.timer e2scrub_all.timer e2scrub_reap.service \
        fstrim.timer dpkg-db-backup.timer systemd-tmpfiles-clean.timer \
        getty@tty1.service >/dev/null 2>&1
    apt-get clean
' || die "configuring the guest failed"
umount "$rootfs/proc"
rm -rf "$rootfs/var/lib/apt/lists/"* "$rootfs/var/log/"*.log "$rootfs/etc/machine-id"
touch "$rootfs/etc/machine-id"

kver=$(basename "$(ls -d "$rootfs"/lib/modules/*)")
# shellcheck disable=SC2016 # expanded inside the root
in_root /bin/sh -c 'python3 "$1" "$2" "$3"' sh "$WASM_DIR/guest/extract-vmlinux.py" \
    "$rootfs/boot/vmlinuz-$kver" "$tmp/vmlinux" || die "cannot extract vmlinux"
cp "$rootfs/boot/initrd.img-$kver" "$tmp/initrd.img"
{
    echo "suite=$DEBIAN_SUITE"
    echo "kernel_release=$kver"
    # shellcheck disable=SC2016 # dpkg-query's format
    chroot "$rootfs" dpkg-query -W -f '${Package}=${Version}\n'
} >"$tmp/manifest.txt"

log "the test's apt repository"
mkdir -p "$tmp/repo"
# shellcheck disable=SC2016 # expanded inside the root
in_root /bin/sh -ec 'cd "$1" && apt-get download -q hello >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get download -q hello >/dev/null; }
    dpkg-scanpackages --multiversion . 2>/dev/null >Packages' sh "$tmp/repo" ||
    die "cannot make the apt repository"

log "ext4 image ($DEBIAN_IMAGE_SIZE) and compressed qcow2"
root_ensure mke2fs e2fsprogs
# shellcheck disable=SC2016 # expanded inside the root
in_root /bin/sh -c 'mke2fs -q -t ext4 -L debian -d "$1/rootfs" "$1/rootfs.img" "$2"' \
    sh "$tmp" "$DEBIAN_IMAGE_SIZE" || die "mke2fs failed"
(cd "$tmp" && "$WASM_DIR/guest/qemu-img.sh" convert -c -f raw -O qcow2 \
    rootfs.img debian-x86_64.qcow2) || die "qemu-img convert failed"
rm -rf "$rootfs" "$tmp/rootfs.img"
cache_stage_done "$OUT"
log "$OUT: $(du -h "$OUT/debian-x86_64.qcow2" | cut -f1) qcow2, kernel $kver"
stage_done >&2
echo "$OUT"
