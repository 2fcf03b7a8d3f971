#include "trace/trace-hw_audio.h"
