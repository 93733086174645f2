"""Reading spreadsheets: `.xlsx` workbooks and CSV text, as rows of cell values.

Kahoot and Quizizz importers read rows, not files, so the same code serves a workbook and
a spreadsheet saved as CSV. A workbook is checked before openpyxl opens it: it must be a
zip holding a workbook, within the limits of `zipcheck` (parts, sizes and XML tags).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any, Callable

from game.i18n import _
from game.packs.formats.common import FormatError, Location
from game.packs.formats.zipcheck import check_workbook_archive

MAX_ROWS = 20_000
MAX_COLUMNS = 64
HEADER_SEARCH_ROWS = 30


@dataclass
class Sheet:
    """One sheet's rows; `rows[i]` is spreadsheet row `first_row + i` (1-based)."""

    file: str
    name: str | None  # None for CSV, whose rows are lines
    rows: list[list[Any]]
    first_row: int = 1
    # CSV rows can span lines when a quoted cell holds a line break: line of each row.
    lines: list[int] | None = None

    def where(self, index: int) -> Location:
        if self.name is None:
            line = self.lines[index] if self.lines is not None else self.first_row + index
            return Location(self.file, line=line)
        return Location(self.file, sheet=self.name, row=self.first_row + index)

    def cell(self, index: int, column: int | None) -> Any:
        if column is None or index >= len(self.rows):
            return None
        row = self.rows[index]
        return row[column] if column < len(row) else None


def is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def read_workbook(data: bytes, file: str) -> list[Sheet]:
    """Every sheet of an `.xlsx` workbook as rows of plain values (formulas as last saved)."""
    if not is_zip(data):
        # Translators: 'Excel Workbook (.xlsx)' is the name spreadsheet programs give the format
        raise FormatError(file, _("this is not an .xlsx workbook (an .xlsx file is a zip archive; save the sheet as "
                                  "'Excel Workbook (.xlsx)' and try again)"))
    check_workbook_archive(data, file)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise FormatError(file, _("this zip archive is damaged, so it cannot be read as a workbook")) from None
    if "xl/workbook.xml" not in names:
        raise FormatError(file, _("this is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml); "
                                  ".xls, .ods and .numbers files must be saved as .xlsx first"))
    import openpyxl  # imported here: only spreadsheet imports pay for it

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise FormatError(file, _unreadable_workbook(exc)) from None
    sheets = []
    try:
        for worksheet in workbook.worksheets:
            rows = []
            for count, row in enumerate(worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)):
                if count >= MAX_ROWS:
                    break
                rows.append([_plain(value) for value in row])
            sheets.append(Sheet(file, worksheet.title, rows))
    except Exception as exc:
        raise FormatError(file, _unreadable_workbook(exc)) from None
    finally:
        workbook.close()
    return sheets


def _unreadable_workbook(exc: Exception) -> str:
    # Translators: {error} is the spreadsheet library's own words (in English)
    return _("the workbook cannot be read: {error}").format(error=f"{exc.__class__.__name__}: {exc}")


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # dates and times: as text


def _kind_of_file(what: str) -> str:
    """How a message names a kind of text file ("the CSV file")."""
    names = {"csv": lambda: _("the CSV file"), "gift": lambda: _("the GIFT file"),
             "aiken": lambda: _("the Aiken file"), "json": lambda: _("the JSON file")}
    return names[what]() if what in names else _("the file")


def decode_text(data: bytes, file: str, what: str = "file") -> str:
    """UTF-8 text (with or without a byte order mark); anything else is refused by name.
    `what` is the kind of file, for the message: "file", "csv", "gift", "aiken" or "json"."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            detail = _("it starts like UTF-16 text but is not")
            # Translators: {file} is "the CSV file", "the GIFT file"... {detail} says what is wrong
            raise FormatError(file, _("{file} is not UTF-8 text ({detail}); save it as UTF-8 and try again").format(
                file=_kind_of_file(what), detail=detail), detail) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[:exc.start]
        line = before.count(b"\n") + 1
        # Translators: {byte} is written as 0x93
        detail = _("byte {byte} cannot start a character here").format(byte=f"0x{data[exc.start]:02x}")
        raise FormatError(Location(file, line), _("{file} is not UTF-8 text ({detail}); save it as UTF-8 and try "
                                                  "again").format(file=_kind_of_file(what), detail=detail),
                          detail) from None


def read_csv(data: bytes, file: str) -> Sheet:
    """CSV text as one sheet: comma or semicolon (or tab) chosen from the first lines."""
    text = decode_text(data, file, "csv")
    if "\x00" in text:
        raise FormatError(file, _("this is not CSV text (it holds NUL bytes)"))
    head = "\n".join(text.splitlines()[:5])
    delimiter = max((",", ";", "\t"), key=lambda d: (_count_outside_quotes(head, d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[list[Any]] = []
    lines: list[int] = []
    line = 1
    try:
        for row in reader:
            lines.append(line)
            line = reader.line_num + 1
            rows.append([cell for cell in row[:MAX_COLUMNS]])
            if len(rows) >= MAX_ROWS:
                break
    except csv.Error as exc:
        # Translators: {error} is the CSV reader's own words (in English)
        raise FormatError(Location(file, reader.line_num), _("this CSV cannot be read: {error}").format(error=exc)
                          ) from None
    return Sheet(file, None, rows, lines=lines)


def _count_outside_quotes(text: str, delimiter: str) -> int:
    return re.sub(r'"[^"]*"', "", text).count(delimiter)


def header_key(value: Any) -> str:
    """A header title reduced for loose matching: lower-case letters and digits only."""
    return re.sub(r"[^a-z0-9]+", " ", str(value or "").lower()).strip()


def find_header(sheet: Sheet, matcher: Callable[[list[Any]], dict[str, int] | None],
                search_rows: int = HEADER_SEARCH_ROWS) -> tuple[int, dict[str, int]] | None:
    """The first row (index) whose titles the matcher recognises, with its column map."""
    for index, row in enumerate(sheet.rows[:search_rows]):
        columns = matcher(row)
        if columns:
            return index, columns
    return None


def text_cell(value: Any) -> str:
    """A cell as text: numbers written as a person would ("20", not "20.0")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


