"""Moodle GIFT, read with Moodle's own semantics.

Questions are separated by blank lines; `//` lines are comments (where `[tag:...]` and
`[id:...]` may stand); `$CATEGORY:` switches the category; `::title::` names a question;
`[html]`, `[markdown]`, `[plain]` and `[moodle]` set a text's format; `\\~ \\= \\# \\{ \\} \\:`
escape the control characters, `\\n` is a new line and `\\\\` a backslash. The type follows
from the answer braces exactly as Moodle decides it, including missing-word questions
(text after the braces, where the answer becomes `_____`). Only UTF-8 files are read, as
Moodle insists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from game.i18n import _
from game.packs.formats.common import (
    FormatError, ImportResult, PackBuilder, category_segments,
)
from game.packs.formats.htmltext import Reduced, one_line, reduce_text
from game.packs.formats.moodle import (
    FULL, MoodleAnswer, build_multichoice, build_numerical, build_shortanswer, build_truefalse,
)
from game.packs.formats.pictures import bring_in, dropped_pictures_message, file_name
from game.packs.formats.sheets import decode_text
from game.packs.model import Image

# Escaped control characters are swapped for private-use characters while a question is
# taken apart, then put back; the same idea as Moodle's own placeholders.
_ESCAPES = {"\\:": "\ue000", "\\#": "\ue001", "\\=": "\ue002", "\\{": "\ue003", "\\}": "\ue004",
            "\\~": "\ue005", "\\n": "\ue006"}
_BACKSLASH = "\ue007"
_RESTORE = {"\ue000": ":", "\ue001": "#", "\ue002": "=", "\ue003": "{", "\ue004": "}", "\ue005": "~",
            "\ue006": "\n"}
_FORMATS = ("moodle", "html", "plain", "markdown")
_WEIGHT = re.compile(r"^%(-*[0-9]{1,2}\.?[0-9]*)%")
_TRUE_FALSE = ("T", "TRUE", "F", "FALSE")


def hide_escapes(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for escape, placeholder in _ESCAPES.items():
        text = text.replace(escape, placeholder)
    return text.replace(_BACKSLASH, "\\")


def restore_escapes(text: str) -> str:
    return "".join(_RESTORE.get(ch, ch) for ch in text)


@dataclass
class _Block:
    """One question's lines (comments already taken out), with what the comments said."""

    line: int
    lines: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    ident: str = ""


def _blocks(text: str) -> list[_Block]:
    """Questions as Moodle cuts them: at blank lines; a block with an open brace runs on."""
    blocks: list[_Block] = []
    current: _Block | None = None
    depth = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line and depth <= 0:
            if current is not None:
                blocks.append(current)
            current, depth = None, 0
            continue
        if current is None:
            current = _Block(number)
        if line.startswith("//"):
            current.tags += re.findall(r"\[tag:([^\]]+)\]", line)
            ident = re.search(r"\[id:([^\]]+)\]", line)
            if ident:
                current.ident = ident.group(1).strip()
            if not current.lines:
                current.line = number + 1
            continue
        if not current.lines:
            current.line = number
        current.lines.append(line)
        if not line.startswith("$CATEGORY:"):
            hidden = hide_escapes(line)
            depth += hidden.count("{") - hidden.count("}")
    if current is not None:
        blocks.append(current)
    return [b for b in blocks if b.lines]


def _split_format(text: str, default: str) -> tuple[str, str]:
    """(format, text) of a piece that may start with [html], [plain], [markdown] or [moodle]."""
    match = re.match(r"\[(\w+)\]", text)
    if match and match.group(1) in _FORMATS:
        return match.group(1), text[match.end():]
    return default, text


@dataclass
class _Texts:
    """Reduces the pieces of one question to plain text in the question's format.

    Pictures and media met outside the question text cannot be shown; they are remembered
    so that the question's note names them.
    """

    default: str
    dropped: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)

    def reduce(self, piece: str, default: str | None = None) -> Reduced:
        """A piece with its format applied, escapes restored and source lines joined."""
        text_format, text = _split_format(piece.strip(), default or self.default)
        text = restore_escapes(text.replace("\n", " ")) if text_format != "html" else restore_escapes(text)
        reduced = reduce_text(text, text_format)
        self.media.extend(reduced.media)
        return reduced

    def plain(self, piece: str) -> str:
        reduced = self.reduce(piece)
        self.dropped.extend(file_name(p.src) for p in reduced.pictures)
        return reduced.text

    def comment(self, piece: str) -> tuple[str, str]:
        """(answer, feedback) of `answer#feedback`."""
        answer, _hash, feedback = piece.partition("#")
        return self.plain(answer), self.plain(feedback)


def _weight(answer: str) -> tuple[Decimal | None, str]:
    match = _WEIGHT.match(answer)
    if not match:
        return None, answer
    value = match.group(1)
    try:
        percent = Decimal(value.lstrip("-"))
    except InvalidOperation:
        return None, answer
    return (-percent if value.startswith("-") else percent), answer[match.end():]


def import_gift(data: bytes, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    text = _decode(data, file)
    builder = PackBuilder(file)
    category: list[str] = []
    for block in _blocks(text):
        category = _read_question(builder, block, category)
    return builder.finish(pack_id, title)


def _decode(data: bytes, file: str) -> str:
    try:
        return decode_text(data, file, "gift").replace("\r\n", "\n").replace("\r", "\n")
    except FormatError as error:
        raise FormatError(error.where, _("GIFT files must be UTF-8, as Moodle requires; this one is not ({why}). "
                                         "Save it as UTF-8 and import it again").format(why=error.detail)) from None


def _read_question(builder: PackBuilder, block: _Block, category: list[str]) -> list[str]:
    """Read one block; returns the category in force after it."""
    where = builder.where(block.line)
    lines = list(block.lines)
    if lines[0].startswith("$CATEGORY:"):
        category = category_segments(lines[0][len("$CATEGORY:"):].strip())
        lines = lines[1:]
        if not lines:
            return category
    text = hide_escapes("\n".join(lines)).strip()
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end != -1:
            name = one_line(restore_escapes(text[2:end]))
            text = text[end + 2:].strip()
    start, finish = text.find("{"), text.find("}")
    if start == -1 and finish == -1:
        message = _("'{name}' has no answer braces, so Moodle reads it as a description") if name else \
            _("a question has no answer braces, so Moodle reads it as a description")
        builder.skip(where, "description", message.format(name=name))
        return category
    if start == -1 or finish == -1 or finish < start:
        # Translators: the braces and backslashes are GIFT's own marks: keep them as they are
        message = _("the braces of '{name}' are not matched: '{{' opens the answers, '}}' closes them, and a literal "
                    "brace is written \\{{ or \\}}") if name else \
            _("the braces of a question are not matched: '{{' opens the answers, '}}' closes them, and a literal "
              "brace is written \\{{ or \\}}")
        builder.skip(where, "unreadable", message.format(name=name))
        return category
    answers = text[start + 1:finish].strip()
    after = text[finish + 1:].strip()
    if text.endswith("}"):
        question_text = text[:start] + text[finish + 1:]
    else:
        question_text = text[:start] + "_____" + text[finish + 1:]
        if after and not re.search(r"\w", after) and re.search(r"[^\s.,;:!?)\]\u00bb\u2019']", after):
            builder.warn(where, _("the characters '{after}' after the answer braces make this a missing-word "
                                  "question (Moodle puts _____ where the braces were)").format(after=after))
    general = ""
    separator = answers.rfind("####")
    if separator != -1:
        general = answers[separator + 4:]
        answers = answers[:separator].strip()
    text_format, _text = _split_format(question_text.strip(), "moodle")
    texts = _Texts(text_format)
    prompt_text = texts.reduce(question_text, "moodle")
    prompt = prompt_text.text
    explanation = texts.plain(general)
    common = {"id": "q", "tags": [restore_escapes(t).strip() for t in block.tags]}
    if not prompt:
        message = _("'{name}' has no question text") if name else _("a question has no question text")
        builder.skip(where, "unreadable", message.format(name=name))
        return category
    question = _by_type(builder, where, name, prompt, answers, texts, explanation, common)
    if question is not None:
        question.image = _picture(builder, where, prompt_text, texts)
        builder.add(question, where, name or block.ident, category)
    return category


def _picture(builder: PackBuilder, where, prompt: Reduced, texts: _Texts) -> Image | None:
    """The question text's first picture that can come in; what cannot is reported."""
    for media in dict.fromkeys(texts.media):
        builder.warn(where, _("the sound or video '{name}' cannot be played here; its text is kept").format(
            name=file_name(media)))
    if texts.dropped:
        names = list(dict.fromkeys(texts.dropped))
        builder.warn(where, dropped_pictures_message(names))
    image = None
    for picture in prompt.pictures:
        if image is not None:
            builder.warn(where, _("only one picture is shown with a question; '{name}' was left out").format(
                name=file_name(picture.src)))
            continue
        image = bring_in(builder, where, picture.src, picture.alt, Path(where.file).parent, source="gift")
    return image


def _by_type(builder, where, name, prompt, answers, texts, explanation, common):
    if answers == "":
        message = _("'{name}' has empty braces, which Moodle reads as an essay") if name else \
            _("a question has empty braces, which Moodle reads as an essay")
        builder.skip(where, "essay", message.format(name=name))
        return None
    if answers.startswith("#"):
        return _numerical(builder, where, prompt, answers[1:], texts, explanation, common)
    if "~" in answers:
        return _multichoice(builder, where, prompt, answers, texts, explanation, common)
    if "=" in answers and "->" in answers:
        message = _("'{name}' pairs items with '->', which Moodle reads as matching") if name else \
            _("a question pairs items with '->', which Moodle reads as matching")
        builder.skip(where, "matching", message.format(name=name))
        return None
    check = answers.split("#", 1)[0].strip() if answers.find("#") > 0 else answers
    if check in _TRUE_FALSE:
        answer, wrong_feedback, right_feedback = (answers.split("#", 2) + ["", ""])[:3]
        right = answer.strip() in ("T", "TRUE")
        wrong_feedback, right_feedback = texts.plain(wrong_feedback), texts.plain(right_feedback)
        feedback_true, feedback_false = (right_feedback, wrong_feedback) if right else (wrong_feedback, right_feedback)
        return build_truefalse(builder, where, prompt, right, explanation, feedback_true, feedback_false, **common)
    return _shortanswer(builder, where, prompt, answers, texts, explanation, common)


def _multichoice(builder, where, prompt, answers, texts, explanation, common):
    single = "=" in answers
    pieces = answers.replace("=", "~=").split("~")
    if pieces and not pieces[0].strip():
        pieces = pieces[1:]
    if len(pieces) < 2:
        builder.skip(where, "unreadable", _("a multiple-choice question needs at least two answers"))
        return None
    parsed = []
    for piece in pieces:
        piece = piece.strip()
        if piece.startswith("="):
            percent, piece = FULL, piece[1:]
        else:
            percent, piece = _weight(piece)
            percent = percent if percent is not None else Decimal(0)
        text, feedback = texts.comment(piece)
        parsed.append(MoodleAnswer(one_line(text), percent, feedback))
    return build_multichoice(builder, where, prompt, parsed, single, explanation, **common)


def _shortanswer(builder, where, prompt, answers, texts, explanation, common):
    pieces = answers.split("=")
    if pieces and not pieces[0].strip():
        pieces = pieces[1:]
    parsed = []
    for piece in pieces:
        percent, piece = _weight(piece.strip())
        text, feedback = texts.comment(piece)
        parsed.append(MoodleAnswer(one_line(text), percent if percent is not None else FULL, feedback))
    if not parsed:
        builder.skip(where, "unreadable", _("a short-answer question needs an answer"))
        return None
    return build_shortanswer(builder, where, prompt, parsed, explanation, **common)


def _numerical(builder, where, prompt, answers, texts, explanation, common):
    wrong_feedback = ""
    if "~" in answers:
        answers, wrong_feedback = answers[:answers.find("~")], answers[answers.find("~"):]
    pieces = answers.split("=")
    if pieces and not pieces[0].strip():
        pieces = pieces[1:]
    if not pieces:
        builder.skip(where, "unreadable", _("a numerical question needs a number between the braces"))
        return None
    parsed = []
    for piece in pieces:
        percent, piece = _weight(piece.strip())
        text, feedback = texts.comment(piece)
        value, tolerance = _number_and_tolerance(text)
        if value is None:
            # Translators: number:tolerance and low..high are how GIFT writes them: keep the marks
            builder.skip(where, "unreadable", _("'{text}' is not a number, a number:tolerance or a low..high "
                                                "range").format(text=text))
            return None
        parsed.append(MoodleAnswer(str(value), percent if percent is not None else FULL, feedback, tolerance))
    if wrong_feedback:
        _answer, feedback = texts.comment(wrong_feedback[1:])
        parsed.append(MoodleAnswer("*", Decimal(0), feedback))
    return build_numerical(builder, where, prompt, parsed, explanation, **common)


def _number_and_tolerance(text: str) -> tuple[Decimal | None, Decimal | None]:
    """Moodle's three ways to write a numeric answer: 5, 5:0.5 and 4.5..5.5."""
    try:
        if text.find("..") > 0:
            low, high = (Decimal(part.strip()) for part in text.split("..", 1))
            middle = (high + low) / 2
            return middle.normalize() if middle != middle.to_integral_value() else middle.to_integral_value(), \
                abs(high - middle)
        if text.find(":") > 0:
            value, tolerance = text.split(":", 1)
            return Decimal(value.strip()), abs(Decimal(tolerance.strip()))
        return Decimal(text.strip()), Decimal(0)
    except (InvalidOperation, ValueError):
        return None, None

