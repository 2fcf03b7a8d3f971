#include "../mips/target_prctl.h"
