#include "trace/trace-audio.h"
