#include "../arm/target_proc.h"
