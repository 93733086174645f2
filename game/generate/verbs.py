"""The forms of English verbs, so that a statement can be turned into a question: "Egypt sold
its shares" -> "did Egypt sell its shares", "The nucleus controls ..." -> "does the nucleus
control ...". Read from data/verbs.txt: base forms whose other forms follow the spelling rules,
and the irregular verbs with their forms written out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from game.generate.lexicon import DATA_DIR

BASE = "base"                # form, carry
THIRD = "third"              # forms, carries
PAST = "past"                # formed, carried
PARTICIPLE = "participle"    # formed, written
ING = "ing"                  # forming, writing

_VOWELS = "aeiou"


@dataclass(frozen=True, slots=True)
class Verb:
    """The forms of one verb."""

    base: str
    third: str
    past: str
    participle: str


def _third(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _doubles(base: str) -> bool:
    """Whether the last consonant may be doubled before -ed or -ing ("stop", "travel", "occur")."""
    return bool(re.search(r"(?:^|[^aeiou])[aeiou][bcdfgklmnprstvz]$", base))


def _past(base: str) -> list[str]:
    if base.endswith("e"):
        return [base + "d"]
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return [base[:-1] + "ied"]
    forms = [base + "ed"]
    if _doubles(base):
        forms.append(base + base[-1] + "ed")  # "stopped", "travelled"; "visitted" never occurs, so is harmless
    return forms


def _ing(base: str) -> list[str]:
    if base.endswith("ie"):
        return [base[:-2] + "ying"]
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return [base[:-1] + "ing"]
    forms = [base + "ing"]
    if _doubles(base):
        forms.append(base + base[-1] + "ing")
    return forms


@dataclass(frozen=True)
class _Tables:
    verbs: dict[str, Verb]                          # base -> its forms
    forms: dict[str, tuple[tuple[str, str], ...]]   # any form -> ((base, tense), ...)
    without_object: frozenset[str]                  # bases that may stand with no object


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    verbs: dict[str, Verb] = {}
    forms: dict[str, list[tuple[str, str]]] = {}

    def add(form: str, base: str, tense: str) -> None:
        entry = forms.setdefault(form, [])
        if (base, tense) not in entry:
            entry.append((base, tense))

    without_object: set[str] = set()
    section = ""
    for line in (DATA_DIR / "verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if section == "regular":
            for base in line.split():
                pasts = _past(base)
                verbs[base] = Verb(base, _third(base), pasts[0], pasts[0])
                add(base, base, BASE)
                add(_third(base), base, THIRD)
                for past in pasts:
                    add(past, base, PAST)
                    add(past, base, PARTICIPLE)
                for ing in _ing(base):
                    add(ing, base, ING)
        elif section == "irregular":
            fields = line.split("|")
            base, past, participle = fields[:3]
            third = fields[3] if len(fields) > 3 else _third(base)
            verbs[base] = Verb(base, third, past, participle)
            add(base, base, BASE)
            add(third, base, THIRD)
            add(past, base, PAST)
            add(participle, base, PARTICIPLE)
            for ing in _ing(base):
                add(ing, base, ING)
        elif section == "without_object":
            without_object.update(line.split())
    return _Tables(verbs, {form: tuple(entry) for form, entry in forms.items()}, frozenset(without_object))


def readings(word: str) -> tuple[tuple[str, str], ...]:
    """Every (base, tense) a word can be: "found" -> (("find", "past"), ("find", "participle"),
    ("found", "base")); () for a word that is no verb form known."""
    return _tables().forms.get(word.lower(), ())


def is_form(word: str, tense: str) -> bool:
    return any(t == tense for _b, t in readings(word))


def base_of(word: str, tense: str) -> str | None:
    """The base of `word` read as `tense` ("sold", PAST -> "sell"), or None."""
    return next((b for b, t in readings(word) if t == tense), None)


def verb(base: str) -> Verb | None:
    return _tables().verbs.get(base)


def third_person(base: str) -> str:
    known = verb(base)
    return known.third if known else _third(base)


def past_of(base: str) -> str:
    known = verb(base)
    return known.past if known else _past(base)[0]


def needs_an_object(word: str) -> bool:
    """Whether `word` is the participle of a verb that never stands without an object in the
    active, so that after a bare noun it can only be a passive: "granted", "kept", "written"
    (the verb list's own, less those marked [without_object]); "closed" and "won" may be actives
    ("The mill closed in 1965"). A form that is only a participle ("written", "born") always is."""
    tables = _tables()
    found = readings(word)
    if not any(tense == PARTICIPLE for _base, tense in found):
        return False
    if all(tense == PARTICIPLE for _base, tense in found):
        return True
    return not any(base in tables.without_object for base, tense in found if tense == PARTICIPLE)
