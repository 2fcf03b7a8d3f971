#include "qemu/osdep.h"
#include "hw/remote/vfio-user-obj.h"

void vfu_object_set_bus_irq(PCIBus *pci_bus)
{
}
