/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * WebAssembly TCG backend, tier 2 runtime: compile hot blocks, instantiate
 * their modules, give them table slots and take them back.
 *
 * Function tables are per thread in Emscripten.  A module is instantiated
 * in the table of the thread that compiled it; with several vCPU threads
 * its bytes are kept, and every other thread instantiates it in its own
 * table the first time it enters one of its blocks.  Each slot's module
 * serial says which module a table's function at that slot must come
 * from.  A freed slot is reused only after an RCU grace period (vCPU
 * threads run blocks inside cpu_exec()'s read-side section), so that no
 * thread that read a block's entry can find another block's code there.
 */

#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "qemu/lockable.h"
#include "qemu/log.h"
#include "qemu/rcu.h"
#include "qemu/stats64.h"
#include "qemu/thread.h"
#include "qemu/timer.h"
#include "qemu/coroutine-wasm.h"
#include "exec/translation-block.h"
#include "hw/core/cpu.h"
#include "system/runstate.h"
#include "accel/tcg/getpc.h"
#include <emscripten.h>
#include "wasm-jit.h"
#include "tcg/tcg-mo.h"
#include "tcg-target-mo.h"

/*
 * At most this many compiled blocks (table slots) at a time, and at most
 * MAX_SLOTS slots, live or waiting for a grace period.
 */
#define MAX_LIVE        65536
#define MAX_SLOTS       (2 * MAX_LIVE)
#define TABLE_GROWTH    256

/* Freed slots after which threads drop the functions they still hold. */
#define CLEAR_PERIOD    4096

/* In a thread's serial of a slot: it could not instantiate that module. */
#define SERIAL_FAILED   0x80000000u

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
    Stat64 shared;
    uint32_t live;
} stats;

static __thread TCGWasmContext *context;

/*
 * A module kept for the other threads: its bytes and what
 * tcg_wasm_js_instantiate() takes to put its exports in a table.
 */
typedef struct TCGWasmSharedModule {
    uint32_t serial;
    uint32_t live;              /* its slots not freed yet */
    uint32_t refs;              /* threads instantiating it now */
    uint32_t n;
    uint32_t len;
    uint32_t nr_helpers;
    uint32_t slots[TCG_WASM_BATCH_MAX];
    bool compiled[TCG_WASM_BATCH_MAX];
    uint32_t *helpers;
    uint8_t *bytes;
} TCGWasmSharedModule;

/* Slots freed by an invalidation, free again after a grace period. */
typedef struct TCGWasmFreedSlots {
    struct rcu_head rcu;
    GArray *slots;
} TCGWasmFreedSlots;

/*
 * Slots: free ones, and freed ones waiting for a grace period.  A slot is
 * an index in every thread's table; slots start at @slot_base, the size
 * of QEMU's own table.
 */
static QemuMutex slots_lock;
static GArray *free_slots;
static GArray *pending_slots;
static bool *slot_live;
static uint32_t slot_base;
/* The serial of the module each slot's function is from; 0: none. */
static uint32_t *slot_serial;
/* With several vCPU threads: each live slot's module, kept for them. */
static bool share_modules;
static TCGWasmSharedModule **slot_module;
static uint64_t nr_freed_slots;
/* Bumped every CLEAR_PERIOD freed slots, on a flush and on serial_wraps. */
static uint32_t clear_gen;
/*
 * Serials wrap around: a slot may get a module with the serial of the
 * one a thread still holds there.  After a wrap threads drop everything.
 */
static uint32_t serial_wraps;

/* What this thread's own table holds: serials as slot_serial. */
static __thread uint32_t *thread_serial;
static __thread uint32_t thread_slots;
static __thread uint32_t thread_clear_gen;
static __thread uint32_t thread_serial_wraps;

/*
 * Each thread's counters, for info jit: written by their thread only,
 * kept after it exits.  The list is under slots_lock.
 */
typedef struct TCGWasmThreadStats {
    QSLIST_ENTRY(TCGWasmThreadStats) next;
    int cpu_index;              /* of the first vCPU the thread ran */
    uint64_t interpreted;       /* blocks run by the interpreter */
    uint64_t entries;           /* calls into compiled code */
    uint64_t compiled;          /* blocks this thread compiled */
    uint64_t compile_ns;
    uint64_t shared;            /* modules of other threads instantiated */
    uint64_t shared_ns;
} TCGWasmThreadStats;

static QSLIST_HEAD(, TCGWasmThreadStats) all_thread_stats;
static __thread TCGWasmThreadStats *thread_stats;

/* One thread compiles at a time; module_buf and module_serial are its. */
static QemuMutex compile_lock;
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

EM_JS(void, tcg_wasm_js_table_clear, (uint32_t slot), {
    wasmTable.set(slot, null);
});

EM_JS(uint32_t, tcg_wasm_js_table_length, (void), {
    return wasmTable.length;
});

/* Grow this thread's table to @size entries; 0 on success. */
EM_JS(int, tcg_wasm_js_table_reserve, (uint32_t size), {
    try {
        if (wasmTable.length < size) {
            wasmTable.grow(size - wasmTable.length);
        }
        return 0;
    } catch(e) {
        return -1;
    }
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

void tcg_wasm_init(bool enabled, uint32_t threshold, bool print_stats,
                   OnOffAuto host_tso, bool parallel)
{
    if (host_tso == ON_OFF_AUTO_ON ||
        (host_tso == ON_OFF_AUTO_AUTO && tcg_wasm_js_host_is_x86())) {
        /* TCG's barriers and QEMU's own follow this (tcg-target-mo.h) */
        qemu_wasm_host_tso = true;
    }
    qemu_mutex_init(&slots_lock);
    qemu_mutex_init(&compile_lock);
    free_slots = g_array_new(false, false, sizeof(uint32_t));
    pending_slots = g_array_new(false, false, sizeof(uint32_t));
    slot_live = g_new0(bool, MAX_SLOTS);
    slot_serial = g_new0(uint32_t, MAX_SLOTS);
    slot_module = g_new0(TCGWasmSharedModule *, MAX_SLOTS);
    share_modules = parallel;
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

/* The calling thread's counters. */
static TCGWasmThreadStats *get_thread_stats(void)
{
    if (likely(thread_stats)) {
        return thread_stats;
    }
    thread_stats = g_new0(TCGWasmThreadStats, 1);
    thread_stats->cpu_index = current_cpu ? current_cpu->cpu_index : -1;
    QEMU_LOCK_GUARD(&slots_lock);
    QSLIST_INSERT_HEAD(&all_thread_stats, thread_stats, next);
    return thread_stats;
}

void tcg_wasm_count_interpreted(void)
{
    TCGWasmThreadStats *ts = get_thread_stats();

    stat64_add(&stats.interpreted, tcg_wasm_interpreted_batch);
    qatomic_set__nocheck(&ts->interpreted,
                         ts->interpreted + tcg_wasm_interpreted_batch);
    tcg_wasm_interpreted_batch = 0;
}

/* One line for each vCPU thread, in the order of their CPUs. */
static void format_thread_stats(GString *buf)
{
    g_autoptr(GPtrArray) threads = g_ptr_array_new();
    TCGWasmThreadStats *ts;

    qemu_mutex_lock(&slots_lock);
    QSLIST_FOREACH(ts, &all_thread_stats, next) {
        g_ptr_array_add(threads, ts);
    }
    qemu_mutex_unlock(&slots_lock);
    for (int cpu = -1; threads->len; cpu++) {
        for (guint i = 0; i < threads->len; i++) {
            ts = g_ptr_array_index(threads, i);
            if (ts->cpu_index != cpu) {
                continue;
            }
            g_string_append_printf(buf, "wasm-cpu-stats: cpu=%d"
                " interpreted=%" PRIu64 " entries=%" PRIu64
                " compiled=%" PRIu64 " compile-ms=%" PRIu64
                " shared=%" PRIu64 " shared-ms=%" PRIu64 "\n", cpu,
                qatomic_read__nocheck(&ts->interpreted),
                qatomic_read__nocheck(&ts->entries),
                qatomic_read__nocheck(&ts->compiled),
                qatomic_read__nocheck(&ts->compile_ns) / SCALE_MS,
                qatomic_read__nocheck(&ts->shared),
                qatomic_read__nocheck(&ts->shared_ns) / SCALE_MS);
            g_ptr_array_remove_index(threads, i--);
        }
    }
}

void tcg_wasm_format_stats(GString *buf)
{
    g_string_append_printf(buf, "wasm-stats: interpreted=%" PRIu64
                           " compiled=%" PRIu64 " failed=%" PRIu64
                           " live=%u freed=%" PRIu64 " bytes=%" PRIu64
                           " compile-ms=%" PRIu64 " table=%u"
                           " resumed=%" PRIu64 " tso=%d shared=%" PRIu64 "\n",
                           stat64_get(&stats.interpreted),
                           stat64_get(&stats.compiled),
                           stat64_get(&stats.failed),
                           qatomic_read(&stats.live),
                           stat64_get(&stats.freed), stat64_get(&stats.bytes),
                           stat64_get(&stats.compile_ns) / SCALE_MS,
                           qatomic_read(&table_size),
                           stat64_get(&stats.resumed),
                           qemu_wasm_host_tso, stat64_get(&stats.shared));
    if (share_modules) {
        format_thread_stats(buf);
    }
}

/* The calling thread's context. */
static TCGWasmContext *get_context(void)
{
    if (likely(context)) {
        return context;
    }
    get_thread_stats();
    context = g_new0(TCGWasmContext, 1);
    context->tb_ptr_addr = (uintptr_t)&tci_tb_ptr;
    context->switching_addr = (uintptr_t)&qemu_fiber_switching;
    return context;
}

/* Make this thread's serials cover @n slots. */
static void reserve_thread_slots(uint32_t n)
{
    if (n > thread_slots) {
        thread_serial = g_renew(uint32_t, thread_serial, n);
        memset(thread_serial + thread_slots, 0,
               (n - thread_slots) * sizeof(uint32_t));
        thread_slots = n;
    }
}

static void shared_module_free(TCGWasmSharedModule *m)
{
    g_free(m->helpers);
    g_free(m->bytes);
    g_free(m);
}

static void free_slots_rcu(TCGWasmFreedSlots *freed)
{
    qemu_mutex_lock(&slots_lock);
    g_array_append_vals(free_slots, freed->slots->data, freed->slots->len);
    qemu_mutex_unlock(&slots_lock);
    g_array_free(freed->slots, true);
    g_free(freed);
}

/* Called with slots_lock held: slots freed so far, free after a grace. */
static void free_pending_slots_locked(void)
{
    TCGWasmFreedSlots *freed;

    if (!pending_slots->len) {
        return;
    }
    freed = g_new(TCGWasmFreedSlots, 1);
    freed->slots = pending_slots;
    pending_slots = g_array_new(false, false, sizeof(uint32_t));
    call_rcu(freed, free_slots_rcu, rcu);
}

/* Called with slots_lock held. */
static void release_slot_locked(uint32_t slot)
{
    uint32_t i = slot - slot_base;
    TCGWasmSharedModule *m;

    if (!slot_live[i]) {
        return;
    }
    slot_live[i] = false;
    m = slot_module[i];
    slot_module[i] = NULL;
    if (m && !--m->live && !m->refs) {
        shared_module_free(m);
    }
    qatomic_set(&slot_serial[i], 0);
    g_array_append_val(pending_slots, slot);
    qatomic_set(&stats.live, stats.live - 1);
    stat64_add(&stats.freed, 1);
    if (++nr_freed_slots % CLEAR_PERIOD == 0) {
        qatomic_inc(&clear_gen);
    }
}

/*
 * Drop the functions of freed slots from this thread's table, so that
 * the engine may collect their instances.  With no compiled code on the
 * thread's stack.
 */
static void clear_thread_table(void)
{
    uint32_t wraps = qatomic_read(&serial_wraps);
    bool all = wraps != thread_serial_wraps;

    thread_clear_gen = qatomic_read(&clear_gen);
    thread_serial_wraps = wraps;
    for (uint32_t i = 0; i < thread_slots; i++) {
        if (thread_serial[i] &&
            (all || thread_serial[i] != qatomic_read(&slot_serial[i]))) {
            tcg_wasm_js_table_clear(slot_base + i);
            thread_serial[i] = 0;
        }
    }
}

/* A free slot, in this thread's table too; 0 if none. */
static uint32_t alloc_slot(void)
{
    uint32_t slot;

    QEMU_LOCK_GUARD(&slots_lock);
    if (stats.live >= MAX_LIVE) {
        return 0;
    }
    if (!slot_base) {
        slot_base = table_size = tcg_wasm_js_table_length();
    }
    if (!free_slots->len) {
        if (table_size - slot_base + TABLE_GROWTH > MAX_SLOTS ||
            tcg_wasm_js_table_reserve(table_size + TABLE_GROWTH)) {
            return 0;
        }
        table_size += TABLE_GROWTH;
        for (uint32_t i = 0; i < TABLE_GROWTH; i++) {
            slot = table_size - 1 - i;
            g_array_append_val(free_slots, slot);
        }
    }
    slot = g_array_index(free_slots, uint32_t, free_slots->len - 1);
    g_array_set_size(free_slots, free_slots->len - 1);
    if (tcg_wasm_js_table_reserve(slot + 1)) {
        g_array_append_val(free_slots, slot);
        return 0;
    }
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

/*
 * Called with slots_lock held: keep the module just instantiated for the
 * other threads, with the blocks of @compiled, unless it is the only
 * thread that runs blocks.  Its slots own it.
 */
static TCGWasmSharedModule *share_module_locked(const uint32_t *slots,
                                                const bool *compiled,
                                                unsigned n,
                                                const uint32_t *helpers,
                                                unsigned nr_helpers)
{
    TCGWasmSharedModule *m;

    if (!share_modules) {
        return NULL;
    }
    m = g_new0(TCGWasmSharedModule, 1);
    m->serial = module_serial;
    m->n = n;
    m->len = module_buf.len;
    m->nr_helpers = nr_helpers;
    memcpy(m->slots, slots, n * sizeof(slots[0]));
    memcpy(m->compiled, compiled, n * sizeof(compiled[0]));
    for (unsigned i = 0; i < n; i++) {
        m->live += compiled[i];
    }
    m->helpers = g_memdup2(helpers, nr_helpers * sizeof(helpers[0]));
    m->bytes = g_memdup2(module_buf.data, module_buf.len);
    return m;
}

/*
 * Compile the queued blocks, unless another thread is compiling; returns
 * whether it did.
 */
static bool compile_batch(void)
{
    int64_t t0 = get_clock_realtime();
    TCGWasmRegion region;
    TCGWasmTBHeader **headers = region.headers;
    uint32_t slots[TCG_WASM_BATCH_MAX];
    bool compiled[TCG_WASM_BATCH_MAX] = { false };
    TCGWasmThreadStats *ts = get_thread_stats();
    TCGWasmSharedModule *shared = NULL;
    unsigned n, nr_translated, nr_compiled = 0;
    int64_t ns;

    if (qemu_mutex_trylock(&compile_lock)) {
        return false;
    }
    qemu_mutex_lock(&slots_lock);
    n = batch_len;
    memcpy(headers, batch, n * sizeof(headers[0]));
    memcpy(compiling, batch, n * sizeof(compiling[0]));
    compiling_len = n;
    batch_len = 0;
    qemu_mutex_unlock(&slots_lock);
    if (!n) {
        qemu_mutex_unlock(&compile_lock);
        return true;
    }

    if (++module_serial >> (32 - TCG_WASM_UNIT_JOIN_BITS)) {
        module_serial = 1;
        qatomic_inc(&serial_wraps);
        qatomic_inc(&clear_gen);
    }
    wasm_buf_reset(&module_buf);
    region.n = n;
    nr_translated = tcg_wasm_translate(&region, module_serial, &module_buf);
    n = region.n;
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
    if (region.why) {
        qemu_log_mask(LOG_UNIMP, "tcg-wasm: a block stays in the "
                      "interpreter: %s\n", region.why);
    }
    for (unsigned i = 0; nr_translated && i < n; i++) {
        if (!region.units[i]) {
            continue;
        }
        compiled[i] = (slots[i] = alloc_slot()) != 0;
        if (!compiled[i]) {
            /* Too many live blocks: try again after some are freed. */
            qatomic_set(&headers[i]->countdown, tcg_wasm_threshold);
        }
        nr_compiled += compiled[i];
    }
    if (nr_compiled &&
        tcg_wasm_js_instantiate(module_buf.data, module_buf.len, slots,
                                compiled, n, region.helpers,
                                region.nr_helpers)) {
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
    reserve_thread_slots(table_size - slot_base);
    if (nr_compiled) {
        shared = share_module_locked(slots, compiled, n, region.helpers,
                                     region.nr_helpers);
    }
    for (unsigned i = 0; i < n; i++) {
        if (compiled[i]) {
            uint32_t k = slots[i] - slot_base;

            slot_live[k] = true;
            slot_module[k] = shared;
            qatomic_set(&stats.live, stats.live + 1);
            /* Before the entry: a thread that reads it must find this. */
            qatomic_store_release(&slot_serial[k], module_serial);
            thread_serial[k] = module_serial;
            if (!still_compiling(headers[i])) {
                /* Invalidated while compiled: its code must never run. */
                release_slot_locked(slots[i]);
                compiled[i] = false;
                nr_compiled--;
                continue;
            }
            qatomic_set(&headers[i]->unit, region.units[i]);
            qatomic_store_release(&headers[i]->entry, slots[i]);
        }
    }
    compiling_len = 0;
    free_pending_slots_locked();
    qemu_mutex_unlock(&slots_lock);
    qemu_mutex_unlock(&compile_lock);

    stat64_add(&stats.compiled, nr_compiled);
    stat64_add(&stats.failed, n - nr_compiled);
    if (nr_compiled) {
        stat64_add(&stats.bytes, module_buf.len);
    }
    ns = get_clock_realtime() - t0;
    stat64_add(&stats.compile_ns, ns);
    qatomic_set__nocheck(&ts->compiled, ts->compiled + nr_compiled);
    qatomic_set__nocheck(&ts->compile_ns, ts->compile_ns + ns);
    return true;
}

/*
 * @header's countdown ran out: queue it, or compile the batch if it is
 * full or @header was queued already and still runs.
 */
static void block_is_hot(TCGWasmTBHeader *header)
{
    bool queued = false, added = false, full;

    qemu_mutex_lock(&slots_lock);
    for (unsigned i = 0; i < batch_len; i++) {
        queued |= batch[i] == header;
    }
    full = batch_len == TCG_WASM_BATCH_MAX;
    /* Full while another thread compiles: this one comes back later. */
    if (!queued && !full) {
        batch[batch_len++] = header;
        added = true;
        full = batch_len == TCG_WASM_BATCH_MAX;
    }
    qemu_mutex_unlock(&slots_lock);

    if (!((queued || full) && compile_batch()) || !(queued || added)) {
        qatomic_set(&header->countdown, BATCH_COUNTDOWN);
    }
}

/*
 * Instantiate in this thread's table the module that holds @slot, which
 * another thread compiled; returns whether @slot is ready here.  With no
 * compiled code on the thread's stack.
 */
static bool __attribute__((noinline)) sync_slot(uint32_t slot)
{
    uint32_t k = slot - slot_base;
    uint32_t serial = qatomic_load_acquire(&slot_serial[k]);
    TCGWasmThreadStats *ts;
    TCGWasmSharedModule *m;
    int64_t t0;
    bool ok;

    if (!serial ||
        (k < thread_slots && thread_serial[k] == (serial | SERIAL_FAILED))) {
        return false;
    }
    qemu_mutex_lock(&slots_lock);
    reserve_thread_slots(table_size - slot_base);
    m = slot_module[k];
    if (m && m->serial == serial) {
        /* Its bytes stay while referenced, should its slots go. */
        m->refs++;
    } else {
        m = NULL;
    }
    qemu_mutex_unlock(&slots_lock);
    if (!m) {
        /* Freed or replaced meanwhile. */
        return false;
    }

    t0 = get_clock_realtime();
    ok = !tcg_wasm_js_table_reserve(table_size) &&
         !tcg_wasm_js_instantiate(m->bytes, m->len, m->slots, m->compiled,
                                  m->n, m->helpers, m->nr_helpers);
    for (unsigned i = 0; ok && i < m->n; i++) {
        if (m->compiled[i]) {
            thread_serial[m->slots[i] - slot_base] = serial;
        }
    }
    qemu_mutex_lock(&slots_lock);
    if (!--m->refs && !m->live) {
        shared_module_free(m);
    }
    qemu_mutex_unlock(&slots_lock);
    if (!ok) {
        thread_serial[k] = serial | SERIAL_FAILED;
        return false;
    }
    stat64_add(&stats.shared, 1);
    ts = get_thread_stats();
    qatomic_set__nocheck(&ts->shared, ts->shared + 1);
    qatomic_set__nocheck(&ts->shared_ns,
                         ts->shared_ns + get_clock_realtime() - t0);
    return thread_serial[k] == qatomic_read(&slot_serial[k]);
}

/* Whether this thread's table has the function of compiled entry @slot. */
static inline bool slot_ready(uint32_t slot)
{
    uint32_t k = slot - slot_base;

    if (likely(k < thread_slots && thread_serial[k] &&
               thread_serial[k] == qatomic_read(&slot_serial[k]))) {
        return true;
    }
    return sync_slot(slot);
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
        const uint32_t *next;

        /* Plain: only this thread writes it, and it is hot. */
        thread_stats->entries++;
        next = (const void *)(uintptr_t)((TCGWasmEntry)(uintptr_t)entry)(env,
                                                                        ctx);

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
        entry = qatomic_load_acquire(&((TCGWasmTBHeader *)next)->entry);
        if (!entry || !slot_ready(entry)) {
            return next;
        }
    }
}

const void *tcg_wasm_enter(CPUArchState *env, TCGWasmTBHeader *header)
{
    TCGWasmContext *ctx = get_context();
    uint32_t entry;

    /* Bumped by other threads: a late look is harmless. */
    if (unlikely(qatomic_read(&clear_gen) != thread_clear_gen)) {
        clear_thread_table();
    }
    entry = qatomic_load_acquire(&header->entry);
    if (!entry) {
        block_is_hot(header);
        entry = qatomic_load_acquire(&header->entry);
    }
    if (!entry || !slot_ready(entry)) {
        tcg_wasm_interpreted_inc();
        return header + 1;
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
        free_pending_slots_locked();
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
    for (uint32_t slot = slot_base; slot < table_size; slot++) {
        release_slot_locked(slot);
    }
    free_pending_slots_locked();
    qatomic_inc(&clear_gen);
}
