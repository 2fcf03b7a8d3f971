/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * WebAssembly TCG backend, tier 2: translate the TCI bytecode of hot
 * translation blocks into one WebAssembly module.
 *
 * The module has one function for all its blocks, a region: each block is
 * a run of segments in it, a jump from one block of the region to another
 * is a branch, and a jump elsewhere returns the target's bytecode address
 * to the runtime.  Each block has an entry function, which enters the
 * region at the block's first segment.  After the region come its resume
 * points, one for each call that may switch coroutines (see
 * emit_switch_check()).
 *
 * The semantics of every opcode are those of tcg/tci.c, bit for bit,
 * including the high halves of 32-bit values, so that both tiers can be
 * compared; the operands are decoded by TCI's own decoders (tci-args.h).
 */

#include "qemu/osdep.h"
#include "qemu/bitmap.h"
#include "qemu/units.h"
#include "wasm-jit.h"
#include "tcg/helper-info.h"
#include "tcg/tcg-ldst.h"
#include "exec/memop.h"
#include "exec/tlb-common.h"
#include "hw/core/cpu.h"
#include "../tci/tci-args.h"
#include "../tci/tci-wasm.h"
#include <ffi.h>

/* Bound of one block, in bytecode words. */
#define MAX_WORDS       (64 * KiB / 4)

/* Local variables: the three parameters, then these. */
enum {
    L_ENV = 0,
    L_CTX = 1,
    L_START = 2,                /* i32 join point to start at */
    L_REG0 = 3,                 /* R0-R13, i64 */
    L_RESUME = L_REG0 + TCG_WASM_NB_LOCAL_REGS,
    L_SWITCHING,                /* i32 address of qemu_fiber_switching */
    L_TB_PTR,                   /* i32 address of tci_tb_ptr */
    L_P,                        /* i32 scratch: jump targets */
    L_E,                        /* i32 scratch: units */
    L_T0,                       /* i64 scratch */
    L_T1,
    L_T2,
    L_T3,
    L_COUNT
};

/* A call of the region that may switch coroutines: the word at @ofs. */
typedef struct ResumePoint {
    unsigned block;             /* index in the region */
    uint32_t ofs;
} ResumePoint;

/* What control flow analysis found in one block. */
typedef struct BlockInfo {
    TCGWasmTBHeader *header;
    unsigned long *reachable;   /* by word offset from the code */
    unsigned long *joins;
    uint32_t end;               /* one past the last reachable word */
    uint32_t join_base;         /* region join point of its first join */
    uint32_t nr_joins;
    uint16_t *join_index;       /* word offset -> its join point */
} BlockInfo;

/*
 * Translation of a region.  Modules import no table: V8 keeps every
 * instance that imports a table alive for as long as the table, and
 * updates all of them on each table.set().  Helpers are imported as
 * functions instead.
 */
typedef struct Translator {
    WasmModule *m;
    WasmBuf *b;
    uint32_t serial;            /* of the module, in units */
    uint32_t nr_joins;          /* of the region */
    uint32_t *helpers;          /* table index of each imported helper */
    uint32_t helper_types[TCG_WASM_MAX_HELPERS];
    unsigned nr_helpers;
    const char *why;

    /* The region's blocks. */
    const BlockInfo *bis;
    unsigned nr_blocks;

    /* The block being translated. */
    const BlockInfo *bi;
    const uint32_t *code;       /* its first word after the header */
    uint32_t seg;               /* region join point of the segment */
    uint32_t nest;              /* blocks opened inside the segment */

    GArray *resume_points;      /* of ResumePoint */
    bool in_resume_point;       /* translating the call of resume_point */
    uint32_t resume_point;
    uint32_t written;           /* registers set_reg() wrote, a bit each */
} Translator;

static bool fail(Translator *t, const char *why)
{
    if (!t->why) {
        t->why = why;
    }
    return false;
}

static TCGOpcode opc_of(uint32_t insn)
{
    return extract32(insn, 0, 8);
}

static const uint32_t *insn_ptr(Translator *t, uint32_t ofs)
{
    return t->code + ofs;
}

/* The label of the instruction at word @ofs, as TCI decodes it. */
static void *insn_label(Translator *t, uint32_t ofs)
{
    TCGReg r0;
    void *l1;

    tci_args_rl(t->code[ofs], insn_ptr(t, ofs + 1), &r0, &l1);
    return l1;
}

static bool word_of(Translator *t, const void *addr, uint32_t *ofs)
{
    intptr_t d = (intptr_t)addr - (intptr_t)t->code;

    if (d < 0 || (d & 3) || d / 4 >= MAX_WORDS) {
        return false;
    }
    *ofs = d / 4;
    return true;
}

/* The import index of helper @func of wasm type @type. */
static bool helper_index(Translator *t, uintptr_t func, uint32_t type,
                         uint32_t *index)
{
    char name[16];

    for (unsigned i = 0; i < t->nr_helpers; i++) {
        if (t->helpers[i] == func && t->helper_types[i] == type) {
            *index = i;
            return true;
        }
    }
    if (t->nr_helpers == TCG_WASM_MAX_HELPERS) {
        return fail(t, "too many helpers in one module");
    }
    snprintf(name, sizeof(name), "h%u", t->nr_helpers);
    *index = wasm_module_import_func(t->m, "q", name, type);
    assert(*index == t->nr_helpers);
    t->helpers[t->nr_helpers] = func;
    t->helper_types[t->nr_helpers++] = type;
    return true;
}

static bool emit_call_helper(Translator *t, uintptr_t func, uint32_t type)
{
    uint32_t index;

    if (!helper_index(t, func, type, &index)) {
        return false;
    }
    wasm_emit_index(t->b, WASM_OP_CALL, index);
    return true;
}

/*
 * Mark what runs from the start of @bi's block and find its join points:
 * its start and the targets of its branches.
 */
static bool discover(Translator *t, BlockInfo *bi)
{
    const uint32_t *code = (const uint32_t *)(bi->header + 1);
    g_autofree uint32_t *stack = g_new(uint32_t, MAX_WORDS);
    uint32_t sp = 0;

    set_bit(0, bi->joins);
    stack[sp++] = 0;
    while (sp) {
        uint32_t ofs = stack[--sp];

        while (!test_bit(ofs, bi->reachable)) {
            uint32_t insn = code[ofs];
            TCGOpcode opc = opc_of(insn);
            bool falls_through = true;
            TCGReg r0;
            void *label;
            intptr_t target;

            set_bit(ofs, bi->reachable);
            bi->end = MAX(bi->end, ofs + 1);
            switch (opc) {
            case INDEX_op_br:
            case INDEX_op_brcond_i32:
            case INDEX_op_brcond_i64:
                tci_args_rl(insn, code + ofs + 1, &r0, &label);
                target = ((intptr_t)label - (intptr_t)code) / 4;
                if (target < 0 || target >= MAX_WORDS ||
                    (uintptr_t)label & 3) {
                    return fail(t, "branch out of the block");
                }
                set_bit(target, bi->joins);
                if (sp == MAX_WORDS) {
                    return fail(t, "block too large");
                }
                stack[sp++] = target;
                falls_through = opc != INDEX_op_br;
                break;
            case INDEX_op_exit_tb:
            case INDEX_op_goto_ptr:
                falls_through = false;
                break;
            default:
                break;
            }
            if (!falls_through) {
                break;
            }
            if (++ofs >= MAX_WORDS) {
                return fail(t, "block too large");
            }
        }
    }

    bi->join_index = g_new(uint16_t, bi->end);
    for (uint32_t ofs = find_first_bit(bi->joins, bi->end); ofs < bi->end;
         ofs = find_next_bit(bi->joins, bi->end, ofs + 1)) {
        bi->join_index[ofs] = bi->nr_joins++;
    }
    return true;
}

/* The region join point of the word at @ofs of the block. */
static uint32_t join_of(Translator *t, uint32_t ofs)
{
    return t->bi->join_base + t->bi->join_index[ofs];
}

/*
 * Registers
 */

static void emit_local(Translator *t, WasmOpcode op, uint32_t local)
{
    wasm_emit_index(t->b, op, local);
}

/* Push register @r as an i64, as TCI's regs[r]. */
static void get_reg(Translator *t, TCGReg r)
{
    if (r < TCG_WASM_NB_LOCAL_REGS) {
        emit_local(t, WASM_OP_LOCAL_GET, L_REG0 + r);
    } else {
        emit_local(t, WASM_OP_LOCAL_GET, r == TCG_AREG0 ? L_ENV : L_CTX);
        wasm_emit(t->b, WASM_OP_I64_EXTEND_I32_U);
    }
}

/* Push the low 32 bits of a register, as TCI's (uint32_t)regs[r]. */
static void get_reg32(Translator *t, TCGReg r)
{
    if (r < TCG_WASM_NB_LOCAL_REGS) {
        emit_local(t, WASM_OP_LOCAL_GET, L_REG0 + r);
        wasm_emit(t->b, WASM_OP_I32_WRAP_I64);
    } else {
        emit_local(t, WASM_OP_LOCAL_GET, r == TCG_AREG0 ? L_ENV : L_CTX);
    }
}

/* Push register @r as a value of @type. */
static void get_reg_typed(Translator *t, TCGType type, TCGReg r)
{
    if (type == TCG_TYPE_I32) {
        get_reg32(t, r);
    } else {
        get_reg(t, r);
    }
}

/* Zero-extended low 32 bits of register @r. */
static void get_reg_lo(Translator *t, TCGReg r)
{
    get_reg32(t, r);
    wasm_emit(t->b, WASM_OP_I64_EXTEND_I32_U);
}

/* Pop an i64 into register @r. */
static bool set_reg(Translator *t, TCGReg r)
{
    if (r >= TCG_WASM_NB_LOCAL_REGS) {
        return fail(t, "write to env or the call stack register");
    }
    emit_local(t, WASM_OP_LOCAL_SET, L_REG0 + r);
    t->written |= 1u << r;
    return true;
}

/*
 * Control flow.  The region's body is a loop around one block per join
 * point, whose ends start the segments; a br_table on L_RESUME at the top
 * of the loop enters any of them.  A branch forward leaves blocks; one
 * back sets L_RESUME and goes round the loop.
 */

static uint32_t depth_of_join(Translator *t, uint32_t k)
{
    return k - t->seg - 1 + t->nest;
}

static uint32_t depth_of_loop(Translator *t)
{
    return t->nr_joins - 1 - t->seg + t->nest;
}

/* Branch to region join point @k. */
static void emit_br_join(Translator *t, uint32_t k)
{
    if (k > t->seg) {
        wasm_emit_index(t->b, WASM_OP_BR, depth_of_join(t, k));
    } else {
        wasm_emit_i32_const(t->b, k);
        emit_local(t, WASM_OP_LOCAL_SET, L_RESUME);
        wasm_emit_index(t->b, WASM_OP_BR, depth_of_loop(t));
    }
}

/* Branch to the word at @target of the block. */
static void emit_br(Translator *t, uint32_t target)
{
    emit_br_join(t, join_of(t, target));
}

static void emit_if(Translator *t)
{
    wasm_emit_block(t->b, WASM_OP_IF, WASM_BLOCK_VOID);
    t->nest++;
}

static void emit_end(Translator *t)
{
    wasm_emit(t->b, WASM_OP_END);
    t->nest--;
}

/*
 * Leave for the block whose bytecode starts at L_P (not 0): go round the
 * loop to it if it is a block of this region, else return its address to
 * the runtime, which enters or interprets it.
 */
static void emit_goto_p(Translator *t)
{
    WasmBuf *b = t->b;

    emit_local(t, WASM_OP_LOCAL_GET, L_P);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2, offsetof(TCGWasmTBHeader, unit));
    emit_local(t, WASM_OP_LOCAL_TEE, L_E);
    wasm_emit_i32_const(b, TCG_WASM_UNIT_JOIN_BITS);
    wasm_emit(b, WASM_OP_I32_SHR_U);
    wasm_emit_i32_const(b, t->serial);
    wasm_emit(b, WASM_OP_I32_EQ);
    emit_if(t);
    emit_local(t, WASM_OP_LOCAL_GET, L_E);
    wasm_emit_i32_const(b, MAKE_64BIT_MASK(0, TCG_WASM_UNIT_JOIN_BITS));
    wasm_emit(b, WASM_OP_I32_AND);
    emit_local(t, WASM_OP_LOCAL_SET, L_RESUME);
    wasm_emit_index(b, WASM_OP_BR, depth_of_loop(t));
    emit_end(t);
    emit_local(t, WASM_OP_LOCAL_GET, L_P);
    wasm_emit(b, WASM_OP_RETURN);
}

/* Save the registers in ctx->saved_regs, those of @mask. */
static void emit_save_regs(Translator *t, uint32_t mask)
{
    for (unsigned r = 0; r < TCG_WASM_NB_LOCAL_REGS; r++) {
        if (mask & (1u << r)) {
            emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
            emit_local(t, WASM_OP_LOCAL_GET, L_REG0 + r);
            wasm_emit_mem(t->b, WASM_OP_I64_STORE, 3,
                          offsetof(TCGWasmContext, saved_regs[r]));
        }
    }
}

/* Note resume point L_E of module t->serial as where to resume; return 0. */
static void emit_return_to_unwind(Translator *t)
{
    WasmBuf *b = t->b;

    emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
    emit_local(t, WASM_OP_LOCAL_GET, L_E);
    wasm_emit_mem(b, WASM_OP_I32_STORE, 2,
                  offsetof(TCGWasmContext, resume_point));
    emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
    wasm_emit_i32_const(b, t->serial);
    wasm_emit_mem(b, WASM_OP_I32_STORE, 2,
                  offsetof(TCGWasmContext, resume_serial));
    wasm_emit_i32_const(b, 0);
    wasm_emit(b, WASM_OP_RETURN);
}

/*
 * After a call that may have started a coroutine switch: if it did, save
 * the registers, note the resume point that redoes the call, and return
 * to unwind (in the loop: through the block around it, which saves them).
 * When the switch rewinds the stack the region is entered again, at that
 * resume point, after the loop: the rest of the block then runs in tier
 * 1.  Resuming in the loop would make every call a join point of it,
 * which costs V8's code at every one of them.
 */
static void emit_switch_check(Translator *t, uint32_t ofs)
{
    WasmBuf *b = t->b;

    emit_local(t, WASM_OP_LOCAL_GET, L_SWITCHING);
    wasm_emit_mem(b, WASM_OP_I32_LOAD8_U, 0, 0);
    emit_if(t);
    wasm_emit_i32_const(b, t->in_resume_point ? t->resume_point
                                              : t->resume_points->len);
    emit_local(t, WASM_OP_LOCAL_SET, L_E);
    if (t->in_resume_point) {
        /* Switched again: the registers are saved still. */
        emit_return_to_unwind(t);
    } else {
        ResumePoint rp = { .block = t->bi - t->bis, .ofs = ofs };

        /* To the block just around the loop (emit_region()). */
        wasm_emit_index(b, WASM_OP_BR, depth_of_loop(t) + 1);
        g_array_append_val(t->resume_points, rp);
    }
    emit_end(t);
}

/*
 * Operations
 */

/* Host address of a load or store: (void *)(regs[base] + ofs). */
static uint32_t emit_host_addr(Translator *t, TCGReg base, int32_t ofs)
{
    get_reg32(t, base);
    if (ofs >= 0) {
        return ofs;
    }
    wasm_emit_i32_const(t->b, ofs);
    wasm_emit(t->b, WASM_OP_I32_ADD);
    return 0;
}

/* ld*: r0 = host load of regs[r1] + ofs with @load (an i64 load). */
static bool emit_ld(Translator *t, uint32_t insn, WasmOpcode load)
{
    TCGReg r0, r1;
    int32_t ofs;
    uint32_t mofs;

    tci_args_rrs(insn, &r0, &r1, &ofs);
    mofs = emit_host_addr(t, r1, ofs);
    wasm_emit_mem(t->b, load, 0, mofs);
    return set_reg(t, r0);
}

/* st*: host store of r0 at regs[r1] + ofs with @store (an i64 store). */
static bool emit_st(Translator *t, uint32_t insn, WasmOpcode store)
{
    TCGReg r0, r1;
    int32_t ofs;
    uint32_t mofs;

    tci_args_rrs(insn, &r0, &r1, &ofs);
    mofs = emit_host_addr(t, r1, ofs);
    get_reg(t, r0);
    wasm_emit_mem(t->b, store, 0, mofs);
    return true;
}

/* r0 = r1 @op r2, on the whole 64-bit registers. */
static bool emit_binop64(Translator *t, uint32_t insn, WasmOpcode op)
{
    TCGReg r0, r1, r2;

    tci_args_rrr(insn, &r0, &r1, &r2);
    get_reg(t, r1);
    get_reg(t, r2);
    wasm_emit(t->b, op);
    return set_reg(t, r0);
}

/* r0 = r1 @op ~r2 (andc, orc). */
static bool emit_binop64_not2(Translator *t, uint32_t insn, WasmOpcode op)
{
    TCGReg r0, r1, r2;

    tci_args_rrr(insn, &r0, &r1, &r2);
    get_reg(t, r1);
    get_reg(t, r2);
    wasm_emit_i64_const(t->b, -1);
    wasm_emit(t->b, WASM_OP_I64_XOR);
    wasm_emit(t->b, op);
    return set_reg(t, r0);
}

/* r0 = ~(r1 @op r2) (eqv, nand, nor). */
static bool emit_binop64_not(Translator *t, uint32_t insn, WasmOpcode op)
{
    TCGReg r0, r1, r2;

    tci_args_rrr(insn, &r0, &r1, &r2);
    get_reg(t, r1);
    get_reg(t, r2);
    wasm_emit(t->b, op);
    wasm_emit_i64_const(t->b, -1);
    wasm_emit(t->b, WASM_OP_I64_XOR);
    return set_reg(t, r0);
}

/*
 * r0 = the i32 result of @op on the low halves of r1 and r2, widened by
 * @extend (WASM_OP_I64_EXTEND_I32_S or _U), as TCI's (int32_t) or
 * (uint32_t) result.
 */
static bool emit_binop32(Translator *t, uint32_t insn, WasmOpcode op,
                         WasmOpcode extend)
{
    TCGReg r0, r1, r2;

    tci_args_rrr(insn, &r0, &r1, &r2);
    get_reg32(t, r1);
    get_reg32(t, r2);
    wasm_emit(t->b, op);
    wasm_emit(t->b, extend);
    return set_reg(t, r0);
}

/* r0 = @op r1 on 64 bits (the extensions and ctpop). */
static bool emit_unop64(Translator *t, uint32_t insn, WasmOpcode op)
{
    TCGReg r0, r1;

    tci_args_rr(insn, &r0, &r1);
    get_reg(t, r1);
    wasm_emit(t->b, op);
    return set_reg(t, r0);
}

/* r0 = r1 & @mask. */
static bool emit_and_const(Translator *t, uint32_t insn, uint64_t mask)
{
    TCGReg r0, r1;

    tci_args_rr(insn, &r0, &r1);
    get_reg(t, r1);
    wasm_emit_i64_const(t->b, mask);
    wasm_emit(t->b, WASM_OP_I64_AND);
    return set_reg(t, r0);
}

/* Push the i32 truth of tci_compare32/64(a, b, cond) for @type. */
static bool emit_compare(Translator *t, TCGType type, TCGReg ra, TCGReg rb,
                         TCGCond cond)
{
    static const WasmOpcode ops32[16] = {
        [TCG_COND_EQ] = WASM_OP_I32_EQ, [TCG_COND_NE] = WASM_OP_I32_NE,
        [TCG_COND_LT] = WASM_OP_I32_LT_S, [TCG_COND_GE] = WASM_OP_I32_GE_S,
        [TCG_COND_LE] = WASM_OP_I32_LE_S, [TCG_COND_GT] = WASM_OP_I32_GT_S,
        [TCG_COND_LTU] = WASM_OP_I32_LT_U, [TCG_COND_GEU] = WASM_OP_I32_GE_U,
        [TCG_COND_LEU] = WASM_OP_I32_LE_U, [TCG_COND_GTU] = WASM_OP_I32_GT_U,
    };
    static const WasmOpcode ops64[16] = {
        [TCG_COND_EQ] = WASM_OP_I64_EQ, [TCG_COND_NE] = WASM_OP_I64_NE,
        [TCG_COND_LT] = WASM_OP_I64_LT_S, [TCG_COND_GE] = WASM_OP_I64_GE_S,
        [TCG_COND_LE] = WASM_OP_I64_LE_S, [TCG_COND_GT] = WASM_OP_I64_GT_S,
        [TCG_COND_LTU] = WASM_OP_I64_LT_U, [TCG_COND_GEU] = WASM_OP_I64_GE_U,
        [TCG_COND_LEU] = WASM_OP_I64_LE_U, [TCG_COND_GTU] = WASM_OP_I64_GT_U,
    };
    const WasmOpcode *ops = type == TCG_TYPE_I32 ? ops32 : ops64;

    get_reg_typed(t, type, ra);
    get_reg_typed(t, type, rb);
    switch (cond) {
    case TCG_COND_TSTEQ:
    case TCG_COND_TSTNE:
        if (type == TCG_TYPE_I32) {
            wasm_emit(t->b, WASM_OP_I32_AND);
            wasm_emit(t->b, WASM_OP_I32_EQZ);
        } else {
            wasm_emit(t->b, WASM_OP_I64_AND);
            wasm_emit(t->b, WASM_OP_I64_EQZ);
        }
        if (cond == TCG_COND_TSTNE) {
            wasm_emit(t->b, WASM_OP_I32_EQZ);
        }
        return true;
    default:
        if ((unsigned)cond >= ARRAY_SIZE(ops32) || !ops32[cond]) {
            return fail(t, "unknown condition");
        }
        wasm_emit(t->b, ops[cond]);
        return true;
    }
}

/* clz/ctz on 64 bits: r0 = r1 ? @op(r1) : r2. */
static bool emit_count_zeros64(Translator *t, uint32_t insn, WasmOpcode op)
{
    TCGReg r0, r1, r2;

    tci_args_rrr(insn, &r0, &r1, &r2);
    get_reg(t, r1);
    wasm_emit(t->b, op);
    get_reg(t, r2);
    get_reg(t, r1);
    wasm_emit(t->b, WASM_OP_I64_EQZ);
    wasm_emit(t->b, WASM_OP_I32_EQZ);
    wasm_emit(t->b, WASM_OP_SELECT);
    return set_reg(t, r0);
}

/* clz/ctz on 32 bits: r0 = (uint32_t)r1 ? @op((uint32_t)r1) : r2. */
static bool emit_count_zeros32(Translator *t, uint32_t insn, WasmOpcode op)
{
    TCGReg r0, r1, r2;

    tci_args_rrr(insn, &r0, &r1, &r2);
    get_reg32(t, r1);
    wasm_emit(t->b, op);
    wasm_emit(t->b, WASM_OP_I64_EXTEND_I32_U);
    get_reg(t, r2);
    get_reg32(t, r1);
    wasm_emit(t->b, WASM_OP_SELECT);
    return set_reg(t, r0);
}

/* Bytes of the i32 on the stack reversed, through local L_E. */
static void emit_bswap32_i32(Translator *t)
{
    WasmBuf *b = t->b;

    emit_local(t, WASM_OP_LOCAL_TEE, L_E);
    wasm_emit_i32_const(b, 0x00ff00ff);
    wasm_emit(b, WASM_OP_I32_AND);
    wasm_emit_i32_const(b, 8);
    wasm_emit(b, WASM_OP_I32_ROTR);
    emit_local(t, WASM_OP_LOCAL_GET, L_E);
    wasm_emit_i32_const(b, 0xff00ff00);
    wasm_emit(b, WASM_OP_I32_AND);
    wasm_emit_i32_const(b, 8);
    wasm_emit(b, WASM_OP_I32_ROTL);
    wasm_emit(b, WASM_OP_I32_OR);
}

/* Bytes of the i64 on the stack reversed, through local L_T0. */
static void emit_bswap64(Translator *t)
{
    WasmBuf *b = t->b;
    static const struct {
        uint64_t mask;
        int shift;
    } steps[2] = {
        { 0x00ff00ff00ff00ffull, 8 },
        { 0x0000ffff0000ffffull, 16 },
    };

    for (int i = 0; i < 2; i++) {
        emit_local(t, WASM_OP_LOCAL_TEE, L_T0);
        wasm_emit_i64_const(b, steps[i].shift);
        wasm_emit(b, WASM_OP_I64_SHR_U);
        wasm_emit_i64_const(b, steps[i].mask);
        wasm_emit(b, WASM_OP_I64_AND);
        emit_local(t, WASM_OP_LOCAL_GET, L_T0);
        wasm_emit_i64_const(b, steps[i].mask);
        wasm_emit(b, WASM_OP_I64_AND);
        wasm_emit_i64_const(b, steps[i].shift);
        wasm_emit(b, WASM_OP_I64_SHL);
        wasm_emit(b, WASM_OP_I64_OR);
    }
    wasm_emit_i64_const(b, 32);
    wasm_emit(b, WASM_OP_I64_ROTL);
}

/* r0 = deposit64(r1, pos, len, r2). */
static bool emit_deposit64(Translator *t, uint32_t insn)
{
    TCGReg r0, r1, r2;
    uint8_t pos, len;
    uint64_t mask;
    WasmBuf *b = t->b;

    tci_args_rrrbb(insn, &r0, &r1, &r2, &pos, &len);
    mask = MAKE_64BIT_MASK(pos, len);
    get_reg(t, r1);
    wasm_emit_i64_const(b, ~mask);
    wasm_emit(b, WASM_OP_I64_AND);
    get_reg(t, r2);
    wasm_emit_i64_const(b, pos);
    wasm_emit(b, WASM_OP_I64_SHL);
    wasm_emit_i64_const(b, mask);
    wasm_emit(b, WASM_OP_I64_AND);
    wasm_emit(b, WASM_OP_I64_OR);
    return set_reg(t, r0);
}

/* r0 = (uint32_t)deposit32(r1, pos, len, r2). */
static bool emit_deposit32(Translator *t, uint32_t insn)
{
    TCGReg r0, r1, r2;
    uint8_t pos, len;
    uint32_t mask;
    WasmBuf *b = t->b;

    tci_args_rrrbb(insn, &r0, &r1, &r2, &pos, &len);
    mask = MAKE_64BIT_MASK(pos, len);
    get_reg32(t, r1);
    wasm_emit_i32_const(b, ~mask);
    wasm_emit(b, WASM_OP_I32_AND);
    get_reg32(t, r2);
    wasm_emit_i32_const(b, pos);
    wasm_emit(b, WASM_OP_I32_SHL);
    wasm_emit_i32_const(b, mask);
    wasm_emit(b, WASM_OP_I32_AND);
    wasm_emit(b, WASM_OP_I32_OR);
    wasm_emit(b, WASM_OP_I64_EXTEND_I32_U);
    return set_reg(t, r0);
}

/*
 * r0 = (s)extract64(r1, pos, len): the field shifted to the top, then
 * down by @shr (WASM_OP_I64_SHR_S or _U).
 */
static bool emit_extract64(Translator *t, uint32_t insn, WasmOpcode shr)
{
    TCGReg r0, r1;
    uint8_t pos, len;

    tci_args_rrbb(insn, &r0, &r1, &pos, &len);
    if (len == 0 || pos + len > 64) {
        return fail(t, "bad extract field");
    }
    get_reg(t, r1);
    wasm_emit_i64_const(t->b, 64 - len - pos);
    wasm_emit(t->b, WASM_OP_I64_SHL);
    wasm_emit_i64_const(t->b, 64 - len);
    wasm_emit(t->b, shr);
    return set_reg(t, r0);
}

/*
 * r0 = (s)extract32(r1, pos, len), shifted down by @shr (WASM_OP_I32_SHR_S
 * or _U) and widened by @extend, as TCI's (int32_t) or (uint32_t) result.
 */
static bool emit_extract32(Translator *t, uint32_t insn, WasmOpcode shr,
                           WasmOpcode extend)
{
    TCGReg r0, r1;
    uint8_t pos, len;

    tci_args_rrbb(insn, &r0, &r1, &pos, &len);
    if (len == 0 || pos + len > 32) {
        return fail(t, "bad extract field");
    }
    get_reg32(t, r1);
    wasm_emit_i32_const(t->b, 32 - len - pos);
    wasm_emit(t->b, WASM_OP_I32_SHL);
    wasm_emit_i32_const(t->b, 32 - len);
    wasm_emit(t->b, shr);
    wasm_emit(t->b, extend);
    return set_reg(t, r0);
}

/* ((uint64_t)r_hi << 32) + (uint32_t)r_lo, as tci_uint64(). */
static void get_pair(Translator *t, TCGReg r_hi, TCGReg r_lo)
{
    get_reg_lo(t, r_hi);
    wasm_emit_i64_const(t->b, 32);
    wasm_emit(t->b, WASM_OP_I64_SHL);
    get_reg_lo(t, r_lo);
    wasm_emit(t->b, WASM_OP_I64_OR);
}

/* tci_write_reg64(regs, r_hi, r_lo, L_T0). */
static bool set_pair_from_t0(Translator *t, TCGReg r_hi, TCGReg r_lo)
{
    WasmBuf *b = t->b;

    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    wasm_emit_i64_const(b, UINT32_MAX);
    wasm_emit(b, WASM_OP_I64_AND);
    if (!set_reg(t, r_lo)) {
        return false;
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    wasm_emit_i64_const(b, 32);
    wasm_emit(b, WASM_OP_I64_SHR_U);
    return set_reg(t, r_hi);
}

/* add2_i32, sub2_i32: the pairs (r3:r2) @op (r5:r4) into (r1:r0). */
static bool emit_op2_i32(Translator *t, uint32_t insn, WasmOpcode op)
{
    TCGReg r0, r1, r2, r3, r4, r5;

    tci_args_rrrrrr(insn, &r0, &r1, &r2, &r3, &r4, &r5);
    get_pair(t, r3, r2);
    get_pair(t, r5, r4);
    wasm_emit(t->b, op);
    emit_local(t, WASM_OP_LOCAL_SET, L_T0);
    return set_pair_from_t0(t, r1, r0);
}

/* mulu2_i32, muls2_i32: r2 * r3, widened by @extend, into (r1:r0). */
static bool emit_mul2_i32(Translator *t, uint32_t insn, WasmOpcode extend)
{
    TCGReg r0, r1, r2, r3;

    tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
    get_reg32(t, r2);
    wasm_emit(t->b, extend);
    get_reg32(t, r3);
    wasm_emit(t->b, extend);
    wasm_emit(t->b, WASM_OP_I64_MUL);
    emit_local(t, WASM_OP_LOCAL_SET, L_T0);
    return set_pair_from_t0(t, r1, r0);
}

/* add2_i64: (r1:r0) = (r3:r2) + (r5:r4), with the carry. */
static bool emit_add2_i64(Translator *t, uint32_t insn)
{
    TCGReg r0, r1, r2, r3, r4, r5;
    WasmBuf *b = t->b;

    tci_args_rrrrrr(insn, &r0, &r1, &r2, &r3, &r4, &r5);
    get_reg(t, r2);
    get_reg(t, r4);
    wasm_emit(b, WASM_OP_I64_ADD);
    emit_local(t, WASM_OP_LOCAL_SET, L_T0);
    get_reg(t, r3);
    get_reg(t, r5);
    wasm_emit(b, WASM_OP_I64_ADD);
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    get_reg(t, r2);
    wasm_emit(b, WASM_OP_I64_LT_U);
    wasm_emit(b, WASM_OP_I64_EXTEND_I32_U);
    wasm_emit(b, WASM_OP_I64_ADD);
    emit_local(t, WASM_OP_LOCAL_SET, L_T1);
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    if (!set_reg(t, r0)) {
        return false;
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_T1);
    return set_reg(t, r1);
}

/* sub2_i64: (r1:r0) = (r3:r2) - (r5:r4), with the borrow. */
static bool emit_sub2_i64(Translator *t, uint32_t insn)
{
    TCGReg r0, r1, r2, r3, r4, r5;
    WasmBuf *b = t->b;

    tci_args_rrrrrr(insn, &r0, &r1, &r2, &r3, &r4, &r5);
    get_reg(t, r2);
    get_reg(t, r4);
    wasm_emit(b, WASM_OP_I64_SUB);
    emit_local(t, WASM_OP_LOCAL_SET, L_T0);
    get_reg(t, r3);
    get_reg(t, r5);
    wasm_emit(b, WASM_OP_I64_SUB);
    get_reg(t, r2);
    get_reg(t, r4);
    wasm_emit(b, WASM_OP_I64_LT_U);
    wasm_emit(b, WASM_OP_I64_EXTEND_I32_U);
    wasm_emit(b, WASM_OP_I64_SUB);
    emit_local(t, WASM_OP_LOCAL_SET, L_T1);
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    if (!set_reg(t, r0)) {
        return false;
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_T1);
    return set_reg(t, r1);
}

/* Push the low 32 bits of i64 @local (@shift 0), or @local >> @shift. */
static void get_half(Translator *t, uint32_t local, unsigned shift)
{
    emit_local(t, WASM_OP_LOCAL_GET, local);
    if (shift) {
        wasm_emit_i64_const(t->b, shift);
        wasm_emit(t->b, WASM_OP_I64_SHR_U);
    } else {
        wasm_emit_i64_const(t->b, UINT32_MAX);
        wasm_emit(t->b, WASM_OP_I64_AND);
    }
}

/* Push the product of 32-bit halves: (L_T0 >> @sa) * (L_T1 >> @sb). */
static void emit_partial_product(Translator *t, unsigned sa, unsigned sb)
{
    get_half(t, L_T0, sa);
    get_half(t, L_T1, sb);
    wasm_emit(t->b, WASM_OP_I64_MUL);
}

/*
 * The unsigned 64 x 64 -> 128 product of L_T0 and L_T1 from 32-bit
 * partial products: low half to L_T2, high half to L_T3.
 */
static void emit_mulu128(Translator *t)
{
    WasmBuf *b = t->b;

    /* L_T2 = al * bl */
    emit_partial_product(t, 0, 0);
    emit_local(t, WASM_OP_LOCAL_SET, L_T2);
    /* L_T3 = mid = (al*bl >> 32) + lo(al*bh) + lo(ah*bl) */
    get_half(t, L_T2, 32);
    emit_partial_product(t, 0, 32);
    wasm_emit_i64_const(b, UINT32_MAX);
    wasm_emit(b, WASM_OP_I64_AND);
    wasm_emit(b, WASM_OP_I64_ADD);
    emit_partial_product(t, 32, 0);
    wasm_emit_i64_const(b, UINT32_MAX);
    wasm_emit(b, WASM_OP_I64_AND);
    wasm_emit(b, WASM_OP_I64_ADD);
    emit_local(t, WASM_OP_LOCAL_SET, L_T3);
    /* low = lo(al*bl) | mid << 32 */
    get_half(t, L_T2, 0);
    emit_local(t, WASM_OP_LOCAL_GET, L_T3);
    wasm_emit_i64_const(b, 32);
    wasm_emit(b, WASM_OP_I64_SHL);
    wasm_emit(b, WASM_OP_I64_OR);
    /* high = ah*bh + hi(al*bh) + hi(ah*bl) + hi(mid) */
    emit_partial_product(t, 32, 32);
    emit_partial_product(t, 0, 32);
    wasm_emit_i64_const(b, 32);
    wasm_emit(b, WASM_OP_I64_SHR_U);
    wasm_emit(b, WASM_OP_I64_ADD);
    emit_partial_product(t, 32, 0);
    wasm_emit_i64_const(b, 32);
    wasm_emit(b, WASM_OP_I64_SHR_U);
    wasm_emit(b, WASM_OP_I64_ADD);
    get_half(t, L_T3, 32);
    wasm_emit(b, WASM_OP_I64_ADD);
    emit_local(t, WASM_OP_LOCAL_SET, L_T3);
    emit_local(t, WASM_OP_LOCAL_SET, L_T2);
}

/* The signed 128-bit product of L_T0 and L_T1 into L_T3:L_T2. */
static void emit_muls128(Translator *t)
{
    WasmBuf *b = t->b;

    /* high -= (a < 0 ? b : 0) + (b < 0 ? a : 0) */
    emit_mulu128(t);
    emit_local(t, WASM_OP_LOCAL_GET, L_T3);
    for (int i = 0; i < 2; i++) {
        emit_local(t, WASM_OP_LOCAL_GET, i ? L_T0 : L_T1);
        emit_local(t, WASM_OP_LOCAL_GET, i ? L_T1 : L_T0);
        wasm_emit_i64_const(b, 63);
        wasm_emit(b, WASM_OP_I64_SHR_S);
        wasm_emit(b, WASM_OP_I64_AND);
        wasm_emit(b, WASM_OP_I64_SUB);
    }
    emit_local(t, WASM_OP_LOCAL_SET, L_T3);
}

/* mulu2_i64, muls2_i64: (r1:r0) = r2 * r3, by @emit_mul128. */
static bool emit_mul2_i64(Translator *t, uint32_t insn,
                          void (*emit_mul128)(Translator *t))
{
    TCGReg r0, r1, r2, r3;

    tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
    get_reg(t, r2);
    emit_local(t, WASM_OP_LOCAL_SET, L_T0);
    get_reg(t, r3);
    emit_local(t, WASM_OP_LOCAL_SET, L_T1);
    emit_mul128(t);
    emit_local(t, WASM_OP_LOCAL_GET, L_T2);
    if (!set_reg(t, r0)) {
        return false;
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_T3);
    return set_reg(t, r1);
}

/* Store the return address that GETPC() gives helpers: after the insn. */
static void emit_set_tb_ptr(Translator *t, uint32_t ofs)
{
    emit_local(t, WASM_OP_LOCAL_GET, L_TB_PTR);
    wasm_emit_i32_const(t->b, (uintptr_t)insn_ptr(t, ofs + 1));
    wasm_emit_mem(t->b, WASM_OP_I32_STORE, 2, 0);
}

/* The address of the call stack area's slot @slot (ctx->frame). */
static void emit_frame_addr(Translator *t, unsigned slot)
{
    emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
    if (slot) {
        wasm_emit_i32_const(t->b, slot * sizeof(uint64_t));
        wasm_emit(t->b, WASM_OP_I32_ADD);
    }
}

/*
 * call: the helper and its ffi_cif are in the constant pool; arguments
 * are in the call stack area (ctx->frame) in TCI's layout, and the result
 * goes to R0 (R0 and R1 for an Int128).  Each is passed as the C ABI of
 * wasm32 wants (tci_wasm_kind()).
 */
static bool emit_call(Translator *t, uint32_t ofs, uint32_t insn)
{
    const tcg_target_ulong *pool;
    uintptr_t func;
    const ffi_cif *cif;
    WasmValType params[MAX_CALL_IARGS + 1], result = WASM_TYPE_I32;
    uint32_t nr_params = 0, nr_results = 0;
    bool struct_result = false;
    unsigned slot = 0;
    uint8_t len;
    void *ptr;
    WasmBuf *b = t->b;

    tci_args_nl(insn, insn_ptr(t, ofs + 1), &len, &ptr);
    pool = ptr;
    func = pool[0];
    cif = (const ffi_cif *)(uintptr_t)pool[1];
    if (cif->nargs > MAX_CALL_IARGS) {
        return fail(t, "too many helper arguments");
    }
    emit_set_tb_ptr(t, ofs);
    switch (tci_wasm_kind(cif->rtype)) {
    case TCI_WASM_VOID:
        break;
    case TCI_WASM_I32:
        nr_results = 1;
        break;
    case TCI_WASM_I64:
        result = WASM_TYPE_I64;
        nr_results = 1;
        break;
    case TCI_WASM_STRUCT:
        /* Into the first two slots, where TCI leaves it too. */
        struct_result = true;
        params[nr_params++] = WASM_TYPE_I32;
        emit_frame_addr(t, 0);
        break;
    default:
        return fail(t, "helper result of unsupported size");
    }
    for (unsigned i = 0; i < cif->nargs; i++) {
        switch (tci_wasm_kind(cif->arg_types[i])) {
        case TCI_WASM_I32:
            params[nr_params++] = WASM_TYPE_I32;
            emit_frame_addr(t, 0);
            wasm_emit_mem(b, WASM_OP_I32_LOAD, 2, slot++ * 8);
            break;
        case TCI_WASM_I64:
            params[nr_params++] = WASM_TYPE_I64;
            emit_frame_addr(t, 0);
            wasm_emit_mem(b, WASM_OP_I64_LOAD, 3, slot++ * 8);
            break;
        case TCI_WASM_STRUCT:
            /* The slots are the callee's copy: each call stores anew. */
            if (struct_result && slot < 2) {
                return fail(t, "helper argument under its result");
            }
            params[nr_params++] = WASM_TYPE_I32;
            emit_frame_addr(t, slot);
            slot += 2;
            break;
        default:
            return fail(t, "helper argument of unsupported size");
        }
    }
    if (!emit_call_helper(t, func, wasm_module_type(t->m, params, nr_params,
                                                    &result, nr_results))) {
        return false;
    }
    if (nr_results) {
        if (result == WASM_TYPE_I32) {
            wasm_emit(b, WASM_OP_I64_EXTEND_I32_U);
        }
        set_reg(t, TCG_REG_R0);
    } else if (struct_result) {
        for (unsigned r = 0; r < 2; r++) {
            emit_frame_addr(t, 0);
            wasm_emit_mem(b, WASM_OP_I64_LOAD, 3, r * 8);
            set_reg(t, TCG_REG_R0 + r);
        }
    }
    emit_switch_check(t, ofs);
    return true;
}

/*
 * Inline softmmu fast path, as native backends emit it: find the TLB entry
 * of the guest address in L_T0 and compare its @cmp_ofs comparator with
 * the page of the access.  Opens an "if" (nest + 1) in which L_P holds the
 * host address; the caller emits the access, then "else", the slow path
 * and the "end".  Returns false when the access has no fast path.
 */
static bool emit_tlb_lookup(Translator *t, MemOpIdx oi, size_t cmp_ofs)
{
    int fast_ofs = offsetof(CPUNegativeOffsetState, tlb.f[get_mmuidx(oi)]) -
                   sizeof(CPUNegativeOffsetState);
    WasmBuf *b = t->b;
    TCITlbTest test;

    if (!tci_tlb_test(tcg_ctx, oi, &test)) {
        return false;
    }
    /* entry = table + ((addr >> index_shift) & mask) */
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    wasm_emit_i64_const(b, test.index_shift);
    wasm_emit(b, WASM_OP_I64_SHR_U);
    wasm_emit(b, WASM_OP_I32_WRAP_I64);
    emit_local(t, WASM_OP_LOCAL_GET, L_ENV);
    wasm_emit_i32_const(b, fast_ofs);
    wasm_emit(b, WASM_OP_I32_ADD);
    emit_local(t, WASM_OP_LOCAL_TEE, L_P);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2, offsetof(CPUTLBDescFast, mask));
    wasm_emit(b, WASM_OP_I32_AND);
    emit_local(t, WASM_OP_LOCAL_GET, L_P);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2, offsetof(CPUTLBDescFast, table));
    wasm_emit(b, WASM_OP_I32_ADD);
    emit_local(t, WASM_OP_LOCAL_TEE, L_P);
    wasm_emit_mem(b, WASM_OP_I64_LOAD, 3, cmp_ofs);
    /* (addr + last_ofs) & cmp_mask */
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    if (test.last_ofs) {
        wasm_emit_i64_const(b, test.last_ofs);
        wasm_emit(b, WASM_OP_I64_ADD);
    }
    wasm_emit_i64_const(b, test.cmp_mask);
    wasm_emit(b, WASM_OP_I64_AND);
    wasm_emit(b, WASM_OP_I64_EQ);
    emit_if(t);
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    wasm_emit(b, WASM_OP_I32_WRAP_I64);
    emit_local(t, WASM_OP_LOCAL_GET, L_P);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2, offsetof(CPUTLBEntry, addend));
    wasm_emit(b, WASM_OP_I32_ADD);
    emit_local(t, WASM_OP_LOCAL_SET, L_P);
    return true;
}

/* The slow path of a guest access of each size, and its fast path. */
typedef struct GuestAccess {
    uintptr_t helper;
    WasmOpcode host_op;         /* an i64 load or store */
} GuestAccess;

static bool emit_qemu_ld(Translator *t, uint32_t ofs, uint32_t insn)
{
    static const GuestAccess loads[MO_SSIZE + 1] = {
        [MO_UB] = { (uintptr_t)helper_ldub_mmu, WASM_OP_I64_LOAD8_U },
        [MO_SB] = { (uintptr_t)helper_ldsb_mmu, WASM_OP_I64_LOAD8_S },
        [MO_UW] = { (uintptr_t)helper_lduw_mmu, WASM_OP_I64_LOAD16_U },
        [MO_SW] = { (uintptr_t)helper_ldsw_mmu, WASM_OP_I64_LOAD16_S },
        [MO_UL] = { (uintptr_t)helper_ldul_mmu, WASM_OP_I64_LOAD32_U },
        [MO_SL] = { (uintptr_t)helper_ldsl_mmu, WASM_OP_I64_LOAD32_S },
        [MO_UQ] = { (uintptr_t)helper_ldq_mmu, WASM_OP_I64_LOAD },
    };
    static const WasmValType params[4] = {
        WASM_TYPE_I32, WASM_TYPE_I64, WASM_TYPE_I32, WASM_TYPE_I32
    };
    static const WasmValType result = WASM_TYPE_I64;
    const GuestAccess *access;
    TCGReg r0, r1;
    MemOpIdx oi;
    bool fast;
    WasmBuf *b = t->b;

    tci_args_rrm(insn, &r0, &r1, &oi);
    access = &loads[get_memop(oi) & MO_SSIZE];
    if (!access->helper) {
        return fail(t, "unsupported load size");
    }
    get_reg(t, r1);
    emit_local(t, WASM_OP_LOCAL_SET, L_T0);
    /* A resume point must call the helper again, whatever the TLB says. */
    fast = !t->in_resume_point &&
           emit_tlb_lookup(t, oi, offsetof(CPUTLBEntry, addr_read));
    if (fast) {
        emit_local(t, WASM_OP_LOCAL_GET, L_P);
        wasm_emit_mem(b, access->host_op, 0, 0);
        if (!set_reg(t, r0)) {
            return false;
        }
        wasm_emit(b, WASM_OP_ELSE);
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_ENV);
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    wasm_emit_i32_const(b, oi);
    wasm_emit_i32_const(b, (uintptr_t)insn_ptr(t, ofs + 1));
    if (!emit_call_helper(t, access->helper,
                          wasm_module_type(t->m, params, 4, &result, 1)) ||
        !set_reg(t, r0)) {
        return false;
    }
    emit_switch_check(t, ofs);
    if (fast) {
        emit_end(t);
    }
    return true;
}

static bool emit_qemu_st(Translator *t, uint32_t ofs, uint32_t insn)
{
    static const GuestAccess stores[MO_64 + 1] = {
        [MO_8] = { (uintptr_t)helper_stb_mmu, WASM_OP_I64_STORE8 },
        [MO_16] = { (uintptr_t)helper_stw_mmu, WASM_OP_I64_STORE16 },
        [MO_32] = { (uintptr_t)helper_stl_mmu, WASM_OP_I64_STORE32 },
        [MO_64] = { (uintptr_t)helper_stq_mmu, WASM_OP_I64_STORE },
    };
    MemOp size;
    WasmValType params[5] = {
        WASM_TYPE_I32, WASM_TYPE_I64, WASM_TYPE_I32, WASM_TYPE_I32,
        WASM_TYPE_I32
    };
    const GuestAccess *access;
    TCGReg r0, r1;
    MemOpIdx oi;
    bool fast;
    WasmBuf *b = t->b;

    tci_args_rrm(insn, &r0, &r1, &oi);
    size = get_memop(oi) & MO_SIZE;
    if (size > MO_64) {
        return fail(t, "unsupported store size");
    }
    access = &stores[size];
    /* The value: uint8_t to uint32_t are i32, uint64_t is i64. */
    params[2] = size == MO_64 ? WASM_TYPE_I64 : WASM_TYPE_I32;
    get_reg(t, r1);
    emit_local(t, WASM_OP_LOCAL_SET, L_T0);
    fast = !t->in_resume_point &&
           emit_tlb_lookup(t, oi, offsetof(CPUTLBEntry, addr_write));
    if (fast) {
        emit_local(t, WASM_OP_LOCAL_GET, L_P);
        get_reg(t, r0);
        wasm_emit_mem(b, access->host_op, 0, 0);
        wasm_emit(b, WASM_OP_ELSE);
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_ENV);
    emit_local(t, WASM_OP_LOCAL_GET, L_T0);
    get_reg_typed(t, size == MO_64 ? TCG_TYPE_I64 : TCG_TYPE_I32, r0);
    wasm_emit_i32_const(b, oi);
    wasm_emit_i32_const(b, (uintptr_t)insn_ptr(t, ofs + 1));
    if (!emit_call_helper(t, access->helper,
                          wasm_module_type(t->m, params, 5, NULL, 0))) {
        return false;
    }
    emit_switch_check(t, ofs);
    if (fast) {
        emit_end(t);
    }
    return true;
}

/* brcond: goto the label if r0 (a setcond result) is not 0. */
static bool emit_brcond(Translator *t, uint32_t ofs, TCGType type)
{
    TCGReg r0;
    void *label;
    uint32_t target;

    tci_args_rl(t->code[ofs], insn_ptr(t, ofs + 1), &r0, &label);
    word_of(t, label, &target);
    get_reg_typed(t, type, r0);
    if (type == TCG_TYPE_I64) {
        wasm_emit(t->b, WASM_OP_I64_EQZ);
        wasm_emit(t->b, WASM_OP_I32_EQZ);
    }
    emit_if(t);
    emit_br(t, target);
    emit_end(t);
    return true;
}

static bool emit_setcond(Translator *t, uint32_t insn, TCGType type)
{
    TCGReg r0, r1, r2;
    TCGCond cond;

    tci_args_rrrc(insn, &r0, &r1, &r2, &cond);
    if (!emit_compare(t, type, r1, r2, cond)) {
        return false;
    }
    wasm_emit(t->b, WASM_OP_I64_EXTEND_I32_U);
    return set_reg(t, r0);
}

static bool emit_movcond(Translator *t, uint32_t insn, TCGType type)
{
    TCGReg r0, r1, r2, r3, r4;
    TCGCond cond;

    tci_args_rrrrrc(insn, &r0, &r1, &r2, &r3, &r4, &cond);
    get_reg(t, r3);
    get_reg(t, r4);
    if (!emit_compare(t, type, r1, r2, cond)) {
        return false;
    }
    wasm_emit(t->b, WASM_OP_SELECT);
    return set_reg(t, r0);
}

/* bswap16/32: r0 = the low 16 or 32 bits of r1 byte-swapped, unsigned. */
static bool emit_bswap32(Translator *t, uint32_t insn, unsigned bits)
{
    TCGReg r0, r1;

    tci_args_rr(insn, &r0, &r1);
    get_reg32(t, r1);
    emit_bswap32_i32(t);
    if (bits == 16) {
        wasm_emit_i32_const(t->b, 16);
        wasm_emit(t->b, WASM_OP_I32_SHR_U);
    }
    wasm_emit(t->b, WASM_OP_I64_EXTEND_I32_U);
    return set_reg(t, r0);
}

/* The index in @bis of the block whose bytecode starts at @addr, or @nb. */
static unsigned block_index(const BlockInfo *bis, unsigned nb, uintptr_t addr)
{
    for (unsigned i = 0; i < nb; i++) {
        if ((uintptr_t)bis[i].header == addr) {
            return i;
        }
    }
    return nb;
}

/*
 * goto_tb: tb->jmp_target_addr[n] holds the reset point (the next insn)
 * or the block this one is chained to.  A block of the region it is
 * chained to now is branched to directly while the slot still says so:
 * TCG resets the slot when that block is invalidated.
 */
static bool emit_goto_tb(Translator *t, uint32_t ofs)
{
    uintptr_t slot = (uintptr_t)insn_label(t, ofs);
    unsigned next = block_index(t->bis, t->nr_blocks,
                                qatomic_read((uintptr_t *)slot));
    WasmBuf *b = t->b;

    wasm_emit_i32_const(b, slot);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2, 0);
    emit_local(t, WASM_OP_LOCAL_SET, L_P);
    if (next < t->nr_blocks) {
        emit_local(t, WASM_OP_LOCAL_GET, L_P);
        wasm_emit_i32_const(b, (uintptr_t)t->bis[next].header);
        wasm_emit(b, WASM_OP_I32_EQ);
        emit_if(t);
        emit_br_join(t, t->bis[next].join_base);
        emit_end(t);
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_P);
    wasm_emit_i32_const(b, (uintptr_t)insn_ptr(t, ofs + 1));
    wasm_emit(b, WASM_OP_I32_NE);
    emit_if(t);
    emit_goto_p(t);
    emit_end(t);
    return true;
}

static bool emit_insn(Translator *t, uint32_t ofs)
{
    uint32_t insn = t->code[ofs];
    TCGOpcode opc = opc_of(insn);
    WasmBuf *b = t->b;
    TCGReg r0, r1;
    tcg_target_ulong imm;
    void *ptr;
    uint32_t target;

    switch (opc) {
    case INDEX_op_call:
        return emit_call(t, ofs, insn);
    case INDEX_op_br:
        word_of(t, insn_label(t, ofs), &target);
        emit_br(t, target);
        return true;
    case INDEX_op_brcond_i32:
        return emit_brcond(t, ofs, TCG_TYPE_I32);
    case INDEX_op_brcond_i64:
        return emit_brcond(t, ofs, TCG_TYPE_I64);
    case INDEX_op_setcond_i32:
        return emit_setcond(t, insn, TCG_TYPE_I32);
    case INDEX_op_setcond_i64:
        return emit_setcond(t, insn, TCG_TYPE_I64);
    case INDEX_op_movcond_i32:
        return emit_movcond(t, insn, TCG_TYPE_I32);
    case INDEX_op_movcond_i64:
        return emit_movcond(t, insn, TCG_TYPE_I64);
    case INDEX_op_mov_i32:
    case INDEX_op_mov_i64:
        tci_args_rr(insn, &r0, &r1);
        get_reg(t, r1);
        return set_reg(t, r0);
    case INDEX_op_tci_movi:
        tci_args_ri(insn, &r0, &imm);
        wasm_emit_i64_const(b, imm);
        return set_reg(t, r0);
    case INDEX_op_tci_movl:
        tci_args_rl(insn, insn_ptr(t, ofs + 1), &r0, &ptr);
        wasm_emit_i64_const(b, *(const tcg_target_ulong *)ptr);
        return set_reg(t, r0);

    case INDEX_op_ld8u_i32:
    case INDEX_op_ld8u_i64:
        return emit_ld(t, insn, WASM_OP_I64_LOAD8_U);
    case INDEX_op_ld8s_i32:
    case INDEX_op_ld8s_i64:
        return emit_ld(t, insn, WASM_OP_I64_LOAD8_S);
    case INDEX_op_ld16u_i32:
    case INDEX_op_ld16u_i64:
        return emit_ld(t, insn, WASM_OP_I64_LOAD16_U);
    case INDEX_op_ld16s_i32:
    case INDEX_op_ld16s_i64:
        return emit_ld(t, insn, WASM_OP_I64_LOAD16_S);
    case INDEX_op_ld_i32:
    case INDEX_op_ld32u_i64:
        return emit_ld(t, insn, WASM_OP_I64_LOAD32_U);
    case INDEX_op_ld32s_i64:
        return emit_ld(t, insn, WASM_OP_I64_LOAD32_S);
    case INDEX_op_ld_i64:
        return emit_ld(t, insn, WASM_OP_I64_LOAD);
    case INDEX_op_st8_i32:
    case INDEX_op_st8_i64:
        return emit_st(t, insn, WASM_OP_I64_STORE8);
    case INDEX_op_st16_i32:
    case INDEX_op_st16_i64:
        return emit_st(t, insn, WASM_OP_I64_STORE16);
    case INDEX_op_st_i32:
    case INDEX_op_st32_i64:
        return emit_st(t, insn, WASM_OP_I64_STORE32);
    case INDEX_op_st_i64:
        return emit_st(t, insn, WASM_OP_I64_STORE);

    case INDEX_op_add_i32:
    case INDEX_op_add_i64:
        return emit_binop64(t, insn, WASM_OP_I64_ADD);
    case INDEX_op_sub_i32:
    case INDEX_op_sub_i64:
        return emit_binop64(t, insn, WASM_OP_I64_SUB);
    case INDEX_op_mul_i32:
    case INDEX_op_mul_i64:
        return emit_binop64(t, insn, WASM_OP_I64_MUL);
    case INDEX_op_and_i32:
    case INDEX_op_and_i64:
        return emit_binop64(t, insn, WASM_OP_I64_AND);
    case INDEX_op_or_i32:
    case INDEX_op_or_i64:
        return emit_binop64(t, insn, WASM_OP_I64_OR);
    case INDEX_op_xor_i32:
    case INDEX_op_xor_i64:
        return emit_binop64(t, insn, WASM_OP_I64_XOR);
    case INDEX_op_andc_i32:
    case INDEX_op_andc_i64:
        return emit_binop64_not2(t, insn, WASM_OP_I64_AND);
    case INDEX_op_orc_i32:
    case INDEX_op_orc_i64:
        return emit_binop64_not2(t, insn, WASM_OP_I64_OR);
    case INDEX_op_eqv_i32:
    case INDEX_op_eqv_i64:
        return emit_binop64_not(t, insn, WASM_OP_I64_XOR);
    case INDEX_op_nand_i32:
    case INDEX_op_nand_i64:
        return emit_binop64_not(t, insn, WASM_OP_I64_AND);
    case INDEX_op_nor_i32:
    case INDEX_op_nor_i64:
        return emit_binop64_not(t, insn, WASM_OP_I64_OR);
    case INDEX_op_neg_i32:
    case INDEX_op_neg_i64:
        tci_args_rr(insn, &r0, &r1);
        wasm_emit_i64_const(b, 0);
        get_reg(t, r1);
        wasm_emit(b, WASM_OP_I64_SUB);
        return set_reg(t, r0);
    case INDEX_op_not_i32:
    case INDEX_op_not_i64:
        tci_args_rr(insn, &r0, &r1);
        get_reg(t, r1);
        wasm_emit_i64_const(b, -1);
        wasm_emit(b, WASM_OP_I64_XOR);
        return set_reg(t, r0);

    case INDEX_op_div_i32:
        return emit_binop32(t, insn, WASM_OP_I32_DIV_S,
                            WASM_OP_I64_EXTEND_I32_S);
    case INDEX_op_divu_i32:
        return emit_binop32(t, insn, WASM_OP_I32_DIV_U,
                            WASM_OP_I64_EXTEND_I32_U);
    case INDEX_op_rem_i32:
        return emit_binop32(t, insn, WASM_OP_I32_REM_S,
                            WASM_OP_I64_EXTEND_I32_S);
    case INDEX_op_remu_i32:
        return emit_binop32(t, insn, WASM_OP_I32_REM_U,
                            WASM_OP_I64_EXTEND_I32_U);
    case INDEX_op_shl_i32:
        return emit_binop32(t, insn, WASM_OP_I32_SHL,
                            WASM_OP_I64_EXTEND_I32_U);
    case INDEX_op_shr_i32:
        return emit_binop32(t, insn, WASM_OP_I32_SHR_U,
                            WASM_OP_I64_EXTEND_I32_U);
    case INDEX_op_sar_i32:
        return emit_binop32(t, insn, WASM_OP_I32_SHR_S,
                            WASM_OP_I64_EXTEND_I32_S);
    case INDEX_op_rotl_i32:
        return emit_binop32(t, insn, WASM_OP_I32_ROTL,
                            WASM_OP_I64_EXTEND_I32_U);
    case INDEX_op_rotr_i32:
        return emit_binop32(t, insn, WASM_OP_I32_ROTR,
                            WASM_OP_I64_EXTEND_I32_U);
    case INDEX_op_div_i64:
        return emit_binop64(t, insn, WASM_OP_I64_DIV_S);
    case INDEX_op_divu_i64:
        return emit_binop64(t, insn, WASM_OP_I64_DIV_U);
    case INDEX_op_rem_i64:
        return emit_binop64(t, insn, WASM_OP_I64_REM_S);
    case INDEX_op_remu_i64:
        return emit_binop64(t, insn, WASM_OP_I64_REM_U);
    case INDEX_op_shl_i64:
        return emit_binop64(t, insn, WASM_OP_I64_SHL);
    case INDEX_op_shr_i64:
        return emit_binop64(t, insn, WASM_OP_I64_SHR_U);
    case INDEX_op_sar_i64:
        return emit_binop64(t, insn, WASM_OP_I64_SHR_S);
    case INDEX_op_rotl_i64:
        return emit_binop64(t, insn, WASM_OP_I64_ROTL);
    case INDEX_op_rotr_i64:
        return emit_binop64(t, insn, WASM_OP_I64_ROTR);

    case INDEX_op_clz_i32:
        return emit_count_zeros32(t, insn, WASM_OP_I32_CLZ);
    case INDEX_op_ctz_i32:
        return emit_count_zeros32(t, insn, WASM_OP_I32_CTZ);
    case INDEX_op_clz_i64:
        return emit_count_zeros64(t, insn, WASM_OP_I64_CLZ);
    case INDEX_op_ctz_i64:
        return emit_count_zeros64(t, insn, WASM_OP_I64_CTZ);
    case INDEX_op_ctpop_i32:
        tci_args_rr(insn, &r0, &r1);
        get_reg32(t, r1);
        wasm_emit(b, WASM_OP_I32_POPCNT);
        wasm_emit(b, WASM_OP_I64_EXTEND_I32_U);
        return set_reg(t, r0);
    case INDEX_op_ctpop_i64:
        return emit_unop64(t, insn, WASM_OP_I64_POPCNT);

    case INDEX_op_deposit_i32:
        return emit_deposit32(t, insn);
    case INDEX_op_deposit_i64:
        return emit_deposit64(t, insn);
    case INDEX_op_extract_i32:
        return emit_extract32(t, insn, WASM_OP_I32_SHR_U,
                              WASM_OP_I64_EXTEND_I32_U);
    case INDEX_op_sextract_i32:
        return emit_extract32(t, insn, WASM_OP_I32_SHR_S,
                              WASM_OP_I64_EXTEND_I32_S);
    case INDEX_op_extract_i64:
        return emit_extract64(t, insn, WASM_OP_I64_SHR_U);
    case INDEX_op_sextract_i64:
        return emit_extract64(t, insn, WASM_OP_I64_SHR_S);

    case INDEX_op_ext8s_i32:
    case INDEX_op_ext8s_i64:
        return emit_unop64(t, insn, WASM_OP_I64_EXTEND8_S);
    case INDEX_op_ext16s_i32:
    case INDEX_op_ext16s_i64:
        return emit_unop64(t, insn, WASM_OP_I64_EXTEND16_S);
    case INDEX_op_ext32s_i64:
    case INDEX_op_ext_i32_i64:
        return emit_unop64(t, insn, WASM_OP_I64_EXTEND32_S);
    case INDEX_op_ext8u_i32:
    case INDEX_op_ext8u_i64:
        return emit_and_const(t, insn, 0xff);
    case INDEX_op_ext16u_i32:
    case INDEX_op_ext16u_i64:
        return emit_and_const(t, insn, 0xffff);
    case INDEX_op_ext32u_i64:
    case INDEX_op_extu_i32_i64:
        return emit_and_const(t, insn, UINT32_MAX);
    case INDEX_op_bswap16_i32:
    case INDEX_op_bswap16_i64:
        return emit_bswap32(t, insn, 16);
    case INDEX_op_bswap32_i32:
    case INDEX_op_bswap32_i64:
        return emit_bswap32(t, insn, 32);
    case INDEX_op_bswap64_i64:
        tci_args_rr(insn, &r0, &r1);
        get_reg(t, r1);
        emit_bswap64(t);
        return set_reg(t, r0);

    case INDEX_op_add2_i32:
        return emit_op2_i32(t, insn, WASM_OP_I64_ADD);
    case INDEX_op_sub2_i32:
        return emit_op2_i32(t, insn, WASM_OP_I64_SUB);
    case INDEX_op_mulu2_i32:
        return emit_mul2_i32(t, insn, WASM_OP_I64_EXTEND_I32_U);
    case INDEX_op_muls2_i32:
        return emit_mul2_i32(t, insn, WASM_OP_I64_EXTEND_I32_S);
    case INDEX_op_add2_i64:
        return emit_add2_i64(t, insn);
    case INDEX_op_sub2_i64:
        return emit_sub2_i64(t, insn);
    case INDEX_op_mulu2_i64:
        return emit_mul2_i64(t, insn, emit_mulu128);
    case INDEX_op_muls2_i64:
        return emit_mul2_i64(t, insn, emit_muls128);

    case INDEX_op_exit_tb:
        /* The interpreter executes it and returns its value. */
        wasm_emit_i32_const(b, (uintptr_t)insn_ptr(t, ofs));
        wasm_emit(b, WASM_OP_RETURN);
        return true;
    case INDEX_op_goto_tb:
        return emit_goto_tb(t, ofs);
    case INDEX_op_goto_ptr:
        tci_args_r(insn, &r0);
        get_reg32(t, r0);
        emit_local(t, WASM_OP_LOCAL_TEE, L_P);
        wasm_emit(b, WASM_OP_I32_EQZ);
        emit_if(t);
        wasm_emit_i32_const(b, 0);
        wasm_emit(b, WASM_OP_RETURN);
        emit_end(t);
        emit_goto_p(t);
        return true;
    case INDEX_op_qemu_ld_i32:
    case INDEX_op_qemu_ld_i64:
        return emit_qemu_ld(t, ofs, insn);
    case INDEX_op_qemu_st_i32:
    case INDEX_op_qemu_st_i64:
        return emit_qemu_st(t, ofs, insn);
    case INDEX_op_mb:
        wasm_emit_atomic_fence(b);
        return true;
    default:
        return fail(t, "opcode without a translation");
    }
}

/*
 * Start at join point L_START, or, when entered again to finish a call
 * that switched coroutines, at that call's resume point: such a call
 * returned from the region, after which the runtime enters it again, which
 * is always this region's blocks (a region returns to the runtime to
 * leave).  Opens the blocks that a resume and a switch leave.
 */
static void emit_prologue(Translator *t)
{
    WasmBuf *b = t->b;

    emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2,
                  offsetof(TCGWasmContext, switching_addr));
    emit_local(t, WASM_OP_LOCAL_SET, L_SWITCHING);
    emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2,
                  offsetof(TCGWasmContext, tb_ptr_addr));
    emit_local(t, WASM_OP_LOCAL_SET, L_TB_PTR);
    emit_local(t, WASM_OP_LOCAL_GET, L_START);
    emit_local(t, WASM_OP_LOCAL_SET, L_RESUME);

    wasm_emit_block(b, WASM_OP_BLOCK, WASM_BLOCK_VOID);
    wasm_emit_block(b, WASM_OP_BLOCK, WASM_BLOCK_VOID);
    emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2,
                  offsetof(TCGWasmContext, resume_serial));
    wasm_emit_index(b, WASM_OP_BR_IF, 1);
}

/*
 * The resume points, after the region's loop: each restores the registers
 * saved when its call switched, calls again (which rewinds the helper),
 * and, unless that switched again, hands the registers to tier 1, which
 * goes on after the call (tcg_wasm_take_saved_state()).
 */
static bool emit_resume_points(Translator *t, unsigned *bad)
{
    WasmBuf *b = t->b;
    uint32_t n = t->resume_points->len;
    g_autofree uint32_t *depths = NULL;

    if (!n) {
        wasm_emit(b, WASM_OP_UNREACHABLE);
        return true;
    }
    depths = g_new(uint32_t, n);
    for (unsigned r = 0; r < TCG_WASM_NB_LOCAL_REGS; r++) {
        emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
        wasm_emit_mem(b, WASM_OP_I64_LOAD, 3,
                      offsetof(TCGWasmContext, saved_regs[r]));
        emit_local(t, WASM_OP_LOCAL_SET, L_REG0 + r);
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
    wasm_emit_i32_const(b, 0);
    wasm_emit_mem(b, WASM_OP_I32_STORE, 2,
                  offsetof(TCGWasmContext, resume_serial));
    for (uint32_t k = 0; k < n; k++) {
        wasm_emit_block(b, WASM_OP_BLOCK, WASM_BLOCK_VOID);
        depths[k] = k;
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
    wasm_emit_mem(b, WASM_OP_I32_LOAD, 2,
                  offsetof(TCGWasmContext, resume_point));
    wasm_emit_br_table(b, depths, n, n - 1);

    t->in_resume_point = true;
    for (uint32_t k = 0; k < n; k++) {
        const ResumePoint *rp = &g_array_index(t->resume_points,
                                               ResumePoint, k);

        wasm_emit(b, WASM_OP_END);
        t->bi = &t->bis[rp->block];
        t->code = (const uint32_t *)(t->bi->header + 1);
        t->resume_point = k;
        t->nest = 0;
        t->written = 0;
        if (!emit_insn(t, rp->ofs)) {
            t->in_resume_point = false;
            *bad = rp->block;
            return false;
        }
        emit_save_regs(t, t->written);
        emit_local(t, WASM_OP_LOCAL_GET, L_CTX);
        wasm_emit_i32_const(b, 1);
        wasm_emit_mem(b, WASM_OP_I32_STORE, 2,
                      offsetof(TCGWasmContext, saved_for_tier1));
        wasm_emit_i32_const(b, (uintptr_t)insn_ptr(t, rp->ofs + 1));
        wasm_emit(b, WASM_OP_RETURN);
    }
    t->in_resume_point = false;
    return true;
}

/* The segments of one block; false if it cannot be translated. */
static bool emit_block(Translator *t, const BlockInfo *bi)
{
    t->bi = bi;
    t->code = (const uint32_t *)(bi->header + 1);
    for (uint32_t ofs = find_first_bit(bi->reachable, bi->end);
         ofs < bi->end;
         ofs = find_next_bit(bi->reachable, bi->end, ofs + 1)) {
        if (test_bit(ofs, bi->joins)) {
            /* Close the block whose end starts this segment. */
            wasm_emit(t->b, WASM_OP_END);
            t->seg = join_of(t, ofs);
        }
        if (!emit_insn(t, ofs)) {
            return false;
        }
        assert(t->nest == 0);
    }
    return true;
}

/*
 * The region's body for the @n blocks of @bis; false, with the index of
 * the block that could not be translated in *@bad, if one cannot.
 */
static bool emit_region(Translator *t, const BlockInfo *bis, unsigned n,
                        unsigned *bad)
{
    WasmBuf *b = t->b;
    g_autofree uint32_t *depths = g_new(uint32_t, t->nr_joins);

    t->bis = bis;
    t->nr_blocks = n;
    g_array_set_size(t->resume_points, 0);
    emit_prologue(t);
    wasm_emit_block(b, WASM_OP_LOOP, WASM_BLOCK_VOID);
    for (uint32_t k = 0; k < t->nr_joins; k++) {
        wasm_emit_block(b, WASM_OP_BLOCK, WASM_BLOCK_VOID);
        depths[k] = k;
    }
    emit_local(t, WASM_OP_LOCAL_GET, L_RESUME);
    wasm_emit_br_table(b, depths, t->nr_joins, 0);

    t->seg = 0;
    t->nest = 0;
    for (unsigned i = 0; i < n; i++) {
        if (!emit_block(t, &bis[i])) {
            *bad = i;
            return false;
        }
    }
    wasm_emit(b, WASM_OP_END);          /* loop */
    wasm_emit(b, WASM_OP_UNREACHABLE);
    wasm_emit(b, WASM_OP_END);          /* a call switched coroutines */
    emit_save_regs(t, MAKE_64BIT_MASK(0, TCG_WASM_NB_LOCAL_REGS));
    emit_return_to_unwind(t);
    wasm_emit(b, WASM_OP_END);          /* resumed after a switch */
    return emit_resume_points(t, bad);
}

/*
 * Whether @h is a block waiting for tier 2, warm already (half way to its
 * threshold: a region should not pay for code that hardly runs), and not
 * in @r yet.
 */
static bool wants_compiling(TCGWasmTBHeader *h, const TCGWasmRegion *r)
{
    uint32_t countdown = qatomic_read(&h->countdown);

    if (h->insn != INDEX_op_wasm_tb_start || qatomic_read(&h->entry) ||
        !countdown || countdown > tcg_wasm_threshold / 2) {
        return false;
    }
    for (unsigned i = 0; i < r->n; i++) {
        if (r->headers[i] == h) {
            return false;
        }
    }
    return true;
}

/*
 * Add to @r the blocks @bi's block is chained to (its goto_tb jumps lead
 * to), as long as there is room: they are likely to run together, and a
 * jump within a region is a branch.
 */
static void add_successors(const BlockInfo *bi, TCGWasmRegion *r)
{
    const uint32_t *code = (const uint32_t *)(bi->header + 1);

    for (uint32_t ofs = find_first_bit(bi->reachable, bi->end);
         ofs < bi->end && r->n < TCG_WASM_BATCH_MAX;
         ofs = find_next_bit(bi->reachable, bi->end, ofs + 1)) {
        TCGReg r0;
        void *slot;
        uintptr_t target;

        if (opc_of(code[ofs]) != INDEX_op_goto_tb) {
            continue;
        }
        tci_args_rl(code[ofs], code + ofs + 1, &r0, &slot);
        target = qatomic_read((uintptr_t *)slot);
        if (target != (uintptr_t)(code + ofs + 1) &&
            wants_compiling((TCGWasmTBHeader *)target, r)) {
            r->headers[r->n++] = (TCGWasmTBHeader *)target;
        }
    }
}

/* The blocks of a region that can be translated, in their order. */
typedef struct RegionPlan {
    BlockInfo bis[TCG_WASM_BATCH_MAX];
    unsigned block_of[TCG_WASM_BATCH_MAX];  /* index in the TCGWasmRegion */
    unsigned nb;
} RegionPlan;

/*
 * Visit the blocks @bi's block is chained to, in @bis, depth first:
 * @order gets the blocks so that chained ones tend to follow each other,
 * and the jumps between them become forward branches.
 */
static void order_from(const BlockInfo *bis, unsigned nb, unsigned i,
                       bool *visited, unsigned *order, unsigned *k)
{
    const uint32_t *code = (const uint32_t *)(bis[i].header + 1);

    visited[i] = true;
    order[(*k)++] = i;
    for (uint32_t ofs = find_first_bit(bis[i].reachable, bis[i].end);
         ofs < bis[i].end;
         ofs = find_next_bit(bis[i].reachable, bis[i].end, ofs + 1)) {
        TCGReg r0;
        void *slot;
        unsigned j;

        if (opc_of(code[ofs]) != INDEX_op_goto_tb) {
            continue;
        }
        tci_args_rl(code[ofs], code + ofs + 1, &r0, &slot);
        j = block_index(bis, nb, qatomic_read((uintptr_t *)slot));
        if (j < nb && !visited[j]) {
            order_from(bis, nb, j, visited, order, k);
        }
    }
}

/* Number the join points of @p's blocks in their order; returns how many. */
static uint32_t number_joins(RegionPlan *p)
{
    uint32_t nr_joins = 0;

    for (unsigned i = 0; i < p->nb; i++) {
        p->bis[i].join_base = nr_joins;
        nr_joins += p->bis[i].nr_joins;
    }
    return nr_joins;
}

/* Put the blocks of @p in the order order_from() visits them. */
static void order_blocks(RegionPlan *p)
{
    g_autofree RegionPlan *copy = g_memdup2(p, sizeof(*p));
    bool visited[TCG_WASM_BATCH_MAX] = { false };
    unsigned order[TCG_WASM_BATCH_MAX];
    unsigned k = 0;

    for (unsigned i = 0; i < p->nb; i++) {
        if (!visited[i]) {
            order_from(copy->bis, p->nb, i, visited, order, &k);
        }
    }
    for (unsigned i = 0; i < p->nb; i++) {
        p->bis[i] = copy->bis[order[i]];
        p->block_of[i] = copy->block_of[order[i]];
    }
}

static void block_info_free(BlockInfo *bi)
{
    g_free(bi->reachable);
    g_free(bi->joins);
    g_free(bi->join_index);
}

/*
 * Analysis: find the control flow of @r's blocks, taking in those they
 * are chained to, and put in @p, in order, those that can be translated.
 * Returns how many.
 */
static unsigned analyse_region(Translator *t, TCGWasmRegion *r,
                               RegionPlan *p)
{
    for (unsigned i = 0; i < r->n; i++) {
        BlockInfo *bi = &p->bis[p->nb];

        bi->header = r->headers[i];
        bi->reachable = bitmap_new(MAX_WORDS);
        bi->joins = bitmap_new(MAX_WORDS);
        if (!discover(t, bi) ||
            t->nr_joins + bi->nr_joins > (1u << TCG_WASM_UNIT_JOIN_BITS)) {
            r->why = t->why ?: "region too large";
            t->why = NULL;
            block_info_free(bi);
            memset(bi, 0, sizeof(*bi));
            continue;
        }
        t->nr_joins += bi->nr_joins;
        p->block_of[p->nb++] = i;
        add_successors(bi, r);
    }
    order_blocks(p);
    t->nr_joins = number_joins(p);
    return p->nb;
}

/*
 * Emission, first the region's body: a block that cannot be translated
 * leaves @p, and the others start over.  Returns how many are left.
 */
static unsigned emit_plan(Translator *t, RegionPlan *p, TCGWasmRegion *r)
{
    unsigned bad;

    while (p->nb) {
        wasm_buf_reset(t->b);
        if (emit_region(t, p->bis, p->nb, &bad)) {
            break;
        }
        r->why = t->why;
        t->why = NULL;
        block_info_free(&p->bis[bad]);
        memmove(&p->bis[bad], &p->bis[bad + 1],
                (p->nb - bad - 1) * sizeof(p->bis[0]));
        memmove(&p->block_of[bad], &p->block_of[bad + 1],
                (p->nb - bad - 1) * sizeof(p->block_of[0]));
        p->nb--;
        t->nr_joins = number_joins(p);
    }
    return p->nb;
}

/*
 * Then the module around the body: the region's function, one entry
 * for each block of @p, exported under its index in @r, whose unit it
 * gets.
 */
static void emit_module(Translator *t, const RegionPlan *p,
                        TCGWasmRegion *r, WasmBuf *out)
{
    static const WasmValType params[3] = {
        WASM_TYPE_I32, WASM_TYPE_I32, WASM_TYPE_I32
    };
    static const WasmValType result = WASM_TYPE_I32;
    uint32_t entry_type = wasm_module_type(t->m, params, 2, &result, 1);
    uint32_t region_type = wasm_module_type(t->m, params, 3, &result, 1);
    WasmLocals locals;
    uint32_t region;

    /* All imports are known: functions are numbered from here on. */
    region = wasm_module_add_func(t->m, region_type);
    for (unsigned i = 0; i < p->nb; i++) {
        char name[16];

        snprintf(name, sizeof(name), "e%u", p->block_of[i]);
        wasm_module_export_func(t->m, name,
                                wasm_module_add_func(t->m, entry_type));
        r->units[p->block_of[i]] = t->serial << TCG_WASM_UNIT_JOIN_BITS |
                                   p->bis[i].join_base;
    }
    wasm_locals_init(&locals, 3);
    for (unsigned l = 3; l < L_COUNT; l++) {
        bool is_i32 = l == L_RESUME || l == L_SWITCHING ||
                      l == L_TB_PTR || l == L_P || l == L_E;

        wasm_locals_add(&locals, is_i32 ? WASM_TYPE_I32 : WASM_TYPE_I64);
    }
    wasm_module_add_body(t->m, &locals, t->b);
    wasm_locals_free(&locals);
    /* Block i's entry: the region at its first join point. */
    for (unsigned i = 0; i < p->nb; i++) {
        wasm_buf_reset(t->b);
        wasm_emit_index(t->b, WASM_OP_LOCAL_GET, L_ENV);
        wasm_emit_index(t->b, WASM_OP_LOCAL_GET, L_CTX);
        wasm_emit_i32_const(t->b, p->bis[i].join_base);
        wasm_emit_index(t->b, WASM_OP_RETURN_CALL, region);
        wasm_module_add_body(t->m, NULL, t->b);
    }
    wasm_module_finish(t->m, out);
}

unsigned tcg_wasm_translate(TCGWasmRegion *r, uint32_t serial, WasmBuf *out)
{
    g_autofree RegionPlan *p = g_new0(RegionPlan, 1);
    g_autoptr(GArray) resume_points = g_array_new(false, false,
                                                  sizeof(ResumePoint));
    WasmModule m;
    WasmBuf body;
    Translator t = { .m = &m, .b = &body, .serial = serial,
                     .helpers = r->helpers, .resume_points = resume_points };
    unsigned nb;

    assert(serial && serial < (1u << (32 - TCG_WASM_UNIT_JOIN_BITS)));
    assert(r->n <= TCG_WASM_BATCH_MAX);
    memset(r->units, 0, sizeof(r->units));
    r->why = NULL;
    wasm_module_init(&m);
    wasm_buf_init(&body);
    wasm_module_import_shared_memory(&m, "q", "m", 1, 65536);

    nb = analyse_region(&t, r, p);
    if (nb) {
        nb = emit_plan(&t, p, r);
    }
    if (nb) {
        emit_module(&t, p, r, out);
    }
    for (unsigned i = 0; i < nb; i++) {
        block_info_free(&p->bis[i]);
    }
    r->nr_helpers = t.nr_helpers;
    wasm_buf_free(&body);
    wasm_module_free(&m);
    return nb;
}
