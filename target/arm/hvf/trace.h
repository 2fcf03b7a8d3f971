#include "trace/trace-target_arm_hvf.h"
