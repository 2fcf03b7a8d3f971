/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * TCG backend for WebAssembly: tier 1 is TCI's bytecode, so the backend
 * offers what TCI offers.
 */
#ifndef TCG_WASM32_TCG_TARGET_HAS_H
#define TCG_WASM32_TCG_TARGET_HAS_H

#include "../tci/tcg-target-has.h"

/*
 * Tier 2 inlines the TLB lookup of a 64-bit access, while the helpers of
 * 128-bit ones take the whole slow path: 16-byte accesses (AArch64's LDP
 * and STP, SSE moves) that need no 16-byte atomicity become two.
 */
#define TCG_TARGET_SPLIT_I128_SOFTMMU 1

#endif
