/*
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * smpcheck: atomics and memory order across vCPUs.  "smpcheck N ITERS"
 * runs N threads, thread i pinned to CPU i, each adding 1 ITERS times to
 * shared counters in five ways; the totals must be exact:
 *
 *   lock_add    lock addq
 *   lock_xadd   lock xaddq
 *   cmpxchg     a lock cmpxchgq loop
 *   spinlock    a plain (non-atomic) increment under an xchg spinlock
 *   futex       a plain increment under a futex mutex
 *
 * Then two threads run litmus tests ITERS times, each round started by a
 * barrier; outcomes x86 forbids must not happen, and the counts of the
 * allowed ones are printed:
 *
 *   sb_mfence   x = 1; mfence; r0 = y  ||  y = 1; mfence; r1 = x
 *               forbidden: r0 = r1 = 0
 *   sb          the same without mfence (r0 = r1 = 0 allowed: TSO)
 *   mp          data = 1; flag = 1  ||  r0 = flag; r1 = data
 *               forbidden: r0 = 1, r1 = 0
 *   lb          r0 = x; y = 1  ||  r1 = y; x = 1
 *               forbidden: r0 = r1 = 1 (no load is passed by a store)
 *
 * Last, cross-modifying code: CPU 0 runs a hot loop (three blocks chained
 * in a cycle) until the immediate it loads equals the round's number,
 * which CPU 1 writes into that code once the loop is hot; every round
 * must end by seeing the new code, not by CPU 1 giving up after
 * XMODIFY_WAIT_S seconds:
 *
 *   xmodify     rounds that saw the rewrite (of XMODIFY_ROUNDS)
 *
 * Each result is a line "name value ok" or "name value BAD expected";
 * "litmus name outcome=count ..." lines count the outcomes.  Built like
 * jitcheck (freestanding, guest/build.sh).
 */

#include "freestanding.h"

#define SYS_SCHED_YIELD       24
#define SYS_CLOCK_GETTIME     228
#define SYS_CLONE             56
#define SYS_EXIT              60
#define SYS_FUTEX             202
#define SYS_SCHED_SETAFFINITY 203

#define FUTEX_WAIT_PRIVATE    128
#define FUTEX_WAKE_PRIVATE    129

/* CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD */
#define CLONE_THREAD_FLAGS    0x10f00

#define MAX_THREADS 8
#define STACK_SIZE  (64 * 1024)

static void write_str(const char *s)
{
    ulong len = 0;

    while (s[len]) {
        len++;
    }
    syscall3(SYS_WRITE, 1, s, len);
}

static void write_dec(uint64_t v)
{
    char buf[21];
    int i = 20;

    buf[i] = 0;
    do {
        buf[--i] = '0' + v % 10;
        v /= 10;
    } while (v);
    write_str(buf + i);
}

static int failures;

static void report(const char *name, uint64_t got, uint64_t expected)
{
    write_str(name);
    write_str(" ");
    write_dec(got);
    if (got == expected) {
        write_str(" ok\n");
    } else {
        write_str(" BAD expected ");
        write_dec(expected);
        write_str("\n");
        failures++;
    }
}

static ulong parse(const char *s)
{
    ulong v = 0;

    while (*s >= '0' && *s <= '9') {
        v = v * 10 + (ulong)(*s++ - '0');
    }
    return v;
}

/*
 * long smp_spawn(void *stack_top, void (*fn)(long), long arg): a thread
 * that runs fn(arg) on the stack below stack_top and exits.
 */
long smp_spawn(void *stack_top, void (*fn)(long), long arg);
asm(".text\n"
    "smp_spawn:\n"
    "    mov %rdx, -8(%rdi)\n"
    "    mov %rsi, -16(%rdi)\n"
    "    lea -16(%rdi), %rsi\n"
    "    mov $0x10f00, %edi\n"
    "    xor %edx, %edx\n"
    "    xor %r10d, %r10d\n"
    "    xor %r8d, %r8d\n"
    "    mov $56, %eax\n"
    "    syscall\n"
    "    test %rax, %rax\n"
    "    jnz 1f\n"
    "    pop %rax\n"
    "    pop %rdi\n"
    "    call *%rax\n"
    "    mov $60, %eax\n"
    "    xor %edi, %edi\n"
    "    syscall\n"
    "1:  ret\n");

static unsigned nr_threads;
static ulong iters;
static char stacks[MAX_THREADS][STACK_SIZE] __attribute__((aligned(16)));

static volatile uint64_t lock_add_total, xadd_total, cmpxchg_total;
static volatile uint64_t spin_total, futex_total;
static volatile uint32_t spin_word, futex_word;
static volatile uint32_t done;

static void relax(ulong *spins)
{
    asm volatile("pause");
    if (++*spins % 256 == 0) {
        syscall3(SYS_SCHED_YIELD, 0, 0, 0);
    }
}

static uint32_t xchg32(volatile uint32_t *p, uint32_t v)
{
    asm volatile("xchgl %0, %1" : "+r"(v), "+m"(*p) : : "memory");
    return v;
}

static uint32_t cmpxchg32(volatile uint32_t *p, uint32_t old, uint32_t new)
{
    asm volatile("lock cmpxchgl %2, %1"
                 : "+a"(old), "+m"(*p) : "r"(new) : "memory");
    return old;
}

/* Drepper's mutex: 0 free, 1 locked, 2 locked with waiters. */
static void futex_lock(volatile uint32_t *w)
{
    uint32_t c = cmpxchg32(w, 0, 1);

    if (c) {
        if (c != 2) {
            c = xchg32(w, 2);
        }
        while (c) {
            syscall6(SYS_FUTEX, (long)w, FUTEX_WAIT_PRIVATE, 2, 0, 0, 0);
            c = xchg32(w, 2);
        }
    }
}

static void futex_unlock(volatile uint32_t *w)
{
    uint32_t one = 1;

    asm volatile("lock xaddl %0, %1" : "+r"(one), "+m"(*w) : : "memory");
    one = -1u;
    asm volatile("lock xaddl %0, %1" : "+r"(one), "+m"(*w) : : "memory");
    if (one != 1) {
        *w = 0;
        syscall6(SYS_FUTEX, (long)w, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0);
    }
}

static void pin(long cpu)
{
    uint64_t mask = 1ull << cpu;

    syscall3(SYS_SCHED_SETAFFINITY, 0, sizeof(mask), &mask);
}

static void counters(long id)
{
    ulong spins = 0;

    pin(id);
    for (ulong i = 0; i < iters; i++) {
        uint64_t one = 1, old;

        asm volatile("lock addq $1, %0" : "+m"(lock_add_total) : : "memory");
        asm volatile("lock xaddq %0, %1"
                     : "+r"(one), "+m"(xadd_total) : : "memory");
        old = cmpxchg_total;
        for (;;) {
            uint64_t seen = old;

            asm volatile("lock cmpxchgq %2, %1"
                         : "+a"(seen), "+m"(cmpxchg_total)
                         : "r"(old + 1) : "memory");
            if (seen == old) {
                break;
            }
            old = seen;
        }
        while (xchg32(&spin_word, 1)) {
            while (spin_word) {
                relax(&spins);
            }
        }
        spin_total = spin_total + 1;
        asm volatile("" : : : "memory");
        spin_word = 0;
        futex_lock(&futex_word);
        futex_total = futex_total + 1;
        futex_unlock(&futex_word);
    }
    asm volatile("lock incl %0" : "+m"(done) : : "memory");
}

/* Litmus rounds: a sense-reversing barrier between two threads. */
static volatile uint32_t arrived, sense;
static volatile uint64_t x, y, data, flag;
static volatile uint64_t r0, r1;
static unsigned which;
static uint64_t outcomes[4];

static void barrier(uint32_t *local_sense)
{
    ulong spins = 0;
    uint32_t one = 1;

    *local_sense = !*local_sense;
    asm volatile("lock xaddl %0, %1" : "+r"(one), "+m"(arrived) : : "memory");
    if (one == 1) {
        arrived = 0;
        sense = *local_sense;
    } else {
        while (sense != *local_sense) {
            relax(&spins);
        }
    }
}

static void litmus_thread(long id)
{
    uint32_t local_sense = 0;

    pin(id);
    for (ulong i = 0; i < iters; i++) {
        barrier(&local_sense);
        if (which == 2) {               /* mp */
            if (id == 0) {
                data = 1;
                flag = 1;
            } else {
                r0 = flag;
                r1 = data;
            }
        } else if (which == 3) {        /* lb */
            if (id == 0) {
                r0 = x;
                y = 1;
            } else {
                r1 = y;
                x = 1;
            }
        } else if (id == 0) {           /* sb_mfence, sb */
            x = 1;
            if (which == 0) {
                asm volatile("mfence" : : : "memory");
            }
            r0 = y;
        } else {
            y = 1;
            if (which == 0) {
                asm volatile("mfence" : : : "memory");
            }
            r1 = x;
        }
        barrier(&local_sense);
        if (id == 0) {
            outcomes[r0 * 2 + r1]++;
            x = y = data = flag = 0;
        }
    }
    asm volatile("lock incl %0" : "+m"(done) : : "memory");
}

/* Run fn on threads 1..n-1 and on this one as thread 0; wait for all. */
static void run_threads(unsigned n, void (*fn)(long))
{
    ulong spins = 0;

    done = 0;
    for (unsigned i = 1; i < n; i++) {
        if (smp_spawn(stacks[i] + STACK_SIZE, fn, i) < 0) {
            write_str("smpcheck: clone failed\n");
            syscall3(SYS_EXIT_GROUP, 2, 0, 0);
        }
    }
    fn(0);
    while (done != n) {
        relax(&spins);
    }
}

#define XMODIFY_ROUNDS 40
#define XMODIFY_HOT    2000
#define XMODIFY_WAIT_S 20

/*
 * rdi: a counter the loop increments, rsi: a word that ends it when
 * nonzero, edx: the immediate that ends it; returns the immediate seen.
 */
static const uint8_t xmodify_loop[] = {
    0xb8, 0, 0, 0, 0,                   /* 00 mov $imm, %eax    */
    0x39, 0xd0,                         /* 05 cmp %edx, %eax    */
    0x74, 0x0a,                         /* 07 je 13             */
    0x48, 0xff, 0x07,                   /* 09 incq (%rdi)       */
    0x83, 0x3e, 0x00,                   /* 0c cmpl $0, (%rsi)   */
    0x75, 0x02,                         /* 0f jne 13            */
    0xeb, 0xed,                         /* 11 jmp 00            */
    0xc3,                               /* 13 ret               */
};
static uint8_t *xmodify_code;
static volatile uint64_t xmodify_count;
static volatile uint32_t xmodify_giveup, xmodify_round, xmodify_ended;
static uint32_t xmodify_seen;

static uint64_t now_ns(void)
{
    struct { long sec, nsec; } ts;

    syscall3(SYS_CLOCK_GETTIME, 1 /* CLOCK_MONOTONIC */, &ts, 0);
    return (uint64_t)ts.sec * 1000000000ull + (uint64_t)ts.nsec;
}

static void xmodify_thread(long id)
{
    ulong spins = 0;

    pin(id);
    for (uint32_t round = 1; round <= XMODIFY_ROUNDS; round++) {
        if (id == 0) {
            uint32_t seen;

            while (xmodify_round != round) {
                relax(&spins);
            }
            asm volatile("call *%[code]"
                         : "=a"(seen)
                         : [code] "r"(xmodify_code), "D"(&xmodify_count),
                           "S"(&xmodify_giveup), "d"(round)
                         : "rcx", "r8", "r9", "r10", "r11", "memory", "cc");
            xmodify_seen += seen == round;
            xmodify_ended = round;
        } else {
            uint64_t deadline;

            *(volatile uint32_t *)(xmodify_code + 1) = round - 1;
            xmodify_count = 0;
            xmodify_giveup = 0;
            xmodify_round = round;
            deadline = now_ns() + XMODIFY_WAIT_S * 1000000000ull;
            while (xmodify_count < XMODIFY_HOT && now_ns() < deadline) {
                relax(&spins);
            }
            /* Cross-modifying: CPU 0 runs this code meanwhile. */
            *(volatile uint32_t *)(xmodify_code + 1) = round;
            while (xmodify_ended != round && now_ns() < deadline) {
                relax(&spins);
            }
            xmodify_giveup = 1;
            while (xmodify_ended != round) {
                relax(&spins);
            }
        }
    }
    asm volatile("lock incl %0" : "+m"(done) : : "memory");
}

static void xmodify(void)
{
    long p = syscall6(SYS_MMAP, 0, PAGE, PROT_RWX, MAP_PRIVATE_ANON, -1, 0);

    if (p < 0 && p > -4096) {
        write_str("smpcheck: mmap failed\n");
        syscall3(SYS_EXIT_GROUP, 2, 0, 0);
    }
    xmodify_code = (uint8_t *)p;
    for (unsigned i = 0; i < sizeof(xmodify_loop); i++) {
        xmodify_code[i] = xmodify_loop[i];
    }
    run_threads(2, xmodify_thread);
    report("xmodify", xmodify_seen, XMODIFY_ROUNDS);
}

static const char *const litmus_names[] = { "sb_mfence", "sb", "mp", "lb" };

/* Outcome r0 r1 of each litmus test that x86 forbids (-1: none). */
static const int litmus_forbidden[] = { 0, -1, 2, 3 };

static void litmus(unsigned test)
{
    which = test;
    for (unsigned k = 0; k < 4; k++) {
        outcomes[k] = 0;
    }
    run_threads(2, litmus_thread);
    write_str("litmus ");
    write_str(litmus_names[test]);
    for (unsigned k = 0; k < 4; k++) {
        write_str(k ? " " : " r0r1:");
        write_dec(k >> 1);
        write_dec(k & 1);
        write_str("=");
        write_dec(outcomes[k]);
    }
    write_str("\n");
    if (litmus_forbidden[test] >= 0) {
        report(litmus_names[test], outcomes[litmus_forbidden[test]], 0);
    }
}

void smpcheck_main(long argc, char **argv);
void smpcheck_main(long argc, char **argv)
{
    uint64_t expected;

    nr_threads = argc > 1 ? parse(argv[1]) : 2;
    iters = argc > 2 ? parse(argv[2]) : 100000;
    if (nr_threads < 2 || nr_threads > MAX_THREADS) {
        write_str("usage: smpcheck N ITERS (2 <= N <= 8)\n");
        syscall3(SYS_EXIT_GROUP, 2, 0, 0);
    }
    run_threads(nr_threads, counters);
    expected = (uint64_t)nr_threads * iters;
    report("lock_add", lock_add_total, expected);
    report("lock_xadd", xadd_total, expected);
    report("cmpxchg", cmpxchg_total, expected);
    report("spinlock", spin_total, expected);
    report("futex", futex_total, expected);
    for (unsigned test = 0; test < 4; test++) {
        litmus(test);
    }
    xmodify();
    write_str(failures ? "smpcheck: BAD\n" : "smpcheck: ok\n");
    syscall3(SYS_EXIT_GROUP, failures != 0, 0, 0);
}

asm(".text\n"
    ".globl _start\n"
    "_start:\n"
    "    xor %ebp, %ebp\n"
    "    mov (%rsp), %rdi\n"
    "    lea 8(%rsp), %rsi\n"
    "    and $-16, %rsp\n"
    "    call smpcheck_main\n"
    "    hlt\n");
