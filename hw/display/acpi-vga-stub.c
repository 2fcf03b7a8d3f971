#include "qemu/osdep.h"
#include "hw/acpi/acpi_aml_interface.h"
#include "vga_int.h"

void build_vga_aml(AcpiDevAmlIf *adev, Aml *scope)
{
}
