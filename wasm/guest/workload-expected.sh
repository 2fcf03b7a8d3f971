#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Print the digest a guest booted with guest.work=N reports, computed with
# the host's coreutils.  Usage: workload-expected.sh [N]
set -eu
export LC_ALL=C
# shellcheck source-path=SCRIPTDIR source=workload.sh
. "$(dirname "$0")/workload.sh"
workload "${1:-$(sed -n 's/^DEFAULT_WORK=//p' "$(dirname "$0")/init")}"
