/* Define vaddr.  */

#ifndef VADDR_H
#define VADDR_H

/**
 * vaddr:
 * Type wide enough to contain any #target_ulong virtual address.
 * Guests may be as wide as TCG_VADDR_BITS, the host's register width,
 * which configure checks.  That is the host pointer width except on
 * WebAssembly, whose 64-bit registers address a 32-bit memory.
 */
#if TCG_VADDR_BITS > HOST_LONG_BITS
typedef uint64_t vaddr;
#define VADDR_PRId PRId64
#define VADDR_PRIu PRIu64
#define VADDR_PRIo PRIo64
#define VADDR_PRIx PRIx64
#define VADDR_PRIX PRIX64
#define VADDR_MAX UINT64_MAX
#else
typedef uintptr_t vaddr;
#define VADDR_PRId PRIdPTR
#define VADDR_PRIu PRIuPTR
#define VADDR_PRIo PRIoPTR
#define VADDR_PRIx PRIxPTR
#define VADDR_PRIX PRIXPTR
#define VADDR_MAX UINTPTR_MAX
#endif

#endif
