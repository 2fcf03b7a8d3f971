#include "trace/trace-hw_alpha.h"
