#include "trace/trace-hw_sensor.h"
