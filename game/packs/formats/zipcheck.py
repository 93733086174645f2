"""Checking an `.xlsx` workbook's zip archive before anything unpacks it for real.

A workbook is a zip of XML parts. A hostile one can be small and still unpack to hundreds of
megabytes (one part of repeated text compresses a thousandfold), hold a million parts, or
an XML part of millions of tiny tags, each of which costs openpyxl time and memory. The
checks below run in order of cost and stop at the first limit passed:

1. the archive's own directory (its last bytes) must list few parts in a small directory,
   read before Python's zipfile builds an entry for each;
2. each part's unpacked size, and their total, as the directory states them (zipfile never
   unpacks more than the stated size of a part: a part that states less than it holds fails
   its checksum rather than growing);
3. the XML tags of every XML part, counted (with their nesting) as the part is unpacked in
   pieces, so the refusal comes at the first tag past a limit.

A real quiz workbook has about 15 parts, unpacks to a few hundred KB and holds a few
thousand tags; every limit here is far above that and far below what hurts.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from game.i18n import _
from game.i18n.formats import format_number
from game.packs.formats.common import FormatError

MAX_PARTS = 1_000
MAX_DIRECTORY_BYTES = 1024 * 1024
MAX_PART_BYTES = 8 * 1024 * 1024
MAX_UNPACKED_BYTES = 32 * 1024 * 1024
MAX_XML_TAGS = 200_000
MAX_XML_DEPTH = 64
_TAG = re.compile(rb"<(/?)[A-Za-z_][^<>]*>")
_PIECE = 1024 * 1024
_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"


def _directory_size(data: bytes) -> tuple[int, int] | None:
    """(parts, directory bytes) as the archive's end record states them; None when it has none
    (zipfile then says the archive is damaged)."""
    at = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 22 - 0xFFFF))
    if at < 0 or at + 22 > len(data):
        return None
    _, _, _, _, parts, directory, _, _ = struct.unpack("<4s4H2LH", data[at:at + 22])
    if parts == 0xFFFF or directory == 0xFFFFFFFF:
        # Zip64: the locator just before the end record points at the 64-bit end record.
        locator = at - 20
        if locator < 0 or data[locator:locator + 4] != _ZIP64_LOCATOR:
            return None
        (record,) = struct.unpack("<Q", data[locator + 8:locator + 16])
        if record + 56 > len(data) or data[record:record + 4] != _ZIP64_END:
            return None
        parts, directory = struct.unpack("<QQ", data[record + 32:record + 48])
    return parts, directory


def check_workbook_archive(data: bytes, file: str) -> None:
    """Refuse a workbook whose parts, sizes or XML tags pass the limits; FormatError says which."""
    stated = _directory_size(data)
    if stated is not None:
        parts, directory = stated
        if parts > MAX_PARTS:
            raise FormatError(file, _too_many_parts(parts))
        if directory > MAX_DIRECTORY_BYTES:
            raise FormatError(file, _("the workbook's list of parts takes {size}, far more than a question sheet's "
                                      "(at most {most}); refusing to open it").format(
                                          size=_megabytes(directory), most=_megabytes(MAX_DIRECTORY_BYTES)))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise FormatError(file, _too_many_parts(len(infos)))
            total = 0
            for info in infos:
                if info.file_size > MAX_PART_BYTES:
                    raise FormatError(file, _("the workbook's part {part} unpacks to {size}, far more than a "
                                              "question sheet needs (at most {most} a part); refusing to open "
                                              "it").format(part=info.filename, size=_megabytes(info.file_size),
                                                           most=_megabytes(MAX_PART_BYTES)))
                total += info.file_size
            if total > MAX_UNPACKED_BYTES:
                raise FormatError(file, _("the workbook unpacks to {size}, far more than a question sheet (at most "
                                          "{most}); refusing to open it").format(
                                              size=_megabytes(total), most=_megabytes(MAX_UNPACKED_BYTES)))
            tags = 0
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels")):
                    tags = _count_tags(archive, info, tags, file)
    except (zipfile.BadZipFile, zlib.error) as exc:
        # Translators: {error} is the zip reader's own words (in English)
        raise FormatError(file, _("this zip archive is damaged ({error}), so it cannot be read as a workbook").format(
            error=exc)) from None
    except (OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise FormatError(file, _("this zip archive cannot be unpacked ({error})").format(
            error=f"{exc.__class__.__name__}: {exc}")) from None


def _count_tags(archive: zipfile.ZipFile, info: zipfile.ZipInfo, tags: int, file: str) -> int:
    """`tags` plus the tags of one XML part, refusing the part at the first tag past the count
    or nested past the depth limit. (A tag cut in two where the pieces meet is not counted.)"""
    depth = 0
    with archive.open(info) as part:
        while True:
            piece = part.read(_PIECE)
            if not piece:
                return tags
            for tag in _TAG.finditer(piece):
                tags += 1
                if tags > MAX_XML_TAGS:
                    raise FormatError(file, _("the workbook's XML holds more than {count} tags (the part {part} has "
                                              "too many), far more than a question sheet; refusing to open "
                                              "it").format(count=format_number(MAX_XML_TAGS), part=info.filename))
                if tag.group(1):
                    depth -= 1
                elif not tag.group(0).endswith(b"/>"):
                    depth += 1
                    if depth > MAX_XML_DEPTH:
                        raise FormatError(file, _("the workbook's part {part} is nested more than {depth} levels "
                                                  "deep; refusing to open it").format(part=info.filename,
                                                                                      depth=MAX_XML_DEPTH))


def _too_many_parts(parts: int) -> str:
    return _("the workbook holds {count} parts, far more than a question sheet (at most {most}); refusing to open "
             "it").format(count=format_number(parts), most=format_number(MAX_PARTS))


def _megabytes(size: int) -> str:
    # Translators: a size in megabytes
    return _("{size} MB").format(size=format_number(size / (1024 * 1024), 1))
