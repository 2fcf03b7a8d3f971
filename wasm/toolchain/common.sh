# SPDX-License-Identifier: GPL-2.0-or-later
# The tooling's library, sourced by every script: paths, cache location,
# cache keys and stages, timing, host tools, the guests' command lines,
# running commands inside the Debian build root, and (qemu.sh) launching
# QEMU and reading its output.  Sourcing it only defines variables and
# functions: it installs, creates and checks nothing, so that launching
# QEMU (runner/) acts on nothing.  The stages that build act through
# stage_start (host tools, the cache folder).
# shellcheck shell=bash source-path=SCRIPTDIR

set -euo pipefail

# The project's tooling (this folder) and the QEMU tree it belongs to: the
# checkout's root, which is what gets built.
WASM_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QEMU_DIR=$(cd "$WASM_DIR/.." && pwd)
# Build outputs of the tooling (emulator, firmware, logs), ignored by git.
OUT_DIR=$WASM_DIR/build
# What in the checkout is the project's and not QEMU's (git pathspecs):
# never part of the series (series.sh), never in a commit that changes
# QEMU.
PROJECT_PATHS=(wasm .ci README.md)
PROJECT_EXCLUDES=("${PROJECT_PATHS[@]/#/:(exclude)}")
CACHE_DIR=${QEMU_WASM_CACHE:-/var/cache/qemu-wasm}

# shellcheck source=versions.env
set -a
. "$WASM_DIR/toolchain/versions.env"
set +a

# Tools the scripts run on the host, outside the build root, as
# COMMAND:PACKAGE.  A fresh Debian has few of them; the missing ones are
# installed once, by the first stage that runs (stage_start; the scripts
# run as root, README.md).
HOST_TOOLS="debootstrap:debootstrap unshare:util-linux mount:mount
xz:xz-utils gzip:gzip git:git diff:diffutils cmp:diffutils
timeout:coreutils sha256sum:coreutils find:findutils awk:mawk
python3:python3"

need_host_tools() {
    local t missing=()
    for t in $HOST_TOOLS; do
        command -v "${t%%:*}" >/dev/null || missing+=("${t#*:}")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null ||
        die "missing host tools; install the Debian packages: ${missing[*]}"
    log "installing on the host: ${missing[*]}"
    { apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
          --no-install-recommends "${missing[@]}"; } >/dev/null ||
        die "cannot install ${missing[*]}; install them by hand"
}

log() {
    printf '[%s] %s\n' "${STAGE:-stage}" "$*" >&2
}

die() {
    log "error: $*"
    exit 1
}

# The guest architectures (QEMU targets) this project builds and boots;
# GUEST_ARCH (default x86_64) selects the one a script works on.
GUEST_ARCHES="x86_64 aarch64 riscv64"
GUEST_ARCH=${GUEST_ARCH:-x86_64}
GUEST_KERNEL_ENV=${GUEST_KERNEL:-}

# guest_arch_known ARCH: true when ARCH is one of GUEST_ARCHES; else says
# so on stderr.
guest_arch_known() {
    case " $GUEST_ARCHES " in
    *" $1 "*) return 0 ;;
    esac
    log "error: GUEST_ARCH='$1': not one of $GUEST_ARCHES"
    return 1
}

# The default guest's QEMU command line, in one place for every runner
# (tests, benchmarks, demo, native QEMU, and the web page, whose manifest
# web/build.sh writes from it): machine and devices, and the kernel
# parameters every boot starts with (guest/init reads the guest.* ones).
# The kernel's self-tests of its crypto algorithms are skipped
# (cryptomgr.notests), and two initcalls that test their code at boot and
# only then: the jitter entropy source's health test (jent_mod_init) and
# the SP800-108 KDF's self-test (crypto_kdf108_init), 0.9-1.1 s of the
# x86_64 boot under the JIT.  Nor does the guest set up what it never
# uses: IPv6 (ipv6.disable=1; it has no network), the encrypted-key type
# (init_encrypted) and the enum maps of trace event formats
# (trace_eval_init), together 1.0 s of guest time, 0.8-1 s of the x86_64
# boot under the JIT.  x86_64 boots its kernel uncompressed
# (vmlinux, through PVH): decompressing bzImage in the emulated CPU took a
# quarter of the boot; and without ACPI (acpi=off: SeaBIOS's MP and PCI
# routing tables describe the machine), whose interpreter and table scans
# took 3 s of a 22 s boot.  Such a kernel cannot power the machine off:
# guest/init reboots it instead, which -no-reboot turns into QEMU's exit.
# The arm64 and riscv64 kernels are flat Images already; AArch64 runs an
# ARMv8.0 core (cortex-a57: no pointer authentication or SVE to emulate),
# RISC-V boots through OpenSBI (QEMU's default firmware for virt, from -L).
# guest_arch_args ARCH sets the machine (GUEST_MACHINE_ARGS), the kernel
# parameters (GUEST_CMDLINE) and the kernel's file name (GUEST_KERNEL) of
# ARCH's guest; false, with a message, for an unknown ARCH.  Scripts that
# boot the default guest call it with GUEST_ARCH first.
GUEST_PARAMS="quiet cryptomgr.notests ipv6.disable=1"
GUEST_PARAMS+=" initcall_blacklist=jent_mod_init,crypto_kdf108_init,init_encrypted,trace_eval_init"
guest_arch_args() {
    guest_arch_known "$1" || return 1
    case $1 in
    x86_64)
        GUEST_MACHINE_ARGS=(-M pc -m 256 -nographic -no-reboot -nic none)
        GUEST_CMDLINE="console=ttyS0 $GUEST_PARAMS acpi=off"
        GUEST_KERNEL=${GUEST_KERNEL_ENV:-vmlinux} ;;
    aarch64)
        GUEST_MACHINE_ARGS=(-M virt -cpu cortex-a57 -m 256 -nographic -no-reboot -nic none)
        GUEST_CMDLINE="console=ttyAMA0 $GUEST_PARAMS"
        GUEST_KERNEL=Image ;;
    riscv64)
        GUEST_MACHINE_ARGS=(-M virt -m 256 -nographic -no-reboot -nic none)
        GUEST_CMDLINE="console=ttyS0 $GUEST_PARAMS"
        GUEST_KERNEL=Image ;;
    esac
}

# guest_args GUEST_DIR FIRMWARE_DIR [KERNEL_PARAMS]: sets GUEST_ARGS to the
# command line that boots the guest of GUEST_DIR (guest/build.sh).
guest_args() {
    GUEST_ARGS=(-L "$2" "${GUEST_MACHINE_ARGS[@]}"
                -kernel "$1/$GUEST_KERNEL" -initrd "$1/initramfs.cpio.gz"
                -append "$GUEST_CMDLINE${3:+ $3}")
}

# root_ensure COMMAND PACKAGE: install PACKAGE into the build root (its
# apt sources) unless COMMAND is on the root's PATH.  For tools the
# scripts run, not build inputs: the root's cache key does not change.
root_ensure() {
    # shellcheck disable=SC2016 # expanded inside the root
    in_root /bin/sh -c '
        command -v "$1" >/dev/null && exit 0
        pkg=$2
        install() {
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
                --no-install-recommends "$pkg" >/dev/null
        }
        echo "installing $pkg into the build root" >&2
        install || { apt-get update -qq; install; }
        command -v "$1" >/dev/null' sh "$1" "$2" ||
        die "cannot install $2 in the build root"
}

# debian_args DEBIAN_DIR FIRMWARE_DIR [DRIVE]: sets GUEST_ARGS to the
# command line that boots the Debian guest of DEBIAN_DIR (guest/debian.sh,
# x86_64) with its root filesystem on DRIVE (-drive's options, e.g. the
# image with snapshot=on, or an overlay of it; without DRIVE the caller
# adds the disk).
# Its machine and kernel parameters are DEBIAN_MACHINE_ARGS and
# DEBIAN_CMDLINE (the page's manifest has them apart).
DEBIAN_MACHINE_ARGS=(-M pc -m 512 -nographic -no-reboot -nic none)
DEBIAN_CMDLINE="root=/dev/vda console=ttyS0 net.ifnames=0 quiet"
debian_args() {
    GUEST_ARGS=(-L "$2" "${DEBIAN_MACHINE_ARGS[@]}"
                -kernel "$1/vmlinux" -initrd "$1/initrd.img"
                -append "$DEBIAN_CMDLINE")
    [ -z "${3:-}" ] || GUEST_ARGS+=(-drive "$3,if=virtio")
}

# drop_args OPTION...: GUEST_ARGS without each OPTION and its value.
drop_args() {
    local a drop skip=0 args=()
    for a in "${GUEST_ARGS[@]}"; do
        if [ $skip = 1 ]; then
            skip=0
            continue
        fi
        for drop in "$@"; do
            [ "$a" != "$drop" ] || { skip=1; break; }
        done
        [ $skip = 1 ] || args+=("$a")
    done
    GUEST_ARGS=("${args[@]}")
}

# guest_args_nic [OPTIONS]: GUEST_ARGS with a virtio NIC on QEMU's user
# network (runner/net-pre.js) in place of -nic none; OPTIONS are more
# options of the user netdev, e.g. hostfwd=tcp::8080-:80.  RISC-V's virt
# board creates no NIC for -nic: there the NIC is a -device.
guest_args_nic() {
    drop_args -nic
    if [ "$GUEST_ARCH" = riscv64 ]; then
        GUEST_ARGS+=(-netdev "user,id=net0${1:+,$1}" -device virtio-net-pci,netdev=net0)
    else
        GUEST_ARGS+=(-nic "user,model=virtio-net-pci${1:+,$1}")
    fi
}

# median: the median of the numbers on stdin, one a line ("?" for none).
median() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "?"; exit }
        print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# hash_key: a cache key, the first 16 hex digits of the sha256 of stdin.
hash_key() {
    sha256sum | cut -c1-16
}

# cache_key FILE... : a short hash of the given files' contents and names
# (relative to WASM_DIR).
cache_key() {
    (cd "$WASM_DIR" && sha256sum "$@") | hash_key
}

# A stage that caches makes its output folder DIR (in the cache, named by
# its key) in DIR.tmp, which becomes DIR, marked complete, only when it is
# whole: a stage that stops half-way leaves DIR.tmp, which the next run
# starts over.
# cache_stage DIR: true when DIR is complete; else false, with a new,
# empty DIR.tmp to fill.
cache_stage() {
    [ -f "$1/.complete" ] && return 0
    rm -rf "$1.tmp"
    mkdir -p "$1.tmp"
    return 1
}

# cache_stage_done DIR: DIR.tmp, filled, becomes DIR, complete.
cache_stage_done() {
    touch "$1.tmp/.complete"
    rm -rf "$1"
    mv "$1.tmp" "$1"
}

# prepare_host: what the stages need on the host: the tools (installed
# when missing) and the cache folder.
prepare_host() {
    need_host_tools
    mkdir -p "$CACHE_DIR"
}

# stage_start NAME: a stage that builds or runs begins: its name for log
# lines, its start time for stage_done, and the host prepared.
stage_start() {
    STAGE=$1
    STAGE_T0=$(date +%s)
    prepare_host
}

stage_done() {
    log "done in $(( $(date +%s) - STAGE_T0 )) s"
}

# Debian archive address, read from the host's own apt configuration so that
# no registry address is written into the repository.
debian_mirror() {
    local uri
    uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources \
              2>/dev/null | tr ' ' '\n' | grep -v security | head -n1)
    if [ -z "$uri" ]; then
        uri=$(sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]*\).*/\2/p' \
                  /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
              grep -v security | head -n1)
    fi
    [ -n "$uri" ] || die "no Debian archive found in the host's apt configuration"
    echo "$uri"
}

# make_root DIR PACKAGES: a Debian $DEBIAN_SUITE root (debootstrap,
# minbase) with PACKAGES, built in DIR.tmp and moved to DIR when complete;
# nothing if DIR is complete already.  Its apt sources (with deb-src) point
# to the host's archive.
make_root() {
    local dir=$1 packages=$2 mirror tmp sec
    [ -f "$dir/.complete" ] && return 0
    mirror=$(debian_mirror)
    tmp=$dir.tmp
    rm -rf "$tmp"
    log "debootstrap $DEBIAN_SUITE into $tmp"
    debootstrap --variant=minbase "$DEBIAN_SUITE" "$tmp" "$mirror" >"$tmp.log" 2>&1 ||
        { tail -n 20 "$tmp.log"; die "debootstrap failed (log: $tmp.log)"; }
    {
        for suite in "$DEBIAN_SUITE" "$DEBIAN_SUITE-updates"; do
            echo "deb $mirror $suite main"
            echo "deb-src $mirror $suite main"
        done
        # Some pinned versions come through the security archive.
        sec=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources \
                  2>/dev/null | tr ' ' '\n' | grep security | head -n1 || true)
        if [ -n "$sec" ]; then
            echo "deb $sec $DEBIAN_SUITE-security main"
            echo "deb-src $sec $DEBIAN_SUITE-security main"
        fi
    } >"$tmp/etc/apt/sources.list"
    cp /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true
    touch "$tmp/.complete"
    log "installing: $packages"
    ROOT_DIR=$tmp in_root /bin/sh -c "apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            $packages >/dev/null && apt-get clean" ||
        { rm -f "$tmp/.complete"; die "package installation failed"; }
    rm -rf "$dir"
    mv "$tmp" "$dir"
    log "root ready: $dir ($(du -sh "$dir" | cut -f1))"
}

# root_key_of PACKAGES FILE...: the key of a root made by make_root.
root_key_of() {
    { echo "$DEBIAN_SUITE $1"; declare -f make_root; shift; cat "$@"; } | hash_key
}

# The build root depends only on the suite, its package list and root.sh.
root_key() {
    root_key_of "$ROOT_PACKAGES" "$WASM_DIR/toolchain/root.sh"
}

ROOT_DIR="$CACHE_DIR/root-$(root_key)"

# in_root CMD... : run CMD inside the build root, in a private mount
# namespace so /proc, /dev and the bind mounts vanish with the command even
# when it fails.  The checkout and the cache appear at the same paths inside
# as outside, so paths can be passed through unchanged.  The root is
# entered with pivot_root, not chroot, where the host allows it: a chrooted
# process may not create user namespaces, and passt (the user-mode network)
# sandboxes itself in one.  Where pivot_root fails (inside a chroot whose
# root is no mount point) chroot is used.
in_root() {
    [ -f "$ROOT_DIR/.complete" ] || die "build root missing; run toolchain/root.sh"
    unshare --mount --propagation private -- /bin/sh -e -c '
        root=$1; top=$2; cache=$3; shift 3
        mount --bind "$root" "$root"
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mkdir -p "$root$top" "$root$cache" "$root/.host"
        mount --bind "$top" "$root$top"
        mount --bind "$cache" "$root$cache"
        cd "$root"
        enter="chroot $root"
        if pivot_root . .host 2>/dev/null; then
            umount -l /.host
            enter=
        fi
        exec $enter /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" \
            PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 \
            "$@"' \
        sh "$ROOT_DIR" "$QEMU_DIR" "$CACHE_DIR" "$@"
}

# shellcheck source=qemu.sh
. "$WASM_DIR/toolchain/qemu.sh"
