"""Files people pick by mistake, known by their first bytes: a PDF, a Word file, a picture.
Naming the kind says more than a decoding or YAML error about the bytes would."""

from __future__ import annotations

SIGNATURES = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a zip archive (a Word, OpenDocument or Excel file is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
)


def file_kind(data: bytes) -> str | None:
    """What the file is when its first bytes say so ("a PDF file"), else None."""
    for signature, what in SIGNATURES:
        if data.startswith(signature):
            return what
    return None
