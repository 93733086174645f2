"""Key terms: the lower-case words and noun phrases a text is about ("photosynthesis",
"divergent boundaries", "heat and pressure"), found where a question can ask "what" about them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from game.generate.kinds import TERM, Context, Span
from game.generate.lexicon import AUXILIARIES, FUNCTION_WORDS, IRREGULAR_PAST, NUMBER_WORDS, word_set

_PREPOSITIONS = word_set("prepositions")  # "fried beside potato bread" is a clause, not a term

TECHNICAL = re.compile(r"(?:sis|phyll|ase|ism|ide|ium|ogen|cyte|plast|sphere|ology|ite|ene|ose|ein|oid|ae)$")
_TERM_BEFORE = re.compile(
    r"(?:\b(?:of|in|into|from|by|with|for|as|at|on|to|than|through|over|under|within|between|"
    r"due to|because of|such as|like|called|named|termed|known as|"
    r"referred to as|contain|contains|contained|produce|produces|produced|store|stores|stored|conduct|"
    r"conducts|form|forms|formed|use|uses|used|include|includes|included|cause|causes|caused|"
    r"become|becomes|became|resemble|resembles|resembled|have|has|had|provide|provides|provided|"
    r"require|requires|required|supply|supplies|supplied|generate|generates|generated)(?:\s+(?:the|a|an))?\s+|"
    r"\b(?:is|are|was|were|becomes|became)\s+(?:the|a|an)\s+|\b(?:are|were)\s+)$")
TERM_AFTER = re.compile(r"\s*(?:[.;:)]|,(?!\s+\w+\s+(?:and|or)\b)|$)|\s+(?:while|during)\b")
# Where a noun phrase stops: punctuation, a clause word, or a preposition starting a phrase of its own.
_PHRASE_END = re.compile(
    r"\s*(?:[.;:)\u2014\u2013]|,|$)|\s+(?:while|during|where|which|that|when|whereas|because|"
    r"in|inside|within|on|at|from|to|into|for|through|over|under|with|by|after|before|"
    r"is|are|was|were|has|have|had|can|could|may|might|will|would|must|due|such|like|including|as|"
    r"and(?=\s+(?:is|are|was|were|has|have|had|then|also|[a-z]+ed)\b))\b")
_NAMED = re.compile(r"\b(?:known as|called|named|termed|referred to as)\s+(?!after\b|for\b|by\b|in\b|it\b|its\b|their\b|his\b|them\b|him\b|her\b|this\b|that\b)(?:the\s+|a\s+|an\s+)?"
                    r"[\"\u201c]?((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)(?=[,.]?[\"\u201d]|\s*[,.;:)]|\s+(?:and|or|in|of|by|for|which|that|because|even|though|although|but|while|when)\b)")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
MAX_PHRASE_WORDS = 4
_NOT_IN_PHRASE = word_set("not_in_phrase")


# Nouns a news text repeats that are still no key term on their own.
_GENERIC = word_set("generic_nouns")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    from game.generate.lexicon import DATA_DIR
    words: set[str] = set()
    for line in (DATA_DIR / "common_words.txt").read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


_SUPERLATIVE = re.compile(r"(?:^|-)(?:larg|long|high|bigg|old|small|great|low|short|young|deep|tall|wid|near|"
                         r"furth|strong|rich|earli|clos|fast|new|bright|hott|cold|dens|heavi|busi|lat|fin)est$")


_JUDGED = word_set("judging_words")


@lru_cache(maxsize=1 << 14)
def _phrase_word(word: str) -> bool:
    """Whether a lower-case word can belong to a noun phrase (no function word, verb form or adverb)."""
    return (word not in FUNCTION_WORDS and word not in AUXILIARIES and word not in _NOT_IN_PHRASE
            and word not in _PREPOSITIONS and word not in NUMBER_WORDS  # "cost fifty pence": an amount, no term
            and not word.endswith("ly") and len(word) >= 3 and not _SUPERLATIVE.search(word) and word not in _JUDGED)


def _noun_phrase(text: str, words: list[re.Match], last: int, context: Context) -> tuple[int, int] | None:
    """(start, end) of the noun phrase ending with word `last`, when a question can ask "what"
    about it: it follows a preposition or a verb that takes it, and a key term of the text is in it."""
    k = last
    count = 0
    joined = False
    while k >= 0 and count < MAX_PHRASE_WORDS:
        word = words[k].group(0)
        if not _phrase_word(word) or (count and word in common_words() and word not in context.keywords):
            break
        gap = text[words[k].end():words[k + 1].start()] if k < last else ""
        if k < last and gap != " ":
            break
        count += 1
        k -= 1
        if not joined and k >= 1 and words[k].group(0) == "and" and _phrase_word(words[k - 1].group(0)) \
                and text[words[k - 1].end():words[k + 1].start()] == " and ":
            joined = True  # "heat and pressure": two nouns asked as one answer
            k -= 1
    first = k + 1
    if first > last or words[first].group(0) == "and":
        return None
    start = words[first].start()
    phrase = [w.group(0) for w in words[first:last + 1] if w.group(0) != "and"]
    if not any(w in context.keywords or TECHNICAL.search(w) for w in phrase):
        return None
    if len(phrase) == 1 and len(phrase[0]) < 7 and not TECHNICAL.search(phrase[0]):
        return None  # "carried in space": a short common word alone is no key term
    if len(phrase) == 1 and phrase[0] in _GENERIC:
        return None  # "a record for the company": a word that names nothing in particular alone
    head = phrase[-1]
    if (head.endswith(("ed", "ing")) or head in IRREGULAR_PAST) and head not in context.keywords:
        return None  # "was widely used", "an enzyme found in ...": a verb, not a thing
    if head not in context.nouns and head not in context.keywords and not TECHNICAL.search(head):
        return None  # "the number of chloroplasts varies": a verb the text never uses as a noun
    if not _TERM_BEFORE.search(text, 0, start):  # last: the slowest test
        return None
    return start, words[last].end()


_LOWER_RUN = re.compile(r"[a-z]+")
_TO_BEFORE = re.compile(r"(?<!\bdue )(?<!\baccording )(?<!\bnext )(?<!\brelative )(?<!\bclose )(?<!\bcompared )"
                        r"(?<!\bprior )(?<!\bowing )(?<!\bthanks )(?<!\bequal )(?<!\bsimilar )\bto\s+$")
_OF_BEFORE = re.compile(r"\b(?:of|by|for|in|from|without)\s+$")


def _action(text: str, start: int) -> str:
    """"do" for a phrase that is an action ("to conduct photosynthesis"), "doing" for one
    that names an action ("capable of carrying out photosynthesis"), else ''."""
    first = _LOWER_RUN.match(text, start).group(0)
    if _TO_BEFORE.search(text, 0, start) and not first.endswith("ing"):
        return "do"
    if first.endswith("ing") and _OF_BEFORE.search(text, 0, start):
        return "doing"
    return ""


def term_spans(text: str, context: Context) -> list[Span]:
    """Key terms where a question can ask 'what' about them: after a preposition or a verb,
    at the end of a phrase ("to conduct photosynthesis", "known as the Calvin cycle",
    "due to heat and pressure")."""
    spans: list[Span] = []
    for match in _NAMED.finditer(text):
        if _SUPERLATIVE.search(match.group(1).split()[0]) or match.group(1).split()[0].lower() in _JUDGED:
            continue  # "named the best player": a ranking, not a name
        if match.group(1)[:1].isupper() and sum(w[:1].islower() and len(w) > 2 for w in match.group(1).split()[1:]) > 1:
            continue  # "buggies called Kavalir carry older ...": a name, then the clause goes on ("the Calvin cycle" is one)
        spans.append(Span(match.start(1), match.end(1), match.group(1), TERM))
    if not context.keywords:
        return spans
    words = list(_LOWER_WORD.finditer(text))
    taken = [(s.start, s.end) for s in spans]
    for index, match in enumerate(words):
        end = match.end()
        if not _phrase_word(match.group(0)) or not _PHRASE_END.match(text, end):
            continue
        if index + 1 < len(words) and text[end:words[index + 1].start()] == "-":
            continue
        found = _noun_phrase(text, words, index, context)
        if found is None or any(a < found[1] and found[0] < b for a, b in taken):
            continue
        action = _action(text, found[0])
        if action == "do" and re.match(r"\s+(?:to|into|from|with)\s", text[found[1]:]):
            continue  # "aimed to move audiences to tears": the action goes on, "do what to tears" is no question
        found = without_class_noun(text, found)
        taken.append(found)
        spans.append(Span(found[0], found[1], text[found[0]:found[1]], TERM, group=action))
    return spans


_CLASS_NOUNS = word_set("class_nouns")
_CLASS_THEN_MEMBER = re.compile(r"([a-z]+) ([a-z][a-z-]+(?: [a-z][a-z-]+)?)")


def without_class_noun(text: str, found: tuple[int, int]) -> tuple[int, int]:
    """The member a term names without the class noun the text puts before it: "maltose" of
    "into the sugar maltose", "quartz" of "the mineral quartz"; the term unchanged when the
    class noun is the term's own head's describer ("the protein coat", "the salt marsh": the
    word after it is a common word) or is not written with "the"."""
    match = _CLASS_THEN_MEMBER.fullmatch(text, found[0], found[1])
    if not match or match.group(1) not in _CLASS_NOUNS or not re.search(r"\bthe\s+$", text[:found[0]]):
        return found
    if match.group(2).split()[-1] in common_words():
        return found
    return match.start(2), found[1]


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _a_verb_next(text: str, end: int) -> bool:
    """Whether the word after `end` is a verb's form: a subject's verb ("Kettle lakes form ...")."""
    from game.generate.verbs import readings
    following = _NEXT_WORD.match(text, end)
    return bool(following and readings(following.group(1)))


_MATE = re.compile(r"\b(?=([A-Za-z][a-z-]*[a-z])\s+([a-z][a-z-]*[a-z])\b)")


def kind_mates(texts: list[str], spans_by_sentence: list[list[Span]], context: Context) -> list[tuple[int, Span]]:
    """Other kinds of a key term's head that the text names where no question asks about them
    (as a sentence's subject, say), as (sentence number, span) to offer as wrong options: beside
    "... were explained as glacial lakes" and "... as volcanic lakes", a sentence opening "Coastal
    lakes form where ..." names "coastal lakes" too. Only two-word terms of a head word two of the
    text's terms end with, the first word a key word of the text or a technical one (never a
    common word: "large lakes", "many lakes") and a describing one (not "crater lakes", which may
    be divided another way), written in lower case but for the sentence's first."""
    from game.generate.distractors import describes
    heads: dict[str, int] = {}
    known: set[str] = set()
    for spans in spans_by_sentence:
        for span in spans:
            if span.kind == TERM and len(span.text.split()) >= 2:
                heads[span.text.split()[-1].lower()] = heads.get(span.text.split()[-1].lower(), 0) + 1
                known.add(span.text.lower())
    heads = {head: n for head, n in heads.items()
             if n >= 2 and _phrase_word(head) and (head in context.nouns or head in context.keywords)}
    if not heads:
        return []
    found: list[tuple[int, Span]] = []
    for index, (text, spans) in enumerate(zip(texts, spans_by_sentence)):
        for match in _MATE.finditer(text):
            head = match.group(2)
            if head not in heads:
                continue  # most pairs of words: read no further
            first, start, end = match.group(1), match.start(1), match.end(2)
            if first[:1].isupper() and start != 0:
                continue
            first = first.lower()
            phrase = f"{first} {head}"
            if phrase in known or not _phrase_word(first) or not (_PHRASE_END.match(text, end)
                                                                   or (start == 0 and _a_verb_next(text, end))):
                continue
            if first in common_words() and first not in context.keywords:
                continue
            if not describes(first, context):
                continue  # "Nerve cells" beside "red blood cells": a kind named by a noun may be divided another way
            if any(s.start < end and start < s.end for s in spans):
                continue
            if start > 0 and _phrase_word(text[:start].split()[-1].lower().strip(",;:")):
                continue  # "... the wide oxbow lakes": the phrase runs on before it
            known.add(phrase)
            found.append((index, Span(start, end, phrase, TERM)))
    return found
