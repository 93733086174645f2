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
from typing import Any

from game.packs.formats import kahoot, quizizz
from game.packs.formats.common import (
    ExportResult, FormatError, ImportResult, PackBuilder, clamp_time_limit, parse_number,
)
from game.packs.formats.exporting import Exporter
from game.packs.formats.htmltext import tidy
from game.packs.formats.sheets import Sheet, find_header, header_key, read_csv
from game.packs.images import IMAGE_EXTENSIONS, MAX_IMAGE_BYTES, image_size
from game.packs.model import (
    DIFFICULTIES, MAX_WRONG_OPTIONS, ChoiceQuestion, Image, NumberQuestion, Pack, Question, TextQuestion,
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


def match_header(row: list[Any]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, value in enumerate(row):
        key = header_key(value)
        wrong = re.fullmatch(r"(?:wrong|incorrect|distractor|wrong answer|incorrect answer|wrong option) ?([1-9])", key)
        if wrong:
            columns.setdefault(f"wrong{wrong.group(1)}", index)
            continue
        for name, titles in _COLUMN_NAMES.items():
            if key in titles:
                columns.setdefault(name, index)
                break
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


def import_csv(data: bytes, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    sheet = read_csv(data, file)
    builder = PackBuilder(file)
    for module in (kahoot, quizizz):
        found = find_header(sheet, module.match_header)
        if found:
            module.read_sheet(sheet, builder, found[1], found[0])
            return builder.finish(pack_id, title)
    found = find_header(sheet, match_header)
    if not found:
        raise FormatError(file, "no header row with the columns of a question sheet was found: this CSV needs "
                                "at least 'prompt' and 'answer' columns (or Kahoot's or Quizizz's titles)")
    header, columns = found
    base = Path(file).parent
    for index in range(header + 1, len(sheet.rows)):
        _read_row(sheet, index, columns, builder, base)
    return builder.finish(pack_id, title)


def _read_row(sheet: Sheet, index: int, columns: dict[str, int], builder: PackBuilder, base: Path) -> None:
    where = sheet.where(index)

    def cell(name: str) -> str:
        return tidy(unescape_cell(sheet.cell(index, columns.get(name))))

    prompt, answer = cell("prompt"), cell("answer")
    if not prompt and not answer:
        return
    if not prompt or not answer:
        builder.skip(where, "unreadable", "a question needs both a prompt and an answer")
        return
    wrong = [cell(f"wrong{n}") for n in range(1, 10)] + split_list(unescape_cell(sheet.cell(index, columns.get("wrong"))))
    wrong = [w for w in wrong if w]
    kind = _TYPE_NAMES.get(header_key(cell("type")), "") if cell("type") else ""
    if cell("type") and not kind:
        builder.skip(where, "unsupported", f"unknown question type '{cell('type')}' (use choice, truefalse, "
                                           "number or text)")
        return
    kind = kind or _guess_type(answer, wrong)
    common: dict[str, Any] = {"id": "q", "prompt": prompt, "explanation": cell("explanation") or None,
                              "tags": split_list(unescape_cell(sheet.cell(index, columns.get("tags"))))}
    if cell("time"):
        seconds = parse_number(cell("time"))
        if seconds is None:
            builder.warn(where, f"time limit '{cell('time')}' is not a number; the pack default is used")
        else:
            common["time_limit"], message = clamp_time_limit(seconds)
            if message:
                builder.warn(where, message)
    difficulty = cell("difficulty").lower()
    if difficulty:
        if difficulty in DIFFICULTIES:
            common["difficulty"] = difficulty
        else:
            builder.warn(where, f"difficulty '{cell('difficulty')}' is not easy, medium or hard; left out")
    if cell("image"):
        common["image"] = _picture(builder, where, cell("image"), cell("alt"), base)
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
            builder.skip(where, "unreadable", "a choice question needs at least one wrong option")
            return None
        return ChoiceQuestion(answer=answer, wrong=wrong, **common)
    if kind == "truefalse":
        if option_key(answer) not in ("true", "false"):
            builder.skip(where, "unreadable", f"a truefalse answer must be true or false, not '{answer}'")
            return None
        return TrueFalseQuestion(answer=option_key(answer) == "true", **common)
    if kind == "number":
        value = parse_number(answer)
        numbers = [parse_number(w) for w in wrong]
        margin = parse_number(tolerance) if tolerance else 0
        if value is None or None in numbers or margin is None:
            builder.skip(where, "unreadable", "a number question needs numbers for its answer, wrong options "
                                              "and tolerance")
            return None
        return NumberQuestion(answer=value, tolerance=abs(margin), unit=unit, wrong=numbers, **common)
    return TextQuestion(answer=answer, accept=accept, wrong=wrong, **common)


def _picture(builder: PackBuilder, where, name: str, alt: str, base: Path) -> Image | None:
    if re.match(r"(?i)^(?:https?|ftp):|^//", name):
        builder.warn(where, f"image link '{name}' skipped: pictures are never downloaded; save the picture "
                            "beside the pack and name the file")
        return None
    path = (base / name) if not Path(name).is_absolute() else Path(name)
    if path.suffix.lower() not in IMAGE_EXTENSIONS:
        builder.warn(where, f"image '{name}' skipped: the game shows PNG and JPEG pictures only")
        return None
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_IMAGE_BYTES else b""
    except OSError:
        builder.warn(where, f"image '{name}' skipped: no such file next to the CSV ({path})")
        return None
    found = image_size(data[:64 * 1024])
    if found is None:
        builder.warn(where, f"image '{name}' skipped: not a readable PNG or JPEG of at most "
                            f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB")
        return None
    target = f"images/{path.name}"
    number = 2
    while target in builder.files and builder.files[target] != data:
        target = f"images/{path.stem}-{number}{path.suffix}"
        number += 1
    builder.files[target] = data
    if not alt:
        alt = path.stem.replace("_", " ").replace("-", " ")
        builder.warn(where, f"image '{name}' has no alt text; used '{alt}'")
    return Image(file=target, alt=alt)


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
