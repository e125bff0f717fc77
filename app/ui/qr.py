"""The authenticator set-up code (otpauth address) drawn as a QR code, in memory.

Why in memory: the address holds the user's TOTP secret, so it is never written to a file; segno
builds the matrix and it is painted straight into a pixmap.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap


def qr_pixmap(text: str, *, scale: int = 6, border: int = 4) -> QPixmap:
    code = segno.make(text, error="m", micro=False)
    rows = [list(row) for row in code.matrix_iter(scale=1, border=border)]
    size = len(rows)
    image = QImage(size, size, QImage.Format.Format_Mono)
    image.setColor(0, QColor(Qt.GlobalColor.white).rgb())
    image.setColor(1, QColor(Qt.GlobalColor.black).rgb())
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            image.setPixel(x, y, 1 if dark else 0)
    return QPixmap.fromImage(image.scaled(size * scale, size * scale))
