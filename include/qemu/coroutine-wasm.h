/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Coroutine backend on Emscripten fibers (util/coroutine-wasm.c)
 */
#ifndef QEMU_COROUTINE_WASM_H
#define QEMU_COROUTINE_WASM_H

/*
 * True while a coroutine switch unwinds or rewinds this thread's wasm
 * stack.  Code that Asyncify does not instrument (tcg/wasm32's compiled
 * blocks) checks it after calls that may switch, to step aside.
 */
extern __thread bool qemu_fiber_switching;

#endif /* QEMU_COROUTINE_WASM_H */
