/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * WebAssembly TCG backend, tier 2: what the translator (wasm-translate.c)
 * and the runtime (wasm-jit.c) share.
 */
#ifndef TCG_WASM32_WASM_JIT_H
#define TCG_WASM32_WASM_JIT_H

#include "tcg/tcg.h"
#include "tcg/tcg-wasm.h"
#include "wasm-emit.h"

/* TCI's registers that compiled code keeps in wasm locals. */
#define TCG_WASM_NB_LOCAL_REGS  14
QEMU_BUILD_BUG_ON(TCG_AREG0 != TCG_WASM_NB_LOCAL_REGS);
QEMU_BUILD_BUG_ON(TCG_REG_CALL_STACK != TCG_WASM_NB_LOCAL_REGS + 1);

#define TCG_WASM_FRAME_WORDS \
    ((TCG_STATIC_CALL_ARGS_SIZE + TCG_STATIC_FRAME_SIZE) / sizeof(uint64_t))

/*
 * Per-thread state of compiled code; its address is the second argument
 * of every compiled entry, (i32 env, i32 ctx) -> i32.
 */
typedef struct TCGWasmContext {
    /* TCG_REG_CALL_STACK: helper arguments and spilled temporaries. */
    uint64_t frame[TCG_WASM_FRAME_WORDS];
    /*
     * A coroutine switch inside a helper unwinds the wasm stack, which
     * compiled code cannot take part in: it saves its registers here and
     * returns, and when the switch rewinds the stack it is entered again,
     * finds resume_serial set and redoes the call at resume_point; then
     * tier 1 takes the registers and goes on after the call.
     */
    uint64_t saved_regs[TCG_WASM_NB_LOCAL_REGS];
    uint32_t resume_serial;     /* module of the saved region, or 0 */
    uint32_t resume_point;      /* the region's resume point */
    uint32_t saved_for_tier1;   /* saved_regs and frame are tier 1's now */
    uint32_t tb_ptr_addr;       /* &tci_tb_ptr, which GETPC() reads */
    uint32_t switching_addr;    /* &qemu_fiber_switching */
} TCGWasmContext;

typedef uint32_t (*TCGWasmEntry)(CPUArchState *env, TCGWasmContext *ctx);

/* Most helpers one module can import. */
#define TCG_WASM_MAX_HELPERS 256

/*
 * Translate the bytecode of the *@n blocks at @headers into one module
 * numbered @serial, adding to @headers the blocks they are chained to
 * while *@n < @max.  The module imports "q" "m" (the memory) and "q"
 * "h<k>", the function at table index @helpers[k] for k < *@nr_helpers,
 * and exports "e<i>", the TCGWasmEntry of block i, whose unit it sets in
 * @units[i] (0 for a block that stays in tier 1, the reason of one of
 * them in *@why).  Returns how many blocks were translated.
 */
unsigned tcg_wasm_translate(TCGWasmTBHeader **headers, unsigned *n,
                            unsigned max, uint32_t serial, uint32_t *units,
                            uint32_t *helpers, unsigned *nr_helpers,
                            WasmBuf *out, const char **why);

#endif /* TCG_WASM32_WASM_JIT_H */
