#include "../generic/target_resource.h"
