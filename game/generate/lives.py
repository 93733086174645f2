"""What a document says about the people in it that bounds the wrong options of a question about
them: the years of their lives and deeds, their sex, who wrote the work the document is about,
and the other names a person goes by.

- a birth year is offered only years before the person's first dated deed and within a human
  span of their last; a death year only years after their last deed ("Ferrand Oake (died 1612)
  ... signed the lease in 1598": 1590 is no fair wrong year of his death);
- a count of the years or decades a person spent on something fits the life the document gives
  them ("spent more than three decades" of a woman who retired at 60 is offered no "six");
- "Which woman ...?", "Which brother ...?": only people of that sex, where the text tells;
- the author of a work a study guide is about is no character of it, nor a character's other
  name ("Thomasina Bell, known as Tam") another character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.generate.kinds import PERSON, Span
from game.generate.lexicon import NUMBER_WORDS, fold, person_sex

# The longest a person lives and the age at which one's own deeds begin, as the rules count them.
LONGEST_LIFE = 100
WORKING_AGE = 18

_YEAR_IN = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?![\d])")


@dataclass
class Lives:
    """Folded person keys (full name and surname) -> what the document says of them."""

    deeds: dict[str, list[int]] = field(default_factory=dict)   # years of the sentences about them
    ages: dict[str, int] = field(default_factory=dict)          # "died aged 83"
    retired: dict[str, int] = field(default_factory=dict)       # "retired ... in 2006"
    sexes: dict[str, str] = field(default_factory=dict)         # 'm' / 'f' from "his" / "her"
    authors: set[str] = field(default_factory=set)              # folded words of authors' names
    other_names: dict[str, set[str]] = field(default_factory=dict)  # folded key -> folded words of its other names


def person_keys(name: str) -> set[str]:
    """The keys a person is found by: "ada lovelace" and "lovelace" for "Ada Lovelace"."""
    words = fold(name).split()
    return {" ".join(words), words[-1]} if len(words) >= 2 else set(words)


# A results line labelled by sex: "Men: 1 Daniel Kiprop ...", "Girls' race: ...".
_SEX_LABEL = re.compile(r"^(Men|Women|Boys|Girls)(?:['\u2019]s)?(?:\s+[a-z]+)?\s*:", re.I)
_PRONOUN_OPENING = re.compile(r"^(?:[A-Z][\w,' ]{0,40}?\s)?(?:he|she|He|She)\b")
_AGED = re.compile(r"\b(?:died|dies|death)\b[^.;]{0,30}?\baged\s+(\d{2,3})\b")
_RETIRED = re.compile(r"\bretire(?:d|s|ment)?\b[^.;]{0,60}?(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
_OWN_PRONOUNS = re.compile(r"\b(his|her|himself|herself)\b", re.I)


def read_lives(texts: list[str], spans_by_sentence: list[list[Span]]) -> Lives:
    """What the sentences say of each person, read in order: the years of a sentence belong to the
    one person it names, or, when it names no one and opens with "he" or "she", to the person the
    sentences before were about."""
    lives = Lives()
    current: str | None = None
    full_names: dict[str, str] = {}  # a surname -> the full name the text gave it first
    for text, spans in zip(texts, spans_by_sentence):
        people = [s for s in spans if s.kind == PERSON and s.role not in ("st", "saint")]
        for person in people:
            if len(person.text.split()) >= 2:
                full_names.setdefault(person.text.split()[-1], person.text)
        if not people:
            # "By 1531 Oake was working ...": a surname the text gave in full before, read as a place
            people = [s for s in spans if s.text in full_names and s.names_a_kind]
            people = [Span(s.start, s.end, full_names[s.text], PERSON) for s in people]
        _read_authors(lives, text, people)
        labelled = _SEX_LABEL.match(text)
        if labelled:  # "Women: 1 Ama Boateng (GHA) 2:29:17; 2 ..."
            for person in people:
                for key in person_keys(person.text):
                    lives.sexes[key] = "f" if labelled.group(1).lower() in ("women", "girls") else "m"
        _read_other_names(lives, text, people)
        longest = max((s.text for s in people), key=len, default="")
        if people and all(set(fold(s.text).split()) <= set(fold(longest).split()) for s in people):
            current = longest  # one person, however often named ("Isobel Trewin ... Trewin")
        elif people:
            current = None  # two people: whose the years are, the sentences after cannot say
            continue
        elif current is None or not _PRONOUN_OPENING.search(text):
            continue  # (the person stays the one the text is about; the sentence's years are not theirs)
        years = [int(y) for y in _YEAR_IN.findall(text)]
        aged, retired = _AGED.search(text), _RETIRED.search(text)
        owns = {m.group(1).lower() for m in _OWN_PRONOUNS.finditer(text)}
        sex = "" if not owns or {"his", "himself"} & owns and {"her", "herself"} & owns else \
            "m" if owns <= {"his", "himself"} else "f"
        for key in person_keys(current):
            lives.deeds.setdefault(key, []).extend(years)
            if aged:
                lives.ages[key] = int(aged.group(1))
            if retired:
                lives.retired[key] = int(retired.group(1))
            if sex and people:
                old = lives.sexes.get(key)
                lives.sexes[key] = sex if old in (None, sex) else ""
    if lives.authors:
        # a guide to a work: "his friend, the novelist Edward Bulwer-Lytton" is no character of it either
        # (a news story's "author Maya Leventhorpe" is one of its people: no work's author is named there)
        for text in texts:
            for match in _WRITER_NAMED.finditer(text):
                lives.authors.update(w for w in fold(match.group(1)).split() if len(w) >= 3)
    # "Dickens originally wrote an ending": Charles Dickens, as the text names him in full elsewhere
    for name in set(full_names.values()):
        if fold(name).split()[-1] in lives.authors:
            lives.authors.update(w for w in fold(name).split() if len(w) >= 3)
    return lives


# "the novel by Charles Dickens", "Dickens's novel", "Dickens originally wrote an ending": the people
# who wrote the work a guide is about (never a character of it), and in such a guide the other
# writers it names ("the novelist Edward Bulwer-Lytton"). A news story's "author Maya Leventhorpe"
# cut a ribbon: she is one of the people of the story.
_NAME = r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
_WORK = r"(?:novel|novels|book|books|play|plays|poem|poems|story|stories|novella|memoir|opera|symphony|sonnets?|essay|" \
        r"tale|tales|trilogy|fiction|works|magazine)"
_AUTHOR_PATTERNS = (
    re.compile(r"\b" + _WORK + r"\s+(?:written\s+|published\s+)?by\s+" + _NAME),
    re.compile(r"\b(?:written|composed)\s+by\s+" + _NAME),
    re.compile(_NAME + r"['\u2019]s?\s+(?:own\s+|first\s+|last\s+|best-known\s+|later\s+)?" + _WORK + r"\b"),
    re.compile(_NAME + r"\s+(?:originally\s+|first\s+|later\s+)?(?:wrote|composed)\s+(?:an?|the|his|her)\s+"
               r"(?:\w+\s+)?(?:ending|version|chapter|draft|sequel|" + _WORK[3:]),
)

_WRITER_NAMED = re.compile(r"\b(?:novelist|author|writer|poet|playwright|dramatist)\s+" + _NAME)


# Every pattern above holds a work or a verb of writing.
_WORK_OR_WRITING = re.compile(r"novel|book|play|poem|stor|memoir|opera|symphony|sonnet|essay|tale|trilogy|fiction|works|"
                              r"magazine|wrote|written|composed")


def _read_authors(lives: Lives, text: str, people: list[Span]) -> None:
    """The people the sentence says wrote a work: "the novel by Charles Dickens", "Dickens
    originally wrote an ending"."""
    if not _WORK_OR_WRITING.search(text):
        return
    for pattern in _AUTHOR_PATTERNS:
        for match in pattern.finditer(text):
            lives.authors.update(w for w in fold(match.group(1)).split() if len(w) >= 3)


# "Philip Pirrip, known as Pip", "Thomasina Bell (known as Tam)", "Edward, nicknamed Ned".
_KNOWN_AS = re.compile(r"\s*[,(]?\s*(?:better\s+|also\s+|usually\s+)?(?:known\s+as|called|nicknamed)"
                       r"\s+[*_\"\u201c]*([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")


def _read_other_names(lives: Lives, text: str, people: list[Span]) -> None:
    """The other name the sentence gives a person: "Philip Pirrip, known as Pip" makes "Pip",
    "Philip" and "Pirrip" one person's names."""
    for person in people:
        other = _KNOWN_AS.match(text, person.end)
        if not other or other.group(1) == person.text:
            continue
        words = set(fold(person.text).split()) | set(fold(other.group(1)).split())
        for key in person_keys(person.text) | person_keys(other.group(1)):
            lives.other_names.setdefault(key, set()).update(words)


def _named_people(prompt: str, keys) -> list[str]:
    words = f" {fold(prompt)} "
    return [key for key in keys if f" {key} " in words]


def life_window(answer: int, prompt: str, lives: Lives | None, born_died: dict[str, tuple[int | None, int | None]]
                ) -> tuple[int, int]:
    """The years a wrong option for a birth or death year may take, as (low, high): a person the
    prompt names, born in the answer's year, is offered years before the first year the document
    dates a deed of theirs and no more than a long life before their death or last deed; dying
    in it, years after their last deed and within a long life of their birth.

    >>> lives = Lives(deeds={"oake": [1560, 1587, 1598, 1612]})
    >>> life_window(1560, "Oake was born in what year?", lives, {"oake": (1560, 1612)})
    (1512, 1586)
    """
    low, high = 1, 2100
    if lives is None:
        return low, high
    for key in _named_people(prompt, born_died):
        born, died = born_died[key]
        deeds = [d for d in lives.deeds.get(key, []) if d != answer]
        if born == answer:
            later = [d for d in deeds if d > answer and (died is None or d <= died)]
            if later:
                high = min(high, min(later) - 1)
            last = died if died is not None else None
            if last is not None and last - LONGEST_LIFE < answer:
                low = max(low, last - LONGEST_LIFE)
        elif died == answer:
            earlier = [d for d in deeds if d < answer and (born is None or d > born)]
            if earlier:
                low = max(low, max(earlier) + 1)
            if born is not None and born + LONGEST_LIFE > answer:
                high = min(high, born + LONGEST_LIFE)
    return low, high


_SPAN_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10}
_ACTIVITY = re.compile(r"\bhow\s+many\s+(years|decades)\b")
_LOWER_BOUND = re.compile(r"\b(?:more\s+than|over|at\s+least|nearly|almost)\s+how\s+many\b")


def _count_of(option: str) -> float | None:
    word = fold(option).split()[0] if option.split() else ""
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def longest_activity(prompt: str, lives: Lives | None, born_died: dict[str, tuple[int | None, int | None]],
                     latest: int | None = None) -> float | None:
    """The most years a person the prompt names can have spent on something, by the life the
    document gives them: from the working age to their retirement, death or age at death; None
    when the prompt names no such person.

    >>> longest_activity("Tamsin Rowe spent how many decades at sea?",
    ...                  Lives(retired={"rowe": 1990}), {"rowe": (1930, None)})
    42
    """
    if lives is None:
        return None
    keys = set(born_died) | set(lives.ages) | set(lives.retired)
    most: float | None = None
    for key in _named_people(prompt, keys):
        born, died = born_died.get(key, (None, None))
        age = lives.ages.get(key)
        if born is None and age is not None and (died or latest):
            born = (died or latest) - age  # "who has died aged 83", in a notice of the document's year
        end_age = None
        if born is not None and key in lives.retired:
            end_age = lives.retired[key] - born
        elif born is not None and died is not None:
            end_age = died - born
        elif age is not None:
            end_age = age
        if end_age is not None and end_age > WORKING_AGE:
            span = end_age - WORKING_AGE
            most = span if most is None else min(most, span)
    return most


def too_long_for_a_life(option: str, prompt: str, lives: Lives | None,
                        born_died: dict[str, tuple[int | None, int | None]], latest: int | None = None) -> bool:
    """Whether a count of years or decades offered for what a person the prompt names spent doing
    something is longer than the life the document gives them allows ("more than six decades"
    of study for a woman who retired at 65); "more than N" must leave room above N.

    >>> lives = Lives(retired={"rowe": 1990})
    >>> too_long_for_a_life("five", "Rowe spent more than how many decades at sea?", lives, {"rowe": (1930, None)})
    True
    """
    unit = _ACTIVITY.search(prompt)
    value = _count_of(option)
    if not unit or value is None:
        return False
    most = longest_activity(prompt, lives, born_died, latest)
    if most is None:
        return False
    years = value * _SPAN_UNITS[unit.group(1)]
    return years >= most if _LOWER_BOUND.search(prompt) else years > most


# The person a prompt asks for described by sex: "Who was the fastest woman?", "Which queen ...?"
_FEMALE_NOUNS = frozenset("woman women girl girls queen queens princess empress mother daughter sister wife widow "
                          "actress heroine duchess countess lady sportswoman chairwoman spokeswoman".split())
_MALE_NOUNS = frozenset("man men boy boys king kings prince emperor father son brother husband widower actor hero "
                        "duke count lord sportsman chairman spokesman".split())
_ASKED_WHO = re.compile(r"^(?:Who\s+(?:was|is|were|are|became|becomes)\s+(?:the|a|an|[A-Z][\w'\u2019]*['\u2019]s?)\s+"
                        r"(?:[a-z-]+\s+){0,2}([a-z]+)\b|(?:.*?\b)?[Ww]hich\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b)")


def asked_sex(prompt: str) -> str:
    """The sex of the person a prompt asks for when its words say it: 'f' for "Who was the
    fastest woman?" or "Which queen ...?", 'm' for "Which brother ...?", else ''.

    >>> asked_sex("Who was the fastest woman?"), asked_sex("Which brother founded the mill?")
    ('f', 'm')
    """
    match = _ASKED_WHO.match(prompt)
    if not match:
        return ""
    noun = match.group(1) or match.group(2)
    return "f" if noun in _FEMALE_NOUNS else "m" if noun in _MALE_NOUNS else ""


def sex_of(name: str, lives: Lives | None) -> str:
    """A person's sex as the first name or the document's "his"/"her" tells, else ''."""
    sex = person_sex(name)
    if sex or lives is None:
        return sex
    return next((lives.sexes[key] for key in person_keys(name) if lives.sexes.get(key)), "")


def of_another_sex(option: str, prompt: str, lives: Lives | None) -> bool:
    """Whether a person offered for "Who was the fastest woman?" is a man, where the text tells."""
    wanted = asked_sex(prompt)
    if not wanted:
        return False
    sex = sex_of(option, lives)
    return bool(sex) and sex != wanted


def outside_the_story(option: str, answer: str, prompt: str, lives: Lives | None) -> bool:
    """Whether a person offered is the author of the work ("Dickens" or "Charles" for a lawyer of
    his novel) while the answer is not, or one of the other names of the answer or of a person
    the prompt names ("Pirrip" for a question about Pip, who is Philip Pirrip).

    >>> lives = Lives(authors={"harriet", "vane"}, other_names={"tam": {"thomasina", "bell", "tam"}})
    >>> outside_the_story("Vane", "Crouch", "Which clerk cheats Tam?", lives)
    True
    >>> outside_the_story("Bell", "Crouch", "Which clerk cheats Tam?", lives)
    True
    """
    if lives is None:
        return False
    words = set(fold(option).split())
    if lives.authors and words & lives.authors and not set(fold(answer).split()) & lives.authors:
        return True
    own: set[str] = set()
    for key in person_keys(answer) | {w for w in fold(prompt).split() if w in lives.other_names}:
        own |= lives.other_names.get(key, set())
    return bool(words & own)
