/*
 * 9p
 *
 * Copyright IBM, Corp. 2010
 *
 * Authors:
 *  Gautham R Shenoy <ego@in.ibm.com>
 *
 * This work is licensed under the terms of the GNU GPL, version 2.  See
 * the COPYING file in the top-level directory.
 *
 */

#include "qemu/osdep.h"
#include "qemu-fsdev.h"
#include "qemu/config-file.h"

int qemu_fsdev_add(QemuOpts *opts, Error **errp)
{
    return 0;
}
