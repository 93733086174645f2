"""Key terms: the lower-case words a text is about ("photosynthesis", "divergent boundaries"),
found where a question can ask "what" about them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from game.generate.kinds import Context, Span
from game.generate.lexicon import FUNCTION_WORDS

TECHNICAL = re.compile(r"(?:sis|phyll|ase|ism|ide|ium|ogen|cyte|plast|sphere|ology|ite|ene|ose|ein|oid|ae)$")
_TERM_BEFORE = re.compile(
    r"(?:\b(?:of|in|into|from|by|with|for|as|at|on|to|than|through|called|named|termed|known as|"
    r"referred to as|contain|contains|contained|produce|produces|produced|store|stores|stored|conduct|"
    r"conducts|form|forms|formed|use|uses|used)(?:\s+(?:the|a|an))?\s+|"
    r"\b(?:is|are|was|were|becomes|became)\s+(?:the|a|an)\s+)$")
TERM_AFTER = re.compile(r"\s*(?:[.;:)]|,(?!\s+\w+\s+(?:and|or)\b)|$)|\s+(?:while|during)\b")
_NAMED = re.compile(r"\b(?:known as|called|named|termed|referred to as)\s+(?!after\b|for\b|by\b|in\b)(?:the\s+|a\s+|an\s+)?"
                    r"((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)(?=\s*[,.;:)]|\s+(?:and|or|in|of|by|for|which|that|because)\b)")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    from game.generate.lexicon import DATA_DIR
    words: set[str] = set()
    for line in (DATA_DIR / "common_words.txt").read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


def term_spans(text: str, context: Context) -> list[Span]:
    """Key terms where a question can ask 'what' about them: after a preposition or a verb,
    at the end of a phrase ("to conduct photosynthesis", "known as the Calvin cycle")."""
    spans: list[Span] = []
    for match in _NAMED.finditer(text):
        spans.append(Span(match.start(1), match.end(1), match.group(1), "term"))
    if not context.keywords:
        return spans
    for match in re.finditer(r"\b([a-z][a-z-]+)\b", text):
        word = match.group(1)
        if word not in context.keywords:
            continue
        end = match.end()
        if not TERM_AFTER.match(text, end):
            continue
        start = match.start()
        modifier = re.search(r"\b([a-z][a-z-]{3,})\s+$", text[:start])
        if modifier and modifier.group(1) not in FUNCTION_WORDS and modifier.group(1) not in common_words() \
                and not modifier.group(1).endswith(("ed", "ing", "ly")) and not _TERM_BEFORE.search(text[:start]):
            start = modifier.start(1)
        if not _TERM_BEFORE.search(text[:start]):
            continue
        spans.append(Span(start, end, text[start:end], "term"))
    return spans
