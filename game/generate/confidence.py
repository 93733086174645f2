"""How sure the generator is that a question would be kept unedited by a careful teacher.

Every candidate question gets a confidence between 0 and 1 from named features. Each feature
is a small function that looks at one thing (how the answer was found, whether a pronoun was
read from another sentence, how complex the clause is where the question word went, whether
the prompt stands alone, how well the wrong options fit, how central the answer is to the
document, how long the prompt is) and returns a `Verdict`: a factor that multiplies the
confidence, and the doubt it names when it lowers it. A pack keeps, by default, only the
questions whose confidence reaches `THRESHOLD`; the doubts go into each question's `meta`,
so that review mode can show the doubtful questions first and say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Callable

from game.generate.anchoring import a_service_rule, framed_whole, names_a_person, needs_the_topic, undated_dates, unframed_part, \
    without_the_frame
from game.generate.elisions import COUNT_HINTS, described_person, elided_count, missing_goal, relative_order
from game.generate.fullnames import bare_names
from game.generate.geography import known_place, shows_a_hint
from game.generate.kinds import AMOUNTS, CLAUSE_FAMILIES, DEFINED_TERM, NAMES, PEOPLE, PERCENT, TERM, TERMS, TIMES
from game.generate.lexicon import DATA_DIR, MONTH_NAMES, NUMBER_WORDS, WEEKDAYS, fold, lexicon, word_set
from game.generate.terms import TECHNICAL
from game.generate.verbs import readings

if TYPE_CHECKING:
    from game.generate.anchoring import Anchor

BASE = 0.8
THRESHOLD = 0.62
MAX_WRONG = 3
# What a prompt holding something only the document explains is multiplied by: a "the pavilion"
# the prompt does not identify, a "them" with nothing before it to stand for, a "later", a day
# with no year. One is enough to keep it below THRESHOLD however sure the rest of it is, and so
# out of a default pack (`--all` keeps it, with the doubt `needs the document`).
POINTS_BACK = 0.6


@dataclass(frozen=True, slots=True)
class Verdict:
    """A feature's finding: multiply the confidence by `factor`; `doubt` names what lowered it."""

    factor: float
    doubt: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way to use a fact: its question (asking) or its statement (stating), with what the
    whole document says."""

    fact: object            # facts.Fact
    prompt: str
    asking: bool
    title: str = ""         # the document's title, folded
    opening: str = ""       # the document's first two sentences, folded
    first_seen: dict[str, int] | None = None  # lower-case word -> the first sentence it is in
    keywords: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # words the document writes with a capital mid-sentence, folded
    known: tuple[str, ...] = ()  # phrases that name what the whole document is about ("the ritual wine vessel")
    topic: str = ""              # the thing the document is about, as named ("Eiffel Tower", "Danube")
    subject_words: frozenset[str] = frozenset()  # the title's words the text writes again ("soda", "bread")
    anchor: Anchor | None = None  # what the document makes unambiguous (anchoring.py)
    passers_by: frozenset[str] = frozenset()  # folded names of people quoted in passing (passersby.py)
    unsure_names: frozenset[str] = frozenset()  # single names that leave the person in doubt (fullnames.py)
    years: frozenset[int] = frozenset()  # every year the document writes

    def written_lower(self, word: str) -> bool:
        """Whether the document writes the word in lower case somewhere (or its singular)."""
        seen = self.first_seen or {}
        return word in seen or (word.endswith("s") and word[:-1] in seen)


Feature = Callable[[Candidate], "Verdict | None"]
FEATURES: list[Feature] = []


def feature(function: Feature) -> Feature:
    FEATURES.append(function)
    return function


@feature
def answer_found(c: Candidate) -> Verdict | None:
    """How the answer was found: a name the lists know or the text defines is sure; a name
    whose kind was guessed from the words around it, or a lower-case key term, less so."""
    span = c.fact.span
    if span.family in (TIMES, AMOUNTS):
        return None
    if span.family == PEOPLE:
        words = span.text.split()
        known = fold(words[0]) in lexicon().given_names or fold(words[-1]) in lexicon().surnames
        return None if known or c.fact.mentions >= 2 or span.role else Verdict(0.85, "guessed kind")
    if span.family == TERMS:
        if span.kind == TERM and not c.fact.named_term:
            return Verdict(0.9, "key term")
        return None
    if span.family == NAMES:
        return Verdict(0.5, "guessed kind")
    return None if lexicon().lookup(span.text) or c.fact.kind_known else Verdict(0.88, "guessed kind")


@feature
def read_from_elsewhere(c: Candidate) -> Verdict | None:
    """A pronoun or a "this ..." read from another sentence may be read wrong."""
    resolved = c.fact.resolved
    if "pronoun" in resolved:
        return Verdict(0.8, "pronoun")
    if "main person" in resolved:
        return Verdict(0.93, "pronoun")  # the one person the text is about, no one else named near
    if "topic" in resolved:
        return Verdict(0.93, "pronoun")  # "It is the second-longest ..." right after "The Rhine is ...": the text's thing
    if "pronoun in its sentence" in resolved:
        return Verdict(0.97, "pronoun")  # "Before Genghis Khan died, he assigned ...": the one person named before it
    if "reference" in resolved:
        return Verdict(0.8, "reference")
    if "allows" in resolved:
        return Verdict(0.92, "reference")  # "That will allow the torch to be carried": the torch will be carried
    if "quotation" in resolved:
        return Verdict(0.85, "quotation")
    return None


_SUBORDINATE = re.compile(r"\b(?:which|that|who|whose|while|whereas|although|though|because|since|if|unless|"
                          r"when|where|after|before)\b", re.I)


_SUBORDINATE_LOWER = re.compile(_SUBORDINATE.pattern)


@feature
def clause_complexity(c: Candidate) -> Verdict | None:
    """The more commas and clauses around the question word, the likelier the prompt reads
    badly or asks two things at once."""
    if not c.asking:
        return None
    # "On the River Tavish, ...": a frame written before the prompt is no clause of its sentence
    prompt = without_the_frame(c.prompt, c.anchor.topic) if c.anchor is not None else c.prompt
    commas = prompt.count(",")
    # On ASCII text the case-blind pattern finds the same words in the lower-case prompt, faster.
    clauses = len(_SUBORDINATE_LOWER.findall(prompt.lower()) if prompt.isascii() else _SUBORDINATE.findall(prompt))
    factor = 0.93 ** max(0, commas - 1) * 0.92 ** max(0, clauses - (1 if c.fact.fronted else 0))
    if not c.fact.fronted and len(prompt) > 110:
        factor *= 0.92  # the question word comes late in a long sentence
    return Verdict(factor, "complex clause") if factor < 0.9 else Verdict(factor) if factor < 1 else None


# Nouns a definite "the" may stand before without pointing back: there is only one of them.
_UNIQUE = word_set("unique_nouns")
# Nouns of a kind of thing: "the largest planet", "the highest mountain" need no more context.
_CATEGORIES = word_set("place_kinds") | word_set("category_nouns")
_TOKEN = re.compile(r"[\w'\u2019-]+|[^\w\s]")
_WORD_TOKEN = re.compile(r"[\w'\u2019-]+")
_THE = re.compile(r"\b[Tt]he\b")
_IDENTIFYING = frozenset("of between that which who whose called named known".split())
_PLACING = word_set("prepositions")
_TIME_NOUNS = word_set("time_nouns")
_STOPS = word_set("function_words") | word_set("auxiliaries") | word_set("irregular_past") | word_set("prepositions")


_CALENDAR = frozenset(m.lower() for m in MONTH_NAMES) | WEEKDAYS


def _is_name(word: str) -> bool:
    """A capitalised word that names something ("Fram", "Siberia"), not a month or a weekday."""
    return word[:1].isupper() and word.lower().rstrip(".") not in _CALENDAR


_DEMONYM_NOUNS = frozenset(lexicon().demonyms) | word_set("demonym_nouns")
# Words before a noun that rank it or say how old it is: "the second dose", "the old record"
# point back as much as "the dose" does, unless what follows says what they rank among.
_RANKS = frozenset("first second third fourth fifth last final new old original overall".split())


_AUXILIARY_VERBS = word_set("auxiliaries")


def _the_final_as_a_noun(words: list[str], tokens: list[tuple[int, str]], j: int) -> bool:
    """Whether "the final" is the match ("watched the final on Centre Court", "in the final."),
    not a rank of what follows ("the final stage", "the final to be played")."""
    if [w.lower() for w in words] != ["final"]:
        return False
    following = tokens[j][1].lower() if j < len(tokens) else ""
    return not following or not _WORD_TOKEN.fullmatch(following) \
        or (following in _PLACING and following != "to") or following in _AUXILIARY_VERBS or bool(readings(following))


@lru_cache(maxsize=64)
def definite_phrases(prompt: str) -> tuple[tuple[int, str, str, bool], ...]:
    """Every "the ..." noun phrase of the prompt as (where, its words, its head, whether
    something after it says which one: "of the Czech Republic", "called Hayabusa2", a name).
    The answers of one sentence often share a statement: the last few prompts' are kept."""
    found: list[tuple[int, str, str, bool]] = []
    every: list[tuple[int, str]] | None = None  # the prompt's tokens, read once
    starts: dict[int, int] = {}
    for the in _THE.finditer(prompt):
        # The phrase and the few tokens after it (eight, within 120 characters) are all that is read.
        if every is None:
            every = [(m.start(), m.group(0)) for m in _TOKEN.finditer(prompt)]
            starts = {at: k for k, (at, _token) in enumerate(every)}
        k = starts.get(the.start())
        tokens = every[k:k + 8] if k is not None else []
        if not tokens or tokens[-1][0] + len(tokens[-1][1]) > the.start() + 120:
            # "pre-the" or a long run of long words: read the window as it stands
            tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(prompt, the.start(), the.start() + 120)][:8]
        i, at = 0, the.start()
        j = i + 1
        words: list[str] = []
        while j < len(tokens) and len(words) < 3:
            token = tokens[j][1]
            low = token.lower()
            if not _WORD_TOKEN.fullmatch(token) or (low in _STOPS and not (low in _RANKS and not words)) \
                    or low.endswith(("ly", "ed", "ing")) and len(words) \
                    or token[:1].isupper() and words and not _control_label(token, tokens[j + 1][1] if j + 1 < len(tokens) else ""):
                break
            words.append(token)
            j += 1
            if token.isupper() and _control_label(token, tokens[j][1] if j < len(tokens) else ""):
                continue  # "the orange DESCALE lamp": a word printed on a machine, no name
            if token[:1].isupper():
                break  # "the Olympic ...": a name, read by the capital
            if any(c.isupper() for c in token[1:]):
                break  # "the first iPhone": a name written with its capital inside
        if words and all(w.lower() in _RANKS for w in words) and not _the_final_as_a_noun(words, tokens, j):
            continue  # "the first to ...", "the second": no noun to point back with
        if not words:
            continue
        if words[-1][:1].islower() and any(c.isupper() for c in words[-1][1:]):
            continue  # "the first iPhone", "the eBay site": a name
        if words[-1][:1].isupper():
            next_word = tokens[j][1] if j < len(tokens) else ""
            if next_word[:1].isupper():
                continue  # "the British Empire": a name
            if fold(words[-1]) in _DEMONYM_NOUNS or fold(words[-1]).rstrip("s") in _DEMONYM_NOUNS:
                then = tokens[j + 1][1] if j + 1 < len(tokens) else ""
                if next_word[:1].islower() and _is_name(then):
                    continue  # "the Greek historian Herodotus": the name says who
                found.append((at, " ".join(words), words[-1].lower(), False))  # "the Spaniard", "the Serbian"
            continue
        following = tokens[j][1] if j < len(tokens) else ""
        after = tokens[j + 1][1] if j + 1 < len(tokens) else ""
        after_the = tokens[j + 2][1] if j + 2 < len(tokens) and after.lower() == "the" else after
        says_which = (following.lower() in _IDENTIFYING or _is_name(following) or following in ("'s", "\u2019s")
                      or (following.endswith("ing") and following.lower() not in _STOPS
                          and (_WORD_TOKEN.fullmatch(after or "-") is not None  # "keeping the light burning?": no
                               or following.lower() == "running"))  # "for the second year running"
                      or (following.lower() in _PLACING and _is_name(after_the)
                          and not (after_the == after and _a_person(after, tokens[j + 2][1] if j + 2 < len(tokens) else ""))
                          # "the match at Brackley Park", "the race in Ashland": a place says where, not which one
                          and (words[-1].lower() not in _OCCASIONS or _dated(prompt)))
                      or (following == "," and after.lower() in ("called", "named", "known"))  # "the probe, called Hayabusa2"
                      or any(_YEAR_WORD.fullmatch(word) for word in words)  # "the 1973 oil crisis", "the 1970s"
                      or (following.lower() in ("and", "or") and _coordinated_with_of(tokens, j)))
        found.append((at, " ".join(words), words[-1].lower(), says_which))
    return tuple(found)


_CONTROL_NOUNS = word_set("control_nouns")
_OCCASIONS = word_set("occasion_nouns")


def _control_label(token: str, following: str) -> bool:
    """Whether a word in capitals is what a machine prints on one of its controls ("DESCALE" in
    "the orange DESCALE lamp"), read as a describing word, not as a name that says which."""
    return len(token) > 1 and token.isalpha() and token.isupper() and following.lower() in _CONTROL_NOUNS


_HONORIFICS = word_set("honorifics")


def _a_person(word: str, then: str) -> bool:
    """Whether a name after a preposition is a person's ("reported the find to Hannah Lisle",
    "the letter to Mr Hesketh"): a person says nothing of which find or letter is meant, as a place
    does ("the bridge at Clifton")."""
    low = fold(word).rstrip(".")
    return low in _HONORIFICS or (low in lexicon().given_names and _is_name(then) and fold(then) not in _CALENDAR)


def _coordinated_with_of(tokens: list[tuple[int, str]], j: int) -> bool:
    """"the capital and largest city of Portugal": a second noun after "and" that "of" identifies
    identifies the first too."""
    for _at, token in tokens[j + 1:j + 5]:
        if token.lower() in _IDENTIFYING:
            return True
        if not _WORD_TOKEN.fullmatch(token) or token[:1].isupper():
            return False
    return False


_OPENING = re.compile(r"(?:According to [^,]+, )?(?:(?:In|By|On|After|Before|Since|During|At) [^,]{1,30},? )?"
                      r"(?:(?:This|These|That|Those|Each|Every|The)\s+((?:[a-z][\w-]*\s+){0,2}?)|"
                      r"An?\s+((?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:an|ese|ish|ic)\s+){0,2}?))"
                      r"([a-z][\w-]*)"
                      r"(?=\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|shall|[a-z]{3,}ed|"
                      r"[a-z]{3,}s|took|made|won|became|began|grew|rose|fell|went|came|gave|held|led|left|"
                      r"lost|ran|saw|sold|sent|stood|told|wore|wrote|finished|how|what|which)\b)")
# What was invented or discovered is a kind of thing: "The pneumatic tyre was developed by ...".
_INVENTED = re.compile(r"\b(?:invented|developed|discovered|patented)\b")
_SUPERLATIVE = re.compile(r"\b(?:only|[a-z]{3,}est|most|least)\b")
_LOOKS_BACK = re.compile(r"^other\s+[a-z]+|"  # "Other countries had no graphite as pure": other than which?
                         r"\b(?:his|her|their|its|my|our)\s+(?:share|half|part|portion|cut)\b(?!\s+of\b)|"  # of what?
                         r"(?:\b(?:his|her|their|its)|['\u2019]s)\s+(?:design|plan|proposal|entry|scheme)\b"
                         r"(?!\s+(?:of|for|to)\b)|"  # "Brunel's design was chosen": for what?
                         r"\bcopies\s+(?:survive|survived|exist|existed|remain|remained)\b|"  # copies of what?
                         r"\b(?:of|in|at|to|for|from|by|with|on|about) that (?!is\b|was\b|are\b|were\b|has\b|had\b)[a-z]{3,}\b|"
                         r"\b(?:another|the other|similar|also|too|again|both|such|the same|the former|the latter|"
                         r"likewise|these|those|this|here|since(?=\s+(?!the\b|a\b|an\b)[a-z]+\b))\b|"
                         r"\bthere\b(?<!\bare there)(?<!\bis there)(?<!\bwas there)(?<!\bwere there)"
                         r"(?!\s+(?:is|are|was|were|has|have|had)\b)")
_RELATIVE_TIME = re.compile(r"\btoday\b", re.I)
# One of these is in every (lower-case) text `_LOOKS_BACK` finds, and in every text
# `_RELATIVE_TIME` finds: quick tests before the patterns.
_LOOKS_BACK_WORDS = ("other", "copies", "share", "half", "part", "portion", "cut", "design", "plan", "proposal", "entry",
                     "scheme", "similar", "also", "too", "again", "both", "such", "same", "former",
                     "latter", "likewise", "these", "those", "this", "here", "since", " that ")
_RELATIVE_TIME_WORDS = ("today",)
_NAME_WORD = re.compile(r"\b[A-Z][\w'\u2019-]*")
_YEAR_WORD = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\b\d{1,2}(?:st|nd|rd|th)[\s-]century\b")
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_OBJECT_PRONOUN = re.compile(r"(?=[ith])\b(?:it|them|him)\b(?!\s+(?:is|was|has|had|will|would)\s+(?:\w+\s+)?(?:to|that|not|possible)\b)",
                             re.I)
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_OWNER_PRONOUN = re.compile(r"(?=[ith])\b(?:its|their|his|her)\b", re.I)
_WH_WORDS = ("hich", "hat", "ho", "ow ", "According to")  # one is in every text _WH finds
_WH = re.compile(r"\b(?:[Ww]hich|[Ww]hat|[Ww]ho|[Ww]hom|[Ww]hose|[Hh]ow (?:many|much)|According to)\b")


def anchors(prompt: str, answer: str, names: frozenset[str], keywords: frozenset[str] = frozenset(),
            subject_words: frozenset[str] = frozenset()) -> tuple[bool, bool]:
    """(names something a player can place, dates it): a name, a key term of the text
    ("cyanobacteria"), a word of the title that says what the whole text is about ("soda bread"
    in a recipe for soda bread) or a superlative ("the highest mountain") anchors a prompt; a
    year or a century only dates it. A capital that opens the prompt is a name only when the
    document writes the word with a capital mid-sentence too (`names`, folded)."""
    rest = prompt.replace(answer, " ") if answer else prompt
    if any(word in rest for word in _WH_WORDS):
        rest = _WH.sub(" ", rest)
    words = _LONG_LOWER.findall(rest.lower())
    if keywords and any(_technical(word) for word in keywords.intersection(words)):
        return True, _dated(rest)
    if subject_words and _writes_a_subject_word(words, subject_words):
        return True, _dated(rest)  # "Most pencils are made from ..." in a text called "Pencil"
    named = False
    for match in _NAME_WORD.finditer(rest):
        word = fold(match.group(0))
        if rest[:match.start()].strip() == "" and word not in names and word != "labelled":
            continue  # "Archaeologists have since found ...": the capital only opens the prompt
        if word in _OPENERS or word in _CALENDAR:
            continue
        named = True
        break
    superlative = any(word in rest for word in ("only", "est", "most", "least")) and bool(_SUPERLATIVE.search(rest))
    return named or superlative, _dated(rest)


@lru_cache(maxsize=8)
def _with_plurals(words: frozenset[str]) -> frozenset[str]:
    """The words and each with an -s (kept: a document's subject words are read for every prompt)."""
    return words | {word + "s" for word in words}


def _writes_a_subject_word(words: list[str], subject_words: frozenset[str]) -> bool:
    """Whether one of the (lower-case) words, or its singular in -s, folds to a subject word. A
    word of letters alone is its own folded form: for those, two set tests do."""
    if not _with_plurals(subject_words).isdisjoint([word for word in words if "-" not in word]):
        return True
    return any(fold(word) in subject_words or (word.endswith("s") and fold(word[:-1]) in subject_words)
               for word in words if "-" in word)


_DIGIT = re.compile(r"\d")


def _dated(text: str) -> bool:
    """Whether a year, a decade or a numbered century is in the text (a digit first: quicker)."""
    return bool(_DIGIT.search(text)) and bool(_YEAR_WORD.search(text))


_OPENERS = word_set("function_words")
_LONG_LOWER = re.compile(r"[a-z][a-z-]{4,}")
# A technical key term ("photosynthesis", "cyanobacteria") names its thing as well as a name does.
_TECHNICAL = re.compile(TECHNICAL.pattern + r"|(?:ria|ae)s?$|(?:sis|ase|ide|plast|cyte)s$")


@lru_cache(maxsize=1 << 14)
def _technical(word: str) -> bool:
    """Whether a key term is written like a technical one (kept: a text's prompts share their words)."""
    return _TECHNICAL.search(word) is not None


_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|last|only|next|[0-9]+(?:st|nd|rd|th))\b")
# After "the first woman", "the only factory": the words that say which one ("to captain", "in Britain").
_RANKED_BY = frozenset("to in at on ever since for".split())
# Nouns of a measure: "the mean temperature" of a named place at a dated time says which one.
_MEASURES = word_set("measure_nouns")


def vague_references(prompt: str, placed: bool = False, kind: Callable[[str], bool] | None = None) -> float:
    """A factor for the definite noun phrases that point back ("the journey", "the pavilion"):
    POINTS_BACK for the first, 0.8 for each after it. Not counted: one thing of its kind ("the
    sun"), a superlative or a rank of a kind ("the largest planet", "the first woman to
    captain ..."), a phrase the words after it identify ("of the Czech Republic", "called
    Hayabusa2"), a kind noun standing for a name the prompt gives before it ("Kestrel Line ...
    the line"), and, in a prompt that names a place and dates it (`placed`), a measure ("the
    mean temperature"). With `kind`, for a sentence written whole by a clause rule, only the noun
    phrase that opens it is read, and a noun `kind` accepts there is a kind of thing the text
    teaches about ("A tributary is ..." in a lesson on rivers)."""
    factor = 1.0
    opening = _OPENING.match(prompt)
    if opening and opening.group(3).lower() not in _UNIQUE and opening.group(3)[1:].islower() \
            and not (_SUPERLATIVE.search(opening.group(0)) and opening.group(3).lower() in _CATEGORIES) \
            and not (placed and opening.group(3).lower() in _MEASURES) \
            and not (kind is not None and _a_kind_opening(opening, prompt, kind)):
        factor *= POINTS_BACK
    if kind is not None:
        return factor  # the rest is the definition's own wording ("the place where a river begins")
    for at, words, head, says_which in definite_phrases(prompt):
        if opening and at < opening.end() or says_which:
            continue
        if head in _UNIQUE or len(head) < 3 or (_SUPERLATIVE.search(words) and head in _CATEGORIES) \
                or words.lower().endswith("ice age"):
            continue  # "the largest planet", "the last ice age": there is one; "the four largest gates": of what?
        if head in _TIME_NOUNS and re.search(r"\d", words):
            continue  # "the 19th century", "the 1990s"
        if placed and head in _MEASURES:
            continue  # "the mean temperature" at a place and time the prompt names
        if (_ORDINAL.search(words) or _SUPERLATIVE.search(words)) and _ranked_by(prompt, at, words):
            continue  # "the first woman to captain a men's team", "the only factory in Britain"
        if _first_of_a_kind(words):
            continue  # "the first transatlantic telegraph cable": there was one
        if _named_before(prompt, at, head):
            continue  # "Kestrel Line ... the line"
        factor *= POINTS_BACK if factor == 1.0 else 0.8
    return factor


def _first_of_a_kind(words: str) -> bool:
    """"The first transatlantic telegraph cable": a first of a kind a describing word narrows
    down is one thing; "the first fragments", "the first two sets", "the first match" are the
    first of something only the document names."""
    parts = words.lower().split()
    return len(parts) >= 3 and parts[0] in ("first", "last") and not parts[-1].endswith("s") \
        and parts[1] not in NUMBER_WORDS and not parts[1][:1].isdigit()


def _ranked_by(prompt: str, at: int, words: str) -> bool:
    """Whether words after a ranked phrase say what it is ranked among: "to captain ...", "in
    Britain", "ever"; not "in just how many minutes"."""
    end = prompt.find(words, at) + len(words)
    following = _WORD_TOKEN.search(prompt, end)
    for _more in range(2):
        # the rest of a long noun phrase comes first: "the longest medieval town walls in England"
        if not following or following.group(0).lower() in _RANKED_BY or following.group(0).lower() in _STOPS \
                or not following.group(0).islower() or prompt[end:following.start()].strip():
            break
        end = following.end()
        following = _WORD_TOKEN.search(prompt, end)
    if not following or following.group(0).lower() not in _RANKED_BY:
        return False
    if following.group(0).lower() in ("to", "ever", "since"):
        return True
    then = _WORD_TOKEN.search(prompt, following.end())
    if then and then.group(0).lower() == "which" and _SUPERLATIVE.search(words.lower()) and not _ORDINAL.search(words.lower()):
        return True  # "the longest footbridges in which country?": what it is ranked in is the answer itself
    return bool(then) and (_is_name(then.group(0)) or then.group(0).lower() in ("the", "its", "their"))


def _named_before(prompt: str, at: int, head: str) -> bool:
    """Whether a name before `at` ends with the head noun: "Kestrel Line" before "the line"."""
    return any(match.group(0).split()[-1].lower() == head and match.group(0)[:1].isupper()
               for match in _NAME_RUN.finditer(prompt, 0, at))


_NAME_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*)+")


# A sentence about kinds of things opens with a bare noun phrase: "Arcs of volcanoes ...",
# "Mid-ocean ridges ...", "Long linear regions of geologic features ...", "Seismologists can ...".
_GENERIC_OPENING = re.compile(r"(?:When|If|Once|Where) [^,]{3,60}, |"
                              r"(?!(?:The|This|These|That|Those|A|An|It|They|He|She|We|You|Its|Their|His|Her|Our|"
                              r"There|Here|Some|Many|Most|Each|Every|All|Both|Such|Other|Another|One|No|Several|Few|"
                              r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|"
                              r"Hundreds|Thousands|Millions|Dozens)\b)"  # "Eight schools took part": which ones?
                              r"(?=[A-Z][a-z-]+\b)")
_BARE_PLURAL = re.compile(r"(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,}(?:s|ae|ia)\b")


def generic(prompt: str, keywords: frozenset[str]) -> bool:
    """Whether a prompt is about kinds of things, not about something the document pointed to:
    it opens with a bare plural ("Arcs of volcanoes and earthquakes were explained as what?",
    "Seismologists can use ..."), or with "When a rock crystallizes ...," names no one, writes
    no "the" that points back, and holds a key term of the text."""
    opening = _GENERIC_OPENING.match(prompt)
    if not opening:
        return False
    rest = prompt[opening.end():]
    if opening.group(0):
        return bool(re.match(r"(?:an?|the)\s", rest, re.I) is None and _has_key(rest, keywords)
                    and not _NAME_WORD.search(rest[1:]))
    if not _BARE_PLURAL.match(rest[:1].lower() + rest[1:]) or _NAME_WORD.search(rest[1:]):
        return False
    return _has_key(prompt, keywords)


def _has_key(text: str, keywords: frozenset[str]) -> bool:
    return any(word in keywords or word.rstrip("s") in keywords for word in _LONG_LOWER.findall(text.lower()))


# A time only the document's own time line places: "later", "then", "at the time", "that year",
# "the following spring", "two years ago", a weekday with no date ("on Sunday": which Sunday?).
# Each pattern runs only on a prompt holding one of its words (most prompts hold none).
_PERIODS = r"(?:year|month|week|day|decade|season|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|weekend|time)"
_RELATIVE_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("later", "earlier"), re.compile(r"\b(?:later|earlier)\b(?!\s+than\b)")),
    (("then", "afterwards", "meanwhile", "recently", "ago", "yesterday", "tomorrow", "tonight"),
     re.compile(r"\b(?:then|afterwards|meanwhile|recently|ago|yesterday|tomorrow|tonight)\b")),
    (("time",), re.compile(r"\bat\s+(?:the|that|this)\s+(?:same\s+)?time\b")),
    (("that ", "this ", "following", "next", "previous", "preceding", "last "),
     re.compile(rf"\b(?:that|this|the\s+following|the\s+next|the\s+previous|the\s+preceding|last|next)\s+{_PERIODS}\b|"
                r"\bthe\s+(?:next|following|previous|past|last|coming)\s+(?:few|two|three|four|five|six|seven|eight|nine|"
                r"ten|\d+)\s+(?:years|months|weeks|days|decades)\b")),
)
_WEEKDAY = re.compile(
    r"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b(?!s\b|,?\s+(?:\d|the\s+\d|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)|\s+(?:mornings|afternoons|evenings|nights)\b)")
_SPAN_BEFORE = re.compile(r"\b(?:years?|decades?|century|centuries|months?|weeks?|days?|generations?)\s+$")
_OWN_TIME = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\b(?:what|which)\s+(?:year|decade|century)\b", re.I)


@lru_cache(maxsize=256)
def relative_time(prompt: str) -> bool:
    """Whether the prompt places its fact by a time only the document's own time line gives:
    "she later played", "at that time", "the following year", "on Sunday", "Thursday's result".
    A span after a time the prompt gives itself is no such time ("voyages of which decade were
    opened more than a century later"). Kept for the last prompts: the facts of one sentence
    often share a statement."""
    lower = prompt.lower()
    for words, pattern in _RELATIVE_PATTERNS:
        if not any(word in lower for word in words):
            continue
        for match in pattern.finditer(lower):
            if match.group(0) in ("later", "earlier") and _SPAN_BEFORE.search(lower, 0, match.start()) \
                    and _OWN_TIME.search(lower, 0, match.start()):
                continue
            return True
    if "day" not in lower:
        return False
    return bool(_WEEKDAY.search(prompt)) or (bool(_WEEKDAY_OWNS.search(prompt)) and not names_a_person(prompt))


# "Thursday's result", "Saturday's final": the result of a day of a week only the document dates
# (a prompt naming the winner of "Thursday's by-election" says which one well enough).
_WEEKDAY_OWNS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['\u2019]s\s+[a-z]")


# What a possessive can stand for when it comes before it in the prompt: a name, a noun after a
# determiner ("the window ... its"), or a bare plural opening the prompt ("Plants ... their").
_ANTECEDENT = re.compile(r"\b(?i:the|a|an|this|that|these|those|each|every|which|what)\s+[a-z-]{3,}|"
                         r"\b(?:[Ww]ho|[Ww]hom)\b|\b[A-Z][\w'\u2019-]*|^[A-Za-z][a-z-]+s\b")


_PLURAL_BEFORE = re.compile(r"\b[A-Za-z][a-z-]{2,}(?<!ss)(?<!us)(?<!is)s\b(?!['\u2019])")


def dangling_owner(prompt: str) -> bool:
    """Whether an "its", "their", "his" or "her" has nothing before it in the prompt to stand for
    ("Its machine hall was dug out ...": whose?)."""
    owner = _OWNER_PRONOUN.search(prompt)
    if owner is None:
        return False
    before = prompt[:owner.start()]
    if owner.group(0).lower() == "their":
        # only several can own with "their": "Plants ... their cells", "Cooke and Wheatstone ... their"
        return not (_PLURAL_BEFORE.search(before) or " and " in before or re.search(r"\b(?:[Ww]ho|[Tt]hey)\b", before))
    for match in _ANTECEDENT.finditer(before):
        word = match.group(0)
        if word[:1].isupper() and match.start() == 0 and fold(word) in _OPENERS:
            continue  # "In its first season ...": a capital that only opens the prompt
        return False
    return True


# A place in a contest or a race whose other side the prompt leaves out: "was runner-up", "finished
# two points behind", "came second, a length ahead" (of what contest, behind or ahead of whom?).
_OPEN_COMPARISON = re.compile(r"\brunners?[- ]up\b(?!\s+(?:in|of|at|to|behind)\b)|"
                              r"\b(?:behind|ahead)\b(?=\s*(?:[,.;:?!]|$))|"
                              r"\b(?:finished|came|was|were|placed)\s+(?:second|third|fourth|last)\b(?=\s*(?:[,.;:?!]|$))")


def open_comparison(lower: str) -> bool:
    """Whether a (lower-case) prompt places someone in a contest it does not name, or behind or
    ahead of no one it names: "Joan Hebden was runner-up, just two points behind.\""""
    return ("up" in lower or "behind" in lower or "ahead" in lower or " second" in lower or " third" in lower
            or " fourth" in lower or " last" in lower) and bool(_OPEN_COMPARISON.search(lower))


# "one of them", "before them", "most of them": a preposition before "them", which then stands for
# the plural the prompt names before it ("Fewer than 50 copies survive, and one of them ...").
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|before|than|among|between|behind|after|beside)\s+$", re.I)


def dangling_object(prompt: str) -> bool:
    """Whether an "it", "them" or "him" has nothing in the prompt to stand for ("Volunteers picked
    them over four weekends": picked what?). A "them" after a preposition stands for a plural the
    prompt names before it ("more than any Olympics before them"); a "them" right after a verb
    never stands for that verb's own subject ("Volunteers picked them")."""
    for match in _OBJECT_PRONOUN.finditer(prompt):
        before = prompt[:match.start()]
        if match.group(0).lower() == "them" and _PREPOSITION_BEFORE.search(before) \
                and _PLURAL_BEFORE.search(before):
            continue
        return True
    return False


# Shapes in which a word `_LOOKS_BACK` reads points inside the prompt or at nothing: "another"
# or "the other" after a "one" of the prompt ("to coat one metal object with a layer of another
# metal": a contrast the prompt makes itself), and "too" of degree after a verb of being ("melts
# when the current is too large": not "as well").
_CONTRAST_AFTER_ONE = re.compile(r"\bone\b.*?\b(another|the other)\b")
# ... and three more: "both" of "both the Summer and Winter Games" (the pair follows it), "such"
# of "such as" (examples follow it), "since" before the question word ("since which decade": the
# answer is the time it counts from).
_INSIDE_THE_PROMPT = re.compile(r"\bboth\b(?=\s+the(?:\s+[\w'\u2019-]+){1,5}?\s+and\b)|\bsuch(?=\s+as\b)|"
                                r"\bsince(?=\s+(?:which|what)\b)")
_DEGREE_TOO = re.compile(r"\b(?:is|are|was|were|be|been|being|become|becomes|became|grow|grows|grew|get|gets|got|"
                         r"seem|seems|seemed|far|much)\s+too\s+(?=[a-z])")


@lru_cache(maxsize=256)
def looks_back(lower: str) -> bool:
    """Whether a (lower-case) prompt holds a word that points back to the text before it ("the
    other", "also", "these", "there"), leaving out the shapes in which such a word points inside
    the prompt: "one ... another", "is too large", "both ... and", "such as", "since which".
    Kept for the last prompts, as `relative_time` is."""
    scrubbed = _INSIDE_THE_PROMPT.sub(" ", _DEGREE_TOO.sub(" ", lower))
    contrast = _CONTRAST_AFTER_ONE.search(scrubbed)
    while contrast:
        scrubbed = scrubbed[:contrast.start(1)] + " " + scrubbed[contrast.end(1):]
        contrast = _CONTRAST_AFTER_ONE.search(scrubbed)
    return bool(_LOOKS_BACK.search(scrubbed))


def opens_with_the_answer(statement: str, answer: str) -> bool:
    """Whether a definition's statement opens with the term it defines ("The epicentre is the
    point ...", "A constructive wave is ..."): that opening names the kind taught, it does not
    point back to something the text said before."""
    if not statement or not answer:
        return False
    body = re.sub(r"^(?:The|An?)\s+", "", statement)
    return fold(body[:len(answer)]) == fold(answer) and not body[len(answer):len(answer) + 1].isalnum()


_NOUN_PHRASE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*")


def defined_before_the_pronoun(prompt: str) -> bool:
    """Whether every "it" or "them" of a definition has a noun phrase of the definition before it
    to stand for: "What is the term for a low, gentle wave that deposits more material than it
    removes?", "a dome of peat that grows higher than the land around it". A definition states a
    general fact, so its pronoun stands for a thing it names, not for one the text named before."""
    found = False
    for match in _OBJECT_PRONOUN.finditer(prompt):
        if not _NOUN_PHRASE.search(prompt, 0, match.start()):
            return False
        found = True
    return found


# Words that make "a ..." a part or a share of something else: "A full charge" (of what?), "A single
# crossing" (of which route?).
_PART_OF_SOMETHING = frozenset("full complete whole single typical return round standard average normal usual".split())


# People a text speaks of as a group it has in mind: "the children", "the pupils", "the residents".
_PEOPLE_GROUPS = word_set("groups_of_people") | frozenset(
    "pupils visitors residents players volunteers riders runners staff workers passengers guests".split())


def _a_kind_opening(opening: re.Match[str], prompt: str, kind: Callable[[str], bool]) -> bool:
    """Whether the noun phrase opening a sentence a clause rule wrote whole names a kind of thing
    rather than pointing back: "A thermometer measures ...", "The stomach ..." in a lesson on
    digestion, "The pneumatic tyre was developed by ...", "The first vaccine ..."; not "A full
    charge takes ...", "Each bus carries ...", "The outer lid ..." where "lid" is no term of the text."""
    words = opening.group(0)
    head = opening.group(3).lower()
    if re.match(r"(?:.*\s)?An?\s", words):
        return not any(word in _PART_OF_SOMETHING for word in (opening.group(2) or "").split())
    if not re.match(r"(?:.*\s)?The\s", words):
        return False  # "Each bus", "This method": one the text pointed to
    if head in _PEOPLE_GROUPS:
        return False  # "The children should wear ...": the children the letter is about, no kind
    return kind(head) or bool(_INVENTED.search(prompt)) or bool(re.fullmatch(r"The first [a-z-]+(?<!s)", words))


def _taught_kind(keywords: frozenset[str], subject_words: frozenset[str], noun: str) -> bool:
    """Whether a noun is a kind of thing the text teaches about: one of its key terms (in either
    number), a word of what its title says it is about, a term of a lesson's word list
    (data/terms.txt: "vacuole", "voltmeter") or a technical term ("chloroplast")."""
    return noun in keywords or noun + "s" in keywords or noun.rstrip("s") in keywords or noun + "es" in keywords \
        or fold(noun) in subject_words or noun in _lesson_terms() or noun.rstrip("s") in _lesson_terms() \
        or bool(_TECHNICAL.search(noun))


@lru_cache(maxsize=1)
def _lesson_terms() -> frozenset[str]:
    """The last words of the terms in lessons' word lists (data/terms.txt), singular."""
    found = set()
    for line in (DATA_DIR / "terms.txt").read_text(encoding="utf-8").splitlines():
        term = line.split("#", 1)[0].partition("|")[0].strip()
        if term:
            found.add(term.split()[-1].lower())
    return frozenset(found)


_COLOURS = word_set("colour_words")
_COLOUR_OPENING = re.compile(r"([A-Z][a-z]+)\s+(?:and\s+[a-z]+\s+)?(?:is|was|are|were|has|had|can|could|[a-z]{3,}ed|"
                             r"[a-z]{3,}s)\b")


def bare_colour_subject(text: str) -> bool:
    """Whether a sentence opens with a colour alone as its subject ("Red was used for headings
    ...", "Blue and gold were chosen ..."): the colour of something only the document shows."""
    opening = _COLOUR_OPENING.match(text)
    return bool(opening) and opening.group(1).lower() in _COLOURS


# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_THE_CAPITAL = re.compile(r"(?=[Tt])\b[Tt]he\s+(?:(?:first|second|third|fourth|fifth|last|final|next|previous|new|old|"
                          r"original)\s+(?:[a-z]+\s+)?)?([A-Z][a-z]{2,})\b"
                          r"(?!\s+(?:[A-Z]|(?:of|de|du|des|la|le|van|von|der|di|da|del)\b)|['\u2019]s\b)")


def capital_kind(prompt: str, kinds: frozenset[str]) -> bool:
    """Whether the prompt writes "the" before a kind the document writes with a capital and an
    "a" or after a rank ("an Order under section 14" ... "The Order may remain in force", "the
    last Diet"): one of a kind that only the document says which, for all its capital; not "the
    Order of the Garter"."""
    return any(match.group(1).lower() in kinds for match in _THE_CAPITAL.finditer(prompt))


_BARE_PROCESS = re.compile(r"([A-Z][a-z]+)\s+(?:is|was|were|will|began|begins|started|starts|finished|ended|has|had|"
                          r"continued|resumed|took)\b")
_PROCESS_NOUNS = word_set("bare_process_nouns")


def bare_process(prompt: str) -> bool:
    """Whether the prompt opens with work done on something it does not name: "Construction is
    due to begin in June 2025", "Work started in what year?"; not "Construction of the canal
    began ...", "Work on the bridge ..."."""
    opening = _BARE_PROCESS.match(prompt)
    if opening is None or opening.group(1).lower() not in _PROCESS_NOUNS:
        return False
    # "Work began at Port Said in what month and year?": a place says where, and so what
    return not any(fold(m.group(0)) not in _CALENDAR for m in _NAME_WORD.finditer(prompt, opening.end(1)))


_INSTRUCTION_VERBS = word_set("instruction_verbs")
# What follows a verb that tells the reader to do something: its object ("Rinse the tank", "Hold SET
# and MAX/MIN", "Descale every how many months"), not a verb of its own ("Work began in 1889").
_IMPERATIVE = re.compile(r"([A-Z][a-z]+)\s+(?:the|a|an|your|it|them|every|each|all|both|this|these|"
                         r"[A-Z]{2,}\b|\d)")


def an_instruction(prompt: str) -> bool:
    """Whether the prompt is an instruction to the reader made into a question ("Descale every how
    many months in hard-water areas?", "Hold SET for how many seconds?"): it tells someone to
    do something to a thing it does not name, and asks nothing a player could know."""
    opening = _IMPERATIVE.match(prompt)
    return opening is not None and opening.group(1).lower() in _INSTRUCTION_VERBS


# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_THE_HEAD = re.compile(r"(?=[Tt])\b[Tt]he\s+([A-Z][a-z]{3,}(?<!s))\b(?!\s+(?:[A-Z]|\d|of\b)|['\u2019]s\b|-)")
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def unnamed_head(prompt: str, heads: frozenset[str]) -> bool:
    """Whether the prompt writes "the League" (a word that ends names of the document, "Northvale
    & District Football League") and no name ending with it: which league, only the text says.
    Not "the Nansen passport" (a name describing the next noun), "William the Conqueror", "the
    Glide 3", "the Games", "the Moon"."""
    for match in _THE_HEAD.finditer(prompt):
        head = match.group(1)
        if head not in heads or head.lower() in _UNIQUE or re.search(rf"\b(?!The\b)[A-Z][\w'\u2019-]*\s+{head}\b", prompt):
            continue
        before = _CAPITAL_BEFORE.search(prompt, 0, match.start())
        if before and fold(before.group(1)) not in _OPENERS:
            continue  # "William the Conqueror", "Henry the Lion": a name's epithet
        following = _WORD_AFTER.match(prompt, match.end())
        if following and following.group(1) not in _STOPS and not readings(following.group(1)) \
                and following.group(1) not in NUMBER_WORDS and not following.group(1).endswith("ly"):
            continue  # "the Nansen passport": the capital describes the noun after it
        return True
    return False


# A moment of a match or a race: "at half-time", "in the second half", "on the last lap".
_MATCH_MOMENT = re.compile(r"\b(?:half[- ]time|full[- ]time|extra time|stoppage time|injury time|the interval|"
                           r"(?:the|its|their)\s+(?:first|second)\s+half|(?:the|its|their)\s+(?:first|second)\s+innings|"
                           r"the\s+(?:last|final|first)\s+lap|a\s+penalty\s+shoot-?out)\b", re.I)
_MATCH_NAMED = re.compile(r"\b(?i:against|beat|beating|beaten by|lost to|versus)\s+(?:the\s+)?[A-Z]|\bvs?\.?\s+[A-Z]|"
                          r"\b(?:1[0-9]{3}|20[0-9]{2})\b|\b[A-Z][a-z]+\s+(?:Final|Cup|Championships?|Games|Marathon|Derby)\b")


def unnamed_match(prompt: str) -> bool:
    """Whether the prompt speaks of a moment of a match or a race ("at half-time", "in the second
    half", "on the last lap") and names neither the other side nor the occasion nor a year:
    "Ferndown came from how many goals down at half-time?" (in which match?)."""
    return bool(_MATCH_MOMENT.search(prompt)) and not _MATCH_NAMED.search(prompt)


_CASE_NOUN = re.compile(r"\b[Tt]he (?:" + "|".join(sorted(word_set("case_nouns"))) + r")\b(?!\s+of\b)")


# "the lamp", "the new roof": a part of the thing a frame names; not "the next meeting", "the other one".
_A_PART = re.compile(r"\b[Tt]he\s+(?!(?:previous|next|following|last|former|latter|same|other|first|second|third)\b)"
                     r"(?:[a-z-]+\s+)?[a-z]+\b(?!\s+of\b)")


@feature
def stands_alone(c: Candidate) -> Verdict | None:
    """A prompt must make sense without the document: "the proposal", "the pavilion", "another
    mission", "them", "later", "last year", "on the 6th" point back to something only the text
    around it says; a prompt that names nothing ("Who scored the winning penalty?") is about
    something the player cannot place. What the document makes unambiguous was written out
    before (anchoring.py); what is left here keeps the prompt below THRESHOLD."""
    prompt = c.prompt
    lower = prompt.lower()
    for phrase in c.known:
        if phrase and phrase.lower() in lower:
            at = lower.index(phrase.lower())
            prompt = prompt[:at] + "Labelled Object" + prompt[at + len(phrase):]  # a name, as a label gives it
            lower = prompt.lower()
    if c.anchor is not None and c.anchor.case and c.anchor.case in prompt:
        # "In Okafor v Marlshire County Council, the court dismissed the claim": the case's claim
        prompt = _CASE_NOUN.sub("Labelled Object", prompt)
    framed = framed_whole(prompt, c.anchor)
    if framed:
        # "At Kelby Point Lighthouse, the lamp burned whale oil until what year?": the lighthouse's lamp
        prompt = prompt[:framed] + _A_PART.sub("Labelled Object", prompt[framed:])
        lower = prompt.lower()
    if c.anchor is not None and c.anchor.subjects:
        for noun in c.anchor.nouns_of(prompt):
            # "Owlsmoor Cricket Club ... the club's history": the club the prompt names
            prompt = re.sub(rf"\b[Tt]he {noun}\b", "Labelled Object", prompt)
        lower = prompt.lower()
    # A definition, maker, reason or purpose is about a general thing ("What is the term for a
    # wide bend in a river?"), so it needs no name; a "the" or "a" before a noun the text teaches
    # about is a kind ("What does the stomach do?"), but one before any other noun points back as
    # anywhere ("A full charge takes about ninety minutes.": of what?).
    whole = c.fact.rule.partition(".")[0] in CLAUSE_FAMILIES
    named, dated = anchors(prompt, c.fact.answer if not c.asking else "", c.names, c.keywords, c.subject_words)
    defining = c.fact.rule.startswith("definitions.")
    if whole and defining and opens_with_the_answer(c.fact.statement or "", c.fact.answer):
        factor = 1.0  # "The epicentre is the point ...": the term it opens with is what is taught
    elif whole:
        # its question asks about what its statement opens with ("What does a full charge do?")
        factor = vague_references(c.fact.statement or prompt, kind=partial(_taught_kind, c.keywords, c.subject_words))
    else:
        factor = vague_references(prompt, placed=named and dated)
    if bare_colour_subject(c.fact.statement or prompt if whole else prompt):
        factor *= POINTS_BACK  # "Red was used for headings ...": the red of what?
    if any(word in lower for word in _LOOKS_BACK_WORDS) and looks_back(lower):
        factor *= 0.7
    if relative_time(prompt):
        factor *= POINTS_BACK  # "she later played", "that year", "on Sunday": when?
    elif any(word in lower for word in _RELATIVE_TIME_WORDS) and _RELATIVE_TIME.search(prompt):
        factor *= 0.85  # "today": as the document was written
    if undated_dates(prompt) and not (c.asking and c.fact.span.family == TIMES):
        factor *= POINTS_BACK  # "on the 6th", "in September": of which year?
    if open_comparison(lower):
        factor *= POINTS_BACK  # "was runner-up, just two points behind": in what, behind whom?
    if c.anchor is not None and c.anchor.name_heads and unnamed_head(prompt, c.anchor.name_heads):
        factor *= POINTS_BACK  # "From the 15th century the League slowly lost influence": which league?
    if ("half" in lower or "time" in lower or "lap" in lower or "innings" in lower or "interval" in lower
            or "shoot" in lower) and unnamed_match(prompt):
        factor *= POINTS_BACK  # "Ferndown came from how many goals down at half-time?": in which match?
    if bare_process(prompt):
        factor *= POINTS_BACK  # "Construction is due to begin in June 2025.": construction of what?
    if an_instruction(prompt):
        factor *= POINTS_BACK  # "Descale every how many months ...?": descale what? and who asks so?
    if (dangling_object(prompt) and not (defining and defined_before_the_pronoun(prompt))) or dangling_owner(prompt):
        factor *= POINTS_BACK  # "picked them", "Its machine hall": what they are, the text before says
    if c.anchor is not None and c.anchor.capital_kinds and capital_kind(prompt, c.anchor.capital_kinds):
        factor *= POINTS_BACK  # "The Order may remain in force ..." in a notice of "an Order under ...": which?
    if c.anchor is not None and c.anchor.questions_page and not c.anchor.service and a_service_rule(prompt):
        factor *= POINTS_BACK  # "Books are lent for how many weeks?" on a FAQ page naming no library: whose?
    if c.anchor is not None and c.anchor.topic is not None and not c.anchor.place \
            and (c.fact.span.family == AMOUNTS or (c.asking and c.fact.span.family == TIMES)) \
            and not c.fact.rule.startswith("definitions.") \
            and needs_the_topic(c.prompt, c.anchor.topic, c.asking and c.fact.span.family == TIMES):
        factor *= POINTS_BACK  # "Red Nose Day raised how much?" in a school's newsletter no frame was written for
    if c.anchor is not None and (c.anchor.topic is not None or c.anchor.case) and not defining \
            and unframed_part(c.prompt, c.anchor):
        factor *= POINTS_BACK  # "How many levels are open to visitors?" in an article on a tower no frame was written for
    if any(word in lower for word in COUNT_HINTS) and elided_count(prompt):
        factor *= POINTS_BACK  # "A household would own two or three so that ...": two or three what?
    if ("the " in lower) and relative_order(prompt):
        factor *= POINTS_BACK  # "The previous record of 4:19.40 ...", "the next full council meeting": which?
    if ("brought" in lower or " added" in lower or " attached" in lower) \
            and missing_goal(prompt):
        factor *= POINTS_BACK  # "had to be brought ... from Afghanistan": brought to where? "was added": to what?
    if ("year-old" in lower or "former" in lower) and described_person(prompt) and not names_a_person(prompt):
        factor *= POINTS_BACK  # "The 41-year-old former Rovers midfielder made ...": who?
    if not named and factor == 1.0 and generic(prompt, c.keywords):
        named = True  # "Arcs of volcanoes and earthquakes were explained as what?": about kinds of things
    if not named and not whole:
        factor *= 0.7 if dated else 0.55
    return Verdict(factor, "needs the document") if factor < 1 else None


@feature
def bare_name(c: Candidate) -> Verdict | None:
    """A person the prompt names by a single name the document leaves in doubt: "Carver
    collects how much?" when two Carvers play, "Wilbur" when the document never says whose
    (`fullnames.py` names in full everyone it can)."""
    if c.unsure_names and bare_names(c.prompt, c.unsure_names):
        return Verdict(0.7, "bare name")
    return None


@feature
def options_fit(c: Candidate) -> Verdict | None:
    """Wrong options taken from the document itself fit best; made-up names, or too few
    options, fit worse."""
    if not c.asking or not c.fact.options_ready:
        return None
    fact = c.fact
    if len(fact.wrong) < MAX_WRONG:
        return Verdict(0.85, "no options")
    if fact.span.family == PEOPLE and fact.options_from_document < 2:
        return Verdict(0.88, "made-up options")
    if fact.span.family == TERMS and fact.options_from_document < MAX_WRONG:
        return Verdict(0.85, "options")
    return None


@feature
def centrality(c: Candidate) -> Verdict | None:
    """An answer the text repeats, names in its title or opening, or a key term of the text is
    worth asking; one named once in passing is a detail."""
    fact = c.fact
    key = fold(fact.answer)
    factor = 1.0
    if fact.mentions >= 2:
        factor *= 1.04
    if key and (f" {key} " in f" {c.title} " or f" {key} " in f" {c.opening} "):
        factor *= 1.04
    if fact.span.family == TERMS and any(w in c.keywords for w in key.split()):
        factor *= 1.03
    if factor == 1.0 and fact.sentence.index >= 3 and "field" not in fact.resolved:
        # (a field of a sheet's item is what the sheet says about it: its height, its diet)
        return Verdict(0.95, "detail")
    return Verdict(min(factor, 1.08)) if factor != 1.0 else None


@feature
def passer_by(c: Candidate) -> Verdict | None:
    """A fact about a person a report introduces only to quote ("Retired teacher Jane Doe, 71,
    travelled from ...", "who runs a café on Mill Lane, said ...") is colour, not news: where they
    came from, what they do or who they are is trivia."""
    if not c.passers_by:
        return None
    fact = c.fact
    sentence = f" {fold(fact.sentence.text)} "
    if fold(fact.answer) in c.passers_by or any(f" {name} " in sentence for name in c.passers_by):
        return Verdict(0.6, "passer-by")
    return None


@feature
def hint_in_the_prompt(c: Candidate) -> Verdict | None:
    """A place in the prompt that lies inside the answer gives it away: "built in Mainz ... in
    which continent?", "the Games in Sochi ... which country?", "near Luxor in which country?";
    so does the answer's adjective: "The French chemist moved to which country?"."""
    if not c.asking:
        return None
    span = c.fact.span
    if c.fact.hints and shows_a_hint(c.prompt, c.fact.hints):
        return Verdict(0.6, "hint in the prompt")
    if span.kind not in ("country", "continent", "state", "region", "city"):
        return None
    lex = lexicon()
    answer = fold(span.text)
    if c.topic and fold(c.topic) in fold(c.prompt) and span.kind in ("country", "continent"):
        return Verdict(0.7, "obvious")  # "The Danube is the second-longest river in which continent?"
    for match in re.finditer(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*", c.prompt):
        for entry in lex.lookup(match.group(0)):
            if span.kind == "city":
                if entry.kind in ("building", "monument", "university") and fold(entry.group) == answer:
                    return Verdict(0.6, "hint in the prompt")
                continue
            inside = fold(entry.group) == answer or fold(lex.continent_of.get(fold(entry.group), "")) == answer
            if entry.kind in ("city", "country", "state") and inside:
                return Verdict(0.6, "hint in the prompt")
    return None


_YEAR = re.compile(r"(?<![\d.,])(1\d{3}|20\d{2}|[1-9]\d{2})(?![\d,])")
_ORDINAL_WORDS = {"tenth": 10, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                  "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90,
                  "hundredth": 100, "one hundredth": 100}
_JUBILEES = {"semicentennial": 50, "centenary": 100, "centennial": 100, "sesquicentenary": 150, "sesquicentennial": 150,
             "bicentenary": 200, "bicentennial": 200, "tercentenary": 300, "tercentennial": 300,
             "quatercentenary": 400, "quincentenary": 500, "quincentennial": 500}
_ANNIVERSARY = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(_ORDINAL_WORDS) + r"))\s+anniversary\b|\b("
                          + "|".join(_JUBILEES) + r")\b|\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s+years\s+(?:after|later)\b",
                          re.I)


def written_years(texts: list[str]) -> frozenset[int]:
    """Every year of four figures the texts write (a "c. 1400" too)."""
    return frozenset(int(y) for text in texts for y in re.findall(r"(?<![\d.,])(1\d{3}|20\d{2})(?![\d,])", text))


def anniversaries(text: str) -> list[int]:
    """The spans of years the text counts from a start: "the 500th anniversary of his birth" is
    500, "its bicentenary" 200, "twenty years after the war" 20."""
    found = []
    for match in _ANNIVERSARY.finditer(text):
        ordinal, words, jubilee, after = match.groups()
        if ordinal:
            found.append(int(ordinal))
        elif words:
            found.append(_ORDINAL_WORDS[words.lower()])
        elif jubilee:
            found.append(_JUBILEES[jubilee.lower()])
        else:
            found.append(int(after) if after.isdigit() else NUMBER_WORDS.get(after.lower(), 0))
    return [n for n in found if n > 0]


def implied_years(text: str) -> set[str]:
    """The start years a text's anniversary gives away with the year it names: "founded in 1900
    to mark the 500th anniversary of his birth" says he was born in 1400."""
    spans = anniversaries(text) if re.search(r"anniversar|centen|cennial|years\s+(?:after|later)", text, re.I) else []
    return {str(int(year) - n) for n in spans for year in _YEAR.findall(text) if int(year) - n > 0}


@feature
def computed_anniversary(c: Candidate) -> Verdict | None:
    """A year asked beside an anniversary whose start the document gives is worked out, not
    known: "opened in what year to mark the centenary of her birth?" when she was born in 1867."""
    span = c.fact.span
    if not c.asking or span.kind != "year" or span.value is None:
        return None
    starts = set(c.years) | {int(y) for y in _YEAR.findall(c.prompt)}
    if any(int(span.value) - n in starts for n in anniversaries(c.prompt)):
        return Verdict(0.5, "obvious")
    return None


OPENING_SENTENCES = 3
# "Lisbon is the capital ...", "The Matterhorn is a mountain ...": a name, then what it is.
_DEFINED_SUBJECT = re.compile(r"(?:The\s+)?([A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*)*)\s+(?:is|was)\s+"
                              r"(?:a|an|the)\s")


@feature
def defines_a_known_subject(c: Candidate) -> Verdict | None:
    """The document's opening sentence saying what its well-known subject is ("Lisbon is the
    capital city of Portugal", "The Matterhorn is a mountain of the Alps"), stated true or false,
    is common knowledge: the player needs no document to judge it. A subject the lists of places
    and things do not know ("The Harrow Moss Trust is a charity ...") is no such case."""
    if c.asking or c.fact.sentence.index > OPENING_SENTENCES:
        return None  # (after a header line or a date line, the opening sentence may be the third)
    opening = _DEFINED_SUBJECT.match(c.prompt)
    if not opening:
        return None
    subject = opening.group(1)
    if not (lexicon().lookup(subject) or known_place(subject)):
        return None
    return Verdict(0.7, "obvious")


# "the only person to win ... in how many different sciences?": a record for doing a thing more
# than once is, first of all, a record for doing it twice.
_RECORD_COUNT = re.compile(r"\b(?:only|first)\s+(?:[\w-]+\s+){1,3}?(?:to|who|ever\s+to)\s[^?]*?\bhow\s+many\s+"
                           r"(?:(?:different|separate|distinct)\s+[\w-]+|times)\b", re.I)


@feature
def record_for_two(c: Candidate) -> Verdict | None:
    """A count of two asked of a record's holder is the first guess anyone makes: "the only
    person to have won Olympic gold in how many different sports?" asks for "two"."""
    span = c.fact.span
    if not c.asking or span.family != AMOUNTS or span.value != 2 or not _RECORD_COUNT.search(c.prompt):
        return None
    return Verdict(0.5, "obvious")


_PROMPT_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\s*(?:%|per\s*cent|percent))?")


def _worked_out(answer: float, prompt: str) -> bool:
    """Whether the answer follows by arithmetic from a number and a percentage the prompt gives:
    "1,042 mm, or 112% of the average of how many millimetres?" is 930."""
    amounts, shares = [], []
    for match in _PROMPT_NUMBER.finditer(prompt):
        value = float(match.group(1).replace(",", "") + ("." + match.group(2) if match.group(2) else ""))
        if prompt[match.start() - 1:match.start()] in "\u2013\u2014-/" and match.start() > 0:
            continue  # "2022–23": the end of a range of years, no amount
        if not match.group(3) and not match.group(2) and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", match.group(1)):
            continue  # a year
        (shares if match.group(3) else amounts).append(value)
    for amount in amounts:
        for share in shares:
            if share <= 0 or amount <= 0:
                continue
            worked = (amount * 100 / share, amount * share / 100, amount * (1 + share / 100), amount * (1 - share / 100))
            if any(abs(answer - w) <= max(1.0, abs(answer) * 0.01) for w in worked):
                return True
    return False


def _share_worked_out(answer: float, prompt: str) -> bool:
    """Whether a percentage follows from two amounts the prompt gives: "1,042 mm, or what
    percentage of the average of 930 mm?" is 112%."""
    amounts = []
    for match in _PROMPT_NUMBER.finditer(prompt):
        if match.group(3) or (match.start() > 0 and prompt[match.start() - 1] in "\u2013\u2014-/"):
            continue
        if not match.group(2) and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", match.group(1)):
            continue
        amounts.append(float(match.group(1).replace(",", "") + ("." + match.group(2) if match.group(2) else "")))
    for a in amounts:
        for b in amounts:
            if a is b or a <= 0 or b <= 0:
                continue
            if any(abs(answer - w) <= max(0.5, answer * 0.01) for w in (a * 100 / b, abs(a - b) * 100 / b)):
                return True
    return False


@feature
def worked_out(c: Candidate) -> Verdict | None:
    """A number the prompt's own figures give by arithmetic is no question: "1,042 mm, or 112%
    of the long-term average of how many millimetres?" asks for 930."""
    span = c.fact.span
    if not c.asking or span.family != AMOUNTS or span.value is None:
        return None
    if span.kind == PERCENT:
        return Verdict(0.5, "obvious") if _share_worked_out(float(span.value), c.prompt) else None
    return Verdict(0.5, "obvious") if _worked_out(float(span.value), c.prompt) else None


def _head_in_prompt(answer: str, prompt: str) -> bool:
    words = fold(answer).split()
    if len(words) < 2:
        return False
    head = words[-1]
    said = set(fold(prompt).split())
    return head in said or head + "s" in said or head + "es" in said


@feature
def head_in_the_prompt(c: Candidate) -> Verdict | None:
    """A term whose head word the prompt already says is half given away: "What is the term for
    the sum of the branch currents?" for "total current"."""
    span = c.fact.span
    if not c.asking or span.kind != DEFINED_TERM or not _head_in_prompt(span.text, c.prompt):
        return None
    # Beside wrong options of the same head ("destructive wave" for "constructive wave") the
    # head word picks out nothing; beside "ammeter" and "voltage" it picks out the answer.
    # Typed, the head word is only the definition's genus ("a valve that opens when ..." for
    # "safety valve"): the player must still know the term.
    options = c.fact.wrong[:MAX_WRONG]
    if len(options) < MAX_WRONG:
        return None
    head = fold(span.text).split()[-1]
    alike = sum(1 for option in options if fold(option).split()[-1:] == [head])
    return Verdict(0.6, "obvious") if alike < 2 else None


@feature
def prompt_length(c: Candidate) -> Verdict | None:
    """A long prompt is hard to read on a projector in 20 seconds and often asks two things."""
    length = len(c.prompt)
    if length > 170:
        return Verdict(0.75, "long prompt")
    if length > 130:
        return Verdict(0.9, "long prompt")
    return None


def assess(candidate: Candidate, features: list[Feature] | None = None, value: float = BASE,
           doubts: list[str] | None = None) -> tuple[float, list[str]]:
    """The candidate's confidence (0..1, two decimals) and the doubts that lowered it; with
    `features`, only those are read, starting from `value` and `doubts` (a confidence found
    before the wrong options were known, and what the options add to it)."""
    doubts = list(doubts or [])
    for check in FEATURES if features is None else features:
        verdict = check(candidate)
        if verdict is None:
            continue
        value *= verdict.factor
        if verdict.doubt and verdict.factor < 1 and verdict.doubt not in doubts:
            doubts.append(verdict.doubt)
    return round(max(0.0, min(1.0, value)), 2), doubts
