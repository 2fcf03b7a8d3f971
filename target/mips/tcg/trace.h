#include "trace/trace-target_mips_tcg.h"
