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
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[\u2019']s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^(?:the|a|an)\s+", "", " ".join(text.split()))
    return text


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append([field.strip() for field in line.split("|")])
    return rows


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    group: str = ""  # a country for a city, a continent for a country, a culture for a name


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
    for country, continent, demonym in _rows("countries.txt"):
        entries.append(Entry(country, "country", continent))
        demonyms[fold(demonym)] = country
        continent_of[fold(country)] = continent
    for city, country in _rows("cities.txt"):
        entries.append(Entry(city, "city", country))
    for file in ("places.txt", "organisations.txt", "things.txt"):
        for name, kind in _rows(file):
            entries.append(Entry(name, kind))
    given = {fold(name): (culture, sex) for name, culture, sex in _rows("given_names.txt")}
    surnames = {fold(name): culture for name, culture in _rows("surnames.txt")}
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
WELL_KNOWN_COUNTRIES = frozenset(name.strip() for name in """
france|germany|italy|spain|russia|poland|sweden|norway|greece|portugal|netherlands|belgium|
switzerland|austria|ireland|united kingdom|ukraine|turkey|united states|canada|mexico|brazil|
argentina|chile|peru|colombia|china|japan|india|south korea|indonesia|australia|new zealand|
egypt|south africa|nigeria|kenya|ethiopia|morocco|saudi arabia|iran|iraq|israel|pakistan|thailand|
vietnam|philippines|denmark|finland""".split("|"))


_FEMININE = frozenset("she her hers herself".split())
_MASCULINE = frozenset("he him his himself".split())


def person_sex(name: str) -> str:
    """'f' or 'm' when a person's first name says it (data/given_names.txt), else ''."""
    words = name.split()
    entry = lexicon().given_names.get(fold(words[0])) if words else None
    return entry[1] if entry else ""


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
    return {fold(word): sense for word, sense in _rows("term_senses.txt")}


@lru_cache(maxsize=1)
def given_names_by_culture() -> dict[tuple[str, str], tuple[str, ...]]:
    out: dict[tuple[str, str], list[str]] = {}
    for name, culture, sex in _rows("given_names.txt"):
        out.setdefault((culture, sex), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def surnames_by_culture() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name, culture in _rows("surnames.txt"):
        out.setdefault(culture, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


# Words that start a sentence with a capital letter without being names.
FUNCTION_WORDS = frozenset("""
a an the this that these those there here it its he she his her him they them their we our us
you your i my me in on at by for from to of with without within into onto over under after
before during since until while when where whereas which who whom whose what why how if
although though because as so but and or nor yet also however thus therefore then still
just only even many much more most some any each every all both either neither no not one
other such than too very already again once about around among between through across
despite following according just officials until then meanwhile later earlier today now
is are was were be been being has have had do does did will would can could may might
must should shall let like unlike let's it's what's after again perhaps moreover besides
instead overall finally first second third last next new old another several few
""".split())

TITLES = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady king queen prince princess emperor empress
president vice prime minister chancellor governor senator mayor general colonel captain
commander admiral sergeant lieutenant pope saint st bishop archbishop cardinal rev reverend
father sister brother judge justice chief coach director secretary ambassador sheikh sultan
tsar czar khan
""".split())

# Nouns that name what a person is; "cosmonauts Oleg Kotov and ..." tells a person is meant.
PERSON_ROLES = frozenset("""
cosmonaut astronaut president minister leader author writer poet novelist composer musician
singer actor actress director painter artist scientist physicist chemist biologist engineer
inventor explorer emperor king queen prince princess general soldier player athlete runner
skier skater coach manager founder chairman chairwoman chief executive spokesman spokeswoman
spokesperson official professor student teacher pilot captain commander mayor governor senator
economist philosopher historian architect doctor surgeon nurse judge lawyer journalist reporter
editor producer champion winner son daughter father mother wife husband brother sister
goalkeeper striker defender midfielder winger jockey cyclist swimmer boxer
""".split())

AUXILIARIES = frozenset("""
is are was were be been has have had do does did will would can could may might must should
shall
""".split())

# Past tenses that do not end in -ed: "she met", "it became", "they won".
IRREGULAR_PAST = frozenset("""
met made took gave went came saw won began became wrote led built found held left lost ran rose
sold sent told thought brought bought fought taught caught stood understood knew grew drew flew
threw spoke broke chose froze stole wore bore drove rode fell felt kept slept meant spent lent
dealt heard paid laid said sat shot struck hung sang sank swam rang drank forgot got shone sought
wept ate lay did had overcame undertook withdrew arose awoke beat bit blew fled forbade forgave
hid sprang stuck stung swore swept swung tore woke died tied lied dyed eyed used
""".split())

PERSONAL_WORDS = re.compile(r"\b(?:I|we|We|our|Our|us|you|You|your|Your|my|My|me|I'm|we're|We're|you're|You're|I've|we've|let's|Let's)\b")

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

# Unit abbreviations a player reads better written out in a question.
UNIT_NAMES = {
    "km": "kilometres", "m": "metres", "cm": "centimetres", "mm": "millimetres", "mi": "miles",
    "ft": "feet", "kg": "kilograms", "g": "grams", "t": "tonnes", "lb": "pounds", "ha": "hectares",
    "km2": "square kilometres", "sq": "square", "mph": "miles per hour", "km/h": "kilometres per hour",
    "%": "percent", "percent": "percent", "per cent": "percent",
}

# Head words that tell what kind of thing a name is: "Saxon Garden" is a garden.
HEAD_KINDS = {
    "sea": "sea", "ocean": "ocean", "river": "river", "lake": "lake", "mountains": "mountain range",
    "mountain": "mountain", "volcano": "mountain", "hill": "hill",
    "mount": "mountain", "island": "island", "islands": "islands", "desert": "desert", "gulf": "gulf",
    "bay": "bay", "valley": "valley", "park": "park", "garden": "garden", "gardens": "garden",
    "palace": "palace", "castle": "castle", "cathedral": "cathedral", "church": "church",
    "bridge": "bridge", "square": "square", "street": "street", "museum": "museum",
    "theatre": "theatre", "theater": "theatre", "stadium": "stadium", "airport": "airport",
    "station": "station", "center": "centre", "centre": "centre", "university": "university", "college": "university", "institute": "institute",
    "school": "school", "academy": "academy", "agency": "agency", "administration": "administration",
    "commission": "commission", "board": "board", "authority": "authority", "trust": "trust", "committee": "committee", "council": "council", "ministry": "ministry",
    "department": "department", "service": "service", "corporation": "company", "company": "company",
    "inc": "company", "ltd": "company", "group": "group", "bank": "bank", "party": "political party",
    "union": "union", "community": "community", "association": "association", "society": "society", "foundation": "foundation",
    "organization": "organisation", "organisation": "organisation", "federation": "federation",
    "league": "league", "club": "club", "army": "army", "navy": "navy", "court": "court",
    "parliament": "parliament", "assembly": "assembly", "war": "war", "battle": "battle",
    "revolution": "revolution", "crisis": "crisis", "games": "event", "olympics": "event",
    "cup": "event", "championship": "event", "championships": "event", "festival": "festival",
    "summit": "summit", "conference": "conference", "treaty": "treaty", "act": "law", "award": "award",
    "prize": "prize", "dynasty": "dynasty", "empire": "empire", "kingdom": "kingdom",
    "republic": "country", "province": "province", "county": "county", "district": "district",
    "region": "region", "hall": "building", "tower": "building", "house": "building",
    "temple": "temple", "mosque": "mosque", "library": "library", "hospital": "hospital",
    "tomb": "monument", "monument": "monument", "memorial": "monument", "accord": "treaty",
    "colony": "colony", "protectorate": "colony", "canal": "canal", "strait": "strait", "peninsula": "peninsula", "plateau": "plateau",
    "forest": "forest", "glacier": "glacier", "falls": "waterfall", "basin": "basin",
}

PLACE_KINDS = frozenset("""
city country sea ocean river lake mountain island islands desert gulf bay valley park garden
palace castle cathedral church bridge square street museum theatre stadium airport region state
continent province county district canal strait peninsula plateau forest glacier waterfall basin
place temple mosque library hospital building empire kingdom
""".split()) | {"mountain range"}

# Nouns after a name that say what the name is ("the Interfax-AVN news service").
DESCRIPTOR_NOUNS = frozenset("""
agency service company newspaper magazine channel network station spacecraft shuttle rocket
satellite telescope river sea lake mountain island city town village region province state
university college school museum team club band group party airline airport bridge festival
language programme program series show film novel album movement dynasty empire family
spacecraft mission project system palace garden park square street church cathedral
""".split())

# Nouns after a place name that name a part of it ("the Black Sea coast").
PART_NOUNS = frozenset("coast coastline shore shores border borders capital region area side valley basin delta mouth banks bank edge".split())
