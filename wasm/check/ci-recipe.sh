#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# QEMU's CI recipe, tests/docker/dockerfiles/emsdk-wasm32-cross.docker,
# and its CI job build-wasm32 (.gitlab-ci.d/buildtest.yml) describe the
# build of wasm/toolchain/:
# - every ARG/ENV of the recipe named like a key of toolchain/versions.env
#   has its value, and the keys the recipe needs are all there;
# - emsdk-wasm32-cross.d/ holds the files toolchain/deps.sh builds with;
# - the recipe builds the libraries in the order of toolchain/deps.sh, each
#   with the same commands and flags as its build_* function there, and
#   writes the same cross files;
# - the job configures QEMU with the flags of toolchain/build-qemu.sh (less
#   the Node.js glue of runner/, which is the fork's own).
# Ends with one line "PASS: ci-recipe: ..." or "FAIL: ci-recipe: ..." and
# exits 0 or 1.  No container engine runs here: the recipe is compared,
# not built.

. "$(dirname "$0")/../toolchain/common.sh"
STAGE=check-ci-recipe

RECIPE=$QEMU_DIR/tests/docker/dockerfiles/emsdk-wasm32-cross.docker
RECIPE_D=$QEMU_DIR/tests/docker/dockerfiles/emsdk-wasm32-cross.d
DEPS_SH=$WASM_DIR/toolchain/deps.sh
VERSIONS=$WASM_DIR/toolchain/versions.env
# versions.env keys the recipe must carry: the suite, the build root's
# packages and what toolchain/deps.sh builds from.
REQUIRED='^(DEBIAN_SUITE|ROOT_PACKAGES|(ZLIB|LIBFFI|PIXMAN|PCRE2|GLIB|DTC|WASM)_[A-Z0-9_]+)$'

problems=()
problem() {
    problems+=("$1")
    log "$1"
}
[ -f "$RECIPE" ] || { echo "FAIL: ci-recipe: ${RECIPE#"$QEMU_DIR"/} is missing"; exit 1; }

# 1. Values.  versions.env was sourced by common.sh.
declare -A seen=()
nvalues=0
while read -r kind name value; do
    value=${value#\"}
    value=${value%\"}
    seen[$name]=1
    nvalues=$((nvalues + 1))
    expected=${!name}
    if [ "$name" = ROOT_PACKAGES ]; then
        # The build's packages: less those only the runner needs.
        expected=$(for p in $ROOT_PACKAGES; do
                       [[ " $ROOT_RUN_PACKAGES " == *" $p "* ]] || printf '%s ' "$p"
                   done)
        expected=${expected% }
    fi
    [ "$value" = "$expected" ] ||
        problem "$kind $name=\"$value\" in the recipe, but $name=\"$expected\" in versions.env"
done < <(sed -n -E 's/^(ARG|ENV)[[:space:]]+([A-Za-z_][A-Za-z0-9_]*)=(.*)$/\1 \2 \3/p' "$RECIPE" |
         while read -r kind name value; do
             grep -q -E "^$name=" "$VERSIONS" && echo "$kind $name $value"
         done)
for key in $(sed -n -E 's/^([A-Z][A-Z0-9_]*)=.*/\1/p' "$VERSIONS"); do
    [[ $key =~ $REQUIRED ]] || continue
    [ -n "${seen[$key]:-}" ] || problem "the recipe has no ARG or ENV for $key of versions.env"
done

# 2. The files the toolchain shares with the recipe (deps.sh builds with
# them, from the recipe's folder).
nfiles=0
for name in glib-fix-function-pointer-casts.patch deps-cross.ini.in resolv-stub.c; do
    if [ -f "$RECIPE_D/$name" ]; then
        nfiles=$((nfiles + 1))
    else
        problem "emsdk-wasm32-cross.d/$name is missing"
    fi
done

# 3. Build steps.  Both sides are reduced to the commands that build (a
# fixed list of tools), one a line, without quotes and with words separated
# by one space; toolchain/deps.sh's $ENV is expanded first, and the places
# of the helper files (toolchain/ there, emsdk-wasm32-cross.d/ in the
# recipe) and of the work directories are given one name.
commands() {
    grep -v '^[[:space:]]*#' |
    sed -e ':a' -e '/\\$/{N;s/\\\n//;ba}' |
    tr -d "\"'" | sed 's/\\\$/$/g' |
    sed -e 's/&&/\n/g' -e 's/;/\n/g' -e 's/() {/\n/g' |
    awk '
    BEGIN {
        n = split("export emconfigure emmake meson ninja autoreconf sed patch " \
                  "emcc emar write_cross_file", k, " ")
        for (i = 1; i <= n; i++) want[k[i]] = 1
    }
    {
        if ($1 == "RUN" || $1 == "}" || $1 == "do") { $1 = ""; $0 = $0 }
        if ($1 == "in_root") { $1 = $2 = $3 = ""; $0 = $0 }
        $1 = $1
        if ($1 in want) print
    }'
}
deps_env=$(sed -n '/^ENV="/,/"$/p' "$DEPS_SH" | sed -e '1s/^ENV="//' -e '$s/"$//')
# deps_section NAME: the build_NAME function of deps.sh, or its cross files.
deps_section() {
    local text
    if [ "$1" = write_cross_file ]; then
        text=$(sed -n '/^quote_list() {/,/^ENV="/p' "$DEPS_SH" | sed '$d')
    else
        text=$(sed -n "/^build_$1() {/,/^}/p" "$DEPS_SH")
    fi
    printf '%s\n' "${text//\$ENV/$deps_env}" |
        sed -e 's|\$RECIPE_D/|@FILES@/|g' -e 's|\$DEPS_DIR/work/|$DEPS_DIR/|g' |
        commands
}
# recipe_section NAME: from the line "# NAME" to the next empty line.
recipe_section() {
    awk -v m="# $1" 'index($0, m) == 1 && substr($0, length(m) + 1, 1) ~ /^(:|)$/ { on = 1 }
                     on && /^$/ { exit }
                     on' "$RECIPE" |
        sed -e 's|/emsdk-wasm32-cross\.d/|@FILES@/|g' |
        commands
}
order_deps=$(sed -n -E 's/^for dep in (.*); do$/\1/p' "$DEPS_SH")
[ -n "$order_deps" ] || problem "no 'for dep in ...; do' line in toolchain/deps.sh"
order_recipe=$(sed -n -E 's/^# build_([a-z0-9]+)([: ].*)?$/\1/p' "$RECIPE" | tr '\n' ' ')
[ "$order_recipe" = "$order_deps " ] ||
    problem "the recipe builds '${order_recipe% }', toolchain/deps.sh '$order_deps'"
nsteps=0
mkdir -p "$OUT_DIR/check"
rm -f "$WASM_DIR"/build/check/ci-recipe-*.diff
for step in write_cross_file $order_deps; do
    marker=build_$step
    [ "$step" = write_cross_file ] && marker=$step
    a=$(deps_section "$step")
    b=$(recipe_section "$marker")
    nsteps=$((nsteps + $(grep -c . <<<"$a")))
    if [ -z "$a" ]; then
        problem "no commands found for $step in toolchain/deps.sh"
    elif [ "$a" != "$b" ]; then
        diff <(echo "$a") <(echo "$b") >"$OUT_DIR/check/ci-recipe-$step.diff" || true
        problem "$step: the recipe's commands differ from toolchain/deps.sh (see build/check/ci-recipe-$step.diff)"
    fi
done

# 4. The CI job's configure flags (job build-wasm32 of buildtest.yml).
BUILDTEST=$QEMU_DIR/.gitlab-ci.d/buildtest.yml
job=$(awk '/^build-wasm32:/ { on = 1; next } on && /^[^ #]/ { exit } on' "$BUILDTEST")
if [ -z "$job" ]; then
    problem "no job build-wasm32 in .gitlab-ci.d/buildtest.yml"
else
    # CONFIGURE_ARGS of the job: the key's line and the deeper indented
    # lines after it.
    ci_flags=$(awk '
        on && match($0, /^ */) && RLENGTH > indent && NF { print; next }
        on { exit }
        /^ *CONFIGURE_ARGS:/ { on = 1; match($0, /^ */); indent = RLENGTH
                               sub(/^ *CONFIGURE_ARGS:/, ""); print }' <<<"$job" |
        tr ' ' '\n' | sed '/^$/d' | LC_ALL=C sort)
    # shellcheck disable=SC2034
    PRE_JS=PRE_JS NET_PRE_JS=NET_PRE_JS PREFIX=PREFIX
    # build-qemu.sh's default: every target.
    # shellcheck disable=SC2034,SC2086 # words
    target_list=$(printf '%s-softmmu\n' $GUEST_ARCHES | paste -sd,)
    eval "$(sed -n '/^CONFIGURE_FLAGS=(/,/^)/p' "$WASM_DIR/toolchain/build-qemu.sh")"
    fork_flags=$(printf '%s\n' "${CONFIGURE_FLAGS[@]}" |
                 grep -v -E '^(--extra-ldflags=--pre-js=|-Dpkg_config_path=)' | LC_ALL=C sort)
    [ -n "$fork_flags" ] || problem "no CONFIGURE_FLAGS in toolchain/build-qemu.sh"
    if [ "$ci_flags" != "$fork_flags" ]; then
        problem "CONFIGURE_ARGS of build-wasm32: $(tr '\n' ' ' <<<"$ci_flags")!= build-qemu.sh's $(tr '\n' ' ' <<<"$fork_flags")"
    fi
    # The build's environment (ENV in build-qemu.sh, less ccache's) among
    # the job's variables.
    for kv in $(sed -n '/^ENV="/,/"$/p' "$WASM_DIR/toolchain/build-qemu.sh" |
                sed -e 's/^ENV="//' -e 's/"$//' -e 's/;$//' -e 's/\\$//' | tr -d "'"); do
        case "$kv" in export|EM_COMPILER_WRAPPER=*|CCACHE_*) continue ;; esac
        name=${kv%%=*} value=${kv#*=}
        ci_value=$(sed -n -E "s/^ +$name: *\"?([^\"]*)\"? *\$/\1/p" <<<"$job" | head -n1)
        [ "$ci_value" = "$value" ] ||
            problem "build-wasm32 sets $name to '$ci_value', build-qemu.sh to '$value'"
    done
fi

if [ ${#problems[@]} -gt 0 ]; then
    echo "FAIL: ci-recipe: ${problems[0]}${problems[1]:+ (and $(( ${#problems[@]} - 1 )) more)}"
    exit 1
fi
echo "PASS: ci-recipe: $nvalues values = versions.env, $nfiles shared files," \
    "$nsteps build commands = deps.sh, configure flags and environment = build-qemu.sh"
