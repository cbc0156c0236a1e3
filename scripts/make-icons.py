"""Draws the app icons (PNG) with the standard library only:
a dark rounded square with three bullet lines, the first ticked.
Run: python3 scripts/make-icons.py  (writes assets/icons/icon-*.png)"""
import struct
import zlib


def png(size, pixels):
    raw = b"".join(b"\x00" + bytes(pixels[y * size * 4:(y + 1) * size * 4]) for y in range(size))
    chunk = lambda tag, data: struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def icon(size, maskable):
    bg, fg, good = (29, 31, 35, 255), (233, 234, 236, 255), (95, 208, 143, 255)
    px = [0] * (size * size * 4)
    r = 0 if maskable else size * 0.18
    pad = size * (0.22 if maskable else 0.18)
    def put(x, y, c):
        i = (y * size + x) * 4
        px[i:i + 4] = c
    for y in range(size):
        for x in range(size):
            # rounded square (full bleed when maskable)
            cx = min(max(x, r), size - 1 - r)
            cy = min(max(y, r), size - 1 - r)
            if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                put(x, y, bg)
    rows = 3
    for k in range(rows):
        top = pad + k * (size - 2 * pad) / rows
        h = (size - 2 * pad) / rows * 0.42
        dot = good if k == 0 else fg
        for y in range(int(top), int(top + h)):
            for x in range(int(pad), int(pad + h)):
                put(x, y, dot)
            for x in range(int(pad + h * 1.6), int(size - pad - (k * size * 0.08))):
                put(x, y, fg)
    return png(size, px)


for size in (192, 512):
    open(f"assets/icons/icon-{size}.png", "wb").write(icon(size, False))
open("assets/icons/icon-maskable-512.png", "wb").write(icon(512, True))
print("icons written")
