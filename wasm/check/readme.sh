#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The README's commands stay runnable and its links lead somewhere.  For
# README.md and every wasm/docs/*.md:
# - every "make -C wasm TARGET" they name (in prose, inline code or code
#   blocks, also when wrapped over two lines; VAR=value and -x options may
#   stand between "wasm" and TARGET), and every bare "make TARGET" at the
#   start of a command in a code block (fenced, or indented by 4 spaces),
#   names a target of wasm/Makefile.  The targets are parsed from the
#   Makefile's .PHONY list and rule lines: nothing is built or run;
# - every relative Markdown link or image, [text](path) or ![alt](path),
#   outside code points to an existing file or folder, resolved from the
#   document's folder ("#anchor" parts are ignored; URLs with a scheme and
#   same-page "#..." links are not checked).  PENDING names files that a
#   separate change adds: while missing they are noted, not failed.
# Prints one line per problem and ends with one line, "PASS: readme: N
# commands and M links checked" or "FAIL: readme: ...", exiting 0 or 1.
#
# Usage: wasm/check/readme.sh   (no arguments; cheap, needs no build)

set -euo pipefail

TOP=$(cd "$(dirname "$0")/../.." && pwd)
MAKEFILE=$TOP/wasm/Makefile
# Repository-relative paths allowed to be missing for now.
PENDING=()

cd "$TOP"
docs=(README.md wasm/docs/*.md)

# The Makefile's targets: the words of .PHONY (with its continuation
# lines) and the names before ":" on rule lines (not ":=" assignments).
targets=$(
    {
        awk '/^\.PHONY:/ { p = 1; sub(/^\.PHONY:/, "") }
             p { cont = sub(/\\$/, ""); print; if (!cont) p = 0 }' "$MAKEFILE" |
            tr -s ' \t' '\n'
        grep -E '^[A-Za-z0-9_-][A-Za-z0-9_. -]*:([^=]|$)' "$MAKEFILE" |
            sed 's/:.*//' | tr -s ' \t' '\n'
    } | grep -v -e '^$' -e '^\.' | sort -u
)
[ -n "$targets" ] || { echo "FAIL: readme: no targets found in wasm/Makefile"; exit 1; }

# doc_items FILE: one line per item of FILE, tab-separated:
#   C <target> <the command as written>   for a make command
#   L <path>                              for a relative link or image
doc_items() {
    awk '
    function cmd(m,    n, w) { n = split(m, w, " "); print "C\t" w[n] "\t" m }
    {
        line = $0
        all = all " " line
        if (line ~ /^[ \t]*```/) { code = !code; next }
        if (code || line ~ /^(    |\t)/) {
            # A bare "make TARGET" where a command starts.
            rest = line
            while (match(rest, /(^|[;&|(])[ \t]*([A-Za-z_][A-Za-z0-9_]*=[^ \t]*[ \t]+)*make[ \t]+[a-z][a-z0-9_-]*/)) {
                m = substr(rest, RSTART, RLENGTH)
                rest = substr(rest, RSTART + RLENGTH)
                sub(/^[;&|(]/, "", m)
                gsub(/[ \t]+/, " ", m)
                sub(/^ /, "", m)
                cmd(m)
            }
            next
        }
        prose = prose " " line
    }
    END {
        # "make -C wasm TARGET" anywhere, lines joined so wrapping does not hide one.
        t = all
        gsub(/[ \t]+/, " ", t)
        while (match(t, /make -C wasm(( -[A-Za-z]+)|( [A-Za-z_][A-Za-z0-9_]*=[^ ]*))* [a-z][a-z0-9_-]*/)) {
            cmd(substr(t, RSTART, RLENGTH))
            t = substr(t, RSTART + RLENGTH)
        }
        # Links outside code: inline code spans dropped first.
        p = prose
        gsub(/`[^`]*`/, "", p)
        while (match(p, /!?\[[^]]*\]\([^)]*\)/)) {
            m = substr(p, RSTART, RLENGTH)
            p = substr(p, RSTART + RLENGTH)
            sub(/^[^(]*\(/, "", m)
            sub(/\)$/, "", m)
            sub(/^[ \t]*</, "", m)
            sub(/>[ \t]*$/, "", m)
            sub(/[ \t].*$/, "", m)
            if (m == "" || m ~ /^#/ || m ~ /^[A-Za-z][A-Za-z0-9+.-]*:/)
                continue
            sub(/#.*$/, "", m)
            print "L\t" m
        }
    }' "$1"
}

problems=0 commands=0 links=0
problem() { problems=$((problems + 1)); echo "$1"; }

for doc in "${docs[@]}"; do
    [ -f "$doc" ] || continue
    dir=$(dirname "$doc")
    while IFS=$'\t' read -r kind what text; do
        case $kind in
        C)
            commands=$((commands + 1))
            grep -qxF -- "$what" <<<"$targets" ||
                problem "$doc: \"$text\": wasm/Makefile has no target '$what'"
            ;;
        L)
            links=$((links + 1))
            path=$dir/$what
            [ -e "$path" ] && continue
            rel=$(realpath -m --relative-to="$TOP" "$path")
            pending=0
            for p in "${PENDING[@]}"; do
                [ "$rel" = "$p" ] && pending=1
            done
            if [ $pending = 1 ]; then
                echo "note: $doc: link '$what': $rel does not exist yet (PENDING)"
            else
                problem "$doc: link '$what': no such file ($rel)"
            fi
            ;;
        esac
    done < <(doc_items "$doc")
done

if [ $problems -eq 0 ]; then
    echo "PASS: readme: $commands commands and $links links checked"
else
    echo "FAIL: readme: $problems problems in $commands commands and $links links"
    exit 1
fi
