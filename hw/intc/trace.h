#include "trace/trace-hw_intc.h"
