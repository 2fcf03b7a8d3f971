#include "standard-headers/linux/kvm_para.h"
#include <asm/kvm_para.h>
