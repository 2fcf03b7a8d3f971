// SPDX-License-Identifier: GPL-2.0-or-later
//
// The JavaScript half of ui/web.c, an Emscripten library: the page's side
// of -display web, on the runtime's main thread.  It gives the page
// Module.qemuDisplay:
//   draw(ctx)          draws what changed since the last call into the
//                      2D context ctx, resizing its canvas to the screen;
//                      returns whether anything was drawn
//   key(code, down)    a KeyboardEvent.code pressed or released; false for
//                      a code QEMU does not know
//   pointer(x, y)      the absolute pointer, in the screen's pixels
//   motion(dx, dy)     a relative move (pointer lock)
//   button(b, down)    an InputButton: 0 left, 1 middle, 2 right, 3 wheel
//                      up, 4 wheel down, 5 side, 6 extra, 7/8 wheel left
//                      and right
//   width, height      the screen's size (0 before the first frame)
//   stats()            { refreshes, refreshMs }: QEMU's display refreshes
//                      so far (the device's update and the conversion of
//                      what changed) and the host's time they took

addToLibrary({
  qemu_web_display_js_init__proxy: 'sync',
  qemu_web_display_js_init__sig: 'i',
  qemu_web_display_js_init__deps: ['$stringToUTF8OnStack', '$withStackSave',
                                   'qemu_web_display_take',
                                   'qemu_web_display_key',
                                   'qemu_web_display_pointer',
                                   'qemu_web_display_motion',
                                   'qemu_web_display_button',
                                   'qemu_web_display_stats'],
  qemu_web_display_js_init: () => {
    if (typeof document == 'undefined') {
      return false;
    }
    let image = null;
    const display = {
      width: 0,
      height: 0,
      draw(ctx) {
        const u = _qemu_web_display_take();
        if (!u) {
          return false;
        }
        const [x, y, w, h, width, height, pixels] =
            HEAP32.subarray(u >> 2, (u >> 2) + 7);
        if (ctx.canvas.width != width || ctx.canvas.height != height) {
          ctx.canvas.width = width;
          ctx.canvas.height = height;
        }
        display.width = width;
        display.height = height;
        // ImageData cannot use the shared memory itself.
        if (!image || image.width != w || image.height != h) {
          image = new ImageData(w, h);
        }
        image.data.set(HEAPU8.subarray(pixels >>> 0,
                                       (pixels >>> 0) + w * h * 4));
        ctx.putImageData(image, x, y);
        return true;
      },
      key: (code, down) => withStackSave(
          () => !!_qemu_web_display_key(stringToUTF8OnStack(code), down)),
      pointer: (x, y) => _qemu_web_display_pointer(x, y),
      motion: (dx, dy) => _qemu_web_display_motion(dx, dy),
      button: (b, down) => _qemu_web_display_button(b, down),
      stats() {
        const s = _qemu_web_display_stats();
        return s ? { refreshes: HEAPU32[s >> 2],
                     refreshMs: HEAPU32[(s >> 2) + 1] / 1000 }
                 : { refreshes: 0, refreshMs: 0 };
      },
    };
    Module['qemuDisplay'] = display;
    return true;
  },
});
