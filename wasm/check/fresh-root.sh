#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The README's two commands on a fresh machine: a pristine Debian bookworm
# root made with debootstrap (minbase, plus only what README.md lists as
# prerequisites: make, and git to clone), a clone of this repository's
# HEAD in it, and inside it, as root, "make -C wasm demo" (with a typed
# command and poweroff on its console) then "make -C wasm check".  Nothing
# of the host's cache is shared, so every stage runs cold.  Prints each
# command's time and the check's summary; exits non-zero when one failed.
#
# Usage: wasm/check/fresh-root.sh [DIR]   (default /var/tmp/qemu-wasm-fresh;
#                                          DIR is removed first)
# FRESH_STEPS="demo" runs the first command only (default "demo check").

. "$(dirname "$0")/../toolchain/common.sh"
stage_start fresh-root

DIR=${1:-/var/tmp/qemu-wasm-fresh}
SUITE=bookworm
mirror=$(debian_mirror)
rm -rf "$DIR"
mkdir -p "$DIR"
log "debootstrap $SUITE into $DIR"
debootstrap --variant=minbase --include=make,git,ca-certificates "$SUITE" "$DIR" "$mirror" \
    >"$DIR.debootstrap.log" 2>&1 ||
    { tail -n 20 "$DIR.debootstrap.log"; die "debootstrap failed"; }
cp /etc/resolv.conf "$DIR/etc/resolv.conf"
# The host's apt sources and local certificate authorities (a proxy's, for
# npm), as a fresh machine of this kind has them.
cp -a /etc/apt/sources.list.d/. "$DIR/etc/apt/sources.list.d/" 2>/dev/null || true
cp -a /usr/local/share/ca-certificates/. "$DIR/usr/local/share/ca-certificates/" 2>/dev/null &&
    chroot "$DIR" update-ca-certificates >/dev/null 2>&1 || true
git clone -q --no-local "$QEMU_DIR" "$DIR/root/qemu" ||
    die "cannot clone $QEMU_DIR"

# run_in_fresh NAME CMD: CMD in the fresh root with /proc, /dev and /sys,
# timed; its output goes to $DIR.NAME.log.
run_in_fresh() {
    local name=$1 t0 status=0
    shift
    t0=$(date +%s)
    unshare --mount --propagation private -- /bin/sh -c '
        root=$1; shift
        # A root directory that is a mount point, as on a real machine:
        # the scripts make their own mounts private and pivot_root.
        mount --bind "$root" "$root"
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t sysfs sysfs "$root/sys"
        # Entered as in_root (common.sh) enters its roots: a chroot could
        # not give passt the user namespace it sandboxes itself in.
        cd "$root"
        mkdir -p .host
        enter="chroot $root"
        if pivot_root . .host 2>/dev/null; then
            umount -l /.host
            enter=
        fi
        exec $enter /usr/bin/env -i HOME=/root TERM=dumb \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            /bin/bash -c "cd /root/qemu && $*"' sh "$DIR" "$@" \
        >"$DIR.$name.log" 2>&1 || status=$?
    log "$name: exit $status after $(( $(date +%s) - t0 )) s (log: $DIR.$name.log)"
    return $status
}

status=0
# The demo's console: a command whose answer only the guest can give, then
# poweroff.  The guest reads its console once the shell is up, so the
# input waits for the prompt at the start of a line (demo.sh's banner
# names it too), and starts with an empty line: the shell's query of the
# cursor position swallows what arrives with it.
STEPS=" ${FRESH_STEPS:-demo check} "
[[ $STEPS != *" demo "* ]] || run_in_fresh demo '(while ! grep -q "^guest# " /tmp/demo.out 2>/dev/null; do sleep 2; done
    echo; sleep 3; echo "echo fresh-\$((6*7))"; sleep 5; echo "poweroff -f"; sleep 60) |
    make -C wasm demo | tee /tmp/demo.out' || status=1
if [[ $STEPS == *" demo "* ]]; then
    grep -q 'fresh-42' "$DIR.demo.log" || { log "demo: the guest did not answer"; status=1; }
fi
if [[ $STEPS == *" check "* ]]; then
    run_in_fresh check 'make -C wasm check' || status=1
    log "check: $(grep -E '^[0-9]+ passed, [0-9]+ failed' "$DIR.check.log" | tail -n1)"
fi
stage_done
exit $status
