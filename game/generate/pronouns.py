"""Pronouns inside a clause ("runs along its southern shore", "campaigned against it"): each
must have something to stand for earlier in what the player reads, or be replaced by what it
stands for, or the clause is not used.

A clause's opening pronoun is dealt with in `phrasing.py`; this looks at the rest of it. The
tests are plain patterns: a person's name before "his", a thing before "its" (a place before
"its southern shore"), something plural before "their", and for an object ("made it a dwarf
planet") something other than the clause's own subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from game.generate.lexicon import FUNCTION_WORDS, MONTHS, PLACE_KINDS, WEEKDAYS, agrees, fold, lexicon, word_set
from game.generate.kinds import PERSON, Span
from game.generate.phrasing import PREPOSITIONS, VERBISH, Draft, finite_verb, quote_regions

# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
PRONOUN = re.compile(r"(?=[hsit])\b(he|she|him|his|her|it|its|they|them|their)\b", re.I)
# A place that only the sentences before name: "was born here", "is also situated here".
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_HERE = re.compile(r"(?=h)\bhere\b", re.I)
# A thing only the sentences before say: "to analyze this process", "at those Games". A noun
# made definite by what follows ("this origin of chloroplasts"), a time ("this year") or
# "to this day" says enough.
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_DEMONSTRATIVE = re.compile(r"(?=t)\b(?:this|these|those)\s+(?:[\w-]+\s+)?([\w-]+)(?=\s+(of|between|in|from|with)\b)?", re.I)
_TIMES = word_set("time_nouns")
_PERSONAL = frozenset({"he", "she", "him", "his", "her"})
_PLURAL = frozenset({"they", "them", "their"})
# What "its ..." is part of when only a place can have it: "its southern shore", "its mouth".
_PLACE_PARTS = re.compile(
    r"\s+(?:[a-z]+ern\s+|upper\s+|lower\s+|own\s+)?(?:shores?|coast(?:line)?|banks?|mouth|source|delta|waters|"
    r"borders?|capital|summit|slopes?|peak|tributaries|basin|shoreline|estuary)\b")
_PLACE_NOUNS = word_set("place_nouns")
# "it" that stands for nothing: "made it possible to", "it was not until".
_DUMMY_IT = re.compile(r"\bit\s+(?:is|was|has\s+been|will\s+be|would\s+be)\s+(?:not\s+)?(?:\w+\s+)?(?:to|that|until|for)\b|"
                       r"\b(?:made|makes|make|making|found|find|finds|considered)\s+it\s+(?:\w+\s+)?(?:to|that)\b", re.I)
_BOUNDARY = re.compile(r"[,;:]\s+(?:and|but|or|while|whereas|although|so)\b|;|\b(?:which|that|who|when|before|after|"
                       r"because|while|until|if|where|as|since|once|so)\b", re.I)
_DETERMINED = re.compile(r"\b(?:the|a|an|this|that|which|what)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*)\b", re.I)
_PLURAL_WORD = re.compile(r"\b(?:[a-z]{2,}[^s'\u2019\s]s|people|men|women|children|police|staff|bacteria|data|media|"
                          r"cattle|crew|team|family|government)\b")
_NOT_PLURAL = word_set("not_plural")
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+|the\s+|de\s+)?[A-Z][\w'\u2019.-]*)*")


@dataclass(frozen=True)
class StandIns:
    """What a pronoun with nothing to stand for in its clause may be replaced by ('' for nothing)."""

    person: str = ""     # the one person the sentences before point to
    thing: str = ""      # a singular thing the text was just about: "the comet", "Philae"
    place: str = ""      # the place the text is about, for "its southern shore"
    things: str = ""     # a plural thing the text was just about: "Chloroplasts"


# Words that open a run of capitals without being part of the name: "In", "The", "March", "Monday".
_NO_NAME_OPENERS = FUNCTION_WORDS | frozenset(MONTHS) | WEEKDAYS


def _names(before: str, people: Mapping[str, str], known: set[str], pronoun: str = "") -> tuple[bool, bool]:
    """Whether `before` names (a person, a thing) with a capital; a capital opening the text
    names something only when the text writes that word with a capital elsewhere too. With a
    pronoun, only a person it can stand for counts ("Marie Curie took over his post")."""
    person = thing = False
    for match in _CAPITALISED.finditer(before):
        run = match.group(0)
        words = run.split()
        if match.start() == 0 and len(words) == 1 and fold(words[0]) not in known and fold(words[0]) not in people:
            continue  # "Scientists were surprised ...": a capital that only opens the sentence
        while words and fold(words[0]) in _NO_NAME_OPENERS:
            words.pop(0)
        if not words:
            continue
        key = fold(" ".join(words))
        named = people.get(key) or people.get(fold(words[-1])) or people.get(fold(words[0]))
        if named:
            person = person or agrees(pronoun, named)
        elif not (len(words) == 1 and words[0].isupper() and len(words[0]) <= 2):
            thing = True
    return person, thing


def _unknown_person(before: str, pronoun: str = "") -> bool:
    return bool(unknown_people(before, pronoun))


def unknown_people(before: str, pronoun: str = "") -> list[str]:
    """Whom `before` names that the lists do not know: two or three capitalised words of no
    known kind ("Gladys Cherono"), whom a pronoun after them may well stand for (unless the
    first name says the pronoun cannot: "his" is never Marie Curie's)."""
    found: list[str] = []
    for match in _CAPITALISED.finditer(before):
        for piece in re.split(r"\s+(?:of|the|de)\s+", match.group(0)):  # "Gladys Cherono of Kenya"
            words = piece.split()
            while words and fold(words[0]) in _NO_NAME_OPENERS:
                words.pop(0)
            if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) \
                    and not lexicon().lookup(" ".join(words)) and not any(fold(w) in PLACE_KINDS for w in words) \
                    and agrees(pronoun, " ".join(words)):
                found.append(" ".join(words))
    return found


# A person's name as texts write it, with its numeral or epithet: "Darius I", "Alexander the
# Great of Macedon", "John of Gaunt", "Pliny the Elder".
NAME_PHRASE = r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|the|de|van|von)\s+)?[A-Z][\w'\u2019-]*)*"
_NAME_RUN = re.compile(rf"(?<![\w'\u2019.-]){NAME_PHRASE}")
_BEFORE_WHO = re.compile(rf"(?<![\w'\u2019.-])({NAME_PHRASE}),\s+who\b")
# A sentence that opens with a name and gives the name's own "his" or "her" in its first clause:
# "Darius divided his lands ...", "Around 550 BC Cyrus, then a king, overthrew his overlord".
_NAME_OWNS = re.compile(rf"(?:(?:In|On|By|From|Around|About|After|Before|Later)\s+[^,A-Z]{{0,25}}?(?:\s*(?:BC|AD|BCE|CE)\b)?,?\s*)?({NAME_PHRASE})"
                        rf"(?:,\s+[^,;]{{1,80}},)?\s+(?:[a-z]+ly\s+)?([a-z]{{2,}})\b([^,;:]*?)\b(his|her)\b")
_MID_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][\w-]*")
_RELATIVE_OR_OBJECT = re.compile(r"\b(?:that|which|who|whom|where|when|whose|to|for|with|by)\b")
_NUMERAL_OR_EPITHET = re.compile(r"\s+(?:[IVX]{1,4}|the\s+[A-Z][\w-]*)(?:\s+of\s+[A-Z][\w-]*)?$")


def people_by_grammar(texts: list[str]) -> dict[str, str]:
    """The names a text shows to be people's by its grammar, though no list knows them: a name a
    relative "who" follows ("Darius I, who seized the throne"), and a name that opens a sentence
    whose first clause gives it a "his" or "her" ("Darius divided his lands"). Folded name ->
    'm', 'f', or '' when the grammar does not say; a name with a numeral or an epithet is also
    found by its first word, as the text goes on to call the person ("Darius")."""
    found: dict[str, str] = {}
    capitals = {fold(word) for text in texts for word in _MID_CAPITAL.findall(text)}

    def add(name: str, sex: str) -> None:
        of = re.search(r"\s+of\s+[A-Z]", name)
        if of and len(name[:of.start()].split()) >= 2 and " the " not in name[:of.start()]:
            name = name[:of.start()]  # "Usain Bolt of Jamaica" is Usain Bolt; "John of Gaunt" keeps his "of"
        words = name.split()
        while words and fold(words[0]) in _NO_NAME_OPENERS:
            words.pop(0)
        if not words or len(words) > 6:
            return
        name = " ".join(words)
        keys = [fold(name)]
        if _NUMERAL_OR_EPITHET.search(name):
            keys.append(fold(words[0]))
        for key in keys:
            if found.get(key) and sex and found[key] != sex:
                found[key] = ""  # a "his" here and a "her" there: the grammar does not say
            else:
                found[key] = found.get(key) or sex

    for text in texts:
        for match in _BEFORE_WHO.finditer(text):
            add(match.group(1), "")
        owner = _NAME_OWNS.match(text)
        if owner and finite_verb(owner.group(2)) and not _NAME_RUN.search(owner.group(3)) \
                and not _RELATIVE_OR_OBJECT.search(owner.group(3)) \
                and (" " in owner.group(1) or fold(owner.group(1)) in capitals):
            # (not "The bridge was the project that made her name"; and a single word only when the
            # text capitalises it mid-sentence too: "Darius", not "Colleagues remember her")
            add(owner.group(1), "m" if owner.group(4).lower() == "his" else "f")
    return found


def grammar_mentions(text: str, grammar: Mapping[str, str], pronoun: str = "") -> list[tuple[int, str]]:
    """Where `text` names one of the people `people_by_grammar` found that `pronoun` can stand for."""
    if not grammar:
        return []  # (most texts: no names found by their grammar alone)
    wanted = "f" if pronoun.lower() in ("she", "her") else "m" if pronoun.lower() in ("he", "him", "his") else ""
    found = []
    for at, name, key, first, epithet in _name_mentions(text):
        if key not in grammar and (first not in grammar or not epithet):
            continue
        sex = grammar.get(key, grammar.get(first, ""))
        if wanted and sex and sex != wanted or not agrees(pronoun, name):
            continue
        found.append((at, name))
    return found


@lru_cache(maxsize=1024)
def _name_mentions(text: str) -> tuple[tuple[int, str, str, str, bool], ...]:
    """Every name a text writes, as (where it begins, the name, folded, its first word folded,
    whether a numeral or an epithet ends it): read once, though the sentences after a sentence
    look back at it again and again."""
    found = []
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        while words and fold(words[0]) in _NO_NAME_OPENERS:
            words.pop(0)
        if not words:
            continue
        name = re.sub(r"['\u2019]s?$", "", " ".join(words))  # "Darius's attempt": Darius
        found.append((match.start() + match.group(0).rfind(words[0]), name, fold(name), fold(words[0]),
                      _NUMERAL_OR_EPITHET.search(name) is not None))
    return tuple(found)


def same_person(one: str, other: str) -> bool:
    """Whether two names a text gives may well be one person's: "Cyrus", "Cyrus II", "Cyrus the
    Great" (a name, then its numeral or epithet); a full name and its first or last name."""
    if fold(one) == fold(other):
        return True
    short, long = sorted((one, other), key=len)
    if len(short.split()) != 1:
        return False
    words = fold(long).split()
    if words[0] == fold(short):
        return True  # "Dorothy" of "Dorothy Mary Crowfoot", "Cyrus" of "Cyrus the Great"
    return words[-1] == fold(short) and not _NUMERAL_OR_EPITHET.search(long)  # "Hodgkin"


def _has_thing(text: str, people: Mapping[str, str], places: set[str], known: set[str]) -> tuple[bool, bool]:
    """(a singular thing is named, a place-like thing is named) in `text`."""
    _person, thing = _names(text, people, known)
    folded = f" {fold(text)} "  # once, not once for each place of the document
    place = any(f" {p} " in folded for p in places)
    for match in _DETERMINED.finditer(text):
        head = match.group(1).lower()
        if head.endswith("est") and re.match(r"\s+of\b", text[match.end():]):
            continue  # "The largest of its three bells": what "its" is, only the sentences before say
        if head not in _NOT_PLURAL and head.endswith("s") and not head.endswith(("ss", "us", "is")):
            continue
        thing = True
        if head in _PLACE_NOUNS or any(w in _PLACE_NOUNS for w in match.group(0).lower().split()):
            place = True
    if re.search(r"\bit\b", text, re.I):
        thing = True  # an "it" already read stands for the same thing
    return thing, place


def _has_plural(text: str) -> bool:
    for match in _PLURAL_WORD.finditer(text[:1].lower() + text[1:]):  # "Chloroplasts, like ..., contain their"
        if match.group(0) not in _NOT_PLURAL:
            return True
    return bool(_CAPITALISED.search(text[1:])) or bool(re.search(r"\b(?:they|them)\b", text, re.I))


def _object_scope(before: str) -> str:
    """The part of `before` an object "it" may stand for: not its own clause's subject."""
    boundaries = list(_BOUNDARY.finditer(before))
    if boundaries:
        return before
    # A verb is written in lower case: "Sargans a" looks like one only to a case-blind eye.
    verb = next((m for m in VERBISH.finditer(before) if m.group(0)[:1].islower()), None)
    return before[verb.end():] if verb else ""


def _is_object(before: str) -> bool:
    word = re.search(r"([\w'\u2019]+)\s*$", before)
    if not word:
        return False
    last = word.group(1).lower()
    return last in PREPOSITIONS or bool(VERBISH.fullmatch(last) or re.fullmatch(r"[a-z]+(?:ed|s)|made|took|gave|found|left|kept|put|let|saw", last))


def _stands_for_something(pronoun: str, before: str, after: str, people: Mapping[str, str], places: set[str],
                          known: set[str], wh_person: bool) -> bool:
    word = pronoun.lower()
    if word in _PERSONAL:
        person, _thing = _names(before, people, known, word)
        return person or wh_person or bool(re.search(r"\b(?:who|whom|whose)\b", before, re.I))
    if word in _PLURAL:
        return _has_plural(before)
    if word == "it" and _DUMMY_IT.match(f"it{after}"):
        return True
    if word == "it" and _is_object(before):
        before = _object_scope(before)
    thing, place = _has_thing(before, people, places, known)
    if word == "its" and _PLACE_PARTS.match(after):
        return place
    return thing


def _only_by_an_edit(pronoun: str, draft: Draft, at: int, people: Mapping[str, str], known: set[str],
                     wh_person: bool) -> bool:
    """Whether a "him" stands for someone only because an earlier pronoun of the same
    clause was written out as them: in "..., after his death, as a memorial to him" the "his"
    became "Brunel's", but it sits in an aside a prompt may drop, so "him" is written out too."""
    if pronoun.lower() != "him" or wh_person or not draft.edits:
        return False
    if not any(draft.start <= a < at for a, _b, _new in draft.edits):
        return False
    raw = draft.text[draft.start:at]
    person, _thing = _names(raw, people, known, pronoun.lower())
    return not person and not re.search(r"\b(?:who|whom|whose)\b", raw, re.I)


def _replacement(pronoun: str, after: str, stand_ins: StandIns) -> str | None:
    word = pronoun.lower()
    if word in _PERSONAL:
        if not stand_ins.person or not agrees(word, stand_ins.person):
            return None  # "she took over his teaching post": "his" is not the woman just named
        possessive = word == "his" or (word == "her" and re.match(r"\s+(?!(?:and|or|to|in|on|at|as|for|from|with|by)\b)[a-z]", after))
        return f"{stand_ins.person}'s" if possessive else stand_ins.person
    if word in _PLURAL:
        if not stand_ins.things or word == "them":
            return None
        return f"{stand_ins.things}'" if word == "their" else stand_ins.things
    if word == "its" and _PLACE_PARTS.match(after):
        return f"{stand_ins.place}'s" if stand_ins.place else None
    if not stand_ins.thing:
        return None
    return f"{stand_ins.thing}'s" if word == "its" else stand_ins.thing


def settle_pronouns(draft: Draft, people: Mapping[str, str], places: set[str], known: set[str],
                    stand_ins: StandIns, answer: Span | None = None) -> bool:
    """Check every pronoun inside the draft's window (not the one opening it); replace one that
    stands for nothing there by what it stands for, or say the draft cannot be used (False)."""
    regions = quote_regions(draft.text)
    edited = [(a, b) for a, b, _new in draft.edits]
    for match in _HERE.finditer(draft.text, draft.start, draft.end):
        if not any(a <= match.start() < b for a, b in [*regions, *edited]):
            return False  # "was born here in 1745": where "here" is, only the sentence before says
    for match in _DEMONSTRATIVE.finditer(draft.text, draft.start, draft.end):
        if match.start() == draft.start or match.group(2) or any(a <= match.start() < b for a, b in [*regions, *edited]):
            continue  # an opening "This ..." is phrasing's to read
        words = match.group(0).lower().split()
        if not (set(words[1:]) & _TIMES):
            return False
    for match in PRONOUN.finditer(draft.text, draft.start, draft.end):
        if match.start() == draft.start or any(a <= match.start() < b for a, b in edited):
            continue
        if any(a <= match.start() < b for a, b in regions):
            continue  # someone's own words
        before = Draft(draft.text, draft.start, match.start(), edits=list(draft.edits)).render()
        after = draft.text[match.end():draft.end]
        if not before.strip():
            continue
        wh_person = answer is not None and answer.kind == PERSON and answer.end <= match.start()
        by_an_edit = _only_by_an_edit(match.group(1), draft, match.start(), people, known, wh_person)
        if not by_an_edit and _stands_for_something(match.group(1), before, after, people, places, known, wh_person):
            continue
        if answer is not None and match.group(1).lower() in ("it", "its") and answer.kind != PERSON \
                and not answer.is_number and answer.end <= match.start() \
                and draft.text[draft.start:answer.start].strip().lower() in ("", "the"):
            continue  # "Uranus spins on its side": the clause's own subject, asked or stated
        if not by_an_edit and match.group(1).lower() in _PERSONAL and _unknown_person(before, match.group(1)):
            continue  # "Gladys Cherono of Kenya won her third title": "her" is hers, not the last man named
        new = _replacement(match.group(1), after, stand_ins)
        if new is None:
            return False
        earlier = draft.text[:draft.start]
        if earlier.strip() and _stands_for_something(match.group(1), earlier, after, people, places, known, False) \
                and fold(new.removesuffix("'s").removesuffix("'")) not in fold(earlier):
            # "Airbus employs ..., although most of its aircraft are assembled in ...": "its" is
            # what the sentence named before the clause, not what the sentences before were about.
            return False
        if new.startswith("The "):
            new = "the" + new[3:]  # "the comet's water": mid-sentence, no capital
        draft.edits.append((match.start(), match.end(), new))
        draft.resolved.append("pronoun")
        edited.append((match.start(), match.end()))
    return True


def place_kind(kind: str) -> bool:
    return kind in PLACE_KINDS or kind in _PLACE_NOUNS
