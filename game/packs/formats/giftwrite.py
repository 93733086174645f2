"""Writing a pack as Moodle GIFT text.

One question a paragraph: tags in a `// [tag:...]` comment, the id as `::title::`, answers
one a line, the explanation as general feedback (`####`). Control characters are escaped;
a text that would read as HTML or as a format mark is written in `[plain]` format so that
Moodle shows it exactly. Pictures, units, difficulty, time limits and citations have no
place in GIFT and are reported.
"""

from __future__ import annotations

import re
from decimal import Decimal

from game.i18n import _, ngettext
from game.packs.formats.common import ExportResult, listing, plain_number
from game.packs.formats.exporting import Exporter
from game.packs.formats.htmltext import looks_like_html, one_line
from game.packs.formats.moodle import general_feedback, is_grade_option, right_answer_key, written_number
from game.packs.model import (
    ChoiceQuestion, NumberQuestion, Pack, Question, TextQuestion, TrueFalseQuestion, format_number,
)

_CONTROL = "~=#{}:"


def escape(text: str) -> str:
    """GIFT text: backslash and control characters escaped, line breaks as \\n."""
    text = text.replace("\\", "\\\\")
    for ch in _CONTROL:
        text = text.replace(ch, "\\" + ch)
    return text.replace("\r\n", "\n").replace("\n", "\\n")


_WEIGHT_LIKE = re.compile(r"^%-*[0-9]{1,2}\.?[0-9]*%")


def _needs_plain(text: str) -> bool:
    return looks_like_html(text) or text.startswith("[")


def _short(text: str) -> str:
    """A short answer: a piece whose '*' is a star, not Moodle's wildcard."""
    return piece(text).replace("*", "\\*")


def piece(text: str) -> str:
    """An answer or feedback text: escaped, and marked plain when it starts like a format mark."""
    return ("[plain]" if text.startswith("[") else "") + escape(text)


def export_gift(pack: Pack, file: str = "") -> ExportResult:
    exporter = Exporter(pack, file, "GIFT")
    parts = [f"// {one_line(pack.title)} (Torch Relay Quiz pack '{pack.id}')",
             f"$CATEGORY: $course$/top/{one_line(pack.title).replace('/', '//')}"]
    for question in pack.questions:
        text = _question(exporter, question)
        if text is not None:
            parts.append(text)
            exporter.keep(question)
    if any(q.image for q in exporter.written_questions):
        exporter.lost_fields(("image",))
    units = [q.id for q in exporter.written_questions if isinstance(q, NumberQuestion) and q.unit]
    if units:
        exporter.note(None, ngettext("units of {count} question are not kept: GIFT has no place for them ({ids})",
                                     "units of {count} questions are not kept: GIFT has no place for them ({ids})",
                                     len(units)).format(count=len(units), ids=listing(units)))
    exporter.lost_fields(("difficulty", "time_limit", "source"))
    return exporter.result(("\n\n".join(parts) + "\n").encode("utf-8"))


def _question(exporter: Exporter, question: Question) -> str | None:
    meta = question.meta or {}
    feedback = meta.get("feedback") if isinstance(meta.get("feedback"), dict) else {}
    texts = [question.prompt, question.explanation or "", *[str(v) for v in feedback.values()]]
    texts += [str(o) for o in getattr(question, "wrong", [])] + list(getattr(question, "accept", []))
    if isinstance(question, (ChoiceQuestion, TextQuestion)):
        texts.append(question.answer)
    plain = any(_needs_plain(t) for t in texts)

    def fb(key: str) -> str:
        return f"#{piece(feedback[key])}" if feedback.get(key) else ""

    lines = []
    bad_tags = [t for t in question.tags if "]" in t]
    if bad_tags:
        exporter.note(question, ngettext("a tag with ']' cannot be written in GIFT: {tags}",
                                         "tags with ']' cannot be written in GIFT: {tags}",
                                         len(bad_tags)).format(tags=", ".join(bad_tags)))
    tags = [t for t in question.tags if "]" not in t]
    if tags:
        lines.append("// " + " ".join(f"[tag:{t}]" for t in tags))
    head = f"::{escape(question.id)}::{'[plain]' if plain else ''}{escape(question.prompt)}"
    credit = _credit(exporter, question, meta)
    general = general_feedback(question, feedback)
    if isinstance(question, TrueFalseQuestion):
        right, wrong = ("True", "False") if question.answer else ("False", "True")
        body = "TRUE" if question.answer else "FALSE"
        if feedback.get(wrong) or feedback.get(right):
            body += "#" + piece(feedback.get(wrong, "")) + (f"#{piece(feedback[right])}" if feedback.get(right) else "")
        if general:
            body += "####" + piece(general)
        lines.append(head + "{" + body + "}")
        return "\n".join(lines)
    answers: list[str] = []
    if isinstance(question, ChoiceQuestion):
        answers.append(f"={piece(question.answer)}{fb(question.answer)}")
        for option in question.wrong:
            percent = credit.get(option)
            mark = f"~%{plain_number(percent)}%" if percent else ("~%0%" if _WEIGHT_LIKE.match(option) else "~")
            answers.append(f"{mark}{piece(option)}{fb(option)}")
    elif isinstance(question, TextQuestion):
        everything = [question.answer, *question.accept, *question.wrong, *credit]
        if any("->" in a for a in everything):
            exporter.drop(question, _("not written: an answer holds '->', which Moodle's GIFT reader takes for a "
                                      "matching pair"))
            return None
        answers += [f"={'%100%' if _WEIGHT_LIKE.match(a) else ''}{_short(a)}{fb(a)}"
                    for a in [question.answer, *question.accept]]
        answers += [f"=%{plain_number(p)}%{_short(a)}{fb(a)}" for a, p in credit.items() if isinstance(a, str)]
        answers += [f"=%0%{_short(w)}{fb(w)}" for w in question.wrong]
        if feedback.get("*"):
            answers.append(f"=%0%*{fb('*')}")
    else:
        answers += _numerical(question, feedback, credit)
    if general:
        answers.append("####" + piece(general))
    lines.append(head + "{" + ("#" if isinstance(question, NumberQuestion) else ""))
    lines += ["\t" + a for a in answers]
    lines.append("}")
    return "\n".join(lines)


def _numerical(question: NumberQuestion, feedback: dict, credit: dict) -> list[str]:
    """`=value:tolerance` lines written out in full (0.00001, as every GIFT reader takes);
    feedback is found by the meta key the importer gave it."""
    def key(value: str, tolerance: str) -> str:
        return value if tolerance == "0" else f"{value}:{tolerance}"

    def fb(name: str) -> str:
        return f"#{piece(feedback[name])}" if feedback.get(name) else ""

    lines = [f"={plain_number(question.answer)}:{plain_number(question.tolerance)}"
             f"{fb(right_answer_key(question))}"]
    for entry, percent in credit.items():
        if isinstance(entry, tuple):
            lines.append(f"=%{plain_number(percent)}%{written_number(entry[0])}:{written_number(entry[1])}"
                         f"{fb(key(*entry))}")
    lines += [f"=%0%{plain_number(w)}:0{fb(format_number(w))}" for w in question.wrong]
    if feedback.get("*"):
        lines.append(f"~{fb('*')}")
    return lines


def _credit(exporter: Exporter, question: Question, meta: dict) -> dict:
    result: dict = {}
    entries = meta.get("partial_credit") if isinstance(meta.get("partial_credit"), list) else []
    for entry in entries:
        if not isinstance(entry, dict) or "answer" not in entry or "percent" not in entry:
            continue
        try:
            percent = Decimal(str(entry["percent"]))
        except ArithmeticError:
            continue
        if not is_grade_option(percent):
            exporter.note(question, _("partial credit {percent}% is not a Moodle grade; written as 0%").format(
                percent=entry["percent"]))
            continue
        number = float(percent) if percent != percent.to_integral_value() else int(percent)
        if isinstance(entry["answer"], str):
            result[entry["answer"]] = number
        else:
            result[(format_number(entry["answer"]), format_number(entry.get("tolerance", 0)))] = number
    return result

