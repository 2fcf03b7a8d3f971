#include "trace/trace-io.h"
