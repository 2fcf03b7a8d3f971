#ifndef HW_PCI_PCI_REGS_H
#define HW_PCI_PCI_REGS_H

#include "standard-headers/linux/pci_regs.h"

#define  PCI_PM_CAP_VER_1_1     0x0002  /* PCI PM spec ver. 1.1 */
#define  PCI_PM_CAP_VER_1_2     0x0003  /* PCI PM spec ver. 1.2 */

#endif
