#include "trace/trace-hw_hyperv.h"
