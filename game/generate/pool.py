"""Every answer span of the documents, kept for finding wrong options near a question.

Lookups stay cheap on long inputs: a question takes its document options from the spans of
the same kind nearest to it (the same topic, usually), not from the whole input.
"""

from __future__ import annotations

import bisect
from collections import Counter

from game.generate.lexicon import fold
from game.generate.kinds import PERSON, YEAR, Span

NEAREST = 24


class Pool:
    def __init__(self) -> None:
        self._positions: dict[str, list[int]] = {}
        self._spans: dict[str, list[Span]] = {}
        self._mentions: Counter[str] = Counter()
        self.person_words: set[str] = set()
        self.person_roles: dict[str, set[str]] = {}  # a person's name as written -> the roles the text gives it
        self.years: list[int] = []

    def add(self, position: int, span: Span) -> None:
        """Add a span of sentence number `position` (counted across all documents, in order)."""
        self._positions.setdefault(span.kind, []).append(position)
        self._spans.setdefault(span.kind, []).append(span)
        self._mentions[fold(span.text)] += 1
        if span.kind == PERSON:
            self.person_words.update(fold(span.text).split())
            if span.role:
                self.person_roles.setdefault(span.text, set()).add(span.role)
        if span.kind == YEAR and span.value:
            self.years.append(int(span.value))

    def finish(self) -> None:
        self.years = sorted(set(self.years))

    def kinds(self) -> list[str]:
        return list(self._spans)

    def mentions(self, text: str) -> int:
        return self._mentions[fold(text)]

    def near(self, kind: str, position: int, limit: int = NEAREST) -> list[Span]:
        """Up to `limit` spans of a kind with different texts, nearest to `position` first."""
        positions = self._positions.get(kind)
        if not positions:
            return []
        spans = self._spans[kind]
        right = bisect.bisect_left(positions, position)
        left = right - 1
        seen: set[str] = set()
        out: list[Span] = []
        budget = limit * 6  # a name repeated all over a long input must not make this a scan
        while (left >= 0 or right < len(spans)) and len(out) < limit and budget > 0:
            budget -= 1
            take_right = right < len(spans) and (left < 0 or positions[right] - position <= position - positions[left])
            index = right if take_right else left
            if take_right:
                right += 1
            else:
                left -= 1
            span = spans[index]
            if span.text not in seen:
                seen.add(span.text)
                out.append(span)
        return out
