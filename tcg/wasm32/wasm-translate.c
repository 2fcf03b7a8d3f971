/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * WebAssembly TCG backend, tier 2: translate the TCI bytecode of one
 * translation block into a WebAssembly module.
 *
 * The semantics of every opcode are those of tcg/tci.c, bit for bit,
 * including the high halves of 32-bit values, so that both tiers can be
 * compared.  See tcg/wasm32/DESIGN.md for the structure of the code.
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
#include <ffi.h>

/* Bounds of one block, in bytecode words and join points. */
#define MAX_WORDS       (64 * KiB / 4)
#define MAX_JOINS       1024

/* Local variables: the two parameters, then these. */
enum {
    L_ENV = 0,
    L_CTX = 1,
    L_REG0 = 2,                 /* R0-R13, i64 */
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

/*
 * What the blocks of one module share.  Modules import no table: V8 keeps
 * every instance that imports a table alive for as long as the table, and
 * updates all of them on each table.set().  Helpers are imported as
 * functions instead, and blocks of the module reach each other through its
 * dispatch function, whose index is only known once all imports are.
 */
typedef struct ModuleState {
    WasmModule *m;
    uint32_t entry_type;
    uint32_t dispatch_type;
    uint32_t unit_base;         /* unit of block 0 */
    uint32_t *helpers;          /* table index of each imported helper */
    uint32_t *helper_types;
    unsigned nr_helpers;
    GArray *dispatch_calls;     /* DispatchCall: indices to fill in */
} ModuleState;

typedef struct DispatchCall {
    WasmBuf *b;
    size_t ofs;
} DispatchCall;

/* A function index in @DISPATCH_INDEX_BYTES bytes: filled in at the end. */
#define DISPATCH_INDEX_BYTES 5

typedef struct Translator {
    const uint32_t *code;       /* first word after the header */
    uintptr_t header;
    uint32_t self;              /* this block's unit */
    ModuleState *ms;
    WasmModule *m;
    WasmBuf *b;
    uint32_t entry_type;
    const char *why;

    /* By word offset from @code. */
    unsigned long *reachable;
    unsigned long *joins;
    uint32_t end;               /* one past the last reachable word */

    uint32_t nr_joins;
    uint16_t *join_index;       /* word offset -> join point */
    uint32_t seg;               /* join point of the current segment */
    uint32_t nest;              /* blocks opened inside the segment */
} Translator;

static bool fail(Translator *t, const char *why)
{
    if (!t->why) {
        t->why = why;
    }
    return false;
}

static uint32_t opc_of(uint32_t insn)
{
    return extract32(insn, 0, 8);
}

static unsigned reg_r(uint32_t insn, int pos)
{
    return extract32(insn, pos, 4);
}

/* Target of a label operand of the instruction at word @ofs. */
static intptr_t label_target(Translator *t, uint32_t ofs, uint32_t insn)
{
    return (intptr_t)(t->code + ofs + 1) + sextract32(insn, 12, 20);
}

/* The import index of helper @func of wasm type @type. */
static bool helper_index(Translator *t, uintptr_t func, uint32_t type,
                         uint32_t *index)
{
    ModuleState *ms = t->ms;
    char name[16];

    for (unsigned i = 0; i < ms->nr_helpers; i++) {
        if (ms->helpers[i] == func && ms->helper_types[i] == type) {
            *index = i;
            return true;
        }
    }
    if (ms->nr_helpers == TCG_WASM_MAX_HELPERS) {
        return fail(t, "too many helpers in one module");
    }
    snprintf(name, sizeof(name), "h%u", ms->nr_helpers);
    *index = wasm_module_import_func(t->m, "q", name, type);
    assert(*index == ms->nr_helpers);
    ms->helpers[ms->nr_helpers] = func;
    ms->helper_types[ms->nr_helpers++] = type;
    return true;
}

static bool emit_call_helper(Translator *t, uintptr_t func, uint32_t type)
{
    uint32_t index;

    if (!helper_index(t, func, type, &index)) {
        return false;
    }
    wasm_emit_call(t->b, index);
    return true;
}

/* With (env, ctx, unit) on the stack, tail-call that block of the module. */
static void emit_return_call_dispatch(Translator *t)
{
    DispatchCall call = { .b = t->b };

    wasm_buf_byte(t->b, WASM_OP_RETURN_CALL);
    call.ofs = t->b->len;
    for (unsigned i = 0; i < DISPATCH_INDEX_BYTES; i++) {
        wasm_buf_byte(t->b, 0);
    }
    g_array_append_val(t->ms->dispatch_calls, call);
}

static uintptr_t insn_addr(Translator *t, uint32_t ofs)
{
    return (uintptr_t)(t->code + ofs);
}

static bool word_of(Translator *t, intptr_t addr, uint32_t *ofs)
{
    intptr_t d = addr - (intptr_t)t->code;

    if (d < 0 || (d & 3) || d / 4 >= MAX_WORDS) {
        return false;
    }
    *ofs = d / 4;
    return true;
}

static bool is_resume_point(TCGOpcode opc)
{
    switch (opc) {
    case INDEX_op_call:
    case INDEX_op_qemu_ld_i32:
    case INDEX_op_qemu_ld_i64:
    case INDEX_op_qemu_st_i32:
    case INDEX_op_qemu_st_i64:
        return true;
    default:
        return false;
    }
}

/* Mark what runs from the block's start; find the join points. */
static bool discover(Translator *t)
{
    g_autofree uint32_t *stack = g_new(uint32_t, MAX_WORDS);
    uint32_t sp = 0;

    set_bit(0, t->joins);
    stack[sp++] = 0;
    while (sp) {
        uint32_t ofs = stack[--sp];

        while (!test_bit(ofs, t->reachable)) {
            uint32_t insn = t->code[ofs];
            TCGOpcode opc = opc_of(insn);
            uint32_t target;
            bool falls_through = true;

            set_bit(ofs, t->reachable);
            t->end = MAX(t->end, ofs + 1);
            if (is_resume_point(opc)) {
                set_bit(ofs, t->joins);
            }
            switch (opc) {
            case INDEX_op_br:
            case INDEX_op_brcond_i32:
            case INDEX_op_brcond_i64:
                if (!word_of(t, label_target(t, ofs, insn), &target)) {
                    return fail(t, "branch out of the block");
                }
                set_bit(target, t->joins);
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

    for (uint32_t ofs = find_first_bit(t->joins, t->end); ofs < t->end;
         ofs = find_next_bit(t->joins, t->end, ofs + 1)) {
        if (t->nr_joins == MAX_JOINS) {
            return fail(t, "too many join points");
        }
        t->join_index[ofs] = t->nr_joins++;
    }
    return true;
}

/*
 * Registers
 */

static void get_reg(Translator *t, unsigned r)
{
    if (r < TCG_WASM_NB_LOCAL_REGS) {
        wasm_emit_local_get(t->b, L_REG0 + r);
    } else {
        wasm_emit_local_get(t->b, r == TCG_AREG0 ? L_ENV : L_CTX);
        wasm_emit_i64_extend_i32_u(t->b);
    }
}

/* The low 32 bits of a register, as TCI's (uint32_t)regs[r]. */
static void get_reg32(Translator *t, unsigned r)
{
    if (r < TCG_WASM_NB_LOCAL_REGS) {
        wasm_emit_local_get(t->b, L_REG0 + r);
        wasm_emit_i32_wrap_i64(t->b);
    } else {
        wasm_emit_local_get(t->b, r == TCG_AREG0 ? L_ENV : L_CTX);
    }
}

static bool set_reg(Translator *t, unsigned r)
{
    if (r >= TCG_WASM_NB_LOCAL_REGS) {
        return fail(t, "write to env or the call stack register");
    }
    wasm_emit_local_set(t->b, L_REG0 + r);
    return true;
}

/*
 * Control flow
 */

static uint32_t depth_of_join(Translator *t, uint32_t k)
{
    return k - t->seg - 1 + t->nest;
}

static uint32_t depth_of_loop(Translator *t)
{
    return t->nr_joins - 1 - t->seg + t->nest;
}

/* Branch to the join point at word @target. */
static void emit_br(Translator *t, uint32_t target)
{
    uint32_t k = t->join_index[target];

    if (k > t->seg) {
        wasm_emit_br(t->b, depth_of_join(t, k));
    } else {
        wasm_emit_i32_const(t->b, k);
        wasm_emit_local_set(t->b, L_RESUME);
        wasm_emit_br(t->b, depth_of_loop(t));
    }
}

static void emit_if(Translator *t)
{
    wasm_emit_if(t->b, WASM_BLOCK_VOID);
    t->nest++;
}

static void emit_end(Translator *t)
{
    wasm_emit_end(t->b);
    t->nest--;
}

/*
 * Leave for the block whose bytecode starts at L_P (not 0): loop if it is
 * this one, tail-call it if it is in this module, else return its address
 * to the interpreter, which enters or interprets it.
 */
static void emit_goto_p(Translator *t)
{
    WasmBuf *b = t->b;

    wasm_emit_local_get(b, L_P);
    wasm_emit_i32_const(b, t->header);
    wasm_emit_i32_eq(b);
    emit_if(t);
    emit_br(t, 0);
    emit_end(t);

    wasm_emit_local_get(b, L_P);
    wasm_emit_i32_load(b, 2, offsetof(TCGWasmTBHeader, unit));
    wasm_emit_local_tee(b, L_E);
    wasm_emit_i32_const(b, ~(TCG_WASM_BATCH_MAX - 1));
    wasm_emit_i32_and(b);
    wasm_emit_i32_const(b, t->ms->unit_base);
    wasm_emit_i32_eq(b);
    emit_if(t);
    wasm_emit_local_get(b, L_ENV);
    wasm_emit_local_get(b, L_CTX);
    wasm_emit_local_get(b, L_E);
    emit_return_call_dispatch(t);
    emit_end(t);
    wasm_emit_local_get(b, L_P);
    wasm_emit_return(b);
}

/*
 * After a call that may have started a coroutine switch: if it did, save
 * the registers, note where to resume, and return to unwind.
 */
static void emit_switch_check(Translator *t, uint32_t ofs)
{
    WasmBuf *b = t->b;

    wasm_emit_local_get(b, L_SWITCHING);
    wasm_emit_i32_load8_u(b, 0, 0);
    emit_if(t);
    for (unsigned r = 0; r < TCG_WASM_NB_LOCAL_REGS; r++) {
        wasm_emit_local_get(b, L_CTX);
        wasm_emit_local_get(b, L_REG0 + r);
        wasm_emit_i64_store(b, 3, offsetof(TCGWasmContext, saved_regs[r]));
    }
    wasm_emit_local_get(b, L_CTX);
    wasm_emit_i32_const(b, t->join_index[ofs]);
    wasm_emit_i32_store(b, 2, offsetof(TCGWasmContext, resume_point));
    wasm_emit_local_get(b, L_CTX);
    wasm_emit_i32_const(b, t->self);
    wasm_emit_i32_store(b, 2, offsetof(TCGWasmContext, resume_entry));
    wasm_emit_i32_const(b, 0);
    wasm_emit_return(b);
    emit_end(t);
}

/*
 * Operations
 */

/* Host address of a load or store: (void *)(regs[base] + ofs). */
static void emit_host_addr(Translator *t, unsigned base, int32_t ofs,
                           uint32_t *memarg_ofs)
{
    get_reg32(t, base);
    if (ofs < 0) {
        wasm_emit_i32_const(t->b, ofs);
        wasm_emit_i32_add(t->b);
        *memarg_ofs = 0;
    } else {
        *memarg_ofs = ofs;
    }
}

static bool emit_ld(Translator *t, uint32_t insn, uint8_t op)
{
    unsigned r0 = reg_r(insn, 8), r1 = reg_r(insn, 12);
    uint32_t mofs;

    emit_host_addr(t, r1, sextract32(insn, 16, 16), &mofs);
    wasm_buf_byte(t->b, op);
    wasm_buf_uleb32(t->b, 0);
    wasm_buf_uleb32(t->b, mofs);
    return set_reg(t, r0);
}

static bool emit_st(Translator *t, uint32_t insn, uint8_t op)
{
    unsigned r0 = reg_r(insn, 8), r1 = reg_r(insn, 12);
    uint32_t mofs;

    emit_host_addr(t, r1, sextract32(insn, 16, 16), &mofs);
    get_reg(t, r0);
    wasm_buf_byte(t->b, op);
    wasm_buf_uleb32(t->b, 0);
    wasm_buf_uleb32(t->b, mofs);
    return true;
}

/* r0 = r1 OP r2 on the whole 64-bit registers. */
static bool emit_binop64(Translator *t, uint32_t insn, uint8_t op,
                         bool invert_r2, bool invert_result)
{
    get_reg(t, reg_r(insn, 12));
    get_reg(t, reg_r(insn, 16));
    if (invert_r2) {
        wasm_emit_i64_const(t->b, -1);
        wasm_emit_i64_xor(t->b);
    }
    wasm_buf_byte(t->b, op);
    if (invert_result) {
        wasm_emit_i64_const(t->b, -1);
        wasm_emit_i64_xor(t->b);
    }
    return set_reg(t, reg_r(insn, 8));
}

/* r0 = (u)int32 result of (low halves of r1, r2) OP, extended. */
static bool emit_binop32(Translator *t, uint32_t insn, uint8_t op,
                         bool sign_extend)
{
    get_reg32(t, reg_r(insn, 12));
    get_reg32(t, reg_r(insn, 16));
    wasm_buf_byte(t->b, op);
    if (sign_extend) {
        wasm_emit_i64_extend_i32_s(t->b);
    } else {
        wasm_emit_i64_extend_i32_u(t->b);
    }
    return set_reg(t, reg_r(insn, 8));
}

/* Leaves the i32 truth of tci_compare32/64(a, b, cond). */
static bool emit_compare(Translator *t, unsigned ra, unsigned rb,
                         TCGCond cond, bool is64)
{
    static const uint8_t ops32[16] = {
        [TCG_COND_EQ] = WASM_OP_I32_EQ, [TCG_COND_NE] = WASM_OP_I32_NE,
        [TCG_COND_LT] = WASM_OP_I32_LT_S, [TCG_COND_GE] = WASM_OP_I32_GE_S,
        [TCG_COND_LE] = WASM_OP_I32_LE_S, [TCG_COND_GT] = WASM_OP_I32_GT_S,
        [TCG_COND_LTU] = WASM_OP_I32_LT_U, [TCG_COND_GEU] = WASM_OP_I32_GE_U,
        [TCG_COND_LEU] = WASM_OP_I32_LE_U, [TCG_COND_GTU] = WASM_OP_I32_GT_U,
    };
    static const uint8_t ops64[16] = {
        [TCG_COND_EQ] = WASM_OP_I64_EQ, [TCG_COND_NE] = WASM_OP_I64_NE,
        [TCG_COND_LT] = WASM_OP_I64_LT_S, [TCG_COND_GE] = WASM_OP_I64_GE_S,
        [TCG_COND_LE] = WASM_OP_I64_LE_S, [TCG_COND_GT] = WASM_OP_I64_GT_S,
        [TCG_COND_LTU] = WASM_OP_I64_LT_U, [TCG_COND_GEU] = WASM_OP_I64_GE_U,
        [TCG_COND_LEU] = WASM_OP_I64_LE_U, [TCG_COND_GTU] = WASM_OP_I64_GT_U,
    };

    if (is64) {
        get_reg(t, ra);
        get_reg(t, rb);
    } else {
        get_reg32(t, ra);
        get_reg32(t, rb);
    }
    switch (cond) {
    case TCG_COND_TSTEQ:
    case TCG_COND_TSTNE:
        wasm_buf_byte(t->b, is64 ? WASM_OP_I64_AND : WASM_OP_I32_AND);
        wasm_buf_byte(t->b, is64 ? WASM_OP_I64_EQZ : WASM_OP_I32_EQZ);
        if (cond == TCG_COND_TSTNE) {
            wasm_emit_i32_eqz(t->b);
        }
        return true;
    default:
        if ((unsigned)cond >= 16 || !ops32[cond]) {
            return fail(t, "unknown condition");
        }
        wasm_buf_byte(t->b, is64 ? ops64[cond] : ops32[cond]);
        return true;
    }
}

/* clz/ctz: r0 = r1 ? OP(r1) : r2. */
static bool emit_count_zeros(Translator *t, uint32_t insn, bool is64,
                             uint8_t op)
{
    unsigned r1 = reg_r(insn, 12);

    if (is64) {
        get_reg(t, r1);
        wasm_buf_byte(t->b, op);
        get_reg(t, reg_r(insn, 16));
        get_reg(t, r1);
        wasm_emit_i64_eqz(t->b);
        wasm_emit_i32_eqz(t->b);
    } else {
        get_reg32(t, r1);
        wasm_buf_byte(t->b, op);
        wasm_emit_i64_extend_i32_u(t->b);
        get_reg(t, reg_r(insn, 16));
        get_reg32(t, r1);
    }
    wasm_emit_select(t->b);
    return set_reg(t, reg_r(insn, 8));
}

/* Bytes of the i32 on the stack reversed, through local L_E. */
static void emit_bswap32_i32(Translator *t)
{
    WasmBuf *b = t->b;

    wasm_emit_local_tee(b, L_E);
    wasm_emit_i32_const(b, 0x00ff00ff);
    wasm_emit_i32_and(b);
    wasm_emit_i32_const(b, 8);
    wasm_emit_i32_rotr(b);
    wasm_emit_local_get(b, L_E);
    wasm_emit_i32_const(b, 0xff00ff00);
    wasm_emit_i32_and(b);
    wasm_emit_i32_const(b, 8);
    wasm_emit_i32_rotl(b);
    wasm_emit_i32_or(b);
}

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
        wasm_emit_local_tee(b, L_T0);
        wasm_emit_i64_const(b, steps[i].shift);
        wasm_emit_i64_shr_u(b);
        wasm_emit_i64_const(b, steps[i].mask);
        wasm_emit_i64_and(b);
        wasm_emit_local_get(b, L_T0);
        wasm_emit_i64_const(b, steps[i].mask);
        wasm_emit_i64_and(b);
        wasm_emit_i64_const(b, steps[i].shift);
        wasm_emit_i64_shl(b);
        wasm_emit_i64_or(b);
    }
    wasm_emit_i64_const(b, 32);
    wasm_emit_i64_rotl(b);
}

/* deposit(r1, pos, len, r2) in 32 or 64 bits. */
static bool emit_deposit(Translator *t, uint32_t insn, bool is64)
{
    unsigned pos = extract32(insn, 20, 6), len = extract32(insn, 26, 6);
    WasmBuf *b = t->b;

    if (is64) {
        uint64_t mask = (len == 64 ? ~0ull : (1ull << len) - 1) << pos;

        get_reg(t, reg_r(insn, 12));
        wasm_emit_i64_const(b, ~mask);
        wasm_emit_i64_and(b);
        get_reg(t, reg_r(insn, 16));
        wasm_emit_i64_const(b, pos);
        wasm_emit_i64_shl(b);
        wasm_emit_i64_const(b, mask);
        wasm_emit_i64_and(b);
        wasm_emit_i64_or(b);
    } else {
        uint32_t mask = (len == 32 ? ~0u : (1u << len) - 1) << pos;

        get_reg32(t, reg_r(insn, 12));
        wasm_emit_i32_const(b, ~mask);
        wasm_emit_i32_and(b);
        get_reg32(t, reg_r(insn, 16));
        wasm_emit_i32_const(b, pos);
        wasm_emit_i32_shl(b);
        wasm_emit_i32_const(b, mask);
        wasm_emit_i32_and(b);
        wasm_emit_i32_or(b);
        wasm_emit_i64_extend_i32_u(b);
    }
    return set_reg(t, reg_r(insn, 8));
}

/* (s)extract(r1, pos, len) in 32 or 64 bits. */
static bool emit_extract(Translator *t, uint32_t insn, bool is64,
                         bool is_signed)
{
    unsigned pos = extract32(insn, 16, 6), len = extract32(insn, 22, 6);
    unsigned bits = is64 ? 64 : 32;
    WasmBuf *b = t->b;

    if (len == 0 || pos + len > bits) {
        return fail(t, "bad extract field");
    }
    if (is64) {
        get_reg(t, reg_r(insn, 12));
        wasm_emit_i64_const(b, bits - len - pos);
        wasm_emit_i64_shl(b);
        wasm_emit_i64_const(b, bits - len);
        if (is_signed) {
            wasm_emit_i64_shr_s(b);
        } else {
            wasm_emit_i64_shr_u(b);
        }
    } else {
        get_reg32(t, reg_r(insn, 12));
        wasm_emit_i32_const(b, bits - len - pos);
        wasm_emit_i32_shl(b);
        wasm_emit_i32_const(b, bits - len);
        if (is_signed) {
            wasm_emit_i32_shr_s(b);
            wasm_emit_i64_extend_i32_s(b);
        } else {
            wasm_emit_i32_shr_u(b);
            wasm_emit_i64_extend_i32_u(b);
        }
    }
    return set_reg(t, reg_r(insn, 8));
}

/* Zero-extended low 32 bits of register @r. */
static void get_reg_lo(Translator *t, unsigned r)
{
    get_reg32(t, r);
    wasm_emit_i64_extend_i32_u(t->b);
}

/* ((uint64_t)r_hi << 32) + (uint32_t)r_lo, as tci_uint64(). */
static void get_pair(Translator *t, unsigned r_hi, unsigned r_lo)
{
    get_reg_lo(t, r_hi);
    wasm_emit_i64_const(t->b, 32);
    wasm_emit_i64_shl(t->b);
    get_reg_lo(t, r_lo);
    wasm_emit_i64_or(t->b);
}

/* tci_write_reg64(regs, r_hi, r_lo, L_T0). */
static bool set_pair_from_t0(Translator *t, unsigned r_hi, unsigned r_lo)
{
    WasmBuf *b = t->b;

    wasm_emit_local_get(b, L_T0);
    wasm_emit_i64_const(b, UINT32_MAX);
    wasm_emit_i64_and(b);
    if (!set_reg(t, r_lo)) {
        return false;
    }
    wasm_emit_local_get(b, L_T0);
    wasm_emit_i64_const(b, 32);
    wasm_emit_i64_shr_u(b);
    return set_reg(t, r_hi);
}

/*
 * 64 x 64 -> 128 multiplication of L_T0 and L_T1 from 32-bit partial
 * products: low half to L_T2, high half to L_T3.
 */
static void emit_mul128(Translator *t, bool is_signed)
{
    WasmBuf *b = t->b;
    /* Partial products al*bl, al*bh, ah*bl with their carries. */
#define HALF(local, hi)                               \
    do {                                              \
        wasm_emit_local_get(b, local);                \
        if (hi) {                                     \
            wasm_emit_i64_const(b, 32);               \
            wasm_emit_i64_shr_u(b);                   \
        } else {                                      \
            wasm_emit_i64_const(b, UINT32_MAX);       \
            wasm_emit_i64_and(b);                     \
        }                                             \
    } while (0)

    /* L_T2 = al * bl */
    HALF(L_T0, false);
    HALF(L_T1, false);
    wasm_emit_i64_mul(b);
    wasm_emit_local_set(b, L_T2);
    /* L_T3 = mid = (al*bl >> 32) + lo(al*bh) + lo(ah*bl) */
    wasm_emit_local_get(b, L_T2);
    wasm_emit_i64_const(b, 32);
    wasm_emit_i64_shr_u(b);
    HALF(L_T0, false);
    HALF(L_T1, true);
    wasm_emit_i64_mul(b);
    wasm_emit_i64_const(b, UINT32_MAX);
    wasm_emit_i64_and(b);
    wasm_emit_i64_add(b);
    HALF(L_T0, true);
    HALF(L_T1, false);
    wasm_emit_i64_mul(b);
    wasm_emit_i64_const(b, UINT32_MAX);
    wasm_emit_i64_and(b);
    wasm_emit_i64_add(b);
    wasm_emit_local_set(b, L_T3);
    /* low = lo(al*bl) | mid << 32 */
    wasm_emit_local_get(b, L_T2);
    wasm_emit_i64_const(b, UINT32_MAX);
    wasm_emit_i64_and(b);
    wasm_emit_local_get(b, L_T3);
    wasm_emit_i64_const(b, 32);
    wasm_emit_i64_shl(b);
    wasm_emit_i64_or(b);
    /* high = ah*bh + hi(al*bh) + hi(ah*bl) + hi(mid) */
    HALF(L_T0, true);
    HALF(L_T1, true);
    wasm_emit_i64_mul(b);
    HALF(L_T0, false);
    HALF(L_T1, true);
    wasm_emit_i64_mul(b);
    wasm_emit_i64_const(b, 32);
    wasm_emit_i64_shr_u(b);
    wasm_emit_i64_add(b);
    HALF(L_T0, true);
    HALF(L_T1, false);
    wasm_emit_i64_mul(b);
    wasm_emit_i64_const(b, 32);
    wasm_emit_i64_shr_u(b);
    wasm_emit_i64_add(b);
    wasm_emit_local_get(b, L_T3);
    wasm_emit_i64_const(b, 32);
    wasm_emit_i64_shr_u(b);
    wasm_emit_i64_add(b);
#undef HALF
    if (is_signed) {
        /* high -= (a < 0 ? b : 0) + (b < 0 ? a : 0) */
        wasm_emit_local_get(b, L_T1);
        wasm_emit_local_get(b, L_T0);
        wasm_emit_i64_const(b, 63);
        wasm_emit_i64_shr_s(b);
        wasm_emit_i64_and(b);
        wasm_emit_i64_sub(b);
        wasm_emit_local_get(b, L_T0);
        wasm_emit_local_get(b, L_T1);
        wasm_emit_i64_const(b, 63);
        wasm_emit_i64_shr_s(b);
        wasm_emit_i64_and(b);
        wasm_emit_i64_sub(b);
    }
    wasm_emit_local_set(b, L_T3);
    wasm_emit_local_set(b, L_T2);
}

/* A wasm value type for an ffi argument or result of @size bytes. */
static bool ffi_wasm_type(Translator *t, size_t size, uint8_t *type)
{
    switch (size) {
    case 4:
        *type = WASM_TYPE_I32;
        return true;
    case 8:
        *type = WASM_TYPE_I64;
        return true;
    default:
        return fail(t, "helper argument or result of unsupported size");
    }
}

/* Store the return address that GETPC() gives helpers: after the insn. */
static void emit_set_tb_ptr(Translator *t, uint32_t ofs)
{
    wasm_emit_local_get(t->b, L_TB_PTR);
    wasm_emit_i32_const(t->b, insn_addr(t, ofs + 1));
    wasm_emit_i32_store(t->b, 2, 0);
}

static bool emit_call(Translator *t, uint32_t ofs, uint32_t insn)
{
    const tcg_target_ulong *pool =
        (const tcg_target_ulong *)label_target(t, ofs, insn);
    uintptr_t func = pool[0];
    const ffi_cif *cif = (const ffi_cif *)(uintptr_t)pool[1];
    uint8_t params[MAX_CALL_IARGS], result;
    uint32_t nr_results = 0, slot = 0;
    WasmBuf *b = t->b;

    if (cif->nargs > MAX_CALL_IARGS) {
        return fail(t, "too many helper arguments");
    }
    emit_set_tb_ptr(t, ofs);
    for (unsigned i = 0; i < cif->nargs; i++) {
        if (!ffi_wasm_type(t, cif->arg_types[i]->size, &params[i])) {
            return false;
        }
        wasm_emit_local_get(b, L_CTX);
        if (params[i] == WASM_TYPE_I32) {
            wasm_emit_i32_load(b, 2, slot * 8);
        } else {
            wasm_emit_i64_load(b, 3, slot * 8);
        }
        slot++;
    }
    if (cif->rtype->type != FFI_TYPE_VOID) {
        if (!ffi_wasm_type(t, cif->rtype->size, &result)) {
            return false;
        }
        nr_results = 1;
    }
    if (!emit_call_helper(t, func, wasm_module_type(t->m, params, cif->nargs,
                                                    &result, nr_results))) {
        return false;
    }
    if (nr_results) {
        if (result == WASM_TYPE_I32) {
            wasm_emit_i64_extend_i32_u(b);
        }
        wasm_emit_local_set(b, L_REG0 + TCG_REG_R0);
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
    TCGContext *s = tcg_ctx;
    MemOp mop = get_memop(oi);
    unsigned a_bits = memop_alignment_bits(mop);
    unsigned s_bits = mop & MO_SIZE;
    uint64_t a_mask = (1ull << a_bits) - 1;
    uint64_t s_mask = (1ull << s_bits) - 1;
    int fast_ofs = offsetof(CPUNegativeOffsetState, tlb.f[get_mmuidx(oi)]) -
                   sizeof(CPUNegativeOffsetState);
    WasmBuf *b = t->b;

    if ((mop & MO_BSWAP) || s->addr_type != TCG_TYPE_I64 || a_bits > s_bits) {
        return false;
    }
    /* entry = table + ((addr >> (page_bits - entry_bits)) & mask) */
    wasm_emit_local_get(b, L_T0);
    wasm_emit_i64_const(b, s->page_bits - CPU_TLB_ENTRY_BITS);
    wasm_emit_i64_shr_u(b);
    wasm_emit_i32_wrap_i64(b);
    wasm_emit_local_get(b, L_ENV);
    wasm_emit_i32_const(b, fast_ofs);
    wasm_emit_i32_add(b);
    wasm_emit_local_tee(b, L_P);
    wasm_emit_i32_load(b, 2, offsetof(CPUTLBDescFast, mask));
    wasm_emit_i32_and(b);
    wasm_emit_local_get(b, L_P);
    wasm_emit_i32_load(b, 2, offsetof(CPUTLBDescFast, table));
    wasm_emit_i32_add(b);
    wasm_emit_local_tee(b, L_P);
    wasm_emit_i64_load(b, 3, cmp_ofs);
    /* The last byte's page, with alignment bits that must be clear. */
    wasm_emit_local_get(b, L_T0);
    if (s_mask > a_mask) {
        wasm_emit_i64_const(b, s_mask - a_mask);
        wasm_emit_i64_add(b);
    }
    wasm_emit_i64_const(b, (int64_t)s->page_mask | a_mask);
    wasm_emit_i64_and(b);
    wasm_emit_i64_eq(b);
    emit_if(t);
    wasm_emit_local_get(b, L_T0);
    wasm_emit_i32_wrap_i64(b);
    wasm_emit_local_get(b, L_P);
    wasm_emit_i32_load(b, 2, offsetof(CPUTLBEntry, addend));
    wasm_emit_i32_add(b);
    wasm_emit_local_set(b, L_P);
    return true;
}

static bool emit_qemu_ld(Translator *t, uint32_t ofs, uint32_t insn)
{
    MemOpIdx oi = extract32(insn, 16, 16);
    static const uint8_t params[4] = {
        WASM_TYPE_I32, WASM_TYPE_I64, WASM_TYPE_I32, WASM_TYPE_I32
    };
    static const uint8_t result = WASM_TYPE_I64;
    uintptr_t helper;
    uint8_t load;
    bool fast;
    WasmBuf *b = t->b;

    switch (get_memop(oi) & MO_SSIZE) {
    case MO_UB:
        helper = (uintptr_t)helper_ldub_mmu;
        load = WASM_OP_I64_LOAD8_U;
        break;
    case MO_SB:
        helper = (uintptr_t)helper_ldsb_mmu;
        load = WASM_OP_I64_LOAD8_S;
        break;
    case MO_UW:
        helper = (uintptr_t)helper_lduw_mmu;
        load = WASM_OP_I64_LOAD16_U;
        break;
    case MO_SW:
        helper = (uintptr_t)helper_ldsw_mmu;
        load = WASM_OP_I64_LOAD16_S;
        break;
    case MO_UL:
        helper = (uintptr_t)helper_ldul_mmu;
        load = WASM_OP_I64_LOAD32_U;
        break;
    case MO_SL:
        helper = (uintptr_t)helper_ldsl_mmu;
        load = WASM_OP_I64_LOAD32_S;
        break;
    case MO_UQ:
        helper = (uintptr_t)helper_ldq_mmu;
        load = WASM_OP_I64_LOAD;
        break;
    default:
        return fail(t, "unsupported load size");
    }
    get_reg(t, reg_r(insn, 12));
    wasm_emit_local_set(b, L_T0);
    fast = emit_tlb_lookup(t, oi, offsetof(CPUTLBEntry, addr_read));
    if (fast) {
        wasm_emit_local_get(b, L_P);
        wasm_buf_byte(b, load);
        wasm_buf_uleb32(b, 0);
        wasm_buf_uleb32(b, 0);
        if (!set_reg(t, reg_r(insn, 8))) {
            return false;
        }
        wasm_emit_else(b);
    }
    wasm_emit_local_get(b, L_ENV);
    wasm_emit_local_get(b, L_T0);
    wasm_emit_i32_const(b, oi);
    wasm_emit_i32_const(b, insn_addr(t, ofs + 1));
    if (!emit_call_helper(t, helper,
                          wasm_module_type(t->m, params, 4, &result, 1))) {
        return false;
    }
    if (!set_reg(t, reg_r(insn, 8))) {
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
    MemOpIdx oi = extract32(insn, 16, 16);
    uint8_t params[5] = {
        WASM_TYPE_I32, WASM_TYPE_I64, WASM_TYPE_I32, WASM_TYPE_I32,
        WASM_TYPE_I32
    };
    uintptr_t helper;
    uint8_t store;
    bool fast;
    WasmBuf *b = t->b;

    switch (get_memop(oi) & MO_SIZE) {
    case MO_8:
        helper = (uintptr_t)helper_stb_mmu;
        store = WASM_OP_I64_STORE8;
        break;
    case MO_16:
        helper = (uintptr_t)helper_stw_mmu;
        store = WASM_OP_I64_STORE16;
        break;
    case MO_32:
        helper = (uintptr_t)helper_stl_mmu;
        store = WASM_OP_I64_STORE32;
        break;
    case MO_64:
        helper = (uintptr_t)helper_stq_mmu;
        store = WASM_OP_I64_STORE;
        params[2] = WASM_TYPE_I64;
        break;
    default:
        return fail(t, "unsupported store size");
    }
    get_reg(t, reg_r(insn, 12));
    wasm_emit_local_set(b, L_T0);
    fast = emit_tlb_lookup(t, oi, offsetof(CPUTLBEntry, addr_write));
    if (fast) {
        wasm_emit_local_get(b, L_P);
        get_reg(t, reg_r(insn, 8));
        wasm_buf_byte(b, store);
        wasm_buf_uleb32(b, 0);
        wasm_buf_uleb32(b, 0);
        wasm_emit_else(b);
    }
    wasm_emit_local_get(b, L_ENV);
    wasm_emit_local_get(b, L_T0);
    if (params[2] == WASM_TYPE_I64) {
        get_reg(t, reg_r(insn, 8));
    } else {
        get_reg32(t, reg_r(insn, 8));
    }
    wasm_emit_i32_const(b, oi);
    wasm_emit_i32_const(b, insn_addr(t, ofs + 1));
    if (!emit_call_helper(t, helper,
                          wasm_module_type(t->m, params, 5, params, 0))) {
        return false;
    }
    emit_switch_check(t, ofs);
    if (fast) {
        emit_end(t);
    }
    return true;
}

static bool emit_insn(Translator *t, uint32_t ofs)
{
    uint32_t insn = t->code[ofs];
    TCGOpcode opc = opc_of(insn);
    unsigned r0 = reg_r(insn, 8), r1 = reg_r(insn, 12);
    WasmBuf *b = t->b;
    uint32_t target;

    switch (opc) {
    case INDEX_op_call:
        return emit_call(t, ofs, insn);
    case INDEX_op_br:
        word_of(t, label_target(t, ofs, insn), &target);
        emit_br(t, target);
        return true;
    case INDEX_op_brcond_i32:
    case INDEX_op_brcond_i64:
        word_of(t, label_target(t, ofs, insn), &target);
        if (opc == INDEX_op_brcond_i32) {
            get_reg32(t, r0);
        } else {
            get_reg(t, r0);
            wasm_emit_i64_eqz(b);
            wasm_emit_i32_eqz(b);
        }
        emit_if(t);
        emit_br(t, target);
        emit_end(t);
        return true;
    case INDEX_op_setcond_i32:
    case INDEX_op_setcond_i64:
        if (!emit_compare(t, r1, reg_r(insn, 16), extract32(insn, 20, 4),
                          opc == INDEX_op_setcond_i64)) {
            return false;
        }
        wasm_emit_i64_extend_i32_u(b);
        return set_reg(t, r0);
    case INDEX_op_movcond_i32:
    case INDEX_op_movcond_i64:
        get_reg(t, reg_r(insn, 20));
        get_reg(t, reg_r(insn, 24));
        if (!emit_compare(t, r1, reg_r(insn, 16), extract32(insn, 28, 4),
                          opc == INDEX_op_movcond_i64)) {
            return false;
        }
        wasm_emit_select(b);
        return set_reg(t, r0);
    case INDEX_op_mov_i32:
    case INDEX_op_mov_i64:
        get_reg(t, r1);
        return set_reg(t, r0);
    case INDEX_op_tci_movi:
        wasm_emit_i64_const(b, sextract32(insn, 12, 20));
        return set_reg(t, r0);
    case INDEX_op_tci_movl:
        wasm_emit_i64_const(b, *(const tcg_target_ulong *)
                            label_target(t, ofs, insn));
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
        return emit_binop64(t, insn, WASM_OP_I64_ADD, false, false);
    case INDEX_op_sub_i32:
    case INDEX_op_sub_i64:
        return emit_binop64(t, insn, WASM_OP_I64_SUB, false, false);
    case INDEX_op_mul_i32:
    case INDEX_op_mul_i64:
        return emit_binop64(t, insn, WASM_OP_I64_MUL, false, false);
    case INDEX_op_and_i32:
    case INDEX_op_and_i64:
        return emit_binop64(t, insn, WASM_OP_I64_AND, false, false);
    case INDEX_op_or_i32:
    case INDEX_op_or_i64:
        return emit_binop64(t, insn, WASM_OP_I64_OR, false, false);
    case INDEX_op_xor_i32:
    case INDEX_op_xor_i64:
        return emit_binop64(t, insn, WASM_OP_I64_XOR, false, false);
    case INDEX_op_andc_i32:
    case INDEX_op_andc_i64:
        return emit_binop64(t, insn, WASM_OP_I64_AND, true, false);
    case INDEX_op_orc_i32:
    case INDEX_op_orc_i64:
        return emit_binop64(t, insn, WASM_OP_I64_OR, true, false);
    case INDEX_op_eqv_i32:
    case INDEX_op_eqv_i64:
        return emit_binop64(t, insn, WASM_OP_I64_XOR, false, true);
    case INDEX_op_nand_i32:
    case INDEX_op_nand_i64:
        return emit_binop64(t, insn, WASM_OP_I64_AND, false, true);
    case INDEX_op_nor_i32:
    case INDEX_op_nor_i64:
        return emit_binop64(t, insn, WASM_OP_I64_OR, false, true);
    case INDEX_op_neg_i32:
    case INDEX_op_neg_i64:
        wasm_emit_i64_const(b, 0);
        get_reg(t, r1);
        wasm_emit_i64_sub(b);
        return set_reg(t, r0);
    case INDEX_op_not_i32:
    case INDEX_op_not_i64:
        get_reg(t, r1);
        wasm_emit_i64_const(b, -1);
        wasm_emit_i64_xor(b);
        return set_reg(t, r0);

    case INDEX_op_div_i32:
        return emit_binop32(t, insn, WASM_OP_I32_DIV_S, true);
    case INDEX_op_divu_i32:
        return emit_binop32(t, insn, WASM_OP_I32_DIV_U, false);
    case INDEX_op_rem_i32:
        return emit_binop32(t, insn, WASM_OP_I32_REM_S, true);
    case INDEX_op_remu_i32:
        return emit_binop32(t, insn, WASM_OP_I32_REM_U, false);
    case INDEX_op_shl_i32:
        return emit_binop32(t, insn, WASM_OP_I32_SHL, false);
    case INDEX_op_shr_i32:
        return emit_binop32(t, insn, WASM_OP_I32_SHR_U, false);
    case INDEX_op_sar_i32:
        return emit_binop32(t, insn, WASM_OP_I32_SHR_S, true);
    case INDEX_op_rotl_i32:
        return emit_binop32(t, insn, WASM_OP_I32_ROTL, false);
    case INDEX_op_rotr_i32:
        return emit_binop32(t, insn, WASM_OP_I32_ROTR, false);
    case INDEX_op_div_i64:
        return emit_binop64(t, insn, WASM_OP_I64_DIV_S, false, false);
    case INDEX_op_divu_i64:
        return emit_binop64(t, insn, WASM_OP_I64_DIV_U, false, false);
    case INDEX_op_rem_i64:
        return emit_binop64(t, insn, WASM_OP_I64_REM_S, false, false);
    case INDEX_op_remu_i64:
        return emit_binop64(t, insn, WASM_OP_I64_REM_U, false, false);
    case INDEX_op_shl_i64:
        return emit_binop64(t, insn, WASM_OP_I64_SHL, false, false);
    case INDEX_op_shr_i64:
        return emit_binop64(t, insn, WASM_OP_I64_SHR_U, false, false);
    case INDEX_op_sar_i64:
        return emit_binop64(t, insn, WASM_OP_I64_SHR_S, false, false);
    case INDEX_op_rotl_i64:
        return emit_binop64(t, insn, WASM_OP_I64_ROTL, false, false);
    case INDEX_op_rotr_i64:
        return emit_binop64(t, insn, WASM_OP_I64_ROTR, false, false);

    case INDEX_op_clz_i32:
        return emit_count_zeros(t, insn, false, WASM_OP_I32_CLZ);
    case INDEX_op_ctz_i32:
        return emit_count_zeros(t, insn, false, WASM_OP_I32_CTZ);
    case INDEX_op_clz_i64:
        return emit_count_zeros(t, insn, true, WASM_OP_I64_CLZ);
    case INDEX_op_ctz_i64:
        return emit_count_zeros(t, insn, true, WASM_OP_I64_CTZ);
    case INDEX_op_ctpop_i32:
        get_reg32(t, r1);
        wasm_emit_i32_popcnt(b);
        wasm_emit_i64_extend_i32_u(b);
        return set_reg(t, r0);
    case INDEX_op_ctpop_i64:
        get_reg(t, r1);
        wasm_emit_i64_popcnt(b);
        return set_reg(t, r0);

    case INDEX_op_deposit_i32:
        return emit_deposit(t, insn, false);
    case INDEX_op_deposit_i64:
        return emit_deposit(t, insn, true);
    case INDEX_op_extract_i32:
        return emit_extract(t, insn, false, false);
    case INDEX_op_sextract_i32:
        return emit_extract(t, insn, false, true);
    case INDEX_op_extract_i64:
        return emit_extract(t, insn, true, false);
    case INDEX_op_sextract_i64:
        return emit_extract(t, insn, true, true);

    case INDEX_op_ext8s_i32:
    case INDEX_op_ext8s_i64:
        get_reg(t, r1);
        wasm_emit_i64_extend8_s(b);
        return set_reg(t, r0);
    case INDEX_op_ext16s_i32:
    case INDEX_op_ext16s_i64:
        get_reg(t, r1);
        wasm_emit_i64_extend16_s(b);
        return set_reg(t, r0);
    case INDEX_op_ext32s_i64:
    case INDEX_op_ext_i32_i64:
        get_reg(t, r1);
        wasm_emit_i64_extend32_s(b);
        return set_reg(t, r0);
    case INDEX_op_ext8u_i32:
    case INDEX_op_ext8u_i64:
        get_reg(t, r1);
        wasm_emit_i64_const(b, 0xff);
        wasm_emit_i64_and(b);
        return set_reg(t, r0);
    case INDEX_op_ext16u_i32:
    case INDEX_op_ext16u_i64:
        get_reg(t, r1);
        wasm_emit_i64_const(b, 0xffff);
        wasm_emit_i64_and(b);
        return set_reg(t, r0);
    case INDEX_op_ext32u_i64:
    case INDEX_op_extu_i32_i64:
        get_reg_lo(t, r1);
        return set_reg(t, r0);
    case INDEX_op_bswap16_i32:
    case INDEX_op_bswap16_i64:
        get_reg32(t, r1);
        emit_bswap32_i32(t);
        wasm_emit_i32_const(b, 16);
        wasm_emit_i32_shr_u(b);
        wasm_emit_i64_extend_i32_u(b);
        return set_reg(t, r0);
    case INDEX_op_bswap32_i32:
    case INDEX_op_bswap32_i64:
        get_reg32(t, r1);
        emit_bswap32_i32(t);
        wasm_emit_i64_extend_i32_u(b);
        return set_reg(t, r0);
    case INDEX_op_bswap64_i64:
        get_reg(t, r1);
        emit_bswap64(t);
        return set_reg(t, r0);

    case INDEX_op_add2_i32:
    case INDEX_op_sub2_i32:
        get_pair(t, reg_r(insn, 20), reg_r(insn, 16));
        get_pair(t, reg_r(insn, 28), reg_r(insn, 24));
        if (opc == INDEX_op_add2_i32) {
            wasm_emit_i64_add(b);
        } else {
            wasm_emit_i64_sub(b);
        }
        wasm_emit_local_set(b, L_T0);
        return set_pair_from_t0(t, r1, r0);
    case INDEX_op_mulu2_i32:
    case INDEX_op_muls2_i32:
        if (opc == INDEX_op_mulu2_i32) {
            get_reg_lo(t, reg_r(insn, 16));
            get_reg_lo(t, reg_r(insn, 20));
        } else {
            get_reg(t, reg_r(insn, 16));
            wasm_emit_i64_extend32_s(b);
            get_reg(t, reg_r(insn, 20));
            wasm_emit_i64_extend32_s(b);
        }
        wasm_emit_i64_mul(b);
        wasm_emit_local_set(b, L_T0);
        return set_pair_from_t0(t, r1, r0);
    case INDEX_op_add2_i64:
    case INDEX_op_sub2_i64:
        /* T0 = r2 op r4; T1 = r3 op r5 op carry/borrow */
        get_reg(t, reg_r(insn, 16));
        get_reg(t, reg_r(insn, 24));
        wasm_buf_byte(b, opc == INDEX_op_add2_i64 ? WASM_OP_I64_ADD
                                                  : WASM_OP_I64_SUB);
        wasm_emit_local_set(b, L_T0);
        get_reg(t, reg_r(insn, 20));
        get_reg(t, reg_r(insn, 28));
        if (opc == INDEX_op_add2_i64) {
            wasm_emit_i64_add(b);
            wasm_emit_local_get(b, L_T0);
            get_reg(t, reg_r(insn, 16));
            wasm_emit_i64_lt_u(b);
            wasm_emit_i64_extend_i32_u(b);
            wasm_emit_i64_add(b);
        } else {
            wasm_emit_i64_sub(b);
            get_reg(t, reg_r(insn, 16));
            get_reg(t, reg_r(insn, 24));
            wasm_emit_i64_lt_u(b);
            wasm_emit_i64_extend_i32_u(b);
            wasm_emit_i64_sub(b);
        }
        wasm_emit_local_set(b, L_T1);
        wasm_emit_local_get(b, L_T0);
        if (!set_reg(t, r0)) {
            return false;
        }
        wasm_emit_local_get(b, L_T1);
        return set_reg(t, r1);
    case INDEX_op_mulu2_i64:
    case INDEX_op_muls2_i64:
        get_reg(t, reg_r(insn, 16));
        wasm_emit_local_set(b, L_T0);
        get_reg(t, reg_r(insn, 20));
        wasm_emit_local_set(b, L_T1);
        emit_mul128(t, opc == INDEX_op_muls2_i64);
        wasm_emit_local_get(b, L_T2);
        if (!set_reg(t, r0)) {
            return false;
        }
        wasm_emit_local_get(b, L_T3);
        return set_reg(t, r1);

    case INDEX_op_exit_tb:
        /* The interpreter executes it and returns its value. */
        wasm_emit_i32_const(b, insn_addr(t, ofs));
        wasm_emit_return(b);
        return true;
    case INDEX_op_goto_tb:
        /* tb->jmp_target_addr[n]: the reset point or the next block. */
        wasm_emit_i32_const(b, label_target(t, ofs, insn));
        wasm_emit_i32_load(b, 2, 0);
        wasm_emit_local_tee(b, L_P);
        wasm_emit_i32_const(b, insn_addr(t, ofs + 1));
        wasm_emit_i32_ne(b);
        emit_if(t);
        emit_goto_p(t);
        emit_end(t);
        return true;
    case INDEX_op_goto_ptr:
        get_reg32(t, r0);
        wasm_emit_local_tee(b, L_P);
        wasm_emit_i32_eqz(b);
        emit_if(t);
        wasm_emit_i32_const(b, 0);
        wasm_emit_return(b);
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

static void emit_prologue(Translator *t)
{
    WasmBuf *b = t->b;

    wasm_emit_local_get(b, L_CTX);
    wasm_emit_i32_load(b, 2, offsetof(TCGWasmContext, switching_addr));
    wasm_emit_local_set(b, L_SWITCHING);
    wasm_emit_local_get(b, L_CTX);
    wasm_emit_i32_load(b, 2, offsetof(TCGWasmContext, tb_ptr_addr));
    wasm_emit_local_set(b, L_TB_PTR);

    /* Entered again to finish a call that switched coroutines? */
    wasm_emit_local_get(b, L_CTX);
    wasm_emit_i32_load(b, 2, offsetof(TCGWasmContext, resume_entry));
    wasm_emit_local_tee(b, L_E);
    wasm_emit_if(b, WASM_BLOCK_VOID);
    wasm_emit_local_get(b, L_E);
    wasm_emit_i32_const(b, t->self);
    wasm_emit_i32_ne(b);
    wasm_emit_if(b, WASM_BLOCK_VOID);
    /* The state is another block's, which this one tail-called. */
    wasm_emit_local_get(b, L_ENV);
    wasm_emit_local_get(b, L_CTX);
    wasm_emit_local_get(b, L_E);
    emit_return_call_dispatch(t);
    wasm_emit_end(b);
    for (unsigned r = 0; r < TCG_WASM_NB_LOCAL_REGS; r++) {
        wasm_emit_local_get(b, L_CTX);
        wasm_emit_i64_load(b, 3, offsetof(TCGWasmContext, saved_regs[r]));
        wasm_emit_local_set(b, L_REG0 + r);
    }
    wasm_emit_local_get(b, L_CTX);
    wasm_emit_i32_load(b, 2, offsetof(TCGWasmContext, resume_point));
    wasm_emit_local_set(b, L_RESUME);
    wasm_emit_local_get(b, L_CTX);
    wasm_emit_i32_const(b, 0);
    wasm_emit_i32_store(b, 2, offsetof(TCGWasmContext, resume_entry));
    wasm_emit_end(b);
}

static bool emit_body(Translator *t)
{
    WasmBuf *b = t->b;
    g_autofree uint32_t *depths = g_new(uint32_t, t->nr_joins);

    emit_prologue(t);
    wasm_emit_loop(b, WASM_BLOCK_VOID);
    for (uint32_t k = 0; k < t->nr_joins; k++) {
        wasm_emit_block(b, WASM_BLOCK_VOID);
        depths[k] = k;
    }
    wasm_emit_local_get(b, L_RESUME);
    wasm_emit_br_table(b, depths, t->nr_joins, 0);

    t->seg = 0;
    t->nest = 0;
    for (uint32_t ofs = find_first_bit(t->reachable, t->end); ofs < t->end;
         ofs = find_next_bit(t->reachable, t->end, ofs + 1)) {
        if (test_bit(ofs, t->joins)) {
            /* Close the block whose end starts this segment. */
            wasm_emit_end(b);
            t->seg = t->join_index[ofs];
        }
        if (!emit_insn(t, ofs)) {
            return false;
        }
        assert(t->nest == 0);
    }
    wasm_emit_end(b);           /* loop */
    wasm_emit_unreachable(b);
    return !b->failed;
}

/* Translate one block into @body; false if it has to stay in tier 1. */
static bool translate_block(ModuleState *ms, const TCGWasmTBHeader *header,
                            uint32_t self, WasmBuf *body, const char **why)
{
    g_autofree unsigned long *reachable = bitmap_new(MAX_WORDS);
    g_autofree unsigned long *joins = bitmap_new(MAX_WORDS);
    g_autofree uint16_t *join_index = g_new0(uint16_t, MAX_WORDS);
    Translator t = {
        .code = (const uint32_t *)(header + 1),
        .header = (uintptr_t)header,
        .self = self,
        .ms = ms,
        .m = ms->m,
        .b = body,
        .entry_type = ms->entry_type,
        .reachable = reachable,
        .joins = joins,
        .join_index = join_index,
    };
    guint nr_calls = ms->dispatch_calls->len;
    bool ok = discover(&t) && emit_body(&t);

    if (!ok) {
        /* Its imports stay, unused; its calls to fill in go with it. */
        g_array_set_size(ms->dispatch_calls, nr_calls);
    }
    *why = t.why;
    return ok;
}

/*
 * (env, ctx, unit) -> tail call of the block @unit of the module; a unit
 * of a block that was not compiled never reaches here.
 */
static void emit_dispatch(const uint32_t *funcs, const bool *compiled,
                          unsigned n, WasmBuf *b)
{
    uint32_t depths[TCG_WASM_BATCH_MAX];

    wasm_emit_block(b, WASM_BLOCK_VOID);           /* the default */
    for (unsigned i = 0; i < n; i++) {
        wasm_emit_block(b, WASM_BLOCK_VOID);
        depths[i] = i;
    }
    wasm_emit_local_get(b, 2);
    wasm_emit_i32_const(b, TCG_WASM_BATCH_MAX - 1);
    wasm_emit_i32_and(b);
    wasm_emit_br_table(b, depths, n, n);
    for (unsigned i = 0; i < n; i++) {
        wasm_emit_end(b);
        if (compiled[i]) {
            wasm_emit_local_get(b, 0);
            wasm_emit_local_get(b, 1);
            wasm_emit_return_call(b, funcs[i]);
        } else {
            wasm_emit_unreachable(b);
        }
    }
    wasm_emit_end(b);
    wasm_emit_unreachable(b);
}

/* Write @index, a function index, in the bytes reserved for it. */
static void fill_dispatch_call(const DispatchCall *call, uint32_t index)
{
    uint8_t *p = call->b->data + call->ofs;

    for (unsigned i = 0; i < DISPATCH_INDEX_BYTES; i++) {
        p[i] = (index & 0x7f) | (i + 1 < DISPATCH_INDEX_BYTES ? 0x80 : 0);
        index >>= 7;
    }
}

unsigned tcg_wasm_translate(TCGWasmTBHeader *const *headers, unsigned n,
                            uint32_t unit_base, bool *compiled,
                            uint32_t *helpers, unsigned *nr_helpers,
                            WasmBuf *out, const char **why)
{
    static const uint8_t entry_params[3] = {
        WASM_TYPE_I32, WASM_TYPE_I32, WASM_TYPE_I32
    };
    static const uint8_t entry_result = WASM_TYPE_I32;
    g_autofree WasmBuf *bodies = g_new0(WasmBuf, n);
    uint32_t helper_types[TCG_WASM_MAX_HELPERS];
    uint32_t funcs[TCG_WASM_BATCH_MAX];
    WasmModule m;
    WasmLocals locals, dispatch_locals;
    WasmBuf dispatch_body;
    ModuleState ms = {
        .m = &m,
        .unit_base = unit_base,
        .helpers = helpers,
        .helper_types = helper_types,
        .dispatch_calls = g_array_new(false, false, sizeof(DispatchCall)),
    };
    unsigned nr_compiled = 0;
    uint32_t dispatch;

    assert(n <= TCG_WASM_BATCH_MAX);
    *why = NULL;
    wasm_module_init(&m);
    wasm_locals_init(&locals, 2);
    for (unsigned i = 2; i < L_COUNT; i++) {
        bool is_i32 = i == L_RESUME || i == L_SWITCHING || i == L_TB_PTR ||
                      i == L_P || i == L_E;

        wasm_locals_add(&locals, is_i32 ? WASM_TYPE_I32 : WASM_TYPE_I64);
    }
    wasm_locals_init(&dispatch_locals, 3);
    ms.entry_type = wasm_module_type(&m, entry_params, 2, &entry_result, 1);
    ms.dispatch_type = wasm_module_type(&m, entry_params, 3, &entry_result, 1);
    wasm_module_import_memory(&m, "q", "m", 1, true, 65536, true);

    for (unsigned i = 0; i < n; i++) {
        const char *block_why;

        wasm_buf_init(&bodies[i]);
        compiled[i] = translate_block(&ms, headers[i], unit_base | i,
                                      &bodies[i], &block_why);
        if (!compiled[i]) {
            *why = block_why;
        }
    }

    /* All imports are known: functions are numbered from here on. */
    for (unsigned i = 0; i < n; i++) {
        if (compiled[i]) {
            char name[16];

            funcs[i] = wasm_module_add_func(&m, ms.entry_type);
            snprintf(name, sizeof(name), "e%u", i);
            wasm_module_export(&m, name, WASM_EXTERN_FUNC, funcs[i]);
            nr_compiled++;
        }
    }
    dispatch = wasm_module_add_func(&m, ms.dispatch_type);
    for (guint i = 0; i < ms.dispatch_calls->len; i++) {
        fill_dispatch_call(&g_array_index(ms.dispatch_calls, DispatchCall, i),
                           dispatch);
    }
    for (unsigned i = 0; i < n; i++) {
        if (compiled[i]) {
            wasm_module_add_body(&m, &locals, &bodies[i]);
        }
        wasm_buf_free(&bodies[i]);
    }
    wasm_buf_init(&dispatch_body);
    emit_dispatch(funcs, compiled, n, &dispatch_body);
    wasm_module_add_body(&m, &dispatch_locals, &dispatch_body);
    wasm_buf_free(&dispatch_body);

    if (nr_compiled && !wasm_module_finish(&m, out)) {
        *why = "out of memory";
        memset(compiled, 0, n * sizeof(bool));
        nr_compiled = 0;
    }
    *nr_helpers = ms.nr_helpers;
    g_array_free(ms.dispatch_calls, true);
    wasm_locals_free(&dispatch_locals);
    wasm_locals_free(&locals);
    wasm_module_free(&m);
    return nr_compiled;
}
