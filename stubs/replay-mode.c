#include "qemu/osdep.h"
#include "system/replay.h"

ReplayMode replay_mode;
