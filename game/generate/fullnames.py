"""People named in full: a prompt that names a person by one name ("Lindley, 27, broke serve
four times") writes, at that person's first mention in it, the full name the document gives
them ("Hannah Lindley, 27, broke serve four times").

The document's full names are read once (`read_people_names`): each person's given name and
surname stand for them when no other person of the document shares it. Shared names ("Carver"
for Daniel and Ruth Carver) and given names the document never completes stay as written, and
a prompt holding one alone is doubted (`confidence.bare_name`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from game.generate.lexicon import FUNCTION_WORDS, fold, lexicon, word_set
from game.generate.phrasing import quote_regions

_TITLES = word_set("titles") | word_set("honorifics")
_WORD = r"[A-Z][a-z\u00e0-\u024f]+(?:-[A-Z][a-z\u00e0-\u024f]+)?"
# "Wilbur and Orville Wright": the surname written once for both.
# A regnal number ends a ruler's name, not a surname: "William II", "Henry VIII".
_REGNAL = re.compile(r"(?:[IVX]{1,5}|\d+(?:st|nd|rd|th))$")
_NUMBERED_RULER = re.compile(r"\b([A-Z][a-z]+) (?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\b")
_TWO_GIVEN_ONE_SURNAME = re.compile(rf"\b({_WORD}) and ({_WORD}) ({_WORD})\b")
# "the Wright brothers, Wilbur and Orville"; "the Pennock sisters Ann and Mary".
_FAMILY_THEN_GIVEN = re.compile(
    rf"\b[Tt]he ({_WORD}) (?:brothers|sisters|twins|siblings)\b,? ({_WORD}) and ({_WORD})\b")
# "Orville and his brother Wilbur", "Ann Pennock and her younger sister Mary".
_AND_KIN = re.compile(
    rf"\b({_WORD}(?: {_WORD})?) and (?:his|her) (?:(?:elder|older|younger|little|big|twin) )?(?:brother|sister) "
    rf"({_WORD})\b")
_FAMILY_WORDS = ("brothers", "sisters", "twins", "siblings", "family")
_FAMILY_WORD_AFTER = re.compile(" (?:" + "|".join(_FAMILY_WORDS) + ")")
_FAMILY_WORD = re.compile(r"\b(?:brothers|sisters|twins|siblings|husband|wife)\b")
# A capitalised word of a prompt, with the possessive it may carry.
_MENTION = re.compile(rf"(?<![\w'\u2019-])({_WORD})(['\u2019]s?)?(?![\w-])")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_TITLE_OF_BEFORE = re.compile(r"[A-Z][a-z]+ of $")  # "Earl of Lovelace", "Duke of Wellington": a title
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'\u2019.-]*) $")
_CAPITAL_AFTER = re.compile(r" ([A-Z][\w'\u2019.-]*)| of (?:the )?[A-Z]")  # "Anne of Cleves" is a longer name


@dataclass(frozen=True, slots=True)
class PeopleNames:
    """What a document's people are called: `full`, a single name (folded) -> the one full name
    it stands for; `unsure`, single names (folded) that leave the person in doubt."""

    full: dict[str, str]
    unsure: frozenset[str]
    # the words of `full`'s single names, to pass over a prompt that writes none of them
    words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", frozenset(w for token in self.full for w in token.split()))

    @classmethod
    def empty(cls) -> "PeopleNames":
        return cls({}, frozenset())


def read_people_names(people: Iterable[str], alone: Iterable[str], texts: Iterable[str],
                      not_people: Iterable[str] = (), written_alone: Iterable[str] = (),
                      someone_else: Iterable[str] = (), main: str = "") -> PeopleNames:
    """The document's people by their single names. `people`: the full names (two words or
    more) it writes for people; `alone`: the single names (folded) it writes for people;
    `not_people`: words (folded) it writes in names of places or things; `written_alone`:
    capitalised words (folded) it writes outside a longer name ("Orville built ...": a first
    word of a full name written alone is a given name, unless a title: "the King");
    `someone_else`: surnames (folded) whose single mention the names' first reading found
    to be someone else than the full name beside it ("Brunel was born ..., the only son of
    ... Marc Isambard Brunel"); `main`: the person the whole document is about, as its title
    names them ("Marie Curie"): the surname they share with another person of the text
    ("Pierre Curie") is theirs when it is written alone.

    >>> names = read_people_names(["Hannah Lindley", "Daniel Carver", "Ruth Carver"], {"lindley"},
    ...                           ["Second seed Hannah Lindley beat Ruth Carver."])
    >>> names.full["lindley"], names.full["hannah"], "carver" in names.unsure
    ('Hannah Lindley', 'Hannah Lindley', True)
    """
    texts = list(texts)
    alone = set(alone)
    not_people = set(not_people)
    written_alone = set(written_alone) - _TITLES
    given_names, surnames = lexicon().given_names, lexicon().surnames
    written: list[str] = []
    for name in people:
        if name not in written:
            written.append(name)
    direct = _persons(written)
    coordinated = _coordinated(texts, direct)
    written.extend(n for n in coordinated if n not in written)
    coordinated_given = {fold(n.split()[0]) for n in coordinated}
    by_token: dict[str, list[str]] = {}
    doubtful: set[str] = set()  # surnames alone that are someone else
    # given names of rulers the document numbers ("Henry VIII", "William II")
    ruled: set[str] = {fold(m.group(1)) for text in texts for m in _NUMBERED_RULER.finditer(text)}
    someone_else = set(someone_else)
    for person in _merged(written):
        words = person.split()
        if _REGNAL.match(words[-1]):
            ruled.add(fold(words[0]))  # "Henry VIII": a bare "Henry" may be the king, or his son Henry FitzRoy
            continue
        first, last = fold(words[0]), fold(words[-1])
        tokens = {last}
        if last in someone_else:
            doubtful.add(last)
        if first in given_names or first in alone or first in coordinated_given \
                or (first in written_alone and (last in surnames or last in alone) and last not in doubtful):
            tokens.add(first)
        for token in tokens:
            if token not in not_people or token in alone:
                by_token.setdefault(token, [])
                if person not in by_token[token]:
                    by_token[token].append(person)
    # A given name a numbered ruler bears is left as written: neither completed (the one full name
    # may be another Henry) nor doubted (a handout on Henry VIII calls him "Henry").
    full = {token: persons[0] for token, persons in by_token.items()
            if len(persons) == 1 and token not in doubtful and token not in ruled}
    unsure = {token for token, persons in by_token.items() if len(persons) > 1 and token not in ruled}
    main_surname = fold(main.split()[-1]) if len(main.split()) >= 2 else ""
    if main_surname and main_surname in alone and main_surname not in full:
        full[main_surname] = main  # "Curie" alone in a life of Marie Curie, her husband Pierre Curie named too
        unsure.discard(main_surname)
    # "Wilbur" alone where the document never says whose Wilbur he is
    unsure |= {token for token in alone if token not in by_token and token in given_names
               and token not in surnames and token not in ruled}
    return PeopleNames(full, frozenset(unsure))


def _persons(names: list[str]) -> dict[str, str]:
    """Single name (folded) -> full name, for the names every full name gives, before the
    coordinated shapes are read."""
    found: dict[str, str] = {}
    for name in names:
        words = name.split()
        for token in {fold(words[0]), fold(words[-1])}:
            found[token] = name if found.get(token, name) == name else ""
    return {token: name for token, name in found.items() if name}


def _coordinated(texts: list[str], direct: dict[str, str]) -> list[str]:
    """Full names the document writes in a shared shape: "Wilbur and Orville Wright" gives
    "Wilbur Wright"; "the Wright brothers, Wilbur and Orville" gives both; "Orville Wright and
    his brother Wilbur" gives "Wilbur Wright".

    >>> _coordinated(["Ann and Mary Pennock, sisters, opened a shop."], {"mary": "Mary Pennock"})
    ['Ann Pennock']
    """
    made: list[str] = []
    whole = " ".join(texts)
    # where the document writes " brothers", " family" ...: "the Wright brothers" ends there
    family_at = [match.start() for match in _FAMILY_WORD_AFTER.finditer(whole)]
    for index, text in enumerate(texts):
        if " and " not in text:
            continue
        for match in _TWO_GIVEN_ONE_SURNAME.finditer(text):
            first, second, surname = match.groups()
            # "Aristotle and Thomas Aquinas" are two people unless the first is a given name or
            # the text speaks of a family there or of "the Wright brothers" anywhere
            near = " ".join(texts[max(0, index - 1):index + 2])
            family = fold(first) in lexicon().given_names or _FAMILY_WORD.search(near) \
                or any(whole.endswith(surname, 0, at) for at in family_at)
            if family and direct.get(fold(second)) == f"{second} {surname}" and fold(first) not in direct \
                    and fold(first) not in lexicon().surnames and not _THE_BEFORE.search(text[:match.start()]):
                made.append(f"{first} {surname}")
        for match in _FAMILY_THEN_GIVEN.finditer(text):
            surname, first, second = match.groups()
            made.extend(f"{given} {surname}" for given in (first, second) if fold(given) not in direct)
        for match in _AND_KIN.finditer(text):
            named, kin = match.groups()
            full = named if " " in named else direct.get(fold(named), "")
            if " " in full and fold(kin) not in direct:
                made.append(f"{kin} {full.split()[-1]}")
    return made


def _merged(names: list[str]) -> list[str]:
    """One name per person, the shortest the document writes: "Nelson Mandela" for "Nelson
    Rolihlahla Mandela" too, when it writes both.

    >>> _merged(["Nelson Rolihlahla Mandela", "Walter Sisulu", "Nelson Mandela"])
    ['Nelson Mandela', 'Walter Sisulu']
    """
    kept: list[str] = []
    for name in names:
        words = name.split()
        same = [k for k in kept if fold(k.split()[0]) == fold(words[0]) and fold(k.split()[-1]) == fold(words[-1])]
        if not same:
            kept.append(name)
        elif len(words) < len(same[0].split()):
            kept[kept.index(same[0])] = name
    return kept


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int       # of the name, without its possessive
    token: str     # folded
    bare: bool     # written alone, not as a word of a longer name


def mentions(prompt: str, tokens) -> list[Mention]:
    """The single names of `tokens` a prompt writes, in order, outside quotations; each says
    whether it is written alone ("Lindley, 27, broke serve") or in a longer name ("Hannah
    Lindley", "the Wright brothers").

    >>> [(m.token, m.bare) for m in mentions("Hannah Lindley beat Carver's sister.", {"lindley", "carver"})]
    [('lindley', False), ('carver', True)]
    """
    quoted = quote_regions(prompt) if '"' in prompt or "\u201c" in prompt else ()
    found: list[Mention] = []
    for match in _MENTION.finditer(prompt):
        word = match.group(1)
        # fold() of a plain ASCII word (no hyphen to split it) is its lower case
        token = word.lower() if word.isascii() and "-" not in word else fold(word)
        if token not in tokens or any(a <= match.start() < b for a, b in quoted):
            continue
        before = _CAPITAL_BEFORE.search(prompt, 0, match.start())
        after = _CAPITAL_AFTER.match(prompt, match.end())
        longer = (before is not None and fold(before.group(1)) not in FUNCTION_WORDS) or after is not None \
            or _THE_BEFORE.search(prompt[:match.start()]) is not None or _TITLE_OF_BEFORE.search(prompt, 0, match.start())
        found.append(Mention(match.start(), match.end(1), token, not longer))
    return found


def name_in_full(prompt: str, names: PeopleNames, keep: Iterable[str] = (), avoid: Iterable[str] = ()) -> str:
    """The prompt with each person it names by a single name named in full at their first
    mention, where the document gives one full name for that single name. `keep`: single names
    left as written (the answer of a statement); `avoid`: words the added ones must not be (the
    answer, the options: the full name would give them away).

    >>> names = read_people_names(["Hannah Lindley"], {"lindley"}, [])
    >>> name_in_full("Lindley's hopes rest on what?", names)
    "Hannah Lindley's hopes rest on what?"
    """
    if not names.full:
        return prompt
    words_here = set(fold(prompt).split())
    if names.words.isdisjoint(words_here) and names.words.isdisjoint(("the", "a", "an")):
        return prompt  # no single name of a person here (a leading article is no word of the folded prompt)
    keep = {fold(k) for k in keep}
    avoid = {w for a in avoid for w in fold(a).split()}
    done: set[str] = set()
    pieces: list[str] = []
    position = 0
    for mention in mentions(prompt, names.full):
        full = names.full[mention.token]
        if full in done:
            continue
        done.add(full)
        if not mention.bare or mention.token in keep or full in prompt[:mention.start]:
            continue
        added = {fold(w) for w in full.split()} - {mention.token}
        if added & avoid or added & words_here:
            continue  # "Margaret's daughter" for the answer "Pennock": the full name gives it away
        pieces.append(prompt[position:mention.start])
        pieces.append(full)
        position = mention.end
    if not pieces:
        return prompt
    pieces.append(prompt[position:])
    return "".join(pieces)


def full_names_in_fact(fact, names: PeopleNames) -> None:
    """A fact's question, statement and false statements with the people they name by a single
    name named in full. A question never gets a word of its answer or options that way; a
    statement names its answer in full only where every false one names its option in full.

    A statement's answer "Lindley" is "Hannah Lindley", and its false statements' "Carver" is
    "Daniel Carver": a single name beside full ones would tell which statement is true.
    """
    if not names.full:
        return
    answer = fact.answer.split()
    if fact.question:
        fact.question = name_in_full(fact.question, names, avoid=[*answer, *fact.wrong])
    if fact.statement:
        if _in_full(fact.answer, names):
            fact.statement = name_in_full(fact.statement, names)
        else:
            fact.statement = name_in_full(fact.statement, names, keep=answer, avoid=answer)
    full_names_in_false_statements(fact, names)


def _in_full(name: str, names: PeopleNames) -> bool:
    """Whether a single name stands for one full name of the document."""
    return " " not in name and fold(name) in names.full


def full_names_in_false_statements(fact, names: PeopleNames) -> None:
    """The fact's false statements with their people named in full, as its true one; where the
    true one names its answer in full, a false one whose option has no full name is dropped."""
    if not names.full or not fact.false_statements:
        return
    answer = fact.answer.split()
    if _in_full(fact.answer, names):
        fact.false_statements = [(name_in_full(text, names), option) for text, option in fact.false_statements
                                 if _in_full(option, names) and names.full[fold(option)] not in text]
        return
    fact.false_statements = [(name_in_full(text, names, keep=[*answer, *option.split()],
                                           avoid=[*answer, *option.split()]), option)
                             for text, option in fact.false_statements]


# Asked once per prompt: the facts of one sentence share their statement.
@lru_cache(maxsize=1024)
def bare_names(prompt: str, unsure: frozenset[str]) -> tuple[str, ...]:
    """The single names a prompt writes alone that leave the person in doubt: "Carver" when
    two people of the document are Carvers, "Wilbur" when the document never says whose.

    >>> bare_names("Carver collects how much?", frozenset({"carver"}))
    ('carver',)
    >>> bare_names("The Carver family collects how much?", frozenset({"carver"}))
    ()
    """
    if not unsure:
        return ()
    return tuple(m.token for m in mentions(prompt, unsure) if m.bare)
