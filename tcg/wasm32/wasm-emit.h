/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * WebAssembly module writer for the tcg/wasm32 backend
 *
 * A growable byte buffer with LEB128 encoders, a module builder (interned
 * function types, imports, functions, exports, bodies with locals) and one
 * emitter per instruction format, the opcode being a WasmOpcode.
 */

#ifndef TCG_WASM32_WASM_EMIT_H
#define TCG_WASM32_WASM_EMIT_H

/* Value types, as encoded. */
typedef enum WasmValType {
    WASM_TYPE_I32 = 0x7f,
    WASM_TYPE_I64 = 0x7e,
} WasmValType;

/* Block type of a block, loop or if without a result. */
#define WASM_BLOCK_VOID 0x40

/* Kinds of imports and exports. */
typedef enum WasmExternKind {
    WASM_EXTERN_FUNC = 0,
    WASM_EXTERN_MEMORY = 2,
} WasmExternKind;

/*
 * Opcodes of the instructions the backend emits, by format: see the
 * emitters below.  Opcodes after a prefix byte are (prefix << 8 | code).
 */
typedef enum WasmOpcode {
    /* wasm_emit(): no immediate */
    WASM_OP_UNREACHABLE = 0x00,
    WASM_OP_ELSE = 0x05,
    WASM_OP_END = 0x0b,
    WASM_OP_RETURN = 0x0f,
    WASM_OP_DROP = 0x1a,
    WASM_OP_SELECT = 0x1b,
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
    WASM_OP_I64_EXTEND8_S = 0xc2,
    WASM_OP_I64_EXTEND16_S = 0xc3,
    WASM_OP_I64_EXTEND32_S = 0xc4,

    /* wasm_emit_block(): a block type */
    WASM_OP_BLOCK = 0x02,
    WASM_OP_LOOP = 0x03,
    WASM_OP_IF = 0x04,

    /* wasm_emit_index(): a label depth, function or local index */
    WASM_OP_BR = 0x0c,
    WASM_OP_BR_IF = 0x0d,
    WASM_OP_CALL = 0x10,
    WASM_OP_RETURN_CALL = 0x12,
    WASM_OP_LOCAL_GET = 0x20,
    WASM_OP_LOCAL_SET = 0x21,
    WASM_OP_LOCAL_TEE = 0x22,

    /* wasm_emit_mem(): alignment and offset */
    WASM_OP_I32_LOAD = 0x28,
    WASM_OP_I64_LOAD = 0x29,
    WASM_OP_I32_LOAD8_U = 0x2d,
    WASM_OP_I64_LOAD8_S = 0x30,
    WASM_OP_I64_LOAD8_U = 0x31,
    WASM_OP_I64_LOAD16_S = 0x32,
    WASM_OP_I64_LOAD16_U = 0x33,
    WASM_OP_I64_LOAD32_S = 0x34,
    WASM_OP_I64_LOAD32_U = 0x35,
    WASM_OP_I32_STORE = 0x36,
    WASM_OP_I64_STORE = 0x37,
    WASM_OP_I32_STORE8 = 0x3a,
    WASM_OP_I64_STORE8 = 0x3c,
    WASM_OP_I64_STORE16 = 0x3d,
    WASM_OP_I64_STORE32 = 0x3e,

    /* wasm_emit_i32_const(), wasm_emit_i64_const(), wasm_emit_br_table() */
    WASM_OP_I32_CONST = 0x41,
    WASM_OP_I64_CONST = 0x42,
    WASM_OP_BR_TABLE = 0x0e,

    /* wasm_emit_atomic_fence() */
    WASM_OP_ATOMIC_FENCE = 0xfe03,
} WasmOpcode;

/*
 * Byte buffer
 */

typedef struct WasmBuf {
    uint8_t *data;
    size_t len;
    size_t cap;
} WasmBuf;

void wasm_buf_init(WasmBuf *b);
void wasm_buf_free(WasmBuf *b);
/* Empty the buffer, keeping its storage. */
void wasm_buf_reset(WasmBuf *b);
/* Make room for @n more bytes. */
void wasm_buf_grow(WasmBuf *b, size_t n);

static inline void wasm_buf_byte(WasmBuf *b, uint8_t v)
{
    if (unlikely(b->len == b->cap)) {
        wasm_buf_grow(b, 1);
    }
    b->data[b->len++] = v;
}

void wasm_buf_bytes(WasmBuf *b, const void *p, size_t n);
void wasm_buf_uleb(WasmBuf *b, uint64_t v);
void wasm_buf_sleb(WasmBuf *b, int64_t v);
/* A name: its length in bytes, then its (UTF-8) bytes. */
void wasm_buf_name(WasmBuf *b, const char *name);

/* A u32 that is mostly small: one byte when it can. */
static inline void wasm_buf_u32(WasmBuf *b, uint32_t v)
{
    if (likely(v < 0x80)) {
        wasm_buf_byte(b, v);
    } else {
        wasm_buf_uleb(b, v);
    }
}

/*
 * Sizes written after their contents: wasm_buf_size_begin() leaves room
 * for a u32 and returns a mark; wasm_buf_size_end() stores the number of
 * bytes written since, as a minimal LEB128, moving them if needed.
 */
size_t wasm_buf_size_begin(WasmBuf *b);
void wasm_buf_size_end(WasmBuf *b, size_t mark);

/*
 * Locals of one function body, numbered after its parameters.
 */

typedef struct WasmLocals {
    uint32_t nr_params;
    GByteArray *types;
} WasmLocals;

void wasm_locals_init(WasmLocals *l, uint32_t nr_params);
void wasm_locals_free(WasmLocals *l);
/* Add a local of type @type; returns its local index. */
uint32_t wasm_locals_add(WasmLocals *l, WasmValType type);

/*
 * Module builder.  Sections are collected separately and assembled by
 * wasm_module_finish(); all imports come before the first function, and
 * bodies are added in the order of their functions.
 */

typedef struct WasmModule {
    WasmBuf types;              /* contents of each section, no count */
    WasmBuf imports;
    WasmBuf funcs;
    WasmBuf exports;
    WasmBuf code;
    GArray *type_ofs;           /* uint32_t: start of each type in @types */
    uint32_t nr_imports;
    uint32_t nr_func_imports;
    uint32_t nr_funcs;          /* defined functions */
    uint32_t nr_bodies;
    uint32_t nr_exports;
} WasmModule;

void wasm_module_init(WasmModule *m);
void wasm_module_free(WasmModule *m);

/*
 * The index of the function type (@params) -> (@results), added on first
 * use: equal signatures share one type.
 */
uint32_t wasm_module_type(WasmModule *m,
                          const WasmValType *params, uint32_t nr_params,
                          const WasmValType *results, uint32_t nr_results);

/* Imports; each returns the index in its own index space. */
uint32_t wasm_module_import_func(WasmModule *m, const char *module,
                                 const char *name, uint32_t type);
/* A shared memory of @min to @max 64 KiB pages. */
void wasm_module_import_shared_memory(WasmModule *m, const char *module,
                                      const char *name, uint32_t min,
                                      uint32_t max);

/* Declare a function of type @type; returns its function index. */
uint32_t wasm_module_add_func(WasmModule *m, uint32_t type);
void wasm_module_export_func(WasmModule *m, const char *name,
                             uint32_t index);

/*
 * The body of the next declared function: @locals (may be NULL) and the
 * instructions in @expr, to which the function's final "end" is appended.
 */
void wasm_module_add_body(WasmModule *m, const WasmLocals *locals,
                          const WasmBuf *expr);

/* Append the module to @out; every declared function has its body. */
void wasm_module_finish(WasmModule *m, WasmBuf *out);

/*
 * Instructions, one emitter per format.
 */

static inline bool wasm_op_has_immediate(WasmOpcode op)
{
    return op >= 0x100 ||
           (op >= WASM_OP_BLOCK && op <= WASM_OP_IF) ||
           (op >= WASM_OP_BR && op <= WASM_OP_BR_TABLE) ||
           op == WASM_OP_CALL || op == WASM_OP_RETURN_CALL ||
           (op >= WASM_OP_LOCAL_GET && op <= WASM_OP_I64_CONST);
}

static inline void wasm_emit(WasmBuf *b, WasmOpcode op)
{
    assert(!wasm_op_has_immediate(op));
    wasm_buf_byte(b, op);
}

/* block, loop, if: @type is WASM_BLOCK_VOID or the result's value type. */
static inline void wasm_emit_block(WasmBuf *b, WasmOpcode op, uint8_t type)
{
    assert(op == WASM_OP_BLOCK || op == WASM_OP_LOOP || op == WASM_OP_IF);
    wasm_buf_byte(b, op);
    wasm_buf_byte(b, type);
}

/* br, br_if (a depth), call, return_call (a function), local.* (a local). */
static inline void wasm_emit_index(WasmBuf *b, WasmOpcode op, uint32_t index)
{
    assert(op == WASM_OP_BR || op == WASM_OP_BR_IF || op == WASM_OP_CALL ||
           op == WASM_OP_RETURN_CALL ||
           (op >= WASM_OP_LOCAL_GET && op <= WASM_OP_LOCAL_TEE));
    wasm_buf_byte(b, op);
    wasm_buf_u32(b, index);
}

/* Loads and stores at @offset + address; @align is log2 of the hint. */
static inline void wasm_emit_mem(WasmBuf *b, WasmOpcode op, unsigned align,
                                 uint32_t offset)
{
    assert(op >= WASM_OP_I32_LOAD && op <= WASM_OP_I64_STORE32);
    wasm_buf_byte(b, op);
    wasm_buf_byte(b, align);
    wasm_buf_u32(b, offset);
}

static inline void wasm_emit_i32_const(WasmBuf *b, int32_t v)
{
    wasm_buf_byte(b, WASM_OP_I32_CONST);
    wasm_buf_sleb(b, v);
}

static inline void wasm_emit_i64_const(WasmBuf *b, int64_t v)
{
    wasm_buf_byte(b, WASM_OP_I64_CONST);
    wasm_buf_sleb(b, v);
}

/* Branch to depths[i32 operand], or to @def_depth when out of range. */
void wasm_emit_br_table(WasmBuf *b, const uint32_t *depths, uint32_t n,
                        uint32_t def_depth);

static inline void wasm_emit_atomic_fence(WasmBuf *b)
{
    wasm_buf_byte(b, WASM_OP_ATOMIC_FENCE >> 8);
    wasm_buf_byte(b, WASM_OP_ATOMIC_FENCE & 0xff);
    wasm_buf_byte(b, 0);            /* memory ordering: sequential */
}

#endif /* TCG_WASM32_WASM_EMIT_H */
