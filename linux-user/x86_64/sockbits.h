#include "../generic/sockbits.h"
