/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * TCG backend for WebAssembly.
 *
 * Every translation block first runs as TCI bytecode (tier 1); one that
 * runs often is compiled to WebAssembly (tier 2, wasm-translate.c and
 * wasm-jit.c).  The registers and the bytecode are TCI's.
 */
#ifndef TCG_WASM32_TARGET_H
#define TCG_WASM32_TARGET_H

#include "../tci/tcg-target.h"

#define TCG_TARGET_WASM 1

#endif
