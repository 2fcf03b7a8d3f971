#include "trace/trace-hw_scsi.h"
