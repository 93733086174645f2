"""What every importer and exporter shares: located notes, results, ids and the pack builder.

An importer reads a file another tool wrote and hands back a Pack plus notes: each skipped
question and each thing that could not be kept, with where it stands in the file
(`file:line`, or `file:sheet!row` in a spreadsheet). An exporter hands back bytes plus the
notes for everything the target cannot hold. Nothing is ever dropped or shortened silently.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable

from game.i18n import N_, _, ngettext, pgettext
from game.packs.dump import pack_to_data, question_to_data
from game.packs.model import (
    MAX_WRONG_OPTIONS, QUESTION_TYPES, TIME_LIMIT_RANGE, ChoiceQuestion, Defaults, Pack, Question,
    TrueFalseQuestion,
)
from game.packs.validate import check_pack_data, option_key

MAX_INPUT_BYTES = 64 * 1024 * 1024
MAX_ID_WORDS = 6
MAX_ID_CHARS = 40
MAX_TAG_CHARS = 60

# Why each kind of question another tool has cannot be played here; the summary uses these
# (translated where shown).
SKIP_REASONS = {
    "essay": N_("a written answer cannot be scored automatically"),
    "matching": N_("matching pairs cannot be played as one answer"),
    "multiple-response": N_("several answers are correct, and a question here has exactly one"),
    "several-numbers": N_("several numbers far apart are fully right, and a number question here has one right "
                          "number with a tolerance"),
    "poll": N_("a poll has no right answer"),
    "open-ended": N_("an open answer cannot be scored automatically"),
    "draw": N_("a drawing cannot be scored automatically"),
    "description": N_("it is text shown between questions, not a question"),
    "cloze": N_("embedded answers (cloze) need several answers at once"),
    "unsupported": N_("this kind of question has no counterpart here"),
    "unreadable": N_("the question is broken in the file"),
    "invalid": N_("the question would not be a valid pack question"),
    "too-big": N_("the question holds more than a pack question may"),
}


def skip_reason(kind: str) -> str:
    """Why questions of a skipped kind were left out, in the current language."""
    return _(SKIP_REASONS[kind]) if kind in SKIP_REASONS else kind


def kind_label(kind: str) -> str:
    """The name of a kind of skipped question (the key `ImportResult.skipped` counts), as a
    person reads it in the current language."""
    labels = {
        "essay": lambda: pgettext("skipped kind", "essay"),
        "matching": lambda: pgettext("skipped kind", "matching"),
        "multiple-response": lambda: pgettext("skipped kind", "multiple-response"),
        "several-numbers": lambda: pgettext("skipped kind", "several-numbers"),
        "poll": lambda: pgettext("skipped kind", "poll"),
        "open-ended": lambda: pgettext("skipped kind", "open-ended"),
        "draw": lambda: pgettext("skipped kind", "draw"),
        "description": lambda: pgettext("skipped kind", "description"),
        "cloze": lambda: pgettext("skipped kind", "cloze"),
        "unsupported": lambda: pgettext("skipped kind", "unsupported"),
        "unreadable": lambda: pgettext("skipped kind", "unreadable"),
        "invalid": lambda: pgettext("skipped kind", "invalid"),
        "too-big": lambda: pgettext("skipped kind", "too-big"),
    }
    label = labels.get(kind)
    return label() if label is not None else kind


@dataclass(frozen=True)
class Location:
    """Where something stands in a file: a line, or a sheet and row of a spreadsheet."""

    file: str
    line: int | None = None
    sheet: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        if self.sheet is not None:
            return f"{self.file}:{self.sheet}!{self.row}" if self.row is not None else f"{self.file}:{self.sheet}"
        return f"{self.file}:{self.line}" if self.line is not None else self.file


@dataclass(frozen=True)
class Note:
    """A located warning; with `skipped`, the kind of question that was left out."""

    where: Location
    message: str
    skipped: str | None = None

    def __str__(self) -> str:
        # The place (file:line, file:sheet!row) is written the same in every language.
        if self.skipped:
            # Translators: a question left out of an import; {kind} is what kind it was (essay, poll...)
            return f"{self.where}: " + _("skipped {kind}: {message}").format(
                kind=kind_label(self.skipped), message=self.message)
        return f"{self.where}: " + _("warning: {message}").format(message=self.message)


class FormatError(Exception):
    """The file cannot be read as the format at all (not a workbook, not well-formed XML...)."""

    def __init__(self, where: Location | str, message: str, detail: str = ""):
        self.where = where if isinstance(where, Location) else Location(where)
        self.message = message
        self.detail = detail  # the particular fault, for a caller that words the message its own way
        super().__init__(f"{self.where}: {message}")


@dataclass
class ImportResult:
    """A pack read from another tool's file, with every note and the files it brought along."""

    pack: Pack
    notes: list[Note] = field(default_factory=list)
    # Files to save beside the pack, by path relative to it (pictures embedded in the source).
    files: dict[str, bytes] = field(default_factory=dict)
    imported: Counter = field(default_factory=Counter)  # question type -> count
    skipped: Counter = field(default_factory=Counter)  # skip kind -> count
    suggested_title: str | None = None

    def summary(self) -> str:
        """How many questions of each type came in and what was left out, and why."""
        total = sum(self.imported.values())
        # The types are the pack format's own names (choice, truefalse, number, text).
        kinds = ", ".join(f"{self.imported[t]} {t}" for t in QUESTION_TYPES if self.imported[t])
        if kinds:
            # Translators: {kinds} lists counts of the pack format's types: "1 choice, 3 truefalse"
            lines = [ngettext("imported {count} question: {kinds}", "imported {count} questions: {kinds}",
                              total).format(count=total, kinds=kinds)]
        else:
            lines = [ngettext("imported {count} question", "imported {count} questions", total).format(count=total)]
        skipped = sum(self.skipped.values())
        if skipped:
            # Translators: heads the list of skipped questions, by kind, with why
            lines.append(ngettext("skipped {count}:", "skipped {count}:", skipped).format(count=skipped))
            for kind, count in sorted(self.skipped.items(), key=lambda item: (-item[1], item[0])):
                # Translators: one line of the skipped list: "1 essay: a written answer cannot be scored..."
                lines.append("  " + _("{count} {kind}: {reason}").format(
                    count=count, kind=kind_label(kind), reason=skip_reason(kind)))
        warnings = sum(1 for note in self.notes if not note.skipped)
        if warnings:
            lines.append(ngettext("{count} warning about what was kept (listed above)",
                                  "{count} warnings about what was kept (listed above)",
                                  warnings).format(count=warnings))
        return "\n".join(lines)


@dataclass
class ExportResult:
    """The bytes of the written file and a note for everything the target could not hold."""

    data: bytes
    notes: list[Note] = field(default_factory=list)
    written: int = 0  # questions written
    dropped: int = 0  # questions left out


# --- text, numbers and ids ------------------------------------------------------------

# Words that say little about a question, left out of ids made from its prompt.
_ID_STOP_WORDS = frozenset(
    "a an and are as at be by did do does for from has have how in is it its of on or the this that "
    "to was were what when where which who whom whose why with".split()
)


def slugify(text: str, max_words: int = MAX_ID_WORDS, max_chars: int = MAX_ID_CHARS) -> str:
    """A pack-format id from any text: lower-case ASCII words joined by hyphens."""
    return "-".join(_id_words(text, max_words, max_chars))


def id_from_prompt(prompt: str) -> str:
    """A short id from a prompt's telling words: "Which city hosted the Games?" -> city-hosted-games."""
    words = _id_words(prompt, 40, 400)
    telling = [w for w in words if w not in _ID_STOP_WORDS]
    return "-".join(_id_words(" ".join(telling if len(telling) >= 2 else words), 5, MAX_ID_CHARS + 8))


def _is_prompt_start(slug: str, prompt: str) -> bool:
    words = slug.split("-")
    return len(words) >= 4 and _id_words(prompt, len(words), 10_000) == words


def _id_words(text: str, max_words: int, max_chars: int) -> list[str]:
    plain = unicodedata.normalize("NFKD", str(text).replace("\u0111", "d").replace("\u0110", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    plain = re.sub(r"['\u2019](?=[a-z])", "", plain)
    words = re.findall(r"[a-z0-9]+", plain)[:max_words]
    while len("-".join(words)) > max_chars and len(words) > 1:
        words = words[:-1]
    if words and len(words[0]) > max_chars:
        words = [words[0][:max_chars]]
    return words

def unique_id(wanted: str, taken: set[str], fallback: str = "question") -> str:
    base = wanted or fallback
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def parse_number(value: Any) -> int | float | None:
    """A finite number from a cell or a piece of text ("60", "20.0", " -3.5 "), else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    text = str(value).strip().replace("\u2212", "-")
    if not text or not re.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", text):
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return decimal_to_number(number)


def decimal_to_number(number: Decimal) -> int | float | None:
    if not number.is_finite():
        return None
    if number == number.to_integral_value() and abs(number) < Decimal(10) ** 15:
        return int(number)
    result = float(number)
    return result if math.isfinite(result) else None


def plain_number(value: int | float | Decimal) -> str:
    """A number written out in full, never in exponent form: 0.00001, not 1e-05.

    GIFT and Moodle readers other than Moodle's own refuse exponents, and a person reads
    the full form too. Floats give their shortest exact digits; trailing zeros are dropped.
    """
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        return str(value)
    number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    if not number.is_finite():
        return str(value)
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def listing(items: Iterable[str], limit: int = 8) -> str:
    """Question ids for a message: the first few, then how many more."""
    items = list(items)
    shown = ", ".join(items[:limit])
    if len(items) <= limit:
        return shown
    more = len(items) - limit
    return ngettext("{items} and {count} more", "{items} and {count} more", more).format(items=shown, count=more)


def quoted(texts: Iterable[str]) -> str:
    """Texts from a file for a message: each in quotes, joined by commas."""
    return ", ".join(f"'{text}'" for text in texts)


def clamp_time_limit(seconds: int | float | None) -> tuple[int | None, str | None]:
    """A time limit the pack format allows, and a message when it had to be changed."""
    if seconds is None:
        return None, None
    low, high = TIME_LIMIT_RANGE
    whole = int(round(seconds))
    if whole < low:
        return low, _("time limit {seconds} s raised to {low} s, the shortest allowed").format(
            seconds=f"{seconds:g}", low=low)
    if whole > high:
        return high, _("time limit {seconds} s lowered to {high} s, the longest allowed").format(
            seconds=f"{seconds:g}", high=high)
    if whole != seconds:
        return whole, _("time limit {seconds} s rounded to {whole} s").format(seconds=f"{seconds:g}", whole=whole)
    return whole, None


def is_true_false_pair(options: list[str]) -> bool:
    """Whether a choice's options are exactly True and False (in any case or order)."""
    return len(options) == 2 and {option_key(o) for o in options} == {"true", "false"}


def choice_or_truefalse(prompt: str, options: list[str], correct: int, **common: Any) -> Question:
    """A choice question, or a truefalse one when the options are exactly True and False.

    Spreadsheet tools have no true/false type, so teachers (and our exporters) write it as a
    two-option choice; reading it back as truefalse keeps the question what it was.
    """
    if is_true_false_pair(options):
        return TrueFalseQuestion(prompt=prompt, answer=option_key(options[correct]) == "true", **common)
    wrong = [o for i, o in enumerate(options) if i != correct]
    return ChoiceQuestion(prompt=prompt, answer=options[correct], wrong=wrong, **common)


def question_problems(question: Question) -> list[str]:
    """What the pack format's validator says about one question on its own."""
    data = {"relayquiz": 1, "id": "check", "title": "check", "questions": [question_to_data(question)]}
    _data, problems = check_pack_data(data, None)
    return [p.message for p in problems]


def pack_problems(pack: Pack) -> list[str]:
    _data, problems = check_pack_data(pack_to_data(pack), pack.base_dir)
    return [p.message for p in problems]


# --- building a pack while reading ---------------------------------------------------

@dataclass
class _Pending:
    question: Question
    categories: list[str]


class PackBuilder:
    """Collects questions and notes while an importer reads, then makes the ImportResult.

    Questions get unique ids made from the hint the importer gives (a title, a name or the
    prompt) and are checked against the pack format one by one, so an imported pack always
    validates; a question that would not is skipped with the validator's reason.
    """

    def __init__(self, file: str):
        self.file = file
        self.notes: list[Note] = []
        self.files: dict[str, bytes] = {}
        self.skipped: Counter = Counter()
        self._pending: list[_Pending] = []
        self._ids: set[str] = set()
        self.suggested_title: str | None = None

    def where(self, line: int | None = None, sheet: str | None = None, row: int | None = None) -> Location:
        return Location(self.file, line, sheet, row)

    def warn(self, where: Location, message: str) -> None:
        self.notes.append(Note(where, message))

    def skip(self, where: Location, kind: str, message: str | None = None) -> None:
        self.notes.append(Note(where, message or skip_reason(kind), skipped=kind))
        self.skipped[kind] += 1

    def add(self, question: Question, where: Location, id_hint: str = "",
            categories: list[str] | None = None) -> bool:
        """Add a question read at `where`; False (and a note) when it cannot be a pack question."""
        if isinstance(question, ChoiceQuestion) and len(question.wrong) > MAX_WRONG_OPTIONS:
            dropped = question.wrong[MAX_WRONG_OPTIONS:]
            question.wrong = question.wrong[:MAX_WRONG_OPTIONS]
            self.warn(where, ngettext(
                "kept the answer and the first {count} wrong option; dropped {dropped} (at most {most} options)",
                "kept the answer and the first {count} wrong options; dropped {dropped} (at most {most} options)",
                MAX_WRONG_OPTIONS).format(count=MAX_WRONG_OPTIONS, dropped=quoted(dropped), most=MAX_WRONG_OPTIONS + 1))
        question.tags = self._clean_tags(question.tags, where)
        wanted = slugify(id_hint, max_words=12, max_chars=80)
        if not wanted or _is_prompt_start(wanted, question.prompt):
            wanted = id_from_prompt(question.prompt)  # tools name questions by their first words
        question.id = wanted or "question"
        problems = question_problems(question)
        if problems:
            self.skip(where, "invalid", "; ".join(dict.fromkeys(problems)))
            return False
        question.id = unique_id(question.id, self._ids)
        self._pending.append(_Pending(question, self._clean_tags(categories or [], where)))
        return True

    def _clean_tags(self, tags: list[str], where: Location) -> list[str]:
        result: list[str] = []
        for tag in tags:
            tag = " ".join(str(tag).split())
            if not tag:
                continue
            if len(tag) > MAX_TAG_CHARS:
                short = tag[:MAX_TAG_CHARS - 1].rstrip() + "…"
                self.warn(where, _("tag '{tag}' shortened to '{short}' ({most} characters at most)").format(
                    tag=tag, short=short, most=MAX_TAG_CHARS))
                tag = short
            if option_key(tag) not in {option_key(t) for t in result}:
                result.append(tag)
        return result

    def finish(self, pack_id: str, title: str | None = None, description: str = "") -> ImportResult:
        """The pack, with category tags shared by every question lifted to the pack itself.

        The commonest time limit becomes the pack default so that questions only carry the
        ones that differ; each question keeps the same effective time limit.
        """
        common = self._common_categories()
        questions = []
        for pending in self._pending:
            extra = pending.categories[len(common):]
            keys = {option_key(t) for t in pending.question.tags}
            pending.question.tags = pending.question.tags + [c for c in extra if option_key(c) not in keys]
            questions.append(pending.question)
        defaults = Defaults()
        limits = Counter(q.time_limit for q in questions if q.time_limit is not None)
        if limits and sum(limits.values()) == len(questions):
            most = max(limits.items(), key=lambda item: (item[1], -item[0]))[0]
            defaults.time_limit = most
            for question in questions:
                if question.time_limit == most:
                    question.time_limit = None
        suggested = self.suggested_title or (common[-1] if common else None)
        pack = Pack(id=pack_id, title=title or suggested or pack_id, description=description,
                    tags=list(common), defaults=defaults, questions=questions)
        imported = Counter(q.type for q in questions)
        shown = {q.image.file for q in questions if q.image is not None}
        files = {path: data for path, data in self.files.items() if path in shown}  # not those of skipped questions
        return ImportResult(pack, list(self.notes), files, imported, Counter(self.skipped), suggested)

    def _common_categories(self) -> list[str]:
        if not self._pending:
            return []
        common = list(self._pending[0].categories)
        for pending in self._pending[1:]:
            size = 0
            while size < len(common) and size < len(pending.categories) and common[size] == pending.categories[size]:
                size += 1
            common = common[:size]
        return common


def category_segments(path: str) -> list[str]:
    """The names in a Moodle category path, without `$course$`-style markers and `top`."""
    parts = [" ".join(p.split()) for p in re.split(r"(?<!/)/(?!/)", path)]
    return [p.replace("//", "/") for p in parts if p and not re.fullmatch(r"\$\w+\$", p) and p.lower() != "top"]
