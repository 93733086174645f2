"""Reading untrusted JSON with limits checked as the text is scanned, before it is parsed.

The standard parser recurses once per level (a file nested 100,000 deep ends in a
RecursionError), builds every value before anything can be counted, and refuses whole
numbers of more than 4,300 digits with a bare ValueError. One linear pass over the tokens
counts nesting, values and the length of every number first, and stops at the first one
past a limit with the line it is on; only a file within every limit is handed to the parser.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from game.i18n import _
from game.i18n.formats import format_number
from game.packs.formats.common import FormatError, Location

# A string (escapes and all), an opening or closing bracket, or a bare word (a number,
# true, false, null, or junk the parser will name).
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[{]|[\]}]|[^\s,:\[\]{}"]+')


@dataclass(frozen=True)
class JsonLimits:
    max_depth: int = 32
    max_values: int = 200_000   # keys count too; 10,000 Open Trivia DB questions hold fewer
    max_digits: int = 4_300     # of a number; Python refuses to read longer ones


DEFAULT_JSON_LIMITS = JsonLimits()


def load_json(text: str, file: str, limits: JsonLimits = DEFAULT_JSON_LIMITS) -> Any:
    """The parsed JSON of `text`; FormatError naming the line for a limit passed or bad syntax."""
    check_json_shape(text, file, limits)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        # Translators: {error} is the JSON reader's own words (in English)
        raise FormatError(Location(file, exc.lineno), _("this is not valid JSON: {error} (column {column})").format(
            error=exc.msg, column=exc.colno)) from None


def check_json_shape(text: str, file: str, limits: JsonLimits = DEFAULT_JSON_LIMITS) -> None:
    """Refuse JSON nested too deep, holding too many values or too long a number."""
    depth = 0
    values = 0
    for match in _TOKEN.finditer(text):
        start = match.start()
        first = text[start]
        if first in "[{":
            depth += 1
            values += 1
            if depth > limits.max_depth:
                raise FormatError(_where(text, file, start), _("the JSON is nested more than {depth} levels deep; a "
                                                               "question file never is").format(depth=limits.max_depth))
        elif first in "]}":
            depth -= 1
        else:
            values += 1
            if first != '"' and match.end() - start > limits.max_digits:
                raise FormatError(_where(text, file, start),
                                  _("a number written with {count} characters; at most {most} digits can be "
                                    "read").format(count=format_number(match.end() - start),
                                                   most=format_number(limits.max_digits)))
        if values > limits.max_values:
            raise FormatError(_where(text, file, start), _("the JSON holds more than {count} values, far more than "
                                                           "a question file; refusing to read it").format(
                                                               count=format_number(limits.max_values)))


def _where(text: str, file: str, index: int) -> Location:
    return Location(file, text.count("\n", 0, index) + 1)
