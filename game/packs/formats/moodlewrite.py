"""Writing a pack as Moodle XML that Moodle's question import accepts: one category per pack.

Texts are written as HTML (escaped, line breaks as <br>); a question's picture is embedded
as a base64 file, the way Moodle itself exports one; ids go to `idnumber`, tags to `<tags>`,
explanations to the general feedback. Feedback and partial credit kept under `meta` by an
earlier import are written back. Difficulty, time limits and citations have no place in a
Moodle question and are reported.
"""

from __future__ import annotations

import base64
import html
import re
from decimal import Decimal
from pathlib import PurePosixPath
from xml.sax.saxutils import escape, quoteattr

from game.i18n import _
from game.packs.formats.common import ExportResult, plain_number
from game.packs.formats.exporting import Exporter
from game.packs.formats.htmltext import one_line
from game.packs.formats.moodle import escape_stars, general_feedback, is_grade_option, right_answer_key, written_number
from game.packs.model import (
    ChoiceQuestion, NumberQuestion, Pack, Question, TextQuestion, TrueFalseQuestion, format_number,
)

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NAME_LENGTH = 60
KNOWN_META = ("feedback", "partial_credit")


class _Writer:
    def __init__(self, exporter: Exporter):
        self.exporter = exporter
        self.lines: list[str] = []
        self.question: Question | None = None

    def clean(self, text: str) -> str:
        cleaned = _NOT_XML.sub("", text)
        if cleaned != text:
            self.exporter.note(self.question, _("control characters XML cannot hold were left out"))
        return cleaned

    def html(self, text: str) -> str:
        return html.escape(self.clean(text), quote=False).replace("\n", "<br>\n")

    def text_element(self, tag: str, text: str, text_format: str = "html", extra: str = "") -> None:
        body = self.html(text) if text_format == "html" else self.clean(text)
        self.lines.append(f'    <{tag} format="{text_format}">\n      <text>{escape(body)}</text>{extra}\n    </{tag}>')

    def answer(self, text: str, percent: int | float, feedback: str, text_format: str = "html",
               tolerance: str | None = None) -> None:
        body = self.html(text) if text_format == "html" else self.clean(text)
        self.lines.append(f'    <answer fraction="{plain_number(percent)}" format="{text_format}">')
        self.lines.append(f"      <text>{escape(body)}</text>")
        self.lines.append(f'      <feedback format="html">\n        <text>{escape(self.html(feedback))}</text>\n'
                          "      </feedback>")
        if tolerance is not None:
            self.lines.append(f"      <tolerance>{tolerance}</tolerance>")
        self.lines.append("    </answer>")


def export_moodle_xml(pack: Pack, file: str = "") -> ExportResult:
    exporter = Exporter(pack, file, "Moodle XML")
    writer = _Writer(exporter)
    writer.lines += ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>", "  <!-- question: 0  -->",
                     '  <question type="category">',
                     f"    <category>\n      <text>{escape(writer.clean('$course$/top/' + one_line(pack.title).replace('/', '//')))}"
                     "</text>\n    </category>"]
    writer.text_element("info", pack.description)
    writer.lines.append("  </question>")
    for number, question in enumerate(pack.questions, start=1):
        writer.question = question
        writer.lines.append(f"\n  <!-- question: {number}  -->")
        _question(writer, pack, question)
        exporter.keep(question)
    writer.lines.append("</quiz>\n")
    extra_meta = [q.id for q in exporter.written_questions if q.meta and set(q.meta) - set(KNOWN_META)]
    if extra_meta:
        exporter.note(None, _("meta other than feedback and partial credit is not kept ({ids})").format(
            ids=", ".join(extra_meta)))
    exporter.lost_fields(("difficulty", "time_limit", "source"))
    return exporter.result("\n".join(writer.lines).encode("utf-8"))


def _question(writer: _Writer, pack: Pack, question: Question) -> None:
    kinds = {ChoiceQuestion: "multichoice", TrueFalseQuestion: "truefalse", TextQuestion: "shortanswer",
             NumberQuestion: "numerical"}
    writer.lines.append(f'  <question type="{kinds[type(question)]}">')
    name = one_line(question.prompt)
    if len(name) > NAME_LENGTH:
        name = name[:NAME_LENGTH - 1].rstrip() + "\u2026"
    writer.lines.append(f"    <name>\n      <text>{escape(writer.clean(name))}</text>\n    </name>")
    _question_text(writer, pack, question)
    meta = question.meta or {}
    feedback = meta.get("feedback") if isinstance(meta.get("feedback"), dict) else {}
    writer.text_element("generalfeedback", general_feedback(question, feedback))
    writer.lines += ["    <defaultgrade>1</defaultgrade>", "    <penalty>0.3333333</penalty>",
                     "    <hidden>0</hidden>", f"    <idnumber>{escape(question.id)}</idnumber>"]
    credit = _credit(writer, meta)
    if isinstance(question, ChoiceQuestion):
        writer.lines += ["    <single>true</single>", "    <shuffleanswers>true</shuffleanswers>",
                         "    <answernumbering>abc</answernumbering>"]
        writer.answer(question.answer, 100, feedback.get(question.answer, ""))
        for option in question.wrong:
            writer.answer(option, credit.get(option, 0), feedback.get(option, ""))
    elif isinstance(question, TrueFalseQuestion):
        writer.answer("true", 100 if question.answer else 0, feedback.get("True", ""), "moodle_auto_format")
        writer.answer("false", 0 if question.answer else 100, feedback.get("False", ""), "moodle_auto_format")
    elif isinstance(question, TextQuestion):
        writer.lines.append("    <usecase>0</usecase>")
        for text in [question.answer, *question.accept]:
            writer.answer(escape_stars(text), 100, feedback.get(text, ""), "moodle_auto_format")
        for text, percent in credit.items():
            writer.answer(escape_stars(text), percent, feedback.get(text, ""), "moodle_auto_format")
        for text in question.wrong:
            writer.answer(escape_stars(text), 0, feedback.get(text, ""), "moodle_auto_format")
        if feedback.get("*"):
            writer.answer("*", 0, feedback["*"], "moodle_auto_format")
    else:
        _numerical(writer, question, feedback, meta)
    if question.tags:
        writer.lines.append("    <tags>")
        writer.lines += [f"      <tag><text>{escape(writer.clean(tag))}</text></tag>" for tag in question.tags]
        writer.lines.append("    </tags>")
    writer.lines.append("  </question>")


def _question_text(writer: _Writer, pack: Pack, question: Question) -> None:
    body = f"<p>{writer.html(question.prompt)}</p>"
    files = ""
    if question.image is not None:
        data = None
        if pack.base_dir is not None:
            try:
                data = (pack.base_dir / question.image.file).read_bytes()
            except OSError:
                data = None
        if data is None:
            writer.exporter.note(question, _("picture '{file}' could not be read, so it is not embedded").format(
                file=question.image.file))
        else:
            name = PurePosixPath(question.image.file.replace("\\", "/")).name
            body += (f'<p><img src="@@PLUGINFILE@@/{html.escape(name)}" '
                     f"alt={quoteattr(writer.clean(question.image.alt))}></p>")
            files = (f'\n      <file name={quoteattr(name)} path="/" encoding="base64">'
                     f"{base64.b64encode(data).decode('ascii')}</file>")
    writer.lines.append(f'    <questiontext format="html">\n      <text>{escape(body)}</text>{files}\n'
                        "    </questiontext>")


def _credit(writer: _Writer, meta: dict) -> dict:
    """Partial credit kept from an earlier import, by answer; grades Moodle lacks are dropped."""
    result = {}
    entries = meta.get("partial_credit") if isinstance(meta.get("partial_credit"), list) else []
    for entry in entries:
        if not isinstance(entry, dict) or "answer" not in entry or "percent" not in entry:
            continue
        try:
            percent = Decimal(str(entry["percent"]))
        except ArithmeticError:
            continue
        if not is_grade_option(percent):
            writer.exporter.note(writer.question, _("partial credit {percent}% is not a Moodle grade; written as "
                                                    "0%").format(percent=entry["percent"]))
            percent = Decimal(0)
        key = entry["answer"] if isinstance(entry["answer"], str) else (
            format_number(entry["answer"]), format_number(entry.get("tolerance", 0)))
        result[key] = float(percent) if percent != percent.to_integral_value() else int(percent)
    return result


def _numerical(writer: _Writer, question: NumberQuestion, feedback: dict, meta: dict) -> None:
    """Numbers and tolerances written out in full (0.00001), feedback found by its meta key."""
    writer.answer(plain_number(question.answer), 100, feedback.get(right_answer_key(question), ""),
                  "moodle_auto_format", plain_number(question.tolerance))
    for entry, percent in _credit(writer, meta).items():
        if isinstance(entry, tuple):
            value, tolerance = entry
            writer.answer(written_number(value), percent,
                          feedback.get(value if tolerance == "0" else f"{value}:{tolerance}", ""),
                          "moodle_auto_format", written_number(tolerance))
    for value in question.wrong:
        writer.answer(plain_number(value), 0, feedback.get(format_number(value), ""), "moodle_auto_format", "0")
    if feedback.get("*"):
        writer.answer("*", 0, feedback["*"], "moodle_auto_format", "0")
    if question.unit:
        writer.lines += ["    <units>", "      <unit>", "        <multiplier>1</multiplier>",
                         f"        <unit_name>{escape(writer.clean(question.unit))}</unit_name>",
                         "      </unit>", "    </units>", "    <unitgradingtype>0</unitgradingtype>",
                         "    <unitpenalty>0.1000000</unitpenalty>", "    <showunits>0</showunits>",
                         "    <unitsleft>0</unitsleft>"]
