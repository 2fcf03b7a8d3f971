#include "../i386/target_cpu.h"
