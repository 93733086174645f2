"""Is this answer right? One function per way of answering.

Typed answers are forgiving in the ways players expect (case, accents, surrounding
punctuation, a leading article, one typo in a longer word, "1,996" for 1996, "three" for 3,
"vaccine" for "vaccines") and strict where it matters: a typed answer equal to one of the
wrong options never passes.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Iterable

from game.similar import typo_distance, without_accents

# Leading articles dropped before comparing, by the first part of the pack's language tag;
# several words ("de la") are one article. Russian has none.
ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("the", "a", "an"),
    "fr": ("le", "la", "les", "l'", "un", "une", "des", "du", "de la", "de l'"),
    "es": ("el", "la", "los", "las", "un", "una", "unos", "unas", "lo"),
    "de": ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"),
    "it": ("il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "un'"),
    "pt": ("o", "a", "os", "as", "um", "uma"),
    "nl": ("de", "het", "een"),
    "ru": (),
}
TYPO_MIN_LETTERS = 5
# Languages that write a decimal comma ("3,5"), where a point or a space groups thousands.
DECIMAL_COMMA_LANGUAGES = frozenset("de fr es ru it pt nl pl cs sv da nb no fi tr uk".split())
# Letters a typist may write another way, by language: "Mueller" for "Müller" in German.
_SPELLED_OUT: dict[str, dict[str, str]] = {
    "de": {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"},
}

_APOSTROPHES = "'\u2019\u02bc`\u00b4"
_MINUS = "-\u2212\u2013"


def language_of(tag: str | None) -> str:
    """The language part of a pack's language tag: 'pt-BR' -> 'pt'."""
    return (tag or "en").split("-")[0].split("_")[0].lower()


def _drop_article(words: list[str], articles: tuple[str, ...]) -> list[str]:
    """`words` without the leading article, when other words follow it."""
    for article in sorted(articles, key=len, reverse=True):
        parts = article.split()
        if parts[-1].endswith("'"):
            # "l'eau", "de l'eau": the elided article is joined to the word after it.
            head, elided = parts[:-1], parts[-1]
            if (len(words) > len(head) and words[:len(head)] == head
                    and words[len(head)].startswith(elided) and len(words[len(head)]) > len(elided)):
                return [words[len(head)][len(elided):], *words[len(head) + 1:]]
        elif len(words) > len(parts) and words[:len(parts)] == parts:
            return words[len(parts):]
    return words


def _words(text: str, language: str) -> list[str]:
    plain = str(text).casefold()
    for mark in _APOSTROPHES:
        plain = plain.replace(mark, "'")
    words = re.sub(r"[^\w']+", " ", plain).split()
    words = [w.strip("'") for w in words]
    words = [w for w in words if w]
    return _drop_article(words, ARTICLES.get(language, ARTICLES["en"]))


def normalize_text(text: str, language: str = "en") -> str:
    """Comparable form of a typed answer: no accents, case, punctuation runs or leading article."""
    language = language_of(language)
    words = _words(without_accents(str(text)), language)
    return " ".join(w.replace("'", "") for w in words)


def answer_forms(text: str, language: str = "en") -> set[str]:
    """Every comparable form of a typed answer: the accents left off (`normalize_text`) and, in
    languages that have another way of writing them, the letters spelled out ("Müller",
    "Mueller" and "Muller" meet)."""
    language = language_of(language)
    forms = {normalize_text(text, language)}
    spelled = _SPELLED_OUT.get(language)
    if spelled:
        folded = str(text).casefold()
        folded = unicodedata.normalize("NFC", folded)
        for letter, written in spelled.items():
            folded = folded.replace(letter, written)
        forms.add(" ".join(w.replace("'", "") for w in _words(without_accents(folded), language)))
    return forms - {""}


def _typo_allowed(normalized_answer: str) -> bool:
    letters = sum(ch.isalpha() for ch in normalized_answer)
    return letters >= TYPO_MIN_LETTERS and not any(ch.isdigit() for ch in normalized_answer)


def check_text(response: str, answer: str, accept: Iterable[str] = (), wrong: Iterable[str] = (),
               language: str = "en") -> bool:
    """A typed answer to a `text` question, compared the way the pack's language is written."""
    language = language_of(language)
    given = normalize_text(response, language)
    if not given:
        return False
    given_forms = answer_forms(response, language)
    wrong = list(wrong)
    wrongs = {normalize_text(w, language) for w in wrong} - {""}
    if given_forms & {form for w in wrong for form in answer_forms(w, language)}:
        return False
    right_texts = (answer, *accept)
    right = {normalize_text(a, language) for a in right_texts} - {""}
    if given_forms & {form for a in right_texts for form in answer_forms(a, language)}:
        return True
    if language == "en":
        # "3 weeks" for "three weeks", "vaccine" for "vaccines": the same answer, written another way.
        plain = _plain_form(given)
        if plain not in {_plain_form(w) for w in wrongs} and plain in {_plain_form(r) for r in right}:
            return True
    best = min((typo_distance(given, r) for r in right if _typo_allowed(r)), default=2)
    if best > 1:
        return False
    # One typo away from the answer, but no nearer (or as near) to a wrong option.
    return all(typo_distance(given, w) > best for w in wrongs)


# Small numbers a player may type as a word or in digits.
NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "dozen": 12, "a dozen": 12}


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _plain_form(normalized: str) -> str:
    """An English answer with its small numbers in digits and its last word singular: "three
    weeks" and "3 week" are one answer."""
    words = [str(NUMBER_WORDS[w]) if w in NUMBER_WORDS else w for w in normalized.split()]
    if words and not words[-1].isdigit():
        words[-1] = _singular(words[-1])
    return " ".join(words)


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:([, \u00a0\u202f_'])\d{3})(?:\1\d{3})*(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
# Where the comma is the decimal mark: "1.996", "1 996" and "1'996" group thousands, "3,5" is 3.5.
_GROUPED_WITH_POINTS = re.compile(r"[+-]?\d{1,3}(?:([. \u00a0\u202f'])\d{3})(?:\1\d{3})*(?:,\d+)?")


def parse_number(response: str, unit: str = "", language: str = "en") -> float | None:
    """A typed number: "1996", " 1996 ", "1,996", "1996.0", "2,5", "-3", with its unit or not.

    In languages that write a decimal comma (German, French, Spanish, Russian ...) "3,5" is 3.5,
    "1,500" is 1.5 and "1.500" or "1 500" is 1500; a decimal point is read too ("3.5")."""
    text = unicodedata.normalize("NFKC", str(response)).strip()
    for minus in _MINUS[1:]:
        text = text.replace(minus, "-")
    if unit:
        folded = text.casefold()
        if folded.endswith(unit.casefold()):
            text = text[: len(text) - len(unit)].strip()
    word = " ".join(text.casefold().split())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])  # "three" for 3
    if language_of(language) in DECIMAL_COMMA_LANGUAGES:
        if _GROUPED_WITH_POINTS.fullmatch(text):
            text = re.sub(r"[. \u00a0\u202f']", "", text).replace(",", ".")
        elif _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(",", ".")
    elif _GROUPED.fullmatch(text):
        text = re.sub(r"[, \u00a0\u202f_']", "", text)
    elif _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def check_number(response: str, answer: float, tolerance: float = 0, unit: str = "",
                 language: str = "en") -> bool:
    """A typed answer to a `number` question: right when within the tolerance, read the way the
    pack's language writes numbers."""
    value = parse_number(response, unit, language)
    return value is not None and number_distance(value, answer) <= tolerance


def number_distance(value: float, answer: float) -> float:
    """How far a number is from the answer; rounding noise below a millionth is ignored."""
    distance = abs(value - answer)
    return 0.0 if distance < 1e-9 * max(1.0, abs(answer)) else distance
