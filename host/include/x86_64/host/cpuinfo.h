#include "host/include/i386/host/cpuinfo.h"
