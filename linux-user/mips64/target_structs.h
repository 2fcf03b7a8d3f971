#include "../mips/target_structs.h"

