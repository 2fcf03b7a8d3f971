#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Run a command, stamp every line of its output with the seconds since it
# started (the host's monotonic clock, as the lines arrive), and end with
# a line "measure: exit STATUS wall SECONDS maxrss KIB" (the peak resident
# set of the command's processes).
#
# Usage: measure.py COMMAND [ARG...]   (output on stdout)

import os
import resource
import subprocess
import sys
import time

t0 = time.monotonic()
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL,
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
for raw in proc.stdout:
    line = raw.decode('utf-8', 'replace').rstrip('\r\n')
    sys.stdout.write('%.3f %s\n' % (time.monotonic() - t0, line))
    sys.stdout.flush()
status = proc.wait()
wall = time.monotonic() - t0
maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print('measure: exit %d wall %.3f maxrss %d' % (status, wall, maxrss))
sys.exit(0 if status == 0 else 1)
