#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Debian trixie's qemu-img (package qemu-utils) in the build root, run in
# the current directory (inside the checkout or the cache, which the root
# sees).  Installed into the root on first use, as guest/native-qemu.sh
# installs qemu-system-*; that does not change the root's cache key.
#
# Usage: guest/qemu-img.sh QEMU-IMG-ARG...

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"

root_ensure qemu-img qemu-utils
# shellcheck disable=SC2016 # expanded inside the root
in_root /bin/sh -c 'cd "$1" && shift && exec qemu-img "$@"' sh "$PWD" "$@"
