#!/bin/bash
# Edit the patch series as git commits.
#   patches-dev.sh checkout DIR  - DIR becomes a git repository: one commit
#                                  for the base, then one per patch
#   patches-dev.sh export DIR    - write DIR's commits after the base back
#                                  to patches/ and patches/series

. "$(dirname "$0")/common.sh"
stage_start patches

cmd=${1:?usage: patches-dev.sh checkout|export DIR}
dir=${2:?usage: patches-dev.sh checkout|export DIR}
GIT=(git -c user.name="QEMU wasm fork" -c user.email=qemu-wasm@localhost)

case "$cmd" in
checkout)
    [ -e "$dir" ] && die "$dir exists"
    mkdir -p "$dir"
    tar -xf "$CACHE_DIR/sources/$QEMU_ORIG_TARBALL" -C "$dir" --strip-components=1
    cd "$dir"
    "${GIT[@]}" init -q
    "${GIT[@]}" add -A
    "${GIT[@]}" commit -q -m "base: QEMU $QEMU_UPSTREAM_VERSION ($QEMU_ORIG_TARBALL)"
    "${GIT[@]}" tag fork-base
    while read -r p; do
        case "$p" in ''|'#'*) continue ;; esac
        "${GIT[@]}" am -q --keep-cr "$TOPDIR/patches/$p" ||
            die "patch $p does not apply"
    done <"$TOPDIR/patches/series"
    log "$dir: $(git rev-list --count fork-base..HEAD) patches"
    ;;
export)
    rm -f "$TOPDIR"/patches/*.patch
    # A fixed abbreviation keeps the index lines stable across checkouts.
    git -C "$dir" -c core.abbrev=8 format-patch -q --no-signature --zero-commit \
        -o "$TOPDIR/patches" fork-base..HEAD
    (cd "$TOPDIR/patches" && ls -1 -- *.patch) >"$TOPDIR/patches/series"
    log "exported $(wc -l <"$TOPDIR/patches/series") patches"
    ;;
*)
    die "unknown command $cmd"
    ;;
esac
stage_done
