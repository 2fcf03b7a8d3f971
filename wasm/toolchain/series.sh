#!/bin/bash
# "make series": the whole fork as a git format-patch series against the
# base, one commit per patch of patches/series, each also carrying the added
# files patches/added-files maps to it.  Deterministic: authors, dates and
# messages come from the patches, From lines carry no commit id, index
# lines use 8 digits, and no user or system git configuration is read.
# Usage: series.sh [--out DIR]   write DIR/0001-*.patch ... (default build/series)
#        series.sh --list        print "PATCH FILE" for every added file
#                                (PATCH "-": left out of the series)

. "$(dirname "$0")/common.sh"
stage_start series

OUT=$TOPDIR/build/series
MAP=$TOPDIR/patches/added-files
IDENT_NAME="QEMU wasm fork"
IDENT_EMAIL=qemu-wasm@localhost
list=false
case "${1:-}" in
--out) OUT=${2:?usage: series.sh [--out DIR | --list]} ;;
--list) list=true ;;
'') ;;
*) die "usage: series.sh [--out DIR | --list]" ;;
esac

# A patch's name without its leading number.
unnumbered() {
    if [[ $1 =~ ^[0-9]+-(.*)$ ]]; then echo "${BASH_REMATCH[1]}"; else echo "$1"; fi
}

# The series, and its patches by unnumbered name.
patches=()
declare -A in_series=()
while read -r p; do
    case "$p" in ''|'#'*) continue ;; esac
    patches+=("$p")
    in_series[$(unnumbered "$p")]=$p
done <"$TOPDIR/patches/series"

# The map: PATCH and glob of each line.
map_patch=() map_glob=()
n=0
while read -r line; do
    n=$((n + 1))
    case "$line" in ''|'#'*) continue ;; esac
    read -r -a w <<<"$line"
    [ ${#w[@]} -eq 2 ] || die "patches/added-files:$n: expected 'PATCH PATH-OR-GLOB': $line"
    map_patch+=("${w[0]}")
    map_glob+=("${w[1]}")
done <"$MAP"

# Each added file to the patch of the first matching line.
declare -A files_of=()
left_out=() errors=()
nfiles=0
while IFS= read -r -d '' f; do
    nfiles=$((nfiles + 1))
    patch=""
    for i in "${!map_glob[@]}"; do
        # shellcheck disable=SC2053
        if [[ $f == ${map_glob[i]} ]]; then
            patch=${map_patch[i]}
            break
        fi
    done
    if [ -z "$patch" ]; then
        errors+=("$f is added to QEMU (FORK_PATHS) but no line of patches/added-files maps it")
    elif [ "$patch" = - ]; then
        left_out+=("$f")
        $list && printf -- '- %s\n' "$f"
    elif [ -z "${in_series[$(unnumbered "$patch")]:-}" ]; then
        errors+=("$f maps to $patch, which is not in patches/series")
    else
        patch=${in_series[$(unnumbered "$patch")]}
        files_of[$patch]+="$f"$'\n'
        $list && printf '%s %s\n' "$patch" "$f"
    fi
done < <(fork_files)
if [ ${#errors[@]} -gt 0 ]; then
    printf '%s\n' "${errors[@]}" | while read -r e; do log "error: $e"; done
    die "patches/added-files does not map every added file to a patch of patches/series"
fi
$list && exit 0

tarball=$CACHE_DIR/sources/$QEMU_ORIG_TARBALL
echo "$QEMU_ORIG_SHA256  $tarball" | sha256sum --quiet -c - 2>/dev/null ||
    "$TOPDIR/toolchain/sources.sh"

# git without the user's or the system's configuration, with a fixed
# committer; authors and their dates come from the patches.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME=$IDENT_NAME GIT_AUTHOR_EMAIL=$IDENT_EMAIL
export GIT_COMMITTER_NAME=$IDENT_NAME GIT_COMMITTER_EMAIL=$IDENT_EMAIL
export GIT_AUTHOR_DATE="2000-01-01T00:00:00Z" GIT_COMMITTER_DATE="2000-01-01T00:00:00Z"

work=$(mktemp -d "${TMPDIR:-/tmp}/qemu-wasm-series.XXXXXX")
trap 'rm -rf "$work"' EXIT
tar -xf "$tarball" -C "$work" --strip-components=1
cd "$work" || die "cannot enter $work"
git init -q
# No gc running in the background while the directory is removed.
git config gc.auto 0
git config maintenance.auto false
# -f: the base's .gitignore files must not drop files of the tarball.
git add -A -f
git commit -q -m "base: QEMU $QEMU_UPSTREAM_VERSION ($QEMU_ORIG_TARBALL)"
git tag fork-base
unset GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_AUTHOR_DATE

signed=0
for p in "${patches[@]}"; do
    git am -q --keep-cr "$TOPDIR/patches/$p" >"$work.am.log" 2>&1 ||
        { cat "$work.am.log" >&2; rm -f "$work.am.log"; die "patch $p does not apply"; }
    rm -f "$work.am.log"
    amend=()
    while IFS= read -r f; do
        [ -n "$f" ] || continue
        [ -e "$f" ] && die "$f exists in the base: change it with a patch instead"
        mkdir -p "$(dirname "$f")"
        cp -p "$TOPDIR/$f" "$f"
        git add -f -- "$f"
        amend=(--no-edit)
    done <<<"${files_of[$p]:-}"
    msg=$(git log -1 --format=%B)
    if ! grep -q '^Signed-off-by: ' <<<"$msg"; then
        amend=(--no-edit --signoff)
        signed=$((signed + 1))
    fi
    if [ ${#amend[@]} -gt 0 ]; then
        git commit -q --amend "${amend[@]}"
    fi
done

mkdir -p "$OUT"
rm -f "$OUT"/*.patch
git -c core.abbrev=8 format-patch -q --no-signature --zero-commit -o "$OUT" fork-base..HEAD
cd "$TOPDIR" || die "cannot enter $TOPDIR"
log "$OUT: ${#patches[@]} patches, $((nfiles - ${#left_out[@]})) added files" \
    "(left out: ${left_out[*]:-none}; Signed-off-by added to $signed)"
stage_done
