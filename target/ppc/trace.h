#include "trace/trace-target_ppc.h"
