/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The WebAssembly module writer of the tcg/wasm32 backend: encodings
 * checked here, and modules it writes validated, instantiated and run by
 * the engine this test runs on, against results computed in C.
 */

#include "qemu/osdep.h"
#include "qemu/bitops.h"
#include "qemu/host-utils.h"
#include <emscripten.h>
#include "../../tcg/wasm32/wasm-emit.h"

/*
 * The engine's side.  Instances are kept by a name; memory imports get
 * the program's own memory.  Modules are compiled from a copy: a view of
 * the shared memory may be refused.
 */
EM_JS(int, js_validate, (const uint8_t *buf, uint32_t len), {
    return WebAssembly.validate(
        new Uint8Array(wasmMemory.buffer, buf, len).slice()) ? 1 : 0;
});

EM_JS(int, js_instantiate,
      (const char *name, const uint8_t *buf, uint32_t len), {
    try {
        const bytes = new Uint8Array(wasmMemory.buffer, buf, len).slice();
        const imports = { q: {} };

        imports.q.m = wasmMemory;
        imports.q.triple = function(x) {
            return x * 3n;
        };
        if (!globalThis.wasmEmitTest) {
            globalThis.wasmEmitTest = {};
        }
        globalThis.wasmEmitTest[UTF8ToString(name)] =
            new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
        return 1;
    } catch(e) {
        err('test-wasm-emit: ' + e);
        return 0;
    }
});

/* Call export @fn of instance @name on (@a, @b); *@trapped if it trapped. */
EM_JS(int64_t, js_call, (const char *name, const char *fn, int nargs,
                         int64_t a, int64_t b, int *trapped), {
    const f = globalThis.wasmEmitTest[UTF8ToString(name)]
        .exports[UTF8ToString(fn)];
    const flag = new Int32Array(wasmMemory.buffer, trapped, 1);
    let r;

    flag[0] = 0;
    try {
        if (nargs == 2) {
            r = f(a, b);
        } else if (nargs == 1) {
            r = f(a);
        } else {
            r = f();
        }
    } catch(e) {
        if (!(e instanceof WebAssembly.RuntimeError)) {
            throw e;
        }
        flag[0] = 1;
        r = 0n;
    }
    return BigInt(r);
});

static const WasmValType i64x2[2] = { WASM_TYPE_I64, WASM_TYPE_I64 };
static const WasmValType i32x1[1] = { WASM_TYPE_I32 };

/* A function under construction: its body and its locals. */
typedef struct Func {
    WasmBuf b;
    WasmLocals l;
} Func;

static void func_begin(Func *f, WasmModule *m, const char *export,
                       uint32_t type, uint32_t nr_params)
{
    wasm_module_export_func(m, export, wasm_module_add_func(m, type));
    wasm_buf_init(&f->b);
    wasm_locals_init(&f->l, nr_params);
}

static void func_end(Func *f, WasmModule *m)
{
    wasm_module_add_body(m, &f->l, &f->b);
    wasm_buf_free(&f->b);
    wasm_locals_free(&f->l);
}

static void local_get(Func *f, uint32_t l)
{
    wasm_emit_index(&f->b, WASM_OP_LOCAL_GET, l);
}

/* Finish @m, check it validates and instantiate it as @name. */
static void instantiate(WasmModule *m, const char *name)
{
    WasmBuf out;

    wasm_buf_init(&out);
    wasm_module_finish(m, &out);
    g_assert_true(js_validate(out.data, out.len));
    g_assert_true(js_instantiate(name, out.data, out.len));
    wasm_buf_free(&out);
    wasm_module_free(m);
}

static int64_t call(const char *name, const char *fn, int nargs,
                    int64_t a, int64_t b, bool *trapped)
{
    int t;
    int64_t r = js_call(name, fn, nargs, a, b, &t);

    *trapped = t;
    return r;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

/* Random 64-bit values, many of them at the edges. */
static uint64_t rng(void)
{
    static const uint64_t edges[] = {
        0, 1, 2, 31, 32, 63, 64, 0x7f, 0x80, 0xffffffff, 0x100000000ull,
        INT64_MAX, (uint64_t)INT64_MIN, UINT64_MAX, UINT64_MAX - 1,
        0x80000000, 0x7fffffff,
    };

    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    if ((rng_state & 3) == 0) {
        return edges[(rng_state >> 8) % ARRAY_SIZE(edges)];
    }
    return rng_state >> ((rng_state >> 32) & 63);
}

/*
 * Encodings
 */

static uint64_t leb_decode(const uint8_t *p, size_t *len, bool is_signed)
{
    uint64_t v = 0;
    unsigned shift = 0;
    size_t n = 0;
    uint8_t byte;

    do {
        byte = p[n++];
        if (shift < 64) {
            v |= (uint64_t)(byte & 0x7f) << shift;
        }
        shift += 7;
    } while (byte & 0x80);
    if (is_signed && shift < 64 && (byte & 0x40)) {
        v |= ~(uint64_t)0 << shift;
    }
    *len = n;
    return v;
}

static void check_bytes(WasmBuf *b, const uint8_t *want, size_t n)
{
    g_assert_cmpuint(b->len, ==, n);
    g_assert_cmpmem(b->data, b->len, want, n);
}

static void test_leb(void)
{
    static const struct {
        bool is_signed;
        int64_t v;
        uint8_t bytes[10];
        size_t len;
    } vectors[] = {
        { false, 0, { 0x00 }, 1 },
        { false, 127, { 0x7f }, 1 },
        { false, 128, { 0x80, 0x01 }, 2 },
        { false, 624485, { 0xe5, 0x8e, 0x26 }, 3 },
        { false, UINT32_MAX, { 0xff, 0xff, 0xff, 0xff, 0x0f }, 5 },
        { false, -1, { 0xff, 0xff, 0xff, 0xff, 0xff,
                       0xff, 0xff, 0xff, 0xff, 0x01 }, 10 },
        { true, 0, { 0x00 }, 1 },
        { true, -1, { 0x7f }, 1 },
        { true, 63, { 0x3f }, 1 },
        { true, 64, { 0xc0, 0x00 }, 2 },
        { true, -64, { 0x40 }, 1 },
        { true, -65, { 0xbf, 0x7f }, 2 },
        { true, -123456, { 0xc0, 0xbb, 0x78 }, 3 },
        { true, INT32_MIN, { 0x80, 0x80, 0x80, 0x80, 0x78 }, 5 },
        { true, INT64_MIN, { 0x80, 0x80, 0x80, 0x80, 0x80,
                             0x80, 0x80, 0x80, 0x80, 0x7f }, 10 },
        { true, INT64_MAX, { 0xff, 0xff, 0xff, 0xff, 0xff,
                             0xff, 0xff, 0xff, 0xff, 0x00 }, 10 },
    };
    WasmBuf b;

    wasm_buf_init(&b);
    for (size_t i = 0; i < ARRAY_SIZE(vectors); i++) {
        wasm_buf_reset(&b);
        if (vectors[i].is_signed) {
            wasm_buf_sleb(&b, vectors[i].v);
        } else {
            wasm_buf_uleb(&b, vectors[i].v);
        }
        check_bytes(&b, vectors[i].bytes, vectors[i].len);
    }

    /* Round trips; a minimal encoding never ends in a redundant byte. */
    for (int i = 0; i < 20000; i++) {
        uint64_t v = rng();
        int64_t s = (int64_t)v * ((i & 1) ? -1 : 1);
        size_t len;

        wasm_buf_reset(&b);
        wasm_buf_uleb(&b, v);
        g_assert_cmpuint(leb_decode(b.data, &len, false), ==, v);
        g_assert_cmpuint(len, ==, b.len);
        g_assert_true(len == 1 || b.data[len - 1] != 0);
        wasm_buf_reset(&b);
        wasm_buf_sleb(&b, s);
        g_assert_cmpint(leb_decode(b.data, &len, true), ==, s);
        g_assert_cmpuint(len, ==, b.len);
        wasm_buf_reset(&b);
        wasm_buf_u32(&b, v);
        g_assert_cmpuint(leb_decode(b.data, &len, false), ==, (uint32_t)v);
        g_assert_cmpuint(len, ==, b.len);
    }
    wasm_buf_free(&b);
}

/* Sizes back-patched with 1, 2 and 3 byte LEB128s. */
static void test_size_patch(void)
{
    static const size_t sizes[] = { 5, 200, 20000 };

    for (size_t i = 0; i < ARRAY_SIZE(sizes); i++) {
        WasmBuf b;
        size_t mark, len, n = sizes[i];

        wasm_buf_init(&b);
        wasm_buf_byte(&b, 0xaa);
        mark = wasm_buf_size_begin(&b);
        for (size_t j = 0; j < n; j++) {
            wasm_buf_byte(&b, j * 13);
        }
        wasm_buf_size_end(&b, mark);
        g_assert_cmpuint(b.data[0], ==, 0xaa);
        g_assert_cmpuint(leb_decode(b.data + 1, &len, false), ==, n);
        g_assert_cmpuint(len, ==, i + 1);
        g_assert_cmpuint(b.len, ==, 1 + len + n);
        for (size_t j = 0; j < n; j++) {
            g_assert_cmpuint(b.data[1 + len + j], ==, (uint8_t)(j * 13));
        }
        wasm_buf_free(&b);
    }
}

static void test_types(void)
{
    WasmModule m;
    uint32_t a, b, c, d, e;

    wasm_module_init(&m);
    a = wasm_module_type(&m, i64x2, 2, i64x2, 1);
    b = wasm_module_type(&m, i64x2, 1, i64x2, 1);
    c = wasm_module_type(&m, i64x2, 2, i64x2, 1);
    d = wasm_module_type(&m, i64x2, 2, NULL, 0);
    e = wasm_module_type(&m, i64x2, 1, i32x1, 1);
    g_assert_cmpuint(a, ==, 0);
    g_assert_cmpuint(b, ==, 1);
    g_assert_cmpuint(c, ==, 0);
    g_assert_cmpuint(d, ==, 2);
    g_assert_cmpuint(e, ==, 3);
    wasm_module_free(&m);
}

/*
 * Arithmetic: every no-immediate operator, run on random operands.
 */

typedef struct BinOp {
    const char *name;
    WasmOpcode op;
    bool is32;                  /* on the low halves, result widened */
    bool may_trap;              /* division */
} BinOp;

static const BinOp binops[] = {
    { "i64.add", WASM_OP_I64_ADD }, { "i64.sub", WASM_OP_I64_SUB },
    { "i64.mul", WASM_OP_I64_MUL }, { "i64.div_s", WASM_OP_I64_DIV_S, 0, 1 },
    { "i64.div_u", WASM_OP_I64_DIV_U, 0, 1 },
    { "i64.rem_s", WASM_OP_I64_REM_S, 0, 1 },
    { "i64.rem_u", WASM_OP_I64_REM_U, 0, 1 },
    { "i64.and", WASM_OP_I64_AND }, { "i64.or", WASM_OP_I64_OR },
    { "i64.xor", WASM_OP_I64_XOR }, { "i64.shl", WASM_OP_I64_SHL },
    { "i64.shr_s", WASM_OP_I64_SHR_S }, { "i64.shr_u", WASM_OP_I64_SHR_U },
    { "i64.rotl", WASM_OP_I64_ROTL }, { "i64.rotr", WASM_OP_I64_ROTR },
    { "i64.eq", WASM_OP_I64_EQ }, { "i64.ne", WASM_OP_I64_NE },
    { "i64.lt_s", WASM_OP_I64_LT_S }, { "i64.lt_u", WASM_OP_I64_LT_U },
    { "i64.gt_s", WASM_OP_I64_GT_S }, { "i64.gt_u", WASM_OP_I64_GT_U },
    { "i64.le_s", WASM_OP_I64_LE_S }, { "i64.le_u", WASM_OP_I64_LE_U },
    { "i64.ge_s", WASM_OP_I64_GE_S }, { "i64.ge_u", WASM_OP_I64_GE_U },
    { "i32.add", WASM_OP_I32_ADD, 1 }, { "i32.sub", WASM_OP_I32_SUB, 1 },
    { "i32.mul", WASM_OP_I32_MUL, 1 },
    { "i32.div_s", WASM_OP_I32_DIV_S, 1, 1 },
    { "i32.div_u", WASM_OP_I32_DIV_U, 1, 1 },
    { "i32.rem_s", WASM_OP_I32_REM_S, 1, 1 },
    { "i32.rem_u", WASM_OP_I32_REM_U, 1, 1 },
    { "i32.and", WASM_OP_I32_AND, 1 }, { "i32.or", WASM_OP_I32_OR, 1 },
    { "i32.xor", WASM_OP_I32_XOR, 1 }, { "i32.shl", WASM_OP_I32_SHL, 1 },
    { "i32.shr_s", WASM_OP_I32_SHR_S, 1 },
    { "i32.shr_u", WASM_OP_I32_SHR_U, 1 },
    { "i32.rotl", WASM_OP_I32_ROTL, 1 }, { "i32.rotr", WASM_OP_I32_ROTR, 1 },
    { "i32.eq", WASM_OP_I32_EQ, 1 }, { "i32.ne", WASM_OP_I32_NE, 1 },
    { "i32.lt_s", WASM_OP_I32_LT_S, 1 }, { "i32.lt_u", WASM_OP_I32_LT_U, 1 },
    { "i32.gt_s", WASM_OP_I32_GT_S, 1 }, { "i32.gt_u", WASM_OP_I32_GT_U, 1 },
    { "i32.le_s", WASM_OP_I32_LE_S, 1 }, { "i32.le_u", WASM_OP_I32_LE_U, 1 },
    { "i32.ge_s", WASM_OP_I32_GE_S, 1 }, { "i32.ge_u", WASM_OP_I32_GE_U, 1 },
};

/* What wasm computes, as a 64-bit result; false when it traps. */
static bool oracle_binop(WasmOpcode op, uint64_t a, uint64_t b, uint64_t *r)
{
    int64_t sa = a, sb = b;
    uint32_t a32 = a, b32 = b;
    int32_t sa32 = a32, sb32 = b32;

    switch (op) {
    case WASM_OP_I64_ADD:
        *r = a + b;
        break;
    case WASM_OP_I64_SUB:
        *r = a - b;
        break;
    case WASM_OP_I64_MUL:
        *r = a * b;
        break;
    case WASM_OP_I64_DIV_S:
        if (!b || (sa == INT64_MIN && sb == -1)) {
            return false;
        }
        *r = sa / sb;
        break;
    case WASM_OP_I64_DIV_U:
        if (!b) {
            return false;
        }
        *r = a / b;
        break;
    case WASM_OP_I64_REM_S:
        if (!b) {
            return false;
        }
        *r = sb == -1 ? 0 : sa % sb;
        break;
    case WASM_OP_I64_REM_U:
        if (!b) {
            return false;
        }
        *r = a % b;
        break;
    case WASM_OP_I64_AND:
        *r = a & b;
        break;
    case WASM_OP_I64_OR:
        *r = a | b;
        break;
    case WASM_OP_I64_XOR:
        *r = a ^ b;
        break;
    case WASM_OP_I64_SHL:
        *r = a << (b & 63);
        break;
    case WASM_OP_I64_SHR_S:
        *r = sa >> (b & 63);
        break;
    case WASM_OP_I64_SHR_U:
        *r = a >> (b & 63);
        break;
    case WASM_OP_I64_ROTL:
        *r = rol64(a, b & 63);
        break;
    case WASM_OP_I64_ROTR:
        *r = ror64(a, b & 63);
        break;
    case WASM_OP_I64_EQ:
        *r = a == b;
        break;
    case WASM_OP_I64_NE:
        *r = a != b;
        break;
    case WASM_OP_I64_LT_S:
        *r = sa < sb;
        break;
    case WASM_OP_I64_LT_U:
        *r = a < b;
        break;
    case WASM_OP_I64_GT_S:
        *r = sa > sb;
        break;
    case WASM_OP_I64_GT_U:
        *r = a > b;
        break;
    case WASM_OP_I64_LE_S:
        *r = sa <= sb;
        break;
    case WASM_OP_I64_LE_U:
        *r = a <= b;
        break;
    case WASM_OP_I64_GE_S:
        *r = sa >= sb;
        break;
    case WASM_OP_I64_GE_U:
        *r = a >= b;
        break;
    case WASM_OP_I32_ADD:
        *r = (uint32_t)(a32 + b32);
        break;
    case WASM_OP_I32_SUB:
        *r = (uint32_t)(a32 - b32);
        break;
    case WASM_OP_I32_MUL:
        *r = (uint32_t)(a32 * b32);
        break;
    case WASM_OP_I32_DIV_S:
        if (!b32 || (sa32 == INT32_MIN && sb32 == -1)) {
            return false;
        }
        *r = (uint32_t)(sa32 / sb32);
        break;
    case WASM_OP_I32_DIV_U:
        if (!b32) {
            return false;
        }
        *r = a32 / b32;
        break;
    case WASM_OP_I32_REM_S:
        if (!b32) {
            return false;
        }
        *r = (uint32_t)(sb32 == -1 ? 0 : sa32 % sb32);
        break;
    case WASM_OP_I32_REM_U:
        if (!b32) {
            return false;
        }
        *r = a32 % b32;
        break;
    case WASM_OP_I32_AND:
        *r = a32 & b32;
        break;
    case WASM_OP_I32_OR:
        *r = a32 | b32;
        break;
    case WASM_OP_I32_XOR:
        *r = a32 ^ b32;
        break;
    case WASM_OP_I32_SHL:
        *r = (uint32_t)(a32 << (b32 & 31));
        break;
    case WASM_OP_I32_SHR_S:
        *r = (uint32_t)(sa32 >> (b32 & 31));
        break;
    case WASM_OP_I32_SHR_U:
        *r = a32 >> (b32 & 31);
        break;
    case WASM_OP_I32_ROTL:
        *r = rol32(a32, b32 & 31);
        break;
    case WASM_OP_I32_ROTR:
        *r = ror32(a32, b32 & 31);
        break;
    case WASM_OP_I32_EQ:
        *r = a32 == b32;
        break;
    case WASM_OP_I32_NE:
        *r = a32 != b32;
        break;
    case WASM_OP_I32_LT_S:
        *r = sa32 < sb32;
        break;
    case WASM_OP_I32_LT_U:
        *r = a32 < b32;
        break;
    case WASM_OP_I32_GT_S:
        *r = sa32 > sb32;
        break;
    case WASM_OP_I32_GT_U:
        *r = a32 > b32;
        break;
    case WASM_OP_I32_LE_S:
        *r = sa32 <= sb32;
        break;
    case WASM_OP_I32_LE_U:
        *r = a32 <= b32;
        break;
    case WASM_OP_I32_GE_S:
        *r = sa32 >= sb32;
        break;
    case WASM_OP_I32_GE_U:
        *r = a32 >= b32;
        break;
    default:
        g_assert_not_reached();
    }
    return true;
}

/* Comparisons leave an i32; i32 operators too.  Widen to i64. */
static bool op_leaves_i32(WasmOpcode op)
{
    return (op >= WASM_OP_I32_EQZ && op <= WASM_OP_I32_GE_U) ||
           (op >= WASM_OP_I64_EQ && op <= WASM_OP_I64_GE_U) ||
           (op >= WASM_OP_I32_CLZ && op <= WASM_OP_I32_ROTR);
}

static void test_binops(void)
{
    WasmModule m;
    uint32_t type;

    wasm_module_init(&m);
    type = wasm_module_type(&m, i64x2, 2, i64x2, 1);
    for (size_t i = 0; i < ARRAY_SIZE(binops); i++) {
        Func f;

        func_begin(&f, &m, binops[i].name, type, 2);
        local_get(&f, 0);
        if (binops[i].is32) {
            wasm_emit(&f.b, WASM_OP_I32_WRAP_I64);
        }
        local_get(&f, 1);
        if (binops[i].is32) {
            wasm_emit(&f.b, WASM_OP_I32_WRAP_I64);
        }
        wasm_emit(&f.b, binops[i].op);
        if (op_leaves_i32(binops[i].op)) {
            wasm_emit(&f.b, WASM_OP_I64_EXTEND_I32_U);
        }
        func_end(&f, &m);
    }
    instantiate(&m, "binops");

    for (size_t i = 0; i < ARRAY_SIZE(binops); i++) {
        for (int n = 0; n < 300; n++) {
            uint64_t a = rng(), b = rng(), want, got;
            bool trapped, ok = oracle_binop(binops[i].op, a, b, &want);

            got = call("binops", binops[i].name, 2, a, b, &trapped);
            if (!ok) {
                g_assert_true(binops[i].may_trap);
                g_assert_true(trapped);
            } else {
                g_assert_false(trapped);
                if (got != want) {
                    g_error("%s(0x%" PRIx64 ", 0x%" PRIx64 ") = 0x%" PRIx64
                            ", want 0x%" PRIx64, binops[i].name, a, b, got,
                            want);
                }
            }
        }
    }
}

/* Unary operators and conversions, each on its own function of x. */
static const struct {
    const char *name;
    WasmOpcode ops[3];          /* applied to x in turn */
} unops[] = {
    { "i64.clz", { WASM_OP_I64_CLZ } },
    { "i64.ctz", { WASM_OP_I64_CTZ } },
    { "i64.popcnt", { WASM_OP_I64_POPCNT } },
    { "i64.eqz", { WASM_OP_I64_EQZ, WASM_OP_I64_EXTEND_I32_U } },
    { "i64.extend8_s", { WASM_OP_I64_EXTEND8_S } },
    { "i64.extend16_s", { WASM_OP_I64_EXTEND16_S } },
    { "i64.extend32_s", { WASM_OP_I64_EXTEND32_S } },
    { "i32.clz", { WASM_OP_I32_WRAP_I64, WASM_OP_I32_CLZ,
                   WASM_OP_I64_EXTEND_I32_U } },
    { "i32.ctz", { WASM_OP_I32_WRAP_I64, WASM_OP_I32_CTZ,
                   WASM_OP_I64_EXTEND_I32_U } },
    { "i32.popcnt", { WASM_OP_I32_WRAP_I64, WASM_OP_I32_POPCNT,
                      WASM_OP_I64_EXTEND_I32_U } },
    { "i32.eqz", { WASM_OP_I32_WRAP_I64, WASM_OP_I32_EQZ,
                   WASM_OP_I64_EXTEND_I32_U } },
    { "extend_i32_s", { WASM_OP_I32_WRAP_I64, WASM_OP_I64_EXTEND_I32_S } },
};

static uint64_t oracle_unop(size_t i, uint64_t x)
{
    uint32_t x32 = x;

    switch (i) {
    case 0:
        return x ? clz64(x) : 64;
    case 1:
        return x ? ctz64(x) : 64;
    case 2:
        return ctpop64(x);
    case 3:
        return x == 0;
    case 4:
        return (int8_t)x;
    case 5:
        return (int16_t)x;
    case 6:
        return (int32_t)x;
    case 7:
        return x32 ? clz32(x32) : 32;
    case 8:
        return x32 ? ctz32(x32) : 32;
    case 9:
        return ctpop32(x32);
    case 10:
        return x32 == 0;
    case 11:
        return (int64_t)(int32_t)x32;
    default:
        g_assert_not_reached();
    }
}

static void test_unops(void)
{
    WasmModule m;
    uint32_t type;

    wasm_module_init(&m);
    type = wasm_module_type(&m, i64x2, 1, i64x2, 1);
    for (size_t i = 0; i < ARRAY_SIZE(unops); i++) {
        Func f;

        func_begin(&f, &m, unops[i].name, type, 1);
        local_get(&f, 0);
        for (int j = 0; j < 3 && unops[i].ops[j]; j++) {
            wasm_emit(&f.b, unops[i].ops[j]);
        }
        func_end(&f, &m);
    }
    instantiate(&m, "unops");
    for (size_t i = 0; i < ARRAY_SIZE(unops); i++) {
        for (int n = 0; n < 300; n++) {
            uint64_t x = rng();
            bool trapped;

            g_assert_cmphex(call("unops", unops[i].name, 1, x, 0, &trapped),
                            ==, oracle_unop(i, x));
            g_assert_false(trapped);
        }
    }
}

/*
 * Control: loop and br_if, if/else with a result, select, br_table,
 * constants of every size, local.tee, and calls: direct, imported and
 * return_call.
 */

/* sum(n, k): the sum of (i * k) for i < n, by a loop. */
static void emit_sum(WasmModule *m, uint32_t type)
{
    Func f;
    uint32_t acc, i;

    func_begin(&f, m, "sum", type, 2);
    acc = wasm_locals_add(&f.l, WASM_TYPE_I64);
    i = wasm_locals_add(&f.l, WASM_TYPE_I64);
    wasm_emit_block(&f.b, WASM_OP_BLOCK, WASM_BLOCK_VOID);
    wasm_emit_block(&f.b, WASM_OP_LOOP, WASM_BLOCK_VOID);
    local_get(&f, i);
    local_get(&f, 0);
    wasm_emit(&f.b, WASM_OP_I64_GE_U);
    wasm_emit_index(&f.b, WASM_OP_BR_IF, 1);
    local_get(&f, acc);
    local_get(&f, i);
    local_get(&f, 1);
    wasm_emit(&f.b, WASM_OP_I64_MUL);
    wasm_emit(&f.b, WASM_OP_I64_ADD);
    wasm_emit_index(&f.b, WASM_OP_LOCAL_SET, acc);
    local_get(&f, i);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit(&f.b, WASM_OP_I64_ADD);
    wasm_emit_index(&f.b, WASM_OP_LOCAL_SET, i);
    wasm_emit_index(&f.b, WASM_OP_BR, 0);
    wasm_emit(&f.b, WASM_OP_END);
    wasm_emit(&f.b, WASM_OP_END);
    local_get(&f, acc);
    func_end(&f, m);
}

/* pick(x, y): x < y ? x * 1000 : y - 1, by if/else; then select. */
static void emit_pick(WasmModule *m, uint32_t type)
{
    Func f;

    func_begin(&f, m, "pick", type, 2);
    local_get(&f, 0);
    local_get(&f, 1);
    wasm_emit(&f.b, WASM_OP_I64_LT_S);
    wasm_emit_block(&f.b, WASM_OP_IF, WASM_TYPE_I64);
    local_get(&f, 0);
    wasm_emit_i64_const(&f.b, 1000);
    wasm_emit(&f.b, WASM_OP_I64_MUL);
    wasm_emit(&f.b, WASM_OP_ELSE);
    local_get(&f, 1);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit(&f.b, WASM_OP_I64_SUB);
    wasm_emit(&f.b, WASM_OP_END);
    /* select(that, that ^ 1, x != 0) */
    wasm_emit_index(&f.b, WASM_OP_LOCAL_TEE, 1);
    local_get(&f, 1);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit(&f.b, WASM_OP_I64_XOR);
    local_get(&f, 0);
    wasm_emit(&f.b, WASM_OP_I64_EQZ);
    wasm_emit(&f.b, WASM_OP_I32_EQZ);
    wasm_emit(&f.b, WASM_OP_SELECT);
    func_end(&f, m);
}

static uint64_t oracle_pick(int64_t x, int64_t y)
{
    uint64_t r = x < y ? (uint64_t)x * 1000 : (uint64_t)y - 1;

    return x ? r : r ^ 1;
}

/* table(k): a br_table to one of four constants, the default last. */
static void emit_table(WasmModule *m, uint32_t type)
{
    static const uint32_t depths[] = { 0, 1, 2 };
    static const int64_t results[] = {
        -5, 0x12345678, INT64_MIN, 0x7fffffffffffffffll,
    };
    Func f;

    func_begin(&f, m, "table", type, 1);
    for (int i = 0; i < 4; i++) {
        wasm_emit_block(&f.b, WASM_OP_BLOCK, WASM_BLOCK_VOID);
    }
    local_get(&f, 0);
    wasm_emit(&f.b, WASM_OP_I32_WRAP_I64);
    wasm_emit_br_table(&f.b, depths, 3, 3);
    for (int i = 0; i < 4; i++) {
        wasm_emit(&f.b, WASM_OP_END);
        wasm_emit_i64_const(&f.b, results[i]);
        wasm_emit(&f.b, WASM_OP_RETURN);
    }
    wasm_emit(&f.b, WASM_OP_UNREACHABLE);
    func_end(&f, m);
}

static void test_control(void)
{
    static const int64_t table_results[] = {
        -5, 0x12345678, INT64_MIN, 0x7fffffffffffffffll,
    };
    WasmModule m;
    uint32_t type2, type1, triple, twice, tail;
    Func f;
    bool trapped;

    wasm_module_init(&m);
    type2 = wasm_module_type(&m, i64x2, 2, i64x2, 1);
    type1 = wasm_module_type(&m, i64x2, 1, i64x2, 1);
    triple = wasm_module_import_func(&m, "q", "triple", type1);
    wasm_module_import_shared_memory(&m, "q", "m", 1, 65536);
    emit_sum(&m, type2);
    emit_pick(&m, type2);
    emit_table(&m, type1);

    /* twice(x) = triple(x) * 2, an imported call. */
    func_begin(&f, &m, "twice", type1, 1);
    twice = m.nr_func_imports + m.nr_funcs - 1;
    local_get(&f, 0);
    wasm_emit_index(&f.b, WASM_OP_CALL, triple);
    wasm_emit_i64_const(&f.b, 2);
    wasm_emit(&f.b, WASM_OP_I64_MUL);
    func_end(&f, &m);

    /* tail(x) = twice(x + 1), a return_call. */
    func_begin(&f, &m, "tail", type1, 1);
    tail = m.nr_func_imports + m.nr_funcs - 1;
    g_assert_cmpuint(tail, ==, twice + 1);
    local_get(&f, 0);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit(&f.b, WASM_OP_I64_ADD);
    wasm_emit_index(&f.b, WASM_OP_RETURN_CALL, twice);
    func_end(&f, &m);
    instantiate(&m, "control");

    g_assert_cmpint(call("control", "sum", 2, 1000, 7, &trapped), ==,
                    7 * 999 * 1000 / 2);
    for (int n = 0; n < 300; n++) {
        int64_t x = rng(), y = rng();

        g_assert_cmphex(call("control", "pick", 2, x, y, &trapped), ==,
                        oracle_pick(x, y));
        g_assert_cmpint(call("control", "twice", 1, x, 0, &trapped), ==,
                        (int64_t)((uint64_t)x * 6));
        g_assert_cmpint(call("control", "tail", 1, x, 0, &trapped), ==,
                        (int64_t)(((uint64_t)x + 1) * 6));
    }
    for (int k = -1; k < 6; k++) {
        g_assert_cmpint(call("control", "table", 1, k, 0, &trapped), ==,
                        table_results[k < 0 || k > 3 ? 3 : k]);
    }
}

/*
 * Memory: every load and store the backend emits, at unaligned addresses
 * and with offsets, on the program's own memory, which C reads back.
 */

static const struct {
    const char *name;
    WasmOpcode op;
    unsigned size;
} mem_ops[] = {
    { "i64.store8", WASM_OP_I64_STORE8, 1 },
    { "i64.store16", WASM_OP_I64_STORE16, 2 },
    { "i64.store32", WASM_OP_I64_STORE32, 4 },
    { "i64.store", WASM_OP_I64_STORE, 8 },
    { "i32.store", WASM_OP_I32_STORE, 4 },
    { "i32.store8", WASM_OP_I32_STORE8, 1 },
    { "i64.load8_s", WASM_OP_I64_LOAD8_S, 1 },
    { "i64.load8_u", WASM_OP_I64_LOAD8_U, 1 },
    { "i64.load16_s", WASM_OP_I64_LOAD16_S, 2 },
    { "i64.load16_u", WASM_OP_I64_LOAD16_U, 2 },
    { "i64.load32_s", WASM_OP_I64_LOAD32_S, 4 },
    { "i64.load32_u", WASM_OP_I64_LOAD32_U, 4 },
    { "i64.load", WASM_OP_I64_LOAD, 8 },
    { "i32.load", WASM_OP_I32_LOAD, 4 },
    { "i32.load8_u", WASM_OP_I32_LOAD8_U, 1 },
};

static bool is_store(WasmOpcode op)
{
    return op >= WASM_OP_I32_STORE;
}

static bool is_i32_op(WasmOpcode op)
{
    return op == WASM_OP_I32_STORE || op == WASM_OP_I32_STORE8 ||
           op == WASM_OP_I32_LOAD || op == WASM_OP_I32_LOAD8_U;
}

#define MEM_OFFSET 3

static void test_memory(void)
{
    g_autofree uint8_t *area = g_malloc(64);
    WasmModule m;
    uint32_t type;
    bool trapped;

    wasm_module_init(&m);
    type = wasm_module_type(&m, i64x2, 2, i64x2, 1);
    wasm_module_import_shared_memory(&m, "q", "m", 1, 65536);
    for (size_t i = 0; i < ARRAY_SIZE(mem_ops); i++) {
        WasmOpcode op = mem_ops[i].op;
        Func f;

        /* store: (addr, v) -> 0; load: (addr, _) -> the value. */
        func_begin(&f, &m, mem_ops[i].name, type, 2);
        local_get(&f, 0);
        wasm_emit(&f.b, WASM_OP_I32_WRAP_I64);
        if (is_store(op)) {
            local_get(&f, 1);
            if (is_i32_op(op)) {
                wasm_emit(&f.b, WASM_OP_I32_WRAP_I64);
            }
            wasm_emit_mem(&f.b, op, 0, MEM_OFFSET);
            wasm_emit_i64_const(&f.b, 0);
        } else {
            wasm_emit_mem(&f.b, op, 0, MEM_OFFSET);
            if (is_i32_op(op)) {
                wasm_emit(&f.b, WASM_OP_I64_EXTEND_I32_U);
            }
        }
        func_end(&f, &m);
    }
    instantiate(&m, "memory");

    for (int n = 0; n < 200; n++) {
        for (size_t i = 0; i < ARRAY_SIZE(mem_ops); i++) {
            WasmOpcode op = mem_ops[i].op;
            unsigned size = mem_ops[i].size, at = rng() % 16;
            uint8_t *p = area + at + MEM_OFFSET;
            uint64_t v = rng(), want = 0;

            for (int j = 0; j < 64; j++) {
                area[j] = rng();
            }
            if (is_store(op)) {
                uint8_t before[64];

                memcpy(before, area, 64);
                call("memory", mem_ops[i].name, 2, (uintptr_t)(area + at), v,
                     &trapped);
                g_assert_cmpmem(p, size, &v, size);    /* little endian */
                memcpy(before + at + MEM_OFFSET, &v, size);
                g_assert_cmpmem(area, 64, before, 64);
                continue;
            }
            memcpy(&want, p, size);
            if (op == WASM_OP_I64_LOAD8_S) {
                want = (int8_t)want;
            } else if (op == WASM_OP_I64_LOAD16_S) {
                want = (int16_t)want;
            } else if (op == WASM_OP_I64_LOAD32_S) {
                want = (int32_t)want;
            }
            g_assert_cmphex(call("memory", mem_ops[i].name, 2,
                                 (uintptr_t)(area + at), 0, &trapped),
                            ==, want);
        }
    }
}

/* A function returning i64 whose body leaves an i32 does not validate. */
static void test_invalid(void)
{
    WasmModule m;
    WasmBuf out;
    Func f;

    wasm_module_init(&m);
    wasm_buf_init(&out);
    func_begin(&f, &m, "bad", wasm_module_type(&m, NULL, 0, i64x2, 1), 0);
    wasm_emit_i32_const(&f.b, 1);
    func_end(&f, &m);
    wasm_module_finish(&m, &out);
    g_assert_false(js_validate(out.data, out.len));
    wasm_buf_free(&out);
    wasm_module_free(&m);
}

/* A fence, as guest memory barriers compile to; needs a shared memory. */
static void test_fence(void)
{
    WasmModule m;
    Func f;
    bool trapped;

    wasm_module_init(&m);
    wasm_module_import_shared_memory(&m, "q", "m", 1, 65536);
    func_begin(&f, &m, "fence", wasm_module_type(&m, NULL, 0, i64x2, 1), 0);
    wasm_emit_atomic_fence(&f.b);
    wasm_emit_i64_const(&f.b, 42);
    func_end(&f, &m);
    instantiate(&m, "fence");
    g_assert_cmpint(call("fence", "fence", 0, 0, 0, &trapped), ==, 42);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/wasm-emit/leb128", test_leb);
    g_test_add_func("/wasm-emit/size-patch", test_size_patch);
    g_test_add_func("/wasm-emit/types", test_types);
    g_test_add_func("/wasm-emit/binops", test_binops);
    g_test_add_func("/wasm-emit/unops", test_unops);
    g_test_add_func("/wasm-emit/control", test_control);
    g_test_add_func("/wasm-emit/memory", test_memory);
    g_test_add_func("/wasm-emit/invalid", test_invalid);
    g_test_add_func("/wasm-emit/fence", test_fence);
    return g_test_run();
}
