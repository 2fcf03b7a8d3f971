#include "trace/trace-hw_sh4.h"
