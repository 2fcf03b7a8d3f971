/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include "standard-headers/linux/sysinfo.h"
#include "standard-headers/linux/const.h"

#endif /* _LINUX_KERNEL_H */
