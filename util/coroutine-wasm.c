/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Coroutine backend on Emscripten fibers
 *
 * Emscripten has neither ucontext nor sigaltstack.  Its fibers switch
 * stacks by unwinding and rewinding the WebAssembly call stack with
 * Asyncify, so a fiber cannot be resumed on another thread than the one
 * that created it.
 *
 * This work is licensed under the terms of the GNU GPL, version 2 or later.
 * See the COPYING file in the top-level directory.
 */

#include "qemu/osdep.h"
#include <emscripten/eventloop.h>
#include <emscripten/fiber.h>
#include "qemu/units.h"
#include "qemu/coroutine_int.h"
#include "qemu/coroutine-tls.h"
#include "qemu/coroutine-wasm.h"

/*
 * Room for the locals of every frame on the stack at a switch, which
 * Asyncify saves while the fiber is suspended.
 */
#define ASYNCIFY_STACK_SIZE (128 * KiB)

typedef struct {
    Coroutine base;
    void *stack;
    size_t stack_size;
    void *asyncify_stack;
    emscripten_fiber_t fiber;
    /* What the coroutine that switched to this one asked for. */
    CoroutineAction action;
} CoroutineFiber;

/* The thread's own context, which runs coroutines. */
typedef struct {
    CoroutineFiber co;
    bool initialized;
} FiberLeader;

__thread bool qemu_fiber_switching;

/*
 * Emscripten counts every switch as pending asynchronous work (a runtime
 * keepalive) and uncounts it when it resumes a suspended fiber, but not when
 * it enters a new one.  Left alone, each coroutine created keeps the runtime
 * alive for good, and a main() that returns does not end the program.
 */
static void fiber_entered(void)
{
    qemu_fiber_switching = false;
    emscripten_runtime_keepalive_pop();
}

QEMU_DEFINE_STATIC_CO_TLS(Coroutine *, current);
QEMU_DEFINE_STATIC_CO_TLS(FiberLeader, leader);

static void coroutine_trampoline(void *opaque)
{
    CoroutineFiber *self = opaque;
    Coroutine *co = &self->base;

    fiber_entered();
    while (true) {
        co->entry(co->entry_arg);
        qemu_coroutine_switch(co, co->caller, COROUTINE_TERMINATE);
    }
}

Coroutine *qemu_coroutine_new(void)
{
    CoroutineFiber *co = g_new0(CoroutineFiber, 1);

    co->stack_size = COROUTINE_STACK_SIZE;
    co->stack = g_malloc(co->stack_size);
    co->asyncify_stack = g_malloc(ASYNCIFY_STACK_SIZE);
    emscripten_fiber_init(&co->fiber, coroutine_trampoline, co,
                          co->stack, co->stack_size,
                          co->asyncify_stack, ASYNCIFY_STACK_SIZE);
    return &co->base;
}

void qemu_coroutine_delete(Coroutine *co_)
{
    CoroutineFiber *co = DO_UPCAST(CoroutineFiber, base, co_);

    g_free(co->stack);
    g_free(co->asyncify_stack);
    g_free(co);
}

CoroutineAction qemu_coroutine_switch(Coroutine *from_, Coroutine *to_,
                                      CoroutineAction action)
{
    CoroutineFiber *from = DO_UPCAST(CoroutineFiber, base, from_);
    CoroutineFiber *to = DO_UPCAST(CoroutineFiber, base, to_);

    set_current(to_);
    to->action = action;
    qemu_fiber_switching = true;
    emscripten_fiber_swap(&from->fiber, &to->fiber);
    qemu_fiber_switching = false;
    /* Resumed: whoever switched back here left its action. */
    return from->action;
}

Coroutine *qemu_coroutine_self(void)
{
    Coroutine *self = get_current();

    if (!self) {
        FiberLeader *l = get_ptr_leader();

        if (!l->initialized) {
            l->co.asyncify_stack = g_malloc(ASYNCIFY_STACK_SIZE);
            emscripten_fiber_init_from_current_context(&l->co.fiber,
                                                       l->co.asyncify_stack,
                                                       ASYNCIFY_STACK_SIZE);
            l->initialized = true;
        }
        self = &l->co.base;
        set_current(self);
    }
    return self;
}

bool qemu_in_coroutine(void)
{
    Coroutine *self = get_current();

    return self && self->caller;
}
