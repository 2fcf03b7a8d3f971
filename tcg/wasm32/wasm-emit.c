/*
 * WebAssembly module writer for the tcg/wasm32 backend
 *
 * See wasm-emit.h.  In QEMU, "qemu/osdep.h" comes first as in every file;
 * the native test (check/wasm-emit) defines WASM_EMIT_NATIVE instead, and
 * nothing below needs more than the C library.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef WASM_EMIT_NATIVE
#include "qemu/osdep.h"
#endif

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wasm-emit.h"

/* The binary format's magic number and version. */
static const uint8_t wasm_header[8] = { 0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0 };

/* Room left by wasm_buf_size_begin(): the longest u32 LEB128. */
#define WASM_SIZE_ROOM 5

/* Function types start with this byte. */
#define WASM_FUNC_TYPE 0x60

/* Limits flags: min only, min and max, shared with min and max. */
#define WASM_LIMITS_MIN         0x00
#define WASM_LIMITS_MIN_MAX     0x01
#define WASM_LIMITS_SHARED      0x03

/*
 * Byte buffer
 */

void wasm_buf_init(WasmBuf *b)
{
    memset(b, 0, sizeof(*b));
}

void wasm_buf_free(WasmBuf *b)
{
    free(b->data);
    wasm_buf_init(b);
}

void wasm_buf_reset(WasmBuf *b)
{
    b->len = 0;
    b->failed = false;
}

bool wasm_buf_reserve(WasmBuf *b, size_t n)
{
    size_t cap;
    uint8_t *data;

    if (b->failed) {
        return false;
    }
    if (n <= b->cap - b->len) {
        return true;
    }
    if (n > SIZE_MAX / 2 - b->len) {
        b->failed = true;
        return false;
    }
    cap = b->cap ? b->cap : 256;
    while (cap - b->len < n) {
        cap *= 2;
    }
    data = realloc(b->data, cap);
    if (!data) {
        b->failed = true;
        return false;
    }
    b->data = data;
    b->cap = cap;
    return true;
}

void wasm_buf_bytes(WasmBuf *b, const void *p, size_t n)
{
    if (n && wasm_buf_reserve(b, n)) {
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

/* Encode @v as signed LEB128 into @out (10 bytes at most). */
static unsigned wasm_sleb_encode(uint8_t *out, int64_t v)
{
    unsigned n = 0;
    bool more;

    do {
        uint8_t byte = v & 0x7f;

        /* Arithmetic shift, written so as not to rely on the compiler. */
        v = v < 0 ? ~(~v >> 7) : v >> 7;
        more = !((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40)));
        out[n++] = byte | (more ? 0x80 : 0);
    } while (more);
    return n;
}

void wasm_buf_uleb32(WasmBuf *b, uint32_t v)
{
    wasm_buf_uleb64(b, v);
}

void wasm_buf_uleb64(WasmBuf *b, uint64_t v)
{
    uint8_t tmp[10];

    if (v < 0x80) {
        wasm_buf_byte(b, v);
        return;
    }
    wasm_buf_bytes(b, tmp, wasm_uleb_encode(tmp, v));
}

void wasm_buf_sleb32(WasmBuf *b, int32_t v)
{
    wasm_buf_sleb64(b, v);
}

void wasm_buf_sleb64(WasmBuf *b, int64_t v)
{
    uint8_t tmp[10];

    if (v >= -64 && v < 64) {
        wasm_buf_byte(b, v & 0x7f);
        return;
    }
    wasm_buf_bytes(b, tmp, wasm_sleb_encode(tmp, v));
}

void wasm_buf_name(WasmBuf *b, const char *name)
{
    size_t n = strlen(name);

    wasm_buf_uleb32(b, n);
    wasm_buf_bytes(b, name, n);
}

size_t wasm_buf_size_begin(WasmBuf *b)
{
    size_t mark = b->len;

    if (wasm_buf_reserve(b, WASM_SIZE_ROOM)) {
        b->len += WASM_SIZE_ROOM;
    }
    return mark;
}

void wasm_buf_size_end(WasmBuf *b, size_t mark)
{
    uint8_t tmp[10];
    size_t size;
    unsigned n;

    if (b->failed) {
        return;
    }
    size = b->len - mark - WASM_SIZE_ROOM;
    if ((uint64_t)size > UINT32_MAX) {
        b->failed = true;
        return;
    }
    n = wasm_uleb_encode(tmp, size);
    memmove(b->data + mark + n, b->data + mark + WASM_SIZE_ROOM, size);
    memcpy(b->data + mark, tmp, n);
    b->len -= WASM_SIZE_ROOM - n;
}

size_t wasm_section_begin(WasmBuf *b, uint8_t id)
{
    wasm_buf_byte(b, id);
    return wasm_buf_size_begin(b);
}

void wasm_section_end(WasmBuf *b, size_t mark)
{
    wasm_buf_size_end(b, mark);
}

/*
 * Locals
 */

void wasm_locals_init(WasmLocals *l, uint32_t nr_params)
{
    memset(l, 0, sizeof(*l));
    l->nr_params = nr_params;
}

void wasm_locals_free(WasmLocals *l)
{
    free(l->types);
    wasm_locals_init(l, 0);
}

uint32_t wasm_locals_add(WasmLocals *l, uint8_t type)
{
    if (l->nr_locals == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 16;
        uint8_t *types = l->failed ? NULL : realloc(l->types, cap);

        if (!types) {
            l->failed = true;
            return l->nr_params;
        }
        l->types = types;
        l->cap = cap;
    }
    l->types[l->nr_locals] = type;
    return l->nr_params + l->nr_locals++;
}

/*
 * Module
 */

void wasm_module_init(WasmModule *m)
{
    memset(m, 0, sizeof(*m));
}

void wasm_module_free(WasmModule *m)
{
    wasm_buf_free(&m->types);
    wasm_buf_free(&m->imports);
    wasm_buf_free(&m->funcs);
    wasm_buf_free(&m->exports);
    wasm_buf_free(&m->code);
    free(m->type_ofs);
    wasm_module_init(m);
}

/* Length of the encoded function type at @p (which is well formed). */
static size_t wasm_type_len(const uint8_t *p)
{
    size_t len = 1;                         /* WASM_FUNC_TYPE */
    int i;

    /* Parameters, then results: each a count (< 128 here), then types. */
    for (i = 0; i < 2; i++) {
        len += 1 + p[len];
    }
    return len;
}

uint32_t wasm_module_type(WasmModule *m,
                          const uint8_t *params, uint32_t nr_params,
                          const uint8_t *results, uint32_t nr_results)
{
    uint8_t enc[2 * 128 + 3];
    size_t len = 0;
    uint32_t i;

    /* Helper signatures are short; longer ones are not needed. */
    if (nr_params >= 128 || nr_results >= 128) {
        m->failed = true;
        return 0;
    }
    enc[len++] = WASM_FUNC_TYPE;
    enc[len++] = nr_params;
    memcpy(enc + len, params, nr_params);
    len += nr_params;
    enc[len++] = nr_results;
    memcpy(enc + len, results, nr_results);
    len += nr_results;

    for (i = 0; i < m->nr_types; i++) {
        const uint8_t *p = m->types.data + m->type_ofs[i];

        if (wasm_type_len(p) == len && memcmp(p, enc, len) == 0) {
            return i;
        }
    }

    if (m->nr_types == m->cap_types) {
        uint32_t cap = m->cap_types ? m->cap_types * 2 : 16;
        uint32_t *ofs = realloc(m->type_ofs, cap * sizeof(*ofs));

        if (!ofs) {
            m->failed = true;
            return 0;
        }
        m->type_ofs = ofs;
        m->cap_types = cap;
    }
    m->type_ofs[m->nr_types] = m->types.len;
    wasm_buf_bytes(&m->types, enc, len);
    if (m->types.failed) {
        m->failed = true;
        return 0;
    }
    return m->nr_types++;
}

/* Start an import entry; false if functions were declared already. */
static bool wasm_import_begin(WasmModule *m, const char *module,
                              const char *name, uint8_t kind)
{
    if (m->nr_funcs) {
        m->failed = true;
        return false;
    }
    wasm_buf_name(&m->imports, module);
    wasm_buf_name(&m->imports, name);
    wasm_buf_byte(&m->imports, kind);
    m->nr_imports++;
    return true;
}

static void wasm_limits(WasmModule *m, uint8_t flags, uint32_t min,
                        uint32_t max)
{
    wasm_buf_byte(&m->imports, flags);
    wasm_buf_uleb32(&m->imports, min);
    if (flags != WASM_LIMITS_MIN) {
        wasm_buf_uleb32(&m->imports, max);
    }
}

uint32_t wasm_module_import_func(WasmModule *m, const char *module,
                                 const char *name, uint32_t type)
{
    if (type >= m->nr_types) {
        m->failed = true;
    }
    if (!wasm_import_begin(m, module, name, WASM_EXTERN_FUNC)) {
        return 0;
    }
    wasm_buf_uleb32(&m->imports, type);
    return m->nr_func_imports++;
}

uint32_t wasm_module_import_table(WasmModule *m, const char *module,
                                  const char *name, uint8_t reftype,
                                  uint32_t min, bool has_max, uint32_t max)
{
    if (!wasm_import_begin(m, module, name, WASM_EXTERN_TABLE)) {
        return 0;
    }
    wasm_buf_byte(&m->imports, reftype);
    wasm_limits(m, has_max ? WASM_LIMITS_MIN_MAX : WASM_LIMITS_MIN, min, max);
    return m->nr_table_imports++;
}

uint32_t wasm_module_import_memory(WasmModule *m, const char *module,
                                   const char *name, uint32_t min,
                                   bool has_max, uint32_t max, bool shared)
{
    uint8_t flags = WASM_LIMITS_MIN;

    if (shared && !has_max) {
        m->failed = true;
        return 0;
    }
    if (!wasm_import_begin(m, module, name, WASM_EXTERN_MEMORY)) {
        return 0;
    }
    if (shared) {
        flags = WASM_LIMITS_SHARED;
    } else if (has_max) {
        flags = WASM_LIMITS_MIN_MAX;
    }
    wasm_limits(m, flags, min, max);
    return m->nr_memory_imports++;
}

uint32_t wasm_module_import_global(WasmModule *m, const char *module,
                                   const char *name, uint8_t type,
                                   bool is_mutable)
{
    if (!wasm_import_begin(m, module, name, WASM_EXTERN_GLOBAL)) {
        return 0;
    }
    wasm_buf_byte(&m->imports, type);
    wasm_buf_byte(&m->imports, is_mutable);
    return m->nr_global_imports++;
}

uint32_t wasm_module_add_func(WasmModule *m, uint32_t type)
{
    if (type >= m->nr_types) {
        m->failed = true;
    }
    wasm_buf_uleb32(&m->funcs, type);
    return m->nr_func_imports + m->nr_funcs++;
}

void wasm_module_export(WasmModule *m, const char *name, uint8_t kind,
                        uint32_t index)
{
    wasm_buf_name(&m->exports, name);
    wasm_buf_byte(&m->exports, kind);
    wasm_buf_uleb32(&m->exports, index);
    m->nr_exports++;
}

/* End of the run of locals of the same type as local @i. */
static uint32_t wasm_locals_run_end(const WasmLocals *l, uint32_t i)
{
    uint32_t j = i + 1;

    while (j < l->nr_locals && l->types[j] == l->types[i]) {
        j++;
    }
    return j;
}

void wasm_module_add_body(WasmModule *m, const WasmLocals *locals,
                          const WasmBuf *expr)
{
    WasmBuf *code = &m->code;
    uint32_t nr_locals = locals ? locals->nr_locals : 0;
    uint32_t i, groups = 0;
    size_t mark;

    if (expr->failed || (locals && locals->failed)) {
        m->failed = true;
    }
    mark = wasm_buf_size_begin(code);

    /* Each run of equal types is one (count, type) entry. */
    for (i = 0; i < nr_locals; i = wasm_locals_run_end(locals, i)) {
        groups++;
    }
    wasm_buf_uleb32(code, groups);
    for (i = 0; i < nr_locals; i = wasm_locals_run_end(locals, i)) {
        wasm_buf_uleb32(code, wasm_locals_run_end(locals, i) - i);
        wasm_buf_byte(code, locals->types[i]);
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
    mark = wasm_section_begin(out, id);
    wasm_buf_uleb32(out, count);
    wasm_buf_bytes(out, contents->data, contents->len);
    wasm_section_end(out, mark);
}

bool wasm_module_finish(WasmModule *m, WasmBuf *out)
{
    if (m->failed || m->nr_bodies != m->nr_funcs ||
        m->types.failed || m->imports.failed || m->funcs.failed ||
        m->exports.failed || m->code.failed) {
        return false;
    }
    wasm_buf_bytes(out, wasm_header, sizeof(wasm_header));
    wasm_module_section(out, WASM_SEC_TYPE, m->nr_types, &m->types);
    wasm_module_section(out, WASM_SEC_IMPORT, m->nr_imports, &m->imports);
    wasm_module_section(out, WASM_SEC_FUNCTION, m->nr_funcs, &m->funcs);
    wasm_module_section(out, WASM_SEC_EXPORT, m->nr_exports, &m->exports);
    wasm_module_section(out, WASM_SEC_CODE, m->nr_bodies, &m->code);
    return !out->failed;
}

/*
 * Instructions with variable immediates
 */

void wasm_emit_br_table(WasmBuf *b, const uint32_t *depths, uint32_t n,
                        uint32_t def_depth)
{
    uint32_t i;

    wasm_buf_byte(b, WASM_OP_BR_TABLE);
    wasm_buf_uleb32(b, n);
    for (i = 0; i < n; i++) {
        wasm_buf_uleb32(b, depths[i]);
    }
    wasm_buf_uleb32(b, def_depth);
}
