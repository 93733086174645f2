"""Bytes to text: detect the encoding of a document and refuse what is not text.

Teachers' files come as UTF-8 (with or without a byte-order mark), UTF-16 from Windows
editors, and legacy single-byte text (Windows-1252) from old word processors. Anything else
with control bytes in it is a binary file (a PDF, a picture, a Word file) and is refused with a
message that says what to do.
"""

from __future__ import annotations

import codecs

from game.generate.errors import GenerateError
from game.i18n import N_, _
from game.filekinds import file_kind

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_ALLOWED_CONTROLS = set("\t\n\r\f\v")
TEXT_HINT = N_("save it as plain text (.txt), Markdown (.md) or a web page (.html) and try again")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark has a zero in every other byte of ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0) / (len(data) / 2)
    odd_zeros = data[1::2].count(0) / (len(data) / 2)
    if odd_zeros > 0.4 and even_zeros < 0.05:
        encoding = "utf-16-le"
    elif even_zeros > 0.4 and odd_zeros < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    return "\x00" in sample or controls / len(sample) > 0.01


def decode_document(data: bytes, name: str) -> tuple[str, str]:
    """The text of a document and the encoding it was read with; GenerateError if not text."""
    what = file_kind(data)
    if what:
        raise GenerateError(name, _("this is {what}, not a text document; {hint}").format(what=what, hint=_(TEXT_HINT)))
    text: str | None = None
    encoding = ""
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(bom_encoding), bom_encoding
            except UnicodeDecodeError:
                raise GenerateError(name, _("the file starts like {encoding} text but is not valid {encoding}").format(
                    encoding=bom_encoding)) from None
            break
    if text is None and b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        encoding = "utf-16" if text is not None else ""
        if text is None:
            raise GenerateError(name, _("this is a binary file, not a text document; {hint}").format(hint=_(TEXT_HINT)))
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Windows-1252 leaves five bytes undefined; Latin-1 reads those instead of failing.
            text = data.decode("cp1252", errors="ignore") if _cp1252_ok(data) else data.decode("latin-1")
            encoding = "cp1252"
    if _looks_binary(text):
        raise GenerateError(name, _("this is a binary file, not a text document; {hint}").format(hint=_(TEXT_HINT)))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise GenerateError(name, _("the file is empty; there is nothing to write questions from"))
    return text, encoding


def _cp1252_ok(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))
