#!/bin/bash
# Browser stage root: a small Debian trixie root (debootstrap, like
# toolchain/root.sh) with Chromium, Node.js and npm, for web/build.sh (npm),
# web/serve.mjs and check/browser.sh (headless Chromium).  It is separate
# from the build root so that adding the browser never changes the build
# root's key (which would rebuild all of QEMU).  Cached under
# $QEMU_WASM_CACHE/browser-root-KEY, keyed by the suite, the package list
# and this script.
#
# Usage: web/root.sh               create if needed
#        web/root.sh --print-dir   print its directory only
#        web/root.sh --run CMD...  run CMD inside it (creating it if needed)

# shellcheck source-path=SCRIPTDIR source=../toolchain/common.sh
. "$(dirname "$0")/../toolchain/common.sh"

# fonts-dejavu-core: the terminal's monospace glyphs in screenshots.
BROWSER_ROOT_PACKAGES="chromium nodejs npm ca-certificates fonts-dejavu-core"

browser_root_key=$({ echo "$DEBIAN_SUITE $BROWSER_ROOT_PACKAGES"
                     cat "$WASM_DIR/web/root.sh"; } | sha256sum | cut -c1-16)
BROWSER_ROOT=$CACHE_DIR/browser-root-$browser_root_key

# in_browser_root CMD...: in_root (common.sh) aimed at this root.  The
# host's CA bundle is copied in and given to Node.js as extra CAs, so npm
# also works where outgoing TLS is re-signed by a local proxy.
in_browser_root() {
    local extra=()
    if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
        cp /etc/ssl/certs/ca-certificates.crt "$BROWSER_ROOT/etc/ssl/host-ca.crt"
        extra=(NODE_EXTRA_CA_CERTS=/etc/ssl/host-ca.crt)
    fi
    ROOT_DIR=$BROWSER_ROOT in_root /usr/bin/env "${extra[@]}" "$@"
}

create_browser_root() {
    [ -f "$BROWSER_ROOT/.complete" ] && return 0
    STAGE=browser-root
    stage_start browser-root
    command -v debootstrap >/dev/null || {
        log "installing debootstrap on the host"
        apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null
    }
    local mirror tmp sec
    mirror=$(debian_mirror)
    tmp=$BROWSER_ROOT.tmp
    rm -rf "$tmp"
    log "debootstrap $DEBIAN_SUITE into $tmp"
    debootstrap --variant=minbase "$DEBIAN_SUITE" "$tmp" "$mirror" >"$tmp.log" 2>&1 ||
        { tail -n 20 "$tmp.log"; die "debootstrap failed (log: $tmp.log)"; }
    {
        echo "deb $mirror $DEBIAN_SUITE main"
        echo "deb $mirror $DEBIAN_SUITE-updates main"
        # Chromium's security updates come through trixie-security.
        sec=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources \
                  2>/dev/null | tr ' ' '\n' | grep security | head -n1 || true)
        [ -z "$sec" ] || echo "deb $sec $DEBIAN_SUITE-security main"
    } >"$tmp/etc/apt/sources.list"
    cp /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true

    touch "$tmp/.complete"
    log "installing: $BROWSER_ROOT_PACKAGES"
    # shellcheck disable=SC2086
    ROOT_DIR=$tmp in_root /bin/sh -c "apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            $BROWSER_ROOT_PACKAGES >/dev/null && apt-get clean" ||
        { rm -f "$tmp/.complete"; die "package installation failed"; }
    rm -f "$tmp/.complete"
    rm -rf "$BROWSER_ROOT"
    mv "$tmp" "$BROWSER_ROOT"
    touch "$BROWSER_ROOT/.complete"
    log "browser root ready: $BROWSER_ROOT ($(du -sh "$BROWSER_ROOT" | cut -f1))"
    stage_done
}

# Sourced by web/build.sh and check/browser.sh for the functions above.
[ "${BASH_SOURCE[0]}" = "$0" ] || return 0

case ${1:-} in
    --print-dir)
        echo "$BROWSER_ROOT"
        ;;
    --run)
        shift
        create_browser_root
        in_browser_root "$@"
        ;;
    '')
        create_browser_root
        ;;
    *)
        die "usage: $0 [--print-dir | --run CMD...]"
        ;;
esac
