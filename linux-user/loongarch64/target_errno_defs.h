/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2021 Loongson Technology Corporation Limited
 */

#ifndef LOONGARCH_TARGET_ERRNO_DEFS_H
#define LOONGARCH_TARGET_ERRNO_DEFS_H

/* Target uses generic errno */
#include "../generic/target_errno_defs.h"

#endif
