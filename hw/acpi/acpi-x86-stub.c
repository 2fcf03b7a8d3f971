#include "qemu/osdep.h"
#include "hw/i386/acpi-build.h"

Object *acpi_get_i386_pci_host(void)
{
       return NULL;
}
