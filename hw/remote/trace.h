#include "trace/trace-hw_remote.h"
