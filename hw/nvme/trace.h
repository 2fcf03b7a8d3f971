#include "trace/trace-hw_nvme.h"
