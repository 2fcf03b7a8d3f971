#include "trace/trace-scsi.h"
