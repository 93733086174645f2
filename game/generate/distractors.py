"""Wrong options of the same kind as the answer: from the documents first, then the lists.

A person gets other people (of the same role where the text says one, with names of the same
culture when made up), a city other cities (of the same country first), a year nearby years, a
number numbers of the same scale and unit. Nothing that is the answer in disguise ("Sochi",
"sochi", "Sochi, Russia") and no two options that are the same.
"""

from __future__ import annotations

import bisect
import difflib
import re
import zlib
from collections import Counter
from functools import lru_cache

from game.generate.lexicon import (
    HEAD_KINDS,
    word_map,
    word_set,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    WELL_KNOWN_COUNTRIES,
    fold,
    given_names_by_culture,
    lexicon,
    person_sex,
    surnames_by_culture,
    term_senses,
)
from game.generate.labels import MATERIAL_FAMILIES, MATERIALS
from game.generate.pool import Pool
from game.generate.verbs import readings
from game.generate.kinds import (
    ORGANISATIONS,
    PLACES,
    PERIOD,
    ACRONYM,
    AMOUNTS,
    CENTURY,
    CITY,
    COUNT,
    COUNTRY,
    DATE,
    DECADE,
    MATERIAL,
    NAME,
    PERCENT,
    PERSON,
    PLACE,
    TERM,
    YEAR,
    Context,
    Span,
)

_WORD_FOR = {value: word for word, value in NUMBER_WORDS.items() if word not in ("dozen",)} | {1: "one"}


_FOUR_DIGITS = re.compile(r"\d{4}")
_ONE_OR_TWO_DIGITS = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_WRITTEN_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)")
_WRITTEN_WORD = re.compile(r"([A-Za-z]+)")
_DIGIT = re.compile(r"\d")
_NOT_SIGNIFICANT = re.compile(r"^0+|\.|0+$")


def stable_order(items, *keys: object) -> list:
    """Items in a pseudo-random order fixed by `keys` (the seed and the answer)."""
    salt = zlib.crc32("\x1f".join(str(k) for k in keys).encode())
    return sorted(items, key=lambda item: (zlib.crc32(str(item).encode(), salt), str(item)))


@lru_cache(maxsize=1 << 16)
def same_thing(a: str, b: str) -> bool:
    """Whether two options would read as the same answer to a player."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb or fa == fb:
        return True
    if _initials(fa) == fb.replace(" ", "") or _initials(fb) == fa.replace(" ", ""):
        return True  # "International Space Station" and "ISS"
    if fb in _OVERLAPS.get(fa, ()) or fa in _OVERLAPS.get(fb, ()):
        return True  # "England" beside "United Kingdom": a player cannot call one of them wrong
    if f" {fa} " in f" {fb} " or f" {fb} " in f" {fa} ":
        return True
    if len(fa.split()) >= 3 and len(fb.split()) >= 3 and a[:1].islower() and b[:1].islower():
        # Two phrases (a reason, what a part does) are one answer only when most of their words
        # are: "controls which substances enter the cell" is not "stores cell sap"; nor are two
        # amounts that differ in their numbers ("about 20 years", "about 30 years").
        if _DIGIT.search(fa) and re.findall(r"\d+", fa) != re.findall(r"\d+", fb):
            return False
        words_a = {w for w in fa.split() if len(w) >= 4}
        words_b = {w for w in fb.split() if len(w) >= 4}
        return bool(words_a and words_b) and len(words_a & words_b) / min(len(words_a), len(words_b)) >= 0.75
    tokens_a = {w for w in fa.split() if len(w) >= 4}
    tokens_b = {w for w in fb.split() if len(w) >= 4}
    if tokens_a & tokens_b and not (re.search(r"\d", fa) or re.search(r"\d", fb)):
        # Options that share a distinctive word ("Space Shuttle Columbia" and "Space Shuttle
        # Challenger") are fine only when the shared word is a common head or prefix.
        shared = tokens_a & tokens_b
        heads = {fa.split()[-1]} if fa.split()[-1] == fb.split()[-1] else set()
        if a.islower() and b.islower() and shared == heads and fa != fb:
            return False  # two key terms of one head: "igneous rock" and "sedimentary rock"
        if not shared <= _SHARED_OK:
            return True
    if _DIGIT.search(fa + fb) or min(len(fa), len(fb)) / max(len(fa), len(fb)) < 0.74:
        return False  # a similarity over 0.85 needs lengths within a quarter of each other
    if _ratio_bound(fa, fb) <= 0.85:
        return False
    return difflib.SequenceMatcher(None, fa, fb).ratio() > 0.85


def _ratio_bound(a: str, b: str) -> float:
    """The most `difflib.SequenceMatcher(None, a, b).ratio()` can be: its `quick_ratio`, the letters
    the two share whatever their order, counted without building the matcher (the slow part)."""
    shared = sum((Counter(a) & Counter(b)).values())
    return 2.0 * shared / (len(a) + len(b))


# Countries and the names of their parts or their other names: offered beside each other, both
# would be right. Keyed by the folded whole.
_OVERLAPS = {country: frozenset(names.split(",")) for country, names in word_map("country_overlaps").items()}


def _initials(folded: str) -> str:
    words = [w for w in folded.split() if w not in ("of", "and", "the", "for")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


# ... and the calendar's words: "May to July" and "July to September" are two times of year.
_SHARED_OK = word_set("shared_option_words") | {fold(m) for m in MONTH_NAMES} | {"spring", "summer", "autumn",
                                                                                 "winter"}


def _length_ok(answer: str, option: str) -> bool:
    la, lo = len(answer), len(option)
    return max(la, lo) <= 8 or (la / 2.5 <= lo <= la * 2.5)


def _shape_score(answer: str, option: str) -> tuple[int, int]:
    a_words, o_words = answer.split(), option.split()
    same_count = int(len(a_words) == len(o_words))
    same_first = int(len(a_words) > 1 and a_words[0] == o_words[0])
    return (-(same_count + same_first), abs(len(answer) - len(option)) // 4)


_NAME_LINKS = word_set("option_name_links")


@lru_cache(maxsize=1 << 14)
def written_kind(text: str) -> str:
    """How an option looks: a year, a number, a name (all capitalised) or a phrase."""
    plain = text.replace(",", "")
    if re.fullmatch(r"1\d{3}|20\d{2}", plain):
        return "year"
    if re.fullmatch(r"[-+]?\d+(?:\.\d+)?%?", plain):
        return "number"
    words = plain.split()
    if words and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_LINKS for w in words):
        return "name"
    return "phrase"


SAMPLE = 40


def _pick(answer: str, pools: list[list[str] | tuple[str, ...]], count: int, seed: object, shaped: bool = True) -> list[str]:
    chosen: list[str] = []
    kind = written_kind(answer)
    for pool in pools:
        if len(chosen) >= count:
            return chosen
        fitting = [option for option in pool if _length_ok(answer, option) and written_kind(option) == kind]
        if len(fitting) > SAMPLE:
            # A long list (the world's cities) is read from a place fixed by the seed and the answer,
            # a few dozen names at a time: the order is as unpredictable, and ten times cheaper.
            at = zlib.crc32(f"{seed}\x1f{answer}".encode()) % len(fitting)
            fitting = (fitting[at:] + fitting[:at])[:SAMPLE]
        ordered = stable_order(fitting, seed, answer)
        if shaped:
            ordered.sort(key=lambda option: _shape_score(answer, option))
        for option in ordered:
            if len(chosen) >= count:
                return chosen
            if same_thing(answer, option):
                continue
            if any(same_thing(option, other) for other in chosen):
                continue
            chosen.append(option)
    return chosen


def _culture_of(name: str, group: str) -> tuple[str, str]:
    lex = lexicon()
    words = name.split()
    first = fold(words[0])
    if first in lex.given_names:
        return lex.given_names[first]
    last = fold(words[-1])
    culture = group or lex.surnames.get(last, "")
    if not culture:
        if re.search(r"(?:ov|ev|in|sky|enko|ova|eva|ina|skaya)$", last):
            culture = "russian"
        elif re.search(r"(?:ski|cki|wicz|czyk)$", last):
            culture = "polish"
        else:
            culture = "english"
    sex = "f" if re.search(r"(?:a|ova|eva|ina|skaya)$", last) and culture == "russian" else "m"
    return culture, sex


# Surname endings common in English: "Trevithick" may sit beside a made-up "Robinson", "Djokovic" not.
_ENGLISH_LOOKING = re.compile(r"(?:son|ton|ham|ley|ford|wood|field|worth|man|er|ick|ock|ell|ing|ard|well|s)$")


def _made_up_people(answer: str, group: str, seed: object) -> list[str]:
    culture, sex = _culture_of(answer, group)
    if culture not in surnames_by_culture():
        return []  # "the Greek philosopher Anaxagoras": English names beside it would give it away
    if len(answer.split()) == 1 and not group and fold(answer) not in lexicon().surnames \
            and culture == "english" and not _ENGLISH_LOOKING.search(fold(answer)):
        return []  # "Djokovic" alone: made-up "Davis" or "Scott" beside it would give it away
    given = given_names_by_culture().get((culture, sex)) or given_names_by_culture()[("english", sex)]
    surnames = surnames_by_culture().get(culture) or surnames_by_culture()["english"]
    if culture == "russian" and sex == "f":
        surnames = tuple(s + "a" if s.endswith(("ov", "ev", "in")) else s for s in surnames)
    if len(answer.split()) == 1:
        return list(surnames)
    firsts = stable_order(given, seed, answer, "given")[:8]
    lasts = stable_order(surnames, seed, answer, "surname")[:8]
    return [f"{f} {l}" for f, l in zip(firsts, lasts)]


# A ruler's name: a regnal number ("Elizabeth II", "George III") or a ruler's title as the role.
_REGNAL = re.compile(r"\s(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$")
_RULERS = frozenset({"king", "queen", "emperor", "empress", "pope", "tsar", "czar", "sultan", "prince", "princess",
                     "pharaoh", "shah", "khan"})


_PARTICLES = frozenset({"di", "de", "da", "del", "della", "van", "von", "der", "den", "le", "la", "du", "dos", "das",
                        "ter", "ten", "al", "el", "bin", "ibn", "mac", "st"})


def _surname(name: str) -> str:
    """A person's surname with its particle: "Di Maria" of "Angel Di Maria", "van Gogh"."""
    words = name.split()
    if len(words) >= 3 and words[-2].lower() in _PARTICLES:
        return " ".join(words[-2:])
    return words[-1]


# Roles a text names family members by, always before a first name ("his wife Martha").
_KIN = frozenset({"wife", "husband", "daughter", "son", "sister", "brother", "mother", "father", "widow"})


# "St Mary's Hospital": a saint named in a building's name is no person of the text to offer.
_SAINTS = frozenset({"st", "saint"})
_THING_HEADS = word_set("thing_name_heads")


def named_as_a_thing(name: str) -> bool:
    """Whether a name the text took for a person's ends in a word of a place's or an event's kind
    ("Orchard Close", "Annual Produce Show", "Dorothy Lumb Cup"): it is offered as no one."""
    words = fold(name).split()
    return len(words) >= 2 and (words[-1] in HEAD_KINDS or words[-1] in _THING_HEADS)


# Endings of words that describe (a classifying adjective: "eukaryotic", "igneous", "sedimentary").
_ADJECTIVE_ENDING = re.compile(r"(?:ic|ical|ous|al|ary|ory|ive|ar|ent|ant|ile|oid|less|ful|able|ible|ed)$")


def describes(word: str, context: Context | None) -> bool:
    """Whether a modifier is a describing word rather than a noun of the text: "eukaryotic" is,
    "leaf", "plant" and "animal" are not (the text writes "the plant", "animals"); a verb's base
    the text never writes as a noun is too (`a_verb_naming_a_kind`)."""
    if not _ADJECTIVE_ENDING.search(word) and not a_verb_naming_a_kind(word, context):
        return False
    if context is None:
        return True
    forms = {word, word + "s", word + "es"}
    return not forms & (context.common_nouns | context.nouns)


def a_verb_naming_a_kind(word: str, context: Context | None) -> bool:
    """Whether a modifier is a verb's base that says what a kind does, as a describing word
    would: "transform boundaries" (the plates slide past) beside "convergent boundaries", "cleave
    joints" beside "tensile joints". Not when the text writes the word as a noun ("the plant",
    "plants": "plant cells" are divided by where); without the text, never."""
    if context is None or not any(tense == "base" for _base, tense in readings(word)):
        return False
    return not {word, word + "s", word + "es"} & (context.common_nouns | context.nouns)


def divided_another_way(answer: str, option: str, context: Context | None) -> bool:
    """Whether a key term of the answer's head names its kind by another division: "leaf cells"
    (by where) beside "eukaryotic cells" (by what they are like). Kinds divided two ways overlap (a
    leaf cell is eukaryotic), so the option may be right as well; "prokaryotic cells" or, beside
    "oxbow lake", "ribbon lake" are of one division."""
    answer_words, option_words = fold(answer).split(), fold(option).split()
    if len(answer_words) < 2 or len(option_words) < 2:
        return False
    return describes(answer_words[-2], context) != describes(option_words[-2], context)



def one_of_own_names(answer: str, option: str, context: Context | None) -> bool:
    """Whether an option is one word of the answer's own full name: "Pennock" for "Clara" when the
    text names Clara Pennock, "Clara" for "Pennock". It is the same person, not another one."""
    full = context.people.get(fold(answer), answer) if context is not None else answer
    own = set(fold(full).split()) | set(fold(answer).split())
    words = fold(option).split()
    return len(words) == 1 and words[0] in own


def name_options(span: Span, pool: Pool, position: int, count: int, seed: object) -> list[str]:
    """Wrong options for a name: people, places, organisations, things."""
    answer = span.text
    same_kind = [s for s in pool.near(span.kind, position) if s.text != answer]
    if span.kind == PERSON:
        sex = person_sex(answer)
        # A man is offered men, a woman women, where the first names tell ("Barbora Krejcikova"
        # is no wrong option for "Novak Djokovic" once both names are known).
        ruler = bool(_REGNAL.search(answer)) or span.role in _RULERS
        roles = pool.person_roles.get(answer, set()) | ({span.role} if span.role else set())
        people = [s for s in same_kind if s.role not in _SAINTS and not named_as_a_thing(s.text)
                  and (not span.role or not s.role or s.role == span.role)
                  # the roles the whole text gives them: "referee Hannah Brightwell" is offered
                  # no "coach Gwen Pritchard", wherever the coach is named
                  and (not roles or not pool.person_roles.get(s.text) or roles & pool.person_roles[s.text])
                  and (not sex or person_sex(s.text) in ("", sex))
                  and (bool(_REGNAL.search(s.text)) or s.role in _RULERS) == ruler]  # no "Elizabeth I" beside a finder
        if len(answer.split()) == 1:
            # A surname alone is offered the document's other people's surnames only: made-up
            # "White" or "Baker" beside "Jobs" would read as filler.
            # Surnames shared by several people ("Khan") are titles more than names.
            last_words: dict[str, set[str]] = {}
            for s in people:
                # "Alcaraz" beside "Carlos Alcaraz" is one owner of the surname, not two
                last_words.setdefault(_surname(s.text), set()).add(s.text if len(s.text.split()) >= 2 else "")
            doc = [word for word, owners in last_words.items() if len(owners - {""}) <= 1]
            # A first name alone ("Clara") is offered first names, a surname alone surnames:
            # "Pennock" beside "Clara" may be her own surname.
            firsts = {fold(s.text.split()[0]) for s in people if len(s.text.split()) >= 2} | set(lexicon().given_names)
            lasts = {fold(_surname(s.text)) for s in people if len(s.text.split()) >= 2} | set(lexicon().surnames)
            if fold(answer) in lasts and fold(answer) not in firsts:
                doc = [word for word in doc if fold(word) in lasts or fold(word) not in firsts]
            elif fold(answer) in firsts or pool.person_roles.get(answer, set()) & _KIN:
                # "his daughters Edith and Clara": a first name, whoever else the text names
                doc = [word for word in doc if fold(word) in firsts or fold(word) not in lasts]
        else:
            doc = [s.text for s in people if len(s.text.split()) >= 2]
        known = pool.person_words
        if len(answer.split()) == 1:
            return _pick(answer, [sorted(set(doc))], count, seed)
        if doc:
            # The document names other people who fit: made-up names beside them would stand
            # out as filler. Too few of them, and the question is typed or stated.
            return _pick(answer, [sorted(set(doc))], count, seed)
        if ruler:
            # "Elizabeth II", "King Harald": a ruler is never offered made-up commoners
            return []
        made_up = [n for n in _made_up_people(answer, span.group, seed) if not set(fold(n).split()) & known]
        return _pick(answer, [made_up], count, seed)
    if span.kind in (NAME, TERM, ACRONYM):
        # An action is offered other actions ("make organic molecules"), a thing other things, and
        # first the things of the same head ("igneous rock": "sedimentary rock", "metamorphic rock").
        things = sorted({s.text for s in same_kind if s.group == span.group})
        head = fold(answer).split()[-1:]
        same_head = [t for t in things if len(answer.split()) > 1 and fold(t).split()[-1:] == head]
        if span.kind == TERM and len(answer.split()) > 1 and answer[:1].isupper():
            # A named term ("Rankine cycle") is offered only others of its head ("Carnot cycle"):
            # "high pressure" beside it gives the answer away. Too few, and it is asked typed.
            return _pick(answer, [same_head], count, seed)
        if span.kind == TERM:
            # A key term of a known sort is offered only terms of its sort ("carbon dioxide":
            # other substances, never "plant cells").
            sense = term_sense(answer)
            if not sense:
                # A term of no known sort ("bastible", "majority"): other terms of no known sort
                # may be anything ("buttermilk", "contract"); only those of its own head fit.
                return _pick(answer, [same_head], count, seed)
            plural = is_plural(answer)
            fitting = [t for t in things if term_sense(t) == sense]
            alike = [t for t in fitting if is_plural(t) == plural]
            return _pick(answer, [same_head, alike, fitting], count, seed)
        return _pick(answer, [same_head, things], count, seed)
    if span.kind == PLACE:
        # A place of unknown kind (a town? a region?) gets only the documents' other such places:
        # cities from the list would be a guess ("Which place ...?" -> Baikal, Beirut, Ottawa).
        return _pick(answer, [sorted({s.text for s in same_kind})], count, seed)
    if span.info.family == ORGANISATIONS:
        # The document's own organisations first; from the lists only those of the answer's own
        # sector where the lists tell sectors apart ("Volkswagen" for "Toyota", never "Lockheed
        # Martin" for a delivery app). Too few, and the question is typed or stated.
        doc_orgs = sorted({s.text for s in same_kind})
        if any(e.group for e in lexicon().of_kind(span.kind)):
            listed = _listed(span.kind, group=span.group) if span.group else ()
        else:
            listed = _listed(span.kind)
        return _pick(answer, [doc_orgs, listed], count, seed)
    group = span.group
    pools: list[list[str] | tuple[str, ...]] = [sorted({s.text for s in same_kind})]
    if span.info.family == PLACES and span.kind not in (CITY, COUNTRY) and group:
        # A river in Europe is offered other rivers in Europe: "the second-longest river in
        # Europe" rules out the Hudson. The document's own places of another continent neither.
        pools = [sorted({s.text for s in same_kind if s.group in (group, "")}), _listed(span.kind, group=group)]
        # An island that is part of a country ("Sicily") is offered islands that are parts too, not
        # island nations ("Iceland", "Cyprus"), which are another sort of answer; and the reverse.
        if span.kind == "island":
            nation = _a_country(answer)
            pools = [[p for p in found if _a_country(p) == nation] for found in pools]
        return _pick(answer, pools, count, seed)
    if span.info.family == PLACES and span.kind not in (COUNTRY, "continent") and not group:
        # A place the lists do not know ("Lake Harnsby", "Christiania"): where it is, only the
        # document says. Other such places of the document, or places of the countries the
        # document names; never a lake or a city from anywhere in the world.
        countries = [s.text for s in pool.near(COUNTRY, position) if lexicon().lookup(s.text)]
        pools = [sorted({s.text for s in same_kind})]
        pools += [_listed(CITY if span.kind == PLACE else span.kind, group=country) for country in sorted(countries)]
        return _pick(answer, pools, count, seed)
    if span.kind == CITY and group:
        pools.append(_listed(span.kind, group=group))
        pools.append(_listed(span.kind, continent=lexicon().continent_of.get(fold(group), "")))
    elif span.kind == COUNTRY and group and group != "former":
        # A country that is one part of a larger one ("England" of the United Kingdom) is offered
        # the other parts first: "Sweden" beside "York ... in which country?" gives it away.
        pools.append(_fellow_parts(span.text))
        # Countries a player knows first ("France" rather than "San Marino" beside "United
        # Kingdom"), then the rest of the continent; a country's length says nothing of it.
        pools.append(_listed(span.kind, group=group, well_known=True))
        pools.append(_listed(span.kind, group=group))
        pools.append(_listed(span.kind, well_known=True))
        return _pick(answer, pools, count, seed, shaped=False)
    pools.append(_listed(span.kind))
    return _pick(answer, pools, count, seed)


def _a_country(name: str) -> bool:
    """Whether the word lists know the name as a country."""
    return any(entry.kind == COUNTRY for entry in lexicon().lookup(name))


@lru_cache(maxsize=256)
def _fellow_parts(country: str) -> tuple[str, ...]:
    """The other parts of the countries a country is a part of ("Scotland", "Wales", "Northern
    Ireland" for England, from data/word_sets.txt's country_overlaps): a whole's own other names
    ("UK", "Great Britain") are no parts."""
    key = fold(country)
    if key in _OVERLAPS:
        return ()  # "Britain" is a whole: "Northern Ireland" beside it is a part of another size
    short_names = {fold(name) for names in word_map("country_short_names").values() for name in names.split(",")}
    wholes = [parts for whole, parts in _OVERLAPS.items() if key in parts]
    found = {part for parts in wholes for part in parts
             if part != key and part not in _OVERLAPS and part not in short_names}
    return tuple(" ".join(w.capitalize() for w in part.split()) for part in sorted(found))


@lru_cache(maxsize=1024)
def _listed(kind: str, group: str = "", continent: str = "", well_known: bool = False) -> tuple[str, ...]:
    """The word lists' names of a kind: of one group (a city's country, a country's continent),
    of one continent (a city's), only those most players know; never a former country."""
    lex = lexicon()
    return tuple(e.name for e in lex.of_kind(kind)
                 if (e.group == group if group else e.group != "former")
                 and (not continent or lex.continent_of.get(fold(e.group)) == continent)
                 and (not well_known or fold(e.name) in WELL_KNOWN_COUNTRIES))


_SENSE_SUFFIXES = (("ology", "field"), ("osis", "process"), ("esis", "process"), ("ysis", "process"))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("oes", "ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 12)
def term_sense(term: str) -> str:
    """What sort of thing a key term is, from its last word (data/term_senses.txt): a
    substance, a living thing, a process, a quantity, a part of the earth, a machine, an
    event, a field of knowledge; '' when the word is not known."""
    words = fold(term).split()
    if not words:
        return ""
    last = words[-1]
    senses = term_senses()
    sense = senses.get(last) or senses.get(_singular(last), "")
    if not sense:
        # "groundwater", "rainwater": a compound takes the sort of the known word it ends with
        sense = next((found for word, found in _heads_longest_first()
                      if len(word) >= 5 and last != word and _singular(last).endswith(word)), "")
    if not sense and last.endswith(("ation", "ition")) and _singular(last) not in _NOT_PROCESSES:
        sense = "process"  # "evaporation", "transpiration", "precipitation"
    if not sense:
        sense = next((found for ending, found in _SENSE_SUFFIXES if last.endswith(ending)), "")
    return sense


@lru_cache(maxsize=1)
def _heads_longest_first() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(term_senses().items(), key=lambda item: (-len(item[0]), item[0])))


# Words in -ation that name no process.
_NOT_PROCESSES = word_set("not_processes")


def is_plural(term: str) -> bool:
    last = fold(term).split()[-1:] or [""]
    return _singular(last[0]) != last[0] or last[0] in ("algae", "bacteria", "fungi", "mitochondria", "cyanobacteria")


def year_options(value: int, doc_years: list[int], count: int, seed: object) -> list[int]:
    near_doc = [y for y in sorted(set(doc_years)) if y != value and abs(y - value) <= 15]
    offsets = stable_order([1, 2, 3, 4, 5, 6, 8, 10, 12], seed, value)
    generated = []
    for offset in offsets:
        for sign in stable_order([1, -1], seed, value, offset):
            generated.append(value + sign * offset)
    chosen: list[int] = []
    for year in stable_order(near_doc, seed, value)[:1] + generated:
        if year not in chosen and year != value and year <= max(value + 12, 2030) and year > 0:
            chosen.append(year)
        if len(chosen) == count:
            break
    return chosen


def rough_year_options(value: int, count: int, seed: object, earlier_only: bool = False, fine: bool = False) -> list[int]:
    """Wrong options for a year the text gives roughly ("around 1490", "c. 1200", "by 1500"):
    two decades or more away (half-centuries from a round hundred), since a year or two off would be
    right too. After "by", only earlier years: what was so by 1500 was so by 1510 as well. `fine`
    (the dates of a life leave a narrow window) takes quarter-centuries from a round hundred."""
    step, offsets = ((25 if fine else 50), [1, 2, 3, 4]) if value % 100 == 0 else (10, [2, 3, 4, 5])
    offsets = stable_order(offsets, seed, value)
    chosen: list[int] = []
    for offset in offsets:
        for sign in (-1,) if earlier_only else stable_order([1, -1], seed, value, offset):
            year = value + sign * offset * step
            if 0 < year <= max(value + 5 * step, 2030) and year not in chosen:
                chosen.append(year)
    return chosen[:count]


def _nice(value: float, like: float) -> float:
    """A number rounded to as many significant figures as the answer shows."""
    if value == 0:
        return 0
    digits = len(_NOT_SIGNIFICANT.sub("", f"{like:g}".replace("-", ""))) or 1
    digits = max(1, min(digits, 3))
    from math import floor, log10
    factor = 10 ** (digits - 1 - floor(log10(abs(value))))
    rounded = round(value * factor) / factor
    if float(like).is_integer():
        return float(round(rounded))  # a count of countries is never 99.8
    return rounded


def number_options(value: float, count: int, seed: object, kind: str = COUNT) -> list[float]:
    if kind == PERCENT and value >= 10:
        steps = [5, 10, 15, 20, 25, -5, -10, -15, -20]
        candidates = [value + s for s in steps if 0 < value + s <= 100]
    elif kind == PERCENT:
        candidates = [_nice(value * f, value) for f in (0.5, 2, 3, 1.5, 4)]
    elif value.is_integer() and value <= 12:
        candidates = [value + d for d in (1, 2, -1, 3, -2, 4, 5) if value + d >= 1]
    else:
        candidates = [_nice(value * f, value) for f in (0.5, 1.5, 2, 0.75, 1.25, 3, 0.25)]
    chosen: list[float] = []
    spare = [_nice(value * f, value) for f in (1.1, 0.9, 1.4, 0.8, 1.6, 0.6)] if count > 3 else []
    for candidate in stable_order(candidates, seed, value)[:count + 3] + spare:
        if candidate != value and candidate not in chosen and candidate > 0:
            chosen.append(candidate)
    return chosen


def format_like(value: float, answer_text: str) -> str:
    """A number written the way the answer is written: a word, with commas, or plain."""
    number = _WRITTEN_NUMBER.search(answer_text) or _WRITTEN_WORD.match(answer_text)
    raw = number.group(1) if number else answer_text
    if raw.isalpha():
        word = _WORD_FOR.get(int(value)) if float(value).is_integer() else None
        text = word if word else f"{value:g}"
        if raw[:1].isupper():
            text = text.capitalize()
    elif "," in raw:
        text = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    else:
        text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return answer_text[:number.start(1)] + text + answer_text[number.end(1):] if number else text


def date_options(answer: str, doc_dates: list[str], count: int, seed: object) -> list[str]:
    match = re.match(r"([A-Z][a-z]+\.?)\s+(\d{1,2})(?!\d)(.*)$", answer)
    reverse = re.match(r"(\d{1,2})\s+([A-Z][a-z]+\.?)(.*)$", answer)
    generated: list[str] = []
    if match or reverse:
        month, day, rest = (match.group(1), int(match.group(2)), match.group(3)) if match else \
            (reverse.group(2), int(reverse.group(1)), reverse.group(3))
        for delta in stable_order([7, -7, 14, -14, 3, -3, 10, -10], seed, answer):
            other = day + delta
            if 1 <= other <= 28:
                generated.append(f"{month} {other}{rest}" if match else f"{other} {month}{rest}")
        number = MONTHS.get(month.rstrip(".").lower())
        if number:
            names = MONTH_ABBREVIATIONS if month.endswith(".") or month in MONTH_ABBREVIATIONS else MONTH_NAMES
            for delta in (1, -1, 2):
                other_month = names[(number - 1 + delta) % 12]
                generated.append(f"{other_month} {day}{rest}" if match else f"{day} {other_month}{rest}")
    else:
        month_year = re.match(r"([A-Z][a-z]+)\s+(\d{4})$", answer)
        if month_year:
            number = MONTHS.get(month_year.group(1).lower(), 1)
            year = int(month_year.group(2))
            for delta in (1, -1, 3, -3, 12, -12):
                index = number - 1 + delta
                generated.append(f"{MONTH_NAMES[index % 12]} {year + index // 12}")
    def shape_of(date: str) -> tuple[bool, bool]:
        return bool(_FOUR_DIGITS.search(date)), bool(_ONE_OR_TWO_DIGITS.search(date))

    year = re.search(r"\d{4}", answer)

    def near(date: str) -> bool:
        """A date of the document years away ("13 May 1930" for a birth in 1861) is absurd."""
        other = re.search(r"\d{4}", date)
        return not year or not other or abs(int(other.group(0)) - int(year.group(0))) <= 2

    same_shape = [d for d in doc_dates if d != answer and shape_of(d) == shape_of(answer) and near(d)]
    chosen: list[str] = []
    for option in sorted(set(same_shape)) + generated:
        if option != answer and option not in chosen:
            chosen.append(option)
        if len(chosen) == count:
            break
    return chosen


_ERA_NUMBER = re.compile(r"\d{1,4}")


def era_year_options(text: str, value: int, count: int, seed: object, rough: bool = False,
                     side: str = "") -> list[str]:
    """"210 BC" is offered "230 BC", "190 BC", ...: other years written the same way, on the same
    side of year 1, at a distance that suits the size of the number. A year the text gives roughly
    ("around 3200 BC") or as a bound ("by 3000 BC") is offered years an eighth of its size apart
    or more, rounded ("2700 BC", "3700 BC"), since a year a little off would fit "around" too;
    `side` "earlier" or "later" keeps only the years on that side of it: what was so by 3000 BC
    was so by 2500 BC as well, so only earlier years are wrong."""
    size = abs(value)
    step = 1 if size < 30 else 5 if size < 200 else 10 if size < 1000 else 25
    if rough or side:
        step = next((s for s in _ROUND_STEPS if s >= max(size / 8, 100)), _ROUND_STEPS[-1])
    before_christ = value < 0
    offsets = [1, 2, 3, 4] if rough or side else [1, 2, 3, 4, 5, 6, 8]
    chosen: list[str] = []
    for offset in stable_order(offsets, seed, text):
        for sign in stable_order([1, -1], seed, text, offset):
            other = size + sign * offset * step
            earlier = other > size if before_christ else other < size
            if (side and earlier != (side == "earlier")) or (not before_christ and other > 2000):
                continue
            option = _ERA_NUMBER.sub(str(other), text, count=1)
            if other > 0 and option != text and option not in chosen:
                chosen.append(option)
    return chosen[:count]


# Distances between a rough or bounded era year and its wrong options: round numbers of years.
_ROUND_STEPS = (100, 200, 250, 500, 1000, 2000, 2500, 5000)


def period_options(text: str, count: int, seed: object) -> list[str]:
    """"380–246 BC" is offered spans of the same length shifted by a century or two."""
    numbers = [int(n) for n in _ERA_NUMBER.findall(text)[:2]]
    if len(numbers) < 2:
        return []
    chosen: list[str] = []
    for shift in stable_order([100, -100, 200, -200, 300, 150, -150], seed, text):
        first, second = numbers[0] + shift, numbers[1] + shift
        if first <= 0 or second <= 0:
            continue
        option = _ERA_NUMBER.sub(lambda m, it=iter([first, second]): str(next(it)), text, count=2)
        if option not in chosen and option != text:
            chosen.append(option)
    return chosen[:count]


def _word_form(value: float) -> str:
    """The form a number written as one word takes: "small" (two to nineteen), "tens" (twenty to
    ninety), '' for any other ("hundred" alone is no well-formed option: "a hundred" is)."""
    if not float(value).is_integer():
        return ""
    if 2 <= value <= 19:
        return "small"
    if 20 <= value <= 90 and value % 10 == 0:
        return "tens"
    return ""


def word_number_options(text: str, value: float, count: int, seed: object) -> list[str]:
    """"ninety" is offered other tens ("seventy", "eighty"), "three" other small numbers: words
    of the answer's own form, never a bare "hundred" nor "one" beside a plural."""
    form = _word_form(value)
    if not form:
        return []
    if form == "tens":
        candidates = [value + d for d in (10, -10, 20, -20, 30, -30, 40) if _word_form(value + d) == "tens"]
    else:
        candidates = [v for v in number_options(value, count + 3, seed) if _word_form(v) == "small"]
        candidates += [value + d for d in (1, -1, 2, -2, 3, -3, 4) if _word_form(value + d) == "small"]
    chosen: list[float] = []
    for candidate in candidates:
        if candidate != value and candidate not in chosen:
            chosen.append(candidate)
    nearest = sorted(stable_order(chosen[:count + 2], seed, value)[:count], key=lambda v: abs(v - value))
    return [format_like(v, text) for v in nearest]


def decade_options(base: int, count: int, seed: object) -> list[str]:
    """"1820s" is offered other decades of the same form ("1810s", "1840s"), never "1800s", which
    reads as the whole century and so may hold the answer; "1800s" itself is offered other
    hundreds ("1700s", "1900s")."""
    if base % 100 == 0:
        steps = [100, -100, 200, -200, 300]
    else:
        steps = [d for d in (10, -10, 20, -20, 30, -30, 40) if (base + d) % 100 != 0]
    return [f"{base + d}s" for d in stable_order(steps, seed, base) if base + d > 0][:count]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def material_options(found: str, count: int, seed: object) -> list[str]:
    """Other materials of the list, of the answer's family first (other metals for bronze, other
    woods for "cedar wood"), none a word of the answer nor of a length a player tells apart at a
    glance ("oak" beside "cedar wood"), written in its case."""
    head = found.split()[-1].lower()
    family = MATERIAL_FAMILIES.get(head, "")
    others = [m for m in stable_order(sorted(MATERIALS - {found.lower(), *found.lower().split()}), seed, found)
              if len(found) / 2.8 <= len(m) <= len(found) * 2.8]
    others.sort(key=lambda m: MATERIAL_FAMILIES[m] != family)
    return [m.capitalize() if found[:1].isupper() else m for m in others][:count]


def options_for(span: Span, pool: Pool, position: int, count: int, seed: object) -> list[str]:
    """Wrong options as text, for a choice question or a false statement."""
    if span.kind == YEAR and not span.text.isdigit():
        return era_year_options(span.text, int(span.value), count, seed)
    if span.kind == PERIOD:
        return period_options(span.text, count, seed)
    if span.kind == MATERIAL:
        return material_options(span.text, count, seed)
    if span.kind == YEAR:
        value = int(span.value)
        low, high = bisect.bisect_left(pool.years, value - 15), bisect.bisect_right(pool.years, value + 15)
        return [str(y) for y in year_options(value, pool.years[low:high], count, seed)]
    if span.kind == DATE:
        return date_options(span.text, [s.text for s in pool.near(DATE, position)], count, seed)
    if span.kind == DECADE:
        return decade_options(int(span.value), count, seed)
    if span.kind == CENTURY:
        base = int(span.value)
        return [ordinal(base + d) for d in stable_order([1, -1, 2, -2], seed, base)[:count] if base + d > 0]
    if span.family == AMOUNTS:
        value = span.value
        if value is None:
            money = re.search(r"\d[\d,]*(?:\.\d+)?", span.text)
            if not money:
                return []
            value = float(money.group(0).replace(",", ""))
        if _WRITTEN_WORD.match(span.text) and not _DIGIT.search(span.text):
            return word_number_options(span.text, value, count, seed)
        numbers = number_options(value, count, seed, span.kind)
        kind = written_kind(span.text)
        # "1,230" reads like a year to a player; its wrong options must too (and the reverse).
        same = [v for v in numbers if written_kind(format_like(v, span.text)) == kind]
        nearest = sorted(same[:count] if len(same) >= count else same, key=lambda v: abs(v - value))
        return [format_like(v, span.text) for v in nearest[:count]]
    return name_options(span, pool, position, count, seed)
