"""Answer spans in a sentence: names of people, places, organisations and things (`names.py`);
dates, years, numbers with their units, sums and percentages (`quantities.py`); key terms
(`terms.py`). No model is used, only patterns, the word lists and what the document itself says.
"""

from __future__ import annotations

import re
from functools import lru_cache

from game.generate.fullnames import read_people_names
from game.generate.kinds import ACRONYM, DATE, NAME, PERSON, YEAR, Context, Span
from game.generate.lexicon import FUNCTION_WORDS, HEAD_KINDS, fold, lexicon
from game.generate.names import (
    DEFINITION,
    name_candidates,
    defined_kind,
    SHORTENED,
    is_capitalised,
    name_spans,
    sentence_start_indexes,
    strip_possessive,
    word_tokens,
)
from game.generate.labels import made_of_spans
from game.generate.phrasing import inside_a_title
from game.generate.quantities import number_spans
from game.generate.terms import TECHNICAL, TERM_AFTER, common_words, term_spans

__all__ = ["NAME", "PERSON", "Context", "Span", "find_spans", "gather_context"]


_WORD_OF_FOUR = re.compile(r"\b[A-Za-z][a-z]{3,}\b")
_NOUN_AFTER_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+([a-z]{4,})\b")
_NOUN_IN_PHRASE = re.compile(r"\b(?:the|a|an|this|that|its|their|of|and)\s+(?:[a-z-]+\s+)?([a-z]{3,})(?=\s*[,.;:)]|"
                             r"\s+(?:of|in|and|or|on|to|for|is|are|was|were|that|which|where|from|with|at|by)\b)")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def gather_context(sentences: list[str], titles: list[str] = ()) -> Context:
    """First pass over a document: names seen mid-sentence, and people with their surnames. A
    title that is a person's name the text writes longer ("Nelson Mandela" over a text naming
    "Nelson Rolihlahla Mandela") is that person's name as prompts write it."""
    context = Context.empty()
    surnames: dict[str, str] = {}
    shared_surnames: set[str] = set()  # surnames that stand for more than one person of the text
    capitals_before: set[str] = set()  # capitalised words of the sentences read so far, folded
    other_name_words: set[str] = set()
    short_names: dict[str, str] = {}
    counts: dict[str, int] = {}
    defined: dict[str, str] = {}
    written_lower: set[str] = set()
    names_by_last: dict[str, set[str]] = {}  # folded last word -> the names of two words or more ending in it
    written_alone: set[str] = set()  # capitalised words the text writes outside a name of two words or more
    full_people: list[str] = []  # the names of two words or more the text gives people, in order
    people_alone: set[str] = set()  # the single names (folded) it gives people
    someone_else: set[str] = set()  # surnames alone that stand for another person than the full name beside them
    for text in sentences:
        lower = [w.lower() for w in _WORD_OF_FOUR.findall(text)]
        context.common_nouns.update(_NOUN_AFTER_DETERMINER.findall(text))
        context.nouns.update(_NOUN_IN_PHRASE.findall(text))
        for word in lower:
            stem = _stem(word)
            counts[stem] = counts.get(stem, 0) + 1
        written_lower.update(_LOWER_WORD.findall(text))
    common = common_words()
    # A word counts with its plural and its capitalised form at a sentence's start ("Injectors
    # became ..." and "is an injector"), but only words the text also writes in lower case.
    context.keywords = {w for w in written_lower
                        for n in (counts.get(_stem(w), 0),)
                        if (len(w) >= 7 or TECHNICAL.search(w) or (len(w) >= 5 and n >= 3))
                        and w not in common and w not in FUNCTION_WORDS
                        and not w.endswith(("ly", "ed", "ing"))
                        and (n >= 2 or TECHNICAL.search(w))}
    context.name_candidates = []
    for text in sentences:
        tokens = word_tokens(text)
        starts = sentence_start_indexes(text, tokens)
        # the capitalised words (folded), read once for the three uses below
        capitals = [(k, tok, fold(strip_possessive(tok.group(0))))
                    for k, tok in enumerate(tokens) if is_capitalised(tok.group(0))]
        for k, _tok, folded in capitals:
            if k not in starts:
                context.mid_sentence_names.add(folded)
        candidates = name_candidates(text, tokens, starts)
        context.name_candidates.append(candidates)  # read again with the whole context, by find_spans
        found = name_spans(text, context, candidates)  # numbers and terms say nothing about names
        here = [folded for _k, _tok, folded in capitals]
        for span in found:  # numbers and terms say nothing about names
            if span.kind == PERSON:
                words = span.text.split()
                context.people[fold(span.text)] = span.text
                if len(words) >= 2 and all(is_capitalised(w) for w in words):
                    full_people.append(span.text)
                elif len(words) == 1:
                    people_alone.add(fold(span.text))
                if len(words) >= 2:
                    surname = fold(words[-1])
                    other = surnames.setdefault(surname, span.text) != span.text \
                        or here.count(surname) > sum(fold(s.text.split()[-1]) == surname for s in found
                                                     if s.kind == PERSON and len(s.text.split()) >= 2)
                    if other or surname in capitals_before:
                        # "Brunel was born ..., the only son of ... Marc Isambard Brunel": the surname
                        # alone is someone else; "Marie Curie" and "Pierre Curie": either.
                        shared_surnames.add(surname)
                    if other:
                        someone_else.add(surname)
            elif span.kind != NAME:
                context.kinds.setdefault(fold(span.text), span.kind)
                other_name_words.update(fold(span.text).split())
                words = fold(span.text).split()
                if len(words) == 2 and (words[0] in SHORTENED or words[1] in SHORTENED):
                    # "Mount Everest" tells that "Everest" alone is the mountain too.
                    short = words[1] if words[0] in SHORTENED else words[0]
                    if not short.endswith(("ic", "an", "ese", "ish", "al")):
                        short_names.setdefault(short, span.kind)
            else:
                other_name_words.update(fold(span.text).split()[:1] if len(span.text.split()) > 1 else [])
        capitals_before.update(here)
        for span in found:
            words = span.text.split()
            if len(words) >= 2 and all(is_capitalised(w) for w in words):
                names_by_last.setdefault(fold(words[-1]), set()).add(span.text)
        longer = [(s.start, s.end) for s in found if len(s.text.split()) >= 2]
        for _k, tok, folded in capitals:
            if not any(start <= tok.start() and tok.end() <= end for start, end in longer):
                written_alone.add(folded)
        for match in DEFINITION.finditer(text):
            defined.setdefault(fold(match.group(1)), defined_kind(match.group(2)))
    context.kinds.update(defined)  # what the text says a name is outweighs a guess from its neighbours
    _shared_heads(context, names_by_last, written_alone)
    for word, kind in short_names.items():
        if word not in context.kinds and word not in surnames:
            context.kinds[word] = kind
    for surname, full in surnames.items():
        if surname in shared_surnames:
            continue
        # "Harvard" alone is the university when the text also says "Harvard College".
        if surname not in other_name_words and fold(context.people.get(surname, surname)) == surname:
            context.people[surname] = full  # "Kipchoge" alone is "Eliud Kipchoge", named in full elsewhere
    full_people = [n for n in full_people if context.people.get(fold(n)) is not None]
    titled = _titled_people(titles, full_people)
    context.people_names = read_people_names(
        full_people + titled, people_alone, sentences,
        other_name_words | {k for k, kind in context.kinds.items() if kind != PERSON and " " not in k}, written_alone,
        someone_else, _main_person(titles, full_people + titled))
    return context


def _titled_people(titles: list[str], full_people: list[str]) -> list[str]:
    """The titles that name a person of the text by a shorter form of a full name it writes:
    "Nelson Mandela" for "Nelson Rolihlahla Mandela"; not "Ada Lovelace" over "Augusta Ada King".

    >>> _titled_people(["Nelson Mandela", "The Panama Canal"], ["Nelson Rolihlahla Mandela", "Walter Sisulu"])
    ['Nelson Mandela']
    """
    found = []
    for title in titles:
        words = title.strip().split()
        if not 2 <= len(words) <= 3 or not all(is_capitalised(w) for w in words):
            continue
        if any(len(name.split()) > len(words) and fold(name.split()[0]) == fold(words[0])
               and fold(name.split()[-1]) == fold(words[-1]) for name in full_people):
            found.append(" ".join(words))
    return found


def _main_person(titles: list[str], full_people: list[str]) -> str:
    """The person a single document is about, when its title is a full name the text gives a
    person, or a given name and the surname of people of the text ("Marie Curie" over a text
    naming "Pierre Curie" and "Ève Curie"); '' for several documents or a title that names no
    one of the text.

    >>> _main_person(["Marie Curie"], ["Pierre Curie"]), _main_person(["The Curies"], ["Pierre Curie"])
    ('Marie Curie', '')
    """
    if len(titles) != 1:
        return ""
    title = " ".join(titles[0].split())
    words = title.split()
    if title in full_people:
        return title
    if not 2 <= len(words) <= 3 or not all(is_capitalised(w) for w in words) \
            or fold(words[0]) not in lexicon().given_names:
        return ""
    return title if fold(words[-1]) in {fold(name.split()[-1]) for name in full_people} else ""


def _shared_heads(context: Context, names_by_last: dict[str, set[str]], written_alone: set[str]) -> None:
    """Names that share their last word, three or more of them and two at least not opening with
    a given name ("Bootham Bar", "Walmgate Bar", "Victoria Bar"), end in a noun, not a surname,
    when the text never writes that word alone ("Achterberg was born ..." is a surname): none
    is a person, whatever its first word. Their kind is the noun's where it is known, else
    unknown (no question word is put in their place)."""
    given = lexicon().given_names
    for last, names in names_by_last.items():
        if len(names) < 3 or sum(fold(n.split()[0]) not in given for n in names) < 2 or last in written_alone:
            continue
        for name in names:
            key = fold(name)
            if context.people.get(key) is not None:
                del context.people[key]
            context.kinds[key] = HEAD_KINDS.get(last, NAME)


@lru_cache(maxsize=1 << 14)
def _stem(word: str) -> str:
    """One form for a noun and its plural: "injectors" and "injector", "boxes" and "box"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def find_spans(text: str, context: Context | None = None, candidates: list | None = None) -> list[Span]:
    """Every answer span of a sentence, longest first where they overlap, in text order
    (`candidates`: its name candidates, when the context's first reading found them already)."""
    context = context or Context.empty()
    numbers = number_spans(text)
    # A year inside a date, a number inside a sum of money: the larger span speaks for both,
    # except that a year inside a date is kept on its own too (it makes a good number question).
    chosen: list[Span] = []
    for span in sorted(numbers, key=lambda s: (-(s.end - s.start), s.start)):
        inside = [c for c in chosen if _overlaps(c, span)]
        if not inside or (span.kind == YEAR and all(c.kind == DATE for c in inside)):
            chosen.append(span)
    for span in name_spans(text, context, candidates):
        if not any(_overlaps(c, span) for c in chosen):
            chosen.append(span)
    for span in made_of_spans(text):
        if not any(_overlaps(c, span) for c in chosen):
            chosen.append(span)  # "made from cedar wood": what the thing is made of, before any key term
    for span in term_spans(text, context):
        inside = [c for c in chosen if _overlaps(c, span)]
        if inside and all(c.kind == NAME and span.start <= c.start and c.end <= span.end and c != span for c in inside):
            # "known as the Calvin cycle": the term is the answer, not the name of unknown kind in it
            chosen = [c for c in chosen if c not in inside]
            inside = []
        if not inside:
            chosen.append(span)
    chosen = [s for s in chosen if s.kind != ACRONYM or TERM_AFTER.match(text, s.end)]
    chosen = [s for s in chosen if not speaker_label(text, s) and not inside_a_title(text, s.start)]
    return sorted(chosen, key=lambda s: (s.start, -s.end))


def speaker_label(text: str, span: Span) -> bool:
    """Whether a span is the label a transcript puts before a speaker's words ("BP: Learn to be
    patient.", "Anna Hale: We opened in May."): the initials or name of who speaks, never a fact,
    whatever company or place the same letters may name."""
    return span.start == len(text) - len(text.lstrip()) and text[span.end:span.end + 1] == ":" \
        and len(span.text.split()) <= 3

