#include "trace/trace-hw_isa.h"
