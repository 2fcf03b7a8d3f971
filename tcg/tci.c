/*
 * Tiny Code Interpreter for QEMU
 *
 * Copyright (c) 2009, 2011, 2016 Stefan Weil
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 2 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 */

#include "qemu/osdep.h"
#include "tcg/tcg.h"
#include "tcg/helper-info.h"
#include "tcg/tcg-ldst.h"
#include "disas/dis-asm.h"
#include "tcg-has.h"
#include "tcg/tcg-wasm.h"
#include "tci/tci-args.h"
#include "tci/tci-wasm.h"
#include "hw/core/cpu.h"
#include "exec/cpu-common.h"
#include <ffi.h>


/*
 * Enable TCI assertions only when debugging TCG (and without NDEBUG defined).
 * Without assertions, the interpreter runs much faster.
 */
#if defined(CONFIG_DEBUG_TCG)
# define tci_assert(cond) assert(cond)
#else
# define tci_assert(cond) ((void)(cond))
#endif

__thread uintptr_t tci_tb_ptr;

static void tci_write_reg64(tcg_target_ulong *regs, uint32_t high_index,
                            uint32_t low_index, uint64_t value)
{
    regs[low_index] = (uint32_t)value;
    regs[high_index] = value >> 32;
}

/* Create a 64 bit value from two 32 bit values. */
static uint64_t tci_uint64(uint32_t high, uint32_t low)
{
    return ((uint64_t)high << 32) + low;
}

#ifdef __wasm__
/*
 * libffi's WebAssembly port calls every function through JavaScript, and a
 * call through a function pointer of another type than the callee's traps.
 * Call helpers through a pointer of their exact WebAssembly type instead,
 * found from the ffi_cif (tci_wasm_kind()): at most TCI_WASM_CALL_MAX_ARGS
 * i32 or i64 arguments; other signatures go through libffi.
 */
#define TCI_WASM_CALL_MAX_ARGS 5
#endif

/* The interpreter's registers, call frame, and what its helper calls use. */
typedef struct TCIFrame {
    tcg_target_ulong regs[TCG_TARGET_NB_REGS];
    uint64_t stack[(TCG_STATIC_CALL_ARGS_SIZE + TCG_STATIC_FRAME_SIZE)
                   / sizeof(uint64_t)];
    void *call_slots[MAX_CALL_IARGS];
#ifdef __wasm__
    Int128 arg_copy[TCI_WASM_CALL_MAX_ARGS];    /* struct arguments */
#endif
#ifdef __EMSCRIPTEN__
    const uint32_t *redo;       /* the instruction to redo, or NULL */
#endif
} TCIFrame;

#ifdef __wasm__
/* Results: none, i32, i64; then the argument count and which are i64. */
#define TCI_WASM_SIG(ret, n, i64_args)  ((ret) | (n) << 2 | (i64_args) << 5)

#define TCI_WASM_ARG_0 uint32_t
#define TCI_WASM_ARG_1 uint64_t
#define TCI_WASM_RET_0 void
#define TCI_WASM_RET_1 uint32_t
#define TCI_WASM_RET_2 uint64_t

/* Make the call, keep its result in stack[0], and be true. */
#define TCI_WASM_KEEP_0(call) ((call), true)
#define TCI_WASM_KEEP_1(call) (stack[0] = (call), true)
#define TCI_WASM_KEEP_2(call) (stack[0] = (call), true)

#define TCI_WASM_FN(ret, ...) ((TCI_WASM_RET_##ret(*)(__VA_ARGS__))func)

/* The case of each signature with n arguments of types a, b, ... */
#define TCI_WASM_CALL0(ret)                                              \
    case TCI_WASM_SIG(ret, 0, 0):                                        \
        return TCI_WASM_KEEP_##ret(TCI_WASM_FN(ret, void)());
#define TCI_WASM_CALL1(ret, a)                                           \
    case TCI_WASM_SIG(ret, 1, a):                                        \
        return TCI_WASM_KEEP_##ret(TCI_WASM_FN(ret, TCI_WASM_ARG_##a)    \
                                   (arg[0]));
#define TCI_WASM_CALL2(ret, a, b)                                        \
    case TCI_WASM_SIG(ret, 2, a | b << 1):                               \
        return TCI_WASM_KEEP_##ret(TCI_WASM_FN(ret, TCI_WASM_ARG_##a,    \
                                               TCI_WASM_ARG_##b)         \
                                   (arg[0], arg[1]));
#define TCI_WASM_CALL3(ret, a, b, c)                                     \
    case TCI_WASM_SIG(ret, 3, a | b << 1 | c << 2):                      \
        return TCI_WASM_KEEP_##ret(TCI_WASM_FN(ret, TCI_WASM_ARG_##a,    \
                                               TCI_WASM_ARG_##b,         \
                                               TCI_WASM_ARG_##c)         \
                                   (arg[0], arg[1], arg[2]));
#define TCI_WASM_CALL4(ret, a, b, c, d)                                  \
    case TCI_WASM_SIG(ret, 4, a | b << 1 | c << 2 | d << 3):             \
        return TCI_WASM_KEEP_##ret(TCI_WASM_FN(ret, TCI_WASM_ARG_##a,    \
                                               TCI_WASM_ARG_##b,         \
                                               TCI_WASM_ARG_##c,         \
                                               TCI_WASM_ARG_##d)         \
                                   (arg[0], arg[1], arg[2], arg[3]));
#define TCI_WASM_CALL5(ret, a, b, c, d, e)                               \
    case TCI_WASM_SIG(ret, 5, a | b << 1 | c << 2 | d << 3 | e << 4):    \
        return TCI_WASM_KEEP_##ret(TCI_WASM_FN(ret, TCI_WASM_ARG_##a,    \
                                               TCI_WASM_ARG_##b,         \
                                               TCI_WASM_ARG_##c,         \
                                               TCI_WASM_ARG_##d,         \
                                               TCI_WASM_ARG_##e)         \
                                   (arg[0], arg[1], arg[2], arg[3],      \
                                    arg[4]));

/* X(prefix..., t1, ..., tn) for every choice of the n types (0 or 1). */
#define TCI_WASM_EACH0(X, ...) X(__VA_ARGS__)
#define TCI_WASM_EACH1(X, ...) \
    TCI_WASM_EACH0(X, __VA_ARGS__, 0) TCI_WASM_EACH0(X, __VA_ARGS__, 1)
#define TCI_WASM_EACH2(X, ...) \
    TCI_WASM_EACH1(X, __VA_ARGS__, 0) TCI_WASM_EACH1(X, __VA_ARGS__, 1)
#define TCI_WASM_EACH3(X, ...) \
    TCI_WASM_EACH2(X, __VA_ARGS__, 0) TCI_WASM_EACH2(X, __VA_ARGS__, 1)
#define TCI_WASM_EACH4(X, ...) \
    TCI_WASM_EACH3(X, __VA_ARGS__, 0) TCI_WASM_EACH3(X, __VA_ARGS__, 1)
#define TCI_WASM_EACH5(X, ...) \
    TCI_WASM_EACH4(X, __VA_ARGS__, 0) TCI_WASM_EACH4(X, __VA_ARGS__, 1)

#define TCI_WASM_CALLS(ret)                                              \
    TCI_WASM_CALL0(ret)                                                  \
    TCI_WASM_EACH1(TCI_WASM_CALL1, ret)                                  \
    TCI_WASM_EACH2(TCI_WASM_CALL2, ret)                                  \
    TCI_WASM_EACH3(TCI_WASM_CALL3, ret)                                  \
    TCI_WASM_EACH4(TCI_WASM_CALL4, ret)                                  \
    TCI_WASM_EACH5(TCI_WASM_CALL5, ret)

/*
 * Call the helper of the call instruction's constant pool entry @ptr
 * (function, ffi_cif) with its arguments in @frame's stack, 64-bit slots
 * as TCI lays them out, and leave its result at the stack, as ffi_call()
 * would; false if its signature is not one of the above.  Inlined into
 * each copy of the interpreter's loop, as plain TCI's one copy has it:
 * called out of line, it made an x86_64 guest's workload under wasm=off
 * ~10% slower.
 */
static inline __attribute__((always_inline))
bool tci_wasm_call(void *ptr, TCIFrame *frame)
{
    void *func = (void *)(uintptr_t)((tcg_target_ulong *)ptr)[0];
    ffi_cif *cif = (void *)(uintptr_t)((tcg_target_ulong *)ptr)[1];
    uint64_t *stack = frame->stack;
    Int128 *copy = frame->arg_copy;
    uint64_t arg[TCI_WASM_CALL_MAX_ARGS];
    unsigned n = 0, ret = 0, i64_args = 0, slot = 0;

    switch (tci_wasm_kind(cif->rtype)) {
    case TCI_WASM_VOID:
        break;
    case TCI_WASM_I32:
        ret = 1;
        break;
    case TCI_WASM_I64:
        ret = 2;
        break;
    case TCI_WASM_STRUCT:
        arg[n++] = (uintptr_t)stack;        /* stack[0] and [1] */
        break;
    default:
        return false;
    }
    for (unsigned i = 0; i < cif->nargs; i++) {
        if (n == TCI_WASM_CALL_MAX_ARGS) {
            return false;
        }
        switch (tci_wasm_kind(cif->arg_types[i])) {
        case TCI_WASM_I32:
            arg[n++] = (uint32_t)stack[slot++];
            break;
        case TCI_WASM_I64:
            i64_args |= 1 << n;
            arg[n++] = stack[slot++];
            break;
        case TCI_WASM_STRUCT:
            memcpy(&copy[n], &stack[slot], sizeof(Int128));
            arg[n] = (uintptr_t)&copy[n];
            n++;
            slot += 2;
            break;
        default:
            return false;
        }
    }

    switch (TCI_WASM_SIG(ret, n, i64_args)) {
    TCI_WASM_CALLS(0)
    TCI_WASM_CALLS(1)
    TCI_WASM_CALLS(2)
    }
    g_assert_not_reached();
}
#else
static inline bool tci_wasm_call(void *ptr, TCIFrame *frame)
{
    return false;
}
#endif /* __wasm__ */

#ifdef __EMSCRIPTEN__
#include "qemu/coroutine-wasm.h"

/*
 * Emscripten switches coroutines by unwinding the WebAssembly stack and
 * rewinding it with Asyncify, whose instrumentation made every opcode of the
 * interpreter slower: meson.build leaves the interpreter out of it.  When a
 * helper it calls starts a switch, it returns; when the stack is rewound,
 * it is entered again and redoes that instruction, which rewinds the
 * helper.  Its registers and call frame live in tci_frame, not in its stack
 * frame: the entry that redoes the call does not get the frame of the first
 * one (the rewind starts from the stack pointer of the switch, deep below
 * it), and the helper's return, rewound in its old frame, leaves the stack
 * pointer above the new frame, free for the next call to overwrite.
 */
static __thread TCIFrame tci_frame;

/* After a call that may switch: leave to redo the instruction just read. */
#define TCI_LEAVE_IF_SWITCHING()                                        \
    do {                                                                \
        if (unlikely(qemu_fiber_switching)) {                           \
            frame->redo = tb_ptr - 1;                                   \
            return 0;                                                   \
        }                                                               \
    } while (0)
#else
#define TCI_LEAVE_IF_SWITCHING() do { } while (0)
#endif

static bool tci_compare32(uint32_t u0, uint32_t u1, TCGCond condition)
{
    bool result = false;
    int32_t i0 = u0;
    int32_t i1 = u1;
    switch (condition) {
    case TCG_COND_EQ:
        result = (u0 == u1);
        break;
    case TCG_COND_NE:
        result = (u0 != u1);
        break;
    case TCG_COND_LT:
        result = (i0 < i1);
        break;
    case TCG_COND_GE:
        result = (i0 >= i1);
        break;
    case TCG_COND_LE:
        result = (i0 <= i1);
        break;
    case TCG_COND_GT:
        result = (i0 > i1);
        break;
    case TCG_COND_LTU:
        result = (u0 < u1);
        break;
    case TCG_COND_GEU:
        result = (u0 >= u1);
        break;
    case TCG_COND_LEU:
        result = (u0 <= u1);
        break;
    case TCG_COND_GTU:
        result = (u0 > u1);
        break;
    case TCG_COND_TSTEQ:
        result = (u0 & u1) == 0;
        break;
    case TCG_COND_TSTNE:
        result = (u0 & u1) != 0;
        break;
    default:
        g_assert_not_reached();
    }
    return result;
}

static bool tci_compare64(uint64_t u0, uint64_t u1, TCGCond condition)
{
    bool result = false;
    int64_t i0 = u0;
    int64_t i1 = u1;
    switch (condition) {
    case TCG_COND_EQ:
        result = (u0 == u1);
        break;
    case TCG_COND_NE:
        result = (u0 != u1);
        break;
    case TCG_COND_LT:
        result = (i0 < i1);
        break;
    case TCG_COND_GE:
        result = (i0 >= i1);
        break;
    case TCG_COND_LE:
        result = (i0 <= i1);
        break;
    case TCG_COND_GT:
        result = (i0 > i1);
        break;
    case TCG_COND_LTU:
        result = (u0 < u1);
        break;
    case TCG_COND_GEU:
        result = (u0 >= u1);
        break;
    case TCG_COND_LEU:
        result = (u0 <= u1);
        break;
    case TCG_COND_GTU:
        result = (u0 > u1);
        break;
    case TCG_COND_TSTEQ:
        result = (u0 & u1) == 0;
        break;
    case TCG_COND_TSTNE:
        result = (u0 & u1) != 0;
        break;
    default:
        g_assert_not_reached();
    }
    return result;
}

#ifdef CONFIG_SOFTMMU
/*
 * The softmmu fast path that native backends emit inline: the host address
 * of a guest access that hits the TLB and needs nothing else (no byte swap,
 * MMIO, watchpoint, dirty tracking, misalignment or second page), else NULL
 * for the helper.  Going through the helper costs several calls per access.
 * An access redone after a coroutine switch in its helper took the helper
 * again: only I/O switches, and an I/O page never passes this check.
 */
static void *tci_tlb_host(CPUArchState *env, uint64_t addr, MemOpIdx oi,
                          MMUAccessType access_type)
{
    CPUTLBDescFast *fast = &env_cpu(env)->neg.tlb.f[get_mmuidx(oi)];
    CPUTLBEntry *entry;
    TCITlbTest test;

    if (!tci_tlb_test(tcg_ctx, oi, &test)) {
        return NULL;
    }
    entry = (void *)fast->table + ((addr >> test.index_shift) & fast->mask);
    if (qatomic_read(&entry->addr_idx[access_type]) !=
        ((addr + test.last_ofs) & test.cmp_mask)) {
        return NULL;
    }
    return (void *)(uintptr_t)(addr + entry->addend);
}
#endif

/*
 * Out of line: inlined into the interpreter's loop, the fast path made an
 * x86_64 guest's workload under plain TCI about 8% slower.
 */
static uint64_t __attribute__((noinline))
tci_qemu_ld(CPUArchState *env, uint64_t taddr, MemOpIdx oi,
            const void *tb_ptr)
{
    MemOp mop = get_memop(oi);
    uintptr_t ra = (uintptr_t)tb_ptr;
#ifdef CONFIG_SOFTMMU
    void *host = tci_tlb_host(env, taddr, oi, MMU_DATA_LOAD);

    if (host) {
        switch (mop & MO_SSIZE) {
        case MO_UB:
            return ldub_p(host);
        case MO_SB:
            return (int8_t)ldub_p(host);
        case MO_UW:
            return lduw_he_p(host);
        case MO_SW:
            return (int16_t)lduw_he_p(host);
        case MO_UL:
            return (uint32_t)ldl_he_p(host);
        case MO_SL:
            return (int32_t)ldl_he_p(host);
        case MO_UQ:
            return ldq_he_p(host);
        default:
            g_assert_not_reached();
        }
    }
#endif

    switch (mop & MO_SSIZE) {
    case MO_UB:
        return helper_ldub_mmu(env, taddr, oi, ra);
    case MO_SB:
        return helper_ldsb_mmu(env, taddr, oi, ra);
    case MO_UW:
        return helper_lduw_mmu(env, taddr, oi, ra);
    case MO_SW:
        return helper_ldsw_mmu(env, taddr, oi, ra);
    case MO_UL:
        return helper_ldul_mmu(env, taddr, oi, ra);
    case MO_SL:
        return helper_ldsl_mmu(env, taddr, oi, ra);
    case MO_UQ:
        return helper_ldq_mmu(env, taddr, oi, ra);
    default:
        g_assert_not_reached();
    }
}

static void __attribute__((noinline))
tci_qemu_st(CPUArchState *env, uint64_t taddr, uint64_t val, MemOpIdx oi,
            const void *tb_ptr)
{
    MemOp mop = get_memop(oi);
    uintptr_t ra = (uintptr_t)tb_ptr;
#ifdef CONFIG_SOFTMMU
    void *host = tci_tlb_host(env, taddr, oi, MMU_DATA_STORE);

    if (host) {
        switch (mop & MO_SIZE) {
        case MO_UB:
            stb_p(host, val);
            return;
        case MO_UW:
            stw_he_p(host, val);
            return;
        case MO_UL:
            stl_he_p(host, val);
            return;
        case MO_UQ:
            stq_he_p(host, val);
            return;
        default:
            g_assert_not_reached();
        }
    }
#endif

    switch (mop & MO_SIZE) {
    case MO_UB:
        helper_stb_mmu(env, taddr, val, oi, ra);
        break;
    case MO_UW:
        helper_stw_mmu(env, taddr, val, oi, ra);
        break;
    case MO_UL:
        helper_stl_mmu(env, taddr, val, oi, ra);
        break;
    case MO_UQ:
        helper_stq_mmu(env, taddr, val, oi, ra);
        break;
    default:
        g_assert_not_reached();
    }
}

#if TCG_TARGET_REG_BITS == 64
# define CASE_32_64(x) \
        case glue(glue(INDEX_op_, x), _i64): \
        case glue(glue(INDEX_op_, x), _i32):
# define CASE_64(x) \
        case glue(glue(INDEX_op_, x), _i64):
#else
# define CASE_32_64(x) \
        case glue(glue(INDEX_op_, x), _i32):
# define CASE_64(x)
#endif

/*
 * Interpret pseudo code in tb.  With tcg/wasm32 and @tiered, stop at a
 * block that tier 2 runs and leave its header in @hot (see
 * tci_tb_exec_tiered()).
 */
/*
 * Disable CFI checks.
 * One possible operation in the pseudo code is a call to binary code.
 * Therefore, disable CFI checks in the interpreter function
 */
static inline __attribute__((always_inline)) uintptr_t QEMU_DISABLE_CFI
tci_interpret(CPUArchState *env, const void *v_tb_ptr,
              const bool tiered, void **hot)
{
    const uint32_t *tb_ptr = v_tb_ptr;
#ifdef __EMSCRIPTEN__
    TCIFrame *frame = &tci_frame;
#else
    TCIFrame local_frame, *frame = &local_frame;
#endif
    tcg_target_ulong *regs = frame->regs;
    uint64_t *stack = frame->stack;

#ifdef __EMSCRIPTEN__
    if (unlikely(frame->redo)) {
        tb_ptr = frame->redo;
        frame->redo = NULL;
    }
#endif
    regs[TCG_AREG0] = (tcg_target_ulong)env;
    regs[TCG_REG_CALL_STACK] = (uintptr_t)stack;
    tci_assert(tb_ptr);
#ifdef TCG_TARGET_WASM
    if (tiered) {
        /* The rest of a compiled block whose helper call switched. */
        tcg_wasm_take_saved_state(regs, stack);
    }
#endif

    for (;;) {
        uint32_t insn;
        TCGOpcode opc;
        TCGReg r0, r1, r2, r3, r4, r5;
        tcg_target_ulong t1;
        TCGCond condition;
        uint8_t pos, len;
        uint32_t tmp32;
        uint64_t tmp64, taddr;
        uint64_t T1, T2;
        MemOpIdx oi;
        int32_t ofs;
        void *ptr;

        insn = *tb_ptr++;
        opc = extract32(insn, 0, 8);

        switch (opc) {
        case INDEX_op_call:
            {
                void **call_slots = frame->call_slots;
                ffi_cif *cif;
                void *func;
                unsigned i, s, n;

                /* Pool entries are registers, maybe wider than pointers. */
                tci_args_nl(insn, tb_ptr, &len, &ptr);
                func = (void *)(uintptr_t)((tcg_target_ulong *)ptr)[0];
                cif = (void *)(uintptr_t)((tcg_target_ulong *)ptr)[1];

                /* Helper functions may need to access the "return address" */
                tci_tb_ptr = (uintptr_t)tb_ptr;
                if (!tci_wasm_call(ptr, frame)) {
                    n = cif->nargs;
                    for (i = s = 0; i < n; ++i) {
                        ffi_type *t = cif->arg_types[i];
                        call_slots[i] = &stack[s];
                        s += DIV_ROUND_UP(t->size, 8);
                    }
                    ffi_call(cif, func, stack, call_slots);
                }
                TCI_LEAVE_IF_SWITCHING();
            }

            switch (len) {
            case 0: /* void */
                break;
            case 1: /* uint32_t */
                /*
                 * The result winds up "left-aligned" in the stack[0] slot.
                 * Note that libffi has an odd special case in that it will
                 * always widen an integral result to ffi_arg.
                 */
                if (sizeof(ffi_arg) == 8) {
                    regs[TCG_REG_R0] = (uint32_t)stack[0];
                } else {
                    regs[TCG_REG_R0] = *(uint32_t *)stack;
                }
                break;
            case 2: /* uint64_t */
                /*
                 * For TCG_TARGET_REG_BITS == 32, the register pair
                 * must stay in host memory order.
                 */
                memcpy(&regs[TCG_REG_R0], stack, 8);
                break;
            case 3: /* Int128 */
                memcpy(&regs[TCG_REG_R0], stack, 16);
                break;
            default:
                g_assert_not_reached();
            }
            break;

        case INDEX_op_br:
            tci_args_l(insn, tb_ptr, &ptr);
            tb_ptr = ptr;
            continue;
        case INDEX_op_setcond_i32:
            tci_args_rrrc(insn, &r0, &r1, &r2, &condition);
            regs[r0] = tci_compare32(regs[r1], regs[r2], condition);
            break;
        case INDEX_op_movcond_i32:
            tci_args_rrrrrc(insn, &r0, &r1, &r2, &r3, &r4, &condition);
            tmp32 = tci_compare32(regs[r1], regs[r2], condition);
            regs[r0] = regs[tmp32 ? r3 : r4];
            break;
#if TCG_TARGET_REG_BITS == 32
        case INDEX_op_setcond2_i32:
            tci_args_rrrrrc(insn, &r0, &r1, &r2, &r3, &r4, &condition);
            T1 = tci_uint64(regs[r2], regs[r1]);
            T2 = tci_uint64(regs[r4], regs[r3]);
            regs[r0] = tci_compare64(T1, T2, condition);
            break;
#elif TCG_TARGET_REG_BITS == 64
        case INDEX_op_setcond_i64:
            tci_args_rrrc(insn, &r0, &r1, &r2, &condition);
            regs[r0] = tci_compare64(regs[r1], regs[r2], condition);
            break;
        case INDEX_op_movcond_i64:
            tci_args_rrrrrc(insn, &r0, &r1, &r2, &r3, &r4, &condition);
            tmp32 = tci_compare64(regs[r1], regs[r2], condition);
            regs[r0] = regs[tmp32 ? r3 : r4];
            break;
#endif
        CASE_32_64(mov)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = regs[r1];
            break;
        case INDEX_op_tci_movi:
            tci_args_ri(insn, &r0, &t1);
            regs[r0] = t1;
            break;
        case INDEX_op_tci_movl:
            tci_args_rl(insn, tb_ptr, &r0, &ptr);
            regs[r0] = *(tcg_target_ulong *)ptr;
            break;

            /* Load/store operations (32 bit). */

        CASE_32_64(ld8u)
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            regs[r0] = *(uint8_t *)ptr;
            break;
        CASE_32_64(ld8s)
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            regs[r0] = *(int8_t *)ptr;
            break;
        CASE_32_64(ld16u)
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            regs[r0] = *(uint16_t *)ptr;
            break;
        CASE_32_64(ld16s)
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            regs[r0] = *(int16_t *)ptr;
            break;
        case INDEX_op_ld_i32:
        CASE_64(ld32u)
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            regs[r0] = *(uint32_t *)ptr;
            break;
        CASE_32_64(st8)
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            *(uint8_t *)ptr = regs[r0];
            break;
        CASE_32_64(st16)
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            *(uint16_t *)ptr = regs[r0];
            break;
        case INDEX_op_st_i32:
        CASE_64(st32)
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            *(uint32_t *)ptr = regs[r0];
            break;

            /* Arithmetic operations (mixed 32/64 bit). */

        CASE_32_64(add)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] + regs[r2];
            break;
        CASE_32_64(sub)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] - regs[r2];
            break;
        CASE_32_64(mul)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] * regs[r2];
            break;
        CASE_32_64(and)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] & regs[r2];
            break;
        CASE_32_64(or)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] | regs[r2];
            break;
        CASE_32_64(xor)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] ^ regs[r2];
            break;
#if TCG_TARGET_HAS_andc_i32 || TCG_TARGET_HAS_andc_i64
        CASE_32_64(andc)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] & ~regs[r2];
            break;
#endif
#if TCG_TARGET_HAS_orc_i32 || TCG_TARGET_HAS_orc_i64
        CASE_32_64(orc)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] | ~regs[r2];
            break;
#endif
#if TCG_TARGET_HAS_eqv_i32 || TCG_TARGET_HAS_eqv_i64
        CASE_32_64(eqv)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = ~(regs[r1] ^ regs[r2]);
            break;
#endif
#if TCG_TARGET_HAS_nand_i32 || TCG_TARGET_HAS_nand_i64
        CASE_32_64(nand)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = ~(regs[r1] & regs[r2]);
            break;
#endif
#if TCG_TARGET_HAS_nor_i32 || TCG_TARGET_HAS_nor_i64
        CASE_32_64(nor)
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = ~(regs[r1] | regs[r2]);
            break;
#endif

            /* Arithmetic operations (32 bit). */

        case INDEX_op_div_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (int32_t)regs[r1] / (int32_t)regs[r2];
            break;
        case INDEX_op_divu_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (uint32_t)regs[r1] / (uint32_t)regs[r2];
            break;
        case INDEX_op_rem_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (int32_t)regs[r1] % (int32_t)regs[r2];
            break;
        case INDEX_op_remu_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (uint32_t)regs[r1] % (uint32_t)regs[r2];
            break;
#if TCG_TARGET_HAS_clz_i32
        case INDEX_op_clz_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            tmp32 = regs[r1];
            regs[r0] = tmp32 ? clz32(tmp32) : regs[r2];
            break;
#endif
#if TCG_TARGET_HAS_ctz_i32
        case INDEX_op_ctz_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            tmp32 = regs[r1];
            regs[r0] = tmp32 ? ctz32(tmp32) : regs[r2];
            break;
#endif
#if TCG_TARGET_HAS_ctpop_i32
        case INDEX_op_ctpop_i32:
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = ctpop32(regs[r1]);
            break;
#endif

            /* Shift/rotate operations (32 bit). */

        case INDEX_op_shl_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (uint32_t)regs[r1] << (regs[r2] & 31);
            break;
        case INDEX_op_shr_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (uint32_t)regs[r1] >> (regs[r2] & 31);
            break;
        case INDEX_op_sar_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (int32_t)regs[r1] >> (regs[r2] & 31);
            break;
#if TCG_TARGET_HAS_rot_i32
        case INDEX_op_rotl_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = rol32(regs[r1], regs[r2] & 31);
            break;
        case INDEX_op_rotr_i32:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = ror32(regs[r1], regs[r2] & 31);
            break;
#endif
        case INDEX_op_deposit_i32:
            tci_args_rrrbb(insn, &r0, &r1, &r2, &pos, &len);
            regs[r0] = deposit32(regs[r1], pos, len, regs[r2]);
            break;
        case INDEX_op_extract_i32:
            tci_args_rrbb(insn, &r0, &r1, &pos, &len);
            regs[r0] = extract32(regs[r1], pos, len);
            break;
        case INDEX_op_sextract_i32:
            tci_args_rrbb(insn, &r0, &r1, &pos, &len);
            regs[r0] = sextract32(regs[r1], pos, len);
            break;
        case INDEX_op_brcond_i32:
            tci_args_rl(insn, tb_ptr, &r0, &ptr);
            if ((uint32_t)regs[r0]) {
                tb_ptr = ptr;
            }
            break;
#if TCG_TARGET_REG_BITS == 32 || TCG_TARGET_HAS_add2_i32
        case INDEX_op_add2_i32:
            tci_args_rrrrrr(insn, &r0, &r1, &r2, &r3, &r4, &r5);
            T1 = tci_uint64(regs[r3], regs[r2]);
            T2 = tci_uint64(regs[r5], regs[r4]);
            tci_write_reg64(regs, r1, r0, T1 + T2);
            break;
#endif
#if TCG_TARGET_REG_BITS == 32 || TCG_TARGET_HAS_sub2_i32
        case INDEX_op_sub2_i32:
            tci_args_rrrrrr(insn, &r0, &r1, &r2, &r3, &r4, &r5);
            T1 = tci_uint64(regs[r3], regs[r2]);
            T2 = tci_uint64(regs[r5], regs[r4]);
            tci_write_reg64(regs, r1, r0, T1 - T2);
            break;
#endif
#if TCG_TARGET_HAS_mulu2_i32
        case INDEX_op_mulu2_i32:
            tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
            tmp64 = (uint64_t)(uint32_t)regs[r2] * (uint32_t)regs[r3];
            tci_write_reg64(regs, r1, r0, tmp64);
            break;
#endif
#if TCG_TARGET_HAS_muls2_i32
        case INDEX_op_muls2_i32:
            tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
            tmp64 = (int64_t)(int32_t)regs[r2] * (int32_t)regs[r3];
            tci_write_reg64(regs, r1, r0, tmp64);
            break;
#endif
#if TCG_TARGET_HAS_ext8s_i32 || TCG_TARGET_HAS_ext8s_i64
        CASE_32_64(ext8s)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = (int8_t)regs[r1];
            break;
#endif
#if TCG_TARGET_HAS_ext16s_i32 || TCG_TARGET_HAS_ext16s_i64 || \
    TCG_TARGET_HAS_bswap16_i32 || TCG_TARGET_HAS_bswap16_i64
        CASE_32_64(ext16s)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = (int16_t)regs[r1];
            break;
#endif
#if TCG_TARGET_HAS_ext8u_i32 || TCG_TARGET_HAS_ext8u_i64
        CASE_32_64(ext8u)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = (uint8_t)regs[r1];
            break;
#endif
#if TCG_TARGET_HAS_ext16u_i32 || TCG_TARGET_HAS_ext16u_i64
        CASE_32_64(ext16u)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = (uint16_t)regs[r1];
            break;
#endif
#if TCG_TARGET_HAS_bswap16_i32 || TCG_TARGET_HAS_bswap16_i64
        CASE_32_64(bswap16)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = bswap16(regs[r1]);
            break;
#endif
#if TCG_TARGET_HAS_bswap32_i32 || TCG_TARGET_HAS_bswap32_i64
        CASE_32_64(bswap32)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = bswap32(regs[r1]);
            break;
#endif
#if TCG_TARGET_HAS_not_i32 || TCG_TARGET_HAS_not_i64
        CASE_32_64(not)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = ~regs[r1];
            break;
#endif
        CASE_32_64(neg)
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = -regs[r1];
            break;
#if TCG_TARGET_REG_BITS == 64
            /* Load/store operations (64 bit). */

        case INDEX_op_ld32s_i64:
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            regs[r0] = *(int32_t *)ptr;
            break;
        case INDEX_op_ld_i64:
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            regs[r0] = *(uint64_t *)ptr;
            break;
        case INDEX_op_st_i64:
            tci_args_rrs(insn, &r0, &r1, &ofs);
            ptr = (void *)(regs[r1] + ofs);
            *(uint64_t *)ptr = regs[r0];
            break;

            /* Arithmetic operations (64 bit). */

        case INDEX_op_div_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (int64_t)regs[r1] / (int64_t)regs[r2];
            break;
        case INDEX_op_divu_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (uint64_t)regs[r1] / (uint64_t)regs[r2];
            break;
        case INDEX_op_rem_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (int64_t)regs[r1] % (int64_t)regs[r2];
            break;
        case INDEX_op_remu_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (uint64_t)regs[r1] % (uint64_t)regs[r2];
            break;
#if TCG_TARGET_HAS_clz_i64
        case INDEX_op_clz_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] ? clz64(regs[r1]) : regs[r2];
            break;
#endif
#if TCG_TARGET_HAS_ctz_i64
        case INDEX_op_ctz_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] ? ctz64(regs[r1]) : regs[r2];
            break;
#endif
#if TCG_TARGET_HAS_ctpop_i64
        case INDEX_op_ctpop_i64:
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = ctpop64(regs[r1]);
            break;
#endif
#if TCG_TARGET_HAS_mulu2_i64
        case INDEX_op_mulu2_i64:
            tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
            mulu64(&regs[r0], &regs[r1], regs[r2], regs[r3]);
            break;
#endif
#if TCG_TARGET_HAS_muls2_i64
        case INDEX_op_muls2_i64:
            tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
            muls64(&regs[r0], &regs[r1], regs[r2], regs[r3]);
            break;
#endif
#if TCG_TARGET_HAS_add2_i64
        case INDEX_op_add2_i64:
            tci_args_rrrrrr(insn, &r0, &r1, &r2, &r3, &r4, &r5);
            T1 = regs[r2] + regs[r4];
            T2 = regs[r3] + regs[r5] + (T1 < regs[r2]);
            regs[r0] = T1;
            regs[r1] = T2;
            break;
#endif
#if TCG_TARGET_HAS_add2_i64
        case INDEX_op_sub2_i64:
            tci_args_rrrrrr(insn, &r0, &r1, &r2, &r3, &r4, &r5);
            T1 = regs[r2] - regs[r4];
            T2 = regs[r3] - regs[r5] - (regs[r2] < regs[r4]);
            regs[r0] = T1;
            regs[r1] = T2;
            break;
#endif

            /* Shift/rotate operations (64 bit). */

        case INDEX_op_shl_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] << (regs[r2] & 63);
            break;
        case INDEX_op_shr_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = regs[r1] >> (regs[r2] & 63);
            break;
        case INDEX_op_sar_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = (int64_t)regs[r1] >> (regs[r2] & 63);
            break;
#if TCG_TARGET_HAS_rot_i64
        case INDEX_op_rotl_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = rol64(regs[r1], regs[r2] & 63);
            break;
        case INDEX_op_rotr_i64:
            tci_args_rrr(insn, &r0, &r1, &r2);
            regs[r0] = ror64(regs[r1], regs[r2] & 63);
            break;
#endif
        case INDEX_op_deposit_i64:
            tci_args_rrrbb(insn, &r0, &r1, &r2, &pos, &len);
            regs[r0] = deposit64(regs[r1], pos, len, regs[r2]);
            break;
        case INDEX_op_extract_i64:
            tci_args_rrbb(insn, &r0, &r1, &pos, &len);
            regs[r0] = extract64(regs[r1], pos, len);
            break;
        case INDEX_op_sextract_i64:
            tci_args_rrbb(insn, &r0, &r1, &pos, &len);
            regs[r0] = sextract64(regs[r1], pos, len);
            break;
        case INDEX_op_brcond_i64:
            tci_args_rl(insn, tb_ptr, &r0, &ptr);
            if (regs[r0]) {
                tb_ptr = ptr;
            }
            break;
        case INDEX_op_ext32s_i64:
        case INDEX_op_ext_i32_i64:
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = (int32_t)regs[r1];
            break;
        case INDEX_op_ext32u_i64:
        case INDEX_op_extu_i32_i64:
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = (uint32_t)regs[r1];
            break;
#if TCG_TARGET_HAS_bswap64_i64
        case INDEX_op_bswap64_i64:
            tci_args_rr(insn, &r0, &r1);
            regs[r0] = bswap64(regs[r1]);
            break;
#endif
#endif /* TCG_TARGET_REG_BITS == 64 */

            /* QEMU specific operations. */

        case INDEX_op_exit_tb:
            tci_args_l(insn, tb_ptr, &ptr);
            return (uintptr_t)ptr;

        case INDEX_op_goto_tb:
            tci_args_l(insn, tb_ptr, &ptr);
            tb_ptr = *(void **)ptr;
            break;

        case INDEX_op_goto_ptr:
            tci_args_r(insn, &r0);
            ptr = (void *)regs[r0];
            if (!ptr) {
                return 0;
            }
            tb_ptr = ptr;
            break;

        case INDEX_op_qemu_ld_i32:
            tci_args_rrm(insn, &r0, &r1, &oi);
            taddr = regs[r1];
            tmp64 = tci_qemu_ld(env, taddr, oi, tb_ptr);
            TCI_LEAVE_IF_SWITCHING();
            regs[r0] = tmp64;
            break;

        case INDEX_op_qemu_ld_i64:
            if (TCG_TARGET_REG_BITS == 64) {
                tci_args_rrm(insn, &r0, &r1, &oi);
                taddr = regs[r1];
            } else {
                tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
                taddr = regs[r2];
                oi = regs[r3];
            }
            tmp64 = tci_qemu_ld(env, taddr, oi, tb_ptr);
            TCI_LEAVE_IF_SWITCHING();
            if (TCG_TARGET_REG_BITS == 32) {
                tci_write_reg64(regs, r1, r0, tmp64);
            } else {
                regs[r0] = tmp64;
            }
            break;

        case INDEX_op_qemu_st_i32:
            tci_args_rrm(insn, &r0, &r1, &oi);
            taddr = regs[r1];
            tci_qemu_st(env, taddr, regs[r0], oi, tb_ptr);
            TCI_LEAVE_IF_SWITCHING();
            break;

        case INDEX_op_qemu_st_i64:
            if (TCG_TARGET_REG_BITS == 64) {
                tci_args_rrm(insn, &r0, &r1, &oi);
                tmp64 = regs[r0];
                taddr = regs[r1];
            } else {
                tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
                tmp64 = tci_uint64(regs[r1], regs[r0]);
                taddr = regs[r2];
                oi = regs[r3];
            }
            tci_qemu_st(env, taddr, tmp64, oi, tb_ptr);
            TCI_LEAVE_IF_SWITCHING();
            break;

        case INDEX_op_mb:
            /* Ensure ordering for all kinds */
            smp_mb();
            break;
#ifdef TCG_TARGET_WASM
        case INDEX_op_wasm_tb_start:
            if (!tiered) {
                /* Blocks have no header when tier 2 is off. */
                g_assert_not_reached();
            } else {
                TCGWasmTBHeader *header = (TCGWasmTBHeader *)(tb_ptr - 1);

                bool is_hot = qatomic_read(&header->entry);

                if (!is_hot) {
                    uint32_t countdown = qatomic_read(&header->countdown);

                    /*
                     * Other threads store to it too: a decrement lost
                     * that way only delays a compilation.
                     */
                    if (countdown) {
                        qatomic_set(&header->countdown, countdown - 1);
                        is_hot = countdown == 1;
                    }
                }
                if (is_hot) {
                    *hot = header;
                    return 0;
                }
                tcg_wasm_interpreted_inc();
                tb_ptr = (const uint32_t *)(header + 1);
            }
            break;
#endif
        default:
            g_assert_not_reached();
        }
    }
}

#ifdef __EMSCRIPTEN__
/*
 * Called through the pointer tcg_qemu_tb_exec: Asyncify instruments the
 * callers of indirect calls for a switch inside them, as this needs.
 */
static uintptr_t QEMU_DISABLE_CFI tci_tb_exec(CPUArchState *env,
                                              const void *v_tb_ptr)
#else
uintptr_t QEMU_DISABLE_CFI tcg_qemu_tb_exec(CPUArchState *env,
                                            const void *v_tb_ptr)
#endif
{
    return tci_interpret(env, v_tb_ptr, false, NULL);
}

#ifdef __EMSCRIPTEN__
tcg_prologue_fn *tcg_qemu_tb_exec = tci_tb_exec;
#endif

#ifdef TCG_TARGET_WASM
/*
 * tcg/wasm32 has a second copy of the interpreter, for tier 2, that
 * tcg_wasm_init() installs as tcg_qemu_tb_exec: any code for block
 * headers in the loop slows every opcode down, even where no block has
 * one (wasm=off booted 16% slower than plain TCI with one copy).  Only
 * called through the pointer, each copy stays a function of its own: when
 * tci_tb_exec() called this one directly, Binaryen inlined it there and
 * wasm=off ran 5-7% slower than plain TCI.  The tci_ prefix keeps it out
 * of Asyncify's instrumentation (ASYNCIFY_REMOVE in meson.build).
 */
uintptr_t QEMU_DISABLE_CFI tci_tb_exec_tiered(CPUArchState *env,
                                              const void *v_tb_ptr)
{
    if (unlikely(tcg_wasm_switched_entry)) {
        /* Rewound after a compiled block's helper call switched. */
        v_tb_ptr = tcg_wasm_resume(env);
        if (!v_tb_ptr) {
            return 0;
        }
    }
    for (;;) {
        void *hot = NULL;
        uintptr_t ret = tci_interpret(env, v_tb_ptr, true, &hot);

        if (!hot) {
            return ret;
        }
        v_tb_ptr = tcg_wasm_enter(env, hot);
        if (!v_tb_ptr) {
            return 0;
        }
    }
}
#endif

/*
 * Disassembler that matches the interpreter
 */

static const char *str_r(TCGReg r)
{
    static const char regs[TCG_TARGET_NB_REGS][4] = {
        "r0", "r1", "r2",  "r3",  "r4",  "r5",  "r6",  "r7",
        "r8", "r9", "r10", "r11", "r12", "r13", "env", "sp"
    };

    QEMU_BUILD_BUG_ON(TCG_AREG0 != TCG_REG_R14);
    QEMU_BUILD_BUG_ON(TCG_REG_CALL_STACK != TCG_REG_R15);

    assert((unsigned)r < TCG_TARGET_NB_REGS);
    return regs[r];
}

static const char *str_c(TCGCond c)
{
    static const char cond[16][8] = {
        [TCG_COND_NEVER] = "never",
        [TCG_COND_ALWAYS] = "always",
        [TCG_COND_EQ] = "eq",
        [TCG_COND_NE] = "ne",
        [TCG_COND_LT] = "lt",
        [TCG_COND_GE] = "ge",
        [TCG_COND_LE] = "le",
        [TCG_COND_GT] = "gt",
        [TCG_COND_LTU] = "ltu",
        [TCG_COND_GEU] = "geu",
        [TCG_COND_LEU] = "leu",
        [TCG_COND_GTU] = "gtu",
        [TCG_COND_TSTEQ] = "tsteq",
        [TCG_COND_TSTNE] = "tstne",
    };

    assert((unsigned)c < ARRAY_SIZE(cond));
    assert(cond[c][0] != 0);
    return cond[c];
}

/* Disassemble TCI bytecode. */
int print_insn_tci(bfd_vma addr, disassemble_info *info)
{
    const uint32_t *tb_ptr = (const void *)(uintptr_t)addr;
    const TCGOpDef *def;
    const char *op_name;
    uint32_t insn;
    TCGOpcode op;
    TCGReg r0, r1, r2, r3, r4, r5;
    tcg_target_ulong i1;
    int32_t s2;
    TCGCond c;
    MemOpIdx oi;
    uint8_t pos, len;
    void *ptr;

    /* TCI is always the host, so we don't need to load indirect. */
    insn = *tb_ptr++;

    info->fprintf_func(info->stream, "%08x  ", insn);

    op = extract32(insn, 0, 8);
    def = &tcg_op_defs[op];
    op_name = def->name;

    switch (op) {
    case INDEX_op_br:
    case INDEX_op_exit_tb:
    case INDEX_op_goto_tb:
        tci_args_l(insn, tb_ptr, &ptr);
        info->fprintf_func(info->stream, "%-12s  %p", op_name, ptr);
        break;

    case INDEX_op_goto_ptr:
        tci_args_r(insn, &r0);
        info->fprintf_func(info->stream, "%-12s  %s", op_name, str_r(r0));
        break;

#ifdef TCG_TARGET_WASM
    case INDEX_op_wasm_tb_start:
        info->fprintf_func(info->stream, "%-12s  countdown %u, entry %u",
                           op_name, tb_ptr[0], tb_ptr[1]);
        return sizeof(TCGWasmTBHeader);
#endif

    case INDEX_op_call:
        tci_args_nl(insn, tb_ptr, &len, &ptr);
        info->fprintf_func(info->stream, "%-12s  %d, %p", op_name, len, ptr);
        break;

    case INDEX_op_brcond_i32:
    case INDEX_op_brcond_i64:
        tci_args_rl(insn, tb_ptr, &r0, &ptr);
        info->fprintf_func(info->stream, "%-12s  %s, 0, ne, %p",
                           op_name, str_r(r0), ptr);
        break;

    case INDEX_op_setcond_i32:
    case INDEX_op_setcond_i64:
        tci_args_rrrc(insn, &r0, &r1, &r2, &c);
        info->fprintf_func(info->stream, "%-12s  %s, %s, %s, %s",
                           op_name, str_r(r0), str_r(r1), str_r(r2), str_c(c));
        break;

    case INDEX_op_tci_movi:
        tci_args_ri(insn, &r0, &i1);
        info->fprintf_func(info->stream, "%-12s  %s, 0x%" TCG_PRIlx,
                           op_name, str_r(r0), i1);
        break;

    case INDEX_op_tci_movl:
        tci_args_rl(insn, tb_ptr, &r0, &ptr);
        info->fprintf_func(info->stream, "%-12s  %s, %p",
                           op_name, str_r(r0), ptr);
        break;

    case INDEX_op_ld8u_i32:
    case INDEX_op_ld8u_i64:
    case INDEX_op_ld8s_i32:
    case INDEX_op_ld8s_i64:
    case INDEX_op_ld16u_i32:
    case INDEX_op_ld16u_i64:
    case INDEX_op_ld16s_i32:
    case INDEX_op_ld16s_i64:
    case INDEX_op_ld32u_i64:
    case INDEX_op_ld32s_i64:
    case INDEX_op_ld_i32:
    case INDEX_op_ld_i64:
    case INDEX_op_st8_i32:
    case INDEX_op_st8_i64:
    case INDEX_op_st16_i32:
    case INDEX_op_st16_i64:
    case INDEX_op_st32_i64:
    case INDEX_op_st_i32:
    case INDEX_op_st_i64:
        tci_args_rrs(insn, &r0, &r1, &s2);
        info->fprintf_func(info->stream, "%-12s  %s, %s, %d",
                           op_name, str_r(r0), str_r(r1), s2);
        break;

    case INDEX_op_mov_i32:
    case INDEX_op_mov_i64:
    case INDEX_op_ext8s_i32:
    case INDEX_op_ext8s_i64:
    case INDEX_op_ext8u_i32:
    case INDEX_op_ext8u_i64:
    case INDEX_op_ext16s_i32:
    case INDEX_op_ext16s_i64:
    case INDEX_op_ext16u_i32:
    case INDEX_op_ext32s_i64:
    case INDEX_op_ext32u_i64:
    case INDEX_op_ext_i32_i64:
    case INDEX_op_extu_i32_i64:
    case INDEX_op_bswap16_i32:
    case INDEX_op_bswap16_i64:
    case INDEX_op_bswap32_i32:
    case INDEX_op_bswap32_i64:
    case INDEX_op_bswap64_i64:
    case INDEX_op_not_i32:
    case INDEX_op_not_i64:
    case INDEX_op_neg_i32:
    case INDEX_op_neg_i64:
    case INDEX_op_ctpop_i32:
    case INDEX_op_ctpop_i64:
        tci_args_rr(insn, &r0, &r1);
        info->fprintf_func(info->stream, "%-12s  %s, %s",
                           op_name, str_r(r0), str_r(r1));
        break;

    case INDEX_op_add_i32:
    case INDEX_op_add_i64:
    case INDEX_op_sub_i32:
    case INDEX_op_sub_i64:
    case INDEX_op_mul_i32:
    case INDEX_op_mul_i64:
    case INDEX_op_and_i32:
    case INDEX_op_and_i64:
    case INDEX_op_or_i32:
    case INDEX_op_or_i64:
    case INDEX_op_xor_i32:
    case INDEX_op_xor_i64:
    case INDEX_op_andc_i32:
    case INDEX_op_andc_i64:
    case INDEX_op_orc_i32:
    case INDEX_op_orc_i64:
    case INDEX_op_eqv_i32:
    case INDEX_op_eqv_i64:
    case INDEX_op_nand_i32:
    case INDEX_op_nand_i64:
    case INDEX_op_nor_i32:
    case INDEX_op_nor_i64:
    case INDEX_op_div_i32:
    case INDEX_op_div_i64:
    case INDEX_op_rem_i32:
    case INDEX_op_rem_i64:
    case INDEX_op_divu_i32:
    case INDEX_op_divu_i64:
    case INDEX_op_remu_i32:
    case INDEX_op_remu_i64:
    case INDEX_op_shl_i32:
    case INDEX_op_shl_i64:
    case INDEX_op_shr_i32:
    case INDEX_op_shr_i64:
    case INDEX_op_sar_i32:
    case INDEX_op_sar_i64:
    case INDEX_op_rotl_i32:
    case INDEX_op_rotl_i64:
    case INDEX_op_rotr_i32:
    case INDEX_op_rotr_i64:
    case INDEX_op_clz_i32:
    case INDEX_op_clz_i64:
    case INDEX_op_ctz_i32:
    case INDEX_op_ctz_i64:
        tci_args_rrr(insn, &r0, &r1, &r2);
        info->fprintf_func(info->stream, "%-12s  %s, %s, %s",
                           op_name, str_r(r0), str_r(r1), str_r(r2));
        break;

    case INDEX_op_deposit_i32:
    case INDEX_op_deposit_i64:
        tci_args_rrrbb(insn, &r0, &r1, &r2, &pos, &len);
        info->fprintf_func(info->stream, "%-12s  %s, %s, %s, %d, %d",
                           op_name, str_r(r0), str_r(r1), str_r(r2), pos, len);
        break;

    case INDEX_op_extract_i32:
    case INDEX_op_extract_i64:
    case INDEX_op_sextract_i32:
    case INDEX_op_sextract_i64:
        tci_args_rrbb(insn, &r0, &r1, &pos, &len);
        info->fprintf_func(info->stream, "%-12s  %s,%s,%d,%d",
                           op_name, str_r(r0), str_r(r1), pos, len);
        break;

    case INDEX_op_movcond_i32:
    case INDEX_op_movcond_i64:
    case INDEX_op_setcond2_i32:
        tci_args_rrrrrc(insn, &r0, &r1, &r2, &r3, &r4, &c);
        info->fprintf_func(info->stream, "%-12s  %s, %s, %s, %s, %s, %s",
                           op_name, str_r(r0), str_r(r1), str_r(r2),
                           str_r(r3), str_r(r4), str_c(c));
        break;

    case INDEX_op_mulu2_i32:
    case INDEX_op_mulu2_i64:
    case INDEX_op_muls2_i32:
    case INDEX_op_muls2_i64:
        tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
        info->fprintf_func(info->stream, "%-12s  %s, %s, %s, %s",
                           op_name, str_r(r0), str_r(r1),
                           str_r(r2), str_r(r3));
        break;

    case INDEX_op_add2_i32:
    case INDEX_op_add2_i64:
    case INDEX_op_sub2_i32:
    case INDEX_op_sub2_i64:
        tci_args_rrrrrr(insn, &r0, &r1, &r2, &r3, &r4, &r5);
        info->fprintf_func(info->stream, "%-12s  %s, %s, %s, %s, %s, %s",
                           op_name, str_r(r0), str_r(r1), str_r(r2),
                           str_r(r3), str_r(r4), str_r(r5));
        break;

    case INDEX_op_qemu_ld_i64:
    case INDEX_op_qemu_st_i64:
        if (TCG_TARGET_REG_BITS == 32) {
            tci_args_rrrr(insn, &r0, &r1, &r2, &r3);
            info->fprintf_func(info->stream, "%-12s  %s, %s, %s, %s",
                               op_name, str_r(r0), str_r(r1),
                               str_r(r2), str_r(r3));
            break;
        }
        /* fall through */
    case INDEX_op_qemu_ld_i32:
    case INDEX_op_qemu_st_i32:
        tci_args_rrm(insn, &r0, &r1, &oi);
        info->fprintf_func(info->stream, "%-12s  %s, %s, %x",
                           op_name, str_r(r0), str_r(r1), oi);
        break;

    case 0:
        /* tcg_out_nop_fill uses zeros */
        if (insn == 0) {
            info->fprintf_func(info->stream, "align");
            break;
        }
        /* fall through */

    default:
        info->fprintf_func(info->stream, "illegal opcode %d", op);
        break;
    }

    return sizeof(insn);
}
