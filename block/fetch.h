/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The JavaScript half of block/fetch.c (block/fetch.js)
 */

#ifndef BLOCK_FETCH_H
#define BLOCK_FETCH_H

typedef struct FetchRequest FetchRequest;

/*
 * On the runtime's main thread, fetch @length bytes at @offset of @url
 * into @buf, retrying transient failures, then call @done with the bytes
 * received and the image's size, or with -1 and a message in @error.  A
 * size other than @size is an error, unless @size is negative (unknown).
 * @validator is the image's ETag or Last-Modified: checked when set, set
 * when empty.
 */
void fetch_js_start(FetchRequest *req, const char *url, const char *headers,
                    double offset, double length, double size, uint8_t *buf,
                    int timeout_ms, char *validator, char *error,
                    int message_len,
                    void (*done)(FetchRequest *req, double received,
                                 double total));

#endif
