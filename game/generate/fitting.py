"""Wrong options that fit the prompt: of the answer's kind, inside every bound the prompt itself
states, and never something the document may make right too.

- a year offered for "in the 1880s" is in the 1880s, for "in the 19th century" in that
  century, and on the same side as the answer of every other year the prompt names ("after the
  first closure in what year?" beside "opened on 8 May 1984": no year after 1984);
- an entity the document lists beside the answer ("NASA, ESA and JAXA"), or puts in the same
  relation ("partners, including NASA" and "partners, including ESA"), is no wrong option:
  it may be right as well;
- an option that shares a distinctive word with the prompt ("Pierre Curie" for "the Curies
  shared the prize with whom?") is no option either;
- a year or a dated option for a past event is never after the latest year the document names
  (a report of 2024 is not offered 2030 for what happened), nor, for a prompt about a person
  whose birth the document gives, before that person was born (nor after their death when the
  answer is inside their life);
- a place offered for "which city" is no square, street or bridge of the document, and one
  offered for "which river" no lake: a name whose head word says its kind ("Prešeren Square",
  "Lake Bled") must be of the kind the prompt asks for.
Too few options left, and the question is typed or stated, never padded (see `select.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.generate.distractors import rough_year_options, year_options
from game.generate.kinds import CITY, COUNT, COUNTRY, DATE, DECADE, PERSON, PLACE, PLACES, YEAR, Span, kind_of
from game.generate.lexicon import FUNCTION_WORDS, HEAD_KINDS, fold, lexicon, word_set
from game.generate.lives import Lives, life_window, of_another_sex, outside_the_story, read_lives, too_long_for_a_life
from game.generate.names import culture_before
from game.generate.phrasing import PREPOSITIONS

_LIST_GAP = re.compile(r",\s+(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or|&)\s+(?:the\s+)?|\s*/\s*")
_COMMON = word_set("common_name_words")


_WORD = re.compile(r"[\w'\u2019]+")


@dataclass
class Mates:
    """What the document says that bounds a question's wrong options: who it puts beside whom
    (in one list, or in one relation), the latest year it names, and the lives it dates."""

    listed: dict[str, set[str]] = field(default_factory=dict)       # folded name -> its list-mates
    related: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (kind, words before) -> names
    context_of: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # folded name -> its relations
    latest_year: int | None = None   # the latest year the document names (its date, usually)
    lives: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)  # folded name or surname -> (born, died)
    holders: set[str] = field(default_factory=set)  # folded places the document puts another place in ("in Kent")
    within: dict[str, set[str]] = field(default_factory=dict)  # folded place -> the places it is in
    places: set[str] = field(default_factory=set)  # folded places the document names
    said_of: dict[str, set[str]] = field(default_factory=dict)  # folded person or surname -> words of their sentences
    cultures: dict[str, set[str]] = field(default_factory=dict)  # folded person -> the nationalities the text gives them
    origins: dict[str, set[str]] = field(default_factory=dict)  # a people's folded name, singular -> where they came from
    named: set[str] = field(default_factory=set)  # every folded name the document writes
    years: list[int] = field(default_factory=list)  # every year the document names, in order
    people: Lives = field(default_factory=Lives)  # the lives, deeds and other names of its people

    def of(self, span: Span) -> set[str]:
        key = fold(span.text)
        found = set(self.listed.get(key, ()))
        for relation in self.context_of.get(key, ()):
            found |= self.related.get(relation, set())
        found.discard(key)
        return found


def _left_context(text: str, span: Span) -> str:
    """The two words before a span when one of them says something ("won by", "including"):
    "in the" says nothing of a relation."""
    words = _WORD.findall(text, max(0, span.start - 60), span.start)[-2:]
    folded = [fold(w) for w in words]
    if not folded or all(w in FUNCTION_WORDS or w in PREPOSITIONS for w in folded):
        return ""
    return " ".join(folded)


_BORN_BEFORE = re.compile(r"\bborn\b[^.;]{0,40}$")
_DIED_BEFORE = re.compile(r"\b(?:died|death)\b[^.;]{0,40}$")
# "(1928–2016)", "(born 1861)", "(c. 1400 – 3 February 1468)": a day and month may come before a year
_DAY = r"(?:c\.\s*|circa\s+|about\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+)?"
_LIFE_AFTER = re.compile(r"\s*\((?:born\s+|b\.\s*)?" + _DAY + r"(1[0-9]{3}|20[0-9]{2})(?:\s*[\u2013\u2014-]\s*"
                         + _DAY + r"(1[0-9]{3}|20[0-9]{2}))?\)")


def _read_lives(mates: Mates, text: str, spans: list[Span]) -> None:
    """Birth and death years the sentence gives a person: "Vera Rubin (1928–2016)", "Nansen was
    born in 1861", "she died in 1934" when the sentence names one person."""
    people = [s for s in spans if s.kind == PERSON]
    for person in people:
        life = _LIFE_AFTER.match(text, person.end)
        if life:
            _keep_life(mates, person.text, int(life.group(1)), int(life.group(2)) if life.group(2) else None)
    if len(people) != 1:
        return
    for span in spans:
        dated = _YEAR.search(span.text) if span.kind == DATE else None
        if not (span.kind == YEAR and span.text.isdigit() or dated) or span.start < people[0].end:
            continue
        year = int(dated.group(1)) if dated else int(span.text)
        before = text[people[0].end:span.start]
        born, died = _BORN_BEFORE.search(before), _DIED_BEFORE.search(before)
        if born and (not died or born.start() > died.start()):  # "born in 1901 and died in 1980": the nearer
            _keep_life(mates, people[0].text, year, None)
        elif died:
            _keep_life(mates, people[0].text, None, year)


def _keep_life(mates: Mates, name: str, born: int | None, died: int | None) -> None:
    keys = {fold(name)}
    if len(name.split()) >= 2:
        keys.add(fold(name.split()[-1]))
    for key in keys:
        old_born, old_died = mates.lives.get(key, (None, None))
        mates.lives[key] = (born if born is not None else old_born, died if died is not None else old_died)


def _years_named(text: str, spans: list[Span]) -> list[int]:
    years = [int(s.value) for s in spans if s.kind == YEAR and s.value is not None and s.text.isdigit()]
    years += [int(y) for s in spans if s.kind == DATE for y in _YEAR.findall(s.text)]
    return years


def read_mates(texts: list[str], spans_by_sentence: list[list[Span]]) -> Mates:
    mates = Mates(people=read_lives(texts, spans_by_sentence))
    for text, spans in zip(texts, spans_by_sentence):
        years = _years_named(text, spans)
        mates.years.extend(years)
        mates.named.update(fold(s.text) for s in spans if s.names_a_kind)
        if years:
            mates.latest_year = max(years + ([mates.latest_year] if mates.latest_year else []))
        _read_lives(mates, text, spans)
        _read_said_of(mates, text, spans)
        names = [s for s in spans if s.names_a_kind]
        # Lists: neighbouring spans of one family joined by commas, "and", "or".
        group: list[Span] = []
        for span in names:
            if group and span.family == group[-1].family and _LIST_GAP.fullmatch(text[group[-1].end:span.start]):
                group.append(span)
            else:
                _keep_list(mates, group)
                group = [span]
        _keep_list(mates, group)
        _read_places_within(mates, text, names)
        _read_origins(mates, text, names)
        for span in names:
            context = _left_context(text, span)
            if context:
                relation = (span.kind, context)
                mates.related.setdefault(relation, set()).add(fold(span.text))
                mates.context_of.setdefault(fold(span.text), set()).add(relation)
    return mates


# "The Vikings were seafaring people from Scandinavia – modern Norway, Denmark and Sweden":
# the people before "from", the places after it up to the clause's end.
_HOME_GAP = re.compile(r"[\s,\u2013\u2014-]*(?:(?:and|or)\s+)?(?:(?:the|modern|modern-day|present-day|today's)\s+)?")


def _people_word(word: str) -> str:
    """A people's name as a key: "viking" for "Vikings" and "Viking"."""
    word = fold(word)
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _read_origins(mates: Mates, text: str, names: list[Span]) -> None:
    """Where the sentence says a people or a person named with a capital came from: their
    homelands are no wrong options for a place a prompt about them asks for ("the wealth of which
    country did Viking merchants know?" is not Norway, where they came from)."""
    if " from " not in text:
        return
    places = [s for s in names if s.family == PLACES]
    if not places:
        return
    for match in re.finditer(r"\bfrom\s", text):
        start = max(0, max(text.rfind(mark, 0, match.start()) for mark in ".;:,(") + 1)
        before = text[max(start, match.start() - 60):match.start()]
        named = [w for w in _CAPITALISED.findall(before)
                 if fold(w) not in FUNCTION_WORDS and fold(w) not in _TITLES
                 and not any(p.start <= text.find(w, start) < p.end for p in places)
                 and not any(fold(w) in fold(p.text).split() for p in places)]
        if not named:
            continue
        homes: set[str] = set()
        at = match.end()
        for place in places:
            if place.start < at:
                continue
            # the list right after "from": "Scandinavia – modern Norway, Denmark and Sweden"
            if not _HOME_GAP.fullmatch(text[at:place.start]):
                break
            homes.add(fold(place.text))
            at = place.end
        for word in named:
            if homes:
                mates.origins.setdefault(_people_word(word), set()).update(homes)


def _from_the_prompts_people(option: str, prompt: str, mates: Mates | None) -> bool:
    """Whether the document says a people or person the prompt names came from the place offered."""
    if mates is None or not mates.origins:
        return False
    key = fold(option)
    return any(key in mates.origins.get(_people_word(w), ()) for w in _CAPITALISED.findall(prompt))


_CONTENT_WORD = re.compile(r"[a-z][a-z-]{3,}")


def _content_words(text: str) -> set[str]:
    """The sentence's words that say something, each cut to its first six letters so that
    "crystals" meets "crystallography" and "X-rays" "X-ray"."""
    return {w[:-1][:6] if w.endswith("s") else w[:6] for w in _CONTENT_WORD.findall(text.lower())
            if w not in FUNCTION_WORDS and w not in _COMMON}


def _read_said_of(mates: Mates, text: str, spans: list[Span]) -> None:
    """The words of the sentences each person is named in: what the document says they did."""
    people = [s for s in spans if s.kind == PERSON]
    if not people:
        return
    for person in people:
        if person.group:
            mates.cultures.setdefault(fold(person.text), set()).add(person.group)
    words = _content_words(text)
    for person in people:
        keys = {fold(person.text)} | ({fold(person.text.split()[-1])} if len(person.text.split()) >= 2 else set())
        for key in keys:
            mates.said_of.setdefault(key, set()).update(words)


# "Who was a pioneer of X-ray crystallography?", "Who is one of the founders of ...": a description
# more than one person of the document may fit, unlike "Who invented the power loom?".
_DESCRIBED = re.compile(r"^Who\s+(?:was|is|were|are|became)\s+(?:a|an|one\s+of\s+the)\s+(.+)$")


def _also_fits(option: str, prompt: str, mates: Mates | None) -> bool:
    """Whether the document names a person offered for "Who was a pioneer of X-ray crystallography?"
    in a sentence about X-rays too: "With Bernal she took the first X-ray photographs" makes
    Bernal a pioneer as well."""
    described = _DESCRIBED.match(prompt)
    if mates is None or not described:
        return False
    asked = _content_words(described.group(1))
    said = mates.said_of.get(fold(option), set())
    if not said and len(option.split()) >= 2:
        said = mates.said_of.get(fold(option.split()[-1]), set())
    return bool(asked & said)


# "Which German engineer ...?": the nationality the prompt gives the person asked for.
_WHICH_NATIONALITY = re.compile(r"\b[Ww]hich\s+([A-Z][a-z]+)\s+[a-z]")


def _of_another_nation(option: str, prompt: str, mates: Mates | None) -> bool:
    """Whether a person offered for "Which German engineer ...?" is not one the document calls
    German: a Frenchman or a man of no stated nation is ruled out by the prompt itself."""
    asked = _WHICH_NATIONALITY.search(prompt)
    if mates is None or not asked or fold(asked.group(1)) not in lexicon().demonyms:
        return False
    if fold(option) not in mates.said_of:
        return False  # a name made up for the answer's own nation ("Charles Young" for an American)
    wanted = culture_before(asked.group(1) + " ")
    return bool(wanted) and wanted not in mates.cultures.get(fold(option), set())


# "North Foreland in Kent", "Zwolle in the Netherlands", "Mesopotamia, in what is now Iraq".
_IN_PLACE = re.compile(r"(?:,\s+)?\s*in\s+(?:what\s+is\s+now\s+)?(?:the\s+)?")


_NATIONAL = re.compile(r"\bnational(?:ly)?\b|\bnationwide\b", re.I)
# what follows a country's name in a sentence about the nation: "in Aldmark since national
# records began", "in Aldmark, behind the national record"
_NATION_OF = re.compile(r"^[,\s]+(?:since|behind|above|below|and|where)?\s*(?:the\s+)?(?:previous\s+)?national\b", re.I)


def _read_places_within(mates: Mates, text: str, names: list[Span]) -> None:
    """Which place the sentence puts inside which: the second of "North Foreland in Kent" holds
    the first, so the two are places of different sizes."""
    mates.places.update(fold(s.text) for s in names if s.family == PLACES)
    places = [s for s in names if s.family == PLACES]
    if len(places) == 1 and _NATIONAL.search(text) and _NATION_OF.search(text[places[0].end:places[0].end + 40]):
        # "the warmest year in Aldmark since national records began": a nation, not a town in it
        mates.holders.add(fold(places[0].text))
    for inner, outer in zip(names, names[1:]):
        if outer.family == PLACES and is_institution(inner) and _IN_PLACE.fullmatch(text[inner.end:outer.start]):
            mates.within.setdefault(fold(inner.text), set()).add(fold(outer.text))  # "the Radium Institute in Warsaw"
        if inner.family != PLACES or outer.family != PLACES:
            continue
        gap = text[inner.end:outer.start]
        # "a canning works in Bermondsey, London, in 1812": after "in", a place, a comma and a
        # place that ends the list holds the first (not "in Paris, London and Rome")
        written_after = gap == ", " and re.search(r"\b(?:in|at|near|from)\s+(?:the\s+)?$", text[:inner.start]) \
            and not re.match(r"\s*(?:,\s*)?(?:and|or)\s|,\s+[A-Z]", text[outer.end:])
        if _IN_PLACE.fullmatch(gap) or written_after:
            mates.holders.add(fold(outer.text))
            mates.within.setdefault(fold(inner.text), set()).add(fold(outer.text))


_REGION_HEADS = word_set("region_heads")

# Kinds of answer that are institutions standing in one place, which the word lists do not give
# (an agency, a company or an international body works far and wide: it is no such institution).
_INSTITUTION_KINDS = frozenset({"university", "school", "academy", "institute", "college", "church", "cathedral",
                                "mosque", "temple", "museum", "hospital", "library", "station", "theatre", "stadium",
                                "airport", "palace", "castle", "building", "prison", "abbey", "monastery", "gallery"})


def is_institution(span: Span) -> bool:
    """Whether a name is an institution's that stands in one place ("the Sorbonne", "St Bride's
    Church", "Kelso Museum"); "UNESCO" or "Reuters" is not."""
    return span.kind in _INSTITUTION_KINDS


def _places_in(prompt: str, answer: str, mates: Mates) -> set[str]:
    """The folded places the prompt names (other than the answer): the document's or the lists'."""
    found = set()
    for match in _PLACE_RUN.finditer(prompt):
        name = match.group(0)
        if fold(name) == fold(answer) or fold(name) in FUNCTION_WORDS:
            continue
        if fold(name) in mates.places or any(kind_of(e.kind).family == PLACES for e in lexicon().lookup(name)):
            found.add(fold(name))
    return found


_PLACE_RUN = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019-]*(?:\s+(?:de\s+|of\s+)?[A-Z][\w'\u2019-]*)*")


def institution_elsewhere(option: str, span: Span, prompt: str, mates: Mates | None) -> bool:
    """Whether an institution offered for one a prompt puts in a place ("moved to Paris and
    enrolled at which university?") may stand elsewhere: one the word lists give (they say
    nothing of where it is: "Yale University"), or one the document puts in another place
    ("the Jagiellonian University in Kraków"). The document's own institutions of no stated
    place fit.

    Prompts that name no place keep every option.
    """
    if mates is None or not is_institution(span):
        return False
    places = _places_in(prompt, span.text, mates)
    if not places:
        return False
    key = fold(option)
    if key not in mates.named:
        return True
    if any(fold(word) in mates.places and fold(word) not in places for word in _CAPITALISED.findall(option)):
        return True  # "the University of Vienna" for a university in Lublin
    where = mates.within.get(key, set())
    return bool(where) and not where & places


# Kinds of place that were founded and grew: a river, a country's name is no such kind.
_SETTLEMENT_KINDS = frozenset({CITY, PLACE, "town", "village", "port"})


# Years before which a document is about a time the word lists' places may not have existed in.
_HISTORICAL_BEFORE = 1700


def from_another_time(option: str, span: Span, mates: Mates | None, prompt: str = "") -> bool:
    """Whether a town from the word lists is offered for a prompt about a time long past (a year
    before 1700 in the prompt, or in a document whose every year is before then: "circling which city?" in 1066 is no place for "Liverpool", a
    village then, or "Belfast"): only the document's own towns fit such a prompt. Rivers and
    countries are not asked by when they stood.

    A document with no years, or about recent times, keeps the lists' places.
    """
    if mates is None or span.kind not in _SETTLEMENT_KINDS or not mates.years or fold(option) in mates.named:
        return False
    if _FUTURE.search(prompt):
        return False  # "will be set by the committee in which city?": today's towns
    said = [int(y) for y in _YEAR.findall(prompt)]
    return min(said) < _HISTORICAL_BEFORE if said else max(mates.years) < _HISTORICAL_BEFORE


def _size(name: str, mates: Mates) -> str:
    """How large a place is, as far as the document tells: "region" for a name that ends in a
    region's word ("Catholic Europe"), "holder" for one it puts another place in ("Kent" of
    "North Foreland in Kent"), else "place" (a town, a headland, or not known)."""
    words = fold(name).split()
    if len(words) >= 2 and words[-1] in _REGION_HEADS:
        return "region"
    return "holder" if fold(name) in mates.holders else "place"


def _another_size(option: str, answer: str, mates: Mates | None) -> bool:
    """Whether a place offered for a place is of another size than the answer: a county or a
    region ("Kent", "Catholic Europe") for a town or a headland, or the reverse, or one the
    document puts in the answer or the answer in."""
    if mates is None:
        return False
    key, other = fold(answer), fold(option)
    if other in mates.within.get(key, ()) or key in mates.within.get(other, ()):
        return True
    if _listed_city(answer) and _listed_city(option):
        return False  # London holding Bermondsey is a city all the same, as Paris is
    return _size(option, mates) != _size(answer, mates)


def _listed_city(name: str) -> bool:
    return any(entry.kind == CITY for entry in lexicon().lookup(name))


# "founded in which place in the Netherlands" (or "in Zwolle in the Netherlands", stated): the
# region the prompt puts the answer in.
_IN_REGION = r"(?:\s+in\s+|,\s+)(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)" \
             r"(?:-?(?:east|west)(?:ern)?)?\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)"
_ASKED_IN = re.compile(r"\b[Ww]hich\s+(?:place|city|town|village|port|lake|river|mountain|island|bay|valley|"
                       r"forest|region|county|province|state)" + _IN_REGION)


def _outside(option: str, answer: str, prompt: str, mates: Mates | None) -> bool:
    """Whether the document puts a place offered for "which place in the Netherlands" in another
    region ("Novgorod in Russia"): the prompt itself rules it out, and a statement made false
    with it ("founded in Novgorod in the Netherlands") is absurd. A place from the word lists
    fits a region only when the region is a country the lists know."""
    if mates is None:
        return False
    asked = _ASKED_IN.search(prompt)
    if asked is None and answer in prompt:  # (the quick test first: the pattern is new for each answer)
        asked = re.search(rf"(?<!\w){re.escape(answer)}{_IN_REGION}", prompt)
    if asked is None:
        return False
    region = fold(asked.group(1))
    if fold(option) not in mates.places and region not in lexicon().continent_of:
        return True  # "Baltimore" from the lists for "which city in Lincolnshire": where it is, nothing says
    if fold(option) not in mates.places:
        # a place from the lists fits "which lake in southern Germany" only when the lists put
        # it in that country: "Lake Garda", listed in Europe, may be anywhere in it
        return not any(fold(entry.group) == region for entry in lexicon().lookup(option))
    regions = mates.within.get(fold(option), set())
    return fold(option) == region or bool(regions) and region not in regions


def _keep_list(mates: Mates, group: list[Span]) -> None:
    if len(group) < 2:
        return
    keys = {fold(s.text) for s in group}
    for key in keys:
        mates.listed.setdefault(key, set()).update(keys - {key})


def _shares_a_word(option: str, prompt_words: set[str]) -> bool:
    """Whether a distinctive word of the option is in the prompt: "Pierre Curie" and "the Curies"."""
    for word in fold(option).split():
        if len(word) >= 4 and word not in _COMMON and (word in prompt_words or word + "s" in prompt_words):
            return True
    return False


_TITLES = word_set("titles")
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019-]*")


def named_in_prompt(prompt: str) -> set[str]:
    """The folded words of the names the prompt writes ("ada" of "Ada was introduced to which
    mathematician?"), without the titles, kind words and common words a name may share."""
    found = set()
    for match in _CAPITALISED.finditer(prompt):
        word = fold(match.group(0))
        if len(word) >= 3 and word not in FUNCTION_WORDS and word not in _COMMON and word not in _TITLES \
                and word not in HEAD_KINDS and not word.isdigit():
            found.add(word)
    return found


def names_what_the_prompt_names(option: str, named: set[str]) -> bool:
    """Whether an option names, in full or in part, someone or something the prompt names:
    "Ada Lovelace" for "Ada was introduced to which mathematician?" is Ada herself."""
    return bool(named and set(fold(option).split()) & named)


_DECADE = re.compile(r"\b(?:in|during|by) the (1[0-9]{2}0|20[0-9]0)s\b")
_CENTURY = re.compile(r"\b(?:in|during|by) the (\d{1,2})(?:st|nd|rd|th)[\s-]century\b", re.I)
_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?![\ds])")


def year_bounds(prompt: str, answer: int) -> tuple[int, int]:
    """The years an option may take so that the prompt does not rule it out, as (low, high)."""
    low, high = 1, 2100
    decade = _DECADE.search(prompt)
    if decade and int(decade.group(1)) <= answer <= int(decade.group(1)) + 9:
        low, high = int(decade.group(1)), int(decade.group(1)) + 9
    century = _CENTURY.search(prompt)
    if century:
        first = (int(century.group(1)) - 1) * 100 + 1
        if first <= answer <= first + 99:
            low, high = max(low, first), min(high, first + 99)
    for match in _YEAR.finditer(prompt):
        other = int(match.group(1))
        if other < answer:
            low = max(low, other + 1)
        elif other > answer:
            high = min(high, other - 1)
    return low, high


# A prompt about what is to come: its wrong years may lie after the document's date.
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|due to|expected|scheduled|set to|(?:plans?|planned|aims?|"
                     r"intends?|hopes?) to|forecasts?|projected|by what year|until what year)\b", re.I)


def about_what_is_to_come(text: str) -> bool:
    """Whether a prompt or sentence speaks of what is to come ("will", "aims to", "by what year")."""
    return bool(_FUTURE.search(text))


def life_bounds(prompt: str, answer: int, mates: Mates | None) -> tuple[int, int]:
    """The years the document's dates allow a wrong option for the answer year, as (low, high):
    never after the document's latest year for a past event, never outside the life of the
    person the prompt is about when the answer is inside it."""
    low, high = 1, 2100
    if mates is None:
        return low, high
    if mates.latest_year is not None and answer <= mates.latest_year and not _FUTURE.search(prompt):
        high = mates.latest_year
    words = f" {fold(prompt)} "
    for name, (born, died) in mates.lives.items():
        if f" {name} " not in words:
            continue
        if born is not None and answer > born:
            low = max(low, born + 1)
        if died is not None and answer < died and (born is None or answer > born):
            high = min(high, died)
    return low, high


# A latest year from which on a document is taken to be written about then.
_RECENT = 1990


def _date_fits(option: str, low: int, high: int) -> bool:
    years = [int(y) for y in _YEAR.findall(option)]
    return all(low <= y <= high for y in years)


# What a prompt may ask for as a town, and the first words that say a place's kind ("Lake Bled").
_SETTLEMENTS = frozenset({"city", "town", "village", "capital", "port", "municipality", "settlement"})
_KIND_FIRST = frozenset({"lake", "mount", "river", "cape", "fort"})
_PLACE_KINDS = word_set("place_kinds")
_ASKED_NOUN = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+(?:([a-z]+)|[A-Z][\w-]*)(?:\s+([a-z]+))?")


def asked_place_kind(prompt: str) -> str:
    """The kind of place a prompt asks for ("city" for "in which city", "canton" for "which
    Swiss canton"), '' when it asks for no place."""
    for match in _ASKED_NOUN.finditer(prompt):
        for word in match.groups():
            if word in _SETTLEMENTS:
                return "city"
            if word and HEAD_KINDS.get(word, "") in _PLACE_KINDS:
                return HEAD_KINDS[word]
    return ""


def named_kind(option: str) -> str:
    """The kind a name's head word gives it: "square" for "Prešeren Square", "lake" for "Lake
    Bled"; '' when its words say nothing."""
    words = fold(option).split()
    if not words:
        return ""
    if len(words) >= 2 and words[0] in _KIND_FIRST:
        return HEAD_KINDS.get(words[0], "")
    return HEAD_KINDS.get(words[-1], "") if len(words) >= 2 else ""


def _of_asked_kind(option: str, asked: str) -> bool:
    kind = named_kind(option)
    return not kind or (asked != "city" and kind == asked)


def fitting_options(span: Span, wrong: list[str], prompt: str, mates: Mates | None, seed: object,
                    rough: str = "") -> list[str]:
    """The wrong options that fit the prompt (`wrong` in its order), refilled with fitting years
    (decades away for a year the text gives roughly, `rough` "about"; only earlier ones for a
    year things were so by, `rough` "by")."""
    taken = mates.of(span) if mates is not None else set()
    prompt_words = set(fold(prompt).split())
    named = named_in_prompt(prompt) if span.names_a_kind else set()
    kept = [w for w in wrong if fold(w) not in taken
            and not (span.names_a_kind and _shares_a_word(w, prompt_words))
            and not names_what_the_prompt_names(w, named)]
    asked = asked_place_kind(prompt) if span.names_a_kind else ""
    if asked:
        kept = [w for w in kept if _of_asked_kind(w, asked)]
    if span.kind in (PLACE, CITY):
        kept = [w for w in kept if not _another_size(w, span.text, mates) and not _outside(w, span.text, prompt, mates)]
    elif span.family == PLACES and span.kind not in (COUNTRY, "continent"):
        kept = [w for w in kept if not _outside(w, span.text, prompt, mates)]  # a lake "in southern Germany"
    if span.family == PLACES:
        kept = [w for w in kept if not _from_the_prompts_people(w, prompt, mates) and not from_another_time(w, span, mates, prompt)]
    kept = [w for w in kept if not institution_elsewhere(w, span, prompt, mates)]
    if span.kind == DATE:
        answer_years = [int(y) for y in _YEAR.findall(span.text)]
        if answer_years:
            low, high = life_bounds(prompt, answer_years[0], mates)
            kept = [w for w in kept if _date_fits(w, low, high)]
    if span.kind == YEAR and span.value is not None and span.text.isdigit():
        answer = int(span.value)
        low, high = year_bounds(prompt, answer)
        life_low, life_high = life_bounds(prompt, answer, mates)
        low, high = max(low, life_low), min(high, life_high)
        if mates is not None:
            window_low, window_high = life_window(answer, prompt, mates.people, mates.lives)
            # (a bound the answer itself breaks was read wrong: it bounds nothing)
            low, high = max(low, window_low if window_low <= answer else 1), min(high, window_high if window_high >= answer else 2100)
        kept = [w for w in kept if w.isdigit() and low <= int(w) <= high]
        if len(kept) < 3:
            refill = rough_year_options(answer, 12, seed, rough == "by", fine=high - low < 200) if rough \
                else year_options(answer, [], 12, seed)
            for year in refill:
                if low <= year <= high and str(year) not in kept and year != answer:
                    kept.append(str(year))
    if span.kind == DECADE and span.value is not None and mates is not None and mates.latest_year is not None \
            and mates.latest_year >= _RECENT and int(span.value) <= mates.latest_year and not _FUTURE.search(prompt):
        # "In the 2040s Dr Aalto noticed ..." in a text of 2021: a decade still to come is no past one
        # (only a text that names recent years is dated by its latest one; a guide to a town's
        # walls whose last year is 1838 was not written then)
        kept = [w for w in kept if not w[:4].isdigit() or int(w[:4]) <= mates.latest_year]
    if span.kind == PERSON:
        kept = [w for w in kept if fold(w).split()[-1:] != fold(span.text).split()[-1:]  # "Pierre Curie" for "Marie Curie"
                and not _also_fits(w, prompt, mates) and not _of_another_nation(w, prompt, mates)]
        if mates is not None:
            kept = [w for w in kept if not of_another_sex(w, prompt, mates.people)
                    and not outside_the_story(w, span.text, prompt, mates.people)]
    if span.kind == COUNT and mates is not None:
        kept = [w for w in kept if not too_long_for_a_life(w, prompt, mates.people, mates.lives, mates.latest_year)]
    return kept
