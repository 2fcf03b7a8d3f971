#include "trace/trace-qom.h"
