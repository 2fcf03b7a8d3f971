#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# "make series": the fork's changes to QEMU as a git format-patch series
# against the base, generated from history.  The series is every commit
# since the base's import (QEMU_IMPORT_COMMIT) that changes QEMU's paths,
# in order, with the "fixup!"/"amend!"/"squash!" commits folded into the
# commit they name (git rebase --autosquash on a scratch worktree, never
# on a branch).  A commit that changes QEMU's paths and the project's
# tooling (PROJECT_PATHS) at once is refused: the series cannot carry it.
#
# Usage: series.sh [--out DIR]   write DIR/0001-*.patch ... (default
#                                wasm/build/series)
#        series.sh --commits     list the series' commits, oldest first
# SIGNOFF="Name <mail>" adds that Signed-off-by to every patch: only the
# person who sends the series can certify the Developer's Certificate of
# Origin, so there is none by default.

. "$(dirname "$0")/common.sh"
stage_start series

OUT=$OUT_DIR/series
case "${1:-}" in
--out) OUT=${2:?usage: series.sh [--out DIR | --commits]} ;;
--commits|'') ;;
*) die "usage: series.sh [--out DIR | --commits]" ;;
esac

cd "$QEMU_DIR"
git cat-file -e "$QEMU_IMPORT_COMMIT^{commit}" 2>/dev/null ||
    die "the base's import commit $QEMU_IMPORT_COMMIT is not in this clone's history (shallow clone?)"

# in_series SUBJECT: whether a commit taken so far has that subject.
in_series() {
    local c
    for c in "${commits[@]}"; do
        [ "$(git log -1 --format=%s "$c")" = "$1" ] && return 0
    done
    return 1
}

# The commits after the import, oldest first, that change QEMU's paths,
# and the empty "amend!" commits that correct one of their messages only
# (git commit --allow-empty --fixup=amend:<commit>).
commits=() mixed=()
while read -r c; do
    qemu=$(git diff-tree --no-commit-id --name-only -r "$c" -- . "${PROJECT_EXCLUDES[@]}")
    if [ -z "$qemu" ]; then
        subject=$(git log -1 --format=%s "$c")
        if [ -z "$(git diff-tree --no-commit-id --name-only -r "$c")" ] &&
           [[ $subject == "amend! "* ]] && in_series "${subject#amend! }"; then
            commits+=("$c")
        fi
        continue
    fi
    project=$(git diff-tree --no-commit-id --name-only -r "$c" -- "${PROJECT_PATHS[@]}")
    if [ -n "$project" ]; then
        mixed+=("$(git log -1 --format='%h "%s"' "$c") changes QEMU ($(echo $qemu | cut -c1-60)) and the project's tooling ($(echo $project | cut -c1-60))")
    fi
    commits+=("$c")
done < <(git rev-list --reverse --topo-order --ancestry-path --no-merges \
             "$QEMU_IMPORT_COMMIT..HEAD")
if [ ${#mixed[@]} -gt 0 ]; then
    printf '%s\n' "${mixed[@]}" | while read -r m; do log "error: $m"; done
    die "the series cannot carry a commit that mixes QEMU and tooling: split it in two"
fi
if [ "${1:-}" = --commits ]; then
    printf '%s\n' "${commits[@]}"
    exit 0
fi

# git without the user's or the system's configuration and with a fixed
# committer, so the output depends on the history only.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_COMMITTER_NAME="qemu-wasm series" GIT_COMMITTER_EMAIL=series@invalid
export GIT_COMMITTER_DATE="2000-01-01T00:00:00Z"
signoff=()
if [ -n "${SIGNOFF:-}" ]; then
    [[ $SIGNOFF =~ ^([^<]*[^<[:space:]])[[:space:]]*\<([^>]+@[^>]+)\>$ ]] ||
        die "SIGNOFF must look like 'Name <mail@example.org>'"
    GIT_COMMITTER_NAME=${BASH_REMATCH[1]} GIT_COMMITTER_EMAIL=${BASH_REMATCH[2]}
    signoff=(--signoff)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/qemu-wasm-series.XXXXXX")
cleanup() {
    git worktree remove --force "$work/tree" >/dev/null 2>&1 || true
    rm -rf "$work"
    git worktree prune
}
trap cleanup EXIT
git worktree add -q --detach "$work/tree" "$QEMU_IMPORT_COMMIT"
(
    cd "$work/tree"
    for c in "${commits[@]}"; do
        git cherry-pick --allow-empty --keep-redundant-commits "$c" >"$work/pick.log" 2>&1 ||
            { cat "$work/pick.log" >&2; exit 1; }
    done
    GIT_SEQUENCE_EDITOR=: git rebase -q -i --autosquash "$QEMU_IMPORT_COMMIT" \
        >"$work/rebase.log" 2>&1 || { cat "$work/rebase.log" >&2; exit 1; }
    mkdir -p "$OUT"
    rm -f "$OUT"/*.patch
    git -c core.abbrev=8 format-patch -q --no-signature --zero-commit "${signoff[@]}" \
        -o "$OUT" "$QEMU_IMPORT_COMMIT..HEAD"
) || die "cannot replay the series' commits on the import"
log "$OUT: $(ls "$OUT" | wc -l) patches from ${#commits[@]} commits" \
    "(${SIGNOFF:+Signed-off-by: $SIGNOFF}${SIGNOFF:-no Signed-off-by; SIGNOFF=\"Name <mail>\" adds one})"
stage_done
