/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The JavaScript half of ui/web.c (ui/web.js)
 */

#ifndef UI_WEB_H
#define UI_WEB_H

/*
 * On the runtime's main thread: give the page Module.qemuDisplay, through
 * which it draws the screen and sends input.  False when the runtime has
 * no page (Node.js).
 */
bool qemu_web_display_js_init(void);

#endif
