"""What an answer span is: where it sits in its sentence, its kind and its value; the registry of
answer kinds; and what the whole document says about names, gathered before any sentence is
read for questions.

Every kind of answer is one `Kind` in `KINDS`: its family (people, places, times, amounts,
terms, ...), the tag a pack gives its questions, the noun a "which ..." question names it by,
and how much a question about it is worth. Code asks the registry (`kind_of(span.kind)`, or the
`Span` properties built on it) instead of comparing kind names in many places. Names whose kind
comes from the word lists or from the text itself ("the planet Gallifrey", "the barrier") are
open-ended; `kind_of` gives them a Kind of the right family on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from game.generate.lexicon import PLACE_KINDS, word_set

# Families: what sort of thing an answer is. Each family's wh-placement rules are one module of
# `game/generate/rules/`.
PEOPLE = "people"
PLACES = "places"
ORGANISATIONS = "organisations"
EVENTS = "events"
THINGS = "things"
TIMES = "times"
AMOUNTS = "amounts"
TERMS = "terms"
NAMES = "names"        # a proper name of unknown kind: never asked (no fair options, no wh-word)
ASIDES = "asides"      # another name a bracket gives ("French: le Rhin"), asked by its own template
# Families whose questions are written whole from a clause (game/generate/rules/clauses.py).
DEFINITIONS = "definitions"
MAKERS = "makers"
REASONS = "reasons"
PURPOSES = "purposes"
CLAUSE_FAMILIES = (DEFINITIONS, MAKERS, REASONS, PURPOSES)

# The kinds the generator itself writes (the word lists and the texts add more, see `kind_of`).
PERSON = "person"
NAME = "name"
PLACE = "place"        # a place of unknown sort: a town? a region?
CITY = "city"
COUNTRY = "country"
STATE = "state"
REGION = "region"
YEAR = "year"
DATE = "date"
DECADE = "decade"
CENTURY = "century"
COUNT = "count"
PERCENT = "percent"
MONEY = "money"
TERM = "term"
ACRONYM = "acronym"
ALIAS = "alias"
ORGANISATION = "organisation"
DEFINED_TERM = "defined term"   # the term a definition defines: "What is the term for ...?"
MEANING = "meaning"             # what a term means: "What is an oxbow lake?"
CREATION = "creation"           # what someone invented, founded, wrote: "What did Morse develop?"
REASON = "reason"               # why something happens: "Why do plants wilt on hot days?"
PURPOSE = "purpose"             # what a thing is for or does: "What is a thermometer used for?"
PERIOD = "period"      # "380–246 BC": a span of years
MATERIAL = "material"  # "bronze", what an object is made of (read from a label)
SHEET_ITEM = "sheet item"          # one item of a field sheet: "Which of these plants ...?" (field_facts.py)
FIELD_VALUE = "field value"        # the value of an item's field: "What is the height of ...?"
SCIENTIFIC_NAME = "scientific name"  # the name under an item's heading: "Lavandula angustifolia"


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of answer and what follows from it."""

    name: str
    family: str
    tag: str                   # the pack tag of its questions: people, places, dates, numbers, ...
    noun: str | None = None    # "which NOUN ...?"; None: asked another way ("who", "what year")
    weight: float = 2.3        # how much a question about it is worth, before anything else
    number: bool = False       # it has a numeric value (a year, a count): a `number` question fits
    typed: bool = True         # a player can fairly type it (not a date, not a sum of money)

    @property
    def is_number(self) -> bool:
        return self.family in (TIMES, AMOUNTS) and self.name not in (DATE, PERIOD)


_PLACE_WEIGHT = 2.6
_FIXED = (
    Kind(PERSON, PEOPLE, "people", weight=3.0),
    Kind(NAME, NAMES, "things", weight=1.2, typed=False),
    Kind(YEAR, TIMES, "dates", weight=2.6, number=True, typed=False),
    Kind(DATE, TIMES, "dates", weight=2.6, typed=False),
    Kind(DECADE, TIMES, "dates", weight=2.0, typed=False),
    Kind(CENTURY, TIMES, "dates", weight=2.0, typed=False),
    Kind(COUNT, AMOUNTS, "numbers", weight=2.4, number=True, typed=False),
    Kind(PERCENT, AMOUNTS, "numbers", weight=2.2, number=True, typed=False),
    Kind(MONEY, AMOUNTS, "numbers", weight=2.0, typed=False),
    Kind(TERM, TERMS, "terms", noun=TERM, weight=1.9),
    Kind(ACRONYM, TERMS, "terms", noun=ACRONYM),
    Kind(ALIAS, ASIDES, "things", noun=ALIAS),
    Kind(ORGANISATION, ORGANISATIONS, "organisations", noun=ORGANISATION, weight=2.2),
    Kind(DEFINED_TERM, DEFINITIONS, "definitions", noun=TERM, weight=3.0),
    Kind(MEANING, DEFINITIONS, "definitions", weight=2.6, typed=False),
    Kind(CREATION, MAKERS, "things", weight=2.6),
    Kind(REASON, REASONS, "reasons", weight=2.8, typed=False),
    Kind(PURPOSE, PURPOSES, "purposes", weight=2.6, typed=False),
    Kind(PERIOD, TIMES, "dates", weight=2.4, typed=False),
    Kind(MATERIAL, THINGS, "things", noun=MATERIAL, weight=2.4),
    # Asked with the sibling items' names and values as tiles, never typed: "of these" needs them.
    Kind(SHEET_ITEM, THINGS, "things", weight=2.4, typed=False),
    Kind(FIELD_VALUE, THINGS, "things", weight=2.3, typed=False),
    Kind(SCIENTIFIC_NAME, THINGS, "things", weight=2.2, typed=False),
)
KINDS: dict[str, Kind] = {kind.name: kind for kind in _FIXED}

# Nouns that say a name is an event or an organisation (the lists' and the texts' kinds).
_EVENT_KINDS = word_set("event_kinds")
_ORGANISATION_KINDS = word_set("organisation_kinds")
# Kinds said with another noun after "which": "which mountain range", never "which range".
_NOUNS = {"mountain range": "mountain range", "empire": "empire"}


@lru_cache(maxsize=4096)
def kind_of(name: str) -> Kind:
    """The Kind of a kind name; a name no one registered gets one by its family."""
    known = KINDS.get(name)
    if known is not None:
        return known
    if name in PLACE_KINDS:
        return Kind(name, PLACES, "places", noun=_NOUNS.get(name, name), weight=_PLACE_WEIGHT)
    if name in _ORGANISATION_KINDS:
        return Kind(name, ORGANISATIONS, "organisations", noun=name)
    if name in _EVENT_KINDS:
        return Kind(name, EVENTS, "events", noun=name)
    return Kind(name, THINGS, "things", noun=name)


_NAMING_FAMILIES = frozenset((PEOPLE, PLACES, ORGANISATIONS, EVENTS, THINGS, NAMES, ASIDES))


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate answer: where it is in the sentence, what it is, and what it says."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None      # numbers, years
    unit: str = ""                  # "weeks", "%", "million people"
    role: str = ""                  # "cosmonaut" for "cosmonaut Oleg Kotov"
    group: str = ""                 # a city's country, a name's culture

    @property
    def info(self) -> Kind:
        return kind_of(self.kind)

    @property
    def family(self) -> str:
        return kind_of(self.kind).family

    @property
    def is_number(self) -> bool:
        return kind_of(self.kind).is_number

    @property
    def is_person(self) -> bool:
        return self.kind == PERSON

    @property
    def names_a_kind(self) -> bool:
        """A name of a person, place, organisation or thing (not a number, date, sum or term)."""
        return kind_of(self.kind).family in _NAMING_FAMILIES


@dataclass
class Context:
    """What the whole document says about names, gathered before spans are classified."""

    mid_sentence_names: set[str]
    people: dict[str, str]         # folded surname or full name -> full name
    kinds: dict[str, str]          # folded name -> kind decided from a clearer mention
    common_nouns: set[str] = None  # words the document also writes in lower case
    keywords: set[str] = None      # lower-case words the document is about (its key terms)
    nouns: set[str] = None         # words the document uses as the head of a noun phrase
    name_candidates: list | None = None  # per sentence of the documents, in order: found once, read twice
    people_names: object = None    # fullnames.PeopleNames: the people's single names and the full names they stand for

    def __post_init__(self) -> None:
        if self.common_nouns is None:
            self.common_nouns = set()
        if self.keywords is None:
            self.keywords = set()
        if self.nouns is None:
            self.nouns = set()

    @classmethod
    def empty(cls) -> "Context":
        return cls(set(), {}, {})
