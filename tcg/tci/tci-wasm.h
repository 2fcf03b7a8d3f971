/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the interpreter (tcg/tci.c) and the WebAssembly backend
 * (tcg/wasm32/wasm-translate.c) must agree on where they leave TCI's
 * bytecode: how a helper's ffi_cif maps to the C ABI of wasm32, and the
 * test of the softmmu fast path.
 */

#ifndef TCG_TCI_WASM_H
#define TCG_TCI_WASM_H

#include "tcg/tcg.h"
#include "exec/memop.h"
#include "exec/tlb-common.h"
#include <ffi.h>

/*
 * How the C ABI of wasm32 passes a helper's argument or result of @type:
 * integers and pointers up to 32 bits as i32, 64-bit ones as i64, and a
 * struct (Int128 here) by pointer: an argument's to a copy the callee
 * owns, a result's passed by the caller before the arguments.
 */
typedef enum TCIWasmKind {
    TCI_WASM_VOID,
    TCI_WASM_I32,
    TCI_WASM_I64,
    TCI_WASM_STRUCT,
    TCI_WASM_UNSUPPORTED,
} TCIWasmKind;

static inline TCIWasmKind tci_wasm_kind(const ffi_type *type)
{
    switch (type->size) {
    case 1 ... 4:
        /* libffi's void has size 1. */
        return type->type == FFI_TYPE_VOID ? TCI_WASM_VOID : TCI_WASM_I32;
    case 8:
        return TCI_WASM_I64;
    case 16:
        return type->type == FFI_TYPE_STRUCT ? TCI_WASM_STRUCT
                                             : TCI_WASM_UNSUPPORTED;
    default:
        return TCI_WASM_UNSUPPORTED;
    }
}

/*
 * The softmmu fast path that native backends emit inline, for a guest
 * access @oi: the TLB entry is table + ((addr >> index_shift) & mask),
 * and the access hits it when its comparator equals
 * (addr + last_ofs) & cmp_mask, the page of the access's last byte with
 * the alignment bits that must be clear (an access aligned to more than
 * its size is within one page).  False when the access has no fast path:
 * a byte swap, a 32-bit guest address or an alignment of a page or more.
 */
typedef struct TCITlbTest {
    unsigned index_shift;
    uint64_t last_ofs;
    uint64_t cmp_mask;
} TCITlbTest;

static inline bool tci_tlb_test(const TCGContext *s, MemOpIdx oi,
                                TCITlbTest *test)
{
    MemOp mop = get_memop(oi);
    unsigned a_bits = memop_alignment_bits(mop);
    uint64_t a_mask = (1ull << a_bits) - 1;
    uint64_t s_mask = (1ull << (mop & MO_SIZE)) - 1;

    /* page_bits and addr_type are 0 until this thread translated a block. */
    if ((mop & MO_BSWAP) || s->addr_type != TCG_TYPE_I64 ||
        a_bits >= s->page_bits) {
        return false;
    }
    test->index_shift = s->page_bits - CPU_TLB_ENTRY_BITS;
    test->last_ofs = s_mask > a_mask ? s_mask - a_mask : 0;
    test->cmp_mask = (int64_t)s->page_mask | a_mask;
    return true;
}

#endif
