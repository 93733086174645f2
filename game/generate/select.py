"""Choosing the questions of a pack: the most confident candidates first, no question giving
another away, no answer asked twice, every question playable as tiles where options exist,
the types balanced and true against false.

The hard rules, which even `--all` keeps:
- no question's answer (or a form of it a player may type, or a short name the text uses for
  it) appears in another question's prompt or true/false statement, and no two questions
  share an answer: of two such questions the more confident is kept, not both;
- no question's answer is a wrong option of another question (each would give the other
  away): the later question takes other wrong options of its own, or the earlier one does,
  else the later question is not asked;
- a fact is asked or stated, never both; one statement per sentence;
- near-duplicates are dropped;
- a question without three wrong options (typed, with nothing to show as tiles) is kept only
  while such questions stay within `MAX_WITHOUT_OPTIONS` of the pack.
By default a candidate must also reach the confidence threshold (`confidence.THRESHOLD`).
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable

from game.generate.confidence import THRESHOLD, implied_years
from game.generate.facts import MAX_WRONG, Fact
from game.generate.geography import hint_key
from game.generate.kinds import PERSON
from game.generate.lexicon import fold, lexicon, word_set
from game.generate.quantities import boundary_year
from game.similar import without_accents

# The share of each type in a pack when the facts allow it.
TYPE_SHARES = {"choice": 0.4, "truefalse": 0.2, "number": 0.15, "text": 0.2}
# How sure a statement must be to be the one statement beside a short document's one question.
STRONG_STATEMENT = 0.8
MAX_PER_SENTENCE = 2
MAX_ASIDES = 2
# Answers of one kind asked from one sentence: a list of four neighbours is asked twice, not four times.
MAX_PER_KIND = 2
MAX_WITHOUT_OPTIONS = 0.05
NEAR_DUPLICATE = 0.6
RECENT = 40
# With a count, the facts kept while reading a long input: enough that the count is met.
KEPT_PER_QUESTION = 10
KEPT_EXTRA = 1000
_STOP = word_set("select_stop_words")


_LOWER_ALPHANUMERIC = re.compile(r"[a-z0-9]+")


def content_words(text: str) -> list[str]:
    return [w for w in _LOWER_ALPHANUMERIC.findall(fold(text)) if w not in _STOP]


def _similar(a: str, b: str) -> float:
    wa, wb = set(content_words(a)), set(content_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def accepted_forms(fact: Fact) -> list[str]:
    """Other answers a player may type for the fact: the short names the text uses, a
    person's surname."""
    forms = list(fact.also_called)
    in_full = getattr(fact, "in_full", "")
    if in_full:
        forms.append(in_full)  # "Sarah Whitfield", keyed in its place (`questions.shown_answer`)
    surname = surname_of(in_full or fact.answer) if fact.span.kind == PERSON else ""
    if surname:
        forms.append(surname)
    forms = [f for f in forms if fold(f) != fold(fact.answer)]
    # The game forgives a missing accent, but an author reading the pack sees only this list.
    plain = [without_accents(f) for f in (fact.answer, *forms)]
    return forms + [f for f in dict.fromkeys(plain) if f != fact.answer and f not in forms]


_PARTICLES = frozenset("van von de der den da di du del della la le ter ten bin ibn al".split())
# What follows a name to tell a generation or a reign apart: a number of the name, "Jr", "Sr".
_GENERATION = re.compile(r"[IVX]{1,5}|Jr\.?|Sr\.?|Junior|Senior")
_REIGN = re.compile(r"[IVX]{1,5}")


def surname_of(name: str) -> str:
    """The surname a player may type alone: "Curie" for Marie Curie, "van Gogh" for Vincent
    van Gogh, "Strauss" for Johann Strauss II; '' for a name that is all surname ("Van Gogh"), a
    single word or a monarch's name and number ("Elizabeth II")."""
    words = name.split()
    if len(words) >= 2 and _GENERATION.fullmatch(words[-1]):
        words = words[:-1]
        if _REIGN.fullmatch(name.split()[-1]) and fold(words[-1]) in lexicon().given_names:
            return ""  # a monarch or a pope, "John Paul II": a name and a number, no surname
    if len(words) < 2 or words[0].lower() in _PARTICLES:
        return ""
    at = len(words) - 1
    while at > 1 and words[at - 1].lower() in _PARTICLES:
        at -= 1
    return " ".join(words[at:])


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")


def _key(text: str) -> str:
    """Folded text with the thousands commas of numbers gone: "2,277" and "2277" are one."""
    return fold(_THOUSANDS.sub("", text) if "," in text else text)


def answer_forms(fact: Fact) -> set[str]:
    """Every folded form of the answer that, written in another prompt, would give it away."""
    forms = {_key(fact.answer), _key(fact.span.text)} | {_key(f) for f in accepted_forms(fact)}
    if fact.span.value is not None and fact.span.is_number:
        forms.add(f"{fact.span.value:g}")
    elif fact.answer.islower():
        forms |= {_other_number(f) for f in forms}  # "plant cells" asks "plant cell" already
    return {f for f in forms if len(f.replace(" ", "")) >= 2 and f not in _FUNCTION_WORDS}  # "US" is no "us"


_FUNCTION_WORDS = word_set("function_words")


def _other_number(form: str) -> str:
    """A lower-case term's plural for its singular, and its singular for its plural."""
    if form.endswith("s") and not form.endswith(("ss", "us", "is")) and len(form) > 3:
        return form[:-1]
    return form if form.endswith("s") or not form[-1:].isalpha() else form + "s"


def _option_forms(option: str) -> set[str]:
    """The folded forms of a wrong option that an answer of the pack may take."""
    return {_key(option), _other_number(_key(option))} if option.islower() else {_key(option)}


def possible_types(fact: Fact, allowed: tuple[str, ...]) -> list[str]:
    """The types a fact can be written as: asked with options, typed, or stated."""
    types = []
    if fact.question:
        options = len(fact.wrong) >= MAX_WRONG
        if "choice" in allowed and options:
            types.append("choice")
        # A number the text writes in words ("ninety") is asked with its words as tiles where it
        # can be: typed, it would have to be typed in digits the quote never shows.
        in_words = fact.span.text.isalpha() and "choice" in types
        if "number" in allowed and fact.span.info.number and fact.span.value is not None and fact.span.value > 0 \
                and not in_words and re.fullmatch(r"[\d,.\s]+|[A-Za-z]+|\d[\d,.]*\s+\S.*", fact.span.text) \
                and not re.search(r"\b(?:BC|BCE|AD|CE)\b", fact.span.text) \
                and not boundary_year(fact.sentence.text, fact.span):
            types.append("number")  # "before what year?" 1501 typed as 1500 ("up to 1500") is no wrong answer
        if "text" in allowed and fact.span.info.typed and _typeable(fact):
            types.append("text")
    if "truefalse" in allowed and fact.statement:
        types.append("truefalse")
    return types


def _typeable(fact: Fact) -> bool:
    """Whether a player can fairly be asked to type the answer: short, or with a short name too."""
    if coordinated(fact.answer):
        return False
    names = [fact.answer, *accepted_forms(fact)]
    return any(len(name) <= 24 and len(name.split()) <= 3 for name in names)


def coordinated(answer: str) -> bool:
    """Whether an answer is two things joined with "and" or "or" ("farmers and estates", "heat
    and pressure"): typed, one of them alone ("farmers") or a near word for the other would be
    marked wrong, so it is asked only with options; a name with "and" ("Trinidad and Tobago",
    "Marks and Spencer") is one answer."""
    return bool(re.search(r"\s(?:and|or)\s", answer)) and not answer[:1].isupper()


def _room_key(fact: Fact) -> tuple[str, int, bool]:
    return fact.doc_id, fact.sentence.index, fact.aside


def _kind_key(fact: Fact) -> tuple[str, int, str, bool]:
    return fact.doc_id, fact.sentence.index, fact.span.kind, fact.aside


def _tie_break(fact: Fact, seed: object) -> str:
    return hashlib.sha256(f"{seed}\x1f{fact.doc_id}\x1f{fact.sentence.text}\x1f{fact.answer}".encode()).hexdigest()


CONFLICT_COST = 0.04
MAX_CONFLICTS = 6


def rank_key(fact: Fact, seed: object) -> tuple:
    """Most confident facts first, less so when their answer is written in many other
    candidates' prompts (asking it would rule them all out); the same order on every run."""
    priority = fact.best_confidence - CONFLICT_COST * min(fact.conflicts, MAX_CONFLICTS)
    return (-round(priority, 4), -fact.score, fact.order, _tie_break(fact, seed))


def count_conflicts(facts: list[Fact]) -> None:
    """For every fact, how many facts of other sentences show its answer in their prompt or
    statement: what asking it would rule out."""
    shown: list[tuple[str, int]] = []
    by_word: dict[str, list[int]] = {}
    keyed: list[str] = []  # the same texts as hints are looked for in them (geography.hint_key)
    by_keyed_word: dict[str, list[int]] = {}
    # Only what may be chosen counts: an unsure fact's prompt is never shown (unless --all).
    facts = [f for f in facts if f.options_ready]
    for fact in facts:
        for text in (fact.question, fact.statement):
            if text:
                by_word_index = len(shown)
                folded = _shown_key(text)
                shown.append((folded, fact.sentence.index))
                for word in set(folded.split()):
                    by_word.setdefault(word, []).append(by_word_index)
                keyed.append(hint_key(text))
                for word in set(keyed[-1].split()):
                    by_keyed_word.setdefault(word, []).append(by_word_index)
    for fact in facts:
        holders: set[int] = set()
        for form in answer_forms(fact):
            words = form.split()
            candidates = min((by_word.get(w, []) for w in words), key=len)
            padded = f" {form} "
            holders.update(i for i in candidates if shown[i][1] != fact.sentence.index and padded in shown[i][0])
        for hint in fact.hints:
            padded = f" {hint} "
            holders.update(i for i in by_keyed_word.get(hint.split()[0], ())
                           if shown[i][1] != fact.sentence.index and padded in keyed[i])
        fact.conflicts = len({shown[i][1] for i in holders})


def _shown_key(text: str) -> str:
    """A prompt or statement as answers are looked for in it: folded and padded, with the start
    years its anniversary gives written after it ("the 500th anniversary of his birth", in 1900,
    gives 1400)."""
    implied = implied_years(text)
    return f" {_key(text)} " + "".join(f"{year} " for year in sorted(implied))


def sentence_limit(fact: Fact) -> int:
    """How many questions a fact's sentence may give: more for a long sentence full of facts."""
    if fact.aside:
        return MAX_ASIDES  # the names in a sentence's brackets have their own room beside its facts
    return MAX_PER_SENTENCE + (len(fact.sentence.text.split()) >= 25) + (fact.spans_in_sentence >= 5)


class _Chooser:
    """The running state of choosing: what was asked and stated, and the look-ups that keep one
    question from giving another away."""

    def __init__(self, allowed: tuple[str, ...], seed: object, keep_all: bool = False) -> None:
        self.seed = seed
        self.keep_all = keep_all
        self.shares = {t: TYPE_SHARES[t] for t in allowed}
        self.counts = {t: 0 for t in allowed}
        self.truths = {True: 0, False: 0}
        self.without_options = 0
        self.per_sentence: dict[tuple[str, int, bool], int] = {}
        self.per_kind: dict[tuple[str, int, str, bool], int] = {}
        self.stated_sentences: set[tuple[str, int]] = set()
        self.asked_sentences: set[tuple[str, int]] = set()
        self.answers: set[str] = set()        # folded forms of every asked answer
        self.answer_lengths: dict[str, set[int]] = {}  # first word of an asked answer's form -> its lengths in words
        self.identities: set[str] = set()     # who or what each asked answer is
        self.shown: list[str] = []            # every prompt and statement shown, folded and padded
        self.shown_by_word: dict[str, list[int]] = {}  # word -> the shown prompts it is in
        self.keyed: list[str] = []            # the same prompts as hints are looked for in them
        self.keyed_by_word: dict[str, list[int]] = {}
        self.hints: dict[str, set[str]] = {}  # first word -> the hints of asked answers (geography.py)
        self.by_answer: dict[str, list[str]] = {}
        self.exact: set[frozenset[str]] = set()
        self.used: set[int] = set()
        self.chosen: list[tuple[Fact, str, bool]] = []
        self.offered: dict[str, list[Fact]] = {}  # folded wrong option shown -> the questions showing it

    @property
    def asked(self) -> int:
        return sum(n for t, n in self.counts.items() if t != "truefalse")

    def confident(self, confidence: float) -> bool:
        return self.keep_all or confidence >= THRESHOLD

    def _room(self, fact: Fact) -> bool:
        if id(fact) in self.used:
            return False
        return (self.per_sentence.get(_room_key(fact), 0) < sentence_limit(fact)
                and self.per_kind.get(_kind_key(fact), 0) < MAX_PER_KIND)

    def _gives_away(self, shown: str, forms: set[str], hints: tuple[str, ...] = ()) -> bool:
        """Whether the prompt names an answer already asked (or a place inside it, or its
        adjective), or the answer's forms (or those hints of it) are in a prompt already shown."""
        words = _shown_key(shown).split()
        for at, word in enumerate(words):
            for length in self.answer_lengths.get(word, ()):
                if " ".join(words[at:at + length]) in self.answers:
                    return True
        if self.hints:
            keyed = hint_key(shown)
            if any(f" {hint} " in keyed for word in set(keyed.split()) for hint in self.hints.get(word, ())):
                return True
        for form in forms:
            words = form.split()
            holders = min((self.shown_by_word.get(w, ()) for w in words), key=len)
            padded = f" {form} "
            if any(padded in self.shown[i] for i in holders):
                return True
        for hint in hints:
            padded = f" {hint} "
            if any(padded in self.keyed[i] for i in self.keyed_by_word.get(hint.split()[0], ())):
                return True
        return False

    def _duplicate(self, fact: Fact, shown: str) -> bool:
        words = frozenset(content_words(shown))
        if words in self.exact:
            return True
        return any(_similar(shown, other) >= NEAR_DUPLICATE
                   for other in self.by_answer.get(fact.answer_key, [])[-RECENT:])

    def _record(self, fact: Fact, qtype: str, truth: bool, shown: str, forms: set[str]) -> None:
        self.used.add(id(fact))
        self.exact.add(frozenset(content_words(shown)))
        self.by_answer.setdefault(fact.answer_key, []).append(shown)
        folded = _shown_key(shown)
        for word in set(folded.split()):
            self.shown_by_word.setdefault(word, []).append(len(self.shown))
        self.shown.append(folded)
        keyed = hint_key(shown)
        for word in set(keyed.split()):
            self.keyed_by_word.setdefault(word, []).append(len(self.keyed))
        self.keyed.append(keyed)
        self.counts[qtype] += 1
        if qtype == "truefalse":
            self.truths[truth] += 1
            self.stated_sentences.add((fact.doc_id, fact.sentence.index))
        else:
            self.answers |= forms
            for form in forms:
                words = form.split()
                if words:
                    self.answer_lengths.setdefault(words[0], set()).add(len(words))
            self.identities.add(fact.answer_key)
            for hint in fact.hints:
                self.hints.setdefault(hint.split()[0], set()).add(hint)
            self.asked_sentences.add((fact.doc_id, fact.sentence.index))
        self.per_sentence[_room_key(fact)] = self.per_sentence.get(_room_key(fact), 0) + 1
        self.per_kind[_kind_key(fact)] = self.per_kind.get(_kind_key(fact), 0) + 1
        self.chosen.append((fact, qtype, truth))

    def ask(self, fact: Fact, allowed: tuple[str, ...]) -> bool:
        """Add the fact as a question asking for its answer, of the type the pack needs most."""
        return not self.why_not_asked(fact, allowed, add=True)

    def why_not_asked(self, fact: Fact, allowed: tuple[str, ...], add: bool = False) -> str:
        """Why the fact cannot be asked now ('' when it can; with `add`, it is then added)."""
        types = [t for t in possible_types(fact, allowed) if t != "truefalse"]
        if not fact.question or not types:
            return "no question"
        if not self.confident(fact.confidence):
            return "not confident"
        if not self._room(fact):
            return "no room in its sentence"
        forms = answer_forms(fact)
        if fact.answer_key in self.identities or forms & self.answers:
            return "answer asked already"
        shown = fact.question
        if self._gives_away(shown, forms, fact.hints):
            return "giveaway"
        if self._duplicate(fact, shown):
            return "near-duplicate"
        clear = [w for w in fact.wrong if not _option_forms(w) & self.answers]
        if len(clear) < MAX_WRONG <= len(fact.wrong):
            return "its options are answers of other questions"
        swaps = self._swaps(forms)
        if swaps is None:
            return "its answer is another question's option"
        has_options = len(clear) >= MAX_WRONG
        if not has_options:
            pack = len(self.chosen) + 1
            if (self.without_options + 1) > MAX_WITHOUT_OPTIONS * pack and not self.keep_all:
                return "no options"
        if add:
            total = self.asked + 1
            share_sum = sum(v for t, v in self.shares.items() if t != "truefalse") or 1.0
            qtype = min(types, key=lambda t: (self.counts[t] - self.shares[t] / share_sum * total,
                                              list(TYPE_SHARES).index(t)))
            if not has_options:
                self.without_options += 1
            for other, wrong in swaps:
                self._offer(other, wrong)
            self._offer(fact, clear)
            self._record(fact, qtype, True, shown, forms)
        return ""

    def _swaps(self, forms: set[str]) -> list[tuple[Fact, list[str]]] | None:
        """New wrong options for the questions already chosen that offer one of `forms` (the
        answer about to be asked), each from its own spare options; None when one has no spare."""
        swaps: list[tuple[Fact, list[str]]] = []
        for other in {id(f): f for form in forms for f in self.offered.get(form, ())}.values():
            kept = [w for w in other.wrong if not _option_forms(w) & (self.answers | forms)]
            if len(kept) < MAX_WRONG:
                return None
            swaps.append((other, kept))
        return swaps

    def _offer(self, fact: Fact, wrong: list[str]) -> None:
        """Give the fact these wrong options (the first MAX_WRONG are shown) and note them."""
        for option in fact.wrong[:MAX_WRONG]:
            for form in _option_forms(option):
                self.offered[form] = [f for f in self.offered.get(form, ()) if f is not fact]
        fact.wrong = list(wrong)
        for option in fact.wrong[:MAX_WRONG]:
            for form in _option_forms(option):
                self.offered.setdefault(form, []).append(fact)

    def statement(self, fact: Fact) -> tuple[str, bool]:
        truth = self.truths[True] < self.truths[False] or (
            self.truths[True] == self.truths[False] and _tie_break(fact, self.seed) < "8")
        if not fact.false_statements:
            truth = True  # a fact with no plausible swap can only be stated as it is
        return (fact.statement or "", True) if truth else (fact.false_statements[0][0], False)

    def state(self, fact: Fact) -> bool:
        """Add the fact as a true/false statement."""
        return not self.why_not_stated(fact, add=True)

    def why_not_stated(self, fact: Fact, add: bool = False) -> str:
        """Why the fact cannot be stated now ('' when it can; with `add`, it is then added)."""
        if not fact.statement:
            return "no statement"
        if not self.confident(fact.statement_confidence):
            return "not confident"
        if not self._room(fact):
            return "no room in its sentence"
        if (fact.doc_id, fact.sentence.index) in self.stated_sentences:
            return "its sentence is stated already"
        if (fact.doc_id, fact.sentence.index) in self.asked_sentences:
            return "its sentence is asked already"  # the same fact, once asked and once stated
        shown, truth = self.statement(fact)
        if truth and self.truths[True] > self.truths[False]:
            return "true and false stay balanced"
        if self._gives_away(shown, answer_forms(fact) if not truth else set(), fact.hints if not truth else ()):
            return "giveaway"
        if self._duplicate(fact, shown):
            return "near-duplicate"
        if add:
            self._record(fact, "truefalse", truth, shown, set())
        return ""


def choose(facts: list[Fact], count: int | None, allowed: tuple[str, ...], seed: object,
           keep_all: bool = False) -> list[tuple[Fact, str, bool]]:
    """(fact, type, truth of a true/false statement) for every question, most confident first."""
    return choose_in_stretches([facts], count, allowed, seed, keep_all)


def choose_in_stretches(stretches: Iterable[list[Fact]], count: int | None, allowed: tuple[str, ...],
                        seed: object, keep_all: bool = False) -> list[tuple[Fact, str, bool]]:
    """`choose` over the facts of a long input, given a stretch of text at a time, so that only
    one stretch's facts are held at once (plus the chosen ones).

    Without a count every stretch is chosen from as it comes, with what was chosen before still
    counted (giveaways, answers asked, the true/false balance). With a count, the best facts
    seen so far are kept (a few times the count) and the pack is chosen from those."""
    chooser = _Chooser(allowed, seed, keep_all)
    spare: dict[str, list[Fact]] = {}  # each document's best few facts, should none be confident enough
    if count is None:
        for facts in stretches:
            count_conflicts(facts)
            ranked = sorted(facts, key=lambda f: rank_key(f, seed))
            _keep_spare(spare, ranked, seed)
            _choose_from(chooser, ranked, None, allowed)
    else:
        keep = count * KEPT_PER_QUESTION + KEPT_EXTRA
        best: list[Fact] = []
        for facts in stretches:
            count_conflicts(facts)
            _keep_spare(spare, sorted(facts, key=lambda f: rank_key(f, seed)), seed)
            best.extend(facts)
            if len(best) > keep:
                best = _best_kept(best, keep, seed)
        _choose_from(chooser, sorted(best, key=lambda f: rank_key(f, seed)), count, allowed)
    _one_for_every_document(chooser, spare, allowed, count)
    chosen = chooser.chosen
    chosen.sort(key=lambda item: (-_confidence(item), item[0].order))
    return chosen


def _best_kept(facts: list[Fact], keep: int, seed: object) -> list[Fact]:
    """The `keep` best facts, at most MAX_PER_SENTENCE of one sentence: the facts of a sentence
    mostly give each other away (each prompt holds the others' answers), so a third seldom
    becomes a question, and room goes to other sentences'."""
    kept: list[Fact] = []
    per_sentence: dict[tuple[str, int, bool], int] = {}
    for fact in sorted(facts, key=lambda f: rank_key(f, seed)):
        taken = per_sentence.get(_room_key(fact), 0)
        if taken >= MAX_PER_SENTENCE:
            continue
        per_sentence[_room_key(fact)] = taken + 1
        kept.append(fact)
        if len(kept) == keep:
            break
    return kept


SPARE = 5


def _keep_spare(spare: dict[str, list[Fact]], ranked: list[Fact], seed: object) -> None:
    """Each document's SPARE best facts, at most MAX_PER_SENTENCE of one sentence (as `_best_kept`
    keeps them: a sentence's third fact seldom becomes a question)."""
    for fact in ranked:
        kept = spare.setdefault(fact.doc_id, [])
        if sum(_room_key(other) == _room_key(fact) for other in kept) >= MAX_PER_SENTENCE:
            continue
        if len(kept) < SPARE:
            kept.append(fact)
        elif rank_key(fact, seed) < rank_key(kept[-1], seed):
            kept[-1] = fact
            kept.sort(key=lambda f: rank_key(f, seed))


def _one_for_every_document(chooser: _Chooser, spare: dict[str, list[Fact]], allowed: tuple[str, ...],
                            count: int | None) -> None:
    """A document with a full sentence gives at least one question: when none of its candidates
    was confident enough, its best one that passes the hard rules is asked (or stated)."""
    asked_from = {fact.doc_id for fact, _t, _truth in chooser.chosen}
    for doc_id, facts in spare.items():
        if doc_id in asked_from or (count is not None and len(chooser.chosen) >= count):
            continue
        relaxed = chooser.keep_all
        chooser.keep_all = True
        try:
            for fact in facts:
                if fact.complete is not None:
                    fact.complete()  # its wrong options were not looked for yet
                if chooser.ask(fact, allowed) or chooser.state(fact):
                    break
        finally:
            chooser.keep_all = relaxed


def _confidence(item: tuple[Fact, str, bool]) -> float:
    fact, qtype, _truth = item
    return fact.statement_confidence if qtype == "truefalse" else fact.confidence


def _fair_swap(fact: Fact, chooser: "_Chooser") -> bool:
    """Whether the fact, stated as it would be now, is true or made false with a number or a
    name the document itself gives ("Ashby Cross" -> "Hebble End"), not a name from the word
    lists that the reader sees through at once ("the smell from the Rhone" in London)."""
    _shown, truth = chooser.statement(fact)
    return truth or fact.span.is_number or fact.options_from_document >= 1


def _choose_from(chooser: _Chooser, ranked: list[Fact], count: int | None, allowed: tuple[str, ...]) -> None:
    """Add questions from `ranked` (most confident first): up to `count` in all, else all that fit.

    Questions asking for an answer come first; true/false statements then take their share
    from what is left; with a count, more questions fill any share the statements left."""
    before = len(chooser.chosen)
    limit = count if count is not None else len(ranked)
    asking = [t for t in allowed if t != "truefalse"]
    statement_share = TYPE_SHARES["truefalse"] / sum(TYPE_SHARES[t] for t in allowed) if "truefalse" in allowed else 0.0
    first_limit = limit if not asking or count is None else max(1, round(limit * (1 - statement_share)))
    if asking:
        for fact in ranked:
            if len(chooser.chosen) - before >= first_limit:
                break
            chooser.ask(fact, allowed)
    if "truefalse" in allowed:
        asked = len(chooser.chosen) - before
        share = round(asked * statement_share / max(1e-9, 1 - statement_share))
        wanted = limit if not asking else min(limit, asked + max(1 if count is not None or not asked else 0, share))
        # A short document whose one question leaves a fifth of nothing still states its best
        # statement when that is among the surest the generator writes.
        strong_only = asking and count is None and asked == 1 and share == 0
        if strong_only:
            wanted = min(limit, asked + 1)
        by_statement = sorted(ranked, key=lambda f: (-f.statement_confidence, f.order))
        for fact in by_statement:
            if len(chooser.chosen) - before >= wanted:
                break
            if strong_only and fact.statement_confidence < STRONG_STATEMENT:
                break
            if strong_only and not _fair_swap(fact, chooser):
                continue
            chooser.state(fact)
    if count is not None and asking:
        for fact in ranked:
            if len(chooser.chosen) - before >= limit:
                break
            chooser.ask(fact, allowed)
