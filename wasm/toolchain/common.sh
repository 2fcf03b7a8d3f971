# Shared by the stage scripts: cache location, cache keys, timing, and
# running commands inside the Debian build root.
# shellcheck shell=bash

set -euo pipefail

TOPDIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE_DIR=${QEMU_WASM_CACHE:-/var/cache/qemu-wasm}
mkdir -p "$CACHE_DIR"

# shellcheck source=versions.env
set -a
. "$TOPDIR/toolchain/versions.env"
set +a

log() {
    printf '[%s] %s\n' "${STAGE:-stage}" "$*" >&2
}

die() {
    log "error: $*"
    exit 1
}

# cache_key FILE... : a short hash of the given files' contents and names.
cache_key() {
    (cd "$TOPDIR" && sha256sum "$@") | sha256sum | cut -c1-16
}

stage_start() {
    STAGE=$1
    STAGE_T0=$(date +%s)
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

# The root depends only on the suite, its package list and root.sh itself.
root_key() {
    { grep -E '^(DEBIAN_SUITE|ROOT_PACKAGES)=' "$TOPDIR/toolchain/versions.env"
      cat "$TOPDIR/toolchain/root.sh"; } | sha256sum | cut -c1-16
}

ROOT_DIR="$CACHE_DIR/root-$(root_key)"

# in_root CMD... : run CMD inside the build root, in a private mount
# namespace so /proc, /dev and the bind mounts vanish with the command even
# when it fails.  The checkout and the cache appear at the same paths inside
# as outside, so paths can be passed through unchanged.
in_root() {
    [ -f "$ROOT_DIR/.complete" ] || die "build root missing; run toolchain/root.sh"
    unshare --mount --propagation private -- /bin/sh -e -c '
        root=$1; top=$2; cache=$3; shift 3
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mkdir -p "$root$top" "$root$cache"
        mount --bind "$top" "$root$top"
        mount --bind "$cache" "$root$cache"
        exec chroot "$root" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" \
            PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 \
            "$@"' sh "$ROOT_DIR" "$TOPDIR" "$CACHE_DIR" "$@"
}

# Top-level folders of this repository that hold files added to QEMU, at
# their QEMU paths.
FORK_PATHS=(accel block configs docs fsdev hw include scripts system target
            tcg tests/docker util .gitlab-ci.d)

# fork_files: the files this fork adds to QEMU (prepare-source.sh copies
# them over the base, series.sh exports them), relative to $TOPDIR, in a
# fixed order, each followed by a NUL.
fork_files() {
    local d
    for d in "${FORK_PATHS[@]}"; do
        [ -e "$TOPDIR/$d" ] || continue
        (cd "$TOPDIR" && find "$d" -type f -print0)
    done | LC_ALL=C sort -z
}
