#include "trace/trace-target_i386_kvm.h"
