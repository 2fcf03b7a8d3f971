#include "standard-headers/linux/virtio_config.h"
