#include "../mips/target_fcntl.h"
