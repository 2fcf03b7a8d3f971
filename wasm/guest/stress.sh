# SPDX-License-Identifier: GPL-2.0-or-later
# What JIT backends get wrong, exercised from the guest's busybox ash and
# reduced to one digest: 64-bit arithmetic edge cases (shifts by 0 and 63,
# signed division and remainder, carries and overflow, comparisons), and
# copies at unaligned offsets that cross pages.  Page faults inside blocks
# happen all along (demand paging).  jitcheck adds self-modifying code,
# faults and signals inside hot loops.  Tests compare the digest between the
# interpreter, the WebAssembly JIT and native QEMU.
# shellcheck shell=sh

stress_arith() {
    for a in 0 1 -1 2 7 63 64 255 -256 65535 2147483647 -2147483648 \
             4294967295 4294967296 9223372036854775807 \
             -9223372036854775808 1311768467463790320 -81985529216961; do
        for b in 1 -1 2 3 7 13 31 32 63 -64; do
            # INT64_MIN / -1 raises #DE on x86, as it should.
            if [ "$a" = -9223372036854775808 ] && [ "$b" = -1 ]; then
                q=x r=x
            else
                q=$((a / b)) r=$((a % b))
            fi
            echo "$a $b $((a + b)) $((a - b)) $((a * b)) $q $r" \
                 "$((a << (b & 63))) $((a >> (b & 63))) $((a << 0))" \
                 "$((a & b)) $((a | b)) $((a ^ b)) $((~a)) $((-a))" \
                 "$((a < b)) $((a <= b)) $((a == b)) $((a > b))"
        done
    done
}

stress_memory() {
    seq 1 60000 >/tmp/stress.data
    for skip in 1 3 4093 4095 4097; do
        dd if=/tmp/stress.data bs=1 skip="$skip" count=9000 2>/dev/null |
            sha256sum
        dd if=/tmp/stress.data bs="$skip" skip=1 count=7 2>/dev/null |
            sha256sum
    done
    rm -f /tmp/stress.data
}

# stress CHECKS: print the digest of CHECKS (the output of /bin/jitcheck,
# see jitcheck.c) and of all of the above.
stress() {
    { echo "$1"; stress_arith; stress_memory; } | sha256sum | cut -d' ' -f1
}
