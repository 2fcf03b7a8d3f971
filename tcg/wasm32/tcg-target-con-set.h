/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * TCG backend for WebAssembly: register constraints are TCI's, whose
 * bytecode is this backend's tier 1.  Included more than once, like
 * every backend's, so no include guard.
 */
#include "../tci/tcg-target-con-set.h"
