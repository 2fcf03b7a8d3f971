#include "trace/trace-target_s390x_kvm.h"
