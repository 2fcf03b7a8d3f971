/*
 * Mai Logic Articia S emulation
 *
 * Copyright (c) 2023 BALATON Zoltan
 *
 * This work is licensed under the GNU GPL license version 2 or later.
 *
 */

#ifndef ARTICIA_H
#define ARTICIA_H

#define TYPE_ARTICIA "articia"
#define TYPE_ARTICIA_PCI_HOST "articia-pci-host"
#define TYPE_ARTICIA_PCI_BRIDGE "articia-pci-bridge"

#endif
