#include "trace/trace-hw_arm.h"
