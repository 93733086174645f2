"""Where a sentence of a web page or Markdown file is in the file as written.

Markup can split a sentence in the file ("The **Danube** flows ...", a link inside it), so its
visible words are not one piece of the file. The quote of such a sentence is the stretch of the
file from its first word to its last, markup included: it can always be found in the file, and
screens show it without the markup (`game.packs.quotes.readable_quote`).
"""

from __future__ import annotations

import re

# What may stand between two visible words or marks: spacing, tags, Markdown markers and link
# targets, character references for spaces.
_GAP = (r"(?:\s+|<[^<>]{0,400}>|\*{1,2}|_{1,2}|~~|`|\[|\]\([^()\s]{0,400}\)|\]\[[^\[\]]{0,60}\]|\]"
        r"|&nbsp;|&#160;|&#xa0;)*?")
_TOKEN = re.compile(r"\w+|[^\w\s]")
SEARCH_WINDOW = 200_000
MAX_TOKENS = 400


def _pattern(sentence: str) -> re.Pattern | None:
    tokens = _TOKEN.findall(sentence)
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    parts = [re.escape(t) if re.match(r"\w", t) else f"(?:{re.escape(t)}|&#?\\w+;)" for t in tokens]
    return re.compile(_GAP.join(parts))


def locate(source: str, sentence: str, hint: int = 0) -> tuple[int, int] | None:
    """(start, end) of the stretch of `source` that reads as `sentence` once markup is set
    aside, looked for from `hint` on first (sentences come in order); None if not there."""
    tokens = _TOKEN.findall(sentence)
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    found = _walk_search(source, tokens, hint, min(len(source), hint + SEARCH_WINDOW))
    if found is None and hint:
        found = _walk_search(source, tokens, 0, min(len(source), hint + len(sentence)))
    if found is None and _AMBIGUOUS.intersection(tokens):
        # A sentence holding characters that are also markup (* _ ~ ` [ ] & < >) can need a gap
        # or an entity taken where the walk took a character: the full pattern tries every way.
        # The pattern can take long to fail, so it looks only where the sentence would stand.
        pattern = _pattern(sentence)
        stop = min(len(source), hint + min(SEARCH_WINDOW, 16 * len(sentence) + 4096))
        match = pattern.search(source, hint, stop) if pattern else None
        found = (match.start(), match.end()) if match else None
    return found


# One piece of markup or spacing between two visible words (what `_GAP` allows any number of).
_GAP_ITEM = re.compile(r"\s+|<[^<>]{0,400}>|\*{1,2}|_{1,2}|~~|`|\[|\]\([^()\s]{0,400}\)|\]\[[^\[\]]{0,60}\]|\]"
                       r"|&nbsp;|&#160;|&#xa0;")
_ENTITY = re.compile(r"&#?\w+;")
_AMBIGUOUS = frozenset("*_~`[]&<>")
_WORD = re.compile(r"\w")


def _walk_search(source: str, tokens: list[str], start: int, stop: int) -> tuple[int, int] | None:
    """The first stretch of source[start:stop] that reads as `tokens`, found by walking from
    each place the first token stands: each token is taken as soon as it is there, and markup
    is skipped one piece at a time until it is. This costs time in proportion to the tokens,
    where compiling a pattern of them costs a hundred times more."""
    first = tokens[0]
    starts = re.compile(re.escape(first) if _WORD.match(first) else f"{re.escape(first)}|&#?\\w+;")
    for candidate in starts.finditer(source, start, stop):
        end = _walk(source, candidate.start(), tokens, stop)
        if end is not None:
            return candidate.start(), end
    return None


def _walk(source: str, position: int, tokens: list[str], stop: int) -> int | None:
    for index, token in enumerate(tokens):
        while True:
            if not _WORD.match(token):
                entity = _ENTITY.match(source, position, stop)  # "&amp;" for "&", "&quot;" for '"'
                if entity:
                    position = entity.end()
                    break
            if source.startswith(token, position, stop):
                position += len(token)
                break
            gap = _GAP_ITEM.match(source, position, stop) if index else None
            if gap is None:
                return None
            position = gap.end()
    return position
