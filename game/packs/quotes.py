"""A source quote as a reader sees it.

A generated question quotes its document as written, so that the quote can always be found in
the file; in a web page or a Markdown file that text may hold markup (a link or bold text inside
the sentence). Screens show the words, not the markup.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]+>")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`]*)`")
_MARKUP = re.compile(r"[<>&*_~`\[]")


def readable_quote(quote: str) -> str:
    """The quote without HTML tags, character references or Markdown markup, spacing tidied."""
    if not _MARKUP.search(quote):
        return quote
    text = _TAG.sub("", quote)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    text = html.unescape(text)
    return " ".join(text.split())
