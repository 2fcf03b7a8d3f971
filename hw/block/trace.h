#include "trace/trace-hw_block.h"
