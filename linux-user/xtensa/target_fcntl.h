/*
 * This program is free software; you can redistribute it and/or modify
 * it under the terms of the GNU General Public License version 2 as
 * published by the Free Software Foundation, or (at your option) any
 * later version. See the COPYING file in the top-level directory.
 */

#ifndef XTENSA_TARGET_FCNTL_H
#define XTENSA_TARGET_FCNTL_H
#include "../generic/fcntl.h"
#endif
