"""Authoring advice for packs that are valid but could play better.

The checks are rough on purpose: the window is drawn elsewhere, so text lengths are judged
by character budgets for the default text size, not by measuring fonts. Each piece of
advice carries the line and column of the value it is about, like a validation problem.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from game.i18n import _, ngettext
from game.packs.model import ChoiceQuestion, NumberQuestion, Pack, TextQuestion, TrueFalseQuestion
from game.packs.problems import DataPath, PackError, Problem
from game.safeyaml import Document, parse
from game.packs.validate import check_pack_data, option_key

# Rough budgets at the default text size: a prompt of about three lines on a projector, an
# answer tile of about two short lines, an explanation of about four lines.
PROMPT_BUDGET = 140
OPTION_BUDGET = 60
EXPLANATION_BUDGET = 300
LOOKALIKE_RATIO = 0.8
TRUEFALSE_MINIMUM = 4
TRUEFALSE_BALANCE = (0.3, 0.7)


@dataclass(frozen=True)
class Advice:
    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "") + (f":{self.column}" if self.column else "")
        # Translators: a suggestion for a pack that is valid but could play better
        return _("{where}: advice: {message}").format(where=where, message=self.message)


@dataclass
class _Seen:
    advice: Advice
    question_id: str


class Linter:
    """Advice over one or more packs; duplicate prompts are found across all of them."""

    def __init__(self) -> None:
        self.prompts: dict[str, _Seen] = {}

    def advise(self, pack: Pack, document: Document) -> list[Advice]:
        found: list[Advice] = []

        def at(path: DataPath, message: str, at_key: bool = False) -> None:
            line, column = document.locate(path, at_key)
            found.append(Advice(document.name, line, column, message))

        if not pack.questions:
            at(("questions",), _("the pack has no questions yet, so there is nothing to play; add one "
                                 "(relayquiz new writes a starting example)"), at_key=True)
        for index, question in enumerate(pack.questions):
            base: DataPath = ("questions", index)
            self._lengths(question, base, at)
            self._lookalikes(question, base, at)
            self._duplicate(question, base, document, at)
            if not question.explanation and not (question.source is not None and question.source.quote):
                # A cited sentence is shown at the reveal and says why the answer is right.
                at(base + ("id",), _("question '{id}' has no explanation: a sentence on why the answer is right "
                                     "(or the source sentence it comes from) helps players learn when it is "
                                     "revealed").format(id=question.id), at_key=True)
        self._balance(pack, at)
        return found

    def _lengths(self, question, base: DataPath, at) -> None:
        if len(question.prompt) > PROMPT_BUDGET:
            at(base + ("prompt",), _("the prompt is {length} characters; about {budget} fit well at the default "
                                     "size (longer prompts are shown smaller)").format(
                length=len(question.prompt), budget=PROMPT_BUDGET))
        options: list[tuple[DataPath, str]] = []
        if isinstance(question, ChoiceQuestion) or (isinstance(question, TextQuestion) and question.wrong):
            options.append((base + ("answer",), question.answer))
        options += [(base + ("wrong", i), str(w)) for i, w in enumerate(getattr(question, "wrong", []))
                    if isinstance(w, str)]
        for path, text in options:
            if len(text) > OPTION_BUDGET:
                at(path, _("the option '{option}' is {length} characters; an answer tile holds about {budget} at "
                           "the default size").format(option=_short(text), length=len(text), budget=OPTION_BUDGET))
        if question.explanation and len(question.explanation) > EXPLANATION_BUDGET:
            at(base + ("explanation",), _("the explanation is {length} characters; about {budget} can be read "
                                          "while the answer is shown").format(
                length=len(question.explanation), budget=EXPLANATION_BUDGET))

    def _lookalikes(self, question, base: DataPath, at) -> None:
        if isinstance(question, NumberQuestion):
            for index, value in enumerate(question.wrong):
                if abs(value - question.answer) <= question.tolerance:
                    at(base + ("wrong", index), _("the wrong option {value} is within the tolerance of the answer, "
                                                  "so choosing it would count as right").format(value=value))
            return
        if not isinstance(question, (ChoiceQuestion, TextQuestion)):
            return
        rights = [question.answer] + (list(question.accept) if isinstance(question, TextQuestion) else [])
        for index, option in enumerate(question.wrong):
            for right in rights:
                message = _looks_like(option, right)
                if message:
                    at(base + ("wrong", index), message.format(option=_short(option), right=_short(right)))
                    break

    def _duplicate(self, question, base: DataPath, document: Document, at) -> None:
        key = re.sub(r"[^\w ]+", "", option_key(question.prompt)).strip()
        if not key:
            return
        line, column = document.locate(base + ("prompt",))
        here = Advice(document.name, line, column, "")
        if key in self.prompts:
            first = self.prompts[key]
            where = f"{first.advice.file}:{first.advice.line}:{first.advice.column}"
            at(base + ("prompt",), _("the same prompt as question '{id}' at {where}").format(
                id=first.question_id, where=where))
        else:
            self.prompts[key] = _Seen(here, question.id)

    def _balance(self, pack: Pack, at) -> None:
        answers = [q.answer for q in pack.questions if isinstance(q, TrueFalseQuestion)]
        if len(answers) < TRUEFALSE_MINIMUM:
            return
        share = sum(answers) / len(answers)
        low, high = TRUEFALSE_BALANCE
        if not low <= share <= high:
            if share > high:
                message = ngettext("{count} of {total} true/false answers are true; players who notice will "
                                   "guess 'true', so aim for a mix",
                                   "{count} of {total} true/false answers are true; players who notice will "
                                   "guess 'true', so aim for a mix", len(answers))
                count = sum(answers)
            else:
                message = ngettext("{count} of {total} true/false answers are false; players who notice will "
                                   "guess 'false', so aim for a mix",
                                   "{count} of {total} true/false answers are false; players who notice will "
                                   "guess 'false', so aim for a mix", len(answers))
                count = len(answers) - sum(answers)
            at(("questions",), message.format(count=count, total=len(answers)), at_key=True)


def _looks_like(option: str, right: str) -> str:
    """Advice (with {option} and {right} to fill) when a wrong option looks like a right answer."""
    a, b = option_key(option), option_key(right)
    a_words, b_words = re.sub(r"[^\w ]+", "", a).split(), re.sub(r"[^\w ]+", "", b).split()
    if a_words == b_words:
        return _("the wrong option '{option}' differs from the answer only in punctuation: '{right}'; players "
                 "may take it for the answer or a typo of it")
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    if ratio >= LOOKALIKE_RATIO and re.findall(r"\d+", a) == re.findall(r"\d+", b):
        # "1890s" beside "1860s", "August 2014" beside "August 2010": another number, no typo.
        return _("the wrong option '{option}' is spelled almost like '{right}'; players may take it for the "
                 "answer or a typo of it")
    if a_words and b_words and len(a) >= 3 and len(b) >= 3 and (
            _contains(a_words, b_words) or _contains(b_words, a_words)):
        return _("the wrong option '{option}' contains or is contained in '{right}'; players may take it for "
                 "the answer or a typo of it")
    return ""


def _contains(longer: list[str], shorter: list[str]) -> bool:
    if len(shorter) >= len(longer):
        return False
    return any(longer[i:i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def lint_text(text: str, name: str, linter: Linter,
              base_dir: Path | None = None) -> tuple[list[Problem], list[Advice]]:
    """(problems, advice) for one pack's text; advice only when the pack is valid."""
    try:
        document = parse(text, name)
    except PackError as error:
        return error.problems, []
    pack, found = check_pack_data(document.data, base_dir)
    problems = document.problems_with(found)
    if problems or pack is None:
        return sorted(problems, key=lambda p: (p.line or 0, p.column or 0)), []
    return [], linter.advise(pack, document)
