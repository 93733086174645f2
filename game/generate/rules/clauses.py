"""Questions written whole from a clause the rules understand: definitions, makers, reasons
and purposes (`definitions.py`, `makers.py`, `reasons.py`, `purposes.py`).

The other families put a question word in the answer's place ("... in which city?"). These
need the clause turned round: "A delta is an area of low land that forms where a river ..." ->
"What is the term for an area of low land that forms where a river ...?"; "Plants wilt on hot
days because their cells lose water" -> "Why do plants wilt on hot days?". A rule of these
families reads a `Clause` (one clause of a sentence, its asides blanked out, with what an
opening "it" stands for) and returns the questions it writes as `Asked` values, or None when
its pattern does not fit the clause exactly. Nothing is approximated: a clause no rule reads
whole gives no question of these kinds, and a question that would lean on the document (a
pronoun, "the company") is not written.

Every rule's docstring holds its example, in the form `rules/__init__.py` describes; the test
of all rule examples runs them through the whole generator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable

from game.generate import verbs
from game.generate.kinds import Context, Span
from game.generate.lexicon import AUXILIARIES, FUNCTION_WORDS, HEAD_KINDS, PLACE_KINDS, fold, word_set
from game.generate.phrasing import LEAD_LABEL, REPLY
from game.generate.terms import TECHNICAL

# The longest answer these kinds give: a reason, a purpose or a meaning must fit on an option tile.
MAX_ANSWER_WORDS = 10
MAX_QUESTION_CHARS = 200

PRONOUNS = word_set("clause_pronouns")
GENERIC_THE = word_set("generic_the")
VAGUE_HEADS = word_set("vague_heads")
RANKING_WORDS = word_set("ranking_words")
DISCOURSE_ADVERBS = word_set("discourse_adverbs")
COMPARATIVES = word_set("comparatives")
_PLURAL_WITHOUT_S = word_set("plural_nouns") | {"mitochondria", "cyanobacteria", "people", "children"}
_NOT_PLURAL = word_set("not_plural")

DETERMINERS = frozenset("a an the this that these those its their his her our your my some many every each no any "
                        "all both several few".split())
PREPOSITIONS = frozenset("about above across after against along among around as at before behind below beneath beside "
                         "between beyond by during for from in inside into near of off on onto out outside over past "
                         "since through throughout to toward towards under until up upon via with within without".split())
_LEADING = re.compile(
    r"(?:however|moreover|furthermore|also|in addition|in fact|for example|for instance|indeed|today|now|"
    r"nevertheless|meanwhile|instead|similarly|likewise|thus|therefore|consequently|finally|later|in general|"
    r"in most cases|usually|generally)\s*,\s+", re.I)
_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_PIECE_BREAK = re.compile(r"\s*;\s+|,\s+(?:and|but|while|whereas)\s+")
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*|\d[\d,.]*")


@dataclass(frozen=True, slots=True)
class Asked:
    """One question a rule wrote about a clause, with what its answer is and how to fill its
    options."""

    kind: str                     # the Kind of the answer ("defined term", "reason", ...)
    question: str
    answer: str                   # exactly as the sentence writes it
    start: int                    # the answer's place in the sentence
    end: int
    form: str = ""                # how the answer reads: options must read the same ("clause", "so that", ...)
    sort: str = ""                # what options should share: a definition's genus, a making verb
    about: str = ""               # what the question is about, folded: options about it too may be right
    statement: str | None = None  # the fact stated, for a true/false question
    swap: tuple[int, int] | None = None  # where the answer stands in the statement (to write false ones)
    accept: tuple[str, ...] = ()  # other answers a player may type
    identity: str = ""            # one fact asked two ways: the pack keeps one of them
    rule: str = ""                # the rule that wrote it (filled in when it is run)
    resolved: tuple[str, ...] = ()  # what the question reads from other sentences: "pronoun", "reference"
    effect: str = ""              # a reason's effect as the sentence says it ("deserts are cold at night"):
    effect_form: str = ""         # a wrong option, of this form, for the document's other reasons
    stated_only: bool = False     # the question has several answers: the fact is only stated


@dataclass
class Clause:
    """One clause of a sentence as the rules of these families read it.

    `masked` is the sentence with bracketed asides and footnote marks blanked out, so that
    positions in it are positions in the sentence; [start, end) is the clause."""

    text: str
    masked: str
    start: int
    end: int
    index: int = 0
    spans: list[Span] = field(default_factory=list)
    topic: str = ""        # what an opening "It"/"They" stands for ('' when unknown)
    subject: "Subject | None" = None  # what the whole document is about, for "the canal" -> "the Suez Canal"
    context: Context | None = None
    previous_subject: str = ""  # the subject of the clause before it in the sentence ("..., but it failed")
    resolved: list[str] = field(default_factory=list)  # what the running rule read from elsewhere ("pronoun")
    lower_words: frozenset[str] = frozenset()  # the words the document writes in lower case
    parsed: dict[tuple[int, int], "Parsed | None"] = field(default_factory=dict, repr=False)  # parse_clause's answers

    @property
    def body(self) -> str:
        return self.masked[self.start:self.end]

    def plain(self, start: int, end: int) -> str:
        """The words of [start, end) with asides gone and spaces made single."""
        return " ".join(self.masked[start:end].split()).strip(" ,")

    def verbatim(self, start: int, end: int) -> str | None:
        """The sentence's own text of [start, end) when no aside is inside it (an answer must be
        quotable), trimmed of spaces and commas."""
        while start < end and self.text[start] in " ,":
            start += 1
        while end > start and self.text[end - 1] in " ,":
            end -= 1
        if self.masked[start:end] != self.text[start:end]:
            return None
        return self.text[start:end]

    def is_name(self, word: str) -> bool:
        """Whether a capitalised word is a name, not a common word capitalised by its position."""
        key = fold(word)
        if not word[:1].isupper():
            return False
        if self.context is not None and key in self.context.mid_sentence_names:
            return True
        return any(s.start <= self.text.find(word, self.start) < s.end and s.names_a_kind for s in self.spans)


# ---------------------------------------------------------------------------------------------
# Reading sentences into clauses


def mask(text: str) -> str:
    """The sentence with bracketed asides ("(German: Rheintal)", "[note 3]") blanked out."""
    out = text
    for match in _ASIDE.finditer(text):
        out = out[:match.start()] + " " * (match.end() - match.start()) + out[match.end():]
    return out


@dataclass(frozen=True, slots=True)
class Subject:
    """What the whole document is about: its name ("Suez Canal"), the nouns that stand for it
    ("canal"), and whether the text writes it with "the"."""

    name: str
    nouns: frozenset[str]
    with_the: bool = False


# A sentence whose only quotation marks enclose the name something was given ("Fleming named the
# substance "penicillin"."): the text's own statement, not someone's words.
_QUOTED_NAME_ONLY = re.compile(r"[^?!\"\u201c\u201d]*\bnamed\b[^?!\"\u201c\u201d]{0,60}[\"\u201c][\w' -]{1,40}[\"\u201d]"
                               r"[^?!\"\u201c\u201d]*")


_ASKS_OR_QUOTES = re.compile(r"[?!\"\u201c\u201d]")
_NAMING_WORD = re.compile(r"\b(?:called|known as|termed|coined)\b")


def clauses_of(text: str, index: int = 0, spans: list[Span] | None = None, topic: str = "",
               subject: Subject | None = None, context: Context | None = None,
               lower_words: frozenset[str] = frozenset()) -> list[Clause]:
    """The clauses of a sentence the rules read: the whole sentence, and each piece of it after
    "; " or ", and"/", but" where that piece has a subject and verb of its own."""
    if _ASKS_OR_QUOTES.search(text) and not _NAMING_WORD.search(text) \
            and not ("named" in text and _QUOTED_NAME_ONLY.fullmatch(text)):
        return []  # a question, an exclamation or someone's words: not the text's own statement
    masked = mask(text)
    end = len(masked.rstrip())
    while end > 0 and masked[end - 1] in ". ":
        end -= 1
    start = 0
    label = LEAD_LABEL.match(masked)
    if label:
        start = label.end()  # "BP: There were three keepers ...": the speaker is no part of the clause
    if REPLY.match(masked, start):
        return []  # "BP: Because the lens is made to gather light.": half of an answer to the question before
    lead = _LEADING.match(masked, start)
    if lead:
        start = lead.end()
    cuts = [start]
    for match in _PIECE_BREAK.finditer(masked, start, end):
        rest = masked[match.end():end]
        if _starts_a_clause(rest):
            cuts.extend([match.start(), match.end()])
    cuts.append(end)
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    clauses = []
    previous = ""
    for number, (piece_start, piece_end) in enumerate(pieces):
        clause = Clause(text, masked, piece_start, piece_end, index, list(spans or []), topic, subject, context, previous,
                        lower_words=lower_words)
        clauses.append(clause)
        if number + 1 < len(pieces):
            parsed = parse_clause(clause)
            previous = parsed.subject if parsed is not None and parsed.fronted == "" else ""
    return clauses


def _starts_a_clause(rest: str) -> bool:
    """Whether the words after ", and" are a clause of their own ("the area of land ... is called
    a drainage basin"), not the last item of a list ("and controls its activities")."""
    words = _WORD.findall(rest)[:10]
    if not words or verbs.readings(words[0]) and words[0].lower() not in ("the", "a"):
        if words and words[0].lower() in PRONOUNS | {"there"}:
            return True
        return False
    return any(_finite(word, words[k - 1] if k else "") for k, word in enumerate(words) if k >= 1)


def _finite(word: str, before: str) -> bool:
    lower = word.lower()
    if lower in AUXILIARIES:
        return True
    if before.lower() in DETERMINERS | PREPOSITIONS | {"and", "or", "to"}:
        return False
    return any(t in (verbs.PAST, verbs.THIRD) for _b, t in verbs.readings(lower))


# ---------------------------------------------------------------------------------------------
# A clause as subject and verb, and the questions made from it


@dataclass(frozen=True, slots=True)
class Parsed:
    """A simple clause: [fronted phrase,] subject, verb, the rest."""

    fronted: str        # "In 1956" (without its comma), '' when none
    subject: str        # "President Gamal Abdel Nasser"
    adverbs: str        # "usually" between subject and verb
    verb: str           # "nationalised"
    tense: str          # verbs.PAST, verbs.THIRD, verbs.BASE, or "aux"
    base: str           # "nationalise"; the auxiliary itself for "aux"
    rest: str           # "the canal"
    subject_start: int  # where the subject starts in the sentence
    verb_start: int
    rest_start: int


_FRONTED = re.compile(r"(?:(?:In|On|At|By|During|After|Before|From|Since|Until|Near|Throughout|Over|Under|For)\s+"
                      r"[^,]{1,40}?,\s+|In\s+(?:\w+\s+)?\d{4}s?\s+(?=[A-Z]))")
_SUBORDINATORS = frozenset("when if as while after before because although though since until unless once whereas "
                           "whether where".split())
_SUBJECT_ADVERBS = frozenset({"also", "often", "usually", "always", "never", "still", "now", "then", "first",
                              "sometimes", "generally", "only", "later", "soon", "mostly", "mainly", "gradually"})


def parse_clause(clause: Clause, start: int | None = None, end: int | None = None) -> Parsed | None:
    """Subject and verb of masked[start:end] (the clause when not given), or None when the
    clause does not open with a subject the rules can tell."""
    start = clause.start if start is None else start
    end = clause.end if end is None else end
    if (start, end) not in clause.parsed:
        clause.parsed[(start, end)] = _parse(clause, start, end)
    return clause.parsed[(start, end)]


def _parse(clause: Clause, start: int, end: int) -> Parsed | None:
    text = clause.masked
    fronted = ""
    lead = _FRONTED.match(text, start, end)
    if lead:
        fronted = text[lead.start():lead.end()].strip(" ,")
        start = lead.end()
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 2 or words[0].group(0).lower() in _SUBORDINATORS:
        return None  # "When a plant cell takes in water, ...": a subordinate clause, not a subject
    for k, match in enumerate(words[1:9], start=1):
        word = match.group(0)
        lower = word.lower()
        between = text[words[k - 1].end():match.start()]
        if "," in between or ";" in between:
            return None
        before = words[k - 1].group(0).lower()
        if lower in ("that", "which", "who", "whose", "where", "when"):
            return None  # a relative clause inside the subject: too much to turn round safely
        tense, base = _verb_reading(word, before, [w.group(0) for w in words[:k]])
        if not tense:
            continue
        following = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
        if tense == "aux" and base in ("have", "has", "had") and not (
                verbs.is_form(following, verbs.PARTICIPLE) or following in ("been", "not", "never", "already", "also")
                or following.endswith("ly")):
            tense, base = {"have": verbs.BASE, "has": verbs.THIRD, "had": verbs.PAST}[base], "have"  # the verb "have"
        if tense in (verbs.THIRD, verbs.BASE) and following in AUXILIARIES:
            continue  # "Coastal places have ...": a noun before the verb
        subject_words = [w.group(0) for w in words[:k]]
        adverbs: list[str] = []
        while subject_words and subject_words[-1].lower() in _SUBJECT_ADVERBS | {"not"} or \
                (subject_words and subject_words[-1].endswith("ly") and len(subject_words) > 1):
            adverbs.insert(0, subject_words.pop())
        if not subject_words:
            return None
        subject_end = words[k - 1 - len(adverbs)].end()
        subject = " ".join(text[words[0].start():subject_end].split())
        rest_start = match.end()
        return Parsed(fronted, subject, " ".join(adverbs), word, tense, base,
                      " ".join(text[rest_start:end].split()), words[0].start(), match.start(), rest_start)
    return None


def _verb_reading(word: str, before: str, subject_words: list[str]) -> tuple[str, str]:
    """How `word` would be the clause's verb after `subject_words`: ("aux", word), (PAST, base),
    (THIRD, base), (BASE, base), or ('', '') when it cannot be."""
    lower = word.lower()
    if lower in AUXILIARIES:
        return "aux", lower
    if before in DETERMINERS | PREPOSITIONS | {"and", "or", "to", "not"} or word[:1].isupper():
        return "", ""
    if before.endswith(("ed", "en")) and not verbs.readings(before):
        return "", ""  # "waterlogged ground": an adjective and its noun
    plural = is_plural_phrase(" ".join(subject_words))
    for base, tense in verbs.readings(lower):
        if tense == verbs.PAST:
            return verbs.PAST, base
        if tense == verbs.THIRD and not plural:
            return verbs.THIRD, base
        if tense == verbs.BASE and plural and len(subject_words) >= 1:
            return verbs.BASE, base
    return "", ""


def head_of(phrase: str) -> str:
    """The head noun of a noun phrase: the last word before its first preposition."""
    words = phrase.split()
    for k, word in enumerate(words):
        if k and word.lower() in PREPOSITIONS:
            return words[k - 1]
    return words[-1] if words else ""


@lru_cache(maxsize=1 << 14)
def is_plural_phrase(phrase: str) -> bool:
    written = head_of(phrase)
    head = fold(written)
    if not head or written.isupper() and len(written) > 1:
        return False  # "TARDIS", "NASA": an acronym is one thing
    if head in _PLURAL_WITHOUT_S:
        return True
    if head in _NOT_PLURAL or head.endswith(("ss", "us", "is", "ics")):
        return False
    return head.endswith("s") and len(head) > 3


def lower_first(clause: Clause, phrase: str) -> str:
    """A phrase that opened the sentence, written as it reads inside a question: "The soft
    rock" -> "the soft rock", but "Egypt" stays."""
    first = phrase.split()[0] if phrase.split() else ""
    if not first or not first[:1].isupper() or first.isupper() and len(first) > 1:
        return phrase
    if first in ("The", "A", "An") or not clause.is_name(first):
        return phrase[:1].lower() + phrase[1:]
    return phrase


_SECOND_VERB = re.compile(r"(?:,|\band)\s+([a-z]+)\b")


def question_from(clause: Clause, parsed: Parsed, wh: str = "Why", rest: str | None = None) -> str | None:
    """"Why" (or another wh-word) asked of the clause: the auxiliary goes before the subject, or
    "do"/"does"/"did" with the verb's base: "Plants wilt on hot days" -> "Why do plants wilt on
    hot days?". The fronted phrase goes to the end; discourse adverbs go."""
    rest = parsed.rest if rest is None else rest
    subject = lower_first(clause, parsed.subject)
    adverbs = " ".join(a for a in parsed.adverbs.split() if a.lower() not in DISCOURSE_ADVERBS)
    rest = " ".join(w for w in rest.split() if w.lower() not in DISCOURSE_ADVERBS)
    if parsed.tense == "aux":
        body = f"{parsed.base} {subject} {adverbs} {rest}"
    else:
        if _SECOND_VERB.search(rest) and any(verbs.is_form(m.group(1), t) for m in _SECOND_VERB.finditer(rest)
                                             for t in (verbs.PAST, verbs.THIRD)):
            return None  # "replaced the roof, cleaned the facade ...": every verb would need "did"
        helper = {verbs.PAST: "did", verbs.THIRD: "does", verbs.BASE: "do"}[parsed.tense]
        body = f"{helper} {subject} {adverbs} {parsed.base} {rest}"
    if parsed.fronted:
        fronted = parsed.fronted
        fronted = fronted[:1].lower() + fronted[1:] if not clause.is_name(fronted.split()[0]) else fronted
        body = f"{body} {fronted}"
    question = re.sub(r"\s+(?=[,;:])", "", f"{wh} {' '.join(body.split())}").strip(" ,") + "?"
    return question if len(question) <= MAX_QUESTION_CHARS else None


# ---------------------------------------------------------------------------------------------
# Whether a question or an answer stands without the document


def stands_alone(clause: Clause, phrase: str, inside_ok: bool = False, definite: bool = True,
                 kinds_ok: bool = False) -> str | None:
    """The phrase written so that it needs no document, or None when it cannot be: no pronoun
    (except "its"/"their" after a name or noun of the phrase itself, and with `inside_ok` also
    "it"/"they"/"them" there, as a description uses them: "stones as they knock"), no "this", and
    (with `definite`) no "the company" the reader cannot place. "The canal" in a text titled
    "Suez Canal" is written out as "the Suez Canal". With `kinds_ok`, "the telephone" names a
    kind of thing ("Who invented the telephone?"), unless its noun names nothing in particular.
    "The first ..." and "the oldest ..." say which one by themselves."""
    words = phrase.split()
    if not words:
        return None
    for k, word in enumerate(words):
        key = word.lower().strip(",.;:'\u2019\"")
        if key in PRONOUNS:
            before = words[:k]
            if k >= 2 and (key == "its" and any(w[:1].isupper() or not is_plural_phrase(w) for w in before[1:])
                           or key == "their" and any(w[:1].islower() and is_plural_phrase(w) for w in before)
                           or inside_ok and key in ("it", "they", "them")):
                continue  # "Egypt sold its shares", "plants wilt because their cells ...": their owner is named
            if key in ("this", "these") and k == 0 and k + 2 < len(words) and \
                    words[k + 2].lower() in ("of", "between", "in", "from", "with"):
                continue  # "This coupling between ... and ...": the phrase says which one
            return None
        if key == "here":
            return None
    if words[0] in ("This", "These", "this", "these") and len(words) >= 3:
        words = ["The" if words[0][0].isupper() else "the", *words[1:]]
    phrase = " ".join(words)
    if not definite:
        return phrase
    for at, noun_words, after in _definites(phrase):
        following, *rest = after.split() or [""]
        if following.lower() in _SAYS_WHICH:
            continue  # "the weight of the air", "the place where ...", "the material a river carries"
        if following.lower() in PREPOSITIONS and rest and rest[0].lower() in ("which", "whom"):
            continue  # "the process in which ice freezes ..."
        if following.lower() in _PLACING and rest and (rest[0][:1].isupper() or rest[0].lower() == "the" and len(rest) > 1
                                                        and rest[1].lower() in GENERIC_THE):
            continue  # "the point inside the Earth", "the harbour at Dover"
        last = noun_words[-1]
        head = last[:-2].lower() if last.endswith(("'s", "\u2019s")) else last.lower()
        if head in GENERIC_THE or noun_words[0][:1].isupper():
            continue
        if head in VAGUE_HEADS:
            return None
        if noun_words[0].lower() in _UNIQUE or _SUPERLATIVE.search(noun_words[0].lower()):
            continue  # "the first vaccine", "the oldest bridge"
        named = _subject_named(clause, head) if len(noun_words) == 1 else ""
        if named:
            clause.resolved.append("subject")
            phrase = phrase[:at] + named + phrase[at + len("the ") + len(last):]
            return stands_alone(clause, phrase, inside_ok, definite, kinds_ok)
        plain = [w.lower().removesuffix("'s").removesuffix("\u2019s") for w in noun_words]
        if any(w in REFERRING for w in plain[:-1]) or plain[-1] in REFERRING and \
                all(w in _NOT_IDENTIFYING for w in plain[:-1]):
            return None  # "the river length", "the canal", "the whole city": one thing of the text
        if kinds_ok:
            continue
        if head not in REFERRING and (fold(head) in _keywords(clause) and len(noun_words) >= 2 or TECHNICAL.search(head)):
            continue  # "the cell membrane", "the nucleus": a term of the text, the same thing wherever it is read
        return None
    return phrase


_NP_STOP = PREPOSITIONS | frozenset("and or that which who where is are was were has have had can could will would "
                                    "may might must should not".split())


def _definites(phrase: str) -> list[tuple[int, list[str], str]]:
    """Each "the" of the phrase: where it is, the words of its noun phrase (at most three, up to
    a preposition or a verb) and the (up to three) words after them."""
    found = []
    words = list(re.finditer(r"[A-Za-z][\w'\u2019-]*|[,.;:\"\u201c]", phrase))
    for k, word in enumerate(words):
        if word.group(0).lower() != "the":
            continue
        noun: list[str] = []
        j = k + 1
        while j < len(words) and len(noun) < 3:
            text = words[j].group(0)
            lower = text.lower()
            if not text[:1].isalpha() or lower in _NP_STOP:
                break
            tenses = {t for _b, t in verbs.readings(lower)}
            if noun and (tenses & {verbs.PAST, verbs.PARTICIPLE, verbs.ING} or verbs.THIRD in tenses and
                         j + 1 < len(words) and words[j + 1].group(0).lower() not in _NP_STOP):
                break  # "the canal closed", "the water flows": the verb of the clause
            noun.append(text)
            j += 1
        if noun:
            after = " ".join(w.group(0) for w in words[j:j + 3])
            found.append((word.start(), noun, after))
    return found


_UNIQUE = frozenset({"first", "second", "third", "last", "only", "earliest", "oldest", "largest", "longest", "highest"})
_SUPERLATIVE = re.compile(r"[a-z]{3,}est$")
# Nouns that "the" makes point at one thing of the text: "the canal", "the company", "the river".
REFERRING = PLACE_KINDS | frozenset(HEAD_KINDS) | VAGUE_HEADS | frozenset(
    "city town village country river canal company ship bridge road railway museum school city team club "
    "government army war treaty plan project committee council court engine press tool vehicle product model "
    "version".split())
_PLACING = frozenset("in inside on at near from below above under within beneath".split())
# Words before a noun that do not say which one: "the whole city", "the new bridge".
_NOT_IDENTIFYING = frozenset("whole entire same new old local nearby main other".split())
_SAYS_WHICH = frozenset({'"', "\u201c", "of", "between", "that", "which", "who", "whom", "whose", "where", "when", "a", "an", "the"})


def _keywords(clause: Clause) -> set[str]:
    return clause.context.keywords if clause.context is not None else set()


def _subject_named(clause: Clause, noun: str) -> str:
    """The document's subject written out when the noun stands for it: "the canal" -> "the Suez
    Canal" (with "the" as the text writes it)."""
    subject = clause.subject
    if subject is None or not subject.name or fold(noun) not in subject.nouns:
        return ""
    return f"the {subject.name}" if subject.with_the else subject.name


def vague_comparison(text: str) -> bool:
    """"worn away faster" with nothing to compare with."""
    if re.search(r"\bthan\b", text):
        return False
    return any(w.lower() in COMPARATIVES for w in re.findall(r"[A-Za-z]+", text))


def short_enough(answer: str, limit: int = MAX_ANSWER_WORDS) -> bool:
    return 1 <= len(answer.split()) <= limit


_ALPHANUMERIC = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> frozenset[str]:
    """The words of three letters or more that are no function words (kept: the options of a
    document compare the same few texts many times)."""
    return frozenset(w for w in _ALPHANUMERIC.findall(fold(text)) if w not in FUNCTION_WORDS and len(w) > 2)


def overlap(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def without_article(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)


def stated(clause: Clause, answer: str) -> tuple[str | None, tuple[int, int] | None]:
    """The clause up to the end of its answer, as a statement in its own words, with where the
    answer stands in it (for a false statement that puts another option there); (None, None)
    when the clause leans on the document (a pronoun at its start)."""
    statement = clause.plain(clause.start, clause.end)
    first = statement.split()[0].lower() if statement.split() else ""
    at = statement.rfind(answer)
    if at < 0 or first in PRONOUNS or first == "there":
        return None, None
    kept = list(clause.resolved)  # what the statement reads from elsewhere is not the question's concern
    written = stands_alone(clause, statement[:at + len(answer)], inside_ok=True, kinds_ok=True)
    clause.resolved = kept
    if written is None or not written.endswith(answer):
        return None, None
    at = len(written) - len(answer)
    return written[:1].upper() + written[1:] + ".", (at, at + len(answer))


def verbs_after(clause: Clause, position: int) -> bool:
    """Whether the clause goes on with its verb at `position` ("..., was developed in 1838")."""
    words = _WORD.findall(clause.masked[position:clause.end])[:2]
    if not words:
        return False
    first = words[0].lower()
    return first in AUXILIARIES or any(t in (verbs.PAST, verbs.THIRD) for _b, t in verbs.readings(first))


def run_rules(rules: Iterable, clause: Clause) -> list[Asked]:
    """Every question the rules of one family write about a clause, each marked with its rule."""
    asked: list[Asked] = []
    for rule in rules:
        clause.resolved = []
        found = rule.check(clause)  # (the function itself: one call less for each clause and rule)
        if found:
            asked.extend(replace(a, rule=rule.name, resolved=tuple(dict.fromkeys((*a.resolved, *clause.resolved))))
                         for a in found)
    return asked


Rule = Callable[[Clause], "list[Asked] | None"]
