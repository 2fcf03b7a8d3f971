#include "../generic/target_flat.h"
