/*
 * WebAssembly module writer for the tcg/wasm32 backend
 *
 * A growable byte buffer with LEB128 encoders, a module builder (interned
 * function types, imports, functions, exports, bodies with locals) and one
 * small emitter per instruction the backend uses.  Plain C with no QEMU
 * dependency, so that it can be tested natively (check/wasm-emit).
 *
 * Allocation failures and misuse do not abort: they set a "failed" flag
 * and later writes are dropped; wasm_module_finish() then returns false.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef TCG_WASM_EMIT_H
#define TCG_WASM_EMIT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

/* Value and reference types, as encoded. */
enum {
    WASM_TYPE_I32 = 0x7f,
    WASM_TYPE_I64 = 0x7e,
    WASM_TYPE_F32 = 0x7d,
    WASM_TYPE_F64 = 0x7c,
    WASM_TYPE_FUNCREF = 0x70,
    WASM_TYPE_EXTERNREF = 0x6f,
};

/* Block type of a block, loop or if without a result. */
#define WASM_BLOCK_VOID 0x40

/* Kinds of imports and exports. */
enum {
    WASM_EXTERN_FUNC = 0,
    WASM_EXTERN_TABLE = 1,
    WASM_EXTERN_MEMORY = 2,
    WASM_EXTERN_GLOBAL = 3,
};

/* Section ids. */
enum {
    WASM_SEC_CUSTOM = 0,
    WASM_SEC_TYPE = 1,
    WASM_SEC_IMPORT = 2,
    WASM_SEC_FUNCTION = 3,
    WASM_SEC_TABLE = 4,
    WASM_SEC_MEMORY = 5,
    WASM_SEC_GLOBAL = 6,
    WASM_SEC_EXPORT = 7,
    WASM_SEC_START = 8,
    WASM_SEC_ELEMENT = 9,
    WASM_SEC_CODE = 10,
    WASM_SEC_DATA = 11,
};

/* Opcodes of the instructions below. */
enum {
    WASM_OP_UNREACHABLE = 0x00,
    WASM_OP_NOP = 0x01,
    WASM_OP_BLOCK = 0x02,
    WASM_OP_LOOP = 0x03,
    WASM_OP_IF = 0x04,
    WASM_OP_ELSE = 0x05,
    WASM_OP_END = 0x0b,
    WASM_OP_BR = 0x0c,
    WASM_OP_BR_IF = 0x0d,
    WASM_OP_BR_TABLE = 0x0e,
    WASM_OP_RETURN = 0x0f,
    WASM_OP_CALL = 0x10,
    WASM_OP_CALL_INDIRECT = 0x11,
    WASM_OP_RETURN_CALL = 0x12,
    WASM_OP_RETURN_CALL_INDIRECT = 0x13,
    WASM_OP_DROP = 0x1a,
    WASM_OP_SELECT = 0x1b,
    WASM_OP_LOCAL_GET = 0x20,
    WASM_OP_LOCAL_SET = 0x21,
    WASM_OP_LOCAL_TEE = 0x22,
    WASM_OP_GLOBAL_GET = 0x23,
    WASM_OP_GLOBAL_SET = 0x24,
    WASM_OP_I32_LOAD = 0x28,
    WASM_OP_I64_LOAD = 0x29,
    WASM_OP_I32_LOAD8_S = 0x2c,
    WASM_OP_I32_LOAD8_U = 0x2d,
    WASM_OP_I32_LOAD16_S = 0x2e,
    WASM_OP_I32_LOAD16_U = 0x2f,
    WASM_OP_I64_LOAD8_S = 0x30,
    WASM_OP_I64_LOAD8_U = 0x31,
    WASM_OP_I64_LOAD16_S = 0x32,
    WASM_OP_I64_LOAD16_U = 0x33,
    WASM_OP_I64_LOAD32_S = 0x34,
    WASM_OP_I64_LOAD32_U = 0x35,
    WASM_OP_I32_STORE = 0x36,
    WASM_OP_I64_STORE = 0x37,
    WASM_OP_I32_STORE8 = 0x3a,
    WASM_OP_I32_STORE16 = 0x3b,
    WASM_OP_I64_STORE8 = 0x3c,
    WASM_OP_I64_STORE16 = 0x3d,
    WASM_OP_I64_STORE32 = 0x3e,
    WASM_OP_MEMORY_SIZE = 0x3f,
    WASM_OP_I32_CONST = 0x41,
    WASM_OP_I64_CONST = 0x42,
    WASM_OP_I32_EQZ = 0x45,
    WASM_OP_I32_EQ = 0x46,
    WASM_OP_I32_NE = 0x47,
    WASM_OP_I32_LT_S = 0x48,
    WASM_OP_I32_LT_U = 0x49,
    WASM_OP_I32_GT_S = 0x4a,
    WASM_OP_I32_GT_U = 0x4b,
    WASM_OP_I32_LE_S = 0x4c,
    WASM_OP_I32_LE_U = 0x4d,
    WASM_OP_I32_GE_S = 0x4e,
    WASM_OP_I32_GE_U = 0x4f,
    WASM_OP_I64_EQZ = 0x50,
    WASM_OP_I64_EQ = 0x51,
    WASM_OP_I64_NE = 0x52,
    WASM_OP_I64_LT_S = 0x53,
    WASM_OP_I64_LT_U = 0x54,
    WASM_OP_I64_GT_S = 0x55,
    WASM_OP_I64_GT_U = 0x56,
    WASM_OP_I64_LE_S = 0x57,
    WASM_OP_I64_LE_U = 0x58,
    WASM_OP_I64_GE_S = 0x59,
    WASM_OP_I64_GE_U = 0x5a,
    WASM_OP_I32_CLZ = 0x67,
    WASM_OP_I32_CTZ = 0x68,
    WASM_OP_I32_POPCNT = 0x69,
    WASM_OP_I32_ADD = 0x6a,
    WASM_OP_I32_SUB = 0x6b,
    WASM_OP_I32_MUL = 0x6c,
    WASM_OP_I32_DIV_S = 0x6d,
    WASM_OP_I32_DIV_U = 0x6e,
    WASM_OP_I32_REM_S = 0x6f,
    WASM_OP_I32_REM_U = 0x70,
    WASM_OP_I32_AND = 0x71,
    WASM_OP_I32_OR = 0x72,
    WASM_OP_I32_XOR = 0x73,
    WASM_OP_I32_SHL = 0x74,
    WASM_OP_I32_SHR_S = 0x75,
    WASM_OP_I32_SHR_U = 0x76,
    WASM_OP_I32_ROTL = 0x77,
    WASM_OP_I32_ROTR = 0x78,
    WASM_OP_I64_CLZ = 0x79,
    WASM_OP_I64_CTZ = 0x7a,
    WASM_OP_I64_POPCNT = 0x7b,
    WASM_OP_I64_ADD = 0x7c,
    WASM_OP_I64_SUB = 0x7d,
    WASM_OP_I64_MUL = 0x7e,
    WASM_OP_I64_DIV_S = 0x7f,
    WASM_OP_I64_DIV_U = 0x80,
    WASM_OP_I64_REM_S = 0x81,
    WASM_OP_I64_REM_U = 0x82,
    WASM_OP_I64_AND = 0x83,
    WASM_OP_I64_OR = 0x84,
    WASM_OP_I64_XOR = 0x85,
    WASM_OP_I64_SHL = 0x86,
    WASM_OP_I64_SHR_S = 0x87,
    WASM_OP_I64_SHR_U = 0x88,
    WASM_OP_I64_ROTL = 0x89,
    WASM_OP_I64_ROTR = 0x8a,
    WASM_OP_I32_WRAP_I64 = 0xa7,
    WASM_OP_I64_EXTEND_I32_S = 0xac,
    WASM_OP_I64_EXTEND_I32_U = 0xad,
    WASM_OP_I32_EXTEND8_S = 0xc0,
    WASM_OP_I32_EXTEND16_S = 0xc1,
    WASM_OP_I64_EXTEND8_S = 0xc2,
    WASM_OP_I64_EXTEND16_S = 0xc3,
    WASM_OP_I64_EXTEND32_S = 0xc4,
    WASM_OP_PREFIX_ATOMIC = 0xfe,
};

/* Second byte of atomic.fence after WASM_OP_PREFIX_ATOMIC. */
#define WASM_ATOMIC_FENCE 0x03

/*
 * Byte buffer
 */

typedef struct WasmBuf {
    uint8_t *data;
    size_t len;
    size_t cap;
    bool failed;        /* an allocation failed: contents are incomplete */
} WasmBuf;

void wasm_buf_init(WasmBuf *b);
void wasm_buf_free(WasmBuf *b);
/* Empty the buffer, keeping its storage; clears the failed flag. */
void wasm_buf_reset(WasmBuf *b);
/* Make room for @n more bytes; false (and failed) if that is impossible. */
bool wasm_buf_reserve(WasmBuf *b, size_t n);

static inline void wasm_buf_byte(WasmBuf *b, uint8_t v)
{
    if (b->len < b->cap || wasm_buf_reserve(b, 1)) {
        b->data[b->len++] = v;
    }
}

void wasm_buf_bytes(WasmBuf *b, const void *p, size_t n);
void wasm_buf_uleb32(WasmBuf *b, uint32_t v);
void wasm_buf_uleb64(WasmBuf *b, uint64_t v);
void wasm_buf_sleb32(WasmBuf *b, int32_t v);
void wasm_buf_sleb64(WasmBuf *b, int64_t v);
/* A name: its length in bytes, then its (UTF-8) bytes. */
void wasm_buf_name(WasmBuf *b, const char *name);

/*
 * Sizes written after their contents: wasm_buf_size_begin() leaves room
 * for a u32 and returns a mark; wasm_buf_size_end() stores the number of
 * bytes written since, as a minimal LEB128, moving them if needed.
 */
size_t wasm_buf_size_begin(WasmBuf *b);
void wasm_buf_size_end(WasmBuf *b, size_t mark);

/* A section: its id, then its size back-patched by wasm_section_end(). */
size_t wasm_section_begin(WasmBuf *b, uint8_t id);
void wasm_section_end(WasmBuf *b, size_t mark);

/*
 * Locals of one function body, numbered after its parameters.
 */

typedef struct WasmLocals {
    uint32_t nr_params;
    uint32_t nr_locals;
    uint32_t cap;
    uint8_t *types;
    bool failed;
} WasmLocals;

void wasm_locals_init(WasmLocals *l, uint32_t nr_params);
void wasm_locals_free(WasmLocals *l);
/* Add a local of value type @type; returns its local index. */
uint32_t wasm_locals_add(WasmLocals *l, uint8_t type);

/*
 * Module builder.  Sections are collected separately and assembled by
 * wasm_module_finish(); all imports must be added before the first
 * function, and bodies are added in the order of their functions.
 */

typedef struct WasmModule {
    WasmBuf types;              /* contents of each section, no count */
    WasmBuf imports;
    WasmBuf funcs;
    WasmBuf exports;
    WasmBuf code;
    uint32_t *type_ofs;         /* start of each type in @types */
    uint32_t nr_types;
    uint32_t cap_types;
    uint32_t nr_imports;
    uint32_t nr_func_imports;
    uint32_t nr_table_imports;
    uint32_t nr_memory_imports;
    uint32_t nr_global_imports;
    uint32_t nr_funcs;          /* defined functions */
    uint32_t nr_bodies;
    uint32_t nr_exports;
    bool failed;
} WasmModule;

void wasm_module_init(WasmModule *m);
void wasm_module_free(WasmModule *m);

/*
 * The index of the function type (@params) -> (@results), added on first
 * use: equal signatures share one type, as call_indirect requires.
 */
uint32_t wasm_module_type(WasmModule *m,
                          const uint8_t *params, uint32_t nr_params,
                          const uint8_t *results, uint32_t nr_results);

/* Imports; each returns the index in its own index space. */
uint32_t wasm_module_import_func(WasmModule *m, const char *module,
                                 const char *name, uint32_t type);
uint32_t wasm_module_import_table(WasmModule *m, const char *module,
                                  const char *name, uint8_t reftype,
                                  uint32_t min, bool has_max, uint32_t max);
/* A shared memory must have a maximum. */
uint32_t wasm_module_import_memory(WasmModule *m, const char *module,
                                   const char *name, uint32_t min,
                                   bool has_max, uint32_t max, bool shared);
uint32_t wasm_module_import_global(WasmModule *m, const char *module,
                                   const char *name, uint8_t type,
                                   bool is_mutable);

/* Declare a function of type @type; returns its function index. */
uint32_t wasm_module_add_func(WasmModule *m, uint32_t type);
void wasm_module_export(WasmModule *m, const char *name, uint8_t kind,
                        uint32_t index);

/*
 * The body of the next declared function: @locals (may be NULL) and the
 * instructions in @expr, to which the function's final "end" is appended.
 */
void wasm_module_add_body(WasmModule *m, const WasmLocals *locals,
                          const WasmBuf *expr);

/*
 * Write the module to @out (appended).  False if anything failed or a
 * function has no body; @out then holds no usable module.
 */
bool wasm_module_finish(WasmModule *m, WasmBuf *out);

/*
 * Instructions
 */

/* Instructions without immediates. */
#define WASM_EMIT_OP(name, opcode)                  \
    static inline void wasm_emit_##name(WasmBuf *b) \
    {                                               \
        wasm_buf_byte(b, opcode);                   \
    }

/* Loads and stores: @align is log2 of the alignment hint. */
#define WASM_EMIT_MEMOP(name, opcode)                               \
    static inline void wasm_emit_##name(WasmBuf *b, uint32_t align, \
                                        uint32_t offset)            \
    {                                                               \
        wasm_buf_byte(b, opcode);                                   \
        wasm_buf_uleb32(b, align);                                  \
        wasm_buf_uleb32(b, offset);                                 \
    }

/* Instructions with one u32 immediate (index or depth). */
#define WASM_EMIT_IDXOP(name, opcode)                                \
    static inline void wasm_emit_##name(WasmBuf *b, uint32_t index) \
    {                                                                \
        wasm_buf_byte(b, opcode);                                    \
        wasm_buf_uleb32(b, index);                                   \
    }

/* Control */
WASM_EMIT_OP(unreachable, WASM_OP_UNREACHABLE)
WASM_EMIT_OP(nop, WASM_OP_NOP)
WASM_EMIT_OP(else, WASM_OP_ELSE)
WASM_EMIT_OP(end, WASM_OP_END)
WASM_EMIT_OP(return, WASM_OP_RETURN)
WASM_EMIT_OP(drop, WASM_OP_DROP)
WASM_EMIT_OP(select, WASM_OP_SELECT)
WASM_EMIT_IDXOP(br, WASM_OP_BR)
WASM_EMIT_IDXOP(br_if, WASM_OP_BR_IF)
WASM_EMIT_IDXOP(call, WASM_OP_CALL)
WASM_EMIT_IDXOP(return_call, WASM_OP_RETURN_CALL)

/* @type is WASM_BLOCK_VOID or the value type of the result. */
static inline void wasm_emit_block(WasmBuf *b, uint8_t type)
{
    wasm_buf_byte(b, WASM_OP_BLOCK);
    wasm_buf_byte(b, type);
}

static inline void wasm_emit_loop(WasmBuf *b, uint8_t type)
{
    wasm_buf_byte(b, WASM_OP_LOOP);
    wasm_buf_byte(b, type);
}

static inline void wasm_emit_if(WasmBuf *b, uint8_t type)
{
    wasm_buf_byte(b, WASM_OP_IF);
    wasm_buf_byte(b, type);
}

/* Branch to depths[i32 operand], or to @def_depth when out of range. */
void wasm_emit_br_table(WasmBuf *b, const uint32_t *depths, uint32_t n,
                        uint32_t def_depth);

static inline void wasm_emit_call_indirect(WasmBuf *b, uint32_t type,
                                           uint32_t table)
{
    wasm_buf_byte(b, WASM_OP_CALL_INDIRECT);
    wasm_buf_uleb32(b, type);
    wasm_buf_uleb32(b, table);
}

static inline void wasm_emit_return_call_indirect(WasmBuf *b, uint32_t type,
                                                  uint32_t table)
{
    wasm_buf_byte(b, WASM_OP_RETURN_CALL_INDIRECT);
    wasm_buf_uleb32(b, type);
    wasm_buf_uleb32(b, table);
}

/* Variables */
WASM_EMIT_IDXOP(local_get, WASM_OP_LOCAL_GET)
WASM_EMIT_IDXOP(local_set, WASM_OP_LOCAL_SET)
WASM_EMIT_IDXOP(local_tee, WASM_OP_LOCAL_TEE)
WASM_EMIT_IDXOP(global_get, WASM_OP_GLOBAL_GET)
WASM_EMIT_IDXOP(global_set, WASM_OP_GLOBAL_SET)

/* Memory */
WASM_EMIT_MEMOP(i32_load, WASM_OP_I32_LOAD)
WASM_EMIT_MEMOP(i64_load, WASM_OP_I64_LOAD)
WASM_EMIT_MEMOP(i32_load8_s, WASM_OP_I32_LOAD8_S)
WASM_EMIT_MEMOP(i32_load8_u, WASM_OP_I32_LOAD8_U)
WASM_EMIT_MEMOP(i32_load16_s, WASM_OP_I32_LOAD16_S)
WASM_EMIT_MEMOP(i32_load16_u, WASM_OP_I32_LOAD16_U)
WASM_EMIT_MEMOP(i64_load8_s, WASM_OP_I64_LOAD8_S)
WASM_EMIT_MEMOP(i64_load8_u, WASM_OP_I64_LOAD8_U)
WASM_EMIT_MEMOP(i64_load16_s, WASM_OP_I64_LOAD16_S)
WASM_EMIT_MEMOP(i64_load16_u, WASM_OP_I64_LOAD16_U)
WASM_EMIT_MEMOP(i64_load32_s, WASM_OP_I64_LOAD32_S)
WASM_EMIT_MEMOP(i64_load32_u, WASM_OP_I64_LOAD32_U)
WASM_EMIT_MEMOP(i32_store, WASM_OP_I32_STORE)
WASM_EMIT_MEMOP(i64_store, WASM_OP_I64_STORE)
WASM_EMIT_MEMOP(i32_store8, WASM_OP_I32_STORE8)
WASM_EMIT_MEMOP(i32_store16, WASM_OP_I32_STORE16)
WASM_EMIT_MEMOP(i64_store8, WASM_OP_I64_STORE8)
WASM_EMIT_MEMOP(i64_store16, WASM_OP_I64_STORE16)
WASM_EMIT_MEMOP(i64_store32, WASM_OP_I64_STORE32)

static inline void wasm_emit_memory_size(WasmBuf *b)
{
    wasm_buf_byte(b, WASM_OP_MEMORY_SIZE);
    wasm_buf_byte(b, 0);        /* memory 0 */
}

/* Sequentially consistent fence (threads proposal). */
static inline void wasm_emit_atomic_fence(WasmBuf *b)
{
    wasm_buf_byte(b, WASM_OP_PREFIX_ATOMIC);
    wasm_buf_byte(b, WASM_ATOMIC_FENCE);
    wasm_buf_byte(b, 0);
}

/* Constants */
static inline void wasm_emit_i32_const(WasmBuf *b, int32_t v)
{
    wasm_buf_byte(b, WASM_OP_I32_CONST);
    wasm_buf_sleb32(b, v);
}

static inline void wasm_emit_i64_const(WasmBuf *b, int64_t v)
{
    wasm_buf_byte(b, WASM_OP_I64_CONST);
    wasm_buf_sleb64(b, v);
}

/* Comparisons: each leaves an i32 0 or 1. */
WASM_EMIT_OP(i32_eqz, WASM_OP_I32_EQZ)
WASM_EMIT_OP(i32_eq, WASM_OP_I32_EQ)
WASM_EMIT_OP(i32_ne, WASM_OP_I32_NE)
WASM_EMIT_OP(i32_lt_s, WASM_OP_I32_LT_S)
WASM_EMIT_OP(i32_lt_u, WASM_OP_I32_LT_U)
WASM_EMIT_OP(i32_gt_s, WASM_OP_I32_GT_S)
WASM_EMIT_OP(i32_gt_u, WASM_OP_I32_GT_U)
WASM_EMIT_OP(i32_le_s, WASM_OP_I32_LE_S)
WASM_EMIT_OP(i32_le_u, WASM_OP_I32_LE_U)
WASM_EMIT_OP(i32_ge_s, WASM_OP_I32_GE_S)
WASM_EMIT_OP(i32_ge_u, WASM_OP_I32_GE_U)
WASM_EMIT_OP(i64_eqz, WASM_OP_I64_EQZ)
WASM_EMIT_OP(i64_eq, WASM_OP_I64_EQ)
WASM_EMIT_OP(i64_ne, WASM_OP_I64_NE)
WASM_EMIT_OP(i64_lt_s, WASM_OP_I64_LT_S)
WASM_EMIT_OP(i64_lt_u, WASM_OP_I64_LT_U)
WASM_EMIT_OP(i64_gt_s, WASM_OP_I64_GT_S)
WASM_EMIT_OP(i64_gt_u, WASM_OP_I64_GT_U)
WASM_EMIT_OP(i64_le_s, WASM_OP_I64_LE_S)
WASM_EMIT_OP(i64_le_u, WASM_OP_I64_LE_U)
WASM_EMIT_OP(i64_ge_s, WASM_OP_I64_GE_S)
WASM_EMIT_OP(i64_ge_u, WASM_OP_I64_GE_U)

/* i32 arithmetic */
WASM_EMIT_OP(i32_clz, WASM_OP_I32_CLZ)
WASM_EMIT_OP(i32_ctz, WASM_OP_I32_CTZ)
WASM_EMIT_OP(i32_popcnt, WASM_OP_I32_POPCNT)
WASM_EMIT_OP(i32_add, WASM_OP_I32_ADD)
WASM_EMIT_OP(i32_sub, WASM_OP_I32_SUB)
WASM_EMIT_OP(i32_mul, WASM_OP_I32_MUL)
WASM_EMIT_OP(i32_div_s, WASM_OP_I32_DIV_S)
WASM_EMIT_OP(i32_div_u, WASM_OP_I32_DIV_U)
WASM_EMIT_OP(i32_rem_s, WASM_OP_I32_REM_S)
WASM_EMIT_OP(i32_rem_u, WASM_OP_I32_REM_U)
WASM_EMIT_OP(i32_and, WASM_OP_I32_AND)
WASM_EMIT_OP(i32_or, WASM_OP_I32_OR)
WASM_EMIT_OP(i32_xor, WASM_OP_I32_XOR)
WASM_EMIT_OP(i32_shl, WASM_OP_I32_SHL)
WASM_EMIT_OP(i32_shr_s, WASM_OP_I32_SHR_S)
WASM_EMIT_OP(i32_shr_u, WASM_OP_I32_SHR_U)
WASM_EMIT_OP(i32_rotl, WASM_OP_I32_ROTL)
WASM_EMIT_OP(i32_rotr, WASM_OP_I32_ROTR)

/* i64 arithmetic */
WASM_EMIT_OP(i64_clz, WASM_OP_I64_CLZ)
WASM_EMIT_OP(i64_ctz, WASM_OP_I64_CTZ)
WASM_EMIT_OP(i64_popcnt, WASM_OP_I64_POPCNT)
WASM_EMIT_OP(i64_add, WASM_OP_I64_ADD)
WASM_EMIT_OP(i64_sub, WASM_OP_I64_SUB)
WASM_EMIT_OP(i64_mul, WASM_OP_I64_MUL)
WASM_EMIT_OP(i64_div_s, WASM_OP_I64_DIV_S)
WASM_EMIT_OP(i64_div_u, WASM_OP_I64_DIV_U)
WASM_EMIT_OP(i64_rem_s, WASM_OP_I64_REM_S)
WASM_EMIT_OP(i64_rem_u, WASM_OP_I64_REM_U)
WASM_EMIT_OP(i64_and, WASM_OP_I64_AND)
WASM_EMIT_OP(i64_or, WASM_OP_I64_OR)
WASM_EMIT_OP(i64_xor, WASM_OP_I64_XOR)
WASM_EMIT_OP(i64_shl, WASM_OP_I64_SHL)
WASM_EMIT_OP(i64_shr_s, WASM_OP_I64_SHR_S)
WASM_EMIT_OP(i64_shr_u, WASM_OP_I64_SHR_U)
WASM_EMIT_OP(i64_rotl, WASM_OP_I64_ROTL)
WASM_EMIT_OP(i64_rotr, WASM_OP_I64_ROTR)

/* Conversions and sign extension */
WASM_EMIT_OP(i32_wrap_i64, WASM_OP_I32_WRAP_I64)
WASM_EMIT_OP(i64_extend_i32_s, WASM_OP_I64_EXTEND_I32_S)
WASM_EMIT_OP(i64_extend_i32_u, WASM_OP_I64_EXTEND_I32_U)
WASM_EMIT_OP(i32_extend8_s, WASM_OP_I32_EXTEND8_S)
WASM_EMIT_OP(i32_extend16_s, WASM_OP_I32_EXTEND16_S)
WASM_EMIT_OP(i64_extend8_s, WASM_OP_I64_EXTEND8_S)
WASM_EMIT_OP(i64_extend16_s, WASM_OP_I64_EXTEND16_S)
WASM_EMIT_OP(i64_extend32_s, WASM_OP_I64_EXTEND32_S)

#undef WASM_EMIT_OP
#undef WASM_EMIT_MEMOP
#undef WASM_EMIT_IDXOP

#endif /* TCG_WASM_EMIT_H */
