#!/bin/bash
# Stage 1: a Debian trixie root with Emscripten, Meson, Ninja and Node.js.
# Built with debootstrap into the cache; the host's apt configuration is
# never touched.  Rebuilt only when versions.env or this script change.

. "$(dirname "$0")/common.sh"
stage_start root

if [ -f "$ROOT_DIR/.complete" ]; then
    log "cached: $ROOT_DIR"
    exit 0
fi

mirror=$(debian_mirror)
tmp="$ROOT_DIR.tmp"
rm -rf "$tmp"
log "debootstrap $DEBIAN_SUITE into $tmp"
debootstrap --variant=minbase "$DEBIAN_SUITE" "$tmp" "$mirror" >"$tmp.log" 2>&1 ||
    { tail -n 20 "$tmp.log"; die "debootstrap failed (log: $tmp.log)"; }

cat >"$tmp/etc/apt/sources.list" <<SRC
deb $mirror $DEBIAN_SUITE main
deb-src $mirror $DEBIAN_SUITE main
deb $mirror $DEBIAN_SUITE-updates main
deb-src $mirror $DEBIAN_SUITE-updates main
SRC
# trixie-security carries some of the pinned versions.
sec=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
      tr ' ' '\n' | grep security | head -n1 || true)
if [ -n "$sec" ]; then
    printf 'deb %s %s-security main\ndeb-src %s %s-security main\n' \
        "$sec" "$DEBIAN_SUITE" "$sec" "$DEBIAN_SUITE" >>"$tmp/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true

ROOT_DIR=$tmp
touch "$tmp/.complete"
log "installing: $ROOT_PACKAGES"
# shellcheck disable=SC2086
in_root /bin/sh -c "apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        $ROOT_PACKAGES >/dev/null" ||
    { rm -f "$tmp/.complete"; die "package installation failed"; }
rm -f "$tmp/.complete"

ROOT_DIR=$CACHE_DIR/root-$(root_key)
rm -rf "$ROOT_DIR"
mv "$tmp" "$ROOT_DIR"
touch "$ROOT_DIR/.complete"
log "root ready: $ROOT_DIR ($(du -sh "$ROOT_DIR" | cut -f1))"
stage_done
