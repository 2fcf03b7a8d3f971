/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * TCG backend for WebAssembly: memory order of the host.
 */
#ifndef TCG_WASM32_TCG_TARGET_MO_H
#define TCG_WASM32_TCG_TARGET_MO_H

/*
 * WebAssembly does not order plain loads and stores between threads, but
 * engines (V8, SpiderMonkey) emit them as the CPU's own, in the program's
 * order, so in practice they are ordered as the host CPU orders them:
 * all but store-load on x86 (TSO), nothing on Arm.  Which CPU runs the
 * engine is known only at run time; tcg_wasm_init() sets
 * qemu_wasm_host_tso before anything is translated.
 */
#include "qemu/atomic.h"

#define TCG_TARGET_DEFAULT_MO \
    (qemu_wasm_host_tso ? TCG_MO_ALL & ~TCG_MO_ST_LD : 0)

#endif
