"""CSV, one question a row: our own simple columns, or Kahoot's and Quizizz's saved as CSV.

Our columns (titles matched loosely, any order, all but prompt and answer optional):

    id, type, prompt, answer, wrong 1 ... wrong 5, accept, tolerance, unit,
    time limit, difficulty, explanation, tags, image, image alt

`accept` and `tags` hold several values separated by `|` (write `\\|` for a bar inside one).
UTF-8 with or without a byte order mark; comma or semicolon. On export, a cell that a
spreadsheet would run as a formula (starting with = + - @) is written with a leading `'`,
which the importer takes off again.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path
from typing import Any, Callable

from game.i18n import N_, _, ngettext
from game.packs.formats import kahoot, quizizz
from game.packs.formats.common import (
    ExportResult, FormatError, ImportResult, Location, PackBuilder, clamp_time_limit, listing, parse_number,
)
from game.packs.formats.exporting import Exporter
from game.packs.formats.htmltext import tidy
from game.packs.formats.pictures import bring_in
from game.packs.formats.sheets import HEADER_SEARCH_ROWS, Sheet, header_key, read_csv
from game.packs.model import (
    DIFFICULTIES, MAX_WRONG_OPTIONS, ChoiceQuestion, NumberQuestion, Pack, Question, TextQuestion,
    TrueFalseQuestion, format_number,
)
from game.packs.validate import option_key

HEADERS = ("id", "type", "prompt", "answer", *(f"wrong {n}" for n in range(1, MAX_WRONG_OPTIONS + 1)),
           "accept", "tolerance", "unit", "time limit", "difficulty", "explanation", "tags", "image", "image alt")
_COLUMN_NAMES = {
    "id": ("id", "question id"),
    "type": ("type", "question type", "kind"),
    "prompt": ("prompt", "question", "question text", "text"),
    "answer": ("answer", "correct answer", "right answer", "correct", "solution"),
    "accept": ("accept", "also accept", "accepted answers", "alternatives", "other answers"),
    "tolerance": ("tolerance", "margin"),
    "unit": ("unit", "units"),
    "time": ("time limit", "time", "seconds", "time limit sec", "time limit seconds", "time in seconds"),
    "difficulty": ("difficulty", "level"),
    "explanation": ("explanation", "feedback", "answer explanation", "reason"),
    "tags": ("tags", "tag", "category", "categories", "topic"),
    "image": ("image", "picture", "image file", "picture file"),
    "alt": ("image alt", "alt", "alt text", "image description", "picture description"),
    "wrong": ("wrong", "wrong answers", "wrong options", "incorrect answers", "distractors"),
}
_TYPE_NAMES = {
    "choice": "choice", "multiple choice": "choice", "mc": "choice", "multiple": "choice",
    "truefalse": "truefalse", "true false": "truefalse", "tf": "truefalse", "boolean": "truefalse",
    "number": "number", "numeric": "number", "numerical": "number",
    "text": "text", "short answer": "text", "shortanswer": "text", "fill in the blank": "text", "open": "text",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def column_name(key: str) -> str | None:
    """Which of our own columns a reduced header title names (`wrong 2` is "wrong2")."""
    wrong = re.fullmatch(r"(?:wrong|incorrect|distractor|wrong answer|incorrect answer|wrong option) ?([1-9])", key)
    if wrong:
        return f"wrong{wrong.group(1)}"
    for name, titles in _COLUMN_NAMES.items():
        if key in titles:
            return name
    return None


def match_header(row: list[Any]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, value in enumerate(row):
        name = column_name(header_key(value))
        if name:
            columns.setdefault(name, index)
    return columns if "prompt" in columns and "answer" in columns else None


def _risky(text: str) -> bool:
    """Whether a cell is written with a leading `'`: it starts like a formula, or like an escaped one."""
    return text.lstrip("'").startswith(_FORMULA_START)


def unescape_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text[1:] if text.startswith("'") and _risky(text[1:]) else text


def split_list(text: str) -> list[str]:
    """Values separated by `|`, where `\\|` is a bar and `\\\\` a backslash inside a value."""
    parts, current, index = [], [], 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text) and text[index + 1] in "|\\":
            current.append(text[index + 1])
            index += 2
            continue
        if ch == "|":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        index += 1
    parts.append("".join(current))
    return [tidy(p) for p in parts if tidy(p)]


def join_list(values: list[str]) -> str:
    return "|".join(v.replace("\\", "\\\\").replace("|", "\\|") for v in values)


# The layouts a CSV may have, tried on each row from the top; the first row one of them
# recognises is the header. Every titled column must then belong to that layout.
_LAYOUTS = (
    ("kahoot", kahoot.column_name, kahoot.match_header, kahoot.read_sheet),
    ("quizizz", quizizz.column_name, quizizz.match_header, quizizz.read_sheet),
    ("ours", column_name, match_header, None),
)
# The column titles are the layouts' own (what the file must hold), so they stay as they are.
# Translators: keep the column titles in the brackets exactly as they are: a file's header must match them
LAYOUT_HELP = N_(
    "The importer reads our own columns (at least 'prompt' and 'answer'; also id, type, wrong 1 ... wrong 5, "
    "accept, tolerance, unit, time limit, difficulty, explanation, tags, image, image alt), Kahoot's (Question, "
    "Answer 1 ... Answer 4, Time limit, Correct answer(s)) and Quizizz's (Question Text, Question Type, "
    "Option 1 ... Option 5, Correct Answer, Time in seconds, Image Link, Answer explanation)."
)


def import_csv(data: bytes, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    """Questions from a CSV whose header row is one of the known layouts, and only that.

    A column the layout does not know is never skipped or guessed at: the file is refused
    with the columns named, since a misread column gives wrong answers without a word.
    """
    sheet = read_csv(data, file)
    builder = PackBuilder(file)
    found = _find_layout(sheet)
    if found is None:
        titles = _titles(sheet)
        if not titles:
            raise FormatError(file, _("this CSV has no filled row, so it holds no questions"))
        raise FormatError(_first_filled(sheet), _("the columns of this CSV ({columns}) match no layout the importer "
                                                  "knows, and a layout is never guessed at. {layouts}").format(
                                                      columns=", ".join(titles), layouts=_(LAYOUT_HELP)))
    layout, namer, header, columns, reader = found
    _refuse_unknown_columns(sheet, header, columns, layout, namer)
    _report_untitled_columns(sheet, header, builder)
    if reader is not None:
        reader(sheet, builder, columns, header)
        return builder.finish(pack_id, title)
    base = Path(file).parent
    for index in range(header + 1, len(sheet.rows)):
        _read_row(sheet, index, columns, builder, base)
    return builder.finish(pack_id, title)


def _find_layout(sheet: Sheet):
    """(layout, its column namer, header row index, column map, row reader) of the first
    row a layout recognises; None when no row of the first ones is a header."""
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        for layout, namer, matcher, reader in _LAYOUTS:
            columns = matcher(row)
            if columns:
                return layout, namer, index, columns, reader
    return None


def _first_filled(sheet: Sheet) -> Location:
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        if any(str(cell).strip() for cell in row):
            return sheet.where(index)
    return Location(sheet.file)


def _titles(sheet: Sheet) -> list[str]:
    """The titles of the first filled row, quoted: what a refusal names."""
    for row in sheet.rows[:HEADER_SEARCH_ROWS]:
        titles = [f"'{str(cell).strip()}'" for cell in row if str(cell).strip()]
        if titles:
            return titles
    return []


def column_letter(index: int) -> str:
    """A spreadsheet's name for a 0-based column: A, B, ... Z, AA, AB..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _refuse_unknown_columns(sheet: Sheet, header: int, columns: dict[str, int], layout: str,
                            namer: Callable[[str], str | None]) -> None:
    """A FormatError naming every titled column the layout does not read (twice-named too)."""
    used = set(columns.values())
    row = sheet.rows[header]
    unknown = []
    for index, cell in enumerate(row):
        if index in used or not header_key(cell):
            continue
        field = namer(header_key(cell))
        if field in columns:
            title = _("'{title}' (column {column}), a second column for what column {first} holds").format(
                title=str(cell).strip(), column=column_letter(index), first=column_letter(columns[field]))
        else:
            title = _("'{title}' (column {column})").format(title=str(cell).strip(), column=column_letter(index))
        unknown.append(title)
    if unknown:
        count = len(unknown)
        if layout == "kahoot":
            message = ngettext(
                "this header is in Kahoot's layout, but {columns} is not in it, and a column is never guessed at: "
                "rename or remove it. {layouts}",
                "this header is in Kahoot's layout, but {columns} are not in it, and a column is never guessed at: "
                "rename or remove them. {layouts}", count)
        elif layout == "quizizz":
            message = ngettext(
                "this header is in Quizizz's layout, but {columns} is not in it, and a column is never guessed at: "
                "rename or remove it. {layouts}",
                "this header is in Quizizz's layout, but {columns} are not in it, and a column is never guessed at: "
                "rename or remove them. {layouts}", count)
        else:
            message = ngettext(
                "this header is in our own layout, but {columns} is not in it, and a column is never guessed at: "
                "rename or remove it. {layouts}",
                "this header is in our own layout, but {columns} are not in it, and a column is never guessed at: "
                "rename or remove them. {layouts}", count)
        # The columns are whole items, each with its own letter: a list, not a sentence.
        raise FormatError(sheet.where(header), message.format(columns="; ".join(unknown), layouts=_(LAYOUT_HELP)))


def _report_untitled_columns(sheet: Sheet, header: int, builder: PackBuilder) -> None:
    """Cells under no title are not read; say so unless they only number the rows."""
    titled = {i for i, cell in enumerate(sheet.rows[header]) if str(cell).strip()}
    held: dict[int, list[str]] = {}
    for row in sheet.rows[header + 1:]:
        for index, cell in enumerate(row):
            text = str(cell).strip()
            if index not in titled and text and parse_number(text) is None:
                held.setdefault(index, []).append(text)
    for index, texts in sorted(held.items()):
        shown = listing([f"'{t}'" for t in texts], limit=3)
        builder.warn(sheet.where(header), _("column {column} has no title, so what it holds ({cells}) was not read; "
                                            "give it a title the importer knows to use it").format(
                                                column=column_letter(index), cells=shown))


def _read_row(sheet: Sheet, index: int, columns: dict[str, int], builder: PackBuilder, base: Path) -> None:
    where = sheet.where(index)

    def cell(name: str) -> str:
        return tidy(unescape_cell(sheet.cell(index, columns.get(name))))

    prompt, answer = cell("prompt"), cell("answer")
    if not prompt and not answer:
        return
    if not prompt or not answer:
        builder.skip(where, "unreadable", _("a question needs both a prompt and an answer"))
        return
    wrong = [cell(f"wrong{n}") for n in range(1, 10)] + split_list(unescape_cell(sheet.cell(index, columns.get("wrong"))))
    wrong = [w for w in wrong if w]
    kind = _TYPE_NAMES.get(header_key(cell("type")), "") if cell("type") else ""
    if cell("type") and not kind:
        # Translators: choice, truefalse, number and text are what the type column may hold: keep them
        builder.skip(where, "unsupported", _("unknown question type '{type}' (use choice, truefalse, number or "
                                             "text)").format(type=cell("type")))
        return
    kind = kind or _guess_type(answer, wrong)
    common: dict[str, Any] = {"id": "q", "prompt": prompt, "explanation": cell("explanation") or None,
                              "tags": split_list(unescape_cell(sheet.cell(index, columns.get("tags"))))}
    if cell("time"):
        seconds = parse_number(cell("time"))
        if seconds is None:
            builder.warn(where, _("time limit '{time}' is not a number; the pack default is used").format(
                time=cell("time")))
        else:
            common["time_limit"], message = clamp_time_limit(seconds)
            if message:
                builder.warn(where, message)
    difficulty = cell("difficulty").lower()
    if difficulty:
        if difficulty in DIFFICULTIES:
            common["difficulty"] = difficulty
        else:
            # Translators: easy, medium and hard are what the difficulty column may hold: keep them
            builder.warn(where, _("difficulty '{difficulty}' is not easy, medium or hard; left out").format(
                difficulty=cell("difficulty")))
    if cell("image"):
        common["image"] = bring_in(builder, where, cell("image"), cell("alt"), base, source="csv")
    question = _build(builder, where, kind, answer, wrong, split_list(unescape_cell(sheet.cell(index, columns.get("accept")))),
                      cell("tolerance"), cell("unit"), common)
    if question is not None:
        builder.add(question, where, cell("id"))


def _guess_type(answer: str, wrong: list[str]) -> str:
    if option_key(answer) in ("true", "false") and not wrong:
        return "truefalse"
    if wrong:
        return "choice"
    return "number" if parse_number(answer) is not None else "text"


def _build(builder, where, kind, answer, wrong, accept, tolerance, unit, common) -> Question | None:
    if kind == "choice":
        if not wrong:
            builder.skip(where, "unreadable", _("a choice question needs at least one wrong option"))
            return None
        return ChoiceQuestion(answer=answer, wrong=wrong, **common)
    if kind == "truefalse":
        if option_key(answer) not in ("true", "false"):
            builder.skip(where, "unreadable", _("a truefalse answer must be true or false, not '{answer}'").format(
                answer=answer))
            return None
        return TrueFalseQuestion(answer=option_key(answer) == "true", **common)
    if kind == "number":
        value = parse_number(answer)
        numbers = [parse_number(w) for w in wrong]
        margin = parse_number(tolerance) if tolerance else 0
        if value is None or None in numbers or margin is None:
            builder.skip(where, "unreadable", _("a number question needs numbers for its answer, wrong options "
                                                "and tolerance"))
            return None
        return NumberQuestion(answer=value, tolerance=abs(margin), unit=unit, wrong=numbers, **common)
    return TextQuestion(answer=answer, accept=accept, wrong=wrong, **common)


# --- writing --------------------------------------------------------------------------

def escape_cell(value: Any) -> str:
    """A cell value that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else (format_number(value) if isinstance(value, (int, float)) and not
                                     isinstance(value, bool) else str(value))
    return "'" + text if _risky(text) else text


def export_csv(pack: Pack, file: str = "") -> ExportResult:
    """Every question a row in our own columns; `file` (the target) places picture paths."""
    exporter = Exporter(pack, file, "CSV")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    target_dir = Path(file).parent if file else None
    for question in pack.questions:
        wrong = [format_number(w) if not isinstance(w, str) else w for w in getattr(question, "wrong", [])]
        answer = question.answer
        if isinstance(question, TrueFalseQuestion):
            answer = "true" if question.answer else "false"
        row = [question.id, question.type, question.prompt, answer, *wrong,
               *[""] * (MAX_WRONG_OPTIONS - len(wrong)),
               join_list(question.accept) if isinstance(question, TextQuestion) else "",
               question.tolerance if isinstance(question, NumberQuestion) else "",
               question.unit if isinstance(question, NumberQuestion) else "",
               pack.time_limit_for(question), question.difficulty or "", question.explanation or "",
               join_list(question.tags), *_image_cells(pack, question, target_dir)]
        writer.writerow([escape_cell(v) for v in row])
        exporter.keep(question)
    exporter.lost_fields(("source", "meta"))
    return exporter.result(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))


def _image_cells(pack: Pack, question: Question, target_dir: Path | None) -> list[str]:
    if question.image is None:
        return ["", ""]
    path = question.image.file
    if pack.base_dir is not None and target_dir is not None:
        try:
            path = os.path.relpath(pack.base_dir / question.image.file, target_dir).replace(os.sep, "/")
        except ValueError:  # another drive on Windows
            path = str((pack.base_dir / question.image.file).resolve())
    return [path, question.image.alt]
