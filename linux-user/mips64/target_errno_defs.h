#ifndef MIPS64_TARGET_ERRNO_DEFS_H
#define MIPS64_TARGET_ERRNO_DEFS_H

/*
 * The mips64 target uses errno definitions taken from asm-mips/errno.h
 * so directly use the mips target errno definitions.
 */
#include "../mips/target_errno_defs.h"

#endif
