"""How alike two words are, and how a word is typed without its accents: the distance behind
"did you mean", and forgiving typed answers.

A base helper with no imports of the game, so settings, the quiz rules and anything else
that suggests or forgives a typo can share it without depending on each other.
"""

from __future__ import annotations

import unicodedata


def typo_distance(a: str, b: str) -> int:
    """Edits between two strings, a swap of neighbours counting as one (Damerau-Levenshtein)."""
    if a == b:
        return 0
    previous2: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


# Letters whose mark makes another letter rather than an accent a typist may leave off:
# Russian "й" is not "и" (but "ё" may be typed "е").
_KEPT = frozenset("йЙ")


def without_accents(text: str) -> str:
    """The text as typed on a keyboard without accents: "Bleriot" for "Blériot"; a letter whose
    mark makes another letter keeps it."""
    if text.isascii():
        return text  # nothing to take off
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _KEPT:
            out.append(ch)
            continue
        out.extend(part for part in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(part))
    return "".join(out)
