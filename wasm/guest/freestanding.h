/*
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * What the guest's freestanding test programs (jitcheck.c, jitfuzz.c)
 * share: raw x86-64 Linux system calls and signal handlers without libc,
 * so that they are small and run the same code under every emulator.
 * Each program includes it once.
 */

#ifndef FREESTANDING_H
#define FREESTANDING_H

#include <stdint.h>

typedef unsigned long ulong;

#define SYS_WRITE        1
#define SYS_MMAP         9
#define SYS_MPROTECT     10
#define SYS_RT_SIGACTION 13
#define SYS_SETITIMER    38
#define SYS_EXIT_GROUP   231

#define PROT_NONE  0
#define PROT_RW    3
#define PROT_RWX   7
#define MAP_PRIVATE_ANON 0x22
#define MAP_FIXED  0x10

#define SIGILL  4
#define SIGBUS  7
#define SIGFPE  8
#define SIGSEGV 11
#define SIGALRM 14
#define SA_SIGINFO  0x00000004
#define SA_RESTORER 0x04000000

#define PAGE 4096

static long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
    long ret;
    register long r10 asm("r10") = d;
    register long r8 asm("r8") = e;
    register long r9 asm("r9") = f;

    asm volatile("syscall"
                 : "=a"(ret)
                 : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                 : "rcx", "r11", "memory");
    return ret;
}

#define syscall3(n, a, b, c) syscall6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)

struct kernel_sigaction {
    void *handler;
    ulong flags;
    void (*restorer)(void);
    uint64_t mask;
};

void freestanding_restore_rt(void);
asm(".text\n"
    "freestanding_restore_rt:\n"
    "    mov $15, %eax\n"          /* rt_sigreturn */
    "    syscall\n");

/* Run HANDLER(sig, siginfo, ucontext) on signal SIG. */
static inline void set_handler(int sig, void *handler)
{
    struct kernel_sigaction sa;

    sa.handler = handler;
    sa.flags = SA_SIGINFO | SA_RESTORER;
    sa.restorer = freestanding_restore_rt;
    sa.mask = 0;
    syscall6(SYS_RT_SIGACTION, sig, (long)&sa, 0, sizeof(sa.mask), 0, 0);
}

#endif
