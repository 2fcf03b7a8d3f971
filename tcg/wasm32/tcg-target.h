/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * TCG backend for WebAssembly.
 *
 * Every translation block first runs as TCI bytecode (tier 1); one that
 * runs often is compiled to a WebAssembly module (tier 2), see
 * tcg/wasm32/DESIGN.md.  The registers and the bytecode are TCI's.
 */
#ifndef TCG_WASM32_TARGET_H
#define TCG_WASM32_TARGET_H

#include "../tci/tcg-target.h"

#define TCG_TARGET_WASM 1

#endif
