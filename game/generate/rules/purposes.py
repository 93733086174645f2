"""Purposes and functions: what a thing is used for ("What is a thermometer used for?" -> to
measure temperature), what its role is ("What is the main role of chloroplasts?" -> to conduct
photosynthesis) and what a part does ("What does the cell membrane do?" -> controls which
substances enter and leave the cell).

"What does X do?" is asked only of a term in a textbook's present tense with a verb that
says what a part does (data/word_sets.txt, function_verbs); its wrong options are what the
document's other parts do.
"""

from __future__ import annotations

import re

from game.generate import verbs
from game.generate.kinds import PURPOSE, PURPOSES
from game.generate.lexicon import fold, word_set
from game.generate.rules.base import rule_list
from game.generate.rules.clauses import (
    MAX_ANSWER_WORDS,
    MAX_QUESTION_CHARS,
    PREPOSITIONS,
    PRONOUNS,
    Asked,
    Clause,
    is_plural_phrase,
    lower_first,
    parse_clause,
    content_words,
    stands_alone,
    stated,
    vague_comparison,
)

FAMILIES = (PURPOSES,)
RULES, rule = rule_list(__name__)

TO_VERB = "to-verb"   # to measure temperature
USE = "use"           # pumping water
DOES = "does"         # controls which substances enter and leave the cell (its subject's number in `sort`)

_FUNCTION_VERBS = word_set("function_verbs")
_PURPOSE_NOUNS = word_set("purpose_nouns")
# Words that leave an answer pointing at the document or saying nothing in particular.
_POINTING = frozenset("this these those it them they he she him her other others various several number".split())
_PURPOSE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_PURPOSE_NOUNS)) + r")\b")
# Any form of a function verb a "What does ... do?" clause needs: "stores", "carry".
_DOING = re.compile(r"\b(?:" + "|".join(sorted({form for base in _FUNCTION_VERBS
                                                 for form in (base, verbs.third_person(base))})) + r")\b")
# "makes the kettle slower and noisier": make, something, and how it becomes.
_MAKES_IT_MORE = re.compile(r"makes?\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+[\w-]+(?:er|ier)(?:\s+and\s+[\w-]+(?:er|ier))?$")
_ANSWER_END = re.compile(r",|;|\s+(?:so\s+that|because|while|whereas|although|but)\b")


def _answer(clause: Clause, start: int, end: int | None = None) -> tuple[str, int] | None:
    end = clause.end if end is None else end
    stop = _ANSWER_END.search(clause.masked, start, end)
    if stop:
        end = stop.start()
    text = clause.verbatim(start, end)
    if not text:
        return None
    words = text.split()
    if not 2 <= len(words) <= MAX_ANSWER_WORDS or any(w.lower().strip(".,") in _POINTING for w in words):
        return None  # "contains many trillions of them", "carry out a number of other functions"
    return text, clause.text.find(text, start)


def _repeats(question: str, answer: str) -> bool:
    """Whether half the answer's words are already in the question: "What is the lid release
    button used for?" -> "to open the lid"."""
    words = content_words(answer)
    return bool(words) and len(words & content_words(question)) * 2 >= len(words)


def _subject(clause: Clause, phrase: str) -> str | None:
    phrase = phrase.strip()
    if phrase in ("It", "They") and clause.topic:
        phrase = clause.topic
        clause.resolved.append("pronoun")
    if not phrase or phrase.split()[0].lower() in PRONOUNS | PREPOSITIONS | {"there"} or len(phrase.split()) > 8:
        return None
    if re.search(r"\b(?:that|which|who|where|when)\b|,", phrase):
        return None
    return stands_alone(clause, lower_first(clause, phrase), kinds_ok=True)


_USED = re.compile(r"(?P<subject>.+?)\s+(?P<aux>is|are|was|were|can\s+be|could\s+be)\s+(?P<adverb>(?:mainly|mostly|"
                   r"often|usually|commonly|also|widely|still)\s+)?used\s+(?P<link>to|for)\s+")


@rule
def used_for(clause: Clause):
    """A thing "is used to" or "used for" something: "What is ... used for?".

    Example:
        The thermometer is used to measure temperature.
        -> What is the thermometer used for?  [to measure temperature]
    """
    match = _USED.match(clause.masked, clause.start, clause.end) if " used " in clause.body else None
    if match is None:
        return None
    subject = _subject(clause, clause.plain(match.start("subject"), match.end("subject")))
    start = match.start("link") if match.group("link") == "to" else match.end()
    answer = _answer(clause, start)
    if subject is None or answer is None:
        return None
    if match.group("link") == "to" and verbs.base_of(answer[0].split()[1], verbs.BASE) is None:
        return None  # "used to be": a habit, not a use
    aux = match.group("aux").split()[0]
    question = f"What {aux} {subject} {'be ' if aux in ('can', 'could') else ''}used for?"
    if len(question) > MAX_QUESTION_CHARS or _repeats(question, answer[0]):
        return None
    text, at = answer
    form = TO_VERB if match.group("link") == "to" else USE
    statement, swap = stated(clause, text)
    return [Asked(PURPOSE, question, text, at, at + len(text), form=form, about=fold(subject), statement=statement,
                  swap=swap, identity=f"purpose:{fold(subject)}")]


_ROLE = re.compile(r"(?:(?P<owner>.+?)['\u2019]s?\s+|(?:the|The)\s+)(?P<adjective>(?:main|primary|chief|principal|most\s+"
                   r"important|key|basic)\s+)?(?P<noun>" + "|".join(sorted(_PURPOSE_NOUNS)) + r")(?:\s+of\s+"
                   r"(?P<of>.+?))?\s+(?P<aux>is|was|are|were)\s+(?=to\s+[a-z])")


@rule
def role_is_to(clause: Clause):
    """"The main role of X is to ...", "X's function is to ...": "What is the main role of X?".

    Example:
        Chloroplasts' main role is to conduct photosynthesis.
        -> What is the main role of chloroplasts?  [to conduct photosynthesis]
    """
    match = _ROLE.match(clause.masked, clause.start, clause.end) if _PURPOSE_WORDS.search(clause.body) else None
    if match is None or bool(match.group("owner")) == bool(match.group("of")):
        return None
    owner = match.group("owner") or match.group("of")
    subject = _subject(clause, owner)
    answer = _answer(clause, match.end())
    if subject is None or answer is None:
        return None
    if verbs.base_of(answer[0].split()[1], verbs.BASE) is None:
        return None
    adjective = " ".join((match.group("adjective") or "").split())
    noun = match.group("noun")
    question = f"What {match.group('aux')} the {adjective + ' ' if adjective else ''}{noun} of {subject}?"
    if _repeats(question, answer[0]):
        return None
    text, at = answer
    statement, swap = stated(clause, text)
    return [Asked(PURPOSE, question, text, at, at + len(text), form=TO_VERB, about=fold(subject), statement=statement,
                  swap=swap, identity=f"purpose:{fold(subject)}")]


@rule
def what_it_does(clause: Clause):
    """A part that "stores", "controls", "produces" ... something, in the present: "What does
    ... do?", the verb phrase as the answer.

    Example:
        The cell membrane controls which substances enter and leave the cell.
        -> What does the cell membrane do?  [controls which substances enter and leave the cell]
    """
    if not _DOING.search(clause.body):
        return None
    parsed = parse_clause(clause)
    if parsed is None or parsed.fronted or parsed.adverbs or parsed.tense not in (verbs.THIRD, verbs.BASE):
        return None
    if parsed.base not in _FUNCTION_VERBS or re.search(r"\d", clause.body):
        return None
    written = _subject(clause, parsed.subject)
    words = (written or "").split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or any(w[:1].isupper() for w in words[1:]) or words[0][:1].isupper() and clause.is_name(words[0]):
        return None  # "The Blue Nile supplies ...": a name does not "do" anything a quiz asks this way
    answer = _answer(clause, parsed.verb_start)
    if written is None or answer is None:
        return None
    if parsed.base == "make" and (vague_comparison(answer[0]) or _MAKES_IT_MORE.match(answer[0])):
        return None  # "makes the kettle slower and noisier": an effect, not what a part does
    plural = parsed.tense == verbs.BASE
    question = f"What {'do' if plural else 'does'} {written} do?"
    if _repeats(question, answer[0]):
        return None
    text, at = answer
    statement, swap = stated(clause, text)
    return [Asked(PURPOSE, question, text, at, at + len(text), form=DOES, sort="plural" if plural else "singular",
                  about=fold(written), statement=statement, swap=swap, identity=f"purpose:{fold(written)}")]


def agreeing(phrase: str, plural: bool) -> str | None:
    """A "does" answer made to agree with a subject: "releases energy" for the nucleus,
    "release energy" for mitochondria; None when a verb cannot be changed."""
    words = phrase.split()
    first = "third" if verbs.is_form(words[0], verbs.THIRD) else "base"
    out = []
    for k, word in enumerate(words):
        # the verb, and a second one joined to it in the same form ("stores ... and helps"), not
        # a verb of a clause inside ("controls which substances enter and leave")
        if k == 0 or (words[k - 1] == "and" and verbs.is_form(word, verbs.THIRD if first == "third" else verbs.BASE)
                      and not verbs.is_form(word, verbs.THIRD if first == "base" else verbs.BASE)):
            if plural:
                base = verbs.base_of(word, verbs.THIRD)
                if base is None and not verbs.is_form(word, verbs.BASE):
                    return None
                out.append(base or word)
            else:
                base = word if verbs.is_form(word, verbs.BASE) else verbs.base_of(word, verbs.THIRD)
                if base is None:
                    return None
                out.append(verbs.third_person(base))
        else:
            out.append(word)
    return " ".join(out)


def plural_subject(subject: str) -> bool:
    return is_plural_phrase(subject)
