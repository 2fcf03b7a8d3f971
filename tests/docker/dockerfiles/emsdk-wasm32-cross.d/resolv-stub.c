/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libresolv stand-in for GLib under Emscripten, which has no DNS resolver
 * library: GLib's build requires res_query(), and a guest never needs
 * GLib's own DNS lookups.  Every query fails as "host not found".
 */
#include <netdb.h>

int res_query(const char *dname, int class, int type,
              unsigned char *answer, int anslen)
{
    h_errno = HOST_NOT_FOUND;
    return -1;
}
