"""Shaping a sentence for one answer span: the clause a question or a statement is made of.

The sentence is narrowed to the clause that holds the answer, trimmed of what a question does
not need (discourse markers, "he said" attributions, bracketed asides, quotation marks around a
whole sentence) and its leading pronoun resolved, or the clause is refused. `wh.py` then puts a
wh-phrase in the answer's place: at the start of a clause that gives a real question ("Which
city hosts ...?"), elsewhere the quiz form ("... in what year?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from game.generate.lexicon import AUXILIARIES, FUNCTION_WORDS, IRREGULAR_PAST, NUMBER_WORDS, PERSONAL_WORDS, agrees, fold, known_as_no_person, lexicon, word_set
from game.generate.verbs import past_of, readings
from game.generate.kinds import CENTURY, DATE, DECADE, YEAR, Span

# Auxiliaries and irregular past tenses as one regex alternation: the verbs many patterns below
# look for beside the regular "-ed" past.
_FINITE_WORDS = "|".join(sorted(AUXILIARIES | IRREGULAR_PAST))

MAX_PROMPT_CHARS = 240
MIN_CLAUSE_WORDS = 5

_DISCOURSE = re.compile(
    r"^(?:so|however|meanwhile|moreover|also|but|and|yet|still|instead|indeed|nevertheless|"
    r"nonetheless|furthermore|in addition|in the end|finally|then|now|thus|therefore|hence|"
    r"besides|otherwise|of course|in fact|as a result|in turn|at the time|at first|by then|"
    r"for example|for instance|in other words|in particular|notably|similarly|likewise|"
    r"consequently|ultimately|eventually|later|previously|additionally|importantly|perhaps|probably|"
    r"possibly|[a-z]+ly(?=,))\b,?\s+", re.I)
_REPORTED_FRAGMENT = re.compile(
    r"^(?:[\w'\u2019-]+\s+){0,2}(?:reports?|reported|says?|said|announced|notes?|noted|claims?|"
    r"claimed|writes?|wrote|confirmed|added)\s+that\s+")
# A report someone denies or no one makes: "no witness said that", "nobody claimed that",
# "the council did not announce that".
_DENIED = re.compile(r"(?:[\w'\u2019-]+\s+)?(?:no|not|never|nobody|none|neither)\b", re.I)
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:(?:[\w'\u2019-]+\s+){0,5}?(?:said|says|reported|reports|added|noted|explained|announced|told\s+[\w\s-]+)"
    r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{2,20})?|according\s+to(?:\s+[^,]*)?)\s*$")
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|:\s+(?=[a-z])|\s+and,\s+(?=(?:on|in|at|by|during|after|before|from)\s)|"
    # "Literacy rose slowly, and by 1800 about half ... could read": a second clause, fronted time
    r",\s+and\s+(?=(?:by|in|on|after|before|since|during)\s+(?:\d|[A-Z][a-z]+\s+\d)[^,]{0,20}\s+[a-z])|"
    # ", and in Korea the Buddhist text ... was printed": a second clause after a fronted place
    r",\s+and\s+(?=(?:in|at|across|throughout)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+"
    r"(?:the|a|an|his|her|its|their)\s+(?:[\w'-]+\s+){0,6}?(?:" + _FINITE_WORDS + r"|[a-z]{3,}ed)\b)|\s+[\u2014\u2013]\s+|\s+--\s+|,\s+(?=(?:so|but|while|whereas|although|though|"
    r"because|and then|which|who|where|yet)\b)|\s+(?=when\b)|\s+(?=which\s+(?:was|were|is|are|had|has)\b)|"
    # ", and turnout was close to 78 percent": a second clause with a lower-case subject of its own
    r",\s+and\s+(?=(?:the\s+)?[a-z]{3,}\s+(?:was|were|is|are|had|has|will|would)\b)|"
    # ", and Beijing became ...": a second clause with a subject of its own
    r",\s+and\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:[a-z]+ed|"
    + _FINITE_WORDS + r")\b)|"
    # ", and they stopped ...", ", and in the same year he was ...": a pronoun opens a second clause
    r",\s+and\s+(?=(?:he|she|it|they|its|their|his|her|this|these)\s|(?:in|on|at|by|during|after|before)\s[^,]{1,40}?\s(?:he|she|it|they)\s)")
# A leading clause a question can do without: a concession, a cause, a purpose. One that says
# when or on what condition ("Before a vaccine was introduced in 1963, ...", "If ...") stays:
# without it the rest is no longer true.
_LEADING_SUBORDINATE = re.compile(
    r"^(?:while|although|though|because|as|whereas|in order to|to|despite|with)\b[^,]{3,120},\s+", re.I)
_SUBORDINATORS = re.compile(r"^(?:so|but|while|whereas|although|though|because|when|and then|and|yet)\s+", re.I)
_RELATIVE = re.compile(r"^(?:which|who|whom|whose|where|that)\b", re.I)
_ALLOW_REWRITE = re.compile(
    r"^(?:that|this|it)\s+(will|would|could|should|may|might|can)\s+(?:allow|enable|permit|let)\s+", re.I)
VERBISH = re.compile(
    r"\b(?:" + _FINITE_WORDS + r")\b|\b[a-z]{3,}ed\b|"
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )(?<!\bits )(?<!\btheir )(?<!\bother )(?<!\bmany )(?<!\bsome )"
    r"\b[a-z]{3,}s\s+(?=(?:the|a|an|in|into|on|onto|at|to|from|of|by|for|with|about|over|through|across|"
    r"around|up|out|more|most|only|also|its|their|his|her|[\d$\u00a3\u20ac])\b)", re.I)
# The last of VERBISH's three ways to find a verb, alone: "flows into", "begins in".
_VERB_IN_S = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )(?<!\bits )(?<!\btheir )(?<!\bother )(?<!\bmany )(?<!\bsome )"
    r"\b[a-z]{3,}s\s+(?=(?:the|a|an|in|into|on|onto|at|to|from|of|by|for|with|about|over|through|across|"
    r"around|up|out|more|most|only|also|its|their|his|her|[\d$\u00a3\u20ac])\b)", re.I)
_VERB_WORDS = frozenset(AUXILIARIES | IRREGULAR_PAST)
_WORDS = re.compile(r"\w+")
_ED_WORD = re.compile(r"(?<!\w)[a-z]{3,}ed(?!\w)")  # a whole word of five letters or more in -ed, in lower case


_DASHED_ASIDE = re.compile(r"\u2014[^\u2014]{3,80}\u2014")
_FIRST_WORD = re.compile(r"[\w']+")
_WHEN = re.compile(r"when\s", re.I)
_THERE_IS = re.compile(r"There\s+(?:is|are|was|were)\b")
_ACCORDING_THEN_ARTICLE = re.compile(r"^(According to [^,]+, )(The|A|An)\b")


def verbish(text: str) -> bool:
    """Whether VERBISH finds a verb in the text (the same answer, several times faster): a word
    that is an auxiliary or an irregular past, a word in -ed, or a word in -s before a phrase."""
    if text.isascii():
        # the same tests on the whole text at once: lower case leaves an ASCII text's words as they are
        lower = text.lower()
        if not _VERB_WORDS.isdisjoint(_WORDS.findall(lower)) or _ED_WORD.search(lower):
            return True
    else:
        for word in _WORDS.findall(text):
            low = word.lower()
            if low in _VERB_WORDS or (len(word) >= 5 and low.endswith("ed") and word.isascii() and word.isalpha()):
                return True
    if _VERB_IN_S.search(text) is not None:
        return True
    # "keeps eleven hives": a verb before a number written as a word
    return any(any(tense == "third" for _base, tense in readings(m.group(1).lower()))
               for m in _BEFORE_NUMBER_WORD.finditer(text))


_BEFORE_NUMBER_WORD = re.compile(r"\b([a-z]{3,}s)\s+(?:" + "|".join(
    sorted(w for w in NUMBER_WORDS if w.isalpha())) + r")\b", re.I)


_QUOTES_OPEN = "\"\u201c"
_QUOTES_CLOSE = "\"\u201d"
PREPOSITIONS = word_set("prepositions")


@dataclass
class Draft:
    """A sentence being shaped into a prompt: a window of it and edits inside the window."""

    text: str
    start: int
    end: int
    edits: list[tuple[int, int, str]] = field(default_factory=list)
    moved: str = ""  # "in": the answer's phrase was moved out of the window ("in 1996, when ...")
    moved_tail: str = ""  # what follows a moved answer: " century" of "in the 19th century"
    resolved: list[str] = field(default_factory=list)  # what was read from outside the clause: "pronoun", ...

    def window(self) -> str:
        return self.text[self.start:self.end]

    def render(self, replace: tuple[int, int, str] | None = None, more: tuple[tuple[int, int, str], ...] = ()) -> str:
        edits = sorted(self.edits + ([replace] if replace else []) + list(more))
        pieces: list[str] = []
        position = self.start
        for start, end, new in edits:
            if start < position or end > self.end:
                continue  # an edit outside the window (an aside after the clause) is not read
            pieces.append(self.text[position:start])
            pieces.append(new)
            position = end
        pieces.append(self.text[position:self.end])
        out = " ".join("".join(pieces).split())
        if out.startswith("In "):
            out = _DATED_ARTICLE.sub(lambda m: m.group(1) + m.group(2).lower(), out)
        for mark in _MARKS:
            out = out.replace(" " + mark, mark)  # the spaces are single ones now: no space before a mark
        if ",," in out:
            out = _DOUBLE_COMMA.sub(",", out)
        return out.strip(" ,;:")


_MARKS = ",.;:?!"
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:?!])")
_DATED_ARTICLE = re.compile(r"^(In \d{3,4}, )(The|A|An)\b")
_DOUBLE_COMMA = re.compile(r",\s*,")


def _asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Bracketed asides: "(760 mi)", "[note 2]", "(/ˈkɛnjə/; locally [ˈkɛɲa] ( listen))"."""
    found: list[tuple[int, int]] = []
    depth = 0
    opened = -1
    # Nothing before the first opening bracket counts (most sentences have none): start there.
    first = min((at for at in (text.find("(", start, end), text.find("[", start, end)) if at >= 0), default=end)
    for index in range(first, end):
        ch = text[index]
        if ch in "([":
            if depth == 0:
                opened = index
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                left = opened
                while left > start and text[left - 1] == " ":
                    left -= 1
                found.append((left, index + 1))
    return found


@lru_cache(maxsize=4096)
def quote_regions(text: str) -> tuple[tuple[int, int], ...]:
    regions = []
    opened: int | None = None
    for index, ch in enumerate(text):
        if ch == "\u201c" or (ch == '"' and opened is None):
            opened = index
        elif (ch == "\u201d" or ch == '"') and opened is not None:
            regions.append((opened, index + 1))
            opened = None
    if opened is not None:
        regions.append((opened, len(text)))
    return tuple(regions)


def _scare_quoted(text: str, start: int, end: int) -> bool:
    """Whether a quotation is a name the text gives ('is called the "first oil shock"', 'has a
    "chameleon circuit"'), not someone's words: a few words without sentence punctuation, after a
    naming verb or an article."""
    inside = text[start + 1:end - 1].strip(" ,.")
    return (0 < len(inside.split()) <= 4 and not re.search(r"[.!?;:]", inside)
            and bool(re.search(r"\b(?:called|named|termed|known as|the|a|an)\s+$", text[:start])))


# "visited the area in 1804 and the railways there became ...": "and" before a subject of its
# own and its verb, with no comma; a break only where a verb came before it in the clause. A
# verb after "that" is a relative clause's: "despite failures and a loss of contact that lasted".
_AND_NEW_SUBJECT = re.compile(
    r"\s+and\s+(?=(?:the|a|an|\d+(?:,\d{3})*(?=\s+[a-z])|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s+"
    r"(?:(?!(?:that|which|who|whose)\s)[\w'-]+\s+){0,6}?(?:[a-z]{2,}(?<!e)ed|"
    + _FINITE_WORDS + r")\b|"
    # "six men died and Brunel was seriously injured": a name, then its own verb
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+(?:" + _FINITE_WORDS + r")\b|"
    # "meets Clara in Vienna and they marry": a subject pronoun is never an object; its verb follows
    r"(?:he|she|they|we)\s+(?:(?:also|then|soon|later|finally|never|both)\s+)?[a-z]{2,}\b)")


_AND_A_PRONOUN = re.compile(r"\s+and\s+(?:he|she|they|we)\s")
_SHORT_PAST = re.compile(r"\b[a-z]{2}(?<!e)ed\b")  # "six men died and ...": a past too short for `_has_verb`
_NAMES_JOINED = re.compile(r"\s+and\s+(?:(?:the|a|an)\s+)?[A-Z]")


def _has_verb(text: str) -> bool:
    """Whether VERBISH finds a verb written in lower case ("Sargans a" is no verb to a case-blind eye)."""
    for word in _WORDS.findall(text):
        if not word[:1].islower():
            continue
        if word.lower() in _VERB_WORDS or (len(word) >= 5 and word.lower().endswith("ed") and word.isascii()
                                           and word.isalpha()):
            return True
    return any(m.group(0)[:1].islower() for m in _VERB_IN_S.finditer(text))


has_lowercase_verb = _has_verb


def second_clause_beside(text: str, start: int, end: int, bounds: tuple[int, int]) -> bool:
    """Whether a semicolon, or a comma and "and" (a break `_clauses` found before a
    clause with its own subject), parts the clause text[bounds[0]:bounds[1]] from the rest of
    text[start:end], before it or after it.

    >>> second_clause_beside("The plan fails; the crew are rescued.", 0, 36, (0, 14))
    True
    >>> second_clause_beside("The plan fails, and the crew are rescued.", 0, 40, (0, 14))
    True
    >>> second_clause_beside("The plan, the crew say, fails.", 0, 29, (0, 8))
    False
    """
    after = re.match(r"\s*;|,\s+and\s", text[bounds[1]:end])
    before = re.search(r";\s*$|,\s+and\s+$", text[start:bounds[0]])
    return bool(after or before)


def relative_closed_before(text: str, start: int, end: int) -> int | None:
    """Where a relative clause text[start:end] ("which had waited for decades, in 1852") closes
    with a comma, when what follows it is a phrase of the clause around it, not of its own: a
    preposition and no verb. Read as a clause of its own, the relative must end there ("Penzance
    had waited for decades, in what year?" joins the year to the wrong verb).

    >>> relative_closed_before("which had waited for decades, in 1852", 0, 37)
    28
    >>> relative_closed_before("which lies on the river and was rebuilt in 1850", 0, 47) is None
    True
    """
    depth = 0
    piece = start
    for at in range(start, end):
        ch = text[at]
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == "," and not depth and text[at + 1:at + 2] == " ":
            rest = text[at + 1:end]
            if re.match(r"\s*(?:(?:[a-z]+ly|just|only|some|about)\s+)?(?:" + "|".join(sorted(PREPOSITIONS)) + r")\b", rest) \
                    and not finite_verb(rest) and finite_verb(text[piece:at]):
                return at
            piece = at + 1  # (after a name set off by commas, "in Bermondsey, London, in 1812", the predicate goes on)
    return None


def _clause_bounds(text: str, start: int, end: int, span: Span,
                   aside: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The clause of text[start:end] that holds the span, as (start, end); `aside`: a relative
    clause between commas after the subject, which does not end the clause it interrupts."""
    for piece_start, piece_end in _clauses(text, start, end, aside):
        if piece_start <= span.start and span.end <= piece_end:
            return piece_start, piece_end
    return None


@lru_cache(maxsize=64)
def _clauses(text: str, start: int, end: int, aside: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    """The clauses of text[start:end], as (start, end) in text order. Every answer of a sentence
    asks for them, so the last few sentences' are kept rather than found again for each."""
    breaks = []
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        before = text[start:match.start()]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue  # a semicolon inside brackets does not end a clause
        if aside and aside[0] <= match.start() < aside[1]:
            continue  # "Istanbul, which lies on both sides of the strait, has ...": one clause
        breaks.append((match.start(), match.end()))
    for match in _AND_NEW_SUBJECT.finditer(text, start, end):
        opened = max((b for _a, b in breaks if b <= match.start()), default=start)
        if _NAMES_JOINED.match(text, match.start()) and re.search(r"[A-Z][\w'-]*$", text[opened:match.start()]):
            continue  # "mills in Germany and the United States began": two names, one subject
        pronoun = _AND_A_PRONOUN.match(text, match.start())
        if (_has_verb(text[opened:match.start()]) or _SHORT_PAST.search(text, opened, match.start())
                or (pronoun and any(readings(word) for word in _WORDS.findall(text[opened:match.start()])
                                    if word[:1].islower()))) \
                and not any(a < match.end() and match.start() < b for a, b in breaks):
            breaks.append((match.start(), match.end()))
    cuts = [start]
    for break_start, break_end in sorted(breaks):
        cuts.extend([break_start, break_end])
    cuts.append(end)
    return tuple((cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2))


# The personal pronoun a clause opens with, after a fronted phrase if there is one.
_OPENING_PERSONAL = re.compile(r"(?:(?:In|On|By|After|Before|During|Since|From|At|With|Later|Then)\b[^,]{0,60},\s+)?"
                               r"(he|she|his|her)\b", re.I)


# "This tall jar", "this vessel" opening a clause, before its verb.
_THIS_OBJECT = re.compile(r"(?:This|this)\s+(?:[a-z-]+\s+){0,2}?[a-z]+(?=\s+(?:is|was|has|had|held|shows|[a-z]+ed)\b)")


# What an opening "it", "its" or "they" is read as when it stands for the thing the text is about,
# carried from the sentence before that opens with it ("The Rhine is ... It is the second-longest
# ..."): surer than a pronoun read from whoever was named last.
TOPIC = "topic"


_SUBJECT_PRONOUN_OF = {"he": re.compile(r"\b[Hh]e\b"), "his": re.compile(r"\b[Hh]e\b"),
                       "she": re.compile(r"\b[Ss]he\b"), "her": re.compile(r"\b[Ss]he\b")}
# What may stand between the start of a clause and its subject: a conjunction, a subordinator,
# a fronted time ("and in 539 BC"), a title ("King", "Queen").
_BEFORE_A_SUBJECT = re.compile(r"(?:(?:and|but|or|then|so|though|although|while|when|after|before|because|since|"
                               r"until|once|as|if|in|on|by|from|around|about|the|\d[\d,]*|[A-Z][\w'-]*)\s+)*$")


def _named_as_a_subject(text: str, at: int) -> bool:
    """Whether the person named at `at` opens their own clause, as its subject ("Though Chopin
    was born ..."), not the object of a verb or a preposition ("capturing its king Croesus")."""
    clause_start = max(text.rfind(mark, 0, at) for mark in (",", ";", ":", "(", "\u2014")) + 1
    return bool(_BEFORE_A_SUBJECT.fullmatch(text[clause_start:at].lstrip()))


# "There are 13 natural reserves ...", "There was a minority in ...": no pronoun to resolve.
_THERE_IS_SOMETHING = re.compile(
    r"there\s+(?:also\s+)?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?!no\b|not\b)"
    r"(?:[\w-]+\s+){0,4}?(?:\d|[a-z]+\s+(?:in|of|on|at|near|among|between|from|to|for|with|by)\b)", re.I)


def _resolve_start(draft: Draft, recent_people: list[str], sentence_people: list[tuple[int, str]] = (),
                   topic: str = "", stand_in: str = "", this: str = "") -> bool:
    """Deal with a pronoun opening the clause; False when it cannot be resolved.

    "He" is the last person named earlier in the same sentence ("Though Chopin was born ...,
    he moved ..."), else the one the previous sentences point to."""
    if this:
        # Below a museum label, "This tall jar held wine ..." is the labelled object.
        named = _THIS_OBJECT.match(draft.text, draft.start)
        if named:
            draft.edits.append((draft.start, named.end(), this[:1].upper() + this[1:]))
            draft.resolved.append("label")
            return True
    earlier = [(offset, name) for offset, name in sentence_people if offset < draft.start]
    window = draft.window()
    opening = _OPENING_PERSONAL.match(window) or _FRONTED_PRONOUN.match(window)
    personal = opening.group(1).lower() if opening and opening.group(1).lower() in _SUBJECT_PRONOUN_OF else ""
    if personal:
        # "After Pierre died ..., she took over ...": "she" is not Pierre; the pronoun stands
        # for the last person named earlier in the sentence that it can stand for.
        earlier = [(offset, name) for offset, name in earlier if agrees(personal, name)]
        recent_people = [name for name in recent_people if agrees(personal, name)]
        if earlier and _SUBJECT_PRONOUN_OF[personal].search(draft.text, 0, earlier[0][0]):
            # "Within a decade he had conquered Lydia, capturing its king Croesus, and in 539 BC
            # he entered Babylon": the second "he" goes on from the first, whom the sentences
            # before name; a person named as an object between them is not the new subject.
            earlier = [(offset, name) for offset, name in earlier if _named_as_a_subject(draft.text, offset)]
    earlier = [name for _offset, name in earlier]
    read_as = "pronoun"
    if earlier:
        # "Though Chopin was born in ..., he moved ...": the pronoun stands for the one person
        # named before it in its sentence; with two, it is not read.
        recent_people = list(dict.fromkeys(earlier))
        read_as = "pronoun in its sentence"
    fronted = _FRONTED_PRONOUN.match(window)
    if fronted:
        # "In 1833 she met ...": the pronoun after a fronted phrase is the subject all the same.
        pronoun = fronted.group(1).lower()
        if pronoun == "it" and topic and draft.start == 0 and not _plural_topic(topic):
            # "With a length of about 6,650 km, it was long thought ..." right after "The Nile is ...".
            draft.edits.append((draft.start + fronted.start(1), draft.start + fronted.end(1), topic))
            draft.resolved.append(TOPIC)
            return True
        if pronoun == "its" and (topic or stand_in) and not _plural_topic(topic or stand_in):
            # "In November 2014 its lander, Philae, became ..." right after "Rosetta was launched ...".
            owner = topic or stand_in
            draft.edits.append((draft.start + fronted.start(1), draft.start + fronted.end(1), f"{owner}'s"))
            draft.resolved.append(TOPIC if topic else "pronoun")
            return True
        if pronoun not in ("he", "she") or len(set(recent_people)) != 1:
            return False
        draft.edits.append((draft.start + fronted.start(1), draft.start + fronted.end(1), recent_people[0]))
        draft.resolved.append(read_as)
        return True
    first = _FIRST_WORD.match(window)
    if not first:
        return False
    word = first.group(0).lower()
    rewrite = _ALLOW_REWRITE.match(window)
    if rewrite:
        # "That will allow the torch to be carried" says "the torch will be carried".
        rest = window[rewrite.end():]
        to = re.search(r"\s+to\s+(?=\w)", rest)
        if to is None or to.start() > 80:
            return False
        modal = rewrite.group(1)
        draft.edits.append((draft.start, draft.start + rewrite.end(), ""))
        at = draft.start + rewrite.end() + to.start()
        draft.edits.append((at, at + len(to.group(0)), f" {modal} "))
        draft.resolved.append("allows")
        return True
    if word in ("he", "she"):
        if len(set(recent_people)) != 1:
            return False
        draft.edits.append((draft.start, draft.start + len(first.group(0)), recent_people[0]))
        draft.resolved.append(read_as)
        return True
    if word in ("his", "her") and re.match(r"(?:his|her)\s+[a-z]", window, re.I):
        # only a person of the pronoun's sex owns it: never an organisation or a place
        recent_people = [name for name in recent_people if agrees(word, name) and not known_as_no_person(name)]
        if len(set(recent_people)) != 1:
            return False
        # "His descendants extended ..." -> "Genghis Khan's descendants extended ..."
        owner = recent_people[0]
        draft.edits.append((draft.start, draft.start + len(first.group(0)), f"{owner}'" if owner.endswith("s") else f"{owner}'s"))
        draft.resolved.append(read_as)
        return True
    determined = _DETERMINED_SUBJECT.match(window)
    if determined:
        # "This origin of chloroplasts was ..." -> "The origin of chloroplasts was ...": the
        # phrase after the noun says which one, so the "this" points at nothing the player needs.
        draft.edits.append((draft.start, draft.start + len(first.group(0)), "The"))
        draft.resolved.append("reference")
        return True
    subject = OPENING_SUBJECT.match(draft.text) if draft.start > 0 else None
    if subject and word in ("it", "its", "they", "their") and subject.end(1) < draft.start \
            and not re.search(r"[;:\u2014]", draft.text[subject.end(1):draft.start]) \
            and _plural_topic(subject.group(1)) == (word in ("they", "their")):
        # "The Blue Nile supplies most of the water, and it rises at Lake Tana": the sentence's subject.
        name = subject.group(1)
        name = name[:1].lower() + name[1:] if name.startswith("The ") else name
        replaced = name if word in ("it", "they") else (f"{name}'" if name.endswith("s") else f"{name}'s")
        draft.edits.append((draft.start, draft.start + len(first.group(0)), replaced))
        draft.resolved.append("pronoun")
        return True
    plural = topic and topic[:1].isupper() and not topic.startswith("The ") and _plural_topic(topic)
    if stand_in and not topic and word == "its" and not _plural_topic(stand_in):
        # "its lander, Philae, became ..." (a clause after a fronted date) right after "Rosetta was ...".
        draft.edits.append((draft.start, draft.start + len(first.group(0)), f"{stand_in}'s"))
        draft.resolved.append("pronoun")
        return True
    if topic and word in ("it", "its") and draft.start == 0 and not plural:
        # An encyclopedia's "It is the second-longest river ..." right after "The Rhine is ...".
        draft.edits.append((draft.start, draft.start + len(first.group(0)), topic if word == "it" else f"{topic}'s"))
        draft.resolved.append(TOPIC)
        return True
    if plural and word in ("they", "their") and draft.start == 0 \
            and not re.match(r"(?:they|their)\s+(?:said|say|says|told|think|thought|believe|believed)\b", window, re.I):
        # "Cyanobacteria are ... They are sometimes called blue-green algae."
        draft.edits.append((draft.start, draft.start + len(first.group(0)), topic if word == "they" else f"{topic}'"))
        draft.resolved.append(TOPIC)
        return True
    if _THERE_IS_SOMETHING.match(window):
        return True  # "There are 13 natural reserves ...", "There was a minority in ...": nothing to resolve
    return word not in ("it", "they", "this", "that", "these", "those", "its", "their", "his", "her", "there", "such")


# "This origin of chloroplasts", "These advances in seismology": a noun made definite by what follows it.
_DETERMINED_SUBJECT = re.compile(
    r"(?:This|These)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+(?:of|between|in|from|with)\s+(?:the\s+|a\s+|an\s+)?[\w-]+")


# The subject a sentence opens with: "The Blue Nile supplies ...", "The Khone Falls in southern Laos are ...".
OPENING_SUBJECT = re.compile(
    r"(?!(?:It|Its|They|Their|He|She|His|Her|This|These|That|Those|There|We|You|I)\b)((?:The\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})(?:\s+(?:in|of|on)\s+(?:the\s+)?[a-z]*\s*[A-Z][\w-]*)?\s+"
    r"(?:" + _FINITE_WORDS + r"|[a-z]{3,}(?:s|ed))\b")


def _plural_topic(topic: str) -> bool:
    last = topic.split()[-1].lower()
    return last.endswith(("bacteria", "algae", "data", "media", "people", "fungi")) or (
        last.endswith("s") and not last.endswith(("ss", "us", "is")))


_FRONTED_PRONOUN = re.compile(
    r"(?:In|On|By|After|Before|During|Since|From|At|With|Later|Then|Like|Unlike)\b(?:[^,]|,(?=\d)){0,40}?,?\s+(he|she|it|its|they|this|these)\b(?!-)", re.I)
_TIME_BEFORE_WHEN = re.compile(
    r"\b(in|on|by)\s+((?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}s?|[A-Z][a-z]+\.?\s+\d{1,2})\s*,?\s*$")
# Opinions and judgements are no facts to ask about: "a well-known alpha male", "impressive".
_JUDGEMENT = re.compile(
    r"\b(?:well-known|alpha\s+male|impressive|coolest|greatest|finest|most\s+(?:beautiful|spectacular|exciting|"
    r"important|popular|interesting|amazing)|beautiful|wonderful|amazing|spectacular|stunning|incredible|"
    r"brilliant|breathtaking|magnificent|fascinating|remarkable|legendary|iconic|excellent|terrible|awful|"
    r"favou?rite|arguably|widely\s+(?:regarded|considered)|(?=[bw])(?<!named\s)(?<!named\sthe\s)(?<!voted\s)"
    r"(?<!voted\sthe\s)(?<!as\sthe\s)\b(?:best|worst)(?!-selling|-known))\b", re.I)


# One of these is in every text `_JUDGEMENT` finds: a quick test first (exact on ASCII text).
_JUDGEMENT_WORDS = ("well-known", "alpha", "impressive", "coolest", "greatest", "finest", "most", "beautiful",
                    "wonderful", "amazing", "spectacular", "stunning", "incredible", "brilliant", "breathtaking",
                    "magnificent", "fascinating", "remarkable", "legendary", "iconic", "excellent", "terrible",
                    "awful", "favo", "arguably", "widely", "best", "worst")


def judged(text: str) -> bool:
    """Whether a clause gives an opinion rather than a fact ("the best party", "impressive")."""
    if text.isascii():
        lower = text.lower()
        if not any(word in lower for word in _JUDGEMENT_WORDS):
            return False
    return bool(_JUDGEMENT.search(text))


_SPEECH_OPENING = re.compile(r"(?:said|says|told|tells|added|adds|asked|explained|wrote|noted|stated)\b", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\s+")
_SUB_START = re.compile(r"(?:while|although|though|because|when|if|as|since|after|before|unless|whereas|once)\s+", re.I)
_MAIN_CLAUSE = re.compile(r",\s+(?=(?:he|she|it|they|we|there|this|these|the|a|an|[A-Z][\w-]*)\s)")


# A time phrase a sentence opens with, up to its year or date: "In", "On", "By the end of",
# "From around", "Since". Its clause is asked with the phrase at the end ("... from around what
# year?"), never with the question word in front and no "did".
_TIME_LEAD = re.compile(r"\s*((?:In|On|By|From|Since|Until|After|Before|Around|About)"
                        r"(?:\s+(?:around|about|roughly|nearly|approximately|early|late|mid-?|"
                        r"the\s+(?:end|start|beginning|middle|summer|spring|autumn|winter|evening|morning|night|afternoon)\s+of))?)\s+")


# A timeline's line: a year, a dash, then what happened ("1894 - The faces are lit by gas ...",
# "1927 – a radio service linked ...").
TIMELINE_LEAD = re.compile(r"\s*(\d{3,4})\s+[-\u2013\u2014]\s+(?=[A-Za-z])")


# The year a timeline's lines are written up to: a line dated before it tells of the past.
TIMELINE_PRESENT_YEAR = 2025
_TIMELINE_BREAK = re.compile(r",\s+|;\s+|\s+[\u2013\u2014-]\s+|\s+(?:and|but|when|while|until|after|before|as)\s+")
_NOT_BEFORE_A_VERB = frozenset("the a an its his her their our my your this that these those of in on at to for "
                               "from with by still now no every each many some".split())
_PRESENT_OF_BE = {"is": "was", "are": "were", "has": "had"}


def historic_present(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Edits that put a timeline's line about a past year into the past tense: "1961 – Lady
    Constance gives the castle to the Trust" is asked "... gave the castle ... in what year?".
    Each clause's first verb in the present (after a comma, a dash, "and", "when", ...) is
    changed; a verb after "still" or "now" ("the keep that still stands") stays."""
    lead = TIMELINE_LEAD.match(text)
    if lead is None or int(lead.group(1)) >= TIMELINE_PRESENT_YEAR:
        return []
    edits: list[tuple[int, int, str]] = []
    start = max(start, lead.end())
    breaks = [start] + [m.end() for m in _TIMELINE_BREAK.finditer(text, start, end)] + [end]
    for begin, stop in zip(breaks, breaks[1:]):
        previous = ""
        for word in _WORDS.finditer(text, begin, stop):
            low = word.group(0).lower()
            if previous in _NOT_BEFORE_A_VERB:
                previous = low
                continue
            if low in _PRESENT_OF_BE:
                past = _PRESENT_OF_BE[low]
            elif any(tense == "third" for _b, tense in readings(low)) and word.group(0).islower():
                base = next(b for b, t in readings(low) if t == "third")
                past = past_of(base)
                if any(other != base for other, _t in readings(past)):
                    break  # "winds" -> "wound", another word as well: the line is left as it is
            elif readings(low) and any(t in ("past", "participle") for _b, t in readings(low)) and previous:
                break  # a clause already in the past, or a participle phrase
            else:
                previous = low
                continue
            edits.append((word.start(), word.end(), past))
            break
    return edits


MAX_APPOSITION_WORDS = 5


def apposition_left_open(draft: Draft) -> bool:
    """Whether the draft's window ends inside an apposition whose closing comma it cut, and the
    apposition stays (no aside edit drops it): "on a boy, Joseph Meister|, who had been bitten".
    What is put after the window must close it first ("..., Joseph Meister, in what year?"), or
    it runs into the name."""
    text, start, end = draft.text, draft.start, draft.end
    if not re.match(r"\s*,", text[end:end + 3]):
        return False
    comma = text.rfind(", ", start, end)
    if comma < 0 or not _an_apposition(text[comma + 1:end]):
        return False
    return not any(a <= comma < b for a, b, _new in aside_chunks(draft, (-1, -1)))


def _clause_end(text: str, start: int) -> int:
    end = len(text.rstrip())
    while end > start and text[end - 1] in ".!?\"\u201d'\u2019 ":
        end -= 1
    stop = _CLAUSE_BREAK.search(text, start, end)
    return stop.start() if stop else end


def dated_line(draft: Draft) -> None:
    """A timeline's line asked about something other than its year keeps the year, as a sentence
    says it: "1876 - The clock starts on 1 May" -> "In 1876, the clock starts on what date?"."""
    dated = TIMELINE_LEAD.match(draft.text)
    if dated and not draft.moved and draft.start <= dated.start(1):
        draft.start = dated.end()
        draft.edits.append((dated.end(), dated.end(), f"In {dated.group(1)}, "))


def _when_clause(text: str, span: Span, recent_people: list[str], stand_in: str = "") -> Draft | None:
    """'... done in 1996, when the shuttle carried a torch' and 'In 1638, the college became ...'
    -> the clause, with the year moved out to be asked for at its end."""
    if span.kind in (CENTURY, DECADE) and re.fullmatch(r"\s*In\s+the\s+", text[:span.start]):
        return _fronted_period(text, span)
    if span.kind not in (YEAR, DATE):
        return None
    dated = TIMELINE_LEAD.match(text)
    if dated and dated.start(1) == span.start and dated.end(1) == span.end:
        # "1894 - The faces are lit by gas ..." (a timeline's line) says "In 1894, the faces ...".
        draft = Draft(text, dated.end(), _clause_end(text, dated.end()), moved="in")
        window = draft.window()
        if len(window.split()) < MIN_CLAUSE_WORDS or PERSONAL_WORDS.search(window) or not verbish(window) \
                or not _resolve_start(draft, recent_people, stand_in=stand_in):
            return None
        return draft
    if dated:
        return None  # the rest of a timeline's line is shaped with its year in front (`dated_line`)
    lead = _TIME_LEAD.fullmatch(text, 0, span.start)
    if lead is None and not re.search(r"\b[Ii]n\s+$", text[:span.start]):
        return None
    preposition = lead.group(1).lower() if lead else "in"
    when = _WHEN_AFTER.match(text, span.end) if preposition == "in" else None
    if not when and lead:
        # "On August 15, 1971, the United States pulled out ..." -> "... pulled out on what date?";
        # "From around 1795 Appert experimented ..." -> "Appert experimented ... from around what year?"
        when = re.compile(r",\s+(?=[A-Za-z])" if preposition in ("on", "by") else r",?\s+(?=[A-Za-z])").match(text, span.end)
    if not when or re.match(r"(?:and|or|to|until|till|through)\b", text[when.end():]):
        return None  # "In 1833 and later ...": the time goes on past the year
    start = when.end()
    end = len(text.rstrip())
    while end > start and text[end - 1] in ".!?\"\u201d'\u2019 ":
        end -= 1
    stop = _CLAUSE_BREAK.search(text, start, end)
    if stop:
        end = stop.start()
    participle = next((m for m in re.compile(r",\s+(?:[a-z]+ed|[a-z]+ing|and\s+(?=[A-Z]|the\b))\b").finditer(text, start, end)
                       if not adjectives_in_a_row(text, m.start())), None)
    if participle and not finite_verb(text[start:participle.start()]) \
            and _QUANTIFIED_APPOSITION.search(text, start, participle.start()):
        return None  # "Bremen and Hamburg, both members of the League, refused ...": the "participle" is the verb
    if participle:
        end = participle.start()  # ", carried by the ship ...": would hang off the moved year
    draft = Draft(text, start, end, moved=preposition)
    window = draft.window()
    if len(window.split()) < MIN_CLAUSE_WORDS or PERSONAL_WORDS.search(window) or not verbish(window):
        return None
    if not _resolve_start(draft, recent_people, stand_in=stand_in):
        return None
    return draft


_ADVERBS_OF_PLACE = word_set("direction_words") | frozenset(
    "home away abroad back together alone again inland ashore aboard upstream downstream overseas forward "
    "ahead apart onward onwards outward".split())
_TWO_WORDS_BEFORE = re.compile(r"([a-z]+)\s+([a-z]+)\s*$")
_ADJECTIVE_THEN_NOUN = re.compile(r",\s+([a-z]+(?:ed|ing))\s+([a-z]+)\b")


def adjectives_in_a_row(text: str, comma: int) -> bool:
    """Whether the comma at `comma` parts two adjectives of one noun, the first just after the
    verb whose object the noun is ("began reporting large, unexplained losses", "found black,
    rotting potatoes"): the word before the comma opens the object (it follows the verb), takes
    no plural -s and is no small word; the word after, in -ed or -ing, is followed by its noun,
    not by a phrase ("drifted north, carried by the tide"). A cut there would leave the noun
    phrase half-written ("began reporting large in what year?").

    >>> adjectives_in_a_row("fishermen began noticing small, deformed cod", 30)
    True
    >>> adjectives_in_a_row("the ship drifted north, carried by the tide", 22)
    False
    >>> adjectives_in_a_row("won in two hours and 41 minutes, sealing victory", 31)
    False
    """
    before = _TWO_WORDS_BEFORE.search(text, max(0, comma - 40), comma)
    after = _ADJECTIVE_THEN_NOUN.match(text, comma)
    if before is None or after is None:
        return False
    verb, word, noun = before.group(1), before.group(2), after.group(2)
    if word in FUNCTION_WORDS or word in PREPOSITIONS or word in _ADVERBS_OF_PLACE or word.endswith(("s", "ed", "ing", "ly")) \
            or readings(word):
        return False  # ("hurried south, gathering troops": an adverb, then a participle's phrase)
    if not any(tense in ("ing", "past", "third", "base") for _base, tense in readings(verb)) or verb in FUNCTION_WORDS:
        return False  # "the afternoon, ...", "soft clay, ...": no verb before the word, so it may be a noun
    return noun not in PREPOSITIONS and noun not in FUNCTION_WORDS and noun not in _VERB_WORDS \
        and not noun.endswith("ed") and after.group(1) not in ("named", "called", "termed", "dubbed", "titled")


def _fronted_period(text: str, span: Span) -> Draft | None:
    """'In the 19th century the garden was remodelled by ...' -> the clause, with the century
    (or the decade) moved out to be asked for at its end."""
    tail = " century" if span.kind == CENTURY else ""
    after = re.compile(r"[\s-]century" if tail else r"").match(text, span.end)
    if after is None:
        return None
    when = re.compile(r",?\s+(?=(?:the|a|an|[A-Z])\b)").match(text, after.end())
    if when is None:
        return None
    end = len(text.rstrip())
    while end > when.end() and text[end - 1] in ".!?\"\u201d'\u2019 ":
        end -= 1
    stop = _CLAUSE_BREAK.search(text, when.end(), end)
    if stop:
        end = stop.start()
    draft = Draft(text, when.end(), end, moved="in the", moved_tail=tail)
    window = draft.window()
    if len(window.split()) < MIN_CLAUSE_WORDS or PERSONAL_WORDS.search(window) or not verbish(window) \
            or re.match(r"(?:It|Its|They|Their|He|She|His|Her|This|These|There)\b", window):
        return None
    return draft


# "The Rhine ... is a European river that begins in ..., forms part of ..., then flows through ...":
# a named subject, then several predicates of its own.
_NAMED_SUBJECT = re.compile(r"((?:The\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})(?:\s*\([^)]*\))?\s+"
                            r"(?:(?:is|was|are|were)\s+(?:a|an|the)\s+[^,;()]{0,60}?\s+(?:that|which|who)\s+)?"
                            r"(?=(?:[a-z]+(?:s|ed)|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s)")
_NEXT_PREDICATE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:then|later|eventually|finally|also)\s+)?(?=(?:[a-z]{3,}(?:s|ed)\s+"
                             r"(?:into|in|through|to|from|part|at|on|with|by|the|a|an|its|their)\b|"
                             r"(?:had|has|was|is|were|are|became|won|led|made|took|gave|grew|rose|fell|held|left|lost|sold|built|"
                             r"wrote|remained|covers|covered)\s+(?:a|an|the|its|their|his|her|about|approximately|more|over|\d)|"
                             r"(?<=and )[a-z]{3,}ed\s))")


_WORD_IN_S = re.compile(r"[a-z]{3,}s\s")
# "collects food from shops and farms in the valley": after a preposition and a bare plural,
# "and" joins another noun ("farms"), not a second predicate.
_BARE_PLURAL_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s+(?!(?:the|a|an|its|their|his|her|this|these|those|our|your|my)\s)(?:[a-z]+\s+)?[a-z]{3,}(?<![su])s$")
# "and" (or "but") after the answer, then what follows it, past an adverb ("and now makes").
_AND_AFTER = re.compile(r",?\s+(?:and|but)\s+(?:(?:now|also|still|later|then|today|soon|often|usually|"
                        r"mostly|largely|since)\s+)?([\w-]+)")
# ", and sphagnum moss is spreading again": a clause with a subject of its own.
_NEW_CLAUSE = re.compile(r"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|was|were|has|have|had|will|can)\b")
_MEASURE_ADJECTIVE = re.compile(r"\b(?:long|high|wide|deep|tall|old|thick|across|away)\s*$")
_BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had", "can", "will", "may", "must", "also"})
_NAMED_SUBJECT_THEN_VERB = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}\s+(?:[a-z]{3,}ed|is|are|was|were|has|have|had|"
                                      r"will|can|said|won|made|took|gave|scored|ran|came|went|became|saw|told|"
                                      r"found|left|led|held|kept|set|put|got|began|wrote|built|brought|bought|[a-z]{3,}s)\b")
_MODAL = re.compile(r"\b(?:can|could|will|would|may|might|must|should|shall|to)\s+(?:[a-z]+ly\s+|also\s+|not\s+)?[a-z]+\b")


# A place or scope phrase between the answer and "and": "across the Mill Lane bakery".
_PHRASE_BEFORE_AND = re.compile(r"\s(?:across|between|among|throughout|over|at|in|from)\s+(?:the|its|their|his|her|a|an)\s")


def _cut_tacked_predicate(draft: Draft, span: Span) -> None:
    """Stop the clause at an "and" that adds another predicate after the answer, so the question
    ends where its point is: "Kestrel Line was founded in what year and operates five routes
    in Argyll?" is "... founded in what year?", "... is how many kilometres long and suitable
    for wheelchairs?" is "... how many kilometres long?", "will run how many return crossings a
    day in summer and ten in winter?" ends at "in summer", and "is survived by how many sons and
    five grandchildren?" at "sons"."""
    for match in _AND_AFTER.finditer(draft.text, span.end, draft.end):
        word = match.group(1)
        low = word.lower()
        before = draft.text[span.end:match.start()]
        if "(" in before or '"' in before or "\u201c" in before:
            return
        tacked = low in _BE_HAVE or bool(readings(low)) and any(t in ("third", "past") for _b, t in readings(low)) \
            and not re.search(r"\b(?:between|both|either)\b", draft.text[draft.start:match.start()], re.I)
        tacked = tacked or (bool(_MEASURE_ADJECTIVE.search(before)) and low[:1].islower())
        # "killed how many people and flattened 600 km2 of forest?": a second predicate in the past
        tacked = tacked or (not match.group(0).startswith(",") and low.endswith("ed") and len(low) >= 6
                            and bool(finite_verb(draft.text[draft.start:span.start]))
                            and bool(re.match(r"\s+(?:around|about|over|more|nearly|almost|some|the|a|an|its|their|\d)",
                                              draft.text[match.end():])))
        # "scored twice, and Angel Di Maria added a goal": a clause with a named subject of its own
        tacked = tacked or (match.group(0).startswith(",") and word[:1].isupper()
                            and bool(_NAMED_SUBJECT_THEN_VERB.match(draft.text, match.start(1))))
        # ", and where several objectors wish to speak they will ...": a clause of its own
        tacked = tacked or (match.group(0).startswith(",") and low in ("where", "when", "if", "while", "although",
                                                                       "though", "because", "unless", "once"))
        # "Adults can reach how many metres in length and weigh up to 199 tonnes?": after a modal
        # the second predicate is a bare verb
        tacked = tacked or (any(t == "base" for _b, t in readings(low)) and not match.group(0).startswith(",")
                            and bool(_MODAL.search(draft.text, draft.start, span.start)))
        tacked = tacked or (match.group(0).startswith(",") and bool(_NEW_CLAUSE.match(draft.text, match.start(1))))
        tacked = tacked or (span.is_number and (word[:1].isdigit() or low in NUMBER_WORDS)
                            and (bool(re.match(r"\s+(?:in|on|at|for|during)\b", draft.text[match.end():draft.end]))
                                 or bool(re.fullmatch(r"(?:\s+[a-z]+){1,2}", draft.text[match.end():draft.end]))
                                 # "employs 64 people across the bakery and four shops": the figure
                                 # after "and" is inside the phrase, and cutting it changes the fact
                                 and not _PHRASE_BEFORE_AND.search(before)))
        if tacked:
            draft.end = match.start()
            return


# ", donations from the public 28 per cent": a piece that opens with a noun and holds a figure.
_GAPPED_PIECE = re.compile(r",\s+(?:and\s+|or\s+)?([a-z][a-z-]+)\b[^,]*?(?:\d|\b(?:"
                           + "|".join(sorted(w for w in NUMBER_WORDS if w.isalpha())) + r")\b)")


def _cut_gapped_clauses(draft: Draft, span: Span) -> None:
    """After a figure, the clauses that leave out its verb ("made up 47 per cent, donations from
    the public 28 per cent, and fees 14 per cent") are not the question's: it ends at the figure."""
    if not span.is_number or "," not in draft.text[span.end:draft.end] \
            or not finite_verb(draft.text[draft.start:span.start]):
        return  # "According to the census of 1897, out of ...": no verb the figure belongs to
    piece = _GAPPED_PIECE.match(draft.text, span.end, draft.end)
    if piece is None:
        piece = _GAPPED_PIECE.match(draft.text, draft.text.find(",", span.end, draft.end), draft.end) \
            if re.fullmatch(r"(?:\s+[a-z]+){0,3}", draft.text[span.end:draft.text.find(",", span.end, draft.end)]) \
            else None
    if piece is None or piece.group(1) in PREPOSITIONS or piece.group(1) in FUNCTION_WORDS \
            or finite_verb(piece.group(0)):
        return
    draft.end = piece.start()


def describing_word(word: str) -> bool:
    """Whether a lower-case word may be a noun or an adjective that a name or a figure before it
    describes ("glass" and "painter" in "the Glasgow glass painter", "title" in "her 800 metres
    title"): no small word, no preposition, no verb the verb list knows, no -ed, -ing or -ly word."""
    return word.isalpha() and word not in FUNCTION_WORDS and word not in PREPOSITIONS and word not in _VERB_WORDS \
        and not word.endswith(("ed", "ing", "ly")) and not readings(word)


def finite_verb(text: str) -> bool:
    """Whether a lower-case finite verb is written in `text`, read strictly: an auxiliary, an
    irregular past, a word in -ed, or a word in -s that the verb list knows as a verb ("flows"; not
    "visitors" nor "donations", which `verbish` may take for verbs before a preposition)."""
    for word in _WORDS.findall(text):
        if not word[:1].islower():
            continue
        if word in _VERB_WORDS or (len(word) >= 5 and word.endswith("ed") and word.isascii() and word.isalpha()):
            return True
        if word.endswith("s") and any(tense == "third" for _base, tense in readings(word)):
            return True
    return False


def _verb_outside_a_relative(piece: str) -> bool:
    """Whether a piece that opens without a subject's capital has a verb after its first word,
    before any relative clause it holds ("traces of genetic material that fish leave behind" has
    none: "traces" is its noun)."""
    relative = _RELATIVE_WORD.search(piece)
    head = (piece[:relative.start()] if relative else piece).split(None, 1)
    rest = head[1] if len(head) > 1 else ""
    return finite_verb(rest) or verbish(rest) or any(readings(word.lower()) for word in _WORDS.findall(rest))


def _verb_at(text: str, position: int) -> bool:
    """Whether the word at `position` may be a verb: a word in -s only when the verb list knows
    it as one ("flows", not "gifts" in ", gifts from members 22 per cent")."""
    word = _FIRST_WORD.match(text, position)
    if word is None:
        return False
    low = word.group(0).lower()
    if low in _VERB_WORDS or not low.endswith("s") or low.endswith("ss"):
        return True
    return any(tense == "third" for _base, tense in readings(low))


# ", helped by the reopening of ...": a participle's phrase after a comma describes the clause
# before it; it is no second predicate of the subject.
_PARTICIPLE_PHRASE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+by\b")
# ", and the first book of ...": a coordinator, then a determiner, opens a new subject.
_NEW_SUBJECT_AFTER_AND = re.compile(r",\s+(?:and|but|while)\s+(?:the|a|an|his|her|its|their|this|these)\s")


def _one_predicate(draft: Draft, span: Span) -> None:
    """Narrow a long clause of one subject and several predicates to the subject and the
    predicate with the answer: "The Rhine ... begins in ..., forms part of ..., then flows
    through the Rhineland and eventually empties into the North Sea" -> "The Rhine eventually
    empties into the North Sea"."""
    window_text = draft.text[:draft.end]
    subject = _NAMED_SUBJECT.match(window_text, draft.start)
    if subject is None or subject.end(1) > span.start or not _verb_at(window_text, subject.end()):
        return  # ("Ticket sales made up ...": "sales" is no verb after "Ticket")
    # "Volunteers found otter tracks and droppings at ...": after a plural subject, a word in -s
    # is a noun of a list, not a second predicate.
    plural = " " not in subject.group(1) and re.fullmatch(r"[A-Z][a-z]+[^su]s", subject.group(1))
    cuts = [m for m in _NEXT_PREDICATE.finditer(window_text, subject.end(), draft.end)
            if window_text[subject.end():m.start()].count("(") == window_text[subject.end():m.start()].count(")")
            and not re.search(r"\b(?:who|whom|whose|which|that)\b", window_text[subject.end():m.start()])
            and not _PARTICIPLE_PHRASE.match(window_text, m.start())
            and not (plural and _WORD_IN_S.match(window_text, m.end()))
            and not (_BARE_PLURAL_AFTER_A_PREPOSITION.search(window_text, subject.end(), m.start())
                     and _WORD_IN_S.match(window_text, m.end()))]
    if not cuts:
        return
    starts = [subject.end()] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [draft.end]
    for begin, finish in zip(starts, ends):
        if begin <= span.start and span.end <= finish:
            if begin == subject.end() and finish == draft.end:
                return
            if _NEW_SUBJECT_AFTER_AND.search(window_text, subject.end(), begin):
                # "Hartmann commissioned a set of songs, and the first book of Forest Songs, Op. 12,
                # became a success": the predicate is the book's, not the subject's
                return
            lead = re.match(r"(?:(?:then|later|and)\s+)+", window_text[begin:finish])
            if lead:
                begin += lead.end()
            draft.edits = [e for e in draft.edits if not (subject.end(1) <= e[0] and e[1] <= begin)]
            draft.edits.append((subject.end(1), begin, " "))
            draft.end = finish
            return


# A name (with its "the") right before ", who" or ", which"; the whole name, with its epithet
# and its "of": "Alexander the Great of Macedon", "Pliny the Elder", "John of Gaunt".
_NAMED_ANTECEDENT = re.compile(
    r"(?<![\w'\u2019-])((?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?|de\s+|van\s+|the\s+)?[A-Z][\w'\u2019.-]*){0,6})"
    r"(?:\s*\([^)]*\))?,\s*")
# A noun, then "at", "in", "on", "of", "near" or "from" before a name: "the title at the All England Club".
_NOUN_PREPOSITION_BEFORE = re.compile(r"\b([^\W\d_]+)\s+(?:at|in|on|of|off|near|from|around|through|across|along|"
                                      r"past|into|over|via|beyond)\s+(?:(?:northern|southern|eastern|western|"
                                      r"central|north|south|east|west|upper|lower)\s+)?$")
_WORD_AT_END = re.compile(r"([\w'-]+)\s+$")
# "Kipchoge, who was born in Kapsabet, won ...": the main clause goes on after the relative one.
_MAIN_VERB_AFTER_COMMA = re.compile(
    r",\s+(?:" + _FINITE_WORDS + r"|[a-z]{3,}ed)\b")


# A relative clause between commas, then the predicate of the clause it interrupted.
_INTERRUPTED = re.compile(r",\s+(?:who|which)\s[^,]+,\s+(?:is|are|was|were|has|have|had|will|would|can|could)\s")
_INNER_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?=[a-z])")
# A relative clause between commas right after a sentence's subject, then that subject's verb:
# "Istanbul, which lies on both sides of the strait, has about 15 million inhabitants".
_SUBJECT_ASIDE = re.compile(
    r"(?:the\s+|The\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,4}"
    r"(,\s+(?:which|who)\s+(?!(?:he|she|it|they|we|I|you)\b)[^,;:()\"\u201c\u201d]{3,120}?,\s+)"
    r"(?=(?:[a-z]+ly\s+)?(?:" + _FINITE_WORDS + r"|[a-z]{3,}ed|[a-z]{3,}s)\b)")


def _subject_aside(text: str, start: int, span: Span) -> tuple[int, int] | None:
    """The relative clause between commas that interrupts a clause opening with a name, when the
    answer is in the predicate after it: its place in the text, or None. Dropping it leaves a
    clause that says what the sentence says of the name ("Istanbul has about 15 million
    inhabitants"); a pair before it ("Lubeck and Hamburg, which ...") is left alone."""
    match = _SUBJECT_ASIDE.match(text, start)
    if match is None or match.end(1) > span.start or " and " in text[start:match.start(1)]:
        return None
    return match.start(1), match.end(1)


def _inner_relative(text: str, start: int, end: int, span: Span) -> tuple[int, int, tuple[int, int, str]] | None:
    """'The barrier, which opened in 1984, has ...' -> window 'The barrier, which opened in 1984'
    with ', which' cut, so the question reads 'The barrier opened in what year?'."""
    for match in _INNER_RELATIVE.finditer(text, start, end):
        close = text.find(",", match.end(), end)
        if close < 0 or not (match.end() <= span.start and span.end <= close):
            continue
        subject = text[start:match.start()]
        if not re.match(r"(?:The|This|A|An)\s|[A-Z]", subject) or len(subject.split()) > 6 or verbish(subject.lower().replace("the ", "")) \
                and not re.fullmatch(r"(?:the|a|an)?\s*[\w\s'-]+", subject, re.I):
            continue
        if len(subject.split()) > 6 or any(w in AUXILIARIES for w in subject.lower().split()) or finite_verb(subject):
            continue  # "Elgar became popular in Germany, which he visited ...": a clause, not a subject
        if re.search(r"\s(?:and|or)\s", subject):
            continue  # "Lübeck and Hamburg, which lay on the route ...": one of them, or both?
        if "," in subject or re.search(r"\b(?:like|unlike|with|as well as|besides|including|except)\s", subject):
            continue  # "Venice, like Genoa, which controlled the Black Sea trade, ...": Genoa alone did
        return start, close, (match.start(), match.end(), " ")
    return None


# A reason given alone, as a reply: "Because the lens is made to gather light." with no main clause.
REPLY = re.compile(r"(?:Because|So that|In order to)\b[^,;]*$")
# A label before a sentence: "Timetable:", "Note for parents:", and a transcript's speaker, by
# initials or name ("BP:", "Anna Hale:").
LEAD_LABEL = re.compile(r"(?:[A-Z][a-z]+(?:\s+[a-z]+)?|[A-Z]{2,4}|[A-Z][a-z]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}):\s+(?=[A-Z])")


# The subject of a second clause and its verb, with no word to join it to the one before: "the
# new lighthouse at Eddystone had", "her daughter took".
_BARE_SECOND_CLAUSE = re.compile(
    r"\s(?:the|a|an|his|her|its|their|[A-Z][\w'\u2019-]*)\s+(?:(?!(?:that|which|who|whose|and|or|but)\s)[\w'\u2019-]+\s+){0,5}?"
    r"(?:" + _FINITE_WORDS + r"|[a-z]{3,}(?<!e)ed)\b")
_FIRST_VERB = re.compile(r"(?:[\w'\u2019-]+\s+){0,5}?(?:" + _FINITE_WORDS + r"|[a-z]{3,}(?<!e)ed|[a-z]{3,}s)\b")


def runs_into_its_main_clause(text: str, start: int, end: int) -> bool:
    """Whether a clause opened by a subordinator ("When", "As", "While"), read from `start` (just
    after it) to `end` with no comma to close it, runs straight into the main clause: "When the
    storm struck in 1703 the new lighthouse had just been lit". Where the one ends and the other
    begins is not written, so no question can be cut from it ("The storm struck in what year the
    new lighthouse ...?"). "Since 1990 the town has grown" has one verb: a phrase, then the clause.

    >>> runs_into_its_main_clause("When the storm struck in 1703 the new lighthouse had just been lit", 5, 66)
    True
    >>> runs_into_its_main_clause("Since 1990 the town has grown to twice its size", 6, 47)
    False
    """
    if "," in text[start:end]:
        return False
    first = _FIRST_VERB.match(text, start, end)
    if first is None:
        return False
    second = _BARE_SECOND_CLAUSE.search(text, first.end(), end)
    return second is not None and not re.search(r"\b(?:and|or|but|that|which|who)\s*$", text[first.end():second.start() + 1])


def shape(text: str, span: Span, recent_people: list[str], sentence_people: list[tuple[int, str]] = (),
          topic: str = "", stand_in: str = "", this: str = "") -> Draft | None:
    """The clause of `text` to ask about `span`, trimmed and with its pronoun resolved (`stand_in`:
    the thing an opening "its" stands for when the text has no topic, '' for none)."""
    moved = _when_clause(text, span, recent_people, stand_in)
    if moved is not None:
        return moved
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in ".!?\"\u201d'\u2019 " :
        end -= 1
    start = 0
    quoted = spoken = False
    if text[:1] in _QUOTES_OPEN and any(text.rstrip().endswith(q) for q in _QUOTES_CLOSE):
        start, quoted = 1, True  # a whole sentence of quoted speech: the marks go, the words stay
        if '"' in text[1:end] or "\u201c" in text[1:end] or "\u201d" in text[1:end]:
            return None
    elif any(a <= span.start < b and not _scare_quoted(text, a, b) for a, b in quote_regions(text)):
        return None  # an answer inside someone's words is their claim, not a fact
    else:
        regions = quote_regions(text)
        if regions and regions[0][0] == 0 and regions[0][1] <= span.start:
            # '"...," a source told the news service': ask about the telling, not the words.
            after = re.match(r"[\s,]*", text[regions[0][1]:])
            start = regions[0][1] + after.end()
            spoken = True
    if "?" in text[start:end] or "!" in text[start:end] or text.rstrip(" \"'\u201d\u2019*").endswith("?"):
        return None  # a question, a heading that asks ("4.1 What was the Industrial Revolution?"), states nothing
    label = LEAD_LABEL.match(text, start) if ":" in text else None
    if label and span.start >= label.end():
        start = label.end()  # "Timetable: The Aurora will run ...": the label is no part of the prompt
    if REPLY.match(text, start):
        return None  # "BP: Because the lens is made to gather light.": half of an answer, no fact
    sub = _SUB_START.match(text, start)
    keep_subordinate = False
    if sub:
        # "Though Chopin was born in ..., he moved to ...": two clauses; keep the one asked about.
        # A condition ("If an item is not returned within eight weeks, ...") is no fact of its
        # own, and what holds on it is not true without it.
        conditional = sub.group(0).split()[0].lower() in ("if", "unless")
        mains = [m for m in _MAIN_CLAUSE.finditer(text, sub.end(), end)
                 if text[start:m.start()].count("(") == text[start:m.start()].count(")")]
        if mains:
            cut = mains[-1]
            if cut.start() >= span.end and conditional:
                return None
            if conditional:
                keep_subordinate = True
            elif cut.start() >= span.end:
                start, end = sub.end(), cut.start()
            elif cut.end() <= span.start and re.match(r"(?:it|they)\s", text[cut.end():]) \
                    and re.match(r"(?:a|an|the)\s+[a-z]", text[sub.end():]):
                # "When a rock crystallizes from melt, it is an igneous rock": "it" is the rock named
                # before it, so the whole sentence is the clause
                keep_subordinate = True
            elif cut.end() <= span.start:
                start = cut.end()
        elif conditional:
            return None
        elif runs_into_its_main_clause(text, sub.end(), end):
            return None
        else:
            comma = text.find(", ", span.end, end)
            if comma > 0 and text[start:comma].count("(") == text[start:comma].count(")"):
                # "Because oil was priced in dollars, oil producers' real income decreased": the
                # main clause has a lower-case subject; ask within the subordinate clause alone.
                start, end = sub.end(), comma
    if span.end > end or span.start < start:
        return None
    aside = _INNER_RELATIVE.match(text, span.end)
    if aside and text.find(",", aside.end(), end) > 0:
        # "Kipchoge, who was born in Kapsabet, won ...": the aside goes, the clause stays.
        close = text.find(",", aside.end(), end)
        after_span = [(span.end, close + 1, "")]
    else:
        after_span = []
    draft = Draft(text, start, end, edits=list(after_span))
    for aside_start, aside_end in _asides(text, start, end):
        if not (aside_start <= span.start < aside_end):
            draft.edits.append((aside_start, aside_end, ""))
    for dashed in _DASHED_ASIDE.finditer(text[start:end]):
        if not (start + dashed.start() <= span.start < start + dashed.end()):
            draft.edits.append((start + dashed.start(), start + dashed.end(), " "))  # "units—ten faculties and ...—with"
    relative = _inner_relative(text, start, end, span)
    if relative is not None:
        draft.start, draft.end, cut = relative
        draft.edits.append(cut)
        if not _resolve_start(draft, recent_people) or PERSONAL_WORDS.search(draft.window()):
            return None
        return draft
    interrupting = _subject_aside(text, start, span)
    if interrupting:
        draft.edits.append((interrupting[0], interrupting[1], " "))  # the aside goes, its subject and predicate stay
    bounds = _clause_bounds(text, start, end, span, interrupting)
    subject_named = -1  # where a relative's "who" was replaced by the name it stands for
    if bounds is not None and _INTERRUPTED.match(text, bounds[1]):
        return None  # "came after Ben Johnson, who crossed the line first, was disqualified": the clause goes on
    if bounds is not None and text[max(0, bounds[0] - 2):bounds[0]].strip() == ":" \
            and not _verb_outside_a_relative(text[bounds[0]:bounds[1]]):
        return None  # "...: fragments of genetic material that animals leave behind": a noun phrase, no clause
    if bounds is not None:
        clause = text[bounds[0]:bounds[1]]
        trimmed = clause if keep_subordinate else _SUBORDINATORS.sub("", clause)
        lead = bounds[0] + len(clause) - len(trimmed)
        words = len(trimmed.split())
        relative = bounds[0] > start and _RELATIVE.match(trimmed)
        if relative:
            antecedent = _NAMED_ANTECEDENT.search(text, start, bounds[0]) \
                if re.match(r"(?:who|which)\s+(?!(?:he|she|it|they|we|I|you)\b)", trimmed) else None
            if antecedent is None or antecedent.end() != bounds[0] or words < MIN_CLAUSE_WORDS \
                    or _MAIN_VERB_AFTER_COMMA.search(text, bounds[0], bounds[1]):
                return None  # "..., which was later used": the clause has no subject of its own
            if inside_a_title(text, antecedent.start()):
                return None  # "The Forest Under the Waves (2012), which ...": not "the Waves"
            noun_before = _NOUN_PREPOSITION_BEFORE.search(text, start, antecedent.start())
            if trimmed.lower().startswith("which") and noun_before and not noun_before.group(1).endswith("ed") \
                    and noun_before.group(1) not in AUXILIARIES | IRREGULAR_PAST:
                # "bidding for an eighth title at the All England Club, which would have matched
                # Roger Federer": the "which" may be the title as well as the club
                return None
            if trimmed.lower().startswith("which") and noun_before and noun_before.group(1) not in AUXILIARIES:
                before = _WORD_AT_END.search(text, start, noun_before.start())
                if before and before.group(1).islower() and before.group(1) not in AUXILIARIES | {"to", "not", "also"} \
                        and not before.group(1).endswith("ly") and _has_verb(text[start:before.start()]):
                    # "used to preserve herring caught off southern Sweden, which was eaten ...": a
                    # participle after a noun, so the "which" may be the herring, not Sweden
                    return None
            if trimmed.lower().startswith("which") and re.search(r"\s(?:and|or)\s", text[start:antecedent.end()]) \
                    and re.search(r"\s(?:and|or)\s", antecedent.group(0) + " "):
                return None  # "Lübeck and Hamburg, which lay on the route ...": one of them, or both?
            # "John Harvard, who was an alumnus of ..." -> "John Harvard was an alumnus of ...": the
            # name just before the "who" is its subject.
            named = antecedent.group(1)
            named = named[:1].upper() + named[1:]
            closing = relative_closed_before(text, lead, bounds[1])
            if closing is not None and span.start > closing:
                return None  # "reached Penzance, which had waited for decades, in 1852": the year is "reached"'s
            draft.start, draft.end = lead, bounds[1] if closing is None else closing
            draft.edits.append((lead, lead + len(relative.group(0)), named))
            draft.resolved.append("relative")
            subject_named = lead
            relative = None
            words = 0
        if 0 < words < MIN_CLAUSE_WORDS and bounds[1] < end and _AND_NEW_SUBJECT.match(text, bounds[1]) \
                and (verbish(trimmed) or _SHORT_PAST.search(trimmed)):
            return None  # "six men died and Brunel was seriously injured": too short a clause to ask alone
        if words >= MIN_CLAUSE_WORDS and verbish(trimmed):
            draft.start, draft.end = lead, bounds[1]
            if _WHEN.match(clause):
                # "... when he was seven months old": "he" out of its time would mislead.
                recent_people, sentence_people = [], []
                time = _TIME_BEFORE_WHEN.search(text, start, bounds[0])
                if time and re.search(r"\b(?:and|or)\s+\S+\s*$", text[start:time.start(2)]):
                    return None  # "in 1978 and 1986, when Maradona led the team": which time?
                if time:
                    # "done in 1996, when the Columbia carried ..." -> "In 1996, the Columbia carried ..."
                    draft.edits.append((lead, lead, f"{time.group(1).capitalize()} {time.group(2)}, "))
                elif re.search(r"\d{4}s?,?\s*$|\b(?:and|or)\s+\d{4},?\s*$", text[start:bounds[0]]):
                    return None
        elif words and second_clause_beside(text, start, end, bounds):
            # "Her plan to cross the border by train fails; the courier is arrested": the clause
            # the answer is in, alone, or no question; never the two clauses a semicolon (or ",
            # and" before a subject of its own) joins
            if words < MIN_CLAUSE_WORDS or not (finite_verb(trimmed) or any(
                    tense in ("past", "third", "base") for word in _WORDS.findall(trimmed) if word[:1].islower()
                    for _base, tense in readings(word))):
                return None
            draft.start, draft.end = lead, bounds[1]
    # Leading material a question does not need.
    while True:
        window = draft.window()
        match = _DISCOURSE.match(window) or _REPORTED_FRAGMENT.match(window)
        lead = _LEADING_SUBORDINATE.match(window)
        if match and _DENIED.match(match.group(0)):
            return None  # "no witness said that the council had decided ...": what no one said is no fact
        if match:
            draft.start += match.end()
        elif lead and draft.start + lead.end() <= span.start and not keep_subordinate:
            draft.start += lead.end()
            pieces = draft.window().split(", ")
            if len(pieces) >= 3 and not verbish(pieces[0]) and not verbish(pieces[1]) \
                    and re.match(r"(?!(?:the|a|an|this|these|that|those|his|her|its|their|he|she|it|they|there)\b)[a-z]",
                                 pieces[0]):
                return None  # "With its benches, flower carpets, a pond ..., the garden is": the list goes on
        else:
            break
    tail = next((m for m in _SECOND_PREDICATE.finditer(draft.text, span.end, draft.end)
                 if not adjectives_in_a_row(draft.text, m.start())), None)
    if tail and not draft.moved:
        draft.end = tail.start()  # "... due to heat and pressure and is then weathered, ...": one predicate is enough
    trailing = _TRAILING_ATTRIBUTION.search(draft.window())
    if trailing and draft.start + trailing.start() >= span.end:
        draft.end = draft.start + trailing.start()
    elif trailing and span.start >= draft.start + trailing.start() and span.kind not in (YEAR, DATE) \
            and re.fullmatch(r",\s*(?:the\s+)?", draft.text[draft.start + trailing.start():span.start], re.I):
        # "..., the space agency said on Wednesday": ask "According to which space agency, ...?"
        draft.end = draft.start + trailing.start()
        draft.moved = "according"
    if not draft.moved and (span.start < draft.start or span.end > draft.end):
        return None
    window = draft.window()
    if not window[:1].isupper() and not window[:1].isdigit() and draft.start != subject_named:
        if not window[:1].isalpha():
            return None
        first_word = window.split()[0].lower()
        fronted_time = re.match(r"(?:by|in|on|after|before|since|during)\s+(?:\d|[A-Z][a-z]+\s+\d)", window)
        if _RELATIVE.match(window) or first_word.endswith(("ed", "ing")) or first_word in PREPOSITIONS and not fronted_time:
            return None  # "linked to the ...": a fragment, not a clause
    if PERSONAL_WORDS.search(window) or _SPEECH_OPENING.match(window):
        return None  # "said Matt Taylor, the project scientist": who said what is not in the clause
    if judged(window):
        return None  # "a well-known alpha male", "the most beautiful rings": an opinion, not a fact
    if spoken:
        told = re.search(r"\btold\s+(?=(?:the\s+)?[A-Z])", window)
        if told and not re.search(r"\btold\s+[^,]*?\bthat\b", window):
            # '"...," a source told the news service': what was told went with the quotation.
            at = draft.start + told.start()
            draft.edits.append((at, at + len("told"), "spoke to"))
        elif re.search(r"\b(?:told|tells|said|says|wrote|writes|asked|asks)\s+(?!\w+\s+that\b)", window) \
                and not re.search(r"\bthat\b", window):
            return None  # '"...," she told an interviewer in 2009': told what? It went with the quotation
    if len(window.split()) < MIN_CLAUSE_WORDS:
        return None
    dated_line(draft)
    if not _resolve_start(draft, recent_people, sentence_people, topic, stand_in, this):
        return None
    if not draft.moved:
        _one_predicate(draft, span)  # one subject, several predicates: ask with the answer's predicate alone
        _cut_tacked_predicate(draft, span)
        _cut_gapped_clauses(draft, span)
    if _THERE_IS.match(draft.window()):
        second = re.compile(r"\s+and\s+(?:the|a|an)\s+[a-z]+\s+(?:is|are|was|were)\b").search(draft.text, span.end, draft.end)
        if second:
            draft.end = second.start()  # "There are 100 species of trees and the avenues are ...": one clause
    if quoted and draft.start == 1:
        # Someone's words, not the text's own: say so, "According to a quoted source, no member ..."
        first = re.match(r"\w+", text[1:])
        lower = first is not None and first.group(0).lower() in FUNCTION_WORDS | {"no", "none", "nobody", "nothing"}
        draft.edits.append((1, 1, "According to a quoted source, "))
        draft.resolved.append("quotation")
        if lower:
            draft.edits.append((1, 2, text[1].lower()))
    return draft


_ADJUNCT = re.compile(
    r"(?:(?:a|an|the|its|his|her|their)\s|(?:which|who|whom|whose|where)\b|not\s+(?:far|long)\b|as\s+well\s+as\b|"
    r"along\s+with\b|such\s+as\b|including\b|probably\b|possibly\b|perhaps\b|"
    r"(?:above|below|beside|besides|along|within|without|throughout|via|despite|upon|amid|unlike|except)\b|"
    r"(?:" + "|".join(sorted(PREPOSITIONS)) + r")\b|[a-z]+ing\b|(?:[a-z]{3,}ed|born|built|known|made|written|held|"
    r"found|given|taken|seen|shown|led|won|begun|grown|kept|left|lost|sold|sent|set|told)\s+(?:by|in|on|at|as|to|from|"
    r"with|for|after|before|during|into|over|under)\b)")


_A_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")


def aside_chunks(draft: Draft, keep: tuple[int, int]) -> list[tuple[int, int, str]]:
    chunks, main = _chunks(draft.text, draft.start, draft.end)
    if main is None:
        return []
    return _aside_edits(draft.text, chunks, main, keep)


@lru_cache(maxsize=1024)
def _chunks(text: str, begin: int, finish: int) -> tuple[tuple[tuple[int, int], ...], int | None]:
    """The pieces of text[begin:finish] between commas (outside brackets and quotes), and which
    of them holds the main clause's verb (None when there is one piece, or none has a verb)."""
    window = text[begin:finish]
    cuts = [begin]
    depth = 0
    quoted = False
    for offset, ch in enumerate(window):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch in "\"\u201c\u201d":
            quoted = not quoted
        elif ch == "," and not depth and not quoted and window[offset + 1:offset + 2] == " ":
            cuts.append(begin + offset)
    cuts.append(finish)
    chunks = tuple((cuts[i] + (1 if i else 0), cuts[i + 1]) for i in range(len(cuts) - 1))
    if len(chunks) < 2:
        return chunks, None
    verbal = [i for i, (a, b) in enumerate(chunks) if _has_verb(text[a:b])
              and not (i and _PARTICIPLE_OPENING.match(text, a) and i + 1 < len(chunks))]
    # A piece read as verbal only loosely ("both members of the League") is no main clause when a
    # later one has a verb for sure ("refused to pay the toll"): the first is an apposition.
    strict = [i for i in verbal if finite_verb(text[chunks[i][0]:chunks[i][1]])]
    if verbal and strict and verbal[0] < strict[0] and _QUANTIFIED_APPOSITION.match(text, chunks[verbal[0]][0]):
        return chunks, strict[0]
    return chunks, verbal[0] if verbal else None


# "both members of the League", "all three of them", "each a former mayor": an apposition that
# says something of the names before it.
_QUANTIFIED_APPOSITION = re.compile(r",?\s*(?:both|all|each|either|neither)\s+(?:[a-z-]+\s+){0,2}?[a-z]+s?\b")


# A piece that opens with a participle ("published today in the journal Nature") describes the
# noun before it: the main clause is a later piece ("According to the survey, published today in
# ..., the lake holds ...").
_PARTICIPLE_OPENING = re.compile(r"\s*(?:[a-z]{3,}ed|born|built|made|written|known|held|given|taken|seen|shown|"
                                 r"found|led|run|set|sold|kept)\s+(?:in|on|at|by|for|from|to|with|today|yesterday|"
                                 r"last|this|during|after|before|as)\b")


# A piece after the main clause that is the predicate of a subject an aside interrupted.
_PREDICATE = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|must|should|may|might)\s")
# "the second woman, after Caroline Herschel, to receive the Gold Medal": what the clause says, no aside.
_INFINITIVE = re.compile(r"to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|be\s+\w+ed\s+by)\b)[a-z]+\b")
_LIST_GOES_ON = re.compile(r"\s*(?:and|or)\s+(?!(?:he|she|it|they|we|then)\b)[^,]*$")
# A piece that describes the noun just before it: an apposition ("one of the oldest ...", "the
# oldest loom in England") or a participle ("built in 1829 ...", "linked to Storm Orla").
_DESCRIBES_THE_NOUN_BEFORE = re.compile(
    r"(?:(?:the|a|an)\s|(?:one|some|many|most|each|both|all|none|two|three|four|five|several|either|neither)\s+of\b|"
    r"(?:called|named|termed|known\s+as)\s|"
    r"(?:[a-z]{3,}ed|built|made|written|known|held|founded|begun|drawn|grown|shown|seen|given|taken|kept|"
    r"sold|sent|set|run|won|led|found|laid|paid|brought|bought|taught|chosen|spoken|hung|struck)\s+"
    r"(?:in|on|at|by|for|from|to|as|with|into|during|after|before)\b)")


def _describes_the_noun_before(piece: str) -> bool:
    """Whether a piece between commas describes the noun just before it: an apposition, a
    participle, or the rest of a list of adjectives ("deep lake in the Yakutia region" after "a small")."""
    first = _FIRST_WORD.match(piece)
    return bool(_DESCRIBES_THE_NOUN_BEFORE.match(piece)) or (
        first is not None and describing_word(first.group(0)) and not verbish(piece))


_AND_THEN = re.compile(r"\b(?:and|but)\s+([a-z]+)\b")


def _goes_on_with_a_predicate(piece: str) -> bool:
    """Whether a piece between commas goes on with a predicate of the main clause's subject ("on 6
    February and visits 14 venues before closing at ..."): no aside, since without it a time or a
    place after it would read as the first verb's ("opened ... on 17 May")."""
    return any(finite_verb(match.group(1)) for match in _AND_THEN.finditer(piece))


_OPENS_A_LIST = re.compile(r"(?:including|such\s+as|among\s+them|notably)\s")


def _list_opened(text: str, chunks, i: int) -> int:
    """The index of the last item of a list that the piece `i` opens with "including" or "such
    as" and that goes on past its comma to an "and ..." piece ("including the salary, £412 to
    Greenway, and £96 for the hall"); 0 when it opens none.

    Example:
        ", including the salary, £412 to Greenway, and £96 for the hall" -> the "and £96" piece
    """
    if not _OPENS_A_LIST.match(text[chunks[i][0]:chunks[i][1]].lstrip()):
        return 0
    return next((k for k in range(i + 1, len(chunks)) if _LIST_GOES_ON.match(text[chunks[k][0]:chunks[k][1]])), 0)


def _aside_edits(text: str, chunks, main: int, keep: tuple[int, int]) -> list[tuple[int, int, str]]:
    """Edits that drop the asides of a long clause a question does not need: the pieces between
    commas after its main clause that are phrases, not clauses (", near Burkhan Khaldun
    mountain", ", the head of the new household", ", an identity document for ..."), except
    the one holding text[keep[0]:keep[1]] (the answer). A leading phrase that sets the time or a
    condition is the main clause's and stays."""
    if any(_PREDICATE.match(text[a:b].lstrip()) for a, b in chunks[main + 1:]):
        return []  # "came after Ben Johnson, who crossed the line first, was disqualified": no aside ends there
    # A relative clause in an aside may go on past the aside's comma ("Lesseps, a diplomat who
    # obtained a concession from the ruler of Egypt, Said Pasha, in 1854": the year is the
    # concession's; "the Suez Crisis, in which Britain, France and Israel invaded Egypt"): what
    # follows is read with it, and nothing from it on is dropped.
    relative = next((i for i, (a, b) in enumerate(chunks) if i > main and i + 1 < len(chunks)
                     and not (a <= keep[0] < b) and _RELATIVE_WORD.search(text, a, b)), None)
    dropped = [i for i, (a, b) in enumerate(chunks) if i > main and (relative is None or i < relative)
               and not (a <= keep[0] < b or a < keep[1] <= b or (a >= keep[0] and b <= keep[1]))
               and _ADJUNCT.match(text[a:b].lstrip()) and not _A_YEAR.search(text, a, b)
               and not adjectives_in_a_row(text, a - 1)
               and not _INFINITIVE.match(text[a:b].lstrip()) and not _goes_on_with_a_predicate(text[a:b])]
    edits = []
    covered = -1
    for i in dropped:
        if i - 1 in dropped or i <= covered:
            continue  # part of the run that starts before it
        j = i
        while j + 1 in dropped:
            j += 1
        listed = _list_opened(text, chunks, i)
        if listed:
            # ", including the salary, £412 to Greenway, and £96 for the hall": the items after
            # "including" are its list; kept whole where one holds the answer, else dropped whole
            if any(a <= keep[0] < b for a, b in chunks[i + 1:listed + 1]):
                continue
            j = max(j, listed)
        if j + 1 < len(chunks) and _LIST_GOES_ON.match(text[chunks[j + 1][0]:chunks[j + 1][1]]):
            # ", the younger of two daughters of Philip Cooper, an engineer, and Rose Cooper":
            # the "and ..." after the aside ends its list, and goes with it or keeps it.
            a, b = chunks[j + 1]
            if a <= keep[0] < b or a < keep[1] <= b:
                continue
            j += 1
        # What follows and describes the aside's own noun goes with it ("a small, deep lake in
        # ..."), or keeps it when it holds the answer: in "locomotives, including Comet, one of
        # the oldest ..., built in 1829", the year would describe the locomotives without Comet.
        holds_answer = False
        while j + 1 < len(chunks) and _describes_the_noun_before(text[chunks[j + 1][0]:chunks[j + 1][1]].lstrip()):
            a, b = chunks[j + 1]
            if a <= keep[0] < b or a < keep[1] <= b:
                holds_answer = True
                break
            j += 1
        if holds_answer:
            continue
        covered = j
        start, end = chunks[i][0] - 1, chunks[j][1]
        if j + 1 < len(chunks):
            end += 1  # an aside in the middle takes both its commas: "Qin Shi Huang in about 210 BC"
        # "a new language, Ada, in her honour": the comma that closes "Ada" stays
        closing = "," if i - 1 > main and _an_apposition(text[chunks[i - 1][0]:chunks[i - 1][1]]) else ""
        edits.append((start, end, closing))
    return edits


def _an_apposition(piece: str) -> bool:
    """Whether a piece between commas is a short phrase naming the noun before it ("Ada", "the
    capital"): a few words opening with a name or a determiner, no verb, no conjunction."""
    words = piece.split()
    return 0 < len(words) <= MAX_APPOSITION_WORDS and not verbish(piece) \
        and bool(re.match(r"\s*(?:[A-Z]|(?:the|a|an|his|her|its|their)\s)", piece)) \
        and not re.match(r"\s*(?:and|or|but|which|who|where|when|while|as|if|in|on|at|by|for|from|with)\b", piece) \
        and not re.search(r"\b(?:and|or)\s", piece)


def statement_body(draft: Draft, answer: str, asides: list[tuple[int, int, str]] = ()) -> str:
    """The draft as a statement with `answer` in the answer's place (for a moved answer; else '')."""
    if draft.moved:
        body = draft.render(None, tuple(asides))
        if re.match(r"(?:The|A|An)\b", body):
            body = body[:1].lower() + body[1:]
        if draft.moved == "according":
            return f"According to {answer}, {body}"
        return f"{draft.moved.capitalize()} {answer}{draft.moved_tail}, {body}"
    return ""


_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:is|are|was|were|has|have|had)\s+(?:then\s+|also\s+)?(?=[a-z]+ed\b)|"
                               r",\s+(?:(?:ultimately|eventually|finally|thereby|thus)\s+)?[a-z]{3,}ing\b(?!\s+(?:to|of)\b)")
_DANGLING = re.compile(r"\b(?:of|in|on|at|to|for|from|by|with|within|inside|the|a|an|and|or|which|that|whose|its|their)$", re.I)


def _dangles(text: str) -> bool:
    """Whether the text stops on a word that needs more after it ("... the capital of"). Only its
    last few characters are searched: the longest such word has six letters, and a pattern that
    ends in "$" is otherwise tried at every place of the text."""
    return _DANGLING.search(text, max(0, len(text) - 8)) is not None


# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_DETERMINER_BEFORE_WH = re.compile(
    r"(?=[tahimoy])\b(?:the|a|an|this|these|those|its|their|his|her|my|our|your)\s+(?:which|what|who|whom|whose|how)\b", re.I)
# "In what month and year its lander became ...?" would need the clause turned round.
# The wh-phrase may sit inside the phrase: "From around what year ...", "By the end of what year ...".
# "By D-Day in what month and year there was ...": a phrase before the subject that holds the
# question word after a name, with no verb before it.
_FRONTED_WH_AFTER_A_NAME = re.compile(r"^(?:In|On|At|By|During|From|Since|After|Before|Until|Around)\s+"
                                      r"(?:[A-Z][\w'-]*\s+)+(?:in|on|at|of|by|from)\s+(?:what|which|how)\b")
_FRONTED_WH = re.compile(r"^(?![Aa](?:bout|round)\s+how\s+(?:many|much)\b)(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Dd]uring|[Ff]rom|[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Ff]or|[Ww]ith|"
                         r"[Nn]ear|[Uu]nder|[Oo]ver|[Tt]hrough|[Aa]long|[Aa]cross|[Aa]round|[Aa]bout|[Bb]etween|[Aa]mong|"
                         r"[Ww]ithin|[Oo]utside|[Ii]nside|[Bb]eyond|[Tt]oward|[Tt]owards|[Aa]gainst|[Ff]ollowing)\s+"
                         r"(?:[a-z][\w-]*\s+){0,4}?(?:what|which|whom|how)\b")


# "New Zealand's centre-right which political party ...": a wh-word after a possessive.
_POSSESSIVE_BEFORE_WH = re.compile(r"[\u2019']s\s+(?:[\w-]+\s+){0,2}(?:which|what|whose)\b", re.I)
# "... attacks in what year and to the pandemic?": the question word splits two joined phrases.
_WH_SPLITS_A_PAIR = re.compile(r"\b(?:what|which)\s+(?:year|date|month and year|decade|century)\s+and\s+"
                               r"(?:to|for|in|on|at|with|by|of|from)\b")


# Shapes only a clause the rules misread gives: "A floodplain is what, flat area ...", "Applied to
# what, the principle ...", "Cancer is what in which cells ...", "Empress who of France", "The
# number how many bus", "in which place v Dickman".
_GARBLED_WH = re.compile(
    r"\b(?:what|who|whom),\s+[a-z]|\bwhat\s+(?:in|on|at|by|for|of|from|to|with)\s+which\b|"
    r"\b(?:Emperor|Empress|King|Queen|Prince|Princess|Pope|Saint|Lord|Lady|Sir|Dame|President|General|Captain)"
    r"\s+(?:who|whom)\b|\b[Tt]he\s+[a-z]+\s+how\s+(?:many|much)\b|"
    r"\b(?:which|what)\s+[a-z]+\s+v\.?\s+[A-Z]|\b[A-Z][\w'\u2019-]*\s+v\.?\s+(?:which|what|whom)\b")
# "Telegraph companies grew quickly, and which union?": the clause stops after its conjunction.
_ENDS_AFTER_AND = re.compile(r",\s+(?:and|but|or)\s+(?:the\s+)?(?:(?:which|what)\s+)?[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*)*$")
# "Telegraph founded by Hiram Sibley in what year?": a name and a participle, no verb of its own.
_NAME_THEN_PARTICIPLE = re.compile(r"^(?:The\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+"
                                   r"(?:founded|built|designed|written|painted|invented|discovered|created|established|"
                                   r"developed|planned|opened|owned|named|made|led|run)\s+by\b")


# A noun, then a relative clause to the end: "fragments of genetic material that animals".
_RELATIVE_TO_THE_END = re.compile(r"\b([a-z]+)\s+(?:that|which|who)\s+([^,;]*)$")


def relative_cut_short(text: str) -> bool:
    """Whether a statement ends in a relative clause cut before its verb ("Fragments of genetic
    material that animals.", of "... that animals and plants leave behind")."""
    text = text.strip().rstrip(" ?.,")
    if "that " not in text and "which " not in text and "who " not in text:
        return False
    relative = _RELATIVE_TO_THE_END.search(text)
    return relative is not None and relative.group(1) not in PREPOSITIONS and relative.group(1) not in FUNCTION_WORDS \
        and relative.group(1) not in _VERB_WORDS and not verbish(relative.group(2)) \
        and not any(readings(word.lower()) for word in _WORDS.findall(relative.group(2))) \
        and not _verb_outside_a_relative(text)


def garbled(body: str) -> bool:
    """Whether a question or statement has a shape no rule meant to write (see the patterns above)."""
    text = body.strip().rstrip(" ?.,")
    if (" v " in text or " v. " in text or "how m" in text or "," in text or " who" in text or " which" in text) \
            and _GARBLED_WH.search(text) and not text.startswith("According to"):
        return True
    if (" and " in text or " or " in text or " but " in text) and _ENDS_AFTER_AND.search(text):
        return True
    return " by " in text and bool(_NAME_THEN_PARTICIPLE.match(text))


# What follows an imperative's verb: its object's determiner or number ("Climb 142 steps",
# "Allow around two hours", "Press the button", "Climb how many steps").
_IMPERATIVE_OBJECT = re.compile(r"(?:the|a|an|your|this|these|those|its|their|our|each|every|any|all|some|"
                                r"around|about|up|at\s+least|how|\d+)\b", re.I)
_OPENING_WORD = re.compile(r"([A-Z][a-z]+)\s+")


def _participle(word: str) -> bool:
    """Whether a word is a past participle: one the verb list knows ("Founded", "Built"), the
    same after "re", "un", "over", "mis" or "out" ("Recast"), or a longer word in -ed the list
    lacks ("Besieged", "Perched")."""
    low = word.lower()
    if any(tense in ("participle", "past") for _base, tense in readings(low)):
        return True
    prefix = re.match(r"(?:re|un|over|mis|out)(?=[a-z]{3})", low)
    if prefix and any(tense == "participle" for _base, tense in readings(low[prefix.end():])):
        return True  # "recast", "rebuilt", "unseen"
    return len(low) >= 6 and low.endswith("ed") and fold(low) not in lexicon().given_names


def _opening_without_subject(piece: str) -> bool:
    """Whether a piece opens with a verb where its subject should be: a participle before a
    preposition ("Replanted in 2009 to its medieval plan"), or a verb's bare form before its
    object ("Climb 142 steps for views", the imperative of a leaflet)."""
    opening = _OPENING_WORD.match(piece)
    if opening is None:
        return False
    word, after = opening.group(1), piece[opening.end():]
    following = _FIRST_WORD.match(after)
    if following is None:
        return False
    if following.group(0).lower() in PREPOSITIONS and _participle(word):
        return True
    return any(tense == "base" for _base, tense in readings(word.lower())) and bool(_IMPERATIVE_OBJECT.match(after))


_PARTICIPLE_AFTER_A_COMMA = re.compile(r",\s+([a-z]{3,})\s+(\w+)")
_ARTICLE_FIRST = re.compile(r"(?:A|An|The)\s")


def _a_noun_and_its_participle(piece: str) -> bool:
    """Whether a piece is a noun phrase and a participle phrase after it, with no verb of its own
    ("A tiny chapel with a rare wall painting, discovered under plaster in what year?")."""
    if not _ARTICLE_FIRST.match(piece):
        return False
    after = _PARTICIPLE_AFTER_A_COMMA.search(piece)
    if after is None or after.group(2).lower() not in PREPOSITIONS or not _participle(after.group(1)):
        return False
    before = piece[:after.start()]
    if "," in before:
        return False  # "The La Rance power station in Brittany, France, opened in 1966": an aside closed, then the verb
    for word in _WORDS.findall(before):
        low = word.lower()
        if low in _VERB_WORDS or (low.endswith("s") and any(t == "third" for _b, t in readings(low))):
            return False  # "The canal, which opened ..., was built ...": a verb before the comma
        if low.endswith("ed") and re.search(rf"\b{word}\s+(?:{'|'.join(sorted(PREPOSITIONS))})\b", before):
            return False  # "The bridge opened in 1890, replacing ...": a verb in -ed before its phrase
    rest = piece[after.end():]
    return ", " not in rest and not any(word.lower() in _VERB_WORDS for word in _WORDS.findall(rest))


def opens_without_subject(body: str, wh: str = "") -> bool:
    """Whether a question or statement is a fragment with no subject, made from a leaflet's or a
    timeline's line ("Besieged for six weeks during the Wars of the Roses in what year?", "Climb
    how many steps for views across three counties?", "Which garden – Replanted in 2015 to its
    1820s design?"), or asks inside a participle phrase set before its subject ("Perched on a crag
    how many metres above the river, the castle has been ...?"). A participle phrase before a
    subject and its verb ("Founded in 1134, the priory was closed in what year?") is neither."""
    for piece in (body, *(body[dash.end():] for dash in _LABEL_DASH.finditer(body))):
        piece = _DATED_OPENING.sub("", piece.strip(), count=1)
        if _a_noun_and_its_participle(piece):
            return True
        if not _opening_without_subject(piece):
            continue
        comma = piece.find(", ")
        main = piece[comma + 2:] if comma > 0 else ""
        if not main or not re.match(r"(?:[A-Z]|the\b|a\b|an\b|it\b|he\b|she\b|they\b)", main) \
                or not finite_verb(main):
            return True  # no subject and verb after the opening phrase: a fragment
        if wh and 0 <= piece.find(wh) < comma:
            return True  # the question word inside the phrase before the subject
    return False


# A time a timeline's line is given as a sentence's opening: "In 1216, Besieged for three weeks".
_DATED_OPENING = re.compile(r"^(?:In|On|By)\s+[^,]{1,40},\s+(?=[A-Z])")
_LABEL_DASH = re.compile(r"\s[\u2013\u2014-]\s+(?=[A-Z])")


_PARTICIPLE_BY = re.compile(r"[a-z]ed\s+by\b", re.I)


def participle_only(text: str) -> bool:
    """Whether the only verb-like words are participles followed by "by" ("a petition signed by")."""
    if not _PARTICIPLE_BY.search(text):
        return False  # the usual case, found without the slow search below
    found = False
    for hit in VERBISH.finditer(text):  # read up to the first verb that is no participle before "by"
        if not (hit.group(0).lower().endswith("ed") and re.match(r"\s+by\b", text[hit.end():])):
            return False
        found = True
    return found


# What opens a phrase or a clause set before a sentence's subject: "In 1795, during a war that
# cut ..., the officer ...", "When the army reached ..., the king ...".
_PREPOSITION_OPENING = re.compile(r"(?:in|on|at|by|during|after|before|from|since|until|with|without|despite|under|"
                                  r"over|through|throughout|following|unlike|like)\b", re.I)
_SUBORDINATOR_OPENING = re.compile(r"(?:as|when|while|although|though|because|if|once|whereas)\b", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b")


_COMMA_OR_BRACKET = re.compile(r"[,()\[\]]")
_COMMA_BRACKET_OR_QUOTE = re.compile(r"[,()\[\]\"\u201c\u201d]")


def comma_pieces(text: str, start: int = 0, end: int | None = None, quotes: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the pieces of text[start:end] between its commas, outside brackets (and,
    with `quotes`, outside quotations).

    >>> comma_pieces("In 1864, after the war (a short one, in May), Prussia grew")
    [(0, 7), (8, 44), (45, 58)]
    """
    end = len(text) if end is None else end
    pieces, begin, depth, quoted = [], start, 0, False
    for mark in (_COMMA_BRACKET_OR_QUOTE if quotes else _COMMA_OR_BRACKET).finditer(text, start, end):
        ch, at = mark.group(), mark.start()
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch in "\"\u201c\u201d":
            quoted = not quoted if ch == '"' else ch == "\u201c"
        elif ch == "," and not depth and not quoted and text[at + 1:at + 2] == " ":
            pieces.append((begin, at))
            begin = at + 1
    pieces.append((begin, end))
    return pieces


def _fronted(piece: str) -> bool:
    """Whether a piece between commas is a phrase set before the subject, not the main clause:
    a subordinate clause, or a prepositional phrase without a verb of its own outside a relative
    clause ("during a war that cut ..." is one; "By 1455 his workshop had printed ..." is not)."""
    if _SUBORDINATOR_OPENING.match(piece):
        return True
    if not _PREPOSITION_OPENING.match(piece):
        return False
    relative = _RELATIVE_WORD.search(piece)
    return not finite_verb(piece[:relative.start()] if relative else piece)


def wh_in_a_fronted_phrase(body: str, wh: str) -> bool:
    """Whether the question word sits in a phrase that opens the sentence before its main clause
    ("In 1795, during a war that cut which country off from English supplies, the officer ...?"):
    asking there needs the sentence turned round, which no rule does."""
    at = body.find(wh) if wh else -1
    if at < 0 or body.startswith("According to") or "," not in body:
        return False
    first_comma = body.find(",")
    if at < first_comma and re.match(r"(?:The|A|An)\s", body) and not finite_verb(body[:first_comma]) \
            and not verbish(body[:first_comma]):
        return True  # "The tallest of how many main gateways, Monk Bar was built ...?": a phrase before the subject
    if not (_PREPOSITION_OPENING.match(body) or _SUBORDINATOR_OPENING.match(body)):
        return False  # (the usual case, found without reading the pieces)
    chunks = comma_pieces(body)
    for number, (start, end) in enumerate(chunks):
        if not _fronted(body[start:end].lstrip()):
            return False  # the main clause begins before the question word
        if start <= at < end:
            return number + 1 < len(chunks)
    return False


def wh_in_an_interruption(body: str, wh: str) -> bool:
    """Whether the question word sits in a piece between commas that interrupts its clause: a
    relative clause the main clause goes on after ("Her husband, whom she married in what year,
    died in 2015?"), or an aside after the subject before its verb ("Her best-known work, the
    footbridge in which city, opened in 1974?", "The garden, covering how many hectares, was ...")."""
    at = body.find(wh) if wh else -1
    if at < 0 or body.count(",") < 2:
        return False
    chunks = comma_pieces(body)
    for number, (start, end) in enumerate(chunks):
        if start <= at < end and 0 < number < len(chunks) - 1:
            following = body[chunks[number + 1][0]:chunks[number + 1][1]].lstrip()
            piece = body[start:end].lstrip()
            # "..., after Caroline Herschel in what year, to receive ...": deep inside an aside
            deep = bool(_PREPOSITION_OPENING.match(piece)) and len(piece[:piece.find(wh)].split()) > 2 \
                if wh in piece else False
            return bool(_INTERRUPTING.match(piece) or _PREDICATE_OPENING.match(following)
                        or _present_verb_opening(following) or re.match(r"(?:than|as)\s|to\s+[a-z]+\b", following)
                        or deep)  # ("the second woman, after whom in 1828, to receive ...": the noun goes on after it)
    return False


def _present_verb_opening(piece: str) -> bool:
    """Whether a piece opens with a verb in the present ("gives a warranty of five years ..."):
    the predicate of a subject an aside interrupted."""
    first = _FIRST_WORD.match(piece)
    if first is None:
        return False
    word = first.group(0)
    return word.islower() and word.endswith("s") and not word.endswith("ss") \
        and any(tense == "third" for _base, tense in readings(word))


_INTERRUPTING = re.compile(r"(?:which|who|whom|whose|where)\b")
# A piece that opens with its verb: the predicate of a subject an aside interrupted.
_PREDICATE_OPENING = re.compile(r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
                                r"did|does|do)\b|[a-z]{3,}ed\b(?!\s+by\b)|(?:" + "|".join(sorted(IRREGULAR_PAST))
                                + r")\b(?!\s+by\b))")
# A clause whose only verb is in a relative clause: "Professor Daniel Okonkwo, who studies ice-age mammals ...".
_RELATIVE_AFTER_COMMA = re.compile(r",\s+(?=(?:who|which|whom|whose)\b)")


def relative_only(body: str, wh: str = "") -> bool:
    """Whether a question or statement is a noun and its relative clause, with no verb of its own
    ("Which professor, who studies ice-age mammals at the University of Alberta?"); the question
    word itself after a comma ("In 1996, which space shuttle carried ...?") opens no relative clause."""
    relative = _RELATIVE_AFTER_COMMA.search(body)
    if relative is None or finite_verb(body[:relative.start()]) \
            or (wh and body.startswith(wh, relative.end())):
        return False
    return "," not in body[relative.end():]


def reads_as_question(body: str, wh: str) -> bool:
    """A last check that the question is a whole one: it has a verb and does not stop midway,
    no determiner stands before its wh-word ("The which writer ...") and it needs no inversion."""
    if _DETERMINER_BEFORE_WH.search(body) or _FRONTED_WH.match(body) or _FRONTED_WH_AFTER_A_NAME.match(body) \
            or _POSSESSIVE_BEFORE_WH.search(body) \
            or _WH_SPLITS_A_PAIR.search(body) or garbled(body) or wh_in_a_fronted_phrase(body, wh) \
            or wh_in_an_interruption(body, wh) or relative_only(body, wh) or opens_without_subject(body, wh):
        return False
    if _dangles(body.rstrip(" ?.,")) and not body.rstrip(" ?.,").lower().endswith(wh.lower()):
        return False
    rest = body.replace(wh, " ", 1)
    if participle_only(rest):
        return False  # "A petition signed by how many residents?": a noun and its participle, no clause
    if verbish(rest) or bool(re.search(r"\b(?:is|are|was|were) there$|\bis among\b", wh)):
        return True
    # "Priya Anand keeps how many hives ...?": a verb just before the question word
    before = re.search(r"\b([a-z]{3,}s)\s+$", body[:body.find(wh)]) if wh and wh in body else None
    return bool(before) and any(tense == "third" for _base, tense in readings(before.group(1)))


def _balanced(body: str) -> str:
    """Close a quotation the trimming left open: 'the special "The Time of the Doctor'."""
    if body.count('"') % 2 or body.count("\u201c") > body.count("\u201d"):
        body += "\u201d" if "\u201c" in body else '"'
    return body


# Words that only the sentences around a prompt can explain: where "a short walk further on"
# is, which year "the same year" or "two years later" was, which one "the other one" is.
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_POINTS_INTO_THE_DOCUMENT = re.compile(
    r"(?=[afilnstwye\d])\b(?:further\s+(?:on|along|up|down)|a\s+short\s+(?:walk|drive|ride|distance)|"
    r"the\s+same\s+(?:year|month|day|week|decade|century|time|place|date|night|morning|evening|season)|"
    r"(?:that|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+(?:year|month|day|week|decade|season|spring|summer|autumn|winter)|"
    r"the\s+other\s+(?:one|two|three|side|half)|the\s+former|the\s+latter|the\s+above|as\s+above|"
    r"(?:within|after|in)\s+a\s+few\s+(?:years|months|weeks|days)|"
    r"(?:a\s+few|some|(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+(?:years|months|weeks|days|decades)\s+(?:later|earlier|before(?=\s*[,.;?]|$))|"
    r"(?:soon|shortly)\s+(?:after|afterwards|before)(?!\s+(?:the|a|an|\d|[A-Z]))|afterwards|"
    r"a\s+(?:year|month|week|day|decade)\s+(?:later|earlier)|later\s+that\s+(?:year|month|day|week)|"
    r"(?:last|next)\s+(?:year|month|week|season|spring|summer|autumn|fall|winter)|yesterday|tomorrow|"
    r"the\s+(?:[a-z]+\s+){1,2}(?:below|above)(?!\s+(?:the|a|an|sea|freezing|zero|ground|average|it|them|\d)))\b|"
    r"\bthe\s+(?:most|fewest|least)\s+[a-z]+s(?=[.?]?$)",  # "reported the most cases": of what, where, when?
    re.I)


def needs_the_document(text: str) -> bool:
    """Whether a prompt or statement holds a phrase that only the document around it explains
    ("A short walk further on is ...", "in the same year", "the other one", "two years later",
    "last autumn", "the letter below"), or speaks as "I" or "we" outside a quotation (who is
    speaking, only the document says): such a prompt is not asked, however sure the rest of it is."""
    if first_person(text):
        return True
    lower = text.lower()
    if not any(word in lower for word in _POINTING_WORDS):
        return False
    return bool(_POINTS_INTO_THE_DOCUMENT.search(text))


# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_FIRST_PERSON = re.compile(r"(?=[imwuo])\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves)\b", re.I)
_WORD_BEFORE = re.compile(r"([\w'\u2019]+)\W*$")


def first_person(text: str) -> bool:
    """Whether `text` says "I", "my", "we" or "our" outside quotation marks ("Charles I", "World
    War I" and "the US" are no one speaking)."""
    if not _FIRST_PERSON.search(text):
        return False
    regions = quote_regions(text)
    for match in _FIRST_PERSON.finditer(text):
        if any(a <= match.start() < b for a, b in regions):
            continue
        word = match.group(0)
        if word == "i" or (word.lower() == "us" and word != "us"):
            continue  # a lower-case "i" is no pronoun; "US" is a country
        if word == "I":
            before = _WORD_BEFORE.search(text, 0, match.start())
            if before and before.group(1)[:1].isupper() and before.group(1).lower() not in FUNCTION_WORDS:
                continue  # "Charles I", "World War I": a numeral after a name
        return True
    return False


# One of these is in every text `_POINTS_INTO_THE_DOCUMENT` finds: a quick test first.
_POINTING_WORDS = ("further", "short", "same", "that ", "following", "next", "previous", "preceding", "other",
                   "former", "latter", "above", "few", "later", "earlier", "before", "soon", "afterwards", "most",
                   "fewest", "least", "last", "yesterday", "tomorrow", "below", "above")


def plain_opening(body: str) -> str:
    """A timeline's "1894 - The faces are lit ..." as a sentence says it: "In 1894, the faces ...",
    and "Timetable: The Aurora will run ..." without its label."""
    label = LEAD_LABEL.match(body) if ":" in body else None
    if label:
        body = body[label.end():]
    dated = TIMELINE_LEAD.match(body)
    if not dated:
        return body
    rest = body[dated.end():]
    if re.match(r"(?:The|A|An)\b", rest):
        rest = rest[:1].lower() + rest[1:]
    return f"In {dated.group(1)}, {rest}"


# A sentence adverb set off by commas that links to what came before ("Though, ...", "In 1928,
# however, ..."): with the sentence before it gone, it points at nothing.
_LINKING_WORDS = (r"(?:though|however|still|even\s+so|all\s+the\s+same|anyway|then\s+again|nevertheless|"
                  r"nonetheless|of\s+course|in\s+fact|after\s+all|too|also|indeed|instead|meanwhile|moreover|"
                  r"besides|yet|in\s+turn|in\s+any\s+case|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand|"
                  r"for\s+example|for\s+instance|as\s+it\s+happens|in\s+the\s+end|by\s+then|"
                  r"(?:sadly|fortunately|unfortunately|luckily|surprisingly|ironically|curiously|tellingly|"
                  r"happily|oddly|interestingly|crucially|admittedly))")
_LEADING_LINK = re.compile(r"^" + _LINKING_WORDS + r"\s*,\s+", re.I)
_INNER_LINK = re.compile(r",\s+" + _LINKING_WORDS + r",\s+")
# A phrase put before the subject: "In 1928", "By the 1820s", "During the war".
_FRONTED_PHRASE = re.compile(r"^(?:in|on|at|by|during|after|before|since|from|until|within|under|for)\s[^,]{1,60}$",
                             re.I)


def without_linking_word(body: str) -> str:
    """The body without a linking sentence adverb at its front or set off by commas after a
    fronted phrase or a subject: "though, lava destroyed ..." -> "lava destroyed ...", "In 1928,
    however, lava ..." -> "In 1928, lava ...", "The town, however, was ..." -> "The town was ..."."""
    body = _LEADING_LINK.sub("", body, count=1)
    inner = _INNER_LINK.search(body)
    if inner and "," not in body[:inner.start()]:
        joint = ", " if _FRONTED_PHRASE.match(body[:inner.start()]) else " "
        body = body[:inner.start()] + joint + body[inner.end():]
    return body


def finish_question(body: str) -> str:
    # (a space a cut left before a comma goes: "Why is water there , in effect, left behind?")
    body = without_linking_word(_SPACE_BEFORE_MARK.sub(r"\1", body.strip()))
    body = _balanced(plain_opening(body).rstrip(" .;:,"))
    if body.startswith("According to "):
        body = _ACCORDING_THEN_ARTICLE.sub(lambda m: m.group(1) + m.group(2).lower(), body)
    return body[:1].upper() + body[1:] + "?"


def finish_statement(body: str) -> str:
    body = without_linking_word(_SPACE_BEFORE_MARK.sub(r"\1", body.strip()))
    body = _balanced(plain_opening(body).rstrip(" .;:,"))
    return body[:1].upper() + body[1:] + "."


def too_long(prompt: str) -> bool:
    return len(prompt) > MAX_PROMPT_CHARS


# The wh-phrase a prompt asks with, and "and" or "but" joining two clauses around it.
_WH_PHRASE = re.compile(r"\b(?:[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hat|[Ww]hich|[Ww]hen|[Ww]here|[Hh]ow\s+(?:many|much|long|far|old))\b")
_THEN_WH = re.compile(r",?\s+(?:and|but)\s+(?=(?:(?:[a-z]+\s+)?who|(?:what|which)\s+[a-z]+)\s+(?:"
                      + _FINITE_WORDS + r"|[a-z]{3,}ed)\b)")
_COMMA_AND = re.compile(r",\s+(?:and|but)\s+")
_AND = re.compile(r",?\s+(?:and|but)\s+")
# A clause of its own after ", and": a subject (a name, "the" and a noun, a pronoun) and its verb.
_OWN_CLAUSE = re.compile(
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[A-Z][\w'\u2019-]*|he|she|it|they|[a-z]{3,})"
    r"(?:\s+(?:of|de|von|the|(?:which|what)\s+[a-z]+|[A-Z][\w'\u2019-]*|\([^)]{1,30}\)))*\s+"
    r"(?:" + _FINITE_WORDS + r"|[a-z]{3,}ed|gave|gives)\b")


# "formed which trust, bought the site for one pound ...?": a second predicate of a list, cut
# from its "and"; "of which which foundation gave ...?": a relative and the question word.
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_WH_THEN_PREDICATE = re.compile(r"(?=w)\b(?:which|what)\s+(?:[a-z]+\s+){0,2}?[a-z]+,\s+(?:[a-z]{3,}ed|"
                                + "|".join(sorted(IRREGULAR_PAST)) + r")\s+(?:the|a|an|its|their|his|her)\b")
_TWO_WHICH = re.compile(r"\bwhich\s+which\b|\bof\s+which\s+(?:which|what)\b", re.I)


def pronoun_clause_after_the_question(prompt: str) -> bool:
    """Whether a prompt goes on after the clause it asks in with "and" and a subject pronoun
    ("... meets Clara in which city and they marry?"): "they", "he", "she" and "we" are never
    objects, so what follows them is a clause of its own, which no question carries.

    >>> pronoun_clause_after_the_question("Tom meets Clara in which city and they marry?")
    True
    >>> pronoun_clause_after_the_question("Which city did he and his brother visit?")
    False
    """
    wh = _WH_PHRASE.search(prompt)
    if wh is None:
        return False
    return any(join.start() > wh.end() and (_has_verb(prompt[:join.start()]) or finite_verb(prompt[:join.start()]))
               for join in _AND_A_PRONOUN.finditer(prompt))


def run_on(prompt: str) -> bool:
    """Whether a prompt runs a statement and a question together: "Marcus Lee scored twice and who
    added a third?" (a clause with its own verb before "and who"), "Which country was defeated, and
    the Treaty of Stralsund gave ...?" (a clause with its own subject after the one asked about).
    A question ends with the clause it asks in, and has no other; two clauses joined by a
    semicolon are two ("... married Erik Strand in 1963; he died in what year?")."""
    if _WH_THEN_PREDICATE.search(prompt) or _TWO_WHICH.search(prompt):
        return True
    if ";" in prompt:
        before, _semicolon, after = prompt.partition(";")
        if (_has_verb(before) or _SHORT_PAST.search(before)) and (_has_verb(after) or _SHORT_PAST.search(after)):
            return True
    if " and " not in prompt and " but " not in prompt:
        return False
    if pronoun_clause_after_the_question(prompt):
        return True
    for join in _THEN_WH.finditer(prompt):
        before = prompt[:join.start()]
        if not _WH_PHRASE.search(before) and (_has_verb(before) or _SHORT_PAST.search(before)):
            return True
    wh = _WH_PHRASE.search(prompt)
    if not wh:
        return False
    for join in _AND.finditer(prompt):
        before = prompt[:join.start()]
        if not (_has_verb(before) or _SHORT_PAST.search(before)):
            continue
        after = _OWN_CLAUSE.match(prompt, join.end())
        if not after or (not join.group(0).startswith(",") and not after.group(0)[:1].isupper()):
            continue  # without a comma only a name or "The ..." opens a clause of its own
        if (join.start() > wh.start()) != bool(_WH_PHRASE.search(prompt, join.end())):
            return True  # the asked clause is one of two
    return False


# A preposition written with a capital inside a sentence: a title goes on before it ("The Forest
# Under the Waves", "Journey Into the Past").
_CAPITAL_PREPOSITION = re.compile(
    r"(?<=[A-Za-z,]\s)(?:Under|Beyond|Beneath|Behind|Above|Below|Across|Through|Over|Without|Within|Into|Upon|"
    r"Among|Between|Against|Towards?|From|With|In|On|Of|At|For|After|Before|Around)\s+(?:(?:the|a|an)\s+)?$")


# A title opened by a capital article inside a sentence, its inner words in lower case: "wrote a
# book, The Forest under the ...", "published A Guide to the ...".
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_TITLE_OPENING = re.compile(
    r"(?=[TA])(?<=[a-z,:;]\s)(?:The|A|An)\s+[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|the|a|an|under|to|in|on|"
    r"for|from|with|into|beyond|beneath|behind|above|below|across|through|over|without|among|at|by))*\s+$")


def inside_a_title(text: str, start: int) -> bool:
    """Whether a name starting at `start` is the end of a longer title ("the Waves" of "The Forest
    Under the Waves", "the Birds of the Coast" of "A Guide to the Birds of the Coast"): a title is
    taken whole or not at all."""
    return bool(_CAPITAL_PREPOSITION.search(text, max(0, start - 40), start)
                or _TITLE_OPENING.search(text, max(0, start - 60), start))
