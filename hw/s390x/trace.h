#include "trace/trace-hw_s390x.h"
