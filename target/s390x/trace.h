#include "trace/trace-target_s390x.h"
