#include "trace/trace-target_i386.h"
