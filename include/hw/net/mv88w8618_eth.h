/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Marvell MV88W8618 / Freecom MusicPal emulation.
 *
 * Copyright (c) 2008-2021 QEMU contributors
 */

#ifndef HW_NET_MV88W8618_ETH_H
#define HW_NET_MV88W8618_ETH_H

#define TYPE_MV88W8618_ETH "mv88w8618_eth"

#endif
