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
from typing import Callable

from game.generate.kinds import AMOUNTS, CLAUSE_FAMILIES, NAMES, PEOPLE, TERM, TERMS, TIMES
from game.generate.lexicon import MONTH_NAMES, WEEKDAYS, fold, lexicon, word_set
from game.generate.terms import TECHNICAL

BASE = 0.8
THRESHOLD = 0.62
MAX_WRONG = 3


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

    def written_lower(self, word: str) -> bool:
        """Whether the document writes the word in lower case somewhere (or its singular)."""
        seen = self.first_seen or {}
        return word in seen or (word.endswith("s") and word[:-1] in seen)

    def mentioned_before(self, word: str) -> bool:
        """Whether the document wrote the word (or its singular) before the fact's sentence."""
        seen = self.first_seen or {}
        here = self.fact.sentence.index
        return any(seen.get(w, here) < here for w in {word, word[:-1] if word.endswith("s") else word})


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


@feature
def clause_complexity(c: Candidate) -> Verdict | None:
    """The more commas and clauses around the question word, the likelier the prompt reads
    badly or asks two things at once."""
    if not c.asking:
        return None
    prompt = c.prompt
    commas = prompt.count(",")
    clauses = len(_SUBORDINATE.findall(prompt))
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


def definite_phrases(prompt: str) -> list[tuple[int, str, str, bool]]:
    """Every "the ..." noun phrase of the prompt as (where, its words, its head, whether
    something after it says which one: "of the Czech Republic", "called Hayabusa2", a name)."""
    found: list[tuple[int, str, str, bool]] = []
    for the in _THE.finditer(prompt):
        # The phrase and the few tokens after it are all that is read.
        tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(prompt, the.start(), the.start() + 120)][:8]
        i, at = 0, the.start()
        j = i + 1
        words: list[str] = []
        while j < len(tokens) and len(words) < 3:
            token = tokens[j][1]
            low = token.lower()
            if not _WORD_TOKEN.fullmatch(token) or low in _STOPS or low.endswith(("ly", "ed", "ing")) and len(words) \
                    or token[:1].isupper() and words:
                break
            words.append(token)
            j += 1
            if token[:1].isupper():
                break  # "the Olympic ...": a name, read by the capital
        if not words:
            continue
        if words[-1][:1].isupper():
            next_word = tokens[j][1] if j < len(tokens) else ""
            if next_word[:1].isupper():
                continue  # "the British Empire": a name
            if fold(words[-1]) in _DEMONYM_NOUNS or fold(words[-1]).rstrip("s") in _DEMONYM_NOUNS:
                found.append((at, " ".join(words), words[-1].lower(), False))  # "the Spaniard", "the Serbian"
            continue
        following = tokens[j][1] if j < len(tokens) else ""
        after = tokens[j + 1][1] if j + 1 < len(tokens) else ""
        after_the = tokens[j + 2][1] if j + 2 < len(tokens) and after.lower() == "the" else after
        says_which = (following.lower() in _IDENTIFYING or _is_name(following) or following in ("'s", "\u2019s")
                      or (following.endswith("ing") and following.lower() not in _STOPS)
                      or (following.lower() in _PLACING and _is_name(after_the)))
        found.append((at, " ".join(words), words[-1].lower(), says_which))
    return found


_OPENING = re.compile(r"(?:According to [^,]+, )?(?:(?:In|By|On|After|Before|Since|During|At) [^,]{1,30},? )?"
                      r"(?:(?:This|These|That|Those|Each|Every|The)\s+((?:[a-z][\w-]*\s+){0,2}?)|"
                      r"An?\s+((?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:an|ese|ish|ic)\s+){0,2}?))"
                      r"([a-z][\w-]*)"
                      r"(?=\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|[a-z]{3,}ed|"
                      r"[a-z]{3,}s|took|made|won|became|began|grew|rose|fell|went|came|gave|held|led|left|"
                      r"lost|ran|saw|sold|sent|stood|told|wore|wrote|finished|how|what|which)\b)")
_SUPERLATIVE = re.compile(r"\b(?:only|[a-z]{3,}est|most|least)\b")
_LOOKS_BACK = re.compile(r"\b(?:another|the other|similar|also|too|again|both|such|the same|the former|the latter|"
                         r"likewise|these|those|this|that (?:year|time|day|month)|then|here|since(?=\s+(?!the\b|a\b|an\b)[a-z]+\b))\b|"
                         r"(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )\bthere\b(?!\s+(?:is|are|was|were|has|have|had)\b)")
_RELATIVE_TIME = re.compile(r"\b(?:last|this|next) (?:year|month|week|season|summer|winter|spring|autumn)\b|"
                            r"\b(?:on|last|this|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                            r"\b(?:yesterday|today|tomorrow|recently|earlier this)\b")
_NAME_WORD = re.compile(r"\b[A-Z][\w'\u2019-]*")
_YEAR_WORD = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\b\d{1,2}(?:st|nd|rd|th)[\s-]century\b")
_OBJECT_PRONOUN = re.compile(r"\b(?:it|them|him)\b(?!\s+(?:is|was|has|had|will|would)\s+(?:\w+\s+)?(?:to|that|not|possible)\b)",
                             re.I)
_OWNER_PRONOUN = re.compile(r"\b(?:its|their|his|her)\b", re.I)
_WH = re.compile(r"\b(?:[Ww]hich|[Ww]hat|[Ww]ho|[Ww]hom|[Ww]hose|[Hh]ow (?:many|much)|According to)\b")


def anchors(prompt: str, answer: str, names: frozenset[str], keywords: frozenset[str] = frozenset(),
            subject_words: frozenset[str] = frozenset()) -> tuple[bool, bool]:
    """(names something a player can place, dates it): a name, a key term of the text
    ("cyanobacteria"), a word of the title that says what the whole text is about ("soda bread"
    in a recipe for soda bread) or a superlative ("the highest mountain") anchors a prompt; a
    year or a century only dates it. A capital that opens the prompt is a name only when the
    document writes the word with a capital mid-sentence too (`names`, folded)."""
    rest = _WH.sub(" ", prompt.replace(answer, " ") if answer else prompt)
    words = _LONG_LOWER.findall(rest.lower())
    if keywords and any(word in keywords and _TECHNICAL.search(word) for word in words):
        return True, bool(_YEAR_WORD.search(rest))
    if subject_words and any(fold(word) in subject_words for word in words):
        return True, bool(_YEAR_WORD.search(rest))
    named = False
    for match in _NAME_WORD.finditer(rest):
        word = fold(match.group(0))
        if rest[:match.start()].strip() == "" and word not in names and word != "labelled":
            continue  # "Archaeologists have since found ...": the capital only opens the prompt
        if word in _OPENERS or word in _CALENDAR:
            continue
        named = True
        break
    return named or bool(_SUPERLATIVE.search(rest)), bool(_YEAR_WORD.search(rest))


_OPENERS = word_set("function_words")
_LONG_LOWER = re.compile(r"[a-z][a-z-]{4,}")
_THAT = re.compile(r"\bthat\b(?! year| time)")
# A technical key term ("photosynthesis", "cyanobacteria") names its thing as well as a name does.
_TECHNICAL = re.compile(TECHNICAL.pattern + r"|(?:ria|ae)s?$|(?:sis|ase|ide|plast|cyte)s$")


def vague_references(prompt: str, mentioned_before: Callable[[str], bool]) -> float:
    """A factor for the definite noun phrases that point back ("the journey", "the summit"):
    0.8 each, 0.7 when the document named the noun before; a clause that opens with one
    ("The river has ...", "A calf drinks ...") counts most: 0.6."""
    factor = 1.0
    opening = _OPENING.match(prompt)
    if opening and opening.group(3).lower() not in _UNIQUE \
            and not (_SUPERLATIVE.search(opening.group(0)) and opening.group(3).lower() in _CATEGORIES):
        factor *= 0.6
    for at, words, head, says_which in definite_phrases(prompt):
        if opening and at < opening.end() or says_which:
            continue
        if head in _UNIQUE or len(head) < 3 or (_SUPERLATIVE.search(words) and head in _CATEGORIES):
            continue  # "the largest planet": there is one; "the four largest gates": of what?
        if head in _TIME_NOUNS and re.search(r"\d", words):
            continue  # "the 19th century", "the 1990s"
        factor *= 0.7 if mentioned_before(head) else 0.8
    return factor


# A sentence about kinds of things opens with a bare noun phrase: "Arcs of volcanoes ...",
# "Mid-ocean ridges ...", "Long linear regions of geologic features ...", "Seismologists can ...".
_GENERIC_OPENING = re.compile(r"(?:When|If|Once|Where) [^,]{3,60}, |"
                              r"(?!(?:The|This|These|That|Those|A|An|It|They|He|She|We|You|Its|Their|His|Her|Our|"
                              r"There|Here|Some|Many|Most|Each|Every|All|Both|Such|Other|Another|One|No)\b)"
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


@feature
def stands_alone(c: Candidate) -> Verdict | None:
    """A prompt must make sense without the document: "the proposal", "the port", "another
    mission", "it", "last year" point back to something only the text before says; a prompt
    that names nothing ("Who scored the winning penalty?") is about something the player
    cannot place."""
    prompt = c.prompt
    lower = prompt.lower()
    for phrase in c.known:
        if phrase and phrase.lower() in lower:
            at = lower.index(phrase.lower())
            prompt = prompt[:at] + "Labelled Object" + prompt[at + len(phrase):]  # a name, as a label gives it
            lower = prompt.lower()
    # A definition, maker, reason or purpose is written whole by rules that keep only phrases
    # standing without the document (rules/clauses.py), and is about a general thing ("What is
    # the term for a wide bend in a river?"): no "the ..." was left to point back, no name is needed.
    whole = c.fact.rule.partition(".")[0] in CLAUSE_FAMILIES
    factor = 1.0 if whole else vague_references(prompt, c.mentioned_before)
    if _LOOKS_BACK.search(lower if not c.asking else _THAT.sub(" ", lower)):
        factor *= 0.7
    if _RELATIVE_TIME.search(prompt):
        factor *= 0.85  # "last year", "on Sunday": which year, which Sunday?
    if _OBJECT_PRONOUN.search(prompt):
        factor *= 0.6  # "signed a protest against it": what "it" is, the sentence before says
    else:
        owner = _OWNER_PRONOUN.search(prompt)
        if owner and not _NAME_WORD.search(prompt[:owner.start()]):
            factor *= 0.8
    named, dated = anchors(prompt, c.fact.answer if not c.asking else "", c.names, c.keywords, c.subject_words)
    if not named and factor == 1.0 and generic(prompt, c.keywords):
        named = True  # "Arcs of volcanoes and earthquakes were explained as what?": about kinds of things
    if not named and not whole:
        factor *= 0.7 if dated else 0.55
    return Verdict(factor, "needs the document") if factor < 1 else None


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
    if factor == 1.0 and fact.sentence.index >= 3:
        return Verdict(0.95, "detail")
    return Verdict(min(factor, 1.08)) if factor != 1.0 else None


@feature
def hint_in_the_prompt(c: Candidate) -> Verdict | None:
    """A place in the prompt that lies inside the answer gives it away: "built in Mainz ... in
    which continent?", "the Games in Sochi ... which country?"."""
    if not c.asking:
        return None
    span = c.fact.span
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
