"""Aiken: Moodle's simplest format, one multiple-choice question a paragraph.

    Which city hosted the 2014 Winter Games?
    A) Vancouver
    B) Sochi
    ANSWER: B

Read with Moodle's rules and error reports: an option or ANSWER line with no question
before it ("question not started"), a new question before the last one got its ANSWER line
("not completed before the next"), fewer than two options. Broken questions are reported
at their lines and the valid ones of the same file are imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.i18n import _, ngettext
from game.packs.formats.common import ExportResult, ImportResult, PackBuilder, choice_or_truefalse
from game.packs.formats.exporting import Exporter, place_answer
from game.packs.formats.htmltext import one_line
from game.packs.formats.sheets import decode_text
from game.packs.model import Pack

_OPTION = re.compile(r"^([A-Z])[).][ \t]?")
_ANSWER = re.compile(r"^ANSWER:")
MAX_OPTIONS = 26


@dataclass
class _Open:
    text: str
    line: int
    options: list[str] = field(default_factory=list)


def import_aiken(data: bytes, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    text = decode_text(data, file, "aiken")
    builder = PackBuilder(file)
    current: _Open | None = None
    line_number = 0
    for line_number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        line = raw.strip()
        if len(line) < 2:
            continue
        where = builder.where(line_number)
        if _OPTION.match(line):
            if current is None:
                builder.skip(where, "unreadable", _("question not started on line {line}: an option line needs a "
                                                    "question line above it").format(line=line_number))
                continue
            current.options.append(line[2:].strip())
        elif _ANSWER.match(line):
            if current is None:
                builder.skip(where, "unreadable", _("question not started on line {line}: an ANSWER line needs a "
                                                    "question and its options above it").format(line=line_number))
                continue
            _finish(builder, current, line, line_number)
            current = None
        else:
            if current is not None:
                builder.skip(where, "unreadable",
                             _("question not completed before next question start on line {line}: '{question}' "
                               "(line {start}) has no ANSWER line").format(line=line_number, question=current.text,
                                                                          start=current.line))
            current = _Open(line, line_number)
    if current is not None:
        builder.skip(builder.where(current.line), "unreadable",
                     _("question not completed at the end of the file: '{question}' has no ANSWER line").format(
                         question=current.text))
    return builder.finish(pack_id, title)


def _finish(builder: PackBuilder, question: _Open, line: str, line_number: int) -> None:
    where = builder.where(question.line)
    if len(question.options) < 2:
        builder.skip(builder.where(line_number), "unreadable",
                     _("question must have at least 2 answers on line {line}: '{question}'").format(
                         line=line_number, question=question.text))
        return
    letter = line.split(":", 1)[1].strip()[:1]
    index = ord(letter) - ord("A") if letter else -1
    if not 0 <= index < len(question.options):
        builder.skip(builder.where(line_number), "unreadable",
                     ngettext("ANSWER '{letter}' on line {line} names none of the {count} option of '{question}'",
                              "ANSWER '{letter}' on line {line} names none of the {count} options of '{question}'",
                              len(question.options)).format(letter=letter, line=line_number,
                                                            count=len(question.options), question=question.text))
        return
    builder.add(choice_or_truefalse(question.text, question.options, index, id="q"), where)


def export_aiken(pack: Pack, file: str = "") -> ExportResult:
    """Choice questions (true/false as a True/False choice); notes for everything else."""
    exporter = Exporter(pack, file, "Aiken")
    paragraphs = []
    for question in pack.questions:
        options = exporter.options_as_choice(question)
        if options is None:
            continue
        answer, wrong = options
        prompt = one_line(question.prompt)
        if prompt != question.prompt:
            exporter.note(question, _("line breaks in the question are written as spaces (Aiken questions are one "
                                      "line)"))
        if _OPTION.match(prompt) or _ANSWER.match(prompt) or len(prompt) < 2:
            exporter.drop(question, _("not written: the question would read as an option or ANSWER line in Aiken"))
            continue
        if len(wrong) + 1 > MAX_OPTIONS:
            exporter.drop(question, _("not written: Aiken holds at most {count} options").format(count=MAX_OPTIONS))
            continue
        texts, position = place_answer(question, one_line(answer), [one_line(w) for w in wrong])
        lines = [prompt] + [f"{chr(ord('A') + i)}) {text}" for i, text in enumerate(texts)]
        lines.append(f"ANSWER: {chr(ord('A') + position)}")
        paragraphs.append("\n".join(lines))
        exporter.keep(question)
    exporter.lost_fields(("explanation", "image", "tags", "difficulty", "time_limit", "source", "unit", "meta"))
    text = "\n\n".join(paragraphs) + ("\n" if paragraphs else "")
    return exporter.result(text.encode("utf-8"))
