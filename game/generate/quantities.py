"""Numbers in a sentence: dates, years, decades, centuries, sums of money, percentages and
counts with their unit ("three weeks", "76 ha", "100 species of trees").
"""

from __future__ import annotations

import re

from game.generate.kinds import CENTURY, COUNT, DATE, DECADE, MONEY, PERCENT, PERIOD, YEAR, Span
from game.generate.lexicon import FUNCTION_WORDS, MONTH_NAMES, NUMBER_WORDS, UNIT_NAMES, word_set

_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
             r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DATE = re.compile(
    rf"\b(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_RE}(?:\s+\d{{4}})?|"
    rf"{_MONTH_RE}\s+(?:of\s+)?\d{{4}})(?![\w])")
_YEAR = re.compile(r"(?<![\w$\u00a3\u20ac.,])(1[0-9]{3}|20[0-9]{2})(?![\w%]|[.,]\d)")
# "210 BC", "AD 79", "44 BCE"; and a span of them, "380–246 BC".
_ERA_YEAR = re.compile(r"(?<![\w.,])(?:(?:AD|CE)\s+(\d{1,4})|(\d{1,4})\s+(BC|BCE|AD|CE))\b")
_ERA_PERIOD = re.compile(r"(?<![\w.,])(\d{1,4})\s*[\u2013\u2014-]\s*(\d{1,4})\s+(BC|BCE|AD|CE)\b")
_DECADE = re.compile(r"\b(1[0-9]{2}0|20[0-9]0)s\b")
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]century\b", re.I)
_MONEY = re.compile(r"(?:\b(?:US|A|C|NZ|HK))?[$\u00a3\u20ac]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?\b")
_PERCENT = re.compile(r"\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b)")
_NUMBER = re.compile(
    r"(?<![\w.,$\u00a3\u20ac-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
    r"(?:\s+(thousand|million|billion|trillion))?(?![\w%]|[.,]\d)", re.I)
_UNIT_WORD = re.compile(r"\s+((?:[A-Z][A-Za-z]*(?:\.[A-Z])*\.?\s+(?=[a-z]{3,}s\b))?(?:square\s+|cubic\s+)?(?:[a-z]+-?[a-z]+\s+(?=(?!(?:of|and|or|to|in|on|at|the|for)\s)(?:[a-z]+-?[a-z]+\s+)?[a-z]+s\b)){0,2}[a-z][a-z/²³]*[23]?)"
                        r"(\s+of\s+(?!(?:its|his|her|their|the|a|an|our|my|your|this|that|these|those)\b)[a-z]+)?")
_NOT_UNITS = word_set("not_units")
# A rate after a unit is part of it: "20 miles per hour" is a speed, not a distance.
_RATE = re.compile(r"\s+(?:per|an?)\s+(?:hour|minute|second|day|week|month|year|litre|gallon|head|person|kilogram|kilo)\b")


def _number_value(raw: str) -> float | None:
    """The value of "1,050,000", "2.5" or "three"; a scale word stays in the unit ("million people")."""
    raw = raw.lower().replace(",", "")
    value = NUMBER_WORDS.get(raw)
    if value is None:
        try:
            value = float(raw)
        except ValueError:
            return None
    return float(value)


_LEADING_NUMBER = re.compile(r"[$\u00a3\u20ac]?\s?(\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)")


def leading_number(text: str) -> float | None:
    """The value of the number an option opens with ("3,750", "\u00a360,000", "twenty thousand":
    20, its scale word left to the unit, as for the answer)."""
    match = _LEADING_NUMBER.match(text.strip())
    return _number_value(match.group(1)) if match else None


# The one word after a number, read alone when the longer reading fails: "38,500 hours this year"
# is read first as "hours this year" (as "two retired television engineers" is), of no plural unit.
_FIRST_WORD = re.compile(r"\s+([a-z][a-z/\u00b2\u00b3]*[23]?)(?![\w-])")


# Years counted as a length of time: "took about 100 years to finish", "for thirty-five years",
# "every seven years", "within two years". Not a time counted back or on from another
# ("ten years ago", "four years later", "over the last fifty years") nor an age ("aged 20 years",
# "eight years old"): those need the document's own time line or are no length of anything.
_DURATION_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\bThe\s)\b(?:for|every|took|takes|take|taking|lasted|lasts|last|lasting|spent|spend|spends|"
    r"spending|within|across)\s+"
    r"(?:(?:about|around|almost|nearly|roughly|some|just|only|over|under|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|up\s+to)\s+)?$", re.I)
_DURATION_YEARS = re.compile(r"\s+(years)\b(?!\s+(?:ago|old|later|earlier|before|after|of\s+age|younger|older)\b)"
                             r"(?![\w'\u2019-])")


def _years_of_a_duration(text: str, start: int, end: int) -> tuple[str, int]:
    """("years", where it ends) when the number at text[start:end] counts the years something
    lasted or took, else ('', end)."""
    if not _DURATION_BEFORE.search(text, max(0, start - 40), start):
        return "", end
    match = _DURATION_YEARS.match(text, end)
    return (match.group(1), match.end(1)) if match else ("", end)


def _unit_after(text: str, end: int, start: int | None = None) -> tuple[str, int]:
    if start is not None:
        years, years_end = _years_of_a_duration(text, start, end)
        if years:
            return years, years_end
    unit, unit_end = _read_unit(text, end, _UNIT_WORD.match(text, end))
    if not unit:
        unit, unit_end = _read_unit(text, end, _FIRST_WORD.match(text, end), alone=True)
    return unit, unit_end


def _read_unit(text: str, end: int, match: re.Match | None, alone: bool = False) -> tuple[str, int]:
    """The unit `match` reads after a number, or ('', end) when it is no unit; `alone`: a single
    word, taken only when it names a unit or is a plural noun."""
    if not match:
        return "", end
    word = match.group(1).split()[-1]
    if any(w in _NOT_UNITS or w.endswith("ly") or w in FUNCTION_WORDS for w in match.group(1).split()):
        return "", end
    plural = word.endswith("s") or word in UNIT_NAMES or word in ("people", "children", "men", "women", "feet", "sheep", "fish", "deer", "staff")
    if any(re.search(r"(?:gg|ll|rg|ng|gh|rt|ld|w|m|t)est$", w) for w in match.group(1).split()[:-1]):
        return "", end  # "the four largest gates": the count is not of "largest gates"
    if not plural:
        return "", end
    unit_end = match.end(2) if not alone and match.group(2) else match.end(1)
    rate = _RATE.match(text, unit_end)
    if rate:
        unit_end = rate.end()
    return text[match.start(1):unit_end], unit_end


def _compound(text: str, spans: list[Span]) -> list[Span]:
    """Counts that are parts of one quantity ("2 hours, 18 minutes") are not asked about alone."""
    counts = sorted((s for s in spans if s.kind == COUNT), key=lambda s: s.start)
    parts: set[int] = set()
    for a, b in zip(counts, counts[1:]):
        if re.fullmatch(r"\s+[a-z]+,?\s+(?:and\s+)?", text[a.end:b.start]):
            parts.update({a.start, b.start})
    for count in counts:
        if re.search(r"\d\s+[a-z]+,?\s+(?:and\s+)?$", text[:count.start]):
            parts.add(count.start)  # "1 minute and 39 seconds": the 39 is half a quantity
    return [s for s in spans if not (s.kind == COUNT and s.start in parts)]


def number_spans(text: str) -> list[Span]:
    spans = _spans_with_digits(text) if _DIGIT.search(text) else []
    for match in _NUMBER.finditer(text):
        value = _number_value(match.group(1))
        if value is None:
            continue
        unit, unit_end = _unit_after(text, match.end(), match.start())
        if not unit:
            continue  # a bare number says too little to ask about
        if match.group(2):
            unit = f"{match.group(2)} {unit}"
        spans.append(Span(match.start(), match.end(), match.group(0), COUNT, value=value, unit=unit))
    return _compound(text, [span for span in spans if not _inside_a_name(text, span)])


_DIGIT = re.compile(r"\d")


def _spans_with_digits(text: str) -> list[Span]:
    """Dates, decades, centuries, sums, percentages and years: each is written with a digit, so
    a sentence without one (most are) is not searched for them."""
    spans: list[Span] = []
    for match in _DATE.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), DATE))
    for match in _DECADE.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), DECADE, value=float(match.group(1))))
    for match in _CENTURY.finditer(text):
        end = match.end() - len("century")
        spans.append(Span(match.start(), end - 1, text[match.start():end - 1], CENTURY, value=float(match.group(1))))
    for match in _MONEY.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), MONEY))
    for match in _PERCENT.finditer(text):
        number = re.match(r"\d[\d,]*(?:\.\d+)?", match.group(0)).group(0)
        spans.append(Span(match.start(), match.end(), match.group(0), PERCENT,
                          value=float(number.replace(",", "")), unit="%"))
    for match in _YEAR.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), YEAR, value=float(match.group(1))))
    for match in _ERA_PERIOD.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), PERIOD))
    for match in _ERA_YEAR.finditer(text):
        before_christ = (match.group(3) or "").startswith("B")
        number = float(match.group(1) or match.group(2))
        spans.append(Span(match.start(), match.end(), match.group(0), YEAR, value=-number if before_christ else number))
    return spans


# A capitalised word right before a bare number makes the number part of a name: "the Glide 3
# scooter", "the Treasure Act 1996", "Apollo 11". A month ("May 1990"), an era ("AD 79") or a
# word that opens a clause ("In 1990", "Since 2004") leaves it a number.
_NAME_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]*)\s+$")
_NOT_NAMES = frozenset(m.lower() for m in MONTH_NAMES) | {"ad", "ce", "bc", "bce", "c", "ca"}


def _inside_a_name(text: str, span: Span) -> bool:
    if span.kind not in (YEAR, COUNT) or not text[span.start:span.start + 1].isdigit():
        return False
    before = _NAME_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _NOT_NAMES or word in FUNCTION_WORDS or word.endswith(("ic", "ian", "ese", "ish")):
        return False  # "the Olympic 800 metres", "the Roman 9th legion": a describing word
    if span.kind == COUNT and span.unit and span.unit.split()[-1].lower() in UNIT_NAMES:
        return False  # "Everest 8,849 metres": a measure
    opening = text[:before.start()].rstrip()
    return bool(opening) and not opening.endswith((".", "!", "?", ":", ";", "\u2014", "\u2013", "("))


# A figure the text gives only roughly: "about 16 days", "well over 3,000 species", "nearly 40".
_APPROXIMATE = re.compile(r"\b(?:about|around|roughly|approximately|nearly|almost|some|circa|c\.|ca\.|"
                          r"well\s+over|well\s+under|well\s+above|well\s+below|just\s+over|just\s+under)\s+"
                          r"[$\u00a3\u20ac]?$", re.I)


def approximate_tolerance(text: str, span: Span) -> int | float:
    """How far a typed number may be from a figure the sentence gives only roughly, and still be
    right: a tenth of it ("about 40 kilometres": 36 to 44; "well over 3,000 species": 2,700 to
    3,300), and for a year half its rounding ("around 1650": 5 years; "about 1800": 50); 0 for a
    figure the text gives exactly ("in 1877", "140 reports") or a whole number so small that a
    tenth of it is less than one ("roughly two centimetres", "some 7 million").

    >>> approximate_tolerance("The dam is about 40 km long.", Span(17, 19, "40", COUNT, 40))
    4
    """
    if span.value is None or not _APPROXIMATE.search(text, max(0, span.start - 20), span.start):
        return 0
    value = abs(float(span.value))
    if span.kind == YEAR:
        grain = 1
        while grain < 100 and int(value) % (grain * 10) == 0:
            grain *= 10
        return grain // 2 if grain >= 10 else 0
    tolerance = value / 10
    if float(span.value).is_integer() or tolerance >= 1:
        return int(tolerance)  # never more than a tenth: "some 7 million" is not 8 million
    return float(f"{tolerance:.1g}")


# A year that marks where a span of time begins or ends: "before 1501", "since 1946".
_BOUNDARY = re.compile(r"\b(?:before|after|until|till|since|prior\s+to|up\s+to)\s+$", re.I)


def boundary_year(text: str, span: Span) -> bool:
    """Whether a year is the edge of a span of time, which may be written as the year next to
    it too ("before 1501" is "up to 1500", "after 1899" is "from 1900"), so that the year one
    off is no wrong option and a typed year is no fair question.

    >>> boundary_year("Maps drawn before 1601 are rare.", Span(18, 22, "1601", YEAR, 1601))
    True
    """
    return span.kind == YEAR and bool(_BOUNDARY.search(text, max(0, span.start - 12), span.start))
