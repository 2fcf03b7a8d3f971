/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * WebAssembly module writer for the tcg/wasm32 backend; see wasm-emit.h.
 */

#include "qemu/osdep.h"
#include "wasm-emit.h"

/* The binary format's magic number and version. */
static const uint8_t wasm_header[8] = { 0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0 };

/* Section ids. */
enum {
    WASM_SEC_TYPE = 1,
    WASM_SEC_IMPORT = 2,
    WASM_SEC_FUNCTION = 3,
    WASM_SEC_EXPORT = 7,
    WASM_SEC_CODE = 10,
};

/* Room left by wasm_buf_size_begin(): the longest u32 LEB128. */
#define WASM_SIZE_ROOM 5

/* Function types start with this byte. */
#define WASM_FUNC_TYPE 0x60

/* Limits flags of a shared memory: min and max. */
#define WASM_LIMITS_SHARED 0x03

/*
 * Byte buffer
 */

void wasm_buf_init(WasmBuf *b)
{
    memset(b, 0, sizeof(*b));
}

void wasm_buf_free(WasmBuf *b)
{
    g_free(b->data);
    wasm_buf_init(b);
}

void wasm_buf_reset(WasmBuf *b)
{
    b->len = 0;
}

void wasm_buf_grow(WasmBuf *b, size_t n)
{
    size_t cap = MAX(b->cap, 256);

    while (cap - b->len < n) {
        cap *= 2;
    }
    if (cap != b->cap) {
        b->data = g_realloc(b->data, cap);
        b->cap = cap;
    }
}

void wasm_buf_bytes(WasmBuf *b, const void *p, size_t n)
{
    if (n) {
        wasm_buf_grow(b, n);
        memcpy(b->data + b->len, p, n);
        b->len += n;
    }
}

/* Encode @v as unsigned LEB128 into @out (10 bytes at most). */
static unsigned wasm_uleb_encode(uint8_t *out, uint64_t v)
{
    unsigned n = 0;

    do {
        uint8_t byte = v & 0x7f;

        v >>= 7;
        out[n++] = byte | (v ? 0x80 : 0);
    } while (v);
    return n;
}

void wasm_buf_uleb(WasmBuf *b, uint64_t v)
{
    uint8_t tmp[10];

    wasm_buf_bytes(b, tmp, wasm_uleb_encode(tmp, v));
}

void wasm_buf_sleb(WasmBuf *b, int64_t v)
{
    uint8_t tmp[10];
    unsigned n = 0;
    bool more;

    do {
        uint8_t byte = v & 0x7f;

        v >>= 7;                    /* arithmetic, as QEMU assumes */
        more = !((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40)));
        tmp[n++] = byte | (more ? 0x80 : 0);
    } while (more);
    wasm_buf_bytes(b, tmp, n);
}

void wasm_buf_name(WasmBuf *b, const char *name)
{
    size_t n = strlen(name);

    wasm_buf_u32(b, n);
    wasm_buf_bytes(b, name, n);
}

size_t wasm_buf_size_begin(WasmBuf *b)
{
    size_t mark = b->len;

    wasm_buf_grow(b, WASM_SIZE_ROOM);
    b->len += WASM_SIZE_ROOM;
    return mark;
}

void wasm_buf_size_end(WasmBuf *b, size_t mark)
{
    uint8_t tmp[10];
    size_t size = b->len - mark - WASM_SIZE_ROOM;
    unsigned n;

    assert(size <= UINT32_MAX);
    n = wasm_uleb_encode(tmp, size);
    memmove(b->data + mark + n, b->data + mark + WASM_SIZE_ROOM, size);
    memcpy(b->data + mark, tmp, n);
    b->len -= WASM_SIZE_ROOM - n;
}

/*
 * Locals
 */

void wasm_locals_init(WasmLocals *l, uint32_t nr_params)
{
    l->nr_params = nr_params;
    l->types = g_byte_array_new();
}

void wasm_locals_free(WasmLocals *l)
{
    g_byte_array_unref(l->types);
    l->types = NULL;
}

uint32_t wasm_locals_add(WasmLocals *l, WasmValType type)
{
    uint8_t t = type;

    g_byte_array_append(l->types, &t, 1);
    return l->nr_params + l->types->len - 1;
}

/*
 * Module
 */

void wasm_module_init(WasmModule *m)
{
    memset(m, 0, sizeof(*m));
    m->type_ofs = g_array_new(false, false, sizeof(uint32_t));
}

void wasm_module_free(WasmModule *m)
{
    wasm_buf_free(&m->types);
    wasm_buf_free(&m->imports);
    wasm_buf_free(&m->funcs);
    wasm_buf_free(&m->exports);
    wasm_buf_free(&m->code);
    g_array_free(m->type_ofs, true);
    m->type_ofs = NULL;
}

/* Length of the encoded function type at @p (which is well formed). */
static size_t wasm_type_len(const uint8_t *p)
{
    size_t len = 1;                         /* WASM_FUNC_TYPE */

    /* Parameters, then results: each a count (< 128 here), then types. */
    for (int i = 0; i < 2; i++) {
        len += 1 + p[len];
    }
    return len;
}

uint32_t wasm_module_type(WasmModule *m,
                          const WasmValType *params, uint32_t nr_params,
                          const WasmValType *results, uint32_t nr_results)
{
    uint8_t enc[2 * 128 + 3];
    size_t len = 0;
    uint32_t ofs;

    /* Helper signatures are short; longer ones are not needed. */
    assert(nr_params < 128 && nr_results < 128);
    enc[len++] = WASM_FUNC_TYPE;
    enc[len++] = nr_params;
    for (uint32_t i = 0; i < nr_params; i++) {
        enc[len++] = params[i];
    }
    enc[len++] = nr_results;
    for (uint32_t i = 0; i < nr_results; i++) {
        enc[len++] = results[i];
    }

    for (guint i = 0; i < m->type_ofs->len; i++) {
        const uint8_t *p = m->types.data + g_array_index(m->type_ofs,
                                                         uint32_t, i);

        if (wasm_type_len(p) == len && memcmp(p, enc, len) == 0) {
            return i;
        }
    }
    ofs = m->types.len;
    g_array_append_val(m->type_ofs, ofs);
    wasm_buf_bytes(&m->types, enc, len);
    return m->type_ofs->len - 1;
}

static void wasm_import_begin(WasmModule *m, const char *module,
                              const char *name, WasmExternKind kind)
{
    assert(!m->nr_funcs);
    wasm_buf_name(&m->imports, module);
    wasm_buf_name(&m->imports, name);
    wasm_buf_byte(&m->imports, kind);
    m->nr_imports++;
}

uint32_t wasm_module_import_func(WasmModule *m, const char *module,
                                 const char *name, uint32_t type)
{
    assert(type < m->type_ofs->len);
    wasm_import_begin(m, module, name, WASM_EXTERN_FUNC);
    wasm_buf_u32(&m->imports, type);
    return m->nr_func_imports++;
}

void wasm_module_import_shared_memory(WasmModule *m, const char *module,
                                      const char *name, uint32_t min,
                                      uint32_t max)
{
    wasm_import_begin(m, module, name, WASM_EXTERN_MEMORY);
    wasm_buf_byte(&m->imports, WASM_LIMITS_SHARED);
    wasm_buf_u32(&m->imports, min);
    wasm_buf_u32(&m->imports, max);
}

uint32_t wasm_module_add_func(WasmModule *m, uint32_t type)
{
    assert(type < m->type_ofs->len);
    wasm_buf_u32(&m->funcs, type);
    return m->nr_func_imports + m->nr_funcs++;
}

void wasm_module_export_func(WasmModule *m, const char *name, uint32_t index)
{
    wasm_buf_name(&m->exports, name);
    wasm_buf_byte(&m->exports, WASM_EXTERN_FUNC);
    wasm_buf_u32(&m->exports, index);
    m->nr_exports++;
}

/* End of the run of locals of the same type as local @i. */
static uint32_t wasm_locals_run_end(const WasmLocals *l, uint32_t i)
{
    uint32_t j = i + 1;

    while (j < l->types->len && l->types->data[j] == l->types->data[i]) {
        j++;
    }
    return j;
}

void wasm_module_add_body(WasmModule *m, const WasmLocals *locals,
                          const WasmBuf *expr)
{
    WasmBuf *code = &m->code;
    uint32_t nr_locals = locals ? locals->types->len : 0;
    uint32_t groups = 0;
    size_t mark = wasm_buf_size_begin(code);

    /* Each run of equal types is one (count, type) entry. */
    for (uint32_t i = 0; i < nr_locals; i = wasm_locals_run_end(locals, i)) {
        groups++;
    }
    wasm_buf_u32(code, groups);
    for (uint32_t i = 0; i < nr_locals; i = wasm_locals_run_end(locals, i)) {
        wasm_buf_u32(code, wasm_locals_run_end(locals, i) - i);
        wasm_buf_byte(code, locals->types->data[i]);
    }

    wasm_buf_bytes(code, expr->data, expr->len);
    wasm_buf_byte(code, WASM_OP_END);
    wasm_buf_size_end(code, mark);
    m->nr_bodies++;
}

/* Append section @id holding @count entries from @contents, if any. */
static void wasm_module_section(WasmBuf *out, uint8_t id, uint32_t count,
                                const WasmBuf *contents)
{
    size_t mark;

    if (!count) {
        return;
    }
    wasm_buf_byte(out, id);
    mark = wasm_buf_size_begin(out);
    wasm_buf_u32(out, count);
    wasm_buf_bytes(out, contents->data, contents->len);
    wasm_buf_size_end(out, mark);
}

void wasm_module_finish(WasmModule *m, WasmBuf *out)
{
    assert(m->nr_bodies == m->nr_funcs);
    wasm_buf_bytes(out, wasm_header, sizeof(wasm_header));
    wasm_module_section(out, WASM_SEC_TYPE, m->type_ofs->len, &m->types);
    wasm_module_section(out, WASM_SEC_IMPORT, m->nr_imports, &m->imports);
    wasm_module_section(out, WASM_SEC_FUNCTION, m->nr_funcs, &m->funcs);
    wasm_module_section(out, WASM_SEC_EXPORT, m->nr_exports, &m->exports);
    wasm_module_section(out, WASM_SEC_CODE, m->nr_bodies, &m->code);
}

/*
 * Instructions with variable immediates
 */

void wasm_emit_br_table(WasmBuf *b, const uint32_t *depths, uint32_t n,
                        uint32_t def_depth)
{
    wasm_buf_byte(b, WASM_OP_BR_TABLE);
    wasm_buf_u32(b, n);
    for (uint32_t i = 0; i < n; i++) {
        wasm_buf_u32(b, depths[i]);
    }
    wasm_buf_u32(b, def_depth);
}
