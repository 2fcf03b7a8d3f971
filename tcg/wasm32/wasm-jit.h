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

/* Blocks translated together into one module, and what became of them. */
typedef struct TCGWasmRegion {
    /* The blocks asked for; translation adds those they are chained to. */
    TCGWasmTBHeader *headers[TCG_WASM_BATCH_MAX];
    unsigned n;
    /* Block i's unit, or 0 if it stays in tier 1 (for the reason in why). */
    uint32_t units[TCG_WASM_BATCH_MAX];
    const char *why;
    /* The table index of the function imported as "q" "h<k>". */
    uint32_t helpers[TCG_WASM_MAX_HELPERS];
    unsigned nr_helpers;
} TCGWasmRegion;

/*
 * Translate the blocks of @r into one module numbered @serial, in @out.
 * The module imports "q" "m" (the memory) and the helpers of @r, and
 * exports "e<i>", the TCGWasmEntry of block i.  Returns how many blocks
 * have a unit; with none, @out stays empty.
 */
unsigned tcg_wasm_translate(TCGWasmRegion *r, uint32_t serial, WasmBuf *out);

#endif /* TCG_WASM32_WASM_JIT_H */
