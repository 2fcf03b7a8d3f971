/*
 * Native test of the WebAssembly module writer (tcg/wasm32/wasm-emit.c)
 *
 * Checks encodings here, then writes modules to DIR together with
 * DIR/manifest: the calls to make and the results computed here, which
 * run-modules.js checks in Node.js.  Prints one PASS/FAIL line per check.
 *
 * Usage: test-wasm-emit DIR
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wasm-emit.h"

static const char *out_dir;
static FILE *manifest;
static int nr_failed;

static void check(bool ok, const char *fmt, ...)
{
    va_list ap;

    printf("%s: ", ok ? "PASS" : "FAIL");
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    nr_failed += !ok;
}

/*
 * Encodings
 */

static bool bytes_equal(const WasmBuf *b, const uint8_t *want, size_t n)
{
    return !b->failed && b->len == n && memcmp(b->data, want, n) == 0;
}

/* Decode a LEB128 at @p; sets *len to its length.  */
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

#define CHECK_LEB(fn, value, ...)                                       \
    do {                                                                \
        static const uint8_t want[] = { __VA_ARGS__ };                  \
        WasmBuf b;                                                      \
        wasm_buf_init(&b);                                              \
        fn(&b, value);                                                  \
        check(bytes_equal(&b, want, sizeof(want)), "%s(%s)", #fn,       \
              #value);                                                  \
        wasm_buf_free(&b);                                              \
    } while (0)

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void test_leb(void)
{
    WasmBuf b;
    int i, bad = 0;

    CHECK_LEB(wasm_buf_uleb32, 0, 0x00);
    CHECK_LEB(wasm_buf_uleb32, 127, 0x7f);
    CHECK_LEB(wasm_buf_uleb32, 128, 0x80, 0x01);
    CHECK_LEB(wasm_buf_uleb32, 624485, 0xe5, 0x8e, 0x26);
    CHECK_LEB(wasm_buf_uleb32, UINT32_MAX, 0xff, 0xff, 0xff, 0xff, 0x0f);
    CHECK_LEB(wasm_buf_uleb64, UINT64_MAX, 0xff, 0xff, 0xff, 0xff, 0xff,
              0xff, 0xff, 0xff, 0xff, 0x01);
    CHECK_LEB(wasm_buf_sleb32, 0, 0x00);
    CHECK_LEB(wasm_buf_sleb32, -1, 0x7f);
    CHECK_LEB(wasm_buf_sleb32, 63, 0x3f);
    CHECK_LEB(wasm_buf_sleb32, 64, 0xc0, 0x00);
    CHECK_LEB(wasm_buf_sleb32, -64, 0x40);
    CHECK_LEB(wasm_buf_sleb32, -65, 0xbf, 0x7f);
    CHECK_LEB(wasm_buf_sleb32, -123456, 0xc0, 0xbb, 0x78);
    CHECK_LEB(wasm_buf_sleb32, INT32_MIN, 0x80, 0x80, 0x80, 0x80, 0x78);
    CHECK_LEB(wasm_buf_sleb32, INT32_MAX, 0xff, 0xff, 0xff, 0xff, 0x07);
    CHECK_LEB(wasm_buf_sleb64, INT64_MIN, 0x80, 0x80, 0x80, 0x80, 0x80,
              0x80, 0x80, 0x80, 0x80, 0x7f);
    CHECK_LEB(wasm_buf_sleb64, INT64_MAX, 0xff, 0xff, 0xff, 0xff, 0xff,
              0xff, 0xff, 0xff, 0xff, 0x00);

    /* Round trips; a minimal encoding never ends in a redundant byte. */
    wasm_buf_init(&b);
    for (i = 0; i < 20000; i++) {
        uint64_t v = rng() >> (rng() & 63);
        int64_t s = (int64_t)v * ((i & 1) ? -1 : 1);
        size_t len;

        wasm_buf_reset(&b);
        wasm_buf_uleb64(&b, v);
        bad += leb_decode(b.data, &len, false) != v || len != b.len ||
               (len > 1 && b.data[len - 1] == 0);
        wasm_buf_reset(&b);
        wasm_buf_sleb64(&b, s);
        bad += (int64_t)leb_decode(b.data, &len, true) != s || len != b.len;
        wasm_buf_reset(&b);
        wasm_buf_uleb32(&b, (uint32_t)v);
        bad += leb_decode(b.data, &len, false) != (uint32_t)v || len > 5;
        wasm_buf_reset(&b);
        wasm_buf_sleb32(&b, (int32_t)s);
        bad += (int64_t)leb_decode(b.data, &len, true) != (int32_t)s ||
               len > 5;
    }
    wasm_buf_free(&b);
    check(bad == 0, "LEB128 round trips (%d bad)", bad);
}

/* Sizes back-patched with 1, 2 and 3 byte LEB128s. */
static void test_size_patch(void)
{
    static const size_t sizes[] = { 5, 200, 20000 };
    unsigned i;

    for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        WasmBuf b;
        size_t mark, j, len = 0, n = sizes[i];
        bool ok;

        wasm_buf_init(&b);
        wasm_buf_byte(&b, 0xaa);
        mark = wasm_section_begin(&b, WASM_SEC_CODE);
        for (j = 0; j < n; j++) {
            wasm_buf_byte(&b, j * 13);
        }
        wasm_section_end(&b, mark);
        ok = !b.failed && b.data[0] == 0xaa && b.data[1] == WASM_SEC_CODE &&
             leb_decode(b.data + 2, &len, false) == n && b.len == 2 + len + n;
        for (j = 0; ok && j < n; j++) {
            ok = b.data[2 + len + j] == (uint8_t)(j * 13);
        }
        check(ok, "section of %zu bytes, size in %zu byte(s)", n, len);
        wasm_buf_free(&b);
    }
}

static void test_types(void)
{
    static const uint8_t ll[] = { WASM_TYPE_I64, WASM_TYPE_I64 };
    static const uint8_t l[] = { WASM_TYPE_I64 };
    static const uint8_t i[] = { WASM_TYPE_I32 };
    WasmModule m;
    uint32_t a, b, c, d, e;

    wasm_module_init(&m);
    a = wasm_module_type(&m, ll, 2, l, 1);
    b = wasm_module_type(&m, l, 1, l, 1);
    c = wasm_module_type(&m, ll, 2, l, 1);
    d = wasm_module_type(&m, ll, 2, NULL, 0);
    e = wasm_module_type(&m, l, 1, i, 1);
    check(a == 0 && b == 1 && c == 0 && d == 2 && e == 3 && m.nr_types == 4,
          "type interning (%u %u %u %u %u)", a, b, c, d, e);
    wasm_module_free(&m);
}

static void test_misuse(void)
{
    static const uint8_t none[1];
    WasmModule m;
    WasmBuf expr, out;
    uint32_t t;

    wasm_buf_init(&expr);
    wasm_buf_init(&out);

    wasm_module_init(&m);
    t = wasm_module_type(&m, none, 0, none, 0);
    wasm_module_add_func(&m, t);
    wasm_module_import_func(&m, "q", "late", t);
    wasm_module_add_body(&m, NULL, &expr);
    check(!wasm_module_finish(&m, &out), "import after a function fails");
    wasm_module_free(&m);

    wasm_module_init(&m);
    wasm_module_import_memory(&m, "q", "m", 1, false, 0, true);
    check(!wasm_module_finish(&m, &out), "shared memory without max fails");
    wasm_module_free(&m);

    wasm_module_init(&m);
    t = wasm_module_type(&m, none, 0, none, 0);
    wasm_module_add_func(&m, t);
    check(!wasm_module_finish(&m, &out), "function without body fails");
    wasm_module_free(&m);

    wasm_buf_free(&expr);
    wasm_buf_free(&out);
}

/*
 * Modules, checked in Node.js
 */

static void write_module(const char *name, WasmModule *m, bool valid)
{
    char path[4096];
    WasmBuf out;
    FILE *f;
    bool ok;

    wasm_buf_init(&out);
    ok = wasm_module_finish(m, &out);
    snprintf(path, sizeof(path), "%s/%s.wasm", out_dir, name);
    f = fopen(path, "wb");
    ok = ok && f && fwrite(out.data, 1, out.len, f) == out.len;
    ok = f && fclose(f) == 0 && ok;
    check(ok, "write %s.wasm (%zu bytes)", name, out.len);
    fprintf(manifest, "%s %s\n", valid ? "module" : "invalid", name);
    wasm_buf_free(&out);
    wasm_module_free(m);
}

/* A function body: @locals extra locals of type @ltype after @nparams. */
typedef struct Func {
    WasmBuf b;
    WasmLocals l;
} Func;

static void func_begin(Func *f, uint32_t nparams)
{
    wasm_buf_init(&f->b);
    wasm_locals_init(&f->l, nparams);
}

static void func_end(Func *f, WasmModule *m)
{
    wasm_module_add_body(m, &f->l, &f->b);
    wasm_buf_free(&f->b);
    wasm_locals_free(&f->l);
}

static const uint64_t mix_k = 0x9e3779b97f4a7c15ull;

static uint64_t rotl64(uint64_t v, unsigned n)
{
    n &= 63;
    return n ? (v << n) | (v >> (64 - n)) : v;
}

static uint64_t rotr64(uint64_t v, unsigned n)
{
    return rotl64(v, 64 - (n & 63));
}

static uint32_t rotl32(uint32_t v, unsigned n)
{
    n &= 31;
    return n ? (v << n) | (v >> (32 - n)) : v;
}

static int64_t sar64(int64_t v, unsigned n)
{
    n &= 63;
    return v < 0 ? ~(~v >> n) : v >> n;
}

static int32_t sar32(int32_t v, unsigned n)
{
    n &= 31;
    return v < 0 ? ~(~v >> n) : v >> n;
}

static uint64_t oracle_mix(uint64_t x, uint64_t n)
{
    uint64_t i;

    for (i = 0; i < n; i++) {
        x = rotl64(x * mix_k + i, i) ^ (x >> 7) ^ (uint64_t)sar64(x, i);
    }
    return x;
}

/* mix(a, n): a loop over n, 64-bit arithmetic, shifts by 0..63 and more. */
static void emit_mix(WasmModule *m, uint32_t type)
{
    Func f;
    uint32_t x, i;

    wasm_module_export(m, "mix", WASM_EXTERN_FUNC,
                       wasm_module_add_func(m, type));
    func_begin(&f, 2);
    x = wasm_locals_add(&f.l, WASM_TYPE_I64);
    i = wasm_locals_add(&f.l, WASM_TYPE_I64);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_set(&f.b, x);
    wasm_emit_i64_const(&f.b, 0);
    wasm_emit_local_set(&f.b, i);
    wasm_emit_block(&f.b, WASM_BLOCK_VOID);
    wasm_emit_loop(&f.b, WASM_BLOCK_VOID);
    wasm_emit_local_get(&f.b, i);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i64_ge_u(&f.b);
    wasm_emit_br_if(&f.b, 1);
    wasm_emit_local_get(&f.b, x);
    wasm_emit_i64_const(&f.b, (int64_t)mix_k);
    wasm_emit_i64_mul(&f.b);
    wasm_emit_local_get(&f.b, i);
    wasm_emit_i64_add(&f.b);
    wasm_emit_local_get(&f.b, i);
    wasm_emit_i64_rotl(&f.b);
    wasm_emit_local_get(&f.b, x);
    wasm_emit_i64_const(&f.b, 7);
    wasm_emit_i64_shr_u(&f.b);
    wasm_emit_i64_xor(&f.b);
    wasm_emit_local_get(&f.b, x);
    wasm_emit_local_get(&f.b, i);
    wasm_emit_i64_shr_s(&f.b);
    wasm_emit_i64_xor(&f.b);
    wasm_emit_local_set(&f.b, x);
    wasm_emit_local_get(&f.b, i);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit_i64_add(&f.b);
    wasm_emit_local_set(&f.b, i);
    wasm_emit_br(&f.b, 0);
    wasm_emit_end(&f.b);
    wasm_emit_end(&f.b);
    wasm_emit_local_get(&f.b, x);
    func_end(&f, m);
}

/* sel(k): a br_table over four blocks. */
static void emit_sel(WasmModule *m, uint32_t type)
{
    static const uint32_t depths[] = { 0, 1, 2 };
    static const int32_t results[] = { 100, 200, 300 };
    Func f;
    int i;

    wasm_module_export(m, "sel", WASM_EXTERN_FUNC,
                       wasm_module_add_func(m, type));
    func_begin(&f, 1);
    for (i = 0; i < 4; i++) {
        wasm_emit_block(&f.b, WASM_BLOCK_VOID);
    }
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_br_table(&f.b, depths, 3, 3);
    for (i = 0; i < 3; i++) {
        wasm_emit_end(&f.b);
        wasm_emit_i32_const(&f.b, results[i]);
        wasm_emit_return(&f.b);
    }
    wasm_emit_end(&f.b);
    wasm_emit_i32_const(&f.b, -1);
    func_end(&f, m);
}

/* divs(a, b): signed and unsigned division and remainder. */
static void emit_divs(WasmModule *m, uint32_t type)
{
    Func f;

    wasm_module_export(m, "divs", WASM_EXTERN_FUNC,
                       wasm_module_add_func(m, type));
    func_begin(&f, 2);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i64_div_s(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i64_rem_s(&f.b);
    wasm_emit_i64_const(&f.b, 3);
    wasm_emit_i64_mul(&f.b);
    wasm_emit_i64_add(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i64_div_u(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i64_rem_u(&f.b);
    wasm_emit_i64_xor(&f.b);
    wasm_emit_i64_sub(&f.b);
    func_end(&f, m);
}

/* Result of divs(), or false when wasm traps. */
static bool oracle_divs(int64_t a, int64_t b, int64_t *r)
{
    uint64_t ua = a, ub = b;

    if (b == 0 || (a == INT64_MIN && b == -1)) {
        return false;
    }
    *r = (int64_t)((uint64_t)(a / b) + (uint64_t)(a % b) * 3 -
                   ((ua / ub) ^ (ua % ub)));
    return true;
}

/* ext(x): wrap, extends of every width. */
static void emit_ext(WasmModule *m, uint32_t type)
{
    Func f;

    wasm_module_export(m, "ext", WASM_EXTERN_FUNC,
                       wasm_module_add_func(m, type));
    func_begin(&f, 1);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_wrap_i64(&f.b);
    wasm_emit_i64_extend_i32_s(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_wrap_i64(&f.b);
    wasm_emit_i64_extend_i32_u(&f.b);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit_i64_shl(&f.b);
    wasm_emit_i64_xor(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_extend8_s(&f.b);
    wasm_emit_i64_add(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_extend16_s(&f.b);
    wasm_emit_i64_const(&f.b, 3);
    wasm_emit_i64_shl(&f.b);
    wasm_emit_i64_xor(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_extend32_s(&f.b);
    wasm_emit_i64_const(&f.b, 5);
    wasm_emit_i64_mul(&f.b);
    wasm_emit_i64_add(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_wrap_i64(&f.b);
    wasm_emit_i32_extend8_s(&f.b);
    wasm_emit_i64_extend_i32_u(&f.b);
    wasm_emit_i64_xor(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_wrap_i64(&f.b);
    wasm_emit_i32_extend16_s(&f.b);
    wasm_emit_i64_extend_i32_s(&f.b);
    wasm_emit_i64_add(&f.b);
    func_end(&f, m);
}

static uint64_t oracle_ext(uint64_t x)
{
    uint64_t r;

    r = (uint64_t)(int64_t)(int32_t)x;
    r ^= (uint64_t)(uint32_t)x << 1;
    r += (uint64_t)(int64_t)(int8_t)x;
    r ^= (uint64_t)(int64_t)(int16_t)x << 3;
    r += (uint64_t)(int64_t)(int32_t)x * 5;
    r ^= (uint64_t)(uint32_t)(int32_t)(int8_t)x;
    r += (uint64_t)(int64_t)(int16_t)x;
    return r;
}

typedef void EmitFn(WasmBuf *b);

/* cmp(a, b): one bit per comparison, i64 then i32 on the low halves. */
static void emit_cmp(WasmModule *m, uint32_t type)
{
    static EmitFn * const ops64[] = {
        wasm_emit_i64_eq, wasm_emit_i64_ne, wasm_emit_i64_lt_s,
        wasm_emit_i64_lt_u, wasm_emit_i64_gt_s, wasm_emit_i64_gt_u,
        wasm_emit_i64_le_s, wasm_emit_i64_le_u, wasm_emit_i64_ge_s,
        wasm_emit_i64_ge_u,
    };
    static EmitFn * const ops32[] = {
        wasm_emit_i32_eq, wasm_emit_i32_ne, wasm_emit_i32_lt_s,
        wasm_emit_i32_lt_u, wasm_emit_i32_gt_s, wasm_emit_i32_gt_u,
        wasm_emit_i32_le_s, wasm_emit_i32_le_u, wasm_emit_i32_ge_s,
        wasm_emit_i32_ge_u,
    };
    Func f;
    uint32_t r;
    int i;

    wasm_module_export(m, "cmp", WASM_EXTERN_FUNC,
                       wasm_module_add_func(m, type));
    func_begin(&f, 2);
    r = wasm_locals_add(&f.l, WASM_TYPE_I64);
    for (i = 0; i < 10; i++) {
        wasm_emit_local_get(&f.b, r);
        wasm_emit_local_get(&f.b, 0);
        wasm_emit_local_get(&f.b, 1);
        ops64[i](&f.b);
        wasm_emit_i64_extend_i32_u(&f.b);
        wasm_emit_i64_const(&f.b, i);
        wasm_emit_i64_shl(&f.b);
        wasm_emit_i64_or(&f.b);
        wasm_emit_local_set(&f.b, r);

        wasm_emit_local_get(&f.b, r);
        wasm_emit_local_get(&f.b, 0);
        wasm_emit_i32_wrap_i64(&f.b);
        wasm_emit_local_get(&f.b, 1);
        wasm_emit_i32_wrap_i64(&f.b);
        ops32[i](&f.b);
        wasm_emit_i64_extend_i32_u(&f.b);
        wasm_emit_i64_const(&f.b, 16 + i);
        wasm_emit_i64_shl(&f.b);
        wasm_emit_i64_or(&f.b);
        wasm_emit_local_set(&f.b, r);
    }
    /* Bit 10: eqz, through if/else with a result. */
    wasm_emit_local_get(&f.b, r);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_eqz(&f.b);
    wasm_emit_if(&f.b, WASM_TYPE_I64);
    wasm_emit_i64_const(&f.b, 1 << 10);
    wasm_emit_else(&f.b);
    wasm_emit_i64_const(&f.b, 0);
    wasm_emit_end(&f.b);
    wasm_emit_i64_or(&f.b);
    /* Bit 26: i32.eqz of the low half, through select. */
    wasm_emit_i64_const(&f.b, 1 << 26);
    wasm_emit_i64_const(&f.b, 0);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_wrap_i64(&f.b);
    wasm_emit_i32_eqz(&f.b);
    wasm_emit_select(&f.b);
    wasm_emit_i64_or(&f.b);
    func_end(&f, m);
}

static uint64_t oracle_cmp(int64_t a, int64_t b)
{
    uint64_t ua = a, ub = b;
    int32_t a32 = (int32_t)a, b32 = (int32_t)b;
    uint32_t ua32 = a32, ub32 = b32;
    bool c64[10] = {
        a == b, a != b, a < b, ua < ub, a > b, ua > ub,
        a <= b, ua <= ub, a >= b, ua >= ub,
    };
    bool c32[10] = {
        a32 == b32, a32 != b32, a32 < b32, ua32 < ub32, a32 > b32,
        ua32 > ub32, a32 <= b32, ua32 <= ub32, a32 >= b32, ua32 >= ub32,
    };
    uint64_t r = 0;
    int i;

    for (i = 0; i < 10; i++) {
        r |= (uint64_t)c64[i] << i;
        r |= (uint64_t)c32[i] << (16 + i);
    }
    r |= (uint64_t)(a == 0) << 10;
    r |= (uint64_t)(a32 == 0) << 26;
    return r;
}

/* bits(x): counts, rotates and shifts of both widths. */
static void emit_bits(WasmModule *m, uint32_t type)
{
    static EmitFn * const count64[] = {
        wasm_emit_i64_clz, wasm_emit_i64_ctz, wasm_emit_i64_popcnt,
    };
    static EmitFn * const count32[] = {
        wasm_emit_i32_clz, wasm_emit_i32_ctz, wasm_emit_i32_popcnt,
    };
    static EmitFn * const shift32[] = {
        wasm_emit_i32_shl, wasm_emit_i32_shr_s, wasm_emit_i32_shr_u,
        wasm_emit_i32_rotl, wasm_emit_i32_rotr,
    };
    Func f;
    int i;

    wasm_module_export(m, "bits", WASM_EXTERN_FUNC,
                       wasm_module_add_func(m, type));
    func_begin(&f, 1);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_const(&f.b, 13);
    wasm_emit_i64_rotr(&f.b);
    for (i = 0; i < 3; i++) {
        wasm_emit_local_get(&f.b, 0);
        count64[i](&f.b);
        wasm_emit_i64_const(&f.b, 8 * i);
        wasm_emit_i64_shl(&f.b);
        wasm_emit_i64_xor(&f.b);
        wasm_emit_local_get(&f.b, 0);
        wasm_emit_i32_wrap_i64(&f.b);
        count32[i](&f.b);
        wasm_emit_i64_extend_i32_u(&f.b);
        wasm_emit_i64_const(&f.b, 24 + 8 * i);
        wasm_emit_i64_shl(&f.b);
        wasm_emit_i64_xor(&f.b);
    }
    /* i32 shifts of the low half by the high half (mod 32). */
    for (i = 0; i < 5; i++) {
        wasm_emit_local_get(&f.b, 0);
        wasm_emit_i32_wrap_i64(&f.b);
        wasm_emit_local_get(&f.b, 0);
        wasm_emit_i64_const(&f.b, 32 + i);
        wasm_emit_i64_shr_u(&f.b);
        wasm_emit_i32_wrap_i64(&f.b);
        shift32[i](&f.b);
        wasm_emit_i64_extend_i32_u(&f.b);
        wasm_emit_i64_const(&f.b, 7 * i);
        wasm_emit_i64_rotl(&f.b);
        wasm_emit_i64_add(&f.b);
    }
    func_end(&f, m);
}

static unsigned clz64(uint64_t v)
{
    return v ? __builtin_clzll(v) : 64;
}

static unsigned ctz64(uint64_t v)
{
    return v ? __builtin_ctzll(v) : 64;
}

static unsigned clz32(uint32_t v)
{
    return v ? __builtin_clz(v) : 32;
}

static unsigned ctz32(uint32_t v)
{
    return v ? __builtin_ctz(v) : 32;
}

static uint64_t oracle_bits(uint64_t x)
{
    uint32_t lo = x;
    uint64_t c64[3] = { clz64(x), ctz64(x), __builtin_popcountll(x) };
    uint64_t c32[3] = { clz32(lo), ctz32(lo), __builtin_popcount(lo) };
    uint64_t r = rotr64(x, 13);
    int i;

    for (i = 0; i < 3; i++) {
        r ^= c64[i] << (8 * i);
        r ^= c32[i] << (24 + 8 * i);
    }
    for (i = 0; i < 5; i++) {
        unsigned n = (uint32_t)(x >> (32 + i));
        uint32_t s;

        switch (i) {
        case 0:
            s = lo << (n & 31);
            break;
        case 1:
            s = sar32(lo, n);
            break;
        case 2:
            s = lo >> (n & 31);
            break;
        case 3:
            s = rotl32(lo, n);
            break;
        default:
            s = rotl32(lo, 32 - (n & 31));
            break;
        }
        r += rotl64(s, 7 * i);
    }
    return r;
}

/* i32ops(a, b): the i32 binary operators. */
static void emit_i32ops(WasmModule *m, uint32_t type)
{
    static EmitFn * const ops[] = {
        wasm_emit_i32_add, wasm_emit_i32_sub, wasm_emit_i32_mul,
        wasm_emit_i32_div_s, wasm_emit_i32_div_u, wasm_emit_i32_rem_s,
        wasm_emit_i32_rem_u, wasm_emit_i32_and, wasm_emit_i32_or,
        wasm_emit_i32_xor,
    };
    Func f;
    int i;

    wasm_module_export(m, "i32ops", WASM_EXTERN_FUNC,
                       wasm_module_add_func(m, type));
    func_begin(&f, 2);
    wasm_emit_i32_const(&f.b, 0);
    for (i = 0; i < 10; i++) {
        wasm_emit_i32_const(&f.b, 31);
        wasm_emit_i32_mul(&f.b);
        wasm_emit_local_get(&f.b, 0);
        wasm_emit_local_get(&f.b, 1);
        ops[i](&f.b);
        wasm_emit_i32_add(&f.b);
    }
    func_end(&f, m);
}

/* Result of i32ops(a, b), or false when wasm traps. */
static bool oracle_i32ops(int32_t a, int32_t b, int32_t *res)
{
    uint32_t ua = a, ub = b, r = 0, v[10];
    int i;

    if (b == 0 || (a == INT32_MIN && b == -1)) {
        return false;
    }
    v[0] = ua + ub;
    v[1] = ua - ub;
    v[2] = ua * ub;
    v[3] = (uint32_t)(a / b);
    v[4] = ua / ub;
    v[5] = (uint32_t)(a % b);
    v[6] = ua % ub;
    v[7] = ua & ub;
    v[8] = ua | ub;
    v[9] = ua ^ ub;
    for (i = 0; i < 10; i++) {
        r = r * 31 + v[i];
    }
    *res = (int32_t)r;
    return true;
}

/* fact(n): recursion with call, if/else with a result. */
static void emit_fact(WasmModule *m, uint32_t type)
{
    uint32_t self = wasm_module_add_func(m, type);
    Func f;

    wasm_module_export(m, "fact", WASM_EXTERN_FUNC, self);
    func_begin(&f, 1);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit_i64_le_s(&f.b);
    wasm_emit_if(&f.b, WASM_TYPE_I64);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit_else(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_const(&f.b, 1);
    wasm_emit_i64_sub(&f.b);
    wasm_emit_call(&f.b, self);
    wasm_emit_i64_mul(&f.b);
    wasm_emit_end(&f.b);
    func_end(&f, m);
}

/* big(x) = x + 6000: a body of ~18 KB, its size in a 3-byte LEB128. */
static void emit_big(WasmModule *m, uint32_t type)
{
    Func f;
    int i;

    wasm_module_export(m, "big", WASM_EXTERN_FUNC,
                       wasm_module_add_func(m, type));
    func_begin(&f, 1);
    wasm_emit_local_get(&f.b, 0);
    for (i = 0; i < 6000; i++) {
        wasm_emit_i64_const(&f.b, 1);
        wasm_emit_i64_add(&f.b);
    }
    wasm_emit_nop(&f.b);
    func_end(&f, m);
}

static void call_i64_i64(const char *mod, const char *fn, int64_t a,
                         int64_t b, int64_t r)
{
    fprintf(manifest, "call %s %s i64:%" PRId64 " i64:%" PRId64
            " = i64:%" PRId64 "\n", mod, fn, a, b, r);
}

static void call_i64(const char *mod, const char *fn, int64_t a, int64_t r)
{
    fprintf(manifest, "call %s %s i64:%" PRId64 " = i64:%" PRId64 "\n",
            mod, fn, a, r);
}

static void module_arith(void)
{
    static const uint8_t ll[] = { WASM_TYPE_I64, WASM_TYPE_I64 };
    static const uint8_t l[] = { WASM_TYPE_I64 };
    static const uint8_t i[] = { WASM_TYPE_I32 };
    static const uint8_t ii[] = { WASM_TYPE_I32, WASM_TYPE_I32 };
    static const int64_t vals[] = {
        0, 1, -1, 2, 63, 64, -64, 0x7f, 0x80, 0xff, 0x8000, 0x7fffffff,
        0x80000000ll, 0xffffffffll, 0x100000000ll, INT64_MAX, INT64_MIN,
        INT64_MIN + 1, 0x123456789abcdef0ll, -0x5a5a5a5a5a5a5a5all, -7, 3,
    };
    const int nv = sizeof(vals) / sizeof(vals[0]);
    WasmModule m;
    uint32_t t_ll_l, t_l_l, t_i_i, t_ii_i;
    int j, k;

    wasm_module_init(&m);
    t_ll_l = wasm_module_type(&m, ll, 2, l, 1);
    t_l_l = wasm_module_type(&m, l, 1, l, 1);
    t_i_i = wasm_module_type(&m, i, 1, i, 1);
    t_ii_i = wasm_module_type(&m, ii, 2, i, 1);
    emit_mix(&m, t_ll_l);
    emit_sel(&m, t_i_i);
    emit_divs(&m, t_ll_l);
    emit_ext(&m, t_l_l);
    emit_cmp(&m, t_ll_l);
    emit_bits(&m, t_l_l);
    emit_i32ops(&m, t_ii_i);
    emit_fact(&m, t_l_l);
    emit_big(&m, t_l_l);
    write_module("arith", &m, true);

    for (j = 0; j < nv; j++) {
        call_i64_i64("arith", "mix", vals[j], 130,
                     oracle_mix(vals[j], 130));
        call_i64("arith", "ext", vals[j], oracle_ext(vals[j]));
        call_i64("arith", "bits", vals[j], oracle_bits(vals[j]));
        call_i64("arith", "big", vals[j], (int64_t)((uint64_t)vals[j] + 6000));
        for (k = 0; k < nv; k++) {
            int64_t r;
            int32_t r32;

            if (oracle_divs(vals[j], vals[k], &r)) {
                call_i64_i64("arith", "divs", vals[j], vals[k], r);
            } else {
                fprintf(manifest, "call arith divs i64:%" PRId64
                        " i64:%" PRId64 " = trap\n", vals[j], vals[k]);
            }
            call_i64_i64("arith", "cmp", vals[j], vals[k],
                         oracle_cmp(vals[j], vals[k]));
            if (oracle_i32ops(vals[j], vals[k], &r32)) {
                fprintf(manifest, "call arith i32ops i32:%d i32:%d = i32:%d\n",
                        (int32_t)vals[j], (int32_t)vals[k], r32);
            } else {
                fprintf(manifest, "call arith i32ops i32:%d i32:%d = trap\n",
                        (int32_t)vals[j], (int32_t)vals[k]);
            }
        }
    }
    for (j = -2; j < 6; j++) {
        fprintf(manifest, "call arith sel i32:%d = i32:%d\n", j,
                j >= 0 && j < 3 ? (j + 1) * 100 : -1);
    }
    call_i64("arith", "fact", 20, 2432902008176640000ll);
}

/* Guest of the memory module: a shadow of its first 64 KiB page. */
static uint8_t shadow[65536];

typedef void EmitMemFn(WasmBuf *b, uint32_t align, uint32_t offset);

static const struct {
    EmitMemFn *emit;
    uint32_t offset;
    uint8_t size;
    bool sign;
    bool is_i32;
} loads[] = {
    { wasm_emit_i64_load8_s, 0, 1, true, false },
    { wasm_emit_i64_load8_u, 1, 1, false, false },
    { wasm_emit_i64_load16_s, 2, 2, true, false },
    { wasm_emit_i32_load, 3, 4, false, true },
    { wasm_emit_i32_load8_s, 4, 1, true, true },
    { wasm_emit_i32_load8_u, 5, 1, false, true },
    { wasm_emit_i32_load16_s, 6, 2, true, true },
    { wasm_emit_i32_load16_u, 7, 2, false, true },
    { wasm_emit_i64_load16_u, 9, 2, false, false },
    { wasm_emit_i64_load32_s, 10, 4, true, false },
    { wasm_emit_i64_load32_u, 11, 4, false, false },
    { wasm_emit_i64_load, 13, 8, false, false },
};

static uint64_t oracle_ld(uint32_t addr)
{
    uint64_t h = 0;
    unsigned i, j;

    for (i = 0; i < sizeof(loads) / sizeof(loads[0]); i++) {
        uint64_t v = 0;
        unsigned bits = loads[i].size * 8;

        for (j = 0; j < loads[i].size; j++) {
            v |= (uint64_t)shadow[addr + loads[i].offset + j] << (8 * j);
        }
        if (loads[i].sign && bits < 64 && (v >> (bits - 1)) & 1) {
            v |= ~(uint64_t)0 << bits;
        }
        h = rotl64(h, 9) ^ v;
    }
    return h;
}

static void shadow_store(uint32_t addr, uint64_t v, unsigned size)
{
    unsigned j;

    for (j = 0; j < size; j++) {
        shadow[addr + j] = v >> (8 * j);
    }
}

static const struct {
    EmitMemFn *emit;
    uint32_t offset;
    uint8_t size;
    bool is_i32;
    uint8_t shift;          /* of the stored value */
} stores[] = {
    { wasm_emit_i64_store, 0, 8, false, 0 },
    { wasm_emit_i64_store32, 8, 4, false, 3 },
    { wasm_emit_i64_store16, 12, 2, false, 8 },
    { wasm_emit_i64_store8, 14, 1, false, 16 },
    { wasm_emit_i32_store, 15, 4, true, 5 },
    { wasm_emit_i32_store16, 19, 2, true, 32 },
    { wasm_emit_i32_store8, 21, 1, true, 40 },
};

static void module_mem(void)
{
    static const uint8_t i[] = { WASM_TYPE_I32 };
    static const uint8_t ii[] = { WASM_TYPE_I32, WASM_TYPE_I32 };
    static const uint8_t il[] = { WASM_TYPE_I32, WASM_TYPE_I64 };
    static const uint8_t l[] = { WASM_TYPE_I64 };
    static const uint32_t ld_addrs[] = { 4096, 4097, 4133, 4196, 4290 };
    const uint64_t st_value = 0xfedcba9876543210ull;
    uint64_t hash = 0;
    WasmModule m;
    uint32_t t_ii, t_i_l, t_il, t_ii_l, t_i, t_i_i, g;
    Func f;
    uint32_t n, idx, h;
    unsigned k;

    wasm_module_init(&m);
    t_ii = wasm_module_type(&m, ii, 2, NULL, 0);
    t_i_l = wasm_module_type(&m, i, 1, l, 1);
    t_il = wasm_module_type(&m, il, 2, NULL, 0);
    t_ii_l = wasm_module_type(&m, ii, 2, l, 1);
    t_i = wasm_module_type(&m, NULL, 0, i, 1);
    t_i_i = wasm_module_type(&m, i, 1, i, 1);
    wasm_module_import_memory(&m, "q", "m", 1, true, 16, true);
    g = wasm_module_import_global(&m, "q", "g", WASM_TYPE_I32, true);

    /* fill(base, n): byte base + i = i * 7 + 3 */
    wasm_module_export(&m, "fill", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_ii));
    func_begin(&f, 2);
    idx = wasm_locals_add(&f.l, WASM_TYPE_I32);
    wasm_emit_block(&f.b, WASM_BLOCK_VOID);
    wasm_emit_loop(&f.b, WASM_BLOCK_VOID);
    wasm_emit_local_get(&f.b, idx);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i32_ge_u(&f.b);
    wasm_emit_br_if(&f.b, 1);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_get(&f.b, idx);
    wasm_emit_i32_add(&f.b);
    wasm_emit_local_get(&f.b, idx);
    wasm_emit_i32_const(&f.b, 7);
    wasm_emit_i32_mul(&f.b);
    wasm_emit_i32_const(&f.b, 3);
    wasm_emit_i32_add(&f.b);
    wasm_emit_i32_store8(&f.b, 0, 0);
    wasm_emit_local_get(&f.b, idx);
    wasm_emit_i32_const(&f.b, 1);
    wasm_emit_i32_add(&f.b);
    wasm_emit_local_set(&f.b, idx);
    wasm_emit_br(&f.b, 0);
    wasm_emit_end(&f.b);
    wasm_emit_end(&f.b);
    func_end(&f, &m);

    /* ld(addr): every load, unaligned, at growing offsets */
    wasm_module_export(&m, "ld", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_i_l));
    func_begin(&f, 1);
    wasm_emit_i64_const(&f.b, 0);
    for (k = 0; k < sizeof(loads) / sizeof(loads[0]); k++) {
        wasm_emit_i64_const(&f.b, 9);
        wasm_emit_i64_rotl(&f.b);
        wasm_emit_local_get(&f.b, 0);
        loads[k].emit(&f.b, 0, loads[k].offset);
        if (loads[k].is_i32 && loads[k].sign) {
            wasm_emit_i64_extend_i32_s(&f.b);
        } else if (loads[k].is_i32) {
            wasm_emit_i64_extend_i32_u(&f.b);
        }
        wasm_emit_i64_xor(&f.b);
    }
    func_end(&f, &m);

    /* st(addr, v): every store, then a fence */
    wasm_module_export(&m, "st", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_il));
    func_begin(&f, 2);
    for (k = 0; k < sizeof(stores) / sizeof(stores[0]); k++) {
        wasm_emit_local_get(&f.b, 0);
        wasm_emit_local_get(&f.b, 1);
        wasm_emit_i64_const(&f.b, stores[k].shift);
        wasm_emit_i64_shr_u(&f.b);
        if (stores[k].is_i32) {
            wasm_emit_i32_wrap_i64(&f.b);
        }
        stores[k].emit(&f.b, stores[k].size == 8 ? 3 : 0, stores[k].offset);
    }
    wasm_emit_atomic_fence(&f.b);
    func_end(&f, &m);

    /* hash(addr, n) = fold of h * 131 + byte */
    wasm_module_export(&m, "hash", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_ii_l));
    func_begin(&f, 2);
    h = wasm_locals_add(&f.l, WASM_TYPE_I64);
    wasm_emit_block(&f.b, WASM_BLOCK_VOID);
    wasm_emit_loop(&f.b, WASM_BLOCK_VOID);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i32_eqz(&f.b);
    wasm_emit_br_if(&f.b, 1);
    wasm_emit_local_get(&f.b, h);
    wasm_emit_i64_const(&f.b, 131);
    wasm_emit_i64_mul(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_load8_u(&f.b, 0, 0);
    wasm_emit_i64_add(&f.b);
    wasm_emit_local_set(&f.b, h);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_const(&f.b, 1);
    wasm_emit_i32_add(&f.b);
    wasm_emit_local_set(&f.b, 0);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i32_const(&f.b, 1);
    wasm_emit_i32_sub(&f.b);
    wasm_emit_local_tee(&f.b, 1);
    wasm_emit_drop(&f.b);
    wasm_emit_br(&f.b, 0);
    wasm_emit_end(&f.b);
    wasm_emit_end(&f.b);
    wasm_emit_local_get(&f.b, h);
    func_end(&f, &m);

    /* pages() */
    wasm_module_export(&m, "pages", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_i));
    func_begin(&f, 0);
    wasm_emit_memory_size(&f.b);
    func_end(&f, &m);

    /* gbump(d): the imported global += d */
    wasm_module_export(&m, "gbump", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_i_i));
    func_begin(&f, 1);
    wasm_emit_global_get(&f.b, g);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_add(&f.b);
    wasm_emit_global_set(&f.b, g);
    wasm_emit_global_get(&f.b, g);
    func_end(&f, &m);

    write_module("mem", &m, true);

    n = 300;
    fprintf(manifest, "call mem fill i32:4096 i32:%u = void\n", n);
    for (k = 0; k < n; k++) {
        shadow[4096 + k] = k * 7 + 3;
    }
    for (k = 0; k < sizeof(ld_addrs) / sizeof(ld_addrs[0]); k++) {
        fprintf(manifest, "call mem ld i32:%u = i64:%" PRId64 "\n",
                ld_addrs[k], (int64_t)oracle_ld(ld_addrs[k]));
    }
    fprintf(manifest, "call mem ld i32:%u = trap\n", 65536 - 16);
    fprintf(manifest, "call mem st i32:8192 i64:%" PRId64 " = void\n",
            (int64_t)st_value);
    for (k = 0; k < sizeof(stores) / sizeof(stores[0]); k++) {
        shadow_store(8192 + stores[k].offset, st_value >> stores[k].shift,
                     stores[k].size);
    }
    for (k = 0; k < 24; k++) {
        hash = hash * 131 + shadow[8192 + k];
    }
    fprintf(manifest, "call mem hash i32:8192 i32:24 = i64:%" PRId64 "\n",
            (int64_t)hash);
    fprintf(manifest, "call mem pages = i32:1\n");
    fprintf(manifest, "call mem gbump i32:10 = i32:15\n");
    fprintf(manifest, "call mem gbump i32:-20 = i32:-5\n");
}

/* Functions for the table, as C helpers would be: separate module. */
static void module_helpers(void)
{
    static const uint8_t ll[] = { WASM_TYPE_I64, WASM_TYPE_I64 };
    static const uint8_t l[] = { WASM_TYPE_I64 };
    static const uint8_t ii[] = { WASM_TYPE_I32, WASM_TYPE_I32 };
    static const uint8_t i[] = { WASM_TYPE_I32 };
    WasmModule m;
    uint32_t t_ll_l, t_l_l, t_ii_i, self;
    Func f;

    wasm_module_init(&m);
    t_ll_l = wasm_module_type(&m, ll, 2, l, 1);
    t_l_l = wasm_module_type(&m, l, 1, l, 1);
    t_ii_i = wasm_module_type(&m, ii, 2, i, 1);

    wasm_module_export(&m, "add", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_ll_l));
    func_begin(&f, 2);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i64_add(&f.b);
    func_end(&f, &m);

    wasm_module_export(&m, "mul", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_ll_l));
    func_begin(&f, 2);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i64_mul(&f.b);
    func_end(&f, &m);

    wasm_module_export(&m, "neg", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_l_l));
    func_begin(&f, 1);
    wasm_emit_i64_const(&f.b, 0);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i64_sub(&f.b);
    func_end(&f, &m);

    /* count(n, acc): tail recursion with return_call */
    self = wasm_module_add_func(&m, t_ii_i);
    wasm_module_export(&m, "count", WASM_EXTERN_FUNC, self);
    func_begin(&f, 2);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_eqz(&f.b);
    wasm_emit_if(&f.b, WASM_TYPE_I32);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_else(&f.b);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_const(&f.b, 1);
    wasm_emit_i32_sub(&f.b);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_i32_const(&f.b, 1);
    wasm_emit_i32_add(&f.b);
    wasm_emit_return_call(&f.b, self);
    wasm_emit_end(&f.b);
    func_end(&f, &m);

    write_module("helpers", &m, true);
    fprintf(manifest, "call helpers neg i64:5 = i64:-5\n");
    fprintf(manifest, "call helpers count i32:1000000 i32:0 = i32:1000000\n");
}

/* Calls through an imported table and an imported function. */
static void module_indirect(void)
{
    static const uint8_t ll[] = { WASM_TYPE_I64, WASM_TYPE_I64 };
    static const uint8_t ill[] = { WASM_TYPE_I32, WASM_TYPE_I64,
                                   WASM_TYPE_I64 };
    static const uint8_t l[] = { WASM_TYPE_I64 };
    static const uint8_t i[] = { WASM_TYPE_I32 };
    WasmModule m;
    uint32_t t_ll_l, t_i_i, t_ill_l, log, tab;
    Func f;

    wasm_module_init(&m);
    t_ll_l = wasm_module_type(&m, ll, 2, l, 1);
    t_i_i = wasm_module_type(&m, i, 1, i, 1);
    t_ill_l = wasm_module_type(&m, ill, 3, l, 1);
    log = wasm_module_import_func(&m, "q", "log", t_i_i);
    tab = wasm_module_import_table(&m, "q", "t", WASM_TYPE_FUNCREF, 8,
                                   false, 0);

    /* disp(idx, a, b) = table[idx](a, b) */
    wasm_module_export(&m, "disp", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_ill_l));
    func_begin(&f, 3);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_local_get(&f.b, 2);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_call_indirect(&f.b, t_ll_l, tab);
    func_end(&f, &m);

    /* tail(idx, a, b): the same as a tail call */
    wasm_module_export(&m, "tail", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_ill_l));
    func_begin(&f, 3);
    wasm_emit_local_get(&f.b, 1);
    wasm_emit_local_get(&f.b, 2);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_return_call_indirect(&f.b, t_ll_l, tab);
    func_end(&f, &m);

    /* viacall(x) = log(x) + 1 */
    wasm_module_export(&m, "viacall", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_i_i));
    func_begin(&f, 1);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_call(&f.b, log);
    wasm_emit_i32_const(&f.b, 1);
    wasm_emit_i32_add(&f.b);
    func_end(&f, &m);

    /* spin(n): n ? table[3](n - 1) as a tail call : 7 */
    wasm_module_export(&m, "spin", WASM_EXTERN_FUNC,
                       wasm_module_add_func(&m, t_i_i));
    func_begin(&f, 1);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_if(&f.b, WASM_BLOCK_VOID);
    wasm_emit_local_get(&f.b, 0);
    wasm_emit_i32_const(&f.b, 1);
    wasm_emit_i32_sub(&f.b);
    wasm_emit_i32_const(&f.b, 3);
    wasm_emit_return_call_indirect(&f.b, t_i_i, tab);
    wasm_emit_end(&f.b);
    wasm_emit_i32_const(&f.b, 7);
    func_end(&f, &m);

    write_module("indirect", &m, true);
    fprintf(manifest, "table 1 helpers add\n");
    fprintf(manifest, "table 2 helpers mul\n");
    fprintf(manifest, "table 4 helpers neg\n");
    fprintf(manifest, "table 3 indirect spin\n");
    fprintf(manifest, "call indirect disp i32:1 i64:5 i64:7 = i64:12\n");
    fprintf(manifest, "call indirect disp i32:2 i64:-3 i64:9 = i64:-27\n");
    fprintf(manifest, "call indirect tail i32:1 i64:%" PRId64
            " i64:1 = i64:%" PRId64 "\n", INT64_MAX, INT64_MIN);
    fprintf(manifest, "call indirect tail i32:2 i64:%" PRId64
            " i64:%" PRId64 " = i64:%" PRId64 "\n", (int64_t)1 << 32,
            (int64_t)1 << 31, (int64_t)((uint64_t)1 << 63));
    /* Wrong signature, empty slot, out of the table: traps. */
    fprintf(manifest, "call indirect disp i32:4 i64:1 i64:2 = trap\n");
    fprintf(manifest, "call indirect disp i32:5 i64:1 i64:2 = trap\n");
    fprintf(manifest, "call indirect disp i32:100 i64:1 i64:2 = trap\n");
    fprintf(manifest, "call indirect viacall i32:14 = i32:43\n");
    fprintf(manifest, "call indirect spin i32:1000000 = i32:7\n");
}

/* A function returning i64 whose body leaves an i32: must not validate. */
static void module_bad(void)
{
    static const uint8_t l[] = { WASM_TYPE_I64 };
    WasmModule m;
    Func f;

    wasm_module_init(&m);
    wasm_module_add_func(&m, wasm_module_type(&m, NULL, 0, l, 1));
    func_begin(&f, 0);
    wasm_emit_i32_const(&f.b, 0);
    func_end(&f, &m);
    write_module("bad", &m, false);
}

int main(int argc, char **argv)
{
    char path[4096];

    if (argc != 2) {
        fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    out_dir = argv[1];
    snprintf(path, sizeof(path), "%s/manifest", out_dir);
    manifest = fopen(path, "w");
    if (!manifest) {
        perror(path);
        return 2;
    }

    test_leb();
    test_size_patch();
    test_types();
    test_misuse();

    module_arith();
    module_mem();
    module_helpers();
    module_indirect();
    module_bad();

    if (fclose(manifest) != 0) {
        perror(path);
        return 2;
    }
    return nr_failed ? 1 : 0;
}
