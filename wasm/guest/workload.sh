# SPDX-License-Identifier: GPL-2.0-or-later
# Deterministic CPU workload, shared by the guest's /init (busybox ash) and
# workload-expected.sh (host coreutils) so that both run the very same
# algorithm.  Only seq and sha256sum are used: their output is byte-identical
# between busybox and coreutils for integer sequences, unlike gzip, sort or
# awk.  Each round hashes the previous digest plus 20000 lines of seq
# output, which mixes integer/float formatting, SHA-256 and fork/pipe work.
# shellcheck shell=sh

# workload ROUNDS : print the final digest.
workload() {
    _n=$1 _h=qemu-wasm _i=0
    while [ "$_i" -lt "$_n" ]; do
        _h=$({ echo "$_h"; seq $((_i * 100000 + 1)) $((_i * 100000 + 20000)); } |
             sha256sum)
        _h=${_h%% *}
        _i=$((_i + 1))
    done
    echo "$_h"
}
