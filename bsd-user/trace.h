#include "trace/trace-bsd_user.h"
