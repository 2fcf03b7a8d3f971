#include "trace/trace-target_riscv.h"
