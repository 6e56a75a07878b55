"""Draw the CoachDesk app icon (a calm notebook on a desk) and write every size and format.

Run from the repository root (offscreen Qt, no display needed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/app/generate_icons.py

Writes ``coachdesk-<size>.png`` (16 … 1024), ``coachdesk.ico`` (Windows: 16–256, PNG entries) and
``coachdesk.icns`` (macOS: 16–1024, PNG entries) next to this file. The .ico and .icns containers
are written here with ``struct`` (no Pillow, no iconutil), so the output is the same on any machine.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element type -> pixel size (PNG payloads; 16/32 px classic types also accept PNG since 10.7)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)

DESK = "#2f6f62"  # the app's highlight colour (theme.py)
DESK_DARK = "#245a4f"
PAGE = "#f7f3e8"
PAGE_EDGE = "#d9d2bf"
COVER = "#1f4a41"
LINE = "#9fb3ac"
RIBBON = "#e0b44c"


def draw(size: int):
    """One square icon image of ``size`` pixels (details thin out at small sizes)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256.0, size / 256.0)  # draw on a 256 grid
    small = size <= 24

    # desk: a rounded square with a soft vertical gradient
    inset = 4 if small else 8
    grad = QLinearGradient(0, 0, 0, 256)
    grad.setColorAt(0.0, QColor(DESK))
    grad.setColorAt(1.0, QColor(DESK_DARK))
    bg = QPainterPath()
    bg.addRoundedRect(QRectF(inset, inset, 256 - 2 * inset, 256 - 2 * inset), 52, 52)
    p.fillPath(bg, grad)

    # notebook: cover (shadow side), then the page, slightly offset
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(COVER))
    p.drawRoundedRect(QRectF(62, 46, 140, 170), 14, 14)
    p.setBrush(QColor(PAGE))
    p.drawRoundedRect(QRectF(70, 40, 132, 166), 12, 12)
    if not small:
        p.setPen(QPen(QColor(PAGE_EDGE), 3))
        p.drawLine(QPointF(92, 48), QPointF(92, 198))  # margin line

    # writing lines
    pen = QPen(QColor(LINE), 12 if small else 8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    rows = (84, 128, 172) if small else (82, 110, 138, 166)
    for i, y in enumerate(rows):
        end = 148 if y < 100 else (180 if i % 2 == 0 else 160)  # stop short of the ribbon
        p.drawLine(QPointF(104 if not small else 92, y), QPointF(end, y))

    # bookmark ribbon over the top edge
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(RIBBON))
    ribbon = QPolygonF([QPointF(160, 30), QPointF(184, 30), QPointF(184, 96), QPointF(172, 84), QPointF(160, 96)])
    p.drawPolygon(ribbon)
    p.end()
    return img


def png_bytes(img) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed entries (supported since Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG entries."""
    body = b"".join(struct.pack(">4sI", kind, 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {s: png_bytes(draw(s)) for s in PNG_SIZES}
    for s, blob in pngs.items():
        (HERE / f"coachdesk-{s}.png").write_bytes(blob)
    (HERE / "coachdesk.ico").write_bytes(ico_bytes(pngs))
    (HERE / "coachdesk.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(pngs)} PNGs, coachdesk.ico, coachdesk.icns to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
