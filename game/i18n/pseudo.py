"""The pseudo language: every message accented and lengthened by about 40%, in brackets.

"Settings" becomes "[Šéţţîñĝš ~~~~]". A screen drawn in it shows at once which words did not
go through the catalogs (they stay plain) and whether the layout takes text that runs long, as
German and Russian do. Placeholders (`{team}`, `{points:,}`, `%(name)s`, `%s`), HTML tags and
key names in angle brackets are left as they are, so formatting still works.
"""

from __future__ import annotations

import math
import re

CODE = "qps"
PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
ACCENTED = "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENT = str.maketrans(PLAIN, ACCENTED)
# What must come through unchanged: format fields, %-style fields, tags and escapes.
_KEEP = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%\([^)]*\)[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]|%[-#0 +]*\d*(?:\.\d+)?[sdifgrx%]"
                   r"|<[^<>]*>|&[a-z]+;")
OPEN, CLOSE, FILL = "[", "]", "~"


def pseudo(text: str) -> str:
    """`text` in the pseudo language; the empty string stays empty."""
    if not text:
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last:match.start()].translate(_ACCENT))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENT))
    body = "".join(out)
    stripped = body.rstrip("\n")
    trailing = body[len(stripped):]
    return f"{OPEN}{stripped} {FILL * max(1, math.ceil(len(text) * 0.4))}{CLOSE}{trailing}"


def is_pseudo(text: str) -> bool:
    """True when `text` carries the pseudo language's marks (for tests that hunt plain text)."""
    return OPEN in text and FILL in text and CLOSE in text
