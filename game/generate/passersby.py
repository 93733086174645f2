"""The passers-by of a news report: people it introduces by name, age and what they do, only to
quote them ("Retired teacher Jane Doe, 71, travelled from ..."; "John Roe, 19, a student at
the college, said ..."; "Ann Poe, who runs a bakery on Mill Lane, said ...").

What such a person does, where they live or how long their journey takes is colour, not the
report's news: a question about it is trivia (`confidence.passer_by`). A person the document
is about, or names again and again, is no passer-by, however it introduces them.
"""

from __future__ import annotations

import re

from game.generate.kinds import PERSON, Span
from game.generate.lexicon import fold

# after the name: an age (", 71," or " (71)"), or a clause about the person's everyday life
_AGE_AFTER = re.compile(r"\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*(?:,|$|\s+(?:who|from|of)\b)|\(\s*\d{1,3}\s*\))")
_EVERYDAY_AFTER = re.compile(r",\s+who\s+(?:runs|ran|owns|owned|lives|lived|works|worked|has\s+run|has\s+lived|"
                             r"has\s+worked|manages|keeps|drives|walks)\b")
_QUOTED = re.compile(r"\b(?:said|says|told|added|recalled|explained|admitted|laughed|joked)\b|[\"\u201c]")
# a person named in this many sentences or more is someone the document is about
MANY = 3


def _named_in(name: str, texts: list[str]) -> int:
    """How many sentences name the person: by the whole name or the surname."""
    words = name.split()
    keys = {fold(name)} | ({fold(words[-1])} if len(words) >= 2 else set())
    return sum(1 for text in texts if any(f" {key} " in f" {fold(text)} " for key in keys))


def passers_by(texts: list[str], spans_by_sentence: list[list[Span]], main: str | None = None) -> frozenset[str]:
    """The folded names of the people the document introduces only to quote them."""
    found: set[str] = set()
    for index, (text, spans) in enumerate(zip(texts, spans_by_sentence)):
        for span in spans:
            if span.kind != PERSON or len(span.text.split()) < 2:
                continue
            after = text[span.end:span.end + 80]
            if not (_AGE_AFTER.match(after) or _EVERYDAY_AFTER.match(after)):
                continue
            following = texts[index + 1] if index + 1 < len(texts) else ""
            if not (_QUOTED.search(text[span.end:]) or _QUOTED.search(following)):
                continue  # a person of the story with an age, not a voice from the street
            if main and (fold(main) == fold(span.text) or fold(main).split()[-1:] == fold(span.text).split()[-1:]):
                continue
            if _named_in(span.text, texts) >= MANY:
                continue
            found.add(fold(span.text))
    return frozenset(found)
