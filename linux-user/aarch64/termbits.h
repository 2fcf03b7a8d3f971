#include "../generic/termbits.h"
