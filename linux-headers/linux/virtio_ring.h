#include "standard-headers/linux/virtio_ring.h"
