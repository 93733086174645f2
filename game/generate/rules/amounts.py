"""Rules for amounts: "how many weeks", "how many natural reserves are there", "what
percentage", "how much".
"""

from __future__ import annotations

import re

from game.generate.kinds import AMOUNTS, COUNT, MONEY, PERCENT
from game.generate.lexicon import FUNCTION_WORDS, UNIT_NAMES
from game.generate.phrasing import PREPOSITIONS, describing_word, finite_verb
from game.generate.rules.base import REFUSE, Slot, rule_list
from game.generate.rules.shared import LIST_GOES_ON

FAMILIES = (AMOUNTS,)
RULES, rule = rule_list(__name__)

_DETERMINERS = ("the", "these", "those", "all", "its", "their", "his", "her", "our", "each", "both")


@rule
def count_after_a_determiner(slot: Slot):
    """"the four gates", "its 12 members": the count is part of a phrase, or one end of a range.

    Example:
        All four gates of the old city were closed at night in winter.
        -> no question  [four]
    """
    if slot.kind == COUNT and (slot.before_word in _DETERMINERS or re.match(r"\s*[-\u2013]", slot.after)):
        return REFUSE
    return None


@rule
def count_of_a_list(slot: Slot):
    """"150 Nobel laureates, 18 Fields Medalists and 13 ...": one count of a list is not asked.

    Example:
        The university has 150 professors, a museum, and a library in Leeds.
        -> no question  [150]
    """
    if slot.kind != COUNT:
        return None
    if slot.before_word == "some" and slot.before.start(1) >= slot.draft.start:
        slot.notes["some"] = slot.before.start(1)
    unit = slot.span.unit
    unit_end = slot.text.find(unit.split()[-1] if " of " not in unit else unit, slot.span.end)
    if unit_end < 0:
        return REFUSE
    end = unit_end + len(unit) if " of " in unit else unit_end + len(unit.split()[-1])
    if re.match(r",?\s+(?:and\s+)?\d", slot.text[end:slot.draft.end]) or LIST_GOES_ON.match(slot.text, end, slot.draft.end):
        return REFUSE
    slot.notes["unit_end"] = end
    return None


# "three brothers named Hasar, Hachiun, and Temüge", "two moons: Phobos and Deimos"
_MEMBERS_FOLLOW = re.compile(r",?\s*(?:named|called|namely|:|\()\s*(?:the\s+)?[A-Z\"\u201c]")


# Words after a measure that say what it measures ("300 metres long", "ten years ago"), not a noun it describes.
_MEASURE_WORDS = frozenset("long high wide deep tall old thick across away ago later earlier apart north south east "
                           "west further farther more less higher lower longer shorter faster slower each per "
                           "above below out off behind ahead clear short up down inland offshore overall "
                           "upstream downstream underground underwater".split())


# The opening of a noun phrase before a figure: its determiner and up to two describing words
# ("a single", "his Olympic", "the new").
_NOUN_PHRASE_OPENING = re.compile(r"(?<![\w-])(a|an|the|his|her|its|their|our|this|that|each|every)\s+"
                                  r"((?:[A-Za-z][\w-]*\s+){0,2})$", re.I)
# Where the noun phrase ends after its head noun: punctuation, the clause's end, a preposition or a conjunction.
_NOUN_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:and|or|in|on|at|of|for|from|with|to|by|near|along|across|over|through|around|between|into|which|that)\b")


@rule
def figure_describing_a_noun(slot: Slot):
    """A figure and its unit inside a noun phrase describe its noun ("his Olympic 100 metres
    title", "a single 1,400 m runway"): "has a single how many metres runway" is no question.
    After "a" or "an" the figure moves behind the noun ("a single runway of how many metres");
    after "the", a possessive or a name the phrase is not asked.

    Example:
        Ada Moss of Kenya kept her Olympic 800 metres title in Paris in 2024.
        -> no question  [800]

    Example:
        Lake Varnen airfield has a single 900 m runway and a small cafe.
        -> Lake Varnen airfield has a single runway of how many metres and a small cafe?  [900]

    Example:
        The charity holds a 10 km walk along the canal each May.
        -> The charity holds a walk of how many kilometres along the canal each May?  [10]

    Example:
        Marla Quist won the 400 metres race at the county games in 2019.
        -> no question  [400]
    """
    if slot.kind != COUNT or "unit_end" not in slot.notes:
        return None
    noun = re.match(r"\s+([a-z]+)\b", slot.text[slot.notes["unit_end"]:slot.draft.end])
    if not noun or noun.group(1) in _MEASURE_WORDS or slot.before is None:
        return None
    # After a unit of measure ("400 metres race", "10 km walk") any noun may stand; after a counted
    # noun ("the eight finalists ran") the next word is rather the verb.
    measured = all(word in UNIT_NAMES or word in UNIT_NAMES.values() for word in slot.span.unit.split()) \
        and bool(slot.span.unit)
    if not (describing_word(noun.group(1)) or measured and noun.group(1) not in FUNCTION_WORDS | PREPOSITIONS
            and not noun.group(1).endswith("ly") and not finite_verb(noun.group(1))):
        return None
    at = min(slot.start, slot.span.start)  # (a "the" an earlier rule took along with the figure is read too)
    opening = _NOUN_PHRASE_OPENING.search(slot.text, slot.draft.start, slot.span.start)
    if opening and not all(describing_word(word) or word[:1].isupper() for word in opening.group(2).split()):
        opening = None  # "won the race by 3 metres ...": a verb or a preposition between, no noun phrase
    named = slot.before.group(1)[:1].isupper() and slot.before.start(1) > slot.draft.start
    if not (opening or named and describing_word(noun.group(1))):
        return None  # (after a name, only a word no verb list knows is surely a noun: "Olympic 800 metres title")
    noun_end = slot.notes["unit_end"] + noun.end()
    if opening and opening.group(1).lower() in ("a", "an") and _NOUN_PHRASE_ENDS.match(slot.text, noun_end, slot.draft.end) \
            and not noun.group(1).endswith(("ing", "ed")) \
            and not any(word[:1].isupper() for word in opening.group(2).split()):
        return slot.place(f"{noun.group(1)} of how many {_unit_shown(slot)}", start=at, end=noun_end)
    return REFUSE


@rule
def count_of_the_members_it_names(slot: Slot):
    """A count followed in the prompt by the names it counts gives itself away: the player
    counts them ("The Nile has two major tributaries: ..." is asked without the list).

    Example:
        Temujin had three brothers named Hasar, Hachiun and Temuge, and one sister.
        -> no question  [three]
    """
    if slot.kind == COUNT and "unit_end" in slot.notes and _MEMBERS_FOLLOW.match(slot.text, slot.notes["unit_end"],
                                                                                   slot.draft.end):
        return REFUSE
    return None


_NUMBER_WORD_VALUES = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_SMALL_NUMBER = re.compile(r"(?<![\w.,:])(\d{1,3}|" + "|".join(_NUMBER_WORD_VALUES) + r")(?![\w.,:]\d|\w)", re.I)
# Words that count for the player: "footbridges on either side" are two, "the only man who did not" one.
_TWO_WORDS = re.compile(r"\b(?:either\s+side|both\s+(?:sides|ends|banks)|each\s+side|a\s+pair\s+of|twin)\b", re.I)
_ONE_WORDS = re.compile(r"\b(?:the\s+only|only\s+one)\b", re.I)


@rule
def count_the_clause_works_out(slot: Slot):
    """A count the rest of the clause lets the player work out is given away: "split into two
    groups of four" is eight, "seven of the finalists, and the only man who did not" is eight,
    "footbridges on either side" are two, "the gap between how many burrs" is two.

    Example:
        Eight schools took part in the festival, split into two groups of four.
        -> no question  [Eight]

    Example:
        Seven of the eight finalists ran under ten seconds, and the only man who did not, Asafa Powell, pulled up injured.
        -> no question  [eight]

    Example:
        Twelve choirs sang at the festival, split into three groups of four.
        -> no question  [three]
    """
    if slot.kind != COUNT or slot.span.value is None:
        return None
    answer = slot.span.value
    clause = slot.text[slot.draft.start:slot.start] + " " + slot.text[slot.end:slot.draft.end]
    if answer == 2 and (_TWO_WORDS.search(clause) or slot.before_word == "between"):
        return REFUSE
    numbers = [float(_NUMBER_WORD_VALUES.get(m.group(1).lower(), m.group(1))) for m in _SMALL_NUMBER.finditer(clause)]
    numbers += [1.0] * len(_ONE_WORDS.findall(clause))
    for i, a in enumerate(numbers):
        for b in numbers[i + 1:]:
            if a and b and (answer in (a + b, a * b) or answer * a == b or answer * b == a):
                return REFUSE  # (eight schools "split into two groups of four": two is eight by four)
    return None


@rule
def how_many_are_there(slot: Slot):
    """"There are 13 natural reserves in Warsaw" -> "How many natural reserves are there in Warsaw?".

    Example:
        There are 13 natural reserves in the city of Warsaw.
        -> How many natural reserves are there in the city of Warsaw?  [13]
    """
    if slot.kind != COUNT:
        return None
    start = slot.notes.get("some", slot.start)
    existential = re.fullmatch(r"There\s+(is|are|was|were)\s+(?:(?:over|about|around|some|nearly|almost|approximately)\s+)?",
                               slot.text[slot.draft.start:start])
    if existential:
        return slot.place(f"how many {_unit_shown(slot)} {existential.group(1)} there", start=slot.draft.start,
                          end=slot.notes["unit_end"])
    return None


@rule
def how_many(slot: Slot):
    """A count is asked "how many" with its unit written out; "Some 40 professors" loses the "some".

    Example:
        Some 40 professors have been honoured as lecturers of the academy in 1990.
        -> How many professors have been honoured as lecturers of the academy in 1990?  [40]

    Example:
        The Nile has two major tributaries: the White Nile and the Blue Nile.
        -> The Nile has how many major tributaries?  [two]
    """
    if slot.kind != COUNT:
        return None
    return slot.place(f"how many {_unit_shown(slot)}", start=slot.notes.get("some", slot.start),
                      end=slot.notes["unit_end"])


def _unit_shown(slot: Slot) -> str:
    return " ".join(UNIT_NAMES.get(word, word) for word in slot.span.unit.split())


@rule
def share_of_a_whole_not_named(slot: Slot):
    """A share with no whole in its clause ("Grants made up 47 per cent", the income named in the
    sentence before) asks "what percentage" of nothing the prompt says: not asked.

    Example:
        Gifts from local firms made up 31 per cent, and ticket sales most of the rest.
        -> no question  [31 per cent]
    """
    if slot.kind == PERCENT and re.search(r"\b(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|accounts\s+for|"
                                          r"account\s+for|represented|represents|formed|forms|comprised)\s+"
                                          r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|just\s+)?$", slot.lead) \
            and not re.match(r"\s+of\s", slot.after):
        return REFUSE
    return None


@rule
def percentage(slot: Slot):
    """A percentage is asked "what percentage" ("12% percent" never happens).

    Example:
        Unemployment fell to 4.2% in the last quarter of the year.
        -> Unemployment fell to what percentage in the last quarter of the year?  [4.2%]
    """
    if slot.kind != PERCENT:
        return None
    doubled = re.match(r"\s*percent\b", slot.after) if slot.span.text.endswith("%") else None
    return slot.place("what percentage", end=slot.end + (doubled.end() if doubled else 0))


@rule
def money_describing_a_noun(slot: Slot):
    """A sum between a determiner and a noun describes the noun ("the £48 million plant", "a
    $2 billion deal"): "How much plant will ...?" is no question.

    Example:
        The £12 million bridge will carry the ring road over the river from 2027.
        -> no question  [£12 million]

    Example:
        The £9 million store will be the chain's biggest in the north.
        -> no question  [£9 million]
    """
    if slot.kind != MONEY or not (slot.start < slot.span.start  # its "the" went with the answer
                                  or slot.before_word in _DETERMINERS + ("a", "an", "this", "that")):
        return None
    # After "the £48 million" a plain word is the noun ("plant", though a verb too), not "was" nor "raised".
    noun = re.match(r"\s+([a-z]+)\b", slot.after)
    word = noun.group(1) if noun else ""
    return REFUSE if word and word not in FUNCTION_WORDS and word not in PREPOSITIONS \
        and not word.endswith(("ed", "ing", "ly")) else None


@rule
def sum_of_money(slot: Slot):
    """A sum of money is asked "how much".

    Example:
        The city spent $4 million on the new library in 2019.
        -> The city spent how much on the new library in 2019?  [$4 million]
    """
    return slot.place("how much") if slot.kind == MONEY else None
