/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * 9p utilities (Emscripten implementation)
 *
 * Emscripten's libc has no extended attributes, and its error numbers are
 * WASI's, not Linux's.
 *
 * This work is licensed under the terms of the GNU GPL, version 2 or later.
 * See the COPYING file in the top-level directory.
 */

#include "qemu/osdep.h"
#include "9p-util.h"

ssize_t qemu_fgetxattr(int fd, const char *name, void *value, size_t size)
{
    errno = ENOTSUP;
    return -1;
}

ssize_t fgetxattrat_nofollow(int dirfd, const char *filename, const char *name,
                             void *value, size_t size)
{
    errno = ENOTSUP;
    return -1;
}

ssize_t flistxattrat_nofollow(int dirfd, const char *filename,
                              char *list, size_t size)
{
    errno = ENOTSUP;
    return -1;
}

ssize_t fremovexattrat_nofollow(int dirfd, const char *filename,
                                const char *name)
{
    errno = ENOTSUP;
    return -1;
}

int fsetxattrat_nofollow(int dirfd, const char *filename, const char *name,
                         void *value, size_t size, int flags)
{
    errno = ENOTSUP;
    return -1;
}

int qemu_mknodat(int dirfd, const char *filename, mode_t mode, dev_t dev)
{
    return mknodat(dirfd, filename, mode, dev);
}

int errno_to_dotl_emscripten(int err)
{
    /* Host error number, then the one a Linux guest knows it by. */
    static const int dotl_errno[][2] = {
        { EPERM, 1 }, { ENOENT, 2 }, { ESRCH, 3 }, { EINTR, 4 },
        { EIO, 5 }, { ENXIO, 6 }, { E2BIG, 7 }, { ENOEXEC, 8 },
        { EBADF, 9 }, { ECHILD, 10 }, { EAGAIN, 11 }, { ENOMEM, 12 },
        { EACCES, 13 }, { EFAULT, 14 }, { EBUSY, 16 }, { EEXIST, 17 },
        { EXDEV, 18 }, { ENODEV, 19 }, { ENOTDIR, 20 }, { EISDIR, 21 },
        { EINVAL, 22 }, { ENFILE, 23 }, { EMFILE, 24 }, { ENOTTY, 25 },
        { ETXTBSY, 26 }, { EFBIG, 27 }, { ENOSPC, 28 }, { ESPIPE, 29 },
        { EROFS, 30 }, { EMLINK, 31 }, { EPIPE, 32 }, { ERANGE, 34 },
        { EDEADLK, 35 }, { ENAMETOOLONG, 36 }, { ENOLCK, 37 },
        { ENOSYS, 38 }, { ENOTEMPTY, 39 }, { ELOOP, 40 },
        { ENODATA, 61 }, { EOVERFLOW, 75 }, { EILSEQ, 84 },
        { ENOTSUP, 95 }, { ESTALE, 116 }, { EDQUOT, 122 },
        { ECANCELED, 125 },
    };

    for (size_t i = 0; i < ARRAY_SIZE(dotl_errno); i++) {
        if (dotl_errno[i][0] == err) {
            return dotl_errno[i][1];
        }
    }
    return 5; /* EIO: better vague than wrong */
}
