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
    pattern = _pattern(sentence)
    if pattern is None:
        return None
    found = pattern.search(source, hint, min(len(source), hint + SEARCH_WINDOW))
    if found is None and hint:
        found = pattern.search(source, 0, min(len(source), hint + len(sentence)))
    return (found.start(), found.end()) if found else None
