#include "../mips/target_resource.h"
