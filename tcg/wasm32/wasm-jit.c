/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * WebAssembly TCG backend, tier 2 runtime: compile hot blocks, instantiate
 * their modules, give them table slots and take them back.
 *
 * Function tables are per thread in Emscripten, so compiled code runs on
 * one thread, the first that runs a hot block; blocks run elsewhere stay in
 * tier 1.
 */

#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "qemu/lockable.h"
#include "qemu/log.h"
#include "qemu/stats64.h"
#include "qemu/thread.h"
#include "qemu/timer.h"
#include "qemu/coroutine-wasm.h"
#include "exec/translation-block.h"
#include "system/runstate.h"
#include "accel/tcg/getpc.h"
#include <emscripten.h>
#include "wasm-jit.h"
#include "tcg/tcg-mo.h"
#include "tcg-target-mo.h"

/* At most this many compiled blocks (table slots) at a time. */
#define MAX_LIVE        65536
#define TABLE_GROWTH    256

/*
 * Hot blocks are compiled in batches of up to TCG_WASM_BATCH_MAX, one
 * module each: every instance has a fixed cost, and blocks of one module
 * tail-call each other.  A queued block that runs BATCH_COUNTDOWN more
 * times compiles the batch.
 */
#define BATCH_COUNTDOWN 32

uint32_t tcg_wasm_threshold;
__thread uint32_t tcg_wasm_interpreted_batch;
__thread uint32_t tcg_wasm_switched_entry;

/* Written by the vCPU threads, read by whoever prints them. */
static struct {
    Stat64 interpreted, compiled, failed, freed, bytes, compile_ns, resumed;
    uint32_t live;
} stats;

/* Whether a thread has claimed the table for compiled code. */
static bool owner_claimed;
static __thread TCGWasmContext *context;
static __thread bool not_owner;

/* Slots: free ones, and live ones waiting for the owner to clear them. */
static QemuMutex slots_lock;
static GArray *free_slots;
static GArray *pending_slots;
static bool *slot_live;
static TCGWasmTBHeader *batch[TCG_WASM_BATCH_MAX];
static unsigned batch_len;
/*
 * The batch compile_batch() translates and instantiates without the lock:
 * a block invalidated meanwhile is set to NULL here, and gets no entry.
 */
static TCGWasmTBHeader *compiling[TCG_WASM_BATCH_MAX];
static unsigned compiling_len;
static uint32_t table_size;
static WasmBuf module_buf;
static uint32_t module_serial;

EM_JS(int, tcg_wasm_js_table_grow, (uint32_t n), {
    try {
        return wasmTable.grow(n);
    } catch(e) {
        return -1;
    }
});

EM_JS(void, tcg_wasm_js_table_clear, (uint32_t slot), {
    wasmTable.set(slot, null);
});

/*
 * Compile from a copy: engines may refuse a view of shared memory, and a
 * view made before the memory grew would be detached.  Export "e<i>" goes
 * to table slot @slots[i] if @compiled[i]; import "h<k>" is the function
 * at table index @helpers[k].
 */
EM_JS(int, tcg_wasm_js_instantiate,
      (const uint8_t *buf, uint32_t len, const uint32_t *slots,
       const bool *compiled, uint32_t n, const uint32_t *helpers,
       uint32_t nr_helpers), {
    try {
        const bytes = new Uint8Array(wasmMemory.buffer, buf, len).slice();
        const imports = { q: {} };
        const helper = new Uint32Array(wasmMemory.buffer, helpers, nr_helpers);
        imports.q.m = wasmMemory;
        for (let k = 0; k < nr_helpers; k++) {
            imports.q['h' + k] = wasmTable.get(helper[k]);
        }
        const instance = new WebAssembly.Instance(
            new WebAssembly.Module(bytes), imports);
        const slot = new Uint32Array(wasmMemory.buffer, slots, n);
        const ok = new Uint8Array(wasmMemory.buffer, compiled, n);
        for (let i = 0; i < n; i++) {
            if (ok[i]) {
                wasmTable.set(slot[i], instance.exports['e' + i]);
            }
        }
        return 0;
    } catch(e) {
        err('tcg-wasm: ' + e);
        return -1;
    }
});

/*
 * Node.js names its CPU.  Browsers do not, but Firefox's user agent on
 * Linux names the CPU it was built for.  Chromium's (the one browser with
 * navigator.userAgentData) says "Linux x86_64" or "CrOS x86_64" on Arm
 * too, as Windows' and macOS's user agents say "x64" and "Intel": the
 * page may ask userAgentData and give wasm-tso=on itself.
 */
EM_JS(int, tcg_wasm_js_host_is_x86, (void), {
    if (typeof process == 'object' && process.versions &&
        process.versions.node) {
        return process.arch == 'x64' || process.arch == 'ia32';
    }
    if (typeof navigator == 'object' && navigator.userAgent &&
        !navigator.userAgentData) {
        const ua = navigator.userAgent;
        return ua.includes('Linux x86_64') || ua.includes('Linux i686') ||
            ua.includes('CrOS x86_64');
    }
    return 0;
});

EM_JS(int, tcg_wasm_js_validate, (const uint8_t *buf, uint32_t len), {
    const bytes = new Uint8Array(wasmMemory.buffer, buf, len).slice();
    return WebAssembly.validate(bytes) ? 1 : 0;
});

/* Tail calls let compiled blocks run each other without growing a stack. */
static bool engine_has_tail_calls(void)
{
    WasmModule m;
    WasmBuf body, out;
    uint32_t fn;
    bool ok;

    wasm_module_init(&m);
    wasm_buf_init(&body);
    wasm_buf_init(&out);
    fn = wasm_module_add_func(&m, wasm_module_type(&m, NULL, 0, NULL, 0));
    wasm_emit_index(&body, WASM_OP_RETURN_CALL, fn);
    wasm_module_add_body(&m, NULL, &body);
    wasm_module_finish(&m, &out);
    ok = tcg_wasm_js_validate(out.data, out.len);
    wasm_buf_free(&out);
    wasm_buf_free(&body);
    wasm_module_free(&m);
    return ok;
}

/*
 * Printed when the VM shuts down rather than from atexit(): under
 * Emscripten, atexit handlers run on the browser's main thread once QEMU's
 * thread is gone, and cannot take the locks it held.
 */
static void print_stats_at_shutdown(void *opaque, bool running,
                                    RunState state)
{
    g_autoptr(GString) buf = NULL;

    if (state != RUN_STATE_SHUTDOWN) {
        return;
    }
    buf = g_string_new("");
    tcg_wasm_format_stats(buf);
    fputs(buf->str, stderr);
}

unsigned int tcg_wasm_host_mo;

void tcg_wasm_init(bool enabled, uint32_t threshold, bool print_stats,
                   OnOffAuto host_tso)
{
    if (host_tso == ON_OFF_AUTO_ON ||
        (host_tso == ON_OFF_AUTO_AUTO && tcg_wasm_js_host_is_x86())) {
        tcg_wasm_host_mo = TCG_MO_ALL & ~TCG_MO_ST_LD;
    }
    qemu_mutex_init(&slots_lock);
    free_slots = g_array_new(false, false, sizeof(uint32_t));
    pending_slots = g_array_new(false, false, sizeof(uint32_t));
    wasm_buf_init(&module_buf);
    if (enabled && threshold && !engine_has_tail_calls()) {
        warn_report("WebAssembly engine without tail calls: "
                    "running the TCG interpreter only");
        enabled = false;
    }
    tcg_wasm_threshold = enabled ? threshold : 0;
    if (tcg_wasm_threshold) {
        tcg_qemu_tb_exec = tci_tb_exec_tiered;
    }
    if (print_stats) {
        qemu_add_vm_change_state_handler(print_stats_at_shutdown, NULL);
    }
}

void tcg_wasm_count_interpreted(void)
{
    stat64_add(&stats.interpreted, tcg_wasm_interpreted_batch);
    tcg_wasm_interpreted_batch = 0;
}

void tcg_wasm_format_stats(GString *buf)
{
    g_string_append_printf(buf, "wasm-stats: interpreted=%" PRIu64
                           " compiled=%" PRIu64 " failed=%" PRIu64
                           " live=%u freed=%" PRIu64 " bytes=%" PRIu64
                           " compile-ms=%" PRIu64 " table=%u"
                           " resumed=%" PRIu64 " tso=%d\n",
                           stat64_get(&stats.interpreted),
                           stat64_get(&stats.compiled),
                           stat64_get(&stats.failed),
                           qatomic_read(&stats.live),
                           stat64_get(&stats.freed), stat64_get(&stats.bytes),
                           stat64_get(&stats.compile_ns) / SCALE_MS,
                           qatomic_read(&table_size),
                           stat64_get(&stats.resumed),
                           tcg_wasm_host_mo != 0);
}

/* The calling thread's context, or NULL if another thread owns the table. */
static TCGWasmContext *get_context(void)
{
    if (likely(context)) {
        return context;
    }
    if (not_owner || qatomic_cmpxchg(&owner_claimed, false, true)) {
        not_owner = true;
        return NULL;
    }
    context = g_new0(TCGWasmContext, 1);
    context->tb_ptr_addr = (uintptr_t)&tci_tb_ptr;
    context->switching_addr = (uintptr_t)&qemu_fiber_switching;
    return context;
}

/* Called with slots_lock held. */
static void release_slot_locked(uint32_t slot)
{
    if (slot_live[slot]) {
        slot_live[slot] = false;
        g_array_append_val(pending_slots, slot);
        qatomic_set(&stats.live, stats.live - 1);
        stat64_add(&stats.freed, 1);
    }
}

/* On the owner thread, with no compiled code on its stack. */
static void clear_pending_slots(void)
{
    QEMU_LOCK_GUARD(&slots_lock);
    for (guint i = 0; i < pending_slots->len; i++) {
        uint32_t slot = g_array_index(pending_slots, uint32_t, i);

        tcg_wasm_js_table_clear(slot);
        g_array_append_val(free_slots, slot);
    }
    g_array_set_size(pending_slots, 0);
}

static uint32_t alloc_slot(void)
{
    uint32_t slot;

    QEMU_LOCK_GUARD(&slots_lock);
    if (stats.live >= MAX_LIVE) {
        return 0;
    }
    if (!free_slots->len) {
        int base = tcg_wasm_js_table_grow(TABLE_GROWTH);

        if (base <= 0) {
            return 0;
        }
        /* Slots below @base are QEMU's functions or someone else's. */
        slot_live = g_renew(bool, slot_live, base + TABLE_GROWTH);
        memset(slot_live + table_size, 0, base + TABLE_GROWTH - table_size);
        table_size = base + TABLE_GROWTH;
        for (uint32_t i = 0; i < TABLE_GROWTH; i++) {
            slot = table_size - 1 - i;
            g_array_append_val(free_slots, slot);
        }
    }
    slot = g_array_index(free_slots, uint32_t, free_slots->len - 1);
    g_array_set_size(free_slots, free_slots->len - 1);
    return slot;
}

/* Called with slots_lock held. */
static bool still_compiling(TCGWasmTBHeader *header)
{
    for (unsigned i = 0; i < compiling_len; i++) {
        if (compiling[i] == header) {
            return true;
        }
    }
    return false;
}

/* Compile the queued blocks; the owner thread calls it. */
static void compile_batch(void)
{
    int64_t t0 = get_clock_realtime();
    TCGWasmTBHeader *headers[TCG_WASM_BATCH_MAX];
    uint32_t slots[TCG_WASM_BATCH_MAX];
    uint32_t units[TCG_WASM_BATCH_MAX];
    bool compiled[TCG_WASM_BATCH_MAX];
    uint32_t helpers[TCG_WASM_MAX_HELPERS];
    unsigned n, nr_compiled = 0, nr_helpers;
    const char *why;

    qemu_mutex_lock(&slots_lock);
    n = batch_len;
    memcpy(headers, batch, n * sizeof(headers[0]));
    memcpy(compiling, batch, n * sizeof(compiling[0]));
    compiling_len = n;
    batch_len = 0;
    qemu_mutex_unlock(&slots_lock);
    if (!n) {
        return;
    }

    if (++module_serial >> (32 - TCG_WASM_UNIT_JOIN_BITS)) {
        module_serial = 1;
    }
    wasm_buf_reset(&module_buf);
    tcg_wasm_translate(headers, &n, TCG_WASM_BATCH_MAX, module_serial, units,
                       helpers, &nr_helpers, &module_buf, &why);
    /*
     * The blocks translation added are still valid if their countdown is:
     * an invalidation zeroes it before it takes the lock.
     */
    qemu_mutex_lock(&slots_lock);
    for (unsigned i = compiling_len; i < n; i++) {
        compiling[compiling_len++] =
            qatomic_read(&headers[i]->countdown) ? headers[i] : NULL;
    }
    qemu_mutex_unlock(&slots_lock);
    for (unsigned i = 0; i < n; i++) {
        compiled[i] = units[i] && (slots[i] = alloc_slot());
        if (units[i] && !slots[i]) {
            /* Too many live blocks: try again after some are freed. */
            qatomic_set(&headers[i]->countdown, tcg_wasm_threshold);
        }
        nr_compiled += compiled[i];
    }
    if (why) {
        qemu_log_mask(LOG_UNIMP, "tcg-wasm: a block stays in the "
                      "interpreter: %s\n", why);
    }
    if (nr_compiled &&
        tcg_wasm_js_instantiate(module_buf.data, module_buf.len, slots,
                                compiled, n, helpers, nr_helpers)) {
        QEMU_LOCK_GUARD(&slots_lock);
        for (unsigned i = 0; i < n; i++) {
            if (compiled[i]) {
                compiled[i] = false;
                g_array_append_val(free_slots, slots[i]);
            }
        }
        nr_compiled = 0;
    }

    qemu_mutex_lock(&slots_lock);
    for (unsigned i = 0; i < n; i++) {
        if (compiled[i]) {
            slot_live[slots[i]] = true;
            qatomic_set(&stats.live, stats.live + 1);
            if (!still_compiling(headers[i])) {
                /* Invalidated while compiled: its code must never run. */
                release_slot_locked(slots[i]);
                compiled[i] = false;
                nr_compiled--;
                continue;
            }
            qatomic_set(&headers[i]->unit, units[i]);
            qatomic_set(&headers[i]->entry, slots[i]);
        }
    }
    compiling_len = 0;
    qemu_mutex_unlock(&slots_lock);

    stat64_add(&stats.compiled, nr_compiled);
    stat64_add(&stats.failed, n - nr_compiled);
    if (nr_compiled) {
        stat64_add(&stats.bytes, module_buf.len);
    }
    stat64_add(&stats.compile_ns, get_clock_realtime() - t0);
}

/*
 * @header's countdown ran out: queue it, or compile the batch if it is
 * full or @header was queued already and still runs.
 */
static void block_is_hot(TCGWasmTBHeader *header)
{
    bool queued = false, full;

    qemu_mutex_lock(&slots_lock);
    for (unsigned i = 0; i < batch_len; i++) {
        queued |= batch[i] == header;
    }
    if (!queued) {
        batch[batch_len++] = header;
    }
    full = batch_len == TCG_WASM_BATCH_MAX;
    qemu_mutex_unlock(&slots_lock);

    if (queued || full) {
        compile_batch();
    } else {
        qatomic_set(&header->countdown, BATCH_COUNTDOWN);
    }
}

/*
 * Call compiled entry @entry, and the entries of the compiled blocks of
 * other regions that it leaves for.  The interpreter calls this without
 * Asyncify's instrumentation: when a helper call switches coroutines, the
 * region returns 0 with qemu_fiber_switching set, and @entry is kept for
 * tcg_wasm_resume() to call again when the stack is rewound.
 */
static inline QEMU_ALWAYS_INLINE const void *
run_compiled(CPUArchState *env, TCGWasmContext *ctx, uint32_t entry)
{
    for (;;) {
        const uint32_t *next = (const void *)(uintptr_t)
            ((TCGWasmEntry)(uintptr_t)entry)(env, ctx);

        if (!next) {
            if (unlikely(qemu_fiber_switching)) {
                tcg_wasm_switched_entry = entry;
            }
            return NULL;
        }
        /* A compiled block of another region: enter it from here. */
        if (*next != INDEX_op_wasm_tb_start) {
            return next;
        }
        entry = qatomic_read(&((TCGWasmTBHeader *)next)->entry);
        if (!entry) {
            return next;
        }
    }
}

const void *tcg_wasm_enter(CPUArchState *env, TCGWasmTBHeader *header)
{
    TCGWasmContext *ctx = get_context();
    uint32_t entry;

    if (!ctx) {
        tcg_wasm_interpreted_inc();
        return header + 1;
    }
    /* Set by other threads under the lock: a late look is harmless. */
    if (unlikely(qatomic_read(&pending_slots->len))) {
        clear_pending_slots();
    }
    entry = qatomic_read(&header->entry);
    if (!entry) {
        block_is_hot(header);
        entry = qatomic_read(&header->entry);
        if (!entry) {
            tcg_wasm_interpreted_inc();
            return header + 1;
        }
    }
    return run_compiled(env, ctx, entry);
}

const void *tcg_wasm_resume(CPUArchState *env)
{
    uint32_t entry = tcg_wasm_switched_entry;

    tcg_wasm_switched_entry = 0;
    return run_compiled(env, context, entry);
}

void tcg_wasm_take_saved_state(uint64_t *regs, uint64_t *frame)
{
    TCGWasmContext *ctx = context;

    if (likely(!ctx || !ctx->saved_for_tier1)) {
        return;
    }
    ctx->saved_for_tier1 = 0;
    memcpy(regs, ctx->saved_regs, sizeof(ctx->saved_regs));
    memcpy(frame, ctx->frame, sizeof(ctx->frame));
    stat64_add(&stats.resumed, 1);
}

void tcg_wasm_tb_invalidated(const TranslationBlock *tb)
{
    TCGWasmTBHeader *header = (TCGWasmTBHeader *)tb->tc.ptr;
    uint32_t slot;

    if (!tcg_wasm_threshold) {
        return;
    }
    qatomic_set(&header->countdown, 0);
    QEMU_LOCK_GUARD(&slots_lock);
    for (unsigned i = 0; i < batch_len; i++) {
        if (batch[i] == header) {
            batch[i] = batch[--batch_len];
            break;
        }
    }
    for (unsigned i = 0; i < compiling_len; i++) {
        if (compiling[i] == header) {
            compiling[i] = NULL;
        }
    }
    qatomic_set(&header->unit, 0);
    slot = qatomic_xchg(&header->entry, 0);
    if (slot) {
        release_slot_locked(slot);
    }
}

void tcg_wasm_flush(void)
{
    if (!tcg_wasm_threshold) {
        return;
    }
    QEMU_LOCK_GUARD(&slots_lock);
    batch_len = 0;
    memset(compiling, 0, sizeof(compiling));
    for (uint32_t slot = 0; slot < table_size; slot++) {
        release_slot_locked(slot);
    }
}
