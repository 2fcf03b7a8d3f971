#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The repository's QEMU is the base plus the series, the series is clean,
# and what the fork adds says its license:
# - spdx: every file added since the import (git diff --diff-filter=A of
#   the import and HEAD: QEMU's paths and the project's) has
#   "SPDX-License-Identifier" in its first 10 lines, but for the patterns
#   of SPDX_EXEMPT and symbolic links;
# - import: the import commit's tree (QEMU_IMPORT_COMMIT) equals the base
#   tarball's, less roms/, file for file (contents and modes);
# - series: toolchain/series.sh generates the series from history (and
#   refuses a commit that mixes QEMU and the project's tooling); git am of
#   it on a fresh repository of the pristine tarball gives, byte for byte,
#   the QEMU paths of HEAD (everything but PROJECT_PATHS; roms/ aside);
# - checkpatch: the base's scripts/checkpatch.pl finds no error in any
#   patch (no Signed-off-by is required unless SIGNOFF is set).
# Prints one PASS:/FAIL: line for each and exits non-zero when one failed.
# Work files and logs: wasm/build/check/series/.
#
# Usage: series.sh [--spdx]   (--spdx: that test alone; cheap, needs
#                              neither the tarball nor the build root)

. "$(dirname "$0")/../toolchain/common.sh"
STAGE=check-series

case "${1:-}" in
--spdx|'') ;;
*) die "usage: series.sh [--spdx]" ;;
esac
status=0
pass() { echo "PASS: $1: $2"; }
fail() { echo "FAIL: $1: $2"; status=1; }

# The added files that cannot carry an SPDX line, as patterns of their
# paths (case patterns: * matches / too), each with its reason.  Symbolic
# links are skipped as well: git stores their target, not text.
SPDX_EXEMPT=(
    'wasm/*.json'   # npm's package.json and package-lock.json: JSON has no comments
    'wasm/*.png'    # images (docs/page.png)
)

# 0. SPDX lines, in HEAD's files (not the work tree's).
spdx() {
    local meta mode blob path pattern checked=0 exempt=0 links=0 missing=()
    git -C "$QEMU_DIR" cat-file -e "$QEMU_IMPORT_COMMIT^{commit}" 2>/dev/null ||
        { fail spdx "no import commit $QEMU_IMPORT_COMMIT in this clone"; return; }
    while IFS= read -r -d '' meta && IFS= read -r -d '' path; do
        # meta: ":OLDMODE NEWMODE OLDBLOB NEWBLOB A"
        read -r _ mode _ blob _ <<<"$meta"
        if [ "$mode" = 120000 ]; then
            links=$((links + 1))
            continue
        fi
        for pattern in "${SPDX_EXEMPT[@]}"; do
            # shellcheck disable=SC2254 # the pattern is meant to match
            case "$path" in $pattern) exempt=$((exempt + 1)); continue 2 ;; esac
        done
        checked=$((checked + 1))
        # sed reads the whole blob: no broken pipe under pipefail.
        [ -n "$(git -C "$QEMU_DIR" cat-file blob "$blob" |
                sed -n '1,10{/SPDX-License-Identifier/p}')" ] || missing+=("$path")
    done < <(git -C "$QEMU_DIR" diff -z --raw --no-abbrev --no-renames --diff-filter=A \
                 "$QEMU_IMPORT_COMMIT" HEAD)
    if [ ${#missing[@]} -eq 0 ]; then
        pass spdx "$checked files added since the import have SPDX-License-Identifier in their first 10 lines ($exempt exempt, $links symbolic links)"
    else
        fail spdx "${#missing[@]} of $checked files added since the import lack SPDX-License-Identifier in their first 10 lines: ${missing[*]}"
    fi
}
spdx
[ "${1:-}" = --spdx ] && exit $status

DIR=$OUT_DIR/check/series
rm -rf "$DIR"
mkdir -p "$DIR"

tarball=$CACHE_DIR/sources/$QEMU_ORIG_TARBALL
echo "$QEMU_ORIG_SHA256  $tarball" | sha256sum --quiet -c - 2>/dev/null ||
    "$WASM_DIR/toolchain/sources.sh" >"$DIR/sources.log" 2>&1 ||
    { fail import "cannot fetch $QEMU_ORIG_TARBALL (see $DIR/sources.log)"; exit 1; }
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME=check GIT_AUTHOR_EMAIL=check@invalid
export GIT_COMMITTER_NAME=check GIT_COMMITTER_EMAIL=check@invalid

# tree_less REPO COMMIT PATH...: the tree of COMMIT in REPO less PATHs.
# Trees are named by their contents, so equal names mean equal trees, in
# any repository.
tree_less() {
    local repo=$1 commit=$2 index=$DIR/index
    shift 2
    rm -f "$index"
    GIT_INDEX_FILE=$index git -C "$repo" read-tree "$commit" &&
        GIT_INDEX_FILE=$index git -C "$repo" rm -r -q --cached --ignore-unmatch -- "$@" &&
        GIT_INDEX_FILE=$index git -C "$repo" write-tree
}

# A fresh repository of the pristine tarball (-f: the base's .gitignore
# files must not drop files of the tarball).
am=$DIR/am
mkdir -p "$am"
tar -xf "$tarball" -C "$am" --strip-components=1 --no-same-owner
(cd "$am" && git init -q && git config gc.auto 0 && git add -A -f &&
    git commit -q -m "$QEMU_ORIG_TARBALL") >"$DIR/am.log" 2>&1 ||
    { fail import "cannot make a repository of $QEMU_ORIG_TARBALL (see $DIR/am.log)"; exit 1; }

# 1. The import.
imported=$(git -C "$QEMU_DIR" rev-parse -q --verify "$QEMU_IMPORT_COMMIT^{tree}") ||
    { fail import "no import commit $QEMU_IMPORT_COMMIT in this clone"; exit 1; }
pristine=$(tree_less "$am" HEAD roms)
if [ "$pristine" = "$imported" ]; then
    pass import "$(git -C "$am" ls-tree -r "$pristine" | wc -l) files = $QEMU_ORIG_TARBALL less roms/"
else
    fail import "the import commit's tree $imported is not the tarball's $pristine (less roms/)"
fi

# 2. Export, and git am on the pristine tarball.
if ! "$WASM_DIR/toolchain/series.sh" --out "$DIR/series" >"$DIR/export.log" 2>&1; then
    fail series "toolchain/series.sh: $(grep -m1 'error:' "$DIR/export.log" || tail -n1 "$DIR/export.log")"
    exit 1
fi
mapfile -t series < <(cd "$DIR/series" && ls -1 -- *.patch)
if ! git -C "$am" am -q --keep-cr "$DIR"/series/*.patch >>"$DIR/am.log" 2>&1; then
    fail series "git am of the series on $QEMU_ORIG_TARBALL failed (see $DIR/am.log)"
else
    applied=$(tree_less "$am" HEAD roms)
    head=$(tree_less "$QEMU_DIR" HEAD "${PROJECT_PATHS[@]}")
    if [ "$applied" = "$head" ]; then
        pass series "${#series[@]} patches; git am on the tarball = HEAD's QEMU paths"
    else
        git -C "$am" diff --stat HEAD "$head" -- . ':(exclude)roms' >"$DIR/tree.diff" 2>&1
        fail series "git am result differs from HEAD's QEMU paths (see $DIR/tree.diff)"
    fi
fi

# 3. checkpatch.pl of the base on every patch, with the build root's perl.
signoff=--no-signoff
[ -n "${SIGNOFF:-}" ] && signoff=--signoff
errors=0 warnings=0 bad=()
for p in "${series[@]}"; do
    log="$DIR/checkpatch-${p%.patch}.log"
    in_root /bin/sh -c 'cd "$1" && perl scripts/checkpatch.pl --color=never "$2" "$3"' \
        sh "$QEMU_DIR" "$signoff" "$DIR/series/$p" >"$log" 2>&1 || true
    total=$(grep -E '^total: [0-9]+ errors, [0-9]+ warnings' "$log" | tail -n1)
    if [ -z "$total" ]; then
        bad+=("${p%%-*}(no result)")
        continue
    fi
    e=$(sed -E 's/^total: ([0-9]+) errors.*/\1/' <<<"$total")
    w=$(sed -E 's/^total: [0-9]+ errors, ([0-9]+) warnings.*/\1/' <<<"$total")
    log "checkpatch $p: $e errors, $w warnings"
    errors=$((errors + e))
    warnings=$((warnings + w))
    [ "$e" -eq 0 ] || bad+=("${p%%-*}")
done
if [ ${#bad[@]} -eq 0 ]; then
    pass checkpatch "${#series[@]} patches, 0 errors, $warnings warnings"
else
    fail checkpatch "$errors errors in patch ${bad[*]}, $warnings warnings (see $DIR/checkpatch-*.log)"
fi
exit $status
