#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Extract the uncompressed kernel (vmlinux, an ELF) from an x86 bzImage
whose payload is zstd-compressed, as Debian's are.  QEMU boots vmlinux
through PVH, which skips the decompression in the guest.

    extract-vmlinux.py BZIMAGE VMLINUX   (needs zstd on the PATH)
"""

import struct
import subprocess
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    img = open(sys.argv[1], "rb").read()
    # The setup sectors, then the protected-mode code with the payload at
    # payload_offset (0x248), payload_length (0x24c) bytes long.
    start = ((img[0x1f1] or 4) + 1) * 512
    off, length = struct.unpack_from("<II", img, 0x248)
    payload = img[start + off:start + off + length]
    # A zstd stream followed by the decompressed size, le32.
    elf = subprocess.run(["zstd", "-dcq"], input=payload[:-4], check=True,
                         capture_output=True).stdout
    size, = struct.unpack("<I", payload[-4:])
    if elf[:4] != b"\x7fELF" or len(elf) != size:
        sys.exit("vmlinux extraction failed")
    open(sys.argv[2], "wb").write(elf)


if __name__ == "__main__":
    main()
