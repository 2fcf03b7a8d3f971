/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Web page display for Emscripten builds
 *
 * -display web shows the guest's screen in a canvas of the page that runs
 * QEMU, and takes the page's keyboard and pointer.  QEMU runs in workers;
 * the canvas and the input events belong to the runtime's main thread.
 *
 * Screen: each update converts the changed rectangle of the console's
 * surface to RGBA, the canvas's byte order, into a frame of this display's
 * own, and adds it to a dirty rectangle.  At the browser's display rate
 * the page calls qemu_web_display_take() (ui/web.js), which hands over
 * the dirty part of the frame, packed, and forgets it: only what changed
 * is copied and drawn, and nothing when nothing changed.
 *
 * Input: the page calls qemu_web_display_key() and its siblings on the
 * main thread; they queue the event, and a bottom half hands the queue to
 * QEMU's input layer in the main loop.  Keys are KeyboardEvent.code names
 * (keycodemapdb's "html" map); the pointer is absolute, in the frame's
 * pixels, for an absolute device such as usb-tablet or virtio-tablet.
 */

#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "qemu/main-loop.h"
#include "qemu/module.h"
#include "qemu/thread.h"
#include "qemu/timer.h"
#include "ui/console.h"
#include "ui/input.h"
#include "ui/qemu-pixman.h"
#include "web.h"
#include <emscripten/emscripten.h>

#include "ui/input-keymap-html-to-qcode.c.inc"

/* What qemu_web_display_take() returns; ui/web.js reads it */
typedef struct WebDisplayUpdate {
    int32_t x, y, w, h;         /* the rectangle that changed */
    int32_t width, height;      /* the screen's size */
    uint32_t pixels;            /* w * h RGBA pixels, row after row */
} WebDisplayUpdate;

/*
 * What qemu_web_display_stats() returns: the display's refreshes (the
 * device's update and the conversion into the frame) and the time they
 * took, microseconds of the host's clock; both wrap around.
 */
typedef struct WebDisplayStats {
    uint32_t refreshes;
    uint32_t refresh_us;
} WebDisplayStats;

typedef enum WebInputType {
    WEB_INPUT_KEY,
    WEB_INPUT_ABS,
    WEB_INPUT_REL,
    WEB_INPUT_BUTTON,
} WebInputType;

typedef struct WebInputEvent {
    WebInputType type;
    int a, b;                   /* qcode and down, x and y, button and down */
} WebInputEvent;

typedef struct WebDisplay {
    DisplayChangeListener dcl;
    QEMUBH *input_bh;
    /* Taken on the main loop's thread and on the page's */
    QemuMutex lock;
    pixman_image_t *frame;      /* the screen, RGBA */
    int dirty_x0, dirty_y0, dirty_x1, dirty_y1;   /* empty when x0 >= x1 */
    bool pending;               /* something for qemu_web_display_take() */
    GArray *input;              /* WebInputEvent */
    WebDisplayStats stats;      /* written by the main loop's thread */
    /* Only on the page's thread */
    WebDisplayUpdate update;
    uint32_t *packed;
    size_t packed_size;
} WebDisplay;

static WebDisplay *web_display;

/* Called with the lock held. */
static void web_display_mark(WebDisplay *wd, int x, int y, int w, int h)
{
    if (wd->dirty_x0 >= wd->dirty_x1) {
        wd->dirty_x0 = x;
        wd->dirty_y0 = y;
        wd->dirty_x1 = x + w;
        wd->dirty_y1 = y + h;
    } else {
        wd->dirty_x0 = MIN(wd->dirty_x0, x);
        wd->dirty_y0 = MIN(wd->dirty_y0, y);
        wd->dirty_x1 = MAX(wd->dirty_x1, x + w);
        wd->dirty_y1 = MAX(wd->dirty_y1, y + h);
    }
    qatomic_set(&wd->pending, true);
}

static void web_display_gfx_update(DisplayChangeListener *dcl,
                                   int x, int y, int w, int h)
{
    WebDisplay *wd = container_of(dcl, WebDisplay, dcl);
    DisplaySurface *surface = qemu_console_surface(dcl->con);

    if (!surface || !wd->frame) {
        return;
    }
    x = MAX(x, 0);
    y = MAX(y, 0);
    w = MIN(w, pixman_image_get_width(wd->frame) - x);
    h = MIN(h, pixman_image_get_height(wd->frame) - y);
    if (w <= 0 || h <= 0) {
        return;
    }
    qemu_mutex_lock(&wd->lock);
    pixman_image_composite(PIXMAN_OP_SRC, surface->image, NULL, wd->frame,
                           x, y, 0, 0, x, y, w, h);
    web_display_mark(wd, x, y, w, h);
    qemu_mutex_unlock(&wd->lock);
}

static void web_display_gfx_switch(DisplayChangeListener *dcl,
                                   DisplaySurface *surface)
{
    WebDisplay *wd = container_of(dcl, WebDisplay, dcl);
    int width = surface ? surface_width(surface) : 0;
    int height = surface ? surface_height(surface) : 0;

    qemu_mutex_lock(&wd->lock);
    if (wd->frame) {
        pixman_image_unref(wd->frame);
        wd->frame = NULL;
    }
    wd->dirty_x0 = wd->dirty_x1 = 0;
    if (width > 0 && height > 0) {
        /* a8b8g8r8 is R, G, B, A in a little-endian host's memory */
        wd->frame = pixman_image_create_bits(PIXMAN_a8b8g8r8, width, height,
                                             NULL, width * 4);
    }
    qemu_mutex_unlock(&wd->lock);
    if (wd->frame) {
        web_display_gfx_update(dcl, 0, 0, width, height);
    }
}

static void web_display_refresh(DisplayChangeListener *dcl)
{
    WebDisplay *wd = container_of(dcl, WebDisplay, dcl);
    int64_t start = qemu_clock_get_us(QEMU_CLOCK_REALTIME);

    graphic_hw_update(dcl->con);
    qatomic_set(&wd->stats.refresh_us, wd->stats.refresh_us +
                (uint32_t)(qemu_clock_get_us(QEMU_CLOCK_REALTIME) - start));
    qatomic_set(&wd->stats.refreshes, wd->stats.refreshes + 1);
}

static const DisplayChangeListenerOps web_display_ops = {
    .dpy_name = "web",
    .dpy_refresh = web_display_refresh,
    .dpy_gfx_update = web_display_gfx_update,
    .dpy_gfx_switch = web_display_gfx_switch,
    .dpy_gfx_check_format = qemu_pixman_check_format,
};

/*
 * The part of the screen that changed since the last call, or NULL when
 * nothing did.  The page's thread only; the result is valid until the
 * next call.
 */
EMSCRIPTEN_KEEPALIVE
WebDisplayUpdate *qemu_web_display_take(void)
{
    WebDisplay *wd = web_display;
    WebDisplayUpdate *u;
    uint8_t *src;
    int stride, row;
    size_t size;

    if (!wd || !qatomic_read(&wd->pending)) {
        return NULL;
    }
    u = &wd->update;
    qemu_mutex_lock(&wd->lock);
    qatomic_set(&wd->pending, false);
    if (!wd->frame || wd->dirty_x0 >= wd->dirty_x1) {
        qemu_mutex_unlock(&wd->lock);
        return NULL;
    }
    u->x = wd->dirty_x0;
    u->y = wd->dirty_y0;
    u->w = wd->dirty_x1 - wd->dirty_x0;
    u->h = wd->dirty_y1 - wd->dirty_y0;
    u->width = pixman_image_get_width(wd->frame);
    u->height = pixman_image_get_height(wd->frame);
    wd->dirty_x0 = wd->dirty_x1 = 0;

    size = (size_t)u->w * u->h * 4;
    if (size > wd->packed_size) {
        g_free(wd->packed);
        wd->packed = g_malloc(size);
        wd->packed_size = size;
    }
    stride = pixman_image_get_stride(wd->frame);
    src = (uint8_t *)pixman_image_get_data(wd->frame) + u->y * stride +
          u->x * 4;
    for (row = 0; row < u->h; row++) {
        memcpy((uint8_t *)wd->packed + (size_t)row * u->w * 4,
               src + (size_t)row * stride, u->w * 4);
    }
    qemu_mutex_unlock(&wd->lock);
    u->pixels = (uint32_t)(uintptr_t)wd->packed;
    return u;
}

/* The display's counters, or NULL before it starts; any thread */
EMSCRIPTEN_KEEPALIVE
const WebDisplayStats *qemu_web_display_stats(void)
{
    return web_display ? &web_display->stats : NULL;
}

static void web_display_queue(WebInputType type, int a, int b)
{
    WebDisplay *wd = web_display;
    WebInputEvent ev = { .type = type, .a = a, .b = b };

    if (!wd) {
        return;
    }
    qemu_mutex_lock(&wd->lock);
    g_array_append_val(wd->input, ev);
    qemu_mutex_unlock(&wd->lock);
    qemu_bh_schedule(wd->input_bh);
}

/*
 * A key pressed (@down) or released in the page: @code is the event's
 * KeyboardEvent.code.  Returns false for a code QEMU does not know.
 */
EMSCRIPTEN_KEEPALIVE
bool qemu_web_display_key(const char *code, bool down)
{
    unsigned int i;

    for (i = 0; i < qemu_input_map_html_to_qcode_len; i++) {
        if (!strcmp(qemu_input_map_html_to_qcode[i].from, code)) {
            web_display_queue(WEB_INPUT_KEY,
                              qemu_input_map_html_to_qcode[i].to, down);
            return true;
        }
    }
    return false;
}

/* The pointer at (@x, @y) in the screen's pixels */
EMSCRIPTEN_KEEPALIVE
void qemu_web_display_pointer(int x, int y)
{
    web_display_queue(WEB_INPUT_ABS, x, y);
}

/* The pointer moved by (@dx, @dy), for a relative device (pointer lock) */
EMSCRIPTEN_KEEPALIVE
void qemu_web_display_motion(int dx, int dy)
{
    web_display_queue(WEB_INPUT_REL, dx, dy);
}

/* @button (an InputButton: a wheel's step is a press and a release) */
EMSCRIPTEN_KEEPALIVE
void qemu_web_display_button(int button, bool down)
{
    if (button >= 0 && button < INPUT_BUTTON__MAX) {
        web_display_queue(WEB_INPUT_BUTTON, button, down);
    }
}

static void web_display_input(void *opaque)
{
    WebDisplay *wd = opaque;
    QemuConsole *con = wd->dcl.con;
    g_autoptr(GArray) events = g_array_new(false, false,
                                           sizeof(WebInputEvent));
    int width = 0, height = 0;
    unsigned int i;

    qemu_mutex_lock(&wd->lock);
    g_array_append_vals(events, wd->input->data, wd->input->len);
    g_array_set_size(wd->input, 0);
    if (wd->frame) {
        width = pixman_image_get_width(wd->frame);
        height = pixman_image_get_height(wd->frame);
    }
    qemu_mutex_unlock(&wd->lock);

    for (i = 0; i < events->len; i++) {
        WebInputEvent *ev = &g_array_index(events, WebInputEvent, i);

        switch (ev->type) {
        case WEB_INPUT_KEY:
            qemu_input_event_send_key_qcode(con, ev->a, ev->b);
            break;
        case WEB_INPUT_ABS:
            if (width > 0 && height > 0) {
                qemu_input_queue_abs(con, INPUT_AXIS_X, ev->a, 0, width);
                qemu_input_queue_abs(con, INPUT_AXIS_Y, ev->b, 0, height);
                qemu_input_event_sync();
            }
            break;
        case WEB_INPUT_REL:
            qemu_input_queue_rel(con, INPUT_AXIS_X, ev->a);
            qemu_input_queue_rel(con, INPUT_AXIS_Y, ev->b);
            qemu_input_event_sync();
            break;
        case WEB_INPUT_BUTTON:
            qemu_input_queue_btn(con, ev->a, ev->b);
            qemu_input_event_sync();
            break;
        }
    }
}

static void web_display_init(DisplayState *ds, DisplayOptions *opts)
{
    WebDisplay *wd;

    if (!qemu_web_display_js_init()) {
        error_report("-display web needs a web page to draw in; "
                     "under Node.js use -nographic or -display none");
        exit(1);
    }
    wd = g_new0(WebDisplay, 1);
    qemu_mutex_init(&wd->lock);
    wd->input = g_array_new(false, false, sizeof(WebInputEvent));
    wd->input_bh = qemu_bh_new(web_display_input, wd);
    wd->dcl.ops = &web_display_ops;
    wd->dcl.con = qemu_console_lookup_default();
    web_display = wd;
    register_displaychangelistener(&wd->dcl);
}

static QemuDisplay qemu_display_web = {
    .type = DISPLAY_TYPE_WEB,
    .init = web_display_init,
};

static void register_web_display(void)
{
    qemu_display_register(&qemu_display_web);
}

type_init(register_web_display);
