#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
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

# fonts-dejavu-core: the terminal's monospace glyphs in screenshots;
# passt: the guest network's relay (serve.mjs --net).
BROWSER_ROOT_PACKAGES="chromium nodejs npm ca-certificates fonts-dejavu-core passt"

browser_root_key=$(root_key_of "$BROWSER_ROOT_PACKAGES" "$WASM_DIR/web/root.sh")
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
    stage_start browser-root
    make_root "$BROWSER_ROOT" "$BROWSER_ROOT_PACKAGES"
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
