#!/usr/bin/env python3
"""Writes a macOS .icns from PNG files, storing each PNG as it is (the form Apple's iconutil writes).

An .icns file is the magic 'icns' and the total length (big-endian uint32), then entries of
type (4 ASCII bytes), entry length including this 8-byte header, and data. Since macOS 10.7 every
entry type below may hold a PNG. Usage: make-icns.py OUT.icns DIR_WITH_overturn-<size>.png
"""
import struct
import sys
from pathlib import Path

# entry type -> pixel size of the PNG it holds (the @2x types hold double the point size)
ENTRIES = [
    ("icp4", 16), ("icp5", 32), ("ic11", 32),    # 16 pt, 32 pt, 16 pt @2x
    ("ic12", 64), ("ic07", 128), ("ic13", 256),  # 32 pt @2x, 128 pt, 128 pt @2x
    ("ic08", 256), ("ic14", 512), ("ic09", 512), # 256 pt, 256 pt @2x, 512 pt
    ("ic10", 1024),                              # 512 pt @2x
]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def main(out: str, folder: str) -> None:
    body = b""
    for kind, size in ENTRIES:
        data = (Path(folder) / f"overturn-{size}.png").read_bytes()
        if not data.startswith(PNG_MAGIC):
            sys.exit(f"make-icns.py: overturn-{size}.png is not a PNG")
        width, height = struct.unpack(">II", data[16:24])  # IHDR
        if (width, height) != (size, size):
            sys.exit(f"make-icns.py: overturn-{size}.png is {width}x{height}, expected {size}x{size}")
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    Path(out).write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
