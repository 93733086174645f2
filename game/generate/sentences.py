"""Splitting prose into sentences without a model: full stops that are not abbreviations.

A sentence keeps its exact text (it is quoted as the source of a question), so the splitter
only finds boundaries and never rewrites.
"""

from __future__ import annotations

import re

from game.generate.lexicon import word_set

ABBREVIATIONS = word_set("abbreviations")

_WEEKDAY_ABBREVIATIONS = word_set("weekday_abbreviations")
# A run of marks is tried from its first mark only: "....." of any length costs one pass.
_BOUNDARY = re.compile(r"((?<![.!?])[.!?]+|\u2026)([\"'\u201d\u2019)\]]*(?:\[[^\]]{1,20}\])*)(\s+)(?=[\"'\u201c\u2018(\[]*[A-Z0-9\u00c0-\u017f])")
_LONG_QUOTE_START = re.compile(r"(?<=\s)[\"\u201c](?=[A-Z])")
MAX_WORDS_BEFORE_QUOTE_SPLIT = 40
# What is looked at before a full stop to judge it: enough for "the Sun." or "396 m.", and
# never the whole paragraph again (which would make splitting slow in the paragraph's square).
LOOK_BACK = 40
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_DIGIT_BEFORE = re.compile(r"\d\s*$")
# A monarch's name before a regnal "I" (one "I" after another, as in "Charles I", is never an initial).
_MONARCH_BEFORE = re.compile(r"\b(?:Elizabeth|Mary|Charles|James|Henry|Edward|George|William|Richard|John|Anne|Victoria|"
                             r"Louis|Philip|Peter|Catherine|Frederick|Nicholas|Alexander|Napoleon|Ferdinand|Isabella|"
                             r"Francis|Leopold|Wilhelm|Joseph|Charlemagne|Robert|David|Malcolm|Stephen|Matilda)\s+$")


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop ending at `end` closes an abbreviation or an initial."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:end].rstrip(".").lower()
    if not word:
        return False
    if word in ("no", "yes") and text[start].isupper() and not text[:start].strip() \
            and not re.match(r"\s*\d", text[end + 1:end + 4]):
        return False  # "No. The library stopped charging fines ...": an answer of its own, not "number"
    if word in ABBREVIATIONS:
        # "the Sun." and "the Sat." end sentences; "Sun. 5 May" is a day.
        return not (word in _WEEKDAY_ABBREVIATIONS and _THE_BEFORE.search(text, max(0, start - LOOK_BACK), start))
    if len(word) == 1 and word.isalpha():
        if start > 0 and text[start - 1] in "'\u2019":
            return False  # "as pure as Borrowdale's. In 1795 ...": a possessive ends the sentence
        if word == "i" and _MONARCH_BEFORE.search(text, max(0, start - LOOK_BACK), start):
            return False  # "the reigns of Elizabeth I and Mary I. The latest coin ...": a regnal number
        # an initial: "J. Smith"; but "from 599 m to 396 m. It flows ..." ends with a unit
        return text[start].isupper() or not _DIGIT_BEFORE.search(text, max(0, start - LOOK_BACK), start)
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))  # "U.S", "e.g"


def _inside_brackets(text: str, start: int, at: int) -> bool:
    """Whether position `at` is inside a bracket opened in the sentence since `start` that closes
    within a few words after it."""
    opened = text.rfind("(", max(start, at - LOOK_BACK), at)
    if opened < 0 or text.find(")", opened, at) >= 0:
        return False
    closing = text.find(")", at, at + LOOK_BACK)
    return closing >= 0 and text.find("(", at, closing) < 0


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of a paragraph, covering its text without the gaps."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        mark = match.group(1)
        if mark == "." and _is_abbreviation(paragraph, match.start(1)):
            continue
        if _inside_brackets(paragraph, start, match.start(1)):
            continue  # "(ref. 19/00452/FUL)": a full stop inside a short bracket ends nothing
        end = match.end(2)
        spans.append((start, end))
        start = match.end(3)
    if start < len(paragraph):
        spans.append((start, len(paragraph.rstrip())))
    return [piece for s, e in spans for piece in _split_run_on(paragraph, s, e)]


# Words after which a sentence goes on: an article, a determiner, a preposition, a conjunction,
# or a word that introduces a title ("an open letter, the", "a poem called").
_LEADS_ON = frozenset("the a an of and or but nor to in on at by for with from as that than his her its their our "
                      "my your this these those called named titled entitled".split())


def leads_on(text: str) -> bool:
    """Whether text ends where no sentence can: after a comma, a colon or a word that needs what
    follows ("On 2 May the paper printed an open letter, the" leads on to the letter's title)."""
    text = text.rstrip()
    if text.endswith((",", ";", ":", "–", "—", "-")):
        return True
    words = text.split()
    return bool(words) and words[-1].lower() in _LEADS_ON


# A short quotation that closes and lets the sentence go on: a title ("the "Protest against the
# Tower", whose signatories ...").
_QUOTED_TITLE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{1,120})[\"\u201d]\s*[,;]?\s*[a-z(]")
MAX_TITLE_WORDS = 15


def _a_title_within(text: str, at: int, end: int) -> bool:
    """Whether the quotation opening at `at` is a title the sentence goes on after: short, closed
    within the sentence, and followed by more of it in lower case."""
    title = _QUOTED_TITLE.match(text, at, end)
    return title is not None and len(title.group(1).split()) <= MAX_TITLE_WORDS


def _split_run_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A very long 'sentence' that opens a new quotation midway is two (text lost in scraping),
    unless the text before the quotation leads on to it (`leads_on`) and the quotation is a title
    the sentence goes on after (`_a_title_within`)."""
    if len(text[start:end].split()) <= MAX_WORDS_BEFORE_QUOTE_SPLIT:
        return [(start, end)]
    for match in _LONG_QUOTE_START.finditer(text, start, end):
        before = text[start:match.start()].rstrip()
        if leads_on(before) and _a_title_within(text, match.start(), end):
            continue
        if len(before.split()) >= 8 and len(text[match.start():end].split()) >= 8:
            return [(start, start + len(before)), (match.start(), end)]
    return [(start, end)]
