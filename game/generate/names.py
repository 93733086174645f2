"""Names in a sentence: runs of capitalised words, told apart without a model.

A run is cut from titles and nationality words in front ("Russian President Vladimir Putin"),
split at "of" when its halves are a person and a place ("Eliud Kipchoge of Kenya"), and given
a kind by the built-in lists, by the words around it ("... River", "in ...", "... said") and by
what the rest of the document says about it (a surname seen with a given name is a person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.generate.kinds import ACRONYM, CITY, NAME, PERSON, PLACE, REGION, YEAR, Context, Span
from game.generate.lastword import last_word_start
from game.generate.lexicon import (
    word_set,
    FUNCTION_WORDS,
    HEAD_KINDS,
    MONTHS,
    PERSON_ROLES,
    TITLES,
    WEEKDAYS,
    fold,
    lexicon,
)

_WORD = re.compile(r"[\w\u00c0-\u024f]+(?:[-'\u2019.][\w\u00c0-\u024f]+)*")
_CONNECTORS = word_set("name_connectors")


# "Burkhan Khaldun mountain": a lower-case kind word right after a name, not a verb's subject.
_KIND_WORD_AFTER = re.compile(r"\s+([a-z]+)\b(?!\s+(?!(?:and|or|to|in|on|at|of|near|from|by|with|is|was|are|were|has|had)\b)"
                              r"[a-z]{3,}\b)")
_ADJECTIVE_ENDING = re.compile(r"(?:an|ean|ish|ese|ic|ian)$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_LIST_AFTER_NAME = re.compile(r"(?:,\s+|\s+and\s+)[A-Z]")
_INITIAL = re.compile(r"[A-Z]")
_ENDS_POSSESSIVE = re.compile(r"[\u2019']s$")


def word_tokens(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


_POSSESSIVE_END = re.compile(r"[\u2019']s?$")


def strip_possessive(word: str) -> str:
    return _POSSESSIVE_END.sub("", word) if "'" in word or "\u2019" in word else word


def _name_runs(text: str, tokens: list[re.Match]) -> list[tuple[int, int]]:
    """Index ranges of tokens forming runs of capitalised words (with 'of', 'de', ...)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group(0)
        if not is_capitalised(word):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            gap = text[tokens[j - 1].end():tokens[j].start()]
            initial = gap == ". " and _INITIAL.fullmatch(tokens[j - 1].group(0))
            if (gap not in (" ", "-") and not initial) or _ENDS_POSSESSIVE.search(tokens[j - 1].group(0)):
                break
            nxt = tokens[j].group(0)
            if is_capitalised(nxt) or (nxt.isdigit() and len(nxt) <= 3):
                j += 1
            elif nxt in _CONNECTORS and j + 1 < len(tokens) and is_capitalised(tokens[j + 1].group(0)) \
                    and text[tokens[j].end():tokens[j + 1].start()] == " ":
                j += 2
            elif nxt == "of" and j + 2 < len(tokens) and tokens[j + 1].group(0) == "the" \
                    and is_capitalised(tokens[j + 2].group(0)) and text[tokens[j].end():tokens[j + 2].start()] == " the ":
                j += 3  # "European Commission of the Danube"
            elif nxt == "the" and tokens[j - 1].group(0) == "of" and j + 1 < len(tokens) \
                    and is_capitalised(tokens[j + 1].group(0)):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


_OPENS_AFTER = re.compile(r"[.!?:\"\u201c\u2014]\s*[\"\u201c'\u2018(]?\s*$")


def sentence_start_indexes(text: str, tokens: list[re.Match]) -> set[int]:
    """Tokens that open the sentence or a quotation, where capitals say nothing."""
    starts = {0}
    for k, tok in enumerate(tokens[1:], start=1):
        start = tokens[k - 1].end()
        if tok.start() - start <= 1 and text[start:tok.start()] in ("", " "):
            continue  # the usual gap between two words
        if _OPENS_AFTER.search(text, start, tok.start()):
            starts.add(k)
    return starts


SHORTENED = word_set("shortened_heads")
KIND_NOUNS = ("university|college|city|town|village|river|country|state|company|organisation|organization|"
              "agency|island|lake|mountain|volcano|region|province|party|newspaper|band|team|club|ship|planet|"
              "museum|sea|desert|comet|spacecraft|probe|mission|waterfall|moon|asteroid|star|galaxy|airline|"
              "carmaker|bank|rocket|telescope|satellite|language|religion|empire|dynasty|festival")
_KIND_SINGULAR = {"universities": "university", "cities": "city", "countries": "country", "companies": "company",
                  "agencies": "agency", "galaxies": "galaxy", "carmakers": "carmaker", "volcanoes": "volcano",
                  "missions": "mission", "probes": "probe", "ships": "ship", "comets": "comet"}
# "Baikal is a rift lake", "Tanganyika is also among the oldest lakes", "Mercury is the closest planet".
DEFINITION = re.compile(
    r"(?:^|[.;]\s+)([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+(?:is|was)\s+(?:also\s+|still\s+|now\s+)?"
    r"(?:(?:one\s+of|among)\s+the|a|an|the)\s+(?:[\w-]+,?\s+){0,4}?"
    rf"({KIND_NOUNS}|universities|cities|countries|companies|agencies|galaxies|volcanoes|(?:{KIND_NOUNS})s)\b")


def defined_kind(noun: str) -> str:
    """The kind a definition's noun names: "lakes" -> "lake", "organization" -> "organisation"."""
    noun = noun.lower()
    noun = _KIND_SINGULAR.get(noun, noun[:-1] if noun.endswith("s") and noun[:-1] in KIND_NOUNS.split("|") else noun)
    return {"organization": "organisation", "college": "university", "town": "place", "village": "place",
            "probe": "spacecraft", "mission": "spacecraft", "volcano": "mountain", "carmaker": "company",
            "airline": "company"}.get(noun, noun)


# Words that open a sentence with a capital and are never part of a name after them: "Near Sargans".
_OPENING_PREPOSITIONS = word_set("opening_prepositions")

_DIRECTION_WORDS = word_set("direction_words")

_INSTITUTION_WORDS = word_set("institution_words")
_LANDSCAPE_SURNAMES = word_set("landscape_surnames")


def _classify_thing(words: list[str], key: str, entries: tuple, context: Context) -> tuple[str, str]:
    """The kind of a name that is not a person's."""
    things = [e for e in entries if e.kind != PERSON]
    if things:
        return things[0].kind, things[0].group
    if key in context.kinds and context.kinds[key] != PERSON:
        return context.kinds[key], ""
    head = _head_before_of(words)
    if head:
        return head, ""
    last = fold(words[-1])
    if last in HEAD_KINDS and len(words) >= 2:
        return HEAD_KINDS[last], ""
    if len(words) >= 2 and words[-1].lower() in context.common_nouns and words[-1].lower() in context.nouns:
        return words[-1].lower(), ""
    return NAME, ""


# Nationalities whose people's names are in the English lists of given names and surnames.
_ENGLISH_NAMES = word_set("english_name_nationalities")
_NATIONALITY_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}$")


def culture_before(before: str) -> str:
    """The culture of a person's name from a nationality just before it: "the Greek philosopher
    Anaxagoras" is Greek, "French scientist Pierre Perrault" French; '' when none is said."""
    found = _NATIONALITY_BEFORE.search(before)
    if not found or fold(found.group(1)) not in lexicon().demonyms:
        return ""
    nationality = fold(found.group(1))
    return "english" if nationality in _ENGLISH_NAMES else "mongol" if nationality == "mongolian" else nationality


_AGE_AFTER = re.compile(r",\s+\d{1,2},\s")
# Endings found almost only in surnames: Slavic, Greek, Romanian.
_SURNAME_ENDING = re.compile(r"(?:ovic|evic|ović|ević|ova|ová|eva|ski|ska|sky|enko|escu|opoulos|akis|idis)$")
_DIGIT = re.compile(r"\d")
_WHO_AFTER = re.compile(r",\s+who\s")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside)\s*$")
_ACRONYM_FORM = re.compile(r"[A-Z]{2,6}s?")


# The patterns `_classify` reads the words around a name with, compiled once: it runs for every name.
_INSTITUTION_IN_BEFORE = re.compile(r"\b(?:University|College|Institute|Centre|Center|Museum)\s+in\s+$")
_WORD_IN_BEFORE = re.compile(r"\b[a-z]+\s+(?:in|at|near)\s+$")
_SPEAKING_AFTER = re.compile(r"\s*(?:said|says|told|added|explained|wrote|argued|noted)\b")
_SPOKEN_OF_AFTER = re.compile(r"\s*(?:said|says|told|added|explained|wrote|argued|noted|was born|died|married)\b|"
                           r"[\u2019']s\s+(?:father|mother|wife|husband|son|daughter|sons|life|death|reign|birth|"
                           r"theory|theories|invention|inventions|discovery|discoveries|novels?|poems?|paintings?|"
                           r"symphony|symphonies|experiments?|biography|memoirs?)\b")
_KIN_BEFORE = re.compile(r"\b(?:son|daughter|wife|husband|father|mother|brothers?|sisters?) (?:of |named )?$")
_PLAIN_CAPITALISED = re.compile(r"[A-Z][a-z\u00e0-\u024f'-]+")
_SINGULAR_WORD_AFTER = re.compile(r"\s+[a-z]+\b(?<!s)")
_WITHIN_BEFORE = re.compile(r"\b(?:in|near|across|throughout|modern-day|outside)\s+(?:the\s+)?$", re.I)
_IN_A_PLACE_AFTER = re.compile(r"\s+in\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?"
                               r"(?:the\s+)?[A-Z]")
_TOWARDS_BEFORE = re.compile(r"\b(?:to|from|at|near)\s+$")
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")
_DOING_AFTER = re.compile(r"\s+(?:[a-z]+ed|was|is|has|had|will|would|said|says)\b")


def _classify(words: list[str], before: str, after: str, context: Context, role: str) -> tuple[str, str]:
    """The kind of a name and its group (country of a city, culture of a person's name)."""
    lex = lexicon()
    text = " ".join(words)
    key = fold(text)
    entries = lex.lookup(text)
    if role and not entries and _head_before_of(words) not in ("", NAME):
        return _head_before_of(words), ""  # "Sir William Dunn School of Pathology" is a school, not Sir William
    if role and words[0][:1].islower():
        return NAME, ""  # "President of the Pugwash Conferences": what she presided over, no one's name
    if role:
        return PERSON, ""
    if _THE_BEFORE.search(before):
        return _classify_thing(words, key, entries, context)  # "the Unknown Soldier" is no one's name
    if key in context.people:
        return PERSON, ""
    first, last = fold(words[0]), fold(words[-1])
    if key in context.kinds and not entries:
        return context.kinds[key], ""
    if not entries and _head_before_of(words):
        return _head_before_of(words), ""  # "Association of American Universities" is an association
    if len(words) >= 2 and last in HEAD_KINDS and not entries:
        return HEAD_KINDS[last], ""  # "Charles River" is a river, whatever "Charles" is
    if 2 <= len(words) <= 4 and (first in lex.given_names or (last in lex.surnames and not entries
                                                              and last not in _LANDSCAPE_SURNAMES)) \
            and not any(_DIGIT.search(w) or (len(w) >= 3 and w.isupper()) for w in words):
        culture = lex.given_names.get(first, (lex.surnames.get(last, ""), ""))[0]
        return PERSON, culture
    if not entries and len(words) <= 3 and _AGE_AFTER.match(after) and first not in FUNCTION_WORDS:
        return PERSON, ""  # "Djokovic, 37, had undergone ...": only a person has an age between commas
    if not entries and 2 <= len(words) <= 3 and _WHO_AFTER.match(after) \
            and all(w[:1].isupper() and w[1:].islower() for w in words):
        return PERSON, ""  # "Jacinda Ardern, who resigned ...": "who" after a two-word name is a person
    if not entries and 2 <= len(words) <= 3 and _SURNAME_ENDING.search(last) and first not in HEAD_KINDS \
            and all(w[:1].isupper() and w[1:].islower() for w in words):
        return PERSON, ""  # "Novak Djokovic", "Barbora Krejcikova": a surname by its ending
    if entries:
        entry = entries[0]
        for candidate in entries:
            if context.kinds.get(key) == candidate.kind:
                entry = candidate  # "Mercury is the closest planet": the planet, not the spacecraft
        # A word that is both a city and a state or a planet and a god: the city wins near "in".
        for candidate in entries:
            if candidate.kind == CITY and _PLACE_PREPOSITION_BEFORE.search(before):
                entry = candidate
        return entry.kind, entry.group
    if key in context.kinds:
        return context.kinds[key], ""
    head = fold(words[-1])
    if head in HEAD_KINDS and len(words) >= 2:
        return HEAD_KINDS[head], ""
    if fold(words[0]) in ("mount", "lake", "cape", "fort", "port", "saint", "st"):
        return HEAD_KINDS.get(fold(words[0]), PLACE), ""
    if fold(words[0]) == "university":
        return "university", ""
    if text in ("AD", "BC", "CE", "BCE", "AM", "PM", "TV", "OK", "II", "III", "IV"):
        return NAME, ""
    if _ACRONYM_FORM.fullmatch(text):
        return ACRONYM, ""  # DNA, ATP, NADPH: asked about with "what", against other acronyms
    if len(words) == 1 and words[0] in lex.surnames:
        return PERSON, lex.surnames[words[0]]
    # (each test of `before` below that ends in spaces first asks whether its last word can match: quicker)
    if len(words) <= 3 and before.rstrip().endswith("in") \
            and _INSTITUTION_IN_BEFORE.search(before):
        return PLACE, ""  # "James Cook University in Townsville said": the town, not a speaker
    if len(words) <= 3 and before.rstrip().endswith(("in", "at", "near")) \
            and _WORD_IN_BEFORE.search(before) and _SPEAKING_AFTER.match(after):
        return PLACE, ""  # "Café owners in München said": where the speakers are, not a speaker
    if _SPOKEN_OF_AFTER.match(after) or _KIN_BEFORE.search(before):
        return PERSON, ""
    if len(words) <= 3 and _AUTHORED_BY.search(before) and not any(fold(w) in _INSTITUTION_WORDS for w in words) \
            and all(_PLAIN_CAPITALISED.fullmatch(w) for w in words):
        return PERSON, ""  # "a piston as proposed by Papin": only a person proposes, invents or paints
    if len(words) == 1 and first in lex.given_names and not _SINGULAR_WORD_AFTER.match(after):
        return PERSON, lex.given_names[first][0]
    if len(words) >= 2 and all(fold(w) in _DIRECTION_WORDS for w in re.split(r"-", words[0])) \
            and any(e.kind == "continent" for e in lex.lookup(" ".join(words[1:]))):
        return REGION, ""  # "Northeast Asia", "West-Central Africa"
    if len(words) <= 3 and _WITHIN_BEFORE.search(before) \
            and not _MUSICAL_KEY_AFTER.match(after) and not _listed_with_a_person(after, context):
        return PLACE, ""
    if len(words) <= 3 and _IN_A_PLACE_AFTER.match(after) and _TOWARDS_BEFORE.search(before):
        return PLACE, ""  # "to Abercynon in south Wales": a place within a larger one
    if len(words) >= 2 and words[-1].lower() in context.common_nouns and words[-1].lower() in context.nouns \
            and words[-1].lower() not in FUNCTION_WORDS:
        return words[-1].lower(), ""  # "Thames Barrier" beside "the barrier": a barrier
    if len(words) == 3 and _MIDDLE_INITIAL.fullmatch(words[1]) and all(len(w) >= 3 for w in (words[0], words[2])):
        return PERSON, ""  # "Russell T Davies": a middle initial
    if 2 <= len(words) <= 3 and all(_PLAIN_CAPITALISED.fullmatch(w) for w in words) \
            and not any(fold(w) in HEAD_KINDS or fold(w) in _INSTITUTION_WORDS or lex.lookup(w) for w in words) \
            and not (last in _LANDSCAPE_SURNAMES and first not in lex.given_names) \
            and not any(w.lower() in context.common_nouns for w in words) \
            and _DOING_AFTER.match(after):
        return PERSON, ""  # "Gustave Eiffel designed": two plain capitalised words doing something (not
        # "Annual Show was held" in a text that writes "show" in lower case too)
    return NAME, ""


# "a piece in G-flat major", "in E minor": a key, not a place after "in".
_MUSICAL_KEY_AFTER = re.compile(r"\s+(?:major|minor)\b")
_LISTED_AFTER = re.compile(r",?\s+(?:and|or)\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")


def _listed_with_a_person(after: str, context: Context) -> bool:
    """Whether the name after "in" is listed with a person the document names elsewhere: "the
    forms he admired in Beethoven and Brahms" are two composers, not two places."""
    mate = _LISTED_AFTER.match(after)
    if not mate:
        return False
    key = fold(mate.group(1))
    # the surname alone stands for the person only once the whole document is read
    return key in context.people or any(name.rsplit(" ", 1)[-1] == key for name in context.people)


# Things only people do to the thing before "by": "invented by", "remodelled by", "painted by".
_AUTHORED_BY = re.compile(
    r"\b(?:invented|designed|composed|painted|proposed|suggested|discovered|remodell?ed|sculpted|coined|devised|"
    r"formulated|conceived|theori[sz]ed|described|assassinated|murdered|narrated|illustrated|photographed|"
    r"translated|patented|written|authored|directed|portrayed|played)\s+by\s+$")


def _head_before_of(words: list[str]) -> str:
    """The kind a name of the form "HEAD of ..." has by its head word, '' when none is known;
    NAME for a group of people ("Fellows of Harvard College" is no college) and for a head of
    no known kind before a kind word ("Gold Medal of the Royal Astronomical Society")."""
    link = next((w for w in words[1:] if w in ("of", "for")), "")
    if not link:
        return ""
    head = fold(words[words.index(link, 1) - 1])
    if head not in HEAD_KINDS and head in _GROUPS_OF_PEOPLE:
        return NAME
    if head not in HEAD_KINDS and fold(words[-1]) in HEAD_KINDS:
        return NAME  # "Gold Medal of the Royal Astronomical Society" is a medal, not a society
    return HEAD_KINDS.get(head, "")


_GROUPS_OF_PEOPLE = word_set("groups_of_people")


_KIND_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(planet|tribe|clan|ship|episode|special|series|album|film|novel|band|village|town|"
    r"island|newspaper|magazine|dynasty|ironworks|neighbo(?:u)?rhood)\s+$|"
    # "the village of Zelazowa Wola", "the Swiss canton of Graubunden"
    r"\b(?:the|a|an)\s+(?:[A-Z][a-z]+\s+)?(village|town|canton|province|county|district|municipality|parish|region)\s+of\s+$")
_PERSON_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,2}?(?:head|chief|chieftain|leader|hero|"
    + "|".join(sorted(PERSON_ROLES)) + r")s?\b")


def _kind_from_neighbours(before: str, after: str) -> str:
    """The kind of a name the lists do not know, from the words around it: "the planet
    Gallifrey" is a planet, "Casimir Pulaski, a Polish general" a person."""
    kind_word = _KIND_BEFORE.search(before)
    if kind_word:
        noun = kind_word.group(1) or kind_word.group(2)
        return {"town": "place", "village": "place", "neighborhood": "neighbourhood"}.get(noun, noun)
    if _PERSON_AFTER.match(after):
        if _PLACE_CHAIN_BEFORE.search(before):
            # "was born in Portsea, Portsmouth, the only son of ...": the second of two places
            # after "in"; the son is the sentence's subject, not the town
            return PLACE
        return PERSON
    return NAME


# "in Portsea, ": a place after "in", "at", "near" or "from", then a comma.
_PLACE_CHAIN_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*,\s+$")


_KIND_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(" + KIND_NOUNS + r")\b(?!\s+of\b)")


def _kind_in_apposition(after: str) -> str:
    """"The Tonle Sap, a lake in Cambodia, ...": the words after a name say what it is."""
    match = _KIND_AFTER.match(after)
    return defined_kind(match.group(1)) if match else ""


def _split_at_of(tokens: list[re.Match], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Eliud Kipchoge of Kenya" is a person and a country; "Bank of England" stays one name."""
    lex = lexicon()
    out: list[tuple[int, int]] = []
    for i, j in runs:
        words = [tokens[k].group(0) for k in range(i, j)]
        if "of" in words[1:-1]:
            cut = words.index("of", 1)
            head, tail = words[:cut], words[cut + 1:]
            if lex.lookup(" ".join(tail)) and not lex.lookup(" ".join(words)) \
                    and not any(fold(w) in HEAD_KINDS for w in head):
                out.extend([(i, i + cut), (i + cut + 1, j)])
                continue
        out.append((i, j))
    return out


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A run of capitalised words that may be a name, read without the document's context."""

    words: tuple[str, ...]
    start: int
    end: int
    title: str            # a title in front ("president"), '' for none
    opens: bool           # it opens the sentence (where a capital says little)


def name_candidates(text: str, tokens: list[re.Match] | None = None, starts: set[int] | None = None) -> list[NameCandidate]:
    """The runs of capitalised words of a sentence that may be names, with titles and
    nationality words in front taken off: the part of finding names that needs no context, so
    that the two readings of a document (first for its context, then for its answers) do it once."""
    lex = lexicon()
    if tokens is None or starts is None:  # the sentence's words and where it opens, unless read already
        tokens = word_tokens(text)
        starts = sentence_start_indexes(text, tokens)
    found: list[NameCandidate] = []
    for i, j in _split_at_of(tokens, _name_runs(text, tokens)):
        words = [tokens[k].group(0) for k in range(i, j)]
        role = ""
        # Titles and nationality adjectives in front of a name say what it is, but are not it.
        while words and i < j:
            word_key = fold(words[0])
            office = word_key in TITLES and len(words) > 1 and fold(words[1]) in HEAD_KINDS  # "General Court"
            if len(words) in (3, 4) and word_key in PERSON_ROLES \
                    and all(re.fullmatch(r"[A-Z][a-z\u00e0-\u024f'-]+", w) and fold(w) not in HEAD_KINDS
                            and fold(w) not in _INSTITUTION_WORDS and fold(w) not in PERSON_ROLES for w in words[1:]):
                role = word_key  # "Striker Dean Carver scored": a role opening the sentence, not a name
                words.pop(0)
                i += 1
                continue
            if (word_key in TITLES and not office) or word_key in lex.demonyms \
                    or (i in starts and (word_key in FUNCTION_WORDS or word_key in _OPENING_PREPOSITIONS)):
                if word_key in TITLES:
                    role = word_key
                words.pop(0)
                i += 1
                continue
            break
        while words and words[-1] in _CONNECTORS:
            words.pop()
            j -= 1
        if not words:
            continue
        words[-1] = strip_possessive(words[-1])
        if not words[-1]:
            continue
        first_key = fold(words[0])
        if first_key in MONTHS or first_key in WEEKDAYS:
            continue
        if _ADJECTIVE_SUFFIX.search(words[-1]):
            continue  # "Roman-era geography", "French-styled area": an adjective, not a name
        key = fold(" ".join(words))
        if len(words) == 1 and (key in _DIRECTION_WORDS or key in HEAD_KINDS or key in TITLES
                                or key in lex.demonyms or key.rstrip("s") in lex.demonyms):
            continue  # "Central", "the University", "Russian": no name alone
        start = tokens[i].start()
        joined = " ".join(words)
        end = start + len(joined) if joined == text[start:start + len(joined)] else tokens[j - 1].start() + len(words[-1])
        found.append(NameCandidate(tuple(words), start, end, role, i in starts))
    return found


_ADJECTIVE_SUFFIX = re.compile(r"-(?:era|style|styled|based|born|speaking|led|owned|made|like|controlled)$")


_ROLE_WORD = re.compile(r"(\w+)\s*$")


# Role words that are adjectives too, in lower case after a determiner: "the general Diet", "a
# major Exhibition".
_ADJECTIVE_ROLES = frozenset({"general", "major", "private", "principal"})


def name_spans(text: str, context: Context, candidates: list[NameCandidate] | None = None) -> list[Span]:
    lex = lexicon()
    spans: list[Span] = []
    for candidate in name_candidates(text) if candidates is None else candidates:
        words = list(candidate.words)
        role = candidate.title
        saint = role in ("st", "saint") and len(words) >= 2 and fold(words[-1]) in HEAD_KINDS
        if saint:
            role = ""  # "St Barnabas Church Hall", "St Paul's Cathedral": a building named after a saint
        key = fold(" ".join(words))
        if len(words) == 1 and candidate.opens and key not in context.mid_sentence_names \
                and not lex.lookup(words[0]) and key not in context.people:
            continue  # a capital that only says a sentence starts here
        if len(words) == 1 and (key == "i" or key in FUNCTION_WORDS):
            continue  # "What do I need?", "1894 - The faces ...": a pronoun or an article, never a name
        start, end = candidate.start, candidate.end
        title = re.search(r"\b(?:St\.?|Saint)\s+$", text[max(0, start - 8):start]) if saint else None
        if title:
            start -= len(title.group(0))  # the saint's title is part of the building's name
            words = [title.group(0).strip(), *words]
        before = text[max(0, start - 120):start]  # what is read of it is near the name
        after = text[end:]
        role_word = _ROLE_WORD.match(before, last_word_start(before, 0, len(before)))
        if role_word and role_word.group(1) in _ADJECTIVE_ROLES \
                and re.search(r"\b(?:the|a|an|first|second|third|last|next|new|only)\s+\w+\s*$", before, re.I):
            role_word = None  # "the first general Diet": an adjective, not a general
        if not role and role_word and role_word.group(1).lower().rstrip("s") in PERSON_ROLES \
                and (role_word.group(1).lower() in PERSON_ROLES or _LIST_AFTER_NAME.match(after)):
            # a plural role word names people only before a list of them ("cosmonauts Oleg Kotov
            # and Sergei Ryazansky"); "two points behind leaders Carrow Vale" is a team
            role = role_word.group(1).lower().rstrip("s")
        if not role and role_word and role_word.group(1).lower() in PERSON_ROLES:
            role = role_word.group(1).lower()
        if not role and spans and spans[-1].kind == PERSON and spans[-1].role \
                and re.fullmatch(r",?\s+and\s+", text[spans[-1].end:start]) \
                and re.search(rf"\b{spans[-1].role}s\s+$", text[:spans[-1].start]):
            role = spans[-1].role  # "cosmonauts Oleg Kotov and Sergei Ryazansky"
        kind, group = _classify(words, before, after, context, role)
        if role in ("st", "saint") and re.match(r"[\u2019']s\s+(?![A-Z])", after):
            kind, group = NAME, ""  # "St Aldric's moved two points clear": a club or a church, no one's possessive
        if kind == PERSON and not group:
            group = culture_before(before)
        apposed = _kind_in_apposition(after) if kind != PERSON else ""
        if apposed and not lex.lookup(" ".join(words)):
            kind, group = apposed, ""
        if kind == NAME:
            kind = _kind_from_neighbours(before, after)
        kind_word = _KIND_WORD_AFTER.match(after)
        adjective = len(words) == 1 and _ADJECTIVE_ENDING.search(words[0])
        if kind in (NAME, PLACE) and kind_word and kind_word.group(1) in HEAD_KINDS and not adjective:
            # "Burkhan Khaldun mountain" is a mountain; the "Christchurch mosque attacks" were no mosque
            kind = HEAD_KINDS[kind_word.group(1)]
        if kind == YEAR:
            kind = NAME  # "Regional Manufacturer of the Year": an award's name, no year to count from
        spans.append(Span(start, end, text[start:end], kind, role=role if kind == PERSON else "", group=group))
    return _people_in_pairs(text, spans)


def _people_in_pairs(text: str, spans: list[Span]) -> list[Span]:
    """A full name of unknown kind beside a person ("Wladyslaw Szpilman and Frederic Chopin") is a
    person too: a list joins things of one kind."""
    out = list(spans)
    for k, span in enumerate(out):
        if span.kind != NAME or not 2 <= len(span.text.split()) <= 3 \
                or not all(re.fullmatch(r"[A-Z][\w\u00c0-\u024f'-]+", w) for w in span.text.split()):
            continue
        neighbours = [out[k - 1]] if k > 0 else []
        neighbours += [out[k + 1]] if k + 1 < len(out) else []
        for other in neighbours:
            gap = text[min(span.end, other.end):max(span.start, other.start)]
            if other.kind == PERSON and re.fullmatch(r",?\s+(?:and|or)\s+", gap) \
                    and not re.search(r"\bthe\s+$", text[:span.start], re.I):
                out[k] = Span(span.start, span.end, span.text, PERSON)
                break
    return out
