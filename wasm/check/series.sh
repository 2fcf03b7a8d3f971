#!/bin/bash
# The exported series round-trips and is clean:
# - toolchain/series.sh exports it;
# - git am of it on a fresh repository of the base tarball gives, byte for
#   byte and with the same executable bits, the tree
#   toolchain/prepare-source.sh prepares, less the files patches/added-files
#   leaves out (and less empty directories, which git cannot carry);
# - the base's scripts/checkpatch.pl finds no error in any patch
#   (warnings are counted, not fatal).
# Ends with one line "PASS: series (...)" or "FAIL: series: ..." and exits
# 0 or 1.  Work files and logs: build/check/series/.

. "$(dirname "$0")/../toolchain/common.sh"
STAGE=check-series

DIR=$TOPDIR/build/check/series
rm -rf "$DIR"
mkdir -p "$DIR"

fail() {
    echo "FAIL: series: $*"
    exit 1
}

# 1. Export.
"$TOPDIR/toolchain/series.sh" --out "$DIR/series" >"$DIR/export.log" 2>&1 ||
    fail "toolchain/series.sh failed: $(grep -m1 'error:' "$DIR/export.log" || tail -n1 "$DIR/export.log")"
mapfile -t series < <(cd "$DIR/series" && ls -1 -- *.patch)
[ ${#series[@]} -gt 0 ] || fail "no patch exported"
mapfile -t left_out < <("$TOPDIR/toolchain/series.sh" --list 2>/dev/null | sed -n 's/^- //p')

# 2. git am on the base.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="QEMU wasm fork" GIT_AUTHOR_EMAIL=qemu-wasm@localhost
export GIT_COMMITTER_NAME="QEMU wasm fork" GIT_COMMITTER_EMAIL=qemu-wasm@localhost
am=$DIR/am
mkdir -p "$am"
tar -xf "$CACHE_DIR/sources/$QEMU_ORIG_TARBALL" -C "$am" --strip-components=1 \
    --no-same-owner || fail "cannot unpack $QEMU_ORIG_TARBALL"
(cd "$am" && git init -q && git config gc.auto 0 && git add -A -f && git commit -q -m base &&
    git am -q --keep-cr "$DIR"/series/*.patch) >"$DIR/am.log" 2>&1 ||
    fail "git am of the series on the base failed (see $DIR/am.log)"
# What the repository holds, not what is left in its work tree.
tree=$DIR/checkout
git clone -q "$am" "$tree" >>"$DIR/am.log" 2>&1 || fail "git clone failed (see $DIR/am.log)"

# 3. The tree prepare-source.sh makes.
prepared=$DIR/prepared
"$TOPDIR/toolchain/prepare-source.sh" --into "$prepared" >"$DIR/prepare.log" 2>&1 ||
    fail "prepare-source.sh --into failed (see $DIR/prepare.log)"
for f in "${left_out[@]}"; do
    rm -f "$prepared/$f"
done
find "$prepared" -mindepth 1 -depth -type d -empty -delete

# 4. Compare the checkout's contents, symbolic links and executable bits.
diff -r --no-dereference -x .git "$tree" "$prepared" >"$DIR/tree.diff" 2>&1 ||
    fail "git am result and prepared tree differ: $(head -n1 "$DIR/tree.diff") (see $DIR/tree.diff)"
exec_bits() {
    (cd "$1" && find . -path ./.git -prune -o -type f -perm /111 -print | LC_ALL=C sort)
}
diff <(exec_bits "$tree") <(exec_bits "$prepared") >"$DIR/modes.diff" ||
    fail "executable bits differ (see $DIR/modes.diff)"

# 5. checkpatch.pl of the base on every patch, with the build root's perl
# (the host's when there is no root).
checkpatch() {
    if [ -x "$ROOT_DIR/usr/bin/perl" ] && [ -f "$ROOT_DIR/.complete" ]; then
        in_root /bin/sh -c 'cd "$1" && perl scripts/checkpatch.pl --color=never "$2"' \
            sh "$am" "$1"
    else
        (cd "$am" && perl scripts/checkpatch.pl --color=never "$1")
    fi
}
errors=0 warnings=0 bad=()
for p in "${series[@]}"; do
    log="$DIR/checkpatch-${p%.patch}.log"
    checkpatch "$DIR/series/$p" >"$log" 2>&1 || true
    total=$(grep -E '^total: [0-9]+ errors, [0-9]+ warnings' "$log" | tail -n1)
    [ -n "$total" ] || fail "checkpatch.pl gave no result for $p (see $log)"
    e=$(sed -E 's/^total: ([0-9]+) errors.*/\1/' <<<"$total")
    w=$(sed -E 's/^total: [0-9]+ errors, ([0-9]+) warnings.*/\1/' <<<"$total")
    log "checkpatch $p: $e errors, $w warnings"
    errors=$((errors + e))
    warnings=$((warnings + w))
    [ "$e" -eq 0 ] || bad+=("${p%%-*}")
done
[ "$errors" -eq 0 ] ||
    fail "checkpatch.pl: $errors errors in patch ${bad[*]}, $warnings warnings (see $DIR/checkpatch-*.log)"

echo "PASS: series (${#series[@]} patches; git am on the base = prepared tree," \
    "left out: ${left_out[*]:-none}; checkpatch: 0 errors, $warnings warnings)"
