"""Files people pick by mistake, known by their first bytes: a PDF, a Word file, a picture.
Naming the kind says more than a decoding or YAML error about the bytes would."""

from __future__ import annotations

# Translators: what a file is, in "this is {what}, not a YAML pack"
from game.i18n import N_, _

SIGNATURES = (
    (b"%PDF", N_("a PDF file")),
    (b"PK\x03\x04", N_("a zip archive (a Word, OpenDocument or Excel file is one)")),
    (b"\xd0\xcf\x11\xe0", N_("an old Microsoft Office file")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF8", N_("a GIF image")),
    (b"{\\rtf", N_("an RTF document")),
    (b"\x1f\x8b", N_("a gzip archive")),
)


def file_kind(data: bytes) -> str | None:
    """What the file is when its first bytes say so ("a PDF file", in the game's language), else None."""
    for signature, what in SIGNATURES:
        if data.startswith(signature):
            return _(what)
    return None
