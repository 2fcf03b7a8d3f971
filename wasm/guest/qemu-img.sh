#!/bin/bash
# Debian trixie's qemu-img (package qemu-utils) in the build root, run in
# the current directory (inside the checkout or the cache, which the root
# sees).  Installed into the root on first use, as guest/native-qemu.sh
# installs qemu-system-*; that does not change the root's cache key.
#
# Usage: guest/qemu-img.sh QEMU-IMG-ARG...

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"

# shellcheck disable=SC2016 # expanded inside the root
in_root /bin/sh -c '
    command -v qemu-img >/dev/null && exit 0
    install() {
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends qemu-utils >/dev/null
    }
    echo "installing qemu-utils into the build root" >&2
    install || { apt-get update -qq; install; }
    command -v qemu-img >/dev/null' ||
    die "cannot install qemu-utils in the build root"
# shellcheck disable=SC2016 # expanded inside the root
in_root /bin/sh -c 'cd "$1" && shift && exec qemu-img "$@"' sh "$PWD" "$@"
