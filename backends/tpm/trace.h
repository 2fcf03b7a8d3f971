#include "trace/trace-backends_tpm.h"
