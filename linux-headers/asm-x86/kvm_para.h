#include "standard-headers/asm-x86/kvm_para.h"
