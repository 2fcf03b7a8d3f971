#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Run a command inside the build root (see in_root in common.sh).
. "$(dirname "$0")/common.sh"
in_root "$@"
