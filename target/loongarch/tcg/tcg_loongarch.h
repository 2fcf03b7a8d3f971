/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * QEMU LoongArch TCG interface
 *
 * Copyright (c) 2025 Loongson Technology Corporation Limited
 */
#ifndef TARGET_LOONGARCH_TCG_LOONGARCH_H
#define TARGET_LOONGARCH_TCG_LOONGARCH_H

void loongarch_csr_translate_init(void);

#endif  /* TARGET_LOONGARCH_TCG_LOONGARCH_H */
