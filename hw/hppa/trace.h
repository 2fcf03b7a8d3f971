#include "trace/trace-hw_hppa.h"
