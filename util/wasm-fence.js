// SPDX-License-Identifier: GPL-2.0-or-later
//
// qemu_wasm_fence(), an Emscripten library: QEMU's memory barriers on a
// host not taken to be x86 (qemu/atomic.h).  Binaryen's optimizer deletes
// atomic.fence from QEMU's own module, so the fence is the one instruction
// of a module compiled apart, once per thread when the runtime's
// JavaScript loads; QEMU imports its function, which engines call
// directly, not through JavaScript.

addToLibrary({
  qemu_wasm_fence__sig: 'v',
  qemu_wasm_fence: '=new WebAssembly.Instance(new WebAssembly.Module(' +
    'new Uint8Array([' +
    '0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,' + // magic, version
    '0x01, 0x04, 0x01, 0x60, 0x00, 0x00,' +             // type 0: [] -> []
    '0x03, 0x02, 0x01, 0x00,' +                         // func 0: type 0
    '0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00,' +       // export "f": func 0
    '0x0a, 0x07, 0x01, 0x05, 0x00,' +                   // code: no locals
    '0xfe, 0x03, 0x00, 0x0b' +                          // atomic.fence, end
    ']))).exports.f',
});
