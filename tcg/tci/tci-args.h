/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Operand decoders of TCI's bytecode, shared by the interpreter (tcg/tci.c)
 * and whatever else reads that bytecode (tcg/wasm32/wasm-translate.c).
 *
 * Copyright (c) 2009, 2011 Stefan Weil
 */

#ifndef TCG_TCI_ARGS_H
#define TCG_TCI_ARGS_H

/*
 * Load sets of arguments all at once.  The naming convention is:
 *   tci_args_<arguments>
 * where arguments is a sequence of
 *
 *   b = immediate (bit position)
 *   c = condition (TCGCond)
 *   i = immediate (uint32_t)
 *   I = immediate (tcg_target_ulong)
 *   l = label or pointer
 *   m = immediate (MemOpIdx)
 *   n = immediate (call return length)
 *   r = register
 *   s = signed ldst offset
 */

static inline void tci_args_l(uint32_t insn, const void *tb_ptr, void **l0)
{
    int diff = sextract32(insn, 12, 20);
    *l0 = diff ? (void *)tb_ptr + diff : NULL;
}

static inline void tci_args_r(uint32_t insn, TCGReg *r0)
{
    *r0 = extract32(insn, 8, 4);
}

static inline void tci_args_nl(uint32_t insn, const void *tb_ptr,
                               uint8_t *n0, void **l1)
{
    *n0 = extract32(insn, 8, 4);
    *l1 = sextract32(insn, 12, 20) + (void *)tb_ptr;
}

static inline void tci_args_rl(uint32_t insn, const void *tb_ptr,
                               TCGReg *r0, void **l1)
{
    *r0 = extract32(insn, 8, 4);
    *l1 = sextract32(insn, 12, 20) + (void *)tb_ptr;
}

static inline void tci_args_rr(uint32_t insn, TCGReg *r0, TCGReg *r1)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
}

static inline void tci_args_ri(uint32_t insn, TCGReg *r0,
                               tcg_target_ulong *i1)
{
    *r0 = extract32(insn, 8, 4);
    *i1 = sextract32(insn, 12, 20);
}

static inline void tci_args_rrm(uint32_t insn, TCGReg *r0,
                                TCGReg *r1, MemOpIdx *m2)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *m2 = extract32(insn, 16, 16);
}

static inline void tci_args_rrr(uint32_t insn, TCGReg *r0, TCGReg *r1,
                                TCGReg *r2)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *r2 = extract32(insn, 16, 4);
}

static inline void tci_args_rrs(uint32_t insn, TCGReg *r0, TCGReg *r1,
                                int32_t *i2)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *i2 = sextract32(insn, 16, 16);
}

static inline void tci_args_rrbb(uint32_t insn, TCGReg *r0, TCGReg *r1,
                                 uint8_t *i2, uint8_t *i3)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *i2 = extract32(insn, 16, 6);
    *i3 = extract32(insn, 22, 6);
}

static inline void tci_args_rrrc(uint32_t insn, TCGReg *r0, TCGReg *r1,
                                 TCGReg *r2, TCGCond *c3)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *r2 = extract32(insn, 16, 4);
    *c3 = extract32(insn, 20, 4);
}

static inline void tci_args_rrrbb(uint32_t insn, TCGReg *r0, TCGReg *r1,
                                  TCGReg *r2, uint8_t *i3, uint8_t *i4)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *r2 = extract32(insn, 16, 4);
    *i3 = extract32(insn, 20, 6);
    *i4 = extract32(insn, 26, 6);
}

static inline void tci_args_rrrr(uint32_t insn,
                                 TCGReg *r0, TCGReg *r1, TCGReg *r2, TCGReg *r3)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *r2 = extract32(insn, 16, 4);
    *r3 = extract32(insn, 20, 4);
}

static inline void tci_args_rrrrrc(uint32_t insn, TCGReg *r0, TCGReg *r1,
                                   TCGReg *r2, TCGReg *r3, TCGReg *r4,
                                   TCGCond *c5)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *r2 = extract32(insn, 16, 4);
    *r3 = extract32(insn, 20, 4);
    *r4 = extract32(insn, 24, 4);
    *c5 = extract32(insn, 28, 4);
}

static inline void tci_args_rrrrrr(uint32_t insn, TCGReg *r0, TCGReg *r1,
                                   TCGReg *r2, TCGReg *r3, TCGReg *r4,
                                   TCGReg *r5)
{
    *r0 = extract32(insn, 8, 4);
    *r1 = extract32(insn, 12, 4);
    *r2 = extract32(insn, 16, 4);
    *r3 = extract32(insn, 20, 4);
    *r4 = extract32(insn, 24, 4);
    *r5 = extract32(insn, 28, 4);
}

#endif /* TCG_TCI_ARGS_H */
