#include "trace/trace-target_loongarch.h"
