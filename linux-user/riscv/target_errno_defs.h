#ifndef RISCV_TARGET_ERRNO_DEFS_H
#define RISCV_TARGET_ERRNO_DEFS_H

/* Target uses generic errno */
#include "../generic/target_errno_defs.h"

#endif
