"""An organisation's own document speaking as "we": its "we" and "our" are the organisation.

A charity's annual review, a company's results statement or a club's newsletter is mostly
written in the first person plural: "We distributed 14,200 food parcels in 2024." A prompt
cannot say "we" (who is speaking, only the document says), so such a document would give no
question at all. Where the document is plainly one organisation's own (its letterhead or title
names it, and its text speaks as "we" outside quotation marks, with no byline), each sentence's
"we" and "our" outside quotation marks are written as the organisation:

- "We distributed 14,200 food parcels in 2024." -> "Harbourside Food Bank distributed 14,200
  food parcels in 2024." (`speak_as`), the verb agreeing with one organisation ("We were
  founded" -> "... was founded", "we have opened" -> "... has opened", "we employ" -> "...
  employs");
- "This year we opened a second warehouse", "we sold 2,870 windows in the year", in a review of
  2024: "In 2024 ...", "... in 2024" (`date_the_year`), so that the period framing a prompt is
  not said twice ("In 2024, ... in the year");
- "Our volunteers gave 9,300 hours." -> "Harbourside Food Bank's volunteers gave 9,300 hours.",
  and a second time in one sentence by its kind: "... and the food bank's shop ...".

A sentence that speaks as "I", says "us" or "ourselves", or whose "we" comes before no verb form
the word lists know is left as it is (and a prompt from it stays refused). "We" in quoted
speech, in a person's letter ("we went to the beach") and in a text with no single issuer is
never rewritten. The sentence as the file writes it is kept as the one a question quotes, and
no question asks for the words written in (`said_by_the_file`).
"""

from __future__ import annotations

import dataclasses
import re

from game.generate.anchoring import (_QUOTED, HEADER_LINES, _heading_lines, _letterhead, _title_case, article_uses,
                                     document_issuer, document_period, issuer_kind, speaks_for_itself, written_name)
from game.generate.document import Document, Sentence
from game.generate.phrasing import quote_regions
from game.generate.verbs import BASE, PAST, readings, third_person


@dataclasses.dataclass(frozen=True, slots=True)
class Voice:
    """The organisation a document speaks for, as a rewritten sentence writes it."""

    name: str        # "Harbourside Food Bank", "the Wexcombe Rowing Club"
    kind: str        # what it is called by its kind: "food bank", "company", "charity"
    period: str = ""  # the one period its report is on: "2024", "2024/25"


# A letter's greeting or its signing off: a person writing, whoever they name at the top.
_LETTER_LINE = re.compile(r"^(?:Dear|Hi|Hello|To)\s|^(?:Love|Best wishes|Yours|With love|Kind regards|Regards)\b",
                          re.I)
# "The Wexcombe Rowing Club": the kind a name ends with, as the text calls the organisation.
_NAMED_KINDS = (("food bank", "food bank"), ("foodbank", "food bank"), ("hospice", "hospice"))


def document_voice(title: str, texts: list[str], header: list[str] = ()) -> Voice | None:
    """The organisation whose own document this is, speaking as "we": its letterhead or title
    names it ("Harbourside Food Bank — Annual Review 2024"), and two sentences or more say "we"
    or "our" outside quotation marks, under no byline; None for a news story quoting a
    spokesperson's "we", a person's letter, or a text from no one body."""
    header = list(header)[:HEADER_LINES]
    if any(_LETTER_LINE.match(line.strip()) for line in (*header, *texts[:2])):
        return None
    if not speaks_for_itself(texts, header):
        return None
    issuer = document_issuer(title, header, texts)
    if not issuer or not _at_its_head(issuer, title, header) or _a_person_speaking(texts):
        return None
    name = written_name(issuer, texts)
    with_the, without = article_uses(name, texts)
    if with_the > without:
        name = f"the {name}"
    return Voice(name, voice_kind(issuer), document_period(title, header))


def _at_its_head(issuer: str, title: str, header: list[str]) -> bool:
    """Whether the title or the first header line opens with the organisation's name (its
    letterhead), not a speech "given ... at the Prize Day of Castlemead High School"."""
    lines = [_title_case(line) for line in (title, *header)]
    return any(_letterhead(line, issuer) for line in _heading_lines(lines))


_I = re.compile(r"\b(?:I|me|my|myself)\b")


def _a_person_speaking(texts: list[str]) -> bool:
    """Whether more sentences speak as "I" than as "we" outside quotation marks: a speech or a
    letter by one person, whose "we" is no organisation's."""
    mine = sum(bool(_I.search(_QUOTED.sub("", text))) for text in texts)
    ours = sum(bool(_WE.search(_QUOTED.sub("", text))) for text in texts)
    return mine >= ours


def voice_kind(name: str) -> str:
    """What an organisation is called by its kind: "food bank" for Harbourside Food Bank,
    "company" for Pellworth Joinery Ltd, "club" for Wexcombe Rowing Club."""
    low = name.lower()
    for ending, kind in _NAMED_KINDS:
        if low.endswith(ending):
            return kind
    return issuer_kind(name) or "organisation"


_WE = re.compile(r"\b(?:[Ww]e(?:['\u2019](?:re|ve|ll))?|[Oo]ur)\b")
# Words that keep the sentence as it is: someone speaking for themselves, "us" and "ourselves"
# (object forms a name does not always read well in), "we'd" (would or had?).
_KEEP = re.compile(r"\b(?:I|me|my|mine|myself|us|ours|ourselves|[Ww]e['\u2019]d|[Ll]et['\u2019]s)\b")
# Words that may stand between "we" and its verb: "we also opened", "we now employ".
_BETWEEN = frozenset("also now still then recently already again successfully proudly finally currently first "
                     "jointly only even just once".split())
# Verbs that agree with "we" otherwise than by adding -s.
_AGREEING = {"are": "is", "were": "was", "have": "has", "do": "does"}
_CONTRACTED = {"re": "is", "ve": "has", "ll": "will"}


def speak_as(text: str, voice: Voice) -> str:
    """The sentence with its "we" and "our" outside quotation marks written as the organisation:
    "We were founded in 2011." -> "Harbourside Food Bank was founded in 2011."; "Our volunteers
    gave 9,300 hours." -> "Harbourside Food Bank's volunteers gave 9,300 hours."; the text
    unchanged where it also speaks as "I" or says "us", or a "we" has no verb after it."""
    regions = quote_regions(text)

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in regions)

    if any(outside(m.start()) for m in _KEEP.finditer(text)):
        return text
    parts: list[str] = []
    done = 0
    named = False
    for match in _WE.finditer(text):
        if not outside(match.start()):
            continue
        word = match.group(0)
        who = _who(voice, named, match.start() == 0 or text[:match.start()].rstrip().endswith((".", ":")))
        if word.lower() == "our":
            parts.append(text[done:match.start()] + _possessive(who))
            done = match.end()
        else:
            written = _subject(text, match, who)
            if written is None:
                return text
            parts.append(text[done:match.start()] + written[0])
            done = written[1]
        named = True
    if not named:
        return text
    return "".join(parts) + text[done:]


def _who(voice: Voice, named: bool, opening: bool) -> str:
    """The organisation's name the first time a sentence speaks of it, its kind after that."""
    who = f"the {voice.kind}" if named else voice.name
    return who[:1].upper() + who[1:] if opening else who


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _subject(text: str, match: re.Match, who: str) -> tuple[str, int] | None:
    """"We" and the verb agreeing with it, written for the organisation, and where that
    writing ends in the text; None where no verb form follows."""
    contracted = re.search(r"['\u2019](re|ve|ll)$", match.group(0))
    if contracted:
        return f"{who} {_CONTRACTED[contracted.group(1)]}", match.end()
    position = match.end()
    between = ""
    while True:
        word = re.match(r"\s+([a-z]+)", text[position:])
        if word is None:
            return None
        if word.group(1) in _BETWEEN:
            between += word.group(0)
            position += word.end()
            continue
        verb = word.group(1)
        break
    agreeing = agree(verb)
    if agreeing is None:
        return None
    return f"{who}{between} {agreeing}", position + word.end()


def agree(verb: str) -> str | None:
    """A verb after "we" as it agrees with one organisation: "were" -> "was", "have" -> "has",
    "employ" -> "employs", "opened" and "will" as they are; None for no verb form known."""
    if verb in _AGREEING:
        return _AGREEING[verb]
    if verb in ("will", "would", "can", "could", "should", "may", "might", "must", "shall", "had", "did"):
        return verb
    found = readings(verb)
    if not found:
        return None
    if any(tense == PAST for _base, tense in found):
        return verb  # "opened", "gave"; "put" and "set" read as told in the past
    base = next((b for b, tense in found if tense == BASE), None)
    return third_person(base) if base else None


# "This year", "in the year", "during the year": the period the review is on, unless the words go
# on to say which year ("the year to 31 March", "the year ended ...", "the year of the flood").
_THE_YEAR = re.compile(r"\b(?:([Tt]his)|[Ii]n the|[Dd]uring the|[Oo]ver the|[Tt]hroughout the) year\b"
                       r"(?!['\u2019]|\s+(?:to|ended|ending|of|before|after|when|that|in|which|ahead|just)\b)")


def date_the_year(text: str, period: str) -> str:
    """"This year we opened a second warehouse" in a review of 2024 says "In 2024 we opened a
    second warehouse"; "sold 2,870 windows in the year" says "... in 2024"; "earlier this year"
    says "earlier in 2024". Quoted words are left as they are."""
    if not period or "year" not in text:
        return text
    regions = quote_regions(text)
    parts: list[str] = []
    done = 0
    for match in _THE_YEAR.finditer(text):
        if any(a <= match.start() < b for a, b in regions):
            continue
        this = match.group(1)
        before = text[:match.start()]
        if this and re.search(r"\b(?:in|of|for|during|from|by|until|since)\s+$", before, re.I):
            continue  # "in this year" is rare and "of this year's" awkward: left
        written = f"in {period}"
        if match.start() == 0:
            written = written[:1].upper() + written[1:]
        parts.append(before[done:] + written)
        done = match.end()
    return "".join(parts) + text[done:] if parts else text


def in_own_voice(document: Document) -> Document:
    """The document with its sentences written for the organisation it speaks as (`speak_as`),
    each rewritten sentence still quoting the file's words; the document itself where it speaks
    for no one organisation."""
    texts = [s.text for s in document.sentences]
    voice = document_voice(document.title, texts, [line for line, _reason in document.dropped])
    if voice is None:
        return document
    sentences = []
    changed = False
    for sentence in document.sentences:
        written = date_the_year(speak_as(sentence.text, voice), voice.period) if not sentence.label else sentence.text
        if written != sentence.text:
            changed = True
            sentence = dataclasses.replace(sentence, text=written, quote=sentence.quote or sentence.text,
                                           spoken=sentence.spoken or sentence.text)
        sentences.append(sentence)
    return dataclasses.replace(document, sentences=sentences) if changed else document


def said_by_the_file(fact) -> bool:
    """Whether a fact's answer is in its sentence as the file writes it: not the organisation's
    name written for "we" ("Who distributed 14,200 food parcels?") nor the year written for
    "this year", which the quoted sentence would not show."""
    spoken = fact.sentence.spoken
    return not spoken or fact.span.text in spoken
