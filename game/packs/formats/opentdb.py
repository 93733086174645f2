"""Open Trivia DB responses (`api.php`): a whole response or just its list of results.

The API encodes its strings in one of three ways: HTML entities (the default), base64 or
RFC 3986 percent-encoding; the encoding is recognised from the data itself. A response
code other than 0 is explained in words. Multiple-choice questions become choice questions,
boolean ones truefalse; the category becomes a tag and the difficulty is kept.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from typing import Any
from urllib.parse import unquote

from game.i18n import N_, _
from game.packs.formats.common import FormatError, ImportResult, Location, PackBuilder, category_segments
from game.packs.formats.htmltext import tidy
from game.packs.formats.jsonread import load_json
from game.packs.formats.sheets import decode_text
from game.packs.model import DIFFICULTIES, ChoiceQuestion, TrueFalseQuestion
from game.packs.validate import option_key

# What each response code means, in words (translated where shown).
RESPONSE_CODES = {
    1: N_("no results: the database has fewer questions than were asked for; ask for fewer"),
    2: N_("invalid parameter: the request named an argument the API does not know"),
    3: N_("token not found: the session token does not exist (it expires after six hours unused)"),
    4: N_("token empty: the session token has had every question for this query; reset it"),
    5: N_("rate limit: too many requests; the API allows one every five seconds"),
}
_TYPES = ("multiple", "boolean")


def _decoder(results: list[dict[str, Any]]) -> tuple[str, Any]:
    """Which encoding the strings use, and a function that decodes one."""
    kinds = [r.get("type") for r in results if isinstance(r, dict)]
    if kinds and all(isinstance(k, str) and k not in _TYPES for k in kinds):
        if all(_b64(k) in _TYPES for k in kinds):
            return "base64", _b64
    questions = [r.get("question") for r in results if isinstance(r, dict) and isinstance(r.get("question"), str)]
    if questions and all(" " not in q and re.search(r"%[0-9A-Fa-f]{2}", q) for q in questions):
        return "url3986", unquote
    return "html", html.unescape


def _b64(text: str) -> str:
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return ""


def import_opentdb(data: bytes, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    text = decode_text(data, file, "json")
    document = load_json(text, file)
    if isinstance(document, dict):
        code = document.get("response_code", 0)
        if code != 0:
            words = _(RESPONSE_CODES[code]) if code in RESPONSE_CODES else \
                _("an error the API documents no meaning for")
            # Translators: {meaning} is what the code means ("no results: the database has fewer...")
            raise FormatError(file, _("the Open Trivia DB answered with response code {code}, {meaning}; the file "
                                      "holds no questions").format(code=code, meaning=words))
        results = document.get("results")
    else:
        results = document
    if not isinstance(results, list):
        # Translators: 'results' is the name the file uses: keep it
        raise FormatError(file, _("this JSON is not an Open Trivia DB response: it needs a 'results' list of "
                                  "questions (or to be such a list itself)"))
    lines = _question_lines(text)
    _encoding, decode = _decoder(results)
    builder = PackBuilder(file)
    for index, item in enumerate(results):
        where = builder.where(lines[index] if index < len(lines) else None)
        if not isinstance(item, dict):
            builder.skip(where, "unreadable", _("result {number} is not a question object").format(number=index + 1))
            continue
        _read(builder, where, item, decode, index)
    return builder.finish(pack_id, title)


def _question_lines(text: str) -> list[int]:
    """The line of each "question" key, counted in one pass over the text."""
    lines = []
    line, counted_to = 1, 0
    for match in re.finditer(r'"question"\s*:', text):
        line += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        lines.append(line)
    return lines


def _read(builder: PackBuilder, where: Location, item: dict[str, Any], decode, index: int) -> None:
    def text(key: str) -> str:
        value = item.get(key)
        return tidy(decode(value)) if isinstance(value, str) else ""

    kind, prompt, answer = text("type"), text("question"), text("correct_answer")
    wrong_raw = item.get("incorrect_answers")
    wrong = [tidy(decode(w)) for w in wrong_raw if isinstance(w, str)] if isinstance(wrong_raw, list) else []
    if not prompt or not answer:
        builder.skip(where, "unreadable", _("result {number} has no question or no correct answer").format(
            number=index + 1))
        return
    common: dict[str, Any] = {"id": "q", "prompt": prompt}
    difficulty = text("difficulty").lower()
    if difficulty in DIFFICULTIES:
        common["difficulty"] = difficulty
    categories = category_segments(text("category").replace(": ", "/")) if text("category") else []
    if kind == "boolean":
        if option_key(answer) not in ("true", "false"):
            builder.skip(where, "unreadable", _("a boolean question answered '{answer}' instead of True or "
                                                "False").format(answer=answer))
            return
        builder.add(TrueFalseQuestion(answer=option_key(answer) == "true", **common), where, categories=categories)
    elif kind == "multiple":
        if not wrong:
            builder.skip(where, "unreadable", _("a multiple-choice question with no incorrect answers"))
            return
        builder.add(ChoiceQuestion(answer=answer, wrong=wrong, **common), where, categories=categories)
    else:
        builder.skip(where, "unsupported", _("unknown question type '{type}'").format(type=kind))
