"""Rules for times: "what year", "what date", "what month and year", "which decade", "which
century"; a time used as an adjective or as one end of a span of years is not asked.
"""

from __future__ import annotations

import re

from game.generate.kinds import CENTURY, DATE, DECADE, PERIOD, TIMES, YEAR
from game.generate.lexicon import MONTH_NAMES, word_set
from game.generate.phrasing import verbish
from game.generate.rules.base import REFUSE, Slot, rule_list

FAMILIES = (TIMES,)
RULES, rule = rule_list(__name__)

YEAR_PREPOSITIONS = word_set("year_prepositions")
MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES) | word_set("month_abbreviations")


@rule
def end_of_a_run_of_years(slot: Slot):
    """"The programme ran from 1963 to 1989" -> "... ran from 1963 to what year?": how long it lasted.

    Example:
        The railway company ran trains on the line from 1963 to 1989.
        -> The railway company ran trains on the line from 1963 to what year?  [1989]
    """
    lead = slot.lead
    range_end = re.search(r"\bfrom\s+\d{4}\s+to\s+$", lead)
    if slot.kind == YEAR and range_end and verbish(lead[:range_end.start()]) \
            and not re.match(r"\s*[A-Za-z]", slot.after):
        return slot.place("what year")
    return None


@rule
def one_end_of_a_span_of_years(slot: Slot):
    """"from 1947 to 1967": one end of a span of years is no fact of its own.

    Example:
        The dam was built from 1947 to 1967 by thousands of workers.
        -> no question  [1947]
    """
    lead = slot.lead
    if slot.kind == YEAR and (re.search(r"\b(?:from|between)\s+$", lead, re.I)
                              and re.match(r"\s+(?:to|and)\s+\d{4}\b", slot.after)
                              or re.search(r"\b(?:from|between)\s+\d{4}\s+(?:to|and)\s+$", lead, re.I)):
        return REFUSE
    return None


@rule
def fronted_in_year_needs_inversion(slot: Slot):
    """"In what year she met ...?" would need the clause turned round.

    Example:
        In 1833 the long war ended.
        -> no question  [1833]
    """
    if slot.kind == YEAR and re.fullmatch(r"\s*In\s+", slot.text[slot.draft.start:slot.span.start]):
        return REFUSE
    return None


@rule
def year_of_a_date(slot: Slot):
    """The year of "December 2014" or "May 4, 1970" belongs to the date.

    Example:
        The probe reached the comet in August 2014 after a long journey.
        -> no question  [2014]
    """
    if slot.kind == YEAR and (slot.before_word in MONTH_WORDS
                              or re.search(r"[A-Z][a-z]+\.?\s+\d{1,2},\s*$", slot.lead)):
        return REFUSE
    return None


@rule
def year_used_as_an_adjective(slot: Slot):
    """"the 2014 Winter Games", "in the 2013 Christmas special": a year used as an adjective.

    Example:
        The actor appeared in the 2013 Christmas special of the series.
        -> no question  [2013]
    """
    if slot.kind != YEAR:
        return None
    after = slot.after
    adjective = re.match(r"\s*[A-Za-z]", after) and not re.match(r"\s*(?:and|when|while|as|after|before|until)\b", after)
    if adjective and (slot.before_word not in YEAR_PREPOSITIONS or re.search(r"\bthe\s+$", slot.text[:slot.span.start])):
        return REFUSE
    return None


@rule
def year(slot: Slot):
    """A year anywhere else is asked "what year".

    Example:
        The Space Shuttle Columbia carried an unlit torch into orbit in 1996.
        -> The Space Shuttle Columbia carried an unlit torch into orbit in what year?  [1996]
    """
    return slot.place("what year") if slot.kind == YEAR else None


@rule
def date_used_as_an_adjective(slot: Slot):
    """"a planned Nov. 25 trip": a date used as an adjective.

    Example:
        NASA agreed to move a planned Nov. 25 trip to the space station.
        -> no question  [Nov. 25]
    """
    if slot.kind == DATE and slot.before_word not in ("on", "by", "until", "from", "since", "before", "after", "in", "of"):
        return REFUSE
    return None


@rule
def date(slot: Slot):
    """A date is asked "what date", a month and a year "what month and year".

    Example:
        The torch returned to Earth with the crew on Nov. 11 after the spacewalk.
        -> The torch returned to Earth with the crew on what date after the spacewalk?  [Nov. 11]
    """
    if slot.kind != DATE:
        return None
    return slot.place("what month and year" if re.fullmatch(r"[A-Z][a-z]+\.?\s+\d{4}", slot.span.text) else "what date")


@rule
def period(slot: Slot):
    """A span of years ("380–246 BC") is asked "what period".

    Example:
        The bronze vessel in the museum dates from 380–246 BC.
        -> The bronze vessel in the museum dates from what period?  [380–246 BC]
    """
    return slot.place("what period") if slot.kind == PERIOD else None


@rule
def decade(slot: Slot):
    """A decade is asked "which decade".

    Example:
        The old bridge was replaced in the 1960s by a wider one.
        -> The old bridge was replaced in which decade by a wider one?  [1960s]
    """
    return slot.place("which decade") if slot.kind == DECADE else None


@rule
def second_of_two_centuries(slot: Slot):
    """"the 19th and which century" reads badly.

    Example:
        The castle was rebuilt in the 17th and 18th century by the family.
        -> no question  [18th]
    """
    if slot.kind == CENTURY and re.search(r"\d(?:st|nd|rd|th)\s+(?:and|or|to)\s+$", slot.lead):
        return REFUSE
    return None


@rule
def century(slot: Slot):
    """A century is asked "which century", its word said once.

    Example:
        The castle was rebuilt in the 17th century by the ruling family.
        -> The castle was rebuilt in which century by the ruling family?  [17th]

    Example:
        The 12th-century Abbey of Cluny is part of the listing, inscribed in 2001.
        -> no question  [12th]
    """
    if slot.kind != CENTURY:
        return None
    end = slot.end
    if re.match(r"-century\s+[\w\u00c0-\u017f]", slot.text[end:]):
        return REFUSE  # "The 12th-century Abbey of Cluny": "Which century Abbey ...?" is no question
    word = re.match(r"[\s-]century", slot.text[end:])
    if word:
        end += word.end()
    return slot.place("which century", end=end)
