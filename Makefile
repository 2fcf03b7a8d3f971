# Top-level entry points; each stage script caches its output under
# $(QEMU_WASM_CACHE) (default /var/cache/qemu-wasm), outside the checkout.

SHELL := /bin/bash

.PHONY: all build guest demo check bench series clean

all: build

# qemu-system-x86_64.{js,wasm} and the firmware folder in build/.
build:
	toolchain/build-qemu.sh
	guest/build.sh >/dev/null
	rm -rf build/firmware
	cp -a "$$(guest/build.sh --print-dir)/firmware" build/firmware

guest:
	guest/build.sh

# Build, then boot the default guest to an interactive shell under Node.js.
demo: build
	runner/demo.sh

# All tests; ends with "N passed, N failed".
check: build
	check/run.sh

# Interpreter vs WebAssembly JIT vs native QEMU: a table, not a test.
bench: build
	bench/run.sh

# The browser page (web/) at http://127.0.0.1:$(PORT)/, with the COOP/COEP
# headers it needs; web/build.sh prepares the browser root, the npm
# packages and the packed guest (cached).
.PHONY: serve check-browser
PORT ?= 8080
serve: build
	web/build.sh
	web/root.sh --run node "$(CURDIR)/web/serve.mjs" --port "$(PORT)"

# The page in Debian's headless Chromium (check/browser.sh).
check-browser: build
	check/browser.sh

# The whole fork as a git format-patch series against the base, in
# build/series/ (patches/series plus the added files, patches/added-files).
series:
	toolchain/series.sh

clean:
	rm -rf build
