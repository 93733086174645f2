"""List items, read as the sentences they are.

A list's lead-in ("To serve, you must:") carries the subject of every item under it ("be aged
between 18 and 75;"): an item alone states nothing, so it gives no question. An item that is a
sentence of its own ("3. The jury retires to consider its verdict.") is read without its marker.
"""

from __future__ import annotations

import re

from game.generate.lexicon import word_set

_MARKER = re.compile(r"(?:[-*\u2022+\u2013]|\d{1,2}[.)]|\([a-z\d]{1,3}\))\s+(?=\S)")
_CONNECTORS = word_set("name_connectors")


def without_marker(piece: str) -> str:
    """A list item without its bullet or number.

    Example:
        "3. The jury retires to consider its verdict." -> "The jury retires to consider its verdict."
    """
    marker = _MARKER.match(piece)
    return piece[marker.end():] if marker else piece


def continues_a_lead_in(piece: str) -> bool:
    """Whether a paragraph opens in lower case, going on from a lead-in before it: a list item
    whose subject the lead-in holds ("be registered to vote;", "made from local milk").
    A name that opens in lower case ("iPhone sales rose", "van Gogh painted ...") is no such item.

    Example:
        "have lived in Wales for at least five years." -> True
    """
    first = re.match(r"[^\W\d_][\w'\u2019-]*", piece)
    if first is None or not first.group(0)[:1].islower():
        return False
    word = first.group(0)
    if any(ch.isupper() for ch in word[1:]):
        return False  # "iPhone", "eBay"
    if word in _CONNECTORS and re.match(r"\s+[A-Z]", piece[first.end():]):
        return False  # "van Gogh painted ..."
    return True
