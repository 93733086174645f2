"""The join address as a QR code: a plain grid of dark and light modules the window can draw.

Drawn with `segno` (pure Python). The grid includes the quiet zone (four light modules on
every side) that scanners need, so the window only scales it and draws the dark cells.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno

QUIET_ZONE = 4


@dataclass(frozen=True)
class QrGrid:
    rows: tuple[tuple[bool, ...], ...]   # True: a dark module; rows[y][x]
    text: str

    @property
    def size(self) -> int:
        """Modules per side, quiet zone included."""
        return len(self.rows)

    def dark_cells(self) -> list[tuple[int, int]]:
        """(x, y) of every dark module, for drawing them as squares."""
        return [(x, y) for y, row in enumerate(self.rows) for x, dark in enumerate(row) if dark]


def qr_grid(text: str) -> QrGrid:
    """A QR code of `text` with medium error correction (scans from the back of a room even
    with the projector's glare), at the smallest version that holds it."""
    code = segno.make(text, error="m", boost_error=False, micro=False)
    rows = tuple(tuple(bool(cell) for cell in row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE))
    return QrGrid(rows, text)
