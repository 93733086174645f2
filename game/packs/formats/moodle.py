"""Moodle's question semantics, shared by the Moodle XML and GIFT importers and exporters.

Both formats describe a question as a type, a text, general feedback and a list of answers,
each with a grade (a percentage: 100 is fully right) and its own feedback. This module turns
that description into pack questions the way Moodle reads it: one fully right answer for a
choice question, every fully right answer accepted for short answers, the fully right
number and its tolerance for numerical questions. What a pack question has no field for
(partial credit, feedback on each answer) is kept under `meta` so that exporting back to
Moodle gives it again, and the importer is told about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from game.i18n import _, ngettext
from game.packs.formats.common import Location, PackBuilder, decimal_to_number, plain_number, quoted
from game.packs.model import ChoiceQuestion, NumberQuestion, Question, TextQuestion, TrueFalseQuestion, format_number

FULL = Decimal(100)
# The grades Moodle offers for an answer, as fractions of the question's mark.
GRADE_FRACTIONS = tuple(Decimal(g) for g in (
    "1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667", "0.6", "0.5", "0.4", "0.3333333", "0.3",
    "0.25", "0.2", "0.1666667", "0.1428571", "0.125", "0.1111111", "0.1", "0.05", "0",
))
CATCH_ALL = "*"


@dataclass
class MoodleAnswer:
    """One answer as Moodle stores it: text, grade in percent, feedback, numeric tolerance."""

    text: str
    percent: Decimal
    feedback: str = ""
    tolerance: Decimal | None = None
    line: int | None = None

    @property
    def fully_right(self) -> bool:
        return self.percent == FULL


def is_grade_option(percent: Decimal) -> bool:
    """Whether a grade is one Moodle offers (Moodle refuses the others when importing)."""
    fraction = abs(percent) / FULL
    return any(abs(fraction - g) < Decimal("0.00001") for g in GRADE_FRACTIONS)


def number_key(answer: MoodleAnswer) -> str:
    """How a numeric answer is named in `meta`: "1822", or "1822:2" with a tolerance."""
    value = decimal_to_number(Decimal(answer.text))
    tolerance = decimal_to_number(answer.tolerance or Decimal(0))
    return format_number(value) if not tolerance else f"{format_number(value)}:{format_number(tolerance)}"


def _meta(feedback: dict[str, str], credit: list[dict[str, Any]]) -> dict[str, Any] | None:
    meta: dict[str, Any] = {}
    if credit:
        meta["partial_credit"] = credit
    if feedback:
        meta["feedback"] = feedback
    return meta or None


def _explanation(general: str, feedback: dict[str, str], right: str) -> str | None:
    return general or feedback.get(right) or None


def build_multichoice(builder: PackBuilder, where: Location, prompt: str, answers: list[MoodleAnswer],
                      single: bool, general: str, **common: Any) -> Question | None:
    positive = [a for a in answers if a.percent > 0]
    if not single:
        builder.skip(where, "multiple-response", ngettext(
            "Moodle lets students tick several answers here ({count} answer earns marks)",
            "Moodle lets students tick several answers here ({count} answers earn marks)",
            len(positive)).format(count=len(positive)))
        return None
    full = [a for a in answers if a.fully_right]
    if len(full) > 1:
        builder.skip(where, "multiple-response", ngettext(
            "{count} answer is fully right: {answers}", "{count} answers are fully right: {answers}",
            len(full)).format(count=len(full), answers=quoted(a.text for a in full)))
        return None
    if not full:
        builder.skip(where, "unreadable", _("no answer is graded 100%, so there is no right answer"))
        return None
    options = []
    for answer in answers:
        if not answer.text:
            builder.warn(where if answer.line is None else Location(where.file, answer.line),
                         _("an answer with no text was left out"))
            continue
        options.append(answer)
    right = full[0]
    if right not in options:
        builder.skip(where, "unreadable", _("the right answer has no text"))
        return None
    feedback = {a.text: a.feedback for a in options if a.feedback}
    credit = [{"answer": a.text, "percent": decimal_to_number(a.percent)}
              for a in options if not a.fully_right and a.percent != 0]
    _report_credit(builder, where, credit)
    wrong = [a.text for a in options if a is not right]
    return ChoiceQuestion(prompt=prompt, answer=right.text, wrong=wrong, meta=_meta(feedback, credit),
                          explanation=_explanation(general, feedback, right.text), **common)


def build_truefalse(builder: PackBuilder, where: Location, prompt: str, right: bool, general: str,
                    feedback_true: str = "", feedback_false: str = "", **common: Any) -> Question:
    feedback = {k: v for k, v in (("True", feedback_true), ("False", feedback_false)) if v}
    return TrueFalseQuestion(prompt=prompt, answer=right, meta=_meta(feedback, []),
                             explanation=_explanation(general, feedback, "True" if right else "False"), **common)


def build_shortanswer(builder: PackBuilder, where: Location, prompt: str, answers: list[MoodleAnswer],
                      general: str, **common: Any) -> Question | None:
    usable = []
    for answer in answers:
        if answer.text != CATCH_ALL and re.search(r"(?<!\\)\*", answer.text):
            builder.warn(where, _("the answer '{answer}' uses Moodle's '*' wildcard, which cannot be matched here; "
                                  "it was left out").format(answer=answer.text))
            continue
        if answer.text != CATCH_ALL:
            answer.text = answer.text.replace("\\*", "*")
        if answer.text:
            usable.append(answer)
    full = [a for a in usable if a.fully_right]
    if not full:
        builder.skip(where, "unreadable", _("no answer is graded 100%, so there is no right answer"))
        return None
    feedback = {a.text: a.feedback for a in usable if a.feedback}
    credit = [{"answer": a.text, "percent": decimal_to_number(a.percent)}
              for a in usable if not a.fully_right and a.percent != 0 and a.text != CATCH_ALL]
    _report_credit(builder, where, credit)
    wrong = [a.text for a in usable if a.percent == 0 and a.text != CATCH_ALL]
    return TextQuestion(prompt=prompt, answer=full[0].text, accept=[a.text for a in full[1:]], wrong=wrong,
                        meta=_meta(feedback, credit), explanation=_explanation(general, feedback, full[0].text),
                        **common)


def build_numerical(builder: PackBuilder, where: Location, prompt: str, answers: list[MoodleAnswer],
                    general: str, unit: str = "", **common: Any) -> Question | None:
    numbers = []
    feedback: dict[str, str] = {}
    for answer in answers:
        if answer.text == CATCH_ALL or answer.text == "":
            if answer.feedback:
                feedback[CATCH_ALL] = answer.feedback
            continue
        try:
            Decimal(answer.text)
        except ArithmeticError:
            builder.skip(where, "unreadable", _("the numeric answer '{answer}' is not a number").format(
                answer=answer.text))
            return None
        numbers.append(answer)
        if answer.feedback:
            kept = feedback.setdefault(number_key(answer), answer.feedback)
            if kept != answer.feedback:
                builder.warn(where, _("the feedback '{feedback}' of a second '{answer}' answer is not kept; the "
                                      "first one's is").format(feedback=answer.feedback, answer=number_key(answer)))
    full = [a for a in numbers if a.fully_right]
    if not full:
        builder.skip(where, "unreadable", _("no numeric answer is graded 100%"))
        return None
    right = _one_range(full)
    keys = list(dict.fromkeys(f"'{number_key(a)}'" for a in full))
    if right is None:
        builder.skip(where, "several-numbers", _several_right(keys, _(
            "{answers} are both fully right, and no one range holds just them: a number question here has one "
            "right number with a tolerance"), _(
            "{answers} are all fully right, and no one range holds just them: a number question here has one "
            "right number with a tolerance")))
        return None
    if len(keys) > 1:
        tolerance = right.tolerance or Decimal(0)
        low, high = Decimal(right.text) - tolerance, Decimal(right.text) + tolerance
        values = {"low": plain_number(low), "high": plain_number(high), "kept": number_key(right)}
        builder.warn(where, _several_right(keys, _(
            "{answers} are both fully right; together they accept {low} to {high}, kept as {kept}"), _(
            "{answers} are all fully right; together they accept {low} to {high}, kept as {kept}"), **values))
    credit = [{"answer": decimal_to_number(Decimal(a.text)), "tolerance": decimal_to_number(a.tolerance or Decimal(0)),
               "percent": decimal_to_number(a.percent)} for a in numbers if not a.fully_right and a.percent != 0]
    _report_credit(builder, where, credit)
    wrong = []
    for answer in numbers:
        if answer.percent == 0:
            value = decimal_to_number(Decimal(answer.text))
            if value not in wrong and value != decimal_to_number(Decimal(right.text)):
                wrong.append(value)
    return NumberQuestion(prompt=prompt, answer=decimal_to_number(Decimal(right.text)),
                          tolerance=decimal_to_number(right.tolerance or Decimal(0)), unit=unit, wrong=wrong,
                          meta=_meta(feedback, credit),
                          explanation=_explanation(general, feedback, number_key(full[0])), **common)


def _several_right(keys: list[str], both: str, every: str, **values: str) -> str:
    """A message about several fully right numbers: `both` for two, `every` for more (or one)."""
    if len(keys) > 1:
        # Translators: joins the last two of a list of answers: "'5', '6' and '7'"
        answers = _("{items} and {last}").format(items=", ".join(keys[:-1]), last=keys[-1])
    else:
        answers = keys[0]
    return (both if len(keys) == 2 else every).format(answers=answers, **values)


def _one_range(full: list[MoodleAnswer]) -> MoodleAnswer | None:
    """One answer accepting exactly what the fully right answers accept together, when their
    ranges join into one (one inside another, overlapping or touching); None otherwise."""
    ranges = sorted(((Decimal(a.text) - (a.tolerance or 0), Decimal(a.text) + (a.tolerance or 0), a) for a in full),
                    key=lambda span: span[:2])
    low, high = ranges[0][0], ranges[0][1]
    for start, end, _ in ranges[1:]:
        if start > high:
            return None
        high = max(high, end)
    for start, end, answer in ranges:
        if (start, end) == (low, high):
            return answer
    middle = (low + high) / 2
    return MoodleAnswer(plain_number(middle), FULL, full[0].feedback, (high - low) / 2, full[0].line)


def _report_credit(builder: PackBuilder, where: Location, credit: list[dict[str, Any]]) -> None:
    if credit:
        shown = ", ".join(f"'{format_number(c['answer']) if not isinstance(c['answer'], str) else c['answer']}' "
                          f"({format_number(c['percent'])}%)" for c in credit)
        builder.warn(where, _("partial credit for {answers} is kept under meta but not scored: in the game an "
                              "answer is right or wrong").format(answers=shown))


def escape_stars(text: str) -> str:
    """A short answer as Moodle must store it so that '*' is a star, not a wildcard."""
    return text.replace("*", "\\*")


def written_number(key: str) -> str:
    """A number kept as text (a meta key such as "1e-05") in the plain form exports write."""
    try:
        return plain_number(Decimal(key))
    except ArithmeticError:
        return key


def right_answer_key(question: Question) -> str:
    """The key of the right answer in `meta.feedback`, as the importers write it."""
    if isinstance(question, TrueFalseQuestion):
        return "True" if question.answer else "False"
    if isinstance(question, NumberQuestion):
        answer = format_number(question.answer)
        return answer if not question.tolerance else f"{answer}:{format_number(question.tolerance)}"
    return str(question.answer)


def general_feedback(question: Question, feedback: dict) -> str:
    """What to write as Moodle's general feedback: the explanation, unless it is the right
    answer's own feedback (an import makes that the explanation), which is written once, there."""
    explanation = question.explanation or ""
    if explanation and str(feedback.get(right_answer_key(question), "")) == explanation:
        return ""
    return explanation
