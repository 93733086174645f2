"""Quizizz (now Wayground) spreadsheets: reading the vendor's templates and variants, writing v2.

The vendor's header is row 1 (Question Text, Question Type, Option 1..5, Correct Answer,
Time in seconds, Image Link, and Answer explanation in the newer 11-column template) with a
help row 2 under it. Files made by other tools drop the help row or some columns, and store
numbers as text; columns are found by their titles and the help row by its wording.
"""

from __future__ import annotations

import io
import re
from typing import Any

from game.i18n import _, ngettext
from game.packs.formats.common import (
    ExportResult, FormatError, ImportResult, PackBuilder, choice_or_truefalse, clamp_time_limit, parse_number,
    plain_number, quoted,
)
from game.packs.formats.exporting import Exporter, nearest, place_answer, put
from game.packs.formats.htmltext import tidy
from game.packs.formats.sheets import Sheet, find_header, header_key, read_workbook, text_cell
from game.packs.model import NumberQuestion, Pack, TextQuestion

MAX_OPTIONS = 5
DEFAULT_TIME = 30
TIME_LIMITS = (5, 10, 20, 30, 45, 60, 120, 180, 300, 900)
HEADERS = ("Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4", "Option 5",
           "Correct Answer", "Time in seconds", "Image Link", "Answer explanation")
# Our own words for the row of instructions the vendor's template has under its header, in
# the same place; the importer above knows such a row by its "(required)" marks.
HELP_ROW = (
    "The question (required)",
    "Multiple Choice or Fill-in-the-Blank (optional; Multiple Choice when empty)",
    "First option (required)",
    "Second option (required)",
    "Third option (optional)",
    "Fourth option (optional)",
    "Fifth option (optional)",
    "Number of the correct option, 1 to 5 (empty for Fill-in-the-Blank)",
    "Seconds to answer (optional)",
    "Web link to a picture (optional)",
    "Shown after the answer (optional)",
)
SKIPPED_TYPES = {
    "checkbox": "multiple-response", "poll": "poll", "open ended": "open-ended", "draw": "draw",
}


def column_name(key: str) -> str | None:
    """Which Quizizz column a reduced header title names (`Option1` and `Time` as converters
    write them are the vendor's `Option 1` and `Time in seconds`)."""
    if key in ("question text", "question"):
        return "question"
    if key == "question type":
        return "type"
    if match := re.fullmatch(r"option ?([1-5])", key):
        return f"option{match.group(1)}"
    if re.fullmatch(r"correct(?: answers?(?: s)?)?(?: .*)?", key):
        return "correct"
    if key == "time" or key.startswith("time "):
        return "time"
    if key.startswith("image link") or key == "image":
        return "image"
    if key.startswith("answer explanation") or key == "explanation":
        return "explanation"
    return None


def match_header(row: list[Any]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, value in enumerate(row):
        name = column_name(header_key(value))
        if name:
            columns.setdefault(name, index)
    return columns if all(n in columns for n in ("question", "option1", "option2")) else None


def is_help_row(sheet: Sheet, index: int, columns: dict[str, int]) -> bool:
    """The vendor's row of instructions under the header (and simplified copies of it)."""
    question = header_key(sheet.cell(index, columns["question"]))
    if question.startswith("text of the question"):
        return True
    cells = " ".join(text_cell(v).lower() for v in (sheet.rows[index] if index < len(sheet.rows) else []))
    return "(required" in cells or "(default is multiple choice)" in cells


def read_sheet(sheet: Sheet, builder: PackBuilder, columns: dict[str, int], header_index: int) -> None:
    start = header_index + 1
    if start < len(sheet.rows) and is_help_row(sheet, start, columns):
        start += 1
    for index in range(start, len(sheet.rows)):
        where = sheet.where(index)
        prompt = tidy(text_cell(sheet.cell(index, columns["question"])))
        options = [(n, tidy(text_cell(sheet.cell(index, columns.get(f"option{n}"))))) for n in range(1, 6)]
        if not prompt:
            if any(text for _, text in options):
                builder.warn(where, _("options without a question; the row was left out"))
            continue
        kind = header_key(sheet.cell(index, columns.get("type"))) or "multiple choice"
        kind = kind.replace("fill in the blanks", "fill in the blank")
        if kind in SKIPPED_TYPES:
            # Translators: {type} is the type as the sheet writes it (Checkbox, Poll, Open Ended, Draw)
            builder.skip(where, SKIPPED_TYPES[kind], _("a question of type '{type}'").format(
                type=text_cell(sheet.cell(index, columns.get("type")))))
            continue
        if kind not in ("multiple choice", "fill in the blank"):
            builder.skip(where, "unsupported", _("unknown question type '{type}'").format(
                type=text_cell(sheet.cell(index, columns["type"]))))
            continue
        common: dict[str, Any] = {"id": "q"}
        seconds = sheet.cell(index, columns.get("time"))
        if text_cell(seconds):
            number = parse_number(seconds)
            if number is None:
                builder.warn(where, _("time limit '{time}' is not a number; used {seconds} s").format(
                    time=text_cell(seconds), seconds=DEFAULT_TIME))
                common["time_limit"] = DEFAULT_TIME
            else:
                common["time_limit"], message = clamp_time_limit(number)
                if message:
                    builder.warn(where, message)
        else:
            common["time_limit"] = DEFAULT_TIME
        explanation = tidy(text_cell(sheet.cell(index, columns.get("explanation"))))
        if explanation:
            common["explanation"] = explanation
        image = text_cell(sheet.cell(index, columns.get("image")))
        if image:
            # Translators: "image: {{file, alt}}" is what to write in the pack (YAML): keep it as it is
            builder.warn(where, _("image link '{link}' skipped: pictures are never downloaded; save the picture "
                                  "beside the pack and add image: {{file, alt}} to the question").format(link=image))
        filled = [(n, text) for n, text in options if text]
        if kind == "fill in the blank":
            if not filled:
                # Translators: Option 1 is the sheet's column title: keep it
                builder.skip(where, "unreadable", _("a fill-in-the-blank question needs its answer in Option 1"))
                continue
            question = TextQuestion(prompt=prompt, answer=filled[0][1], accept=[t for _, t in filled[1:]], **common)
            builder.add(question, where)
            continue
        correct_cell = sheet.cell(index, columns.get("correct"))
        correct = parse_correct(correct_cell)
        if correct is None:
            builder.skip(where, "unreadable", _("the correct answer '{correct}' is not an option number from 1 to "
                                                "{most}").format(correct=text_cell(correct_cell), most=MAX_OPTIONS))
            continue
        if len(correct) > 1:
            builder.skip(where, "multiple-response", ngettext(
                "{count} correct option ({numbers})", "{count} correct options ({numbers})", len(correct)).format(
                    count=len(correct), numbers=",".join(map(str, correct))))
            continue
        positions = [n for n, _ in filled]
        if len(filled) < 2:
            builder.skip(where, "unreadable", _("a multiple choice question needs at least two options"))
            continue
        if correct[0] not in positions:
            builder.skip(where, "unreadable", _("correct answer {number} points at an empty option").format(
                number=correct[0]))
            continue
        question = choice_or_truefalse(prompt, [t for _, t in filled], positions.index(correct[0]), **common)
        builder.add(question, where)


def parse_correct(value: Any) -> list[int] | None:
    number = parse_number(value)
    if isinstance(number, int):
        return [number] if 1 <= number <= MAX_OPTIONS else None
    parts = [p for p in re.split(r"[,;\s]+", text_cell(value)) if p]
    result: list[int] = []
    for part in parts:
        number = parse_number(part)
        if not isinstance(number, int) or not 1 <= number <= MAX_OPTIONS:
            return None
        if number not in result:
            result.append(number)
    return result or None


def import_quizizz(data: bytes, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    builder = PackBuilder(file)
    for sheet in read_workbook(data, file):
        found = find_header(sheet, match_header)
        if found:
            read_sheet(sheet, builder, found[1], found[0])
            return builder.finish(pack_id, title)
    # Translators: the titles in brackets are Quizizz's own column titles: keep them
    raise FormatError(file, _("no sheet has the Quizizz header row (Question Text, Question Type, Option 1, "
                              "Option 2, ... Correct Answer); is this a Quizizz or Wayground spreadsheet?"))


# --- writing --------------------------------------------------------------------------

def export_quizizz(pack: Pack, file: str = "") -> ExportResult:
    """The pack in the 11-column Quizizz/Wayground template, explanations included."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    exporter = Exporter(pack, file, "Quizizz")
    rows: list[tuple[Any, list[Any]]] = []
    for question in pack.questions:
        row: list[Any] = [question.prompt]
        if isinstance(question, (TextQuestion, NumberQuestion)):
            fill = _fill_in(exporter, question)
            if fill is None:
                continue
            row += ["Fill-in-the-Blank", *fill, *[None] * (MAX_OPTIONS - len(fill)), None]
        else:
            options = exporter.options_as_choice(question)
            if options is None:
                continue
            answer, wrong = options
            if len(wrong) > MAX_OPTIONS - 1:
                exporter.note(question, ngettext("only {count} options fit: dropped the wrong option {options}",
                                                 "only {count} options fit: dropped the wrong options {options}",
                                                 len(wrong) - (MAX_OPTIONS - 1)).format(
                                                     count=MAX_OPTIONS, options=quoted(wrong[MAX_OPTIONS - 1:])))
                wrong = wrong[:MAX_OPTIONS - 1]
            texts, position = place_answer(question, answer, wrong)
            row += ["Multiple Choice", *texts, *[None] * (MAX_OPTIONS - len(texts)), position + 1]
        seconds = pack.time_limit_for(question)
        allowed = nearest(TIME_LIMITS, seconds)
        if allowed != seconds:
            exporter.note(question, _("time limit {seconds} s written as {allowed} s (Quizizz allows "
                                      "{limits})").format(seconds=seconds, allowed=allowed,
                                                          limits=", ".join(map(str, TIME_LIMITS))))
        row += [allowed, None, question.explanation]
        rows.append((question, row))
        exporter.keep(question)
    exporter.lost_fields(("image", "tags", "difficulty", "source", "meta"))

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Create a Quiz"
    sheet.append(list(HEADERS))
    sheet.append(list(HELP_ROW))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for number, (question, values) in enumerate(rows, start=3):
        for column, value in enumerate(values, start=1):
            if value is not None:
                put(sheet, number, column, value, exporter, question)
    for column, width in zip("ABCDEFGHIJK", (60, 18, 24, 24, 24, 24, 24, 16, 16, 24, 48)):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    workbook.save(out)
    return exporter.result(out.getvalue())


def _fill_in(exporter: Exporter, question: TextQuestion | NumberQuestion) -> list[str] | None:
    """The accepted answers of a fill-in-the-blank row, with notes for what it cannot hold."""
    if isinstance(question, NumberQuestion):
        exporter.note(question, _number_as_text(question))
        return [plain_number(question.answer)]
    answers = [question.answer, *question.accept]
    if len(answers) > MAX_OPTIONS:
        exporter.note(question, ngettext("only {count} accepted answers fit: dropped {answers}",
                                         "only {count} accepted answers fit: dropped {answers}",
                                         MAX_OPTIONS).format(count=MAX_OPTIONS, answers=quoted(answers[MAX_OPTIONS:])))
        answers = answers[:MAX_OPTIONS]
    if question.wrong:
        exporter.note(question, _("its wrong options are not kept: a fill-in-the-blank row has no place for them"))
    return answers


def _number_as_text(question: NumberQuestion) -> str:
    """What a number question written as a fill-in-the-blank row loses, said in one sentence."""
    lost = (bool(question.tolerance), bool(question.unit), bool(question.wrong))
    sentences = {
        (False, False, False): lambda: _("written as a fill-in-the-blank question with the number as text"),
        (True, False, False): lambda: _("written as a fill-in-the-blank question with the number as text; its "
                                        "tolerance of {tolerance} is not kept"),
        (False, True, False): lambda: _("written as a fill-in-the-blank question with the number as text; its "
                                        "unit '{unit}' is not kept"),
        (False, False, True): lambda: _("written as a fill-in-the-blank question with the number as text; its "
                                        "wrong options are not kept"),
        (True, True, False): lambda: _("written as a fill-in-the-blank question with the number as text; its "
                                       "tolerance of {tolerance} and its unit '{unit}' are not kept"),
        (True, False, True): lambda: _("written as a fill-in-the-blank question with the number as text; its "
                                       "tolerance of {tolerance} and its wrong options are not kept"),
        (False, True, True): lambda: _("written as a fill-in-the-blank question with the number as text; its "
                                       "unit '{unit}' and its wrong options are not kept"),
        (True, True, True): lambda: _("written as a fill-in-the-blank question with the number as text; its "
                                      "tolerance of {tolerance} and its unit '{unit}' and its wrong options are "
                                      "not kept"),
    }
    return sentences[lost]().format(tolerance=plain_number(question.tolerance), unit=question.unit)
