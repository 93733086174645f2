"""A pluperfect with nothing to be earlier than.

"Alexander Graham Bell had made the first call." follows a story told before it in the text: the
"had" places the call before that story's time. A prompt or statement read alone has no such
time, so the "had" dangles; the simple past says the same thing plainly ("... made the first
call"). Where the line holds its own time to be earlier than ("By 1900 the town had grown ...",
"... had already left when ...", "She noticed that the mould had killed ..."), the pluperfect is
right and stays. Where the simple past is
not certain (two pluperfects, a "had been" whose subject is more than a determiner and a noun,
so that "was" or "were" is unclear, a form the verb list lacks), the line is not written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from game.generate.verbs import PARTICIPLE, base_of, past_of, readings

# "had made", "had first made", "had never made", "had not made"
_PLUPERFECT = re.compile(r"\b([Hh]ad)\s+(?:(not|never|first|also|just|once|recently|successfully|secretly)\s+)?"
                         r"([a-z]+)\b")
# Words that give a line its own earlier time: "by 1900", "before ...", "already", "when ...".
_OWN_TIME = re.compile(r"\b(?:[Bb]y|[Bb]efore|[Aa]fter|[Ww]hen|[Uu]ntil|[Tt]ill|[Ss]ince|[Oo]nce|[Pp]rior|"
                       r"already|yet|earlier|previously|then|[Bb]y\s+then|[Bb]y\s+the\s+time)\b")


def _participle_base(word: str) -> str | None:
    """The verb whose participle `word` is ("made" -> "make", "written" -> "write"), or None."""
    base = base_of(word, PARTICIPLE)
    if base is not None:
        return base
    if word.endswith("ed") and len(word) >= 5 and not readings(word):
        return ""  # a regular verb the list lacks: its past is the participle itself
    return None


def _another_past(text: str, pluperfects: list[re.Match]) -> bool:
    """Whether the line has a verb in the past besides its pluperfects, the time they are earlier
    than: "Halvorsen noticed that the kelp had disappeared", "A judge who had jailed jurors was
    overruled"."""
    inside = [(m.start(), m.end() + (len(after.group(0)) if (after := re.match(r"\s+[a-z]+", text[m.end():]))
                                     and m.group(3) == "been" else 0)) for m in pluperfects]  # "had been fitted"
    for word in re.finditer(r"\b[a-z]+\b", text):
        if any(a <= word.start() < b for a, b in inside):
            continue
        if word.group(0) in ("was", "were") or any(tense == "past" for _b, tense in readings(word.group(0))):
            return True
    return False


# A subject of a determiner and one noun just before the verb, at the line's start or after a
# comma: "the carpet", "How many quotes", "In Okafor v Harwood, the carpet".
_SIMPLE_SUBJECT = re.compile(r"(?:^|,\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|([Hh]ow\s+many))\s+([a-z]+)\s+$")


def _be_for_the_subject(before: str) -> str | None:
    """"was" or "were" for a subject of a determiner and one noun ("the carpet" -> "was", "How
    many quotes" -> "were"); None where the subject is longer or its number unclear."""
    subject = _SIMPLE_SUBJECT.search(before)
    if subject is None:
        return None
    noun = subject.group(2)
    if subject.group(1) or (noun.endswith("s") and not noun.endswith(("ss", "us", "is"))):
        return "were"
    return "was"


# Read once for the statement the facts of one sentence share.
@lru_cache(maxsize=1024)
def simple_past_for_stray_pluperfect(text: str) -> str | None:
    """`text` with a pluperfect that has no time of its own turned into the simple past; the
    text as it is where it holds no pluperfect or its own time; None where the simple past is
    not certain.

    Example:
        "Marta Ruiz had built the first kiln in the valley." -> "Marta Ruiz built the first kiln in the valley."
        "By 1820 the mill had doubled its output." -> unchanged
        "The bridge had been rebuilt twice." -> "The bridge was rebuilt twice."
        "The walls of the keep had been rebuilt twice." -> None
    """
    found = list(_PLUPERFECT.finditer(text))
    found = [m for m in found if m.group(3) == "been" or _participle_base(m.group(3)) is not None]
    if not found:
        return text
    if _OWN_TIME.search(text) or _another_past(text, found):
        return text
    if len(found) > 1:
        return None
    match = found[0]
    adverb, participle = match.group(2), match.group(3)
    if participle == "been":
        be = _be_for_the_subject(text[:match.start()])
        if be is None or adverb == "not" or adverb == "never":
            return None  # "The walls of the keep had been ...": "was" or "were"?
        if match.group(1) == "Had":
            return None
        return text[:match.start()] + (f"{be} {adverb}" if adverb else be) + text[match.end():]
    base = _participle_base(participle)
    past = participle if base == "" else past_of(base) if base else None
    if past is None or (adverb == "not" and not base):
        return None
    if adverb == "not":
        verb_phrase = f"did not {base}"
    else:
        verb_phrase = f"{adverb} {past}" if adverb else past
    if match.group(1) == "Had":
        verb_phrase = verb_phrase[:1].upper() + verb_phrase[1:]
    return text[:match.start()] + verb_phrase + text[match.end():]
