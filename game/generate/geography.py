"""What gives a place away: the places that lie inside it and the words made from its name.

A question asking for a country is answered by a prompt that names a county, a city or a
landmark inside it ("near Luxor in which country?"), or that uses the country's adjective ("A
second American tour ..." beside "Curie toured which country?"). The rules here list, for an
answer, the words that would give it away if a prompt showed them:

- `demonym_forms`: a country's adjective for the country, and the country for its adjective;
- `places_inside`: the well-known places that lie inside the answer (data/containers.txt and
  data/cities.txt), and the ones the document itself puts there ("Wormley, Surrey", "Luxor in
  Egypt", read by `document_containment`);
- `hint_forms`: both, for one answer; `hint_key` the text form they are looked for in, with
  case kept ("Nice" the city is no "nice" view) and longer names kept whole ("New York" holds
  no "York", "North American" no "American").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Mapping

from game.generate.lexicon import data_rows, fold, lexicon

# Adjectives of a country that, inside these names, say nothing of the country.
_NOT_THE_COUNTRY = ("North American", "South American", "Central American", "Latin American", "British Isles")
# Cities of data/cities.txt that are as often people: "Washington" is George Washington too.
_PEOPLE_TOO = frozenset({"washington"})


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """folded country -> its adjectives, folded adjective -> its countries (data/countries.txt)."""
    adjectives: dict[str, list[str]] = {}
    countries: dict[str, list[str]] = {}
    for country, _continent, demonym in data_rows("countries.txt"):
        adjectives.setdefault(fold(country), []).append(demonym)
        countries.setdefault(fold(demonym), []).append(country)
    return ({k: tuple(v) for k, v in adjectives.items()}, {k: tuple(v) for k, v in countries.items()})


@lru_cache(maxsize=1)
def _known_inside() -> dict[str, tuple[str, ...]]:
    """folded container -> the names the lists put directly inside it."""
    given = lexicon().given_names
    inside: dict[str, list[str]] = {}
    for name, container in data_rows("containers.txt"):
        inside.setdefault(fold(container), []).append(name)
    for city, country in data_rows("cities.txt"):
        if fold(city) not in given and fold(city) not in _PEOPLE_TOO:
            inside.setdefault(fold(country), []).append(city)
    return {k: tuple(dict.fromkeys(v)) for k, v in inside.items()}


def demonym_forms(answer: str) -> tuple[str, ...]:
    """The other forms of a country's name: its adjective, or the country of an adjective.

    >>> demonym_forms("France"), demonym_forms("Egyptian")
    (('French',), ('Egypt',))
    """
    adjectives, countries = _countries()
    key = fold(answer)
    return adjectives.get(key, ()) or countries.get(key, ())


# "Wormley, Surrey" and "Luxor in Egypt": a name, then the place the text puts it in.
_CAPITAL_RUN = r"[A-Z][\w'\u2019.-]*(?:\s+(?:upon|on|de|la|le|of|the)?\s*[A-Z][\w'\u2019.-]*){0,3}"
_COMMA_PAIR = re.compile(rf"(?<![\w'\u2019-])({_CAPITAL_RUN}),\s+({_CAPITAL_RUN})(?=\s*(?:[,.;:)]|\s[a-z]|$))")
_IN_PAIR = re.compile(rf"\b(?:at|in|near|from|to|outside|around)\s+(?:the\s+)?({_CAPITAL_RUN})\s+in\s+(?:the\s+)?"
                      rf"({_CAPITAL_RUN})\b")
_CONTAINER_KINDS = frozenset({"country", "state", "region", "island", "city"})


def _a_container(name: str) -> bool:
    """A place the lists know something lies in: a country, a state, a region, a county, a city."""
    key = fold(name)
    return key in _known_names() or any(e.kind in _CONTAINER_KINDS for e in lexicon().lookup(name))


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Every folded place name the lists place or place things in."""
    inside = _known_inside()
    return frozenset(inside) | frozenset(fold(n) for names in inside.values() for n in names)


def _a_list_goes_on(text: str, end: int) -> bool:
    """Whether "X, Y" goes on as a list ("Dover, Canterbury and Winchester", "Kent, Essex, ...")."""
    return bool(re.match(rf",\s+{_CAPITAL_RUN}|\s+(?:and|or)\s+[A-Z]", text[end:]))


def known_place(name: str) -> bool:
    """Whether the lists place the name or place things in it ("Surrey", "Eiffel Tower")."""
    return fold(name) in _known_names()


def document_containment(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """What the text itself puts inside a known place: folded container -> names, from "X, Y"
    and "at X in Y" where Y is a place the lists know and X no country nor person.

    >>> document_containment(["She moved to Thornbury, Gloucestershire, in 1990."])
    {'gloucestershire': ('Thornbury',)}
    """
    given = lexicon().given_names
    found: dict[str, list[str]] = {}
    for text in texts:
        pairs = [(m.group(1), m.group(2)) for m in _IN_PAIR.finditer(text)]
        pairs += [(m.group(1), m.group(2)) for m in _COMMA_PAIR.finditer(text) if not _a_list_goes_on(text, m.end())]
        for name, container in pairs:
            name = re.sub(r"^(?:The|In|At|Near|From)\s+", "", name)
            if not _a_container(container) or fold(name) == fold(container) or known_place(name):
                continue  # (where the lists place the name, they say where it lies already)
            if any(e.kind in ("country", "continent") for e in lexicon().lookup(name)):
                continue  # "France, Germany": a list of countries, not one inside another
            if fold(name.split()[0]) in given:
                continue  # "Marie Curie in Paris": a person, not a place
            found.setdefault(fold(container), []).append(name)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


def places_inside(answer: str, document: Mapping[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """Every name the lists or the document put inside the answer, at any depth.

    >>> "Surrey" in places_inside("Britain") and "Eiffel Tower" in places_inside("France")
    True
    """
    known = _known_inside()
    document = document or {}
    seen: dict[str, str] = {}
    todo = [fold(answer)]
    while todo:
        key = todo.pop()
        for name in (*known.get(key, ()), *document.get(key, ())):
            folded = fold(name)
            if folded not in seen and folded != fold(answer):
                seen[folded] = name
                todo.append(folded)
    return tuple(seen.values())


def hint_forms(answer: str, document: Mapping[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """The words that, shown in a prompt, give the place away: what lies inside it and the
    adjectives of it and of the countries inside it, each as `hint_key` writes it.

    >>> {"Italian", "Rome", "Sicily"} <= set(hint_forms("Italy"))
    True
    """
    inside = places_inside(answer, document)
    forms = [*demonym_forms(answer), *inside]
    for name in inside:
        forms.extend(demonym_forms(name) if fold(name) in _countries()[0] else ())
    own = hint_key(answer).strip()
    return tuple(dict.fromkeys(k for k in (hint_key(f).strip() for f in forms) if k and k != own))


@lru_cache(maxsize=1)
def _compounds() -> re.Pattern[str]:
    """The names of several words the lists know: each is kept whole by `hint_key`."""
    names = {e.name for entries in lexicon().by_key.values() for e in entries if " " in e.name}
    names |= {n for n, _c in data_rows("containers.txt") if " " in n} | set(_NOT_THE_COUNTRY)
    plain = sorted({_plain(n) for n in names}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in plain) + r")(?!\w)")


def _plain(text: str) -> str:
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = re.sub(r"[\u2019']s\b", "", text)
    return " ".join(re.sub(r"[^\w\s-]", " ", text).split())


@lru_cache(maxsize=1 << 14)
def hint_key(text: str) -> str:
    """The text as hints are looked for in it: no accents nor punctuation, case kept, padded,
    and every name of several words the lists know joined into one ("New_York").

    >>> hint_key("Marathons in New York.")
    ' Marathons in New_York '
    """
    plain = _plain(text)
    if " " not in plain:
        return f" {plain} "  # one word: nothing to join
    return f" {_compounds().sub(lambda m: m.group(0).replace(' ', '_'), plain)} "


def shows_a_hint(text: str, hints: Iterable[str]) -> str:
    """The first of the hints the text shows as whole words, or ''.

    >>> shows_a_hint("A second American tour began in 1929.", hint_forms("United States"))
    'American'
    """
    keyed = hint_key(text)
    return next((h for h in hints if f" {h} " in keyed), "")
