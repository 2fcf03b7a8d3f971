#include "trace/trace-hw_sd.h"
