#include "trace/trace-hw_watchdog.h"
