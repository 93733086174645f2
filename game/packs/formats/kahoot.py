"""Kahoot's quiz spreadsheet: reading the vendor's template (both revisions) and writing it.

The template has instructions on top and its header in row 8 (columns B to H), questions
from row 9 and a prefilled number column A that does not make a row a question. Other
converters put the same titles in row 1 without the number column, so the header is found
by its titles, wherever it is. Correct answers are 1-based positions, as numbers or as
text like "1,3"; several correct answers make a multiple-response question, which the game
cannot play.
"""

from __future__ import annotations

import io
import re
from typing import Any

from game.i18n import _, ngettext
from game.packs.formats.common import (
    ExportResult, FormatError, ImportResult, PackBuilder, choice_or_truefalse, clamp_time_limit, parse_number,
    quoted,
)
from game.packs.formats.exporting import Exporter, nearest, place_answer, put, shorten
from game.packs.formats.htmltext import tidy
from game.packs.formats.sheets import Sheet, find_header, header_key, read_workbook, text_cell
from game.packs.model import Pack

HEADER_ROW = 8
MERGED_ROWS = (3, 4, 6)  # instruction lines spanning B to H
FIRST_DATA_ROW = 9
NUMBERED_ROWS = 100
PROMPT_LIMIT = 120
ANSWER_LIMIT = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
DEFAULT_TIME = 20
HEADERS = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)


def column_name(key: str) -> str | None:
    """Which Kahoot column a reduced header title names: the template's own titles, both
    revisions, and the short ones converters write (`Answer1`, `Time`, `Correct`)."""
    if re.fullmatch(r"question(?: max \d+ characters)?", key):
        return "question"
    if match := re.fullmatch(r"answer ?([1-4])(?: max \d+ characters)?", key):
        return f"answer{match.group(1)}"
    if key == "time" or key.startswith("time "):
        return "time"
    if re.fullmatch(r"correct(?: answers?(?: s)?)?(?: .*)?", key):
        return "correct"
    return None


def match_header(row: list[Any]) -> dict[str, int] | None:
    """Column of each Kahoot title in a row, or None when the row is not Kahoot's header."""
    columns: dict[str, int] = {}
    for index, value in enumerate(row):
        name = column_name(header_key(value))
        if name:
            columns.setdefault(name, index)
    needed = ("question", "answer1", "answer2", "correct")
    return columns if all(name in columns for name in needed) else None


def read_sheet(sheet: Sheet, builder: PackBuilder, columns: dict[str, int], header_index: int) -> None:
    """Every question row under the header; a row is a question when its question cell is filled."""
    for index in range(header_index + 1, len(sheet.rows)):
        where = sheet.where(index)
        prompt = tidy(text_cell(sheet.cell(index, columns["question"])))
        answers = [(n, tidy(text_cell(sheet.cell(index, columns.get(f"answer{n}"))))) for n in range(1, 5)]
        correct_cell = sheet.cell(index, columns["correct"])
        if not prompt:
            if any(text for _, text in answers):
                builder.warn(where, _("answers without a question; the row was left out"))
            continue
        filled = [(n, text) for n, text in answers if text]
        correct = parse_correct(correct_cell)
        if correct is None:
            builder.skip(where, "unreadable", _("the correct answer '{correct}' is not answer numbers such as 2 or "
                                                "1,3").format(correct=text_cell(correct_cell)))
            continue
        if len(correct) > 1:
            builder.skip(where, "multiple-response",
                         ngettext("{count} correct answer ({numbers}): the game plays questions with exactly one "
                                  "right answer",
                                  "{count} correct answers ({numbers}): the game plays questions with exactly one "
                                  "right answer", len(correct)).format(count=len(correct),
                                                                       numbers=",".join(map(str, correct))))
            continue
        if len(filled) < 2:
            builder.skip(where, "unreadable", _("a question needs at least two answers"))
            continue
        positions = [n for n, _ in filled]
        if correct[0] not in positions:
            builder.skip(where, "unreadable", _("correct answer {number} points at an empty answer cell").format(
                number=correct[0]))
            continue
        time_limit, message = kahoot_time(sheet.cell(index, columns.get("time")))
        if message:
            builder.warn(where, message)
        question = choice_or_truefalse(prompt, [text for _, text in filled], positions.index(correct[0]),
                                       id="q", time_limit=time_limit)
        builder.add(question, where)


def parse_correct(value: Any) -> list[int] | None:
    """Correct answer positions from a cell: 2, 2.0, "2" or "1,3"; None when unreadable."""
    number = parse_number(value)
    if isinstance(number, int):
        return [number] if 1 <= number <= MAX_ANSWERS else None
    parts = [p for p in re.split(r"[,;\s]+", text_cell(value)) if p]
    if not parts:
        return None
    result = []
    for part in parts:
        number = parse_number(part)
        if not isinstance(number, int) or not 1 <= number <= MAX_ANSWERS:
            return None
        if number not in result:
            result.append(number)
    return result


def kahoot_time(value: Any) -> tuple[int | None, str | None]:
    if value is None or text_cell(value) == "":
        return DEFAULT_TIME, None
    seconds = parse_number(value)
    if seconds is None:
        return DEFAULT_TIME, _("time limit '{time}' is not a number; used {seconds} s").format(
            time=text_cell(value), seconds=DEFAULT_TIME)
    return clamp_time_limit(seconds)


def import_kahoot(data: bytes, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    builder = PackBuilder(file)
    for sheet in read_workbook(data, file):
        found = find_header(sheet, match_header)
        if found:
            read_sheet(sheet, builder, found[1], found[0])
            return builder.finish(pack_id, title)
    # Translators: the titles in brackets are Kahoot's own column titles: keep them
    raise FormatError(file, _("no sheet has Kahoot's header row (Question - max 120 characters, Answer 1, Answer 2, "
                              "... Correct answer(s)); is this a Kahoot quiz spreadsheet?"))


# --- writing --------------------------------------------------------------------------

def export_kahoot(pack: Pack, file: str = "") -> ExportResult:
    """The pack in Kahoot's template layout, ready to upload; notes say what had to change."""
    import openpyxl
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    exporter = Exporter(pack, file, "Kahoot")
    rows = []
    for question in pack.questions:
        options = exporter.options_as_choice(question)
        if options is None:
            continue
        answer, wrong = options
        if len(wrong) > MAX_ANSWERS - 1:
            exporter.note(question, ngettext("only {count} answers fit: dropped the wrong option {options}",
                                             "only {count} answers fit: dropped the wrong options {options}",
                                             len(wrong) - (MAX_ANSWERS - 1)).format(
                                                 count=MAX_ANSWERS, options=quoted(wrong[MAX_ANSWERS - 1:])))
            wrong = wrong[:MAX_ANSWERS - 1]
        prompt = shorten(exporter, question, "prompt", question.prompt, PROMPT_LIMIT)
        answer = shorten(exporter, question, "answer", answer, ANSWER_LIMIT)
        wrong = [shorten(exporter, question, "wrong", w, ANSWER_LIMIT) for w in wrong]
        texts, position = place_answer(question, answer, wrong)
        seconds = pack.time_limit_for(question)
        allowed = nearest(TIME_LIMITS, seconds)
        if allowed != seconds:
            exporter.note(question, _("time limit {seconds} s written as {allowed} s (Kahoot allows {limits})").format(
                seconds=seconds, allowed=allowed, limits=", ".join(map(str, TIME_LIMITS))))
        rows.append((question, prompt, texts, allowed, position + 1))
        exporter.keep(question)
    exporter.lost_fields(("explanation", "image", "tags", "difficulty", "source", "unit", "meta"))

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    put(sheet, 2, 2, pack.title, exporter, None)
    sheet["B2"].font = Font(bold=True, size=14)
    # The sheet's own instructions are the file's content, in the vendor's language (English).
    count = f"{len(rows)} question" + ("" if len(rows) == 1 else "s")
    instructions = {
        3: "Write one question a row from row 9: the question, two to four answers, a time limit, "
           "and the number of the correct answer.",
        4: f"Questions may have up to {PROMPT_LIMIT} characters and answers up to {ANSWER_LIMIT}; "
           "longer text turns red. Separate several correct answers with commas.",
        5: f"Written by Torch Relay Quiz from the pack '{pack.id}' ({count}).",
        6: "Upload this .xlsx file to Kahoot as it is; other spreadsheet programs must save it as .xlsx.",
    }
    for row, text in instructions.items():
        sheet.cell(row=row, column=2, value=text)
    for row in MERGED_ROWS:
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
    for offset, title in enumerate(HEADERS):
        cell = sheet.cell(row=HEADER_ROW, column=2 + offset, value=title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    last_row = FIRST_DATA_ROW + max(NUMBERED_ROWS, len(rows)) - 1
    for number, row in enumerate(range(FIRST_DATA_ROW, last_row + 1), start=1):
        sheet.cell(row=row, column=1, value=number)
    for offset, (question, prompt, texts, seconds, correct) in enumerate(rows):
        row = FIRST_DATA_ROW + offset
        put(sheet, row, 2, prompt, exporter, question)
        for position, text in enumerate(texts):
            put(sheet, row, 3 + position, text, exporter, question)
        put(sheet, row, 7, seconds, exporter, question)
        put(sheet, row, 8, correct, exporter, question)
    times = DataValidation(type="list", formula1='"' + ",".join(map(str, TIME_LIMITS)) + '"', allow_blank=True)
    times.add(f"G{FIRST_DATA_ROW}:G{last_row}")
    sheet.add_data_validation(times)
    red = Font(color="FFFF0000")
    sheet.conditional_formatting.add(f"B{FIRST_DATA_ROW}:B{last_row}",
                                     FormulaRule(formula=[f"LEN(B{FIRST_DATA_ROW})>{PROMPT_LIMIT}"], font=red))
    sheet.conditional_formatting.add(f"C{FIRST_DATA_ROW}:F{last_row}",
                                     FormulaRule(formula=[f"LEN(C{FIRST_DATA_ROW})>{ANSWER_LIMIT}"], font=red))
    for column, width in zip("ABCDEFGH", (5, 60, 28, 28, 28, 28, 18, 18)):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    workbook.save(out)
    return exporter.result(out.getvalue())
