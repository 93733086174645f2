"""Telling which format a file is in, from its extension and, above all, its content.

A teacher's file is often misnamed (a GIFT file saved as .txt, a Kahoot sheet renamed), so
the content decides whenever it can: a zip is a workbook whose header row says Kahoot or
Quizizz; XML is Moodle XML; JSON is Open Trivia DB; text with answer braces is GIFT and
text with ANSWER: lines is Aiken.
"""

from __future__ import annotations

import re
from pathlib import Path

from game.i18n import _
from game.packs.formats import kahoot, quizizz
from game.packs.formats.common import FormatError
from game.packs.formats.sheets import find_header, is_zip, read_workbook

_BY_EXTENSION = {".xml": "moodlexml", ".gift": "gift", ".aiken": "aiken", ".csv": "csv", ".tsv": "csv",
                 ".json": "opentdb"}


def guess_format(path: Path, data: bytes) -> str:
    """The format name for `data` read from `path`; FormatError when nothing fits."""
    name = str(path)
    if is_zip(data) or path.suffix.lower() in (".xlsx", ".xlsm"):
        for sheet in read_workbook(data, name):
            if find_header(sheet, kahoot.match_header):
                return "kahoot"
            if find_header(sheet, quizizz.match_header):
                return "quizizz"
        # Translators: the titles in brackets are the vendors' own column titles: keep them
        raise FormatError(name, _("no sheet of this workbook has a recognisable header row: Kahoot's (Question - "
                                  "max 120 characters, Answer 1 ...) or Quizizz's (Question Text, Question Type, "
                                  "Option 1 ...); give --format if you know which it is"))
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<?xml") or head.startswith(b"<quiz") or head.startswith(b"<!"):
        return "moodlexml"
    if head.startswith((b"{", b"[")) and path.suffix.lower() in (".json", "") or head.startswith(b'{"response_code'):
        return "opentdb"
    suffix = path.suffix.lower()
    if suffix in _BY_EXTENSION and suffix != ".txt":
        return _BY_EXTENSION[suffix]
    try:
        text = data[:256 * 1024].decode("utf-8", errors="replace")
    except Exception:  # pragma: no cover - decode with replace does not fail
        text = ""
    if re.search(r"^\s*ANSWER:\s*[A-Z]\s*$", text, re.MULTILINE) and not re.search(r"\{[^}]*\}", text):
        return "aiken"
    if re.search(r"\{[^}]*\}", text) or "$CATEGORY:" in text or re.search(r"^::.+?::", text, re.MULTILINE):
        return "gift"
    if head.startswith((b"{", b"[")):
        return "opentdb"
    first = text.split("\n", 1)[0]
    if first.count(",") + first.count(";") >= 1:
        return "csv"
    raise FormatError(name, _("cannot tell which format this file is in; give --format (kahoot, quizizz, "
                              "moodlexml, gift, aiken, csv or opentdb)"))
