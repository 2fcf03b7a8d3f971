#include "host/include/ppc/host/crypto/aes-round.h"
