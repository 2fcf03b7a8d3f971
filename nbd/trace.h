#include "trace/trace-nbd.h"
