#include "trace/trace-hw_ssi.h"
