#include "trace/trace-hw_ufs.h"
