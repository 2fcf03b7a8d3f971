#include "trace/trace-hw_i2c.h"
