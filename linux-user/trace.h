#include "trace/trace-linux_user.h"
