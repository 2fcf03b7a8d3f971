/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * HTTP and HTTPS block protocol driver for Emscripten builds
 *
 * Reads an image over HTTP with Range requests through the JavaScript
 * host's fetch() (a browser's, or Node.js's since 18).  It takes the curl
 * driver's place and option names, so that file=http://..., json:{...}
 * and qcow2 images with a URL as backing file work as on other hosts.
 *
 * The image is fetched in chunks of "readahead" bytes, each one request,
 * kept in a bounded cache.  fetch() is asynchronous and belongs to the
 * runtime's main thread (the page's, or Node's), where the workers that
 * run QEMU proxy each request; its answer comes back as a bottom half in
 * the AioContext that asked.  Transient failures (no answer, a dropped
 * connection, 5xx) are retried a few times; an answer that cannot be a
 * correct range (a 200 for the whole file, an encoded body, a wrong
 * Content-Range or length) fails the read with an error naming the URL.
 */

#include "qemu/osdep.h"
#include "block/block-io.h"
#include "block/block_int.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qemu/cutils.h"
#include "qemu/error-report.h"
#include "qemu/memalign.h"
#include "qemu/module.h"
#include "qemu/option.h"
#include "qemu/units.h"
#include "crypto/secret.h"
#include "fetch.h"
#include <emscripten/proxying.h>
#include <emscripten/threading.h>

#define FETCH_OPT_URL "url"
#define FETCH_OPT_READAHEAD "readahead"
#define FETCH_OPT_SSLVERIFY "sslverify"
#define FETCH_OPT_TIMEOUT "timeout"
#define FETCH_OPT_COOKIE "cookie"
#define FETCH_OPT_COOKIE_SECRET "cookie-secret"
#define FETCH_OPT_USERNAME "username"
#define FETCH_OPT_PASSWORD_SECRET "password-secret"
#define FETCH_OPT_PROXY_USERNAME "proxy-username"
#define FETCH_OPT_PROXY_PASSWORD_SECRET "proxy-password-secret"

/*
 * Larger than curl's 256 KiB: a guest's sequential read of a local server
 * ran at 29 MiB/s with 256 KiB requests and 37 MiB/s with 1 MiB ones (each
 * request costs about 1.7 ms more), no faster with 4 MiB.
 */
#define FETCH_READAHEAD_DEFAULT (1 * MiB)
#define FETCH_TIMEOUT_DEFAULT 5
#define FETCH_TIMEOUT_MAX 100000

/* Chunks kept, at least FETCH_MIN_CHUNKS of them */
#define FETCH_CACHE_BYTES (32 * MiB)
#define FETCH_MIN_CHUNKS 16
/* Chunks one request may span; the cache holds several such requests */
#define FETCH_MAX_CHUNKS_PER_REQUEST 4

#define FETCH_MESSAGE_LEN 256

typedef enum {
    CHUNK_EMPTY,
    CHUNK_LOADING,
    CHUNK_READY,
    CHUNK_FAILED,
} FetchChunkState;

typedef struct FetchChunk {
    int64_t index;
    FetchChunkState state;
    int64_t len;
    uint8_t *data;
    uint64_t last_used;
    CoQueue waiters;
} FetchChunk;

typedef struct BDRVFetchState {
    BlockDriverState *bs;
    char *url;
    /* Extra request headers, one "Name: value" per line */
    char *headers;
    /* The image's ETag or Last-Modified, as first seen */
    char validator[FETCH_MESSAGE_LEN];
    char last_error[FETCH_MESSAGE_LEN];
    int64_t len;
    int64_t chunk_size;
    int timeout;
    QemuMutex lock;
    FetchChunk *chunks;
    int nb_chunks;
    uint64_t use_clock;
    /* Woken when a chunk stops loading, for requests that found none free */
    CoQueue free_waiters;
} BDRVFetchState;

struct FetchRequest {
    BDRVFetchState *s;
    FetchChunk *chunk;
    AioContext *ctx;
    int64_t offset;
    int64_t bytes;
    /* Bytes received or -1, and the image size the server gave */
    double received;
    double total;
    char error[FETCH_MESSAGE_LEN];
};

static void fetch_complete_bh(void *opaque)
{
    FetchRequest *req = opaque;
    BDRVFetchState *s = req->s;
    BlockDriverState *bs = s->bs;
    FetchChunk *chunk = req->chunk;

    qemu_mutex_lock(&s->lock);
    if (req->received < 0) {
        pstrcpy(s->last_error, sizeof(s->last_error), req->error);
        /* Once open, nobody else will say why the guest saw EIO */
        if (s->len >= 0) {
            error_report("%s: %s", s->url, req->error);
        }
        chunk->state = CHUNK_FAILED;
    } else {
        if (s->len < 0) {
            s->len = req->total;
        }
        chunk->len = req->received;
        chunk->state = CHUNK_READY;
    }
    qemu_co_enter_all(&chunk->waiters, &s->lock);
    qemu_co_enter_all(&s->free_waiters, &s->lock);
    qemu_mutex_unlock(&s->lock);
    g_free(req);
    bdrv_dec_in_flight(bs);
}

/* Called by fetch_js_start() on the runtime's main thread */
static void fetch_js_done(FetchRequest *req, double received, double total)
{
    req->received = received;
    req->total = total;
    aio_bh_schedule_oneshot(req->ctx, fetch_complete_bh, req);
}

static void fetch_start_on_main_thread(void *opaque)
{
    FetchRequest *req = opaque;
    BDRVFetchState *s = req->s;

    fetch_js_start(req, s->url, s->headers, req->offset, req->bytes, s->len,
                   req->chunk->data, s->timeout * 1000, s->validator,
                   req->error, sizeof(req->error), fetch_js_done);
}

/* Called with s->lock held */
static void fetch_start_chunk(BDRVFetchState *s, FetchChunk *chunk,
                              int64_t index)
{
    FetchRequest *req = g_new0(FetchRequest, 1);
    int64_t offset = index * s->chunk_size;

    if (!chunk->data) {
        chunk->data = qemu_blockalign(s->bs, s->chunk_size);
    }
    chunk->index = index;
    chunk->state = CHUNK_LOADING;
    chunk->len = 0;

    req->s = s;
    req->chunk = chunk;
    req->ctx = qemu_get_current_aio_context();
    req->offset = offset;
    req->bytes = s->len < 0 ? s->chunk_size :
                 MIN(s->chunk_size, s->len - offset);

    bdrv_inc_in_flight(s->bs);
    if (!emscripten_proxy_async(emscripten_proxy_get_system_queue(),
                                emscripten_main_runtime_thread_id(),
                                fetch_start_on_main_thread, req)) {
        /* Only when the main thread is gone, at exit */
        pstrcpy(req->error, sizeof(req->error), "cannot start fetch()");
        fetch_js_done(req, -1, 0);
    }
}

/* Called with s->lock held */
static FetchChunk *fetch_find_chunk(BDRVFetchState *s, int64_t index)
{
    int i;

    for (i = 0; i < s->nb_chunks; i++) {
        if (s->chunks[i].index == index &&
            s->chunks[i].state != CHUNK_EMPTY) {
            return &s->chunks[i];
        }
    }
    return NULL;
}

/* The least recently used chunk that is not loading; called with s->lock */
static FetchChunk *fetch_evict_chunk(BDRVFetchState *s)
{
    FetchChunk *victim = NULL;
    int i;

    for (i = 0; i < s->nb_chunks; i++) {
        FetchChunk *chunk = &s->chunks[i];

        if (chunk->state == CHUNK_LOADING) {
            continue;
        }
        if (chunk->state != CHUNK_READY) {
            return chunk;
        }
        if (!victim || chunk->last_used < victim->last_used) {
            victim = chunk;
        }
    }
    return victim;
}

/*
 * Chunk @index, loading or ready: unless it is, start loading it into the
 * least recently used chunk.  NULL when every chunk is loading.  Called
 * with s->lock held.
 */
static FetchChunk *fetch_load_chunk(BDRVFetchState *s, int64_t index)
{
    FetchChunk *chunk = fetch_find_chunk(s, index);

    if (chunk && chunk->state != CHUNK_FAILED) {
        return chunk;
    }
    chunk = chunk ?: fetch_evict_chunk(s);
    if (chunk) {
        fetch_start_chunk(s, chunk, index);
    }
    return chunk;
}

/*
 * Copy @bytes at @offset, inside chunk @index, into @qiov at @qiov_offset,
 * fetching the chunk first when it is not in the cache.  Called with
 * s->lock held.
 */
static int coroutine_fn fetch_co_read_chunk(BDRVFetchState *s, int64_t index,
                                            int64_t offset, int64_t bytes,
                                            QEMUIOVector *qiov,
                                            size_t qiov_offset)
{
    bool waited = false;

    for (;;) {
        FetchChunk *chunk = fetch_find_chunk(s, index);

        if (chunk && chunk->state == CHUNK_READY) {
            int64_t in_chunk = offset - index * s->chunk_size;

            if (in_chunk + bytes > chunk->len) {
                return -EIO;
            }
            qemu_iovec_from_buf(qiov, qiov_offset, chunk->data + in_chunk,
                                bytes);
            chunk->last_used = ++s->use_clock;
            return 0;
        }
        if (chunk && chunk->state == CHUNK_FAILED && waited) {
            return -EIO;
        }
        chunk = fetch_load_chunk(s, index);
        if (!chunk) {
            qemu_co_queue_wait(&s->free_waiters, &s->lock);
            continue;
        }
        qemu_co_queue_wait(&chunk->waiters, &s->lock);
        waited = true;
    }
}

static int coroutine_fn fetch_co_preadv(BlockDriverState *bs, int64_t offset,
                                        int64_t bytes, QEMUIOVector *qiov,
                                        BdrvRequestFlags flags)
{
    BDRVFetchState *s = bs->opaque;
    int64_t end = offset + bytes;
    int64_t index;
    size_t done = 0;
    int ret = 0;

    QEMU_LOCK_GUARD(&s->lock);

    /* Start the request's chunks together, so that they load in parallel */
    for (index = offset / s->chunk_size; index * s->chunk_size < end;
         index++) {
        FetchChunk *chunk = fetch_load_chunk(s, index);

        if (!chunk) {
            break;
        }
        /* Not the victim of the next chunk's eviction */
        chunk->last_used = ++s->use_clock;
    }

    while (offset < end) {
        int64_t chunk_end;

        index = offset / s->chunk_size;
        chunk_end = MIN((index + 1) * s->chunk_size, end);

        ret = fetch_co_read_chunk(s, index, offset, chunk_end - offset, qiov,
                                  done);
        if (ret < 0) {
            break;
        }
        done += chunk_end - offset;
        offset = chunk_end;
    }
    return ret;
}

static QemuOptsList fetch_runtime_opts = {
    .name = "fetch",
    .head = QTAILQ_HEAD_INITIALIZER(fetch_runtime_opts.head),
    .desc = {
        {
            .name = FETCH_OPT_URL,
            .type = QEMU_OPT_STRING,
            .help = "URL to open",
        },
        {
            .name = FETCH_OPT_READAHEAD,
            .type = QEMU_OPT_SIZE,
            .help = "Bytes fetched by each request and cached",
        },
        {
            .name = FETCH_OPT_SSLVERIFY,
            .type = QEMU_OPT_BOOL,
            .help = "Verify SSL certificate (only on: the host verifies)",
        },
        {
            .name = FETCH_OPT_TIMEOUT,
            .type = QEMU_OPT_NUMBER,
            .help = "Seconds for each request before it is retried",
        },
        {
            .name = FETCH_OPT_COOKIE,
            .type = QEMU_OPT_STRING,
            .help = "Pass the cookie or list of cookies with each request",
        },
        {
            .name = FETCH_OPT_COOKIE_SECRET,
            .type = QEMU_OPT_STRING,
            .help = "ID of secret used as cookie passed with each request",
        },
        {
            .name = FETCH_OPT_USERNAME,
            .type = QEMU_OPT_STRING,
            .help = "Username for HTTP auth",
        },
        {
            .name = FETCH_OPT_PASSWORD_SECRET,
            .type = QEMU_OPT_STRING,
            .help = "ID of secret used as password for HTTP auth",
        },
        {
            .name = FETCH_OPT_PROXY_USERNAME,
            .type = QEMU_OPT_STRING,
            .help = "Not supported: the host chooses the proxy",
        },
        {
            .name = FETCH_OPT_PROXY_PASSWORD_SECRET,
            .type = QEMU_OPT_STRING,
            .help = "Not supported: the host chooses the proxy",
        },
        { /* end of list */ }
    },
};

static void fetch_parse_filename(const char *filename, QDict *options,
                                 Error **errp)
{
    qdict_put_str(options, FETCH_OPT_URL, filename);
}

/* The request headers that the options ask for */
static char *fetch_headers(QemuOpts *opts, Error **errp)
{
    const char *cookie = qemu_opt_get(opts, FETCH_OPT_COOKIE);
    const char *cookie_secret = qemu_opt_get(opts, FETCH_OPT_COOKIE_SECRET);
    const char *username = qemu_opt_get(opts, FETCH_OPT_USERNAME);
    const char *password_secret = qemu_opt_get(opts,
                                               FETCH_OPT_PASSWORD_SECRET);
    g_autofree char *secret_cookie = NULL;
    g_autofree char *password = NULL;
    GString *headers = g_string_new("");

    if (cookie && cookie_secret) {
        error_setg(errp, "cannot handle both cookie and cookie secret");
        goto fail;
    }
    if (cookie_secret) {
        secret_cookie = qcrypto_secret_lookup_as_utf8(cookie_secret, errp);
        if (!secret_cookie) {
            goto fail;
        }
        cookie = secret_cookie;
    }
    if (cookie) {
        g_string_append_printf(headers, "Cookie: %s\n", cookie);
    }
    if (password_secret) {
        password = qcrypto_secret_lookup_as_utf8(password_secret, errp);
        if (!password) {
            goto fail;
        }
    }
    if (username || password) {
        g_autofree char *credentials = g_strdup_printf("%s:%s",
                                                       username ?: "",
                                                       password ?: "");
        g_autofree char *encoded = g_base64_encode((guchar *)credentials,
                                                   strlen(credentials));

        g_string_append_printf(headers, "Authorization: Basic %s\n", encoded);
    }
    return g_string_free(headers, false);

fail:
    g_string_free(headers, true);
    return NULL;
}

static void fetch_free_chunks(BDRVFetchState *s)
{
    int i;

    for (i = 0; i < s->nb_chunks; i++) {
        assert(s->chunks[i].state != CHUNK_LOADING);
        qemu_vfree(s->chunks[i].data);
    }
    g_free(s->chunks);
    s->chunks = NULL;
    s->nb_chunks = 0;
}

static int fetch_open(BlockDriverState *bs, QDict *options, int flags,
                      Error **errp)
{
    BDRVFetchState *s = bs->opaque;
    const char *url, *delimiter;
    uint64_t timeout;
    FetchChunk *first;
    QemuOpts *opts;
    int ret, i;

    bdrv_graph_rdlock_main_loop();
    ret = bdrv_apply_auto_read_only(bs, "the fetch() driver only reads",
                                    errp);
    bdrv_graph_rdunlock_main_loop();
    if (ret < 0) {
        return ret;
    }

    opts = qemu_opts_create(&fetch_runtime_opts, NULL, 0, &error_abort);
    if (!qemu_opts_absorb_qdict(opts, options, errp)) {
        goto fail_opts;
    }

    url = qemu_opt_get(opts, FETCH_OPT_URL);
    if (!url) {
        error_setg(errp, "the %s driver requires an 'url' option",
                   bs->drv->format_name);
        goto fail_opts;
    }
    if (!strstart(url, bs->drv->protocol_name, &delimiter) ||
        !strstart(delimiter, "://", NULL)) {
        error_setg(errp, "the %s driver cannot handle the URL '%s' (does not "
                   "start with '%s://')", bs->drv->format_name, url,
                   bs->drv->protocol_name);
        goto fail_opts;
    }

    s->chunk_size = qemu_opt_get_size(opts, FETCH_OPT_READAHEAD,
                                      FETCH_READAHEAD_DEFAULT);
    if (!s->chunk_size || s->chunk_size % BDRV_SECTOR_SIZE ||
        s->chunk_size > 64 * MiB) {
        error_setg(errp, "readahead %" PRId64 " is not a non-zero multiple "
                   "of 512 up to 64M", s->chunk_size);
        goto fail_opts;
    }
    timeout = qemu_opt_get_number(opts, FETCH_OPT_TIMEOUT,
                                  FETCH_TIMEOUT_DEFAULT);
    if (!timeout || timeout > FETCH_TIMEOUT_MAX) {
        error_setg(errp, "timeout parameter is zero, too large or negative");
        goto fail_opts;
    }
    s->timeout = timeout;
    if (!qemu_opt_get_bool(opts, FETCH_OPT_SSLVERIFY, true)) {
        error_setg(errp, "sslverify=off is not supported: fetch() always "
                   "verifies certificates");
        goto fail_opts;
    }
    if (qemu_opt_get(opts, FETCH_OPT_PROXY_USERNAME) ||
        qemu_opt_get(opts, FETCH_OPT_PROXY_PASSWORD_SECRET)) {
        error_setg(errp, "proxy credentials are not supported: fetch() uses "
                   "the host's proxy");
        goto fail_opts;
    }
    s->headers = fetch_headers(opts, errp);
    if (!s->headers) {
        goto fail_opts;
    }

    s->bs = bs;
    s->url = g_strdup(url);
    s->len = -1;
    qemu_mutex_init(&s->lock);
    qemu_co_queue_init(&s->free_waiters);
    s->nb_chunks = MAX(FETCH_CACHE_BYTES / s->chunk_size, FETCH_MIN_CHUNKS);
    s->chunks = g_new0(FetchChunk, s->nb_chunks);
    for (i = 0; i < s->nb_chunks; i++) {
        /* Buffers are allocated when first used */
        s->chunks[i].index = -1;
        qemu_co_queue_init(&s->chunks[i].waiters);
    }

    /* The first chunk's answer gives the size and shows Range works */
    qemu_mutex_lock(&s->lock);
    first = &s->chunks[0];
    fetch_start_chunk(s, first, 0);
    qemu_mutex_unlock(&s->lock);
    AIO_WAIT_WHILE_UNLOCKED(NULL, qatomic_read(&first->state) ==
                            CHUNK_LOADING);
    if (first->state != CHUNK_READY) {
        error_setg(errp, "%s: %s", url, s->last_error);
        goto fail;
    }
    qemu_opts_del(opts);
    return 0;

fail:
    fetch_free_chunks(s);
    qemu_mutex_destroy(&s->lock);
    g_free(s->url);
    g_free(s->headers);
fail_opts:
    qemu_opts_del(opts);
    return -EINVAL;
}

static void fetch_close(BlockDriverState *bs)
{
    BDRVFetchState *s = bs->opaque;

    fetch_free_chunks(s);
    qemu_mutex_destroy(&s->lock);
    g_free(s->url);
    g_free(s->headers);
}

static void fetch_refresh_limits(BlockDriverState *bs, Error **errp)
{
    BDRVFetchState *s = bs->opaque;

    bs->bl.request_alignment = 1;
    bs->bl.max_transfer = s->chunk_size * FETCH_MAX_CHUNKS_PER_REQUEST;
}

static int64_t coroutine_fn fetch_co_getlength(BlockDriverState *bs)
{
    BDRVFetchState *s = bs->opaque;

    return s->len;
}

static void fetch_refresh_filename(BlockDriverState *bs)
{
    BDRVFetchState *s = bs->opaque;

    /* Credentials change what the server answers: no plain filename then */
    if (s->headers[0]) {
        return;
    }
    pstrcpy(bs->exact_filename, sizeof(bs->exact_filename), s->url);
}

static const char *const fetch_strong_runtime_opts[] = {
    FETCH_OPT_URL,
    FETCH_OPT_SSLVERIFY,
    FETCH_OPT_COOKIE,
    FETCH_OPT_COOKIE_SECRET,
    FETCH_OPT_USERNAME,
    FETCH_OPT_PASSWORD_SECRET,
    FETCH_OPT_PROXY_USERNAME,
    FETCH_OPT_PROXY_PASSWORD_SECRET,

    NULL
};

static BlockDriver bdrv_fetch_http = {
    .format_name                = "http",
    .protocol_name              = "http",

    .instance_size              = sizeof(BDRVFetchState),
    .bdrv_parse_filename        = fetch_parse_filename,
    .bdrv_open                  = fetch_open,
    .bdrv_close                 = fetch_close,
    .bdrv_refresh_limits        = fetch_refresh_limits,
    .bdrv_co_getlength          = fetch_co_getlength,
    .bdrv_co_preadv             = fetch_co_preadv,
    .bdrv_refresh_filename      = fetch_refresh_filename,
    .strong_runtime_opts        = fetch_strong_runtime_opts,
};

static BlockDriver bdrv_fetch_https = {
    .format_name                = "https",
    .protocol_name              = "https",

    .instance_size              = sizeof(BDRVFetchState),
    .bdrv_parse_filename        = fetch_parse_filename,
    .bdrv_open                  = fetch_open,
    .bdrv_close                 = fetch_close,
    .bdrv_refresh_limits        = fetch_refresh_limits,
    .bdrv_co_getlength          = fetch_co_getlength,
    .bdrv_co_preadv             = fetch_co_preadv,
    .bdrv_refresh_filename      = fetch_refresh_filename,
    .strong_runtime_opts        = fetch_strong_runtime_opts,
};

static void fetch_block_init(void)
{
    bdrv_register(&bdrv_fetch_http);
    bdrv_register(&bdrv_fetch_https);
}

block_init(fetch_block_init);
