#include "syscall_64_nr.h"
