"""Numbers, percentages and dates written the way the current language writes them:
"12,345.5" in English, "12.345,5" in German, "12 345,5" in French and Russian.

The formats are CLDR's (game/i18n/localedata.py, taken from Babel when the catalogs are
built), applied here with a few lines of the standard library, so the installed game needs
no Babel and starting it costs nothing extra.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from game import i18n
from game.i18n.localedata import FORMATS

_FIELD = re.compile(r"'[^']*'|([a-zA-Z])\1*")


def _data(language: str | None) -> dict:
    code = language or i18n.language()
    return FORMATS.get(code) or FORMATS[i18n.SOURCE]


def format_number(value: float, decimals: int | None = None, language: str | None = None) -> str:
    """`value` with the language's decimal mark and thousands separator. `decimals` fixes the
    places after the mark; None shows a whole number as one and up to three places otherwise."""
    data = _data(language)
    if decimals is None:
        text = f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(int(value))
    else:
        text = f"{value:.{decimals}f}"
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    if len(whole) > 3 and len(whole) >= 3 + data["min_grouping"]:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = data["group"].join([whole, *groups])
    out = whole + (data["decimal"] + fraction if fraction else "")
    if negative and out.strip("0" + data["decimal"] + data["group"]):
        out = data["minus"] + out
    return out


def format_percent(ratio: float, decimals: int = 0, language: str | None = None) -> str:
    """`ratio` (0.25) as a percentage ("25%", "25 %")."""
    data = _data(language)
    number = format_number(ratio * 100, decimals, language)
    return data["percent"].replace("#,##0", number, 1)


def _pattern(pattern: str, moment: date | time | datetime, data: dict) -> str:
    def field(match: re.Match) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token[1:-1] if len(token) > 2 else "'"
        letter, width = token[0], len(token)
        if letter == "y":
            year = moment.year
            return f"{year % 100:02d}" if width == 2 else f"{year:0{width}d}"
        if letter in "ML":
            if width >= 4:
                return data["months_wide"][moment.month - 1]
            if width == 3:
                return data["months_abbreviated"][moment.month - 1]
            return f"{moment.month:0{width}d}"
        if letter == "d":
            return f"{moment.day:0{width}d}"
        if letter == "H":
            return f"{moment.hour:0{width}d}"
        if letter == "h":
            return f"{(moment.hour % 12) or 12:0{width}d}"
        if letter == "m":
            return f"{moment.minute:0{width}d}"
        if letter == "s":
            return f"{moment.second:0{width}d}"
        if letter == "a":
            return data["am"] if moment.hour < 12 else data["pm"]
        return token
    return _FIELD.sub(field, pattern)


def format_date(day: date, style: str = "medium", language: str | None = None) -> str:
    """`day` in the language's short ("07.12.26"), medium ("7 déc. 2026") or long style."""
    data = _data(language)
    return _pattern(data[f"date_{style}"], day, data)


def format_time(moment: time | datetime, language: str | None = None) -> str:
    """Hours and minutes: "4:39 PM", "16:39"."""
    data = _data(language)
    return _pattern(data["time_short"], moment, data)


def format_datetime(moment: datetime, style: str = "medium", language: str | None = None) -> str:
    """A date and its time together, joined as the language joins them."""
    data = _data(language)
    return data["datetime"].replace("{1}", format_date(moment, style, language)).replace(
        "{0}", format_time(moment, language))
