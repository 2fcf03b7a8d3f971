/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * TCG backend for WebAssembly: tier 1 is TCI's bytecode, so the backend
 * offers what TCI offers.
 */
#ifndef TCG_WASM32_TCG_TARGET_REG_BITS_H
#define TCG_WASM32_TCG_TARGET_REG_BITS_H

#include "../tci/tcg-target-reg-bits.h"

#endif
