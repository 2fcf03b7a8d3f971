/*
 * event notifier support
 *
 * Copyright Red Hat, Inc. 2010
 *
 * Authors:
 *  Michael S. Tsirkin <mst@redhat.com>
 *
 * This work is licensed under the terms of the GNU GPL, version 2 or later.
 * See the COPYING file in the top-level directory.
 */

#include "qemu/osdep.h"
#include "qemu/cutils.h"
#include "qemu/event_notifier.h"
#include "qemu/main-loop.h"

#ifdef CONFIG_EVENTFD
#include <sys/eventfd.h>
#endif

#ifdef __EMSCRIPTEN__
#include <emscripten/threading.h>
#include "qemu/bitops.h"

/* Emscripten's file descriptors stay below this (FS.MAX_OPEN_FDS) */
#define NOTIFIER_FD_LIMIT 4096

/* Set notifiers, by read fd */
static unsigned long notifier_set[BITS_TO_LONGS(NOTIFIER_FD_LIMIT)];
/* Bumped by each set, so that a poller can wait for the next one */
static uint32_t notifier_sets;

static bool notifier_in_memory(int fd)
{
    return fd >= 0 && fd < NOTIFIER_FD_LIMIT;
}

static bool notifier_is_set(int fd)
{
    return qatomic_read(&notifier_set[BIT_WORD(fd)]) & BIT_MASK(fd);
}

static bool notifier_take(int fd)
{
    unsigned long mask = BIT_MASK(fd);

    return qatomic_fetch_and(&notifier_set[BIT_WORD(fd)], ~mask) & mask;
}

unsigned event_notifier_generation(void)
{
    return qatomic_read(&notifier_sets);
}

/*
 * Mark the set notifiers among @fds readable; @ready of them are ready
 * already.  Returns the number of fds ready now.
 */
int event_notifier_poll(GPollFD *fds, guint nfds, int ready)
{
    guint i;

    for (i = 0; i < nfds; i++) {
        int fd = fds[i].fd;

        if (!(fds[i].events & G_IO_IN) || !notifier_in_memory(fd) ||
            !notifier_is_set(fd)) {
            continue;
        }
        if (!fds[i].revents) {
            ready++;
        }
        fds[i].revents |= G_IO_IN;
    }
    return ready;
}

/* Wait until a notifier is set after @generation, or for @timeout_ns */
void event_notifier_wait(unsigned generation, int64_t timeout_ns)
{
    emscripten_futex_wait(&notifier_sets, generation,
                          (double)timeout_ns / SCALE_MS);
}

static void notifier_mark(int fd)
{
    set_bit_atomic(fd, notifier_set);
    qatomic_inc(&notifier_sets);
    emscripten_futex_wake(&notifier_sets, INT_MAX);
}
#else
/* Elsewhere a notifier is its pipe or eventfd */
static bool notifier_in_memory(int fd)
{
    return false;
}

static bool notifier_take(int fd)
{
    g_assert_not_reached();
}

static void notifier_mark(int fd)
{
    g_assert_not_reached();
}
#endif

#ifdef CONFIG_EVENTFD
/*
 * Initialize @e with existing file descriptor @fd.
 * @fd must be a genuine eventfd object, emulation with pipe won't do.
 */
void event_notifier_init_fd(EventNotifier *e, int fd)
{
    e->rfd = fd;
    e->wfd = fd;
    e->initialized = true;
}
#endif

int event_notifier_init(EventNotifier *e, int active)
{
    int fds[2];
    int ret;

#ifdef CONFIG_EVENTFD
    ret = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
#else
    ret = -1;
    errno = ENOSYS;
#endif
    if (ret >= 0) {
        e->rfd = e->wfd = ret;
    } else {
        if (errno != ENOSYS) {
            return -errno;
        }
        if (!g_unix_open_pipe(fds, FD_CLOEXEC, NULL)) {
            return -errno;
        }
        if (!g_unix_set_fd_nonblocking(fds[0], true, NULL)) {
            ret = -errno;
            goto fail;
        }
        if (!g_unix_set_fd_nonblocking(fds[1], true, NULL)) {
            ret = -errno;
            goto fail;
        }
        e->rfd = fds[0];
        e->wfd = fds[1];
    }
    e->initialized = true;
    if (active) {
        event_notifier_set(e);
    }
    return 0;

fail:
    close(fds[0]);
    close(fds[1]);
    return ret;
}

void event_notifier_cleanup(EventNotifier *e)
{
    if (!e->initialized) {
        return;
    }

    /* Clear it, so that the fd's next notifier does not start set */
    if (notifier_in_memory(e->rfd)) {
        notifier_take(e->rfd);
    }
    if (e->rfd != e->wfd) {
        close(e->rfd);
    }

    e->rfd = -1;
    close(e->wfd);
    e->wfd = -1;
    e->initialized = false;
}

int event_notifier_get_fd(const EventNotifier *e)
{
    return e->rfd;
}

int event_notifier_get_wfd(const EventNotifier *e)
{
    return e->wfd;
}

int event_notifier_set(EventNotifier *e)
{
    static const uint64_t value = 1;
    ssize_t ret;

    if (!e->initialized) {
        return -1;
    }

    if (notifier_in_memory(e->rfd)) {
        notifier_mark(e->rfd);
        return 0;
    }
    do {
        ret = write(e->wfd, &value, sizeof(value));
    } while (ret < 0 && errno == EINTR);

    /* EAGAIN is fine, a read must be pending.  */
    if (ret < 0 && errno != EAGAIN) {
        return -errno;
    }
    return 0;
}

int event_notifier_test_and_clear(EventNotifier *e)
{
    int value;
    ssize_t len;
    char buffer[512];

    if (!e->initialized) {
        return 0;
    }

    if (notifier_in_memory(e->rfd)) {
        return notifier_take(e->rfd);
    }
    /* Drain the notify pipe.  For eventfd, only 8 bytes will be read.  */
    value = 0;
    do {
        len = read(e->rfd, buffer, sizeof(buffer));
        value |= (len > 0);
    } while ((len == -1 && errno == EINTR) || len == sizeof(buffer));

    return value;
}
