#include "qemu/osdep.h"
#include "monitor/hmp-target.h"

const MonitorDef *target_monitor_defs(void)
{
    return NULL;
}
