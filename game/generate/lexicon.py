"""The built-in word lists (data/*.txt) and the small closed word classes of English.

Lists are read once, on first use, and are immutable afterwards; lookups are by a folded key
(case, accents and a leading "the" aside) so "the Black Sea" finds "Black Sea".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A lookup key: no accents, case, leading article or punctuation."""
    if text.isascii():
        text = text.casefold()  # no accents to take off: most keys, and the quick way
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHE_S.sub("", text)
    text = _NOT_WORD.sub(" ", text)
    return _ARTICLE.sub("", " ".join(text.split()))


_APOSTROPHE_S = re.compile(r"[\u2019']s\b")
_NOT_WORD = re.compile(r"[^\w\s]")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def data_rows(name: str) -> list[list[str]]:
    """The rows of a data file of `|`-separated fields, without its comments and blank lines."""
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append([field.strip() for field in line.split("|")])
    return rows


@lru_cache(maxsize=1)
def _word_sections() -> dict[str, tuple[str, ...]]:
    """The sections of data/word_sets.txt: name -> its entries, in the order written."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, line in enumerate((DATA_DIR / "word_sets.txt").read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        header = re.fullmatch(r"\[([a-z_]+)\]", line)
        if header:
            current = sections.setdefault(header.group(1), [])
        elif current is None:
            raise ValueError(f"word_sets.txt:{number}: entries before the first [section]")
        else:
            current.extend(entry.replace("_", " ") for entry in line.split())
    return {name: tuple(entries) for name, entries in sections.items()}


def plural_noun(noun: str) -> str:
    """A regular English plural: "volcano" -> "volcanoes", "butterfly" -> "butterflies",
    "marsh" -> "marshes", "plant" -> "plants"."""
    if noun.endswith(("s", "x", "z", "ch", "sh", "o")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def word_set(name: str) -> frozenset[str]:
    """A word set of data/word_sets.txt ("prepositions", "person_roles", ...)."""
    return frozenset(_word_sections()[name])


def word_map(name: str) -> dict[str, str]:
    """A map of data/word_sets.txt: its KEY=VALUE entries ("head_kinds", "unit_names")."""
    return dict(entry.split("=", 1) for entry in _word_sections()[name])


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    group: str = ""  # a country for a city, a continent for a country or a place, a culture for a name, a sector for a company


@dataclass(frozen=True)
class Lexicon:
    by_key: dict[str, tuple[Entry, ...]]
    by_kind: dict[str, tuple[Entry, ...]]
    given_names: dict[str, tuple[str, str]]   # folded name -> (culture, sex)
    surnames: dict[str, str]                  # folded name -> culture
    demonyms: dict[str, str]                  # folded demonym -> country
    continent_of: dict[str, str]              # folded country -> continent

    def lookup(self, text: str) -> tuple[Entry, ...]:
        return self.by_key.get(fold(text), ())

    def of_kind(self, kind: str) -> tuple[Entry, ...]:
        return self.by_kind.get(kind, ())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    entries: list[Entry] = []
    demonyms: dict[str, str] = {}
    continent_of: dict[str, str] = {}
    for country, continent, demonym in data_rows("countries.txt"):
        entries.append(Entry(country, "country", continent))
        demonyms[fold(demonym)] = country
        continent_of[fold(country)] = continent
    for city, country in data_rows("cities.txt"):
        entries.append(Entry(city, "city", country))
    for name, kind, continent in data_rows("places.txt"):
        entries.append(Entry(name, kind, continent))
    for file in ("organisations.txt", "things.txt"):
        for name, kind, *sector in data_rows(file):
            entries.append(Entry(name, kind, *sector[:1]))
    given = {fold(name): (culture, sex) for name, culture, sex in data_rows("given_names.txt")}
    surnames = {fold(name): culture for name, culture in data_rows("surnames.txt")}
    by_key: dict[str, list[Entry]] = {}
    by_kind: dict[str, list[Entry]] = {}
    for entry in entries:
        by_key.setdefault(fold(entry.name), []).append(entry)
        by_kind.setdefault(entry.kind, []).append(entry)
    return Lexicon(
        by_key={k: tuple(v) for k, v in by_key.items()},
        by_kind={k: tuple(v) for k, v in by_kind.items()},
        given_names=given, surnames=surnames, demonyms=demonyms, continent_of=continent_of,
    )


# Countries most players know, offered first as wrong options for a country (folded names).
WELL_KNOWN_COUNTRIES = word_set("well_known_countries")


_FEMININE = frozenset("she her hers herself".split())
_MASCULINE = frozenset("he him his himself".split())


def person_sex(name: str) -> str:
    """'f' or 'm' when a person's first name says it (data/given_names.txt), else ''."""
    words = name.split()
    entry = lexicon().given_names.get(fold(words[0])) if words else None
    return entry[1] if entry else ""


def known_as_no_person(name: str) -> bool:
    """Whether the lists know the name as a place, an organisation or a thing ("United Nations",
    "Kenya"): no "his" or "her" stands for it."""
    return bool(lexicon().lookup(name))


def agrees(pronoun: str, name: str) -> bool:
    """Whether "she" or "his" can stand for the person: false only when the first name says
    otherwise ("she" is never Pierre Curie)."""
    word = pronoun.lower()
    wanted = "f" if word in _FEMININE else "m" if word in _MASCULINE else ""
    sex = person_sex(name) if wanted else ""
    return not wanted or not sex or sex == wanted


@lru_cache(maxsize=1)
def term_senses() -> dict[str, str]:
    """Folded head word of a key term -> its sort (data/term_senses.txt)."""
    return {fold(word): sense for word, sense in data_rows("term_senses.txt")}


@lru_cache(maxsize=1)
def given_names_by_culture() -> dict[tuple[str, str], tuple[str, ...]]:
    out: dict[tuple[str, str], list[str]] = {}
    for name, culture, sex in data_rows("given_names.txt"):
        out.setdefault((culture, sex), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def surnames_by_culture() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name, culture in data_rows("surnames.txt"):
        out.setdefault(culture, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


# The word sets most modules read (data/word_sets.txt says what each is).
FUNCTION_WORDS = word_set("function_words")
TITLES = word_set("titles")
PERSON_ROLES = word_set("person_roles")
AUXILIARIES = word_set("auxiliaries")
IRREGULAR_PAST = word_set("irregular_past")

# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
PERSONAL_WORDS = re.compile(r"(?=[IwWoOuyYmMlL])\b(?:I|we|We|our|Our|us|you|You|your|Your|my|My|me|I'm|we're|We're|you're|You're|I've|we've|let's|Let's)\b")

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
                       "Oct.", "Nov.", "Dec.")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}

UNIT_NAMES = word_map("unit_names")
HEAD_KINDS = word_map("head_kinds")
PLACE_KINDS = word_set("place_kinds")
DESCRIPTOR_NOUNS = word_set("descriptor_nouns")
PART_NOUNS = word_set("part_nouns")
