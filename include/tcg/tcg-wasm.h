/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Tier 2 of the WebAssembly TCG backend (tcg/wasm32): hot translation
 * blocks compiled to WebAssembly modules.
 */
#ifndef TCG_TCG_WASM_H
#define TCG_TCG_WASM_H

#ifdef CONFIG_TCG_WASM

#include "qapi/qapi-types-common.h"

/*
 * The first four words of every translation block's bytecode.  The
 * interpreter decrements @countdown on each execution; when it reaches 0
 * the block joins the batch to compile and @countdown is re-armed until
 * the batch is compiled.  Once compiled, @entry is the table index of its
 * WebAssembly function, which the interpreter calls instead, and @unit
 * says where the block is in compiled code.
 */
typedef struct TCGWasmTBHeader {
    uint32_t insn;              /* INDEX_op_wasm_tb_start */
    uint32_t countdown;         /* 0: not counted (tier 2 off, invalid) */
    uint32_t entry;             /* 0: not compiled */
    uint32_t unit;              /* 0: not compiled, else its unit (below) */
} TCGWasmTBHeader;

/*
 * Blocks are compiled in batches of up to TCG_WASM_BATCH_MAX, one module
 * each, whose blocks share one function, a region; the unit of a block is
 * (the module's serial number, from 1) << TCG_WASM_UNIT_JOIN_BITS | (the
 * join point of the region where the block starts).
 */
#define TCG_WASM_BATCH_MAX 32
#define TCG_WASM_UNIT_JOIN_BITS 12

/* Executions in tier 1 before a block is compiled, by default. */
#define TCG_WASM_DEFAULT_THRESHOLD 500

/* Initial countdown of new blocks; 0 when tier 2 is off. */
extern uint32_t tcg_wasm_threshold;
/*
 * Block executions in tier 1, counted per thread and added to the total
 * in batches: one shared counter would bounce between the cores.
 */
#define TCG_WASM_COUNT_BATCH 4096
extern __thread uint32_t tcg_wasm_interpreted_batch;
void tcg_wasm_count_interpreted(void);

static inline void tcg_wasm_interpreted_inc(void)
{
    if (unlikely(++tcg_wasm_interpreted_batch == TCG_WASM_COUNT_BATCH)) {
        tcg_wasm_count_interpreted();
    }
}

/*
 * @host_tso: whether the host CPU orders memory like x86 (TSO), so that
 * TCG need not emit the barriers a strongly ordered guest would need on
 * a weakly ordered host; auto asks the JavaScript engine's host.
 * @parallel: whether several vCPU threads run blocks (MTTCG), which then
 * instantiate the modules of the others.
 */
void tcg_wasm_init(bool enabled, uint32_t threshold, bool print_stats,
                   OnOffAuto host_tso, bool parallel);

/*
 * tcg_qemu_tb_exec() when tier 2 is on: the interpreter with the block
 * headers' case (tcg/tci.c).
 */
uintptr_t tci_tb_exec_tiered(CPUArchState *env, const void *tb_ptr);

/*
 * Run the block of @header in tier 2, compiling it first if its countdown
 * ran out.  Returns where the interpreter goes on: a bytecode address, or
 * NULL to return 0 from tcg_qemu_tb_exec().
 */
const void *tcg_wasm_enter(CPUArchState *env, TCGWasmTBHeader *header);

/*
 * The entry of the compiled block whose helper call started a coroutine
 * switch, which returned to the interpreter for it; 0 if none.  When the
 * stack is rewound, tcg_wasm_resume() calls it again to finish the call,
 * and returns as tcg_wasm_enter() does.
 */
extern __thread uint32_t tcg_wasm_switched_entry;
const void *tcg_wasm_resume(CPUArchState *env);

/*
 * Once after a compiled block's helper call switched coroutines and
 * returned: copy the block's registers R0 up to TCG_AREG0 and its call
 * stack area to @regs and @frame, for tier 1 to go on with the block.
 * Otherwise nothing.
 */
void tcg_wasm_take_saved_state(uint64_t *regs, uint64_t *frame);

/* The block is invalid, or all blocks are (tb_flush): drop their code. */
void tcg_wasm_tb_invalidated(const TranslationBlock *tb);
void tcg_wasm_flush(void);

/* Appends "wasm-stats: interpreted=N compiled=N ..." and a newline. */
void tcg_wasm_format_stats(GString *buf);

#else

static inline void tcg_wasm_tb_invalidated(const TranslationBlock *tb)
{
}

static inline void tcg_wasm_flush(void)
{
}

#endif /* CONFIG_TCG_WASM */

#endif /* TCG_TCG_WASM_H */
