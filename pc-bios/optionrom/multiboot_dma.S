#define USE_FW_CFG_DMA 1
#include "multiboot.S"
