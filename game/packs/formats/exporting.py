"""What exporters share: notes naming each question that had to change, and the common moves.

Every target holds less than a pack. An exporter writes what fits and says, question by
question, what was shortened, dropped or written differently; fields a target has no place
for at all are reported once, with the questions that had them.
"""

from __future__ import annotations

import random
import re
import zlib
from typing import Any

from game.i18n import _, ngettext
from game.packs.formats.common import ExportResult, Location, Note, listing, plain_number
from game.packs.model import (
    DEFAULT_TIME_LIMIT, ChoiceQuestion, NumberQuestion, Pack, Question, TextQuestion, TrueFalseQuestion,
)


def lost_field_message(name: str, count: int) -> str:
    """What a target that has no place for a pack field says about the questions that had it
    ({target} and {ids} still to fill)."""
    messages = {
        "explanation": lambda: ngettext(
            "explanations of {count} question are not kept: {target} has no place for them ({ids})",
            "explanations of {count} questions are not kept: {target} has no place for them ({ids})", count),
        "image": lambda: ngettext(
            "pictures of {count} question are not kept: {target} has no place for them ({ids})",
            "pictures of {count} questions are not kept: {target} has no place for them ({ids})", count),
        "tags": lambda: ngettext(
            "tags of {count} question are not kept: {target} has no place for them ({ids})",
            "tags of {count} questions are not kept: {target} has no place for them ({ids})", count),
        "difficulty": lambda: ngettext(
            "difficulty levels of {count} question are not kept: {target} has no place for them ({ids})",
            "difficulty levels of {count} questions are not kept: {target} has no place for them ({ids})", count),
        "source": lambda: ngettext(
            "source citations of {count} question are not kept: {target} has no place for them ({ids})",
            "source citations of {count} questions are not kept: {target} has no place for them ({ids})", count),
        "time_limit": lambda: ngettext(
            "time limits of {count} question are not kept: {target} has no place for them ({ids})",
            "time limits of {count} questions are not kept: {target} has no place for them ({ids})", count),
        "meta": lambda: ngettext(
            "extra data under 'meta' of {count} question are not kept: {target} has no place for them ({ids})",
            "extra data under 'meta' of {count} questions are not kept: {target} has no place for them ({ids})",
            count),
        "unit": lambda: ngettext(
            "units of {count} question are not kept: {target} has no place for them ({ids})",
            "units of {count} questions are not kept: {target} has no place for them ({ids})", count),
    }
    return messages[name]()


class Exporter:
    """Collects notes while a pack is written to one target."""

    def __init__(self, pack: Pack, target_file: str, target: str):
        self.pack = pack
        self.file = str(pack.path) if pack.path else pack.id  # notes point into the pack
        self.target_file = target_file
        self.target = target
        self.notes: list[Note] = []
        self.written = 0
        self.dropped = 0
        self.written_questions: list[Question] = []

    def note(self, question: Question | None, message: str) -> None:
        """A note at the pack; `message` (a whole sentence) names what happened to `question`."""
        if question is not None:
            # Translators: {id} is the question's id in the pack, {message} what happened to it
            message = _("question '{id}': {message}").format(id=question.id, message=message)
        self.notes.append(Note(Location(self.file), message))

    def drop(self, question: Question, message: str) -> None:
        """Leave `question` out; `message` says so and why ("not written: ...")."""
        self.note(question, message)
        self.dropped += 1

    def keep(self, question: Question) -> None:
        self.written += 1
        self.written_questions.append(question)

    def options_as_choice(self, question: Question, allow_truefalse: bool = True) -> tuple[str, list[str]] | None:
        """(answer, wrong options) for a target that only holds choice questions; None if dropped."""
        if isinstance(question, ChoiceQuestion):
            return question.answer, list(question.wrong)
        if isinstance(question, TrueFalseQuestion):
            if not allow_truefalse:
                self.drop(question, _("not written: {target} holds no true/false questions").format(
                    target=self.target))
                return None
            return ("True", ["False"]) if question.answer else ("False", ["True"])
        options = question.options()
        if not options:
            # Translators: {type} is the pack format's name of the question's type (number, text)
            self.drop(question, _("not written: {target} holds only choice questions, and this {type} question "
                                  "has no wrong options to offer").format(target=self.target, type=question.type))
            return None
        if isinstance(question, NumberQuestion) and question.tolerance:
            message = _("written as a choice question of its answer and wrong options; its tolerance of "
                        "{tolerance} is not kept").format(tolerance=plain_number(question.tolerance))
        elif isinstance(question, TextQuestion) and question.accept:
            message = _("written as a choice question of its answer and wrong options; its other accepted "
                        "answers are not kept")
        else:
            message = _("written as a choice question of its answer and wrong options")
        self.note(question, message)
        return options[0], options[1:]

    def lost_fields(self, fields: tuple[str, ...]) -> None:
        """One note per field the target cannot hold, naming the written questions that had it."""
        for name in fields:
            having = [q.id for q in self.written_questions if _has(q, name)]
            if name == "time_limit" and self.pack.defaults.time_limit != DEFAULT_TIME_LIMIT:
                self.note(None, _("the pack's default time limit ({seconds} s) is not kept: {target} has no "
                                  "place for it").format(seconds=self.pack.defaults.time_limit, target=self.target))
            if having:
                self.note(None, lost_field_message(name, len(having)).format(
                    count=len(having), target=self.target, ids=listing(having)))

    def result(self, data: bytes) -> ExportResult:
        if not self.pack.questions:
            self.note(None, _("the pack has no questions; the file holds none"))
        return ExportResult(data, list(self.notes), self.written, self.dropped)


def _has(question: Question, name: str) -> bool:
    value = getattr(question, name, None)
    return bool(value) if not isinstance(value, (int, float)) or isinstance(value, bool) else True


def shorten(exporter: Exporter, question: Question, what: str, text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis, and a note saying so. `what` is the
    part cut: "prompt", "answer" or "wrong"."""
    if len(text) <= limit:
        return text
    short = text[:limit - 1].rstrip() + "\u2026"
    if what == "prompt":
        message = _("the question shortened from {before} to {after} characters: '{text}'")
    elif what == "answer":
        message = _("the answer shortened from {before} to {after} characters: '{text}'")
    else:
        message = _("a wrong option shortened from {before} to {after} characters: '{text}'")
    exporter.note(question, message.format(before=len(text), after=len(short), text=short))
    return short


def answer_position(question_id: str, count: int) -> int:
    """Where the right answer goes among `count` options: fixed per question id, not always first."""
    return random.Random(zlib.crc32(question_id.encode("utf-8"))).randrange(count)


def place_answer(question: Question, answer: str, wrong: list[str]) -> tuple[list[str], int]:
    """Options in the order to write them and the 0-based position of the right one.

    True/false keeps True first; other answers go to a position fixed by the question id,
    so a written file is the same every time but the answer is not always option 1.
    """
    if isinstance(question, TrueFalseQuestion):
        texts = ["True", "False"]
        return texts, 0 if question.answer else 1
    position = answer_position(question.id, len(wrong) + 1)
    return wrong[:position] + [answer] + wrong[position:], position


def nearest(allowed: tuple[int, ...], seconds: int) -> int:
    """The allowed value closest to `seconds`; on a tie the longer one, which is kinder."""
    return min(allowed, key=lambda value: (abs(value - seconds), -value))


_NOT_IN_CELLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def put(sheet: Any, row: int, column: int, value: Any, exporter: Exporter, question: Question | None) -> None:
    """Write a cell as a value, never as a formula; characters a workbook cannot hold are dropped."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cleaned = _NOT_IN_CELLS.sub("", value)
        if cleaned != value:
            exporter.note(question, _("control characters a spreadsheet cannot hold were left out"))
        cell.value = cleaned
        cell.data_type = "s"
    else:
        cell.value = value
