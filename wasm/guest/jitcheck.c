/*
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * jitcheck: guest-side cases for what a JIT that keeps guest state in its
 * own locals and chains compiled blocks can get wrong.  Each case prints
 * "name value ok" or "name value BAD expected" on stdout; the stress mode
 * puts the lines into its digest, which tests compare between native QEMU,
 * the interpreter and the JIT.
 *
 *   smc_self        a hot loop that rewrites an immediate of its own code
 *   smc_chained     a hot loop that rewrites the code of the block it calls
 *   fault_loop      a register-heavy loop through fresh pages (page faults
 *                   inside compiled code) and two PROT_NONE pages whose
 *                   SIGSEGV handler opens them and returns
 *   interrupt_loop  a tight loop that only ends when a timer signal arrives,
 *                   keeping an invariant between its registers
 *
 * Freestanding (raw system calls, no libc) so that it is small and runs
 * the same code under every emulator: built by guest/build.sh with
 * gcc -static -nostdlib.
 */

#include "freestanding.h"

static void write_str(const char *s)
{
    ulong len = 0;

    while (s[len]) {
        len++;
    }
    syscall3(SYS_WRITE, 1, s, len);
}

static void write_hex(uint64_t v)
{
    char buf[19];
    int i;

    buf[0] = '0';
    buf[1] = 'x';
    for (i = 0; i < 16; i++) {
        buf[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 15];
    }
    buf[18] = 0;
    write_str(buf);
}

static int failures;

static void report(const char *name, uint64_t got, uint64_t expected)
{
    write_str(name);
    write_str(" ");
    write_hex(got);
    if (got == expected) {
        write_str(" ok\n");
    } else {
        write_str(" BAD expected ");
        write_hex(expected);
        write_str("\n");
        failures++;
    }
}

static uint8_t *map_pages(ulong pages, int prot)
{
    long p = syscall6(SYS_MMAP, 0, pages * PAGE, prot, MAP_PRIVATE_ANON, -1, 0);

    if (p < 0 && p > -4096) {
        write_str("jitcheck: mmap failed\n");
        syscall3(SYS_EXIT_GROUP, 2, 0, 0);
    }
    return (uint8_t *)p;
}

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = v;
    p[1] = v >> 8;
    p[2] = v >> 16;
    p[3] = v >> 24;
}

/* rcx = count, rdx = accumulator; the code returns the accumulator. */
static uint64_t call_loop(uint8_t *code, uint64_t count)
{
    uint64_t result, acc = 0;

    asm volatile("call *%[code]"
                 : "=a"(result), "+c"(count), "+d"(acc)
                 : [code] "r"(code)
                 : "rsi", "rdi", "r8", "r9", "r10", "r11", "memory", "cc");
    return result;
}

/* What both SMC loops compute when every rewrite is seen at once. */
static uint64_t smc_model(uint32_t imm, uint64_t count)
{
    uint64_t sum = 0, c;

    for (c = count; c; c--) {
        sum += imm;
        if ((c & 0xfff) == 0) {
            imm++;
        }
    }
    return sum;
}

#define SMC_COUNT 100000
#define SMC_IMM   0x1000

/*
 * The loop's first instruction is "mov $imm, %eax"; every 4096 iterations
 * the loop increments that immediate in its own code, from inside the
 * block (compiled by then) that it modifies.
 */
static void check_smc_self(void)
{
    static const uint8_t loop[] = {
        0xb8, 0, 0, 0, 0,                   /* 00 mov $imm, %eax         */
        0x48, 0x01, 0xc2,                   /* 05 add %rax, %rdx         */
        0xf7, 0xc1, 0xff, 0x0f, 0, 0,       /* 08 test $0xfff, %ecx      */
        0x75, 0x06,                         /* 0e jnz 16                 */
        0xff, 0x05, 0xeb, 0xff, 0xff, 0xff, /* 10 incl 01(%rip)          */
        0x48, 0xff, 0xc9,                   /* 16 dec %rcx               */
        0x75, 0xe5,                         /* 19 jnz 00                 */
        0x48, 0x89, 0xd0,                   /* 1b mov %rdx, %rax         */
        0xc3,                               /* 1e ret                    */
    };
    uint8_t *code = map_pages(1, PROT_RWX);
    ulong i;

    for (i = 0; i < sizeof(loop); i++) {
        code[i] = loop[i];
    }
    put32(code + 1, SMC_IMM);
    report("smc_self", call_loop(code, SMC_COUNT),
           smc_model(SMC_IMM, SMC_COUNT));
}

/*
 * The loop on one page calls "mov $imm, %eax; ret" on the next page and
 * every 4096 iterations increments that immediate: the callee's block is
 * invalidated while the caller's compiled block is chained to it.
 */
static void check_smc_chained(void)
{
    static const uint8_t loop[] = {
        0xe8, 0, 0, 0, 0,                   /* 00 call callee            */
        0x48, 0x01, 0xc2,                   /* 05 add %rax, %rdx         */
        0xf7, 0xc1, 0xff, 0x0f, 0, 0,       /* 08 test $0xfff, %ecx      */
        0x75, 0x06,                         /* 0e jnz 16                 */
        0xff, 0x05, 0, 0, 0, 0,             /* 10 incl callee+1(%rip)    */
        0x48, 0xff, 0xc9,                   /* 16 dec %rcx               */
        0x75, 0xe5,                         /* 19 jnz 00                 */
        0x48, 0x89, 0xd0,                   /* 1b mov %rdx, %rax         */
        0xc3,                               /* 1e ret                    */
    };
    uint8_t *code = map_pages(2, PROT_RWX);
    uint8_t *callee = code + PAGE;
    ulong i;

    for (i = 0; i < sizeof(loop); i++) {
        code[i] = loop[i];
    }
    put32(code + 0x01, (uint32_t)(callee - (code + 0x05)));
    put32(code + 0x12, (uint32_t)(callee + 1 - (code + 0x16)));
    callee[0] = 0xb8;                       /* mov $imm, %eax */
    put32(callee + 1, SMC_IMM);
    callee[5] = 0xc3;                       /* ret */
    report("smc_chained", call_loop(code, SMC_COUNT),
           smc_model(SMC_IMM, SMC_COUNT));
}

#define FAULT_PAGES 64
#define FAULT_WORDS (FAULT_PAGES * PAGE / 8)
#define FAULT_STEPS 6000

static volatile int segv_count;

static void on_segv(int sig, void *info, void *context)
{
    /* si_addr follows si_signo, si_errno, si_code and padding. */
    ulong addr = *(ulong *)((char *)info + 16);

    (void)sig;
    (void)context;
    segv_count++;
    syscall3(SYS_MPROTECT, addr & ~(ulong)(PAGE - 1), PAGE, PROT_RW);
}

static uint64_t fault_walk(volatile uint64_t *mem)
{
    uint64_t a = 1, b = 2, c = 3;
    ulong i, w;

    for (i = 0; i < FAULT_STEPS; i++) {
        w = (i * 521) & (FAULT_WORDS - 1);
        a += mem[w] + i;
        b ^= (a << 13) | (a >> 51);
        c += b * 0x9e3779b97f4a7c15ull;
        mem[(w + 7) & (FAULT_WORDS - 1)] = a ^ c;
    }
    return a ^ (b << 1) ^ (c << 2);
}

/*
 * Demand paging faults in the loop's loads and stores, and two pages
 * start inaccessible: the values in the loop's registers must survive
 * each fault, the guest's SIGSEGV handler, and the return from it.
 */
static void check_fault_loop(void)
{
    uint64_t *mem = (uint64_t *)map_pages(FAULT_PAGES, PROT_RW);
    uint64_t got, expected;

    set_handler(SIGSEGV, on_segv);
    syscall3(SYS_MPROTECT, (uint8_t *)mem + 20 * PAGE, PAGE, PROT_NONE);
    syscall3(SYS_MPROTECT, (uint8_t *)mem + 41 * PAGE, PAGE, PROT_NONE);
    got = fault_walk(mem);
    report("fault_loop_faults", segv_count, 2);

    /* The same walk again over fresh pages, nothing protected. */
    expected = fault_walk((uint64_t *)map_pages(FAULT_PAGES, PROT_RW));
    report("fault_loop", got, expected);
}

/* Not static: the spin loop's assembly names it. */
volatile int alarm_fired;

static void on_alarm(int sig, void *info, void *context)
{
    (void)sig;
    (void)info;
    (void)context;
    alarm_fired = 1;
}

/*
 * Spin until the timer's signal sets alarm_fired: the loop must be left
 * for the interrupt even while it runs as compiled code chained to itself,
 * and its registers must come back intact from the signal handler.
 * Returns 0 when the invariant rbx = 3 * rcx, rsi = rcx * rcx holds.
 */
static uint64_t spin_until_alarm(void)
{
    uint64_t count = 0, triple = 0, square = 0;

    asm volatile("1:\n"
                 "    add $3, %%rbx\n"
                 "    lea 1(%%rcx,%%rcx), %%rax\n"
                 "    add %%rax, %%rsi\n"
                 "    inc %%rcx\n"
                 "    cmpl $0, alarm_fired(%%rip)\n"
                 "    je 1b\n"
                 : "+c"(count), "+b"(triple), "+S"(square)
                 :
                 : "rax", "memory", "cc");
    return (triple - 3 * count) | (square - count * count) | (count == 0);
}

static void check_interrupt_loop(void)
{
    /* struct itimerval: one shot after 20 ms of the guest's time. */
    long timer[4] = { 0, 0, 0, 20000 };
    uint64_t bad = 0;
    int round;

    set_handler(SIGALRM, on_alarm);
    for (round = 0; round < 3; round++) {
        alarm_fired = 0;
        syscall3(SYS_SETITIMER, 0, timer, 0);
        bad |= spin_until_alarm();
    }
    report("interrupt_loop", bad, 0);
}

void jitcheck_main(void);
void jitcheck_main(void)
{
    check_smc_self();
    check_smc_chained();
    check_fault_loop();
    check_interrupt_loop();
    syscall3(SYS_EXIT_GROUP, failures ? 1 : 0, 0, 0);
}

asm(".text\n"
    ".globl _start\n"
    "_start:\n"
    "    xor %ebp, %ebp\n"
    "    and $-16, %rsp\n"
    "    call jitcheck_main\n"
    "    hlt\n");
