"""Choosing the questions of a pack: rank the facts, drop near-duplicates, balance the
question types and true against false, and keep one question from giving another away.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable

from game.generate.facts import MAX_WRONG, Fact
from game.generate.kinds import PERSON
from game.generate.lexicon import fold, word_set

# The share of each type in a pack when the facts allow it.
TYPE_SHARES = {"choice": 0.4, "truefalse": 0.2, "number": 0.15, "text": 0.2}
MAX_PER_SENTENCE = 2
MAX_ASIDES = 2
# Answers of one kind asked from one sentence: a list of four neighbours is asked twice, not four times.
MAX_PER_KIND = 2
MAX_PER_ANSWER = 1
NEAR_DUPLICATE = 0.6
RECENT = 40
# With a count, the facts kept while reading a long input: enough that the count is met.
KEPT_PER_QUESTION = 10
KEPT_EXTRA = 1000
_STOP = word_set("select_stop_words")


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _STOP]


def _similar(a: str, b: str) -> float:
    wa, wb = set(content_words(a)), set(content_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def possible_types(fact: Fact, allowed: tuple[str, ...]) -> list[str]:
    types = []
    if fact.question:
        if "choice" in allowed and len(fact.wrong) >= MAX_WRONG:
            types.append("choice")
        if "number" in allowed and fact.span.info.number and fact.span.value is not None:
            types.append("number")
        if "text" in allowed and fact.span.info.typed \
                and _typeable(fact):
            types.append("text")
    if "truefalse" in allowed and fact.statement:
        types.append("truefalse")
    return types


def _typeable(fact: Fact) -> bool:
    """Whether a player can fairly be asked to type the answer: short, or with a short name too."""
    names = [fact.answer, *fact.also_called]
    if fact.span.kind == PERSON and len(fact.answer.split()) >= 2:
        names.append(fact.answer.split()[-1])  # a surname is accepted
    return any(len(name) <= 24 and len(name.split()) <= 3 for name in names)


def _room_key(fact: Fact) -> tuple[str, int, bool]:
    return fact.doc_id, fact.sentence.index, fact.aside


def _kind_key(fact: Fact) -> tuple[str, int, str, bool]:
    return fact.doc_id, fact.sentence.index, fact.span.kind, fact.aside


def _tie_break(fact: Fact, seed: object) -> str:
    return hashlib.sha256(f"{seed}\x1f{fact.doc_id}\x1f{fact.sentence.text}\x1f{fact.answer}".encode()).hexdigest()


class _Chooser:
    """The running state of choosing: counts per type, sentence and answer; what was asked."""

    def __init__(self, facts: list[Fact], allowed: tuple[str, ...], seed: object) -> None:
        self.seed = seed
        self.shares = {t: TYPE_SHARES[t] for t in allowed}
        self.counts = {t: 0 for t in allowed}
        self.truths = {True: 0, False: 0}
        self.per_sentence: dict[tuple[str, int, bool], int] = {}
        self.per_kind: dict[tuple[str, int, str, bool], int] = {}
        self.per_answer: dict[str, int] = {}
        # Near-duplicates come from one sentence written twice or one answer asked twice: compare
        # within those groups only, so that choosing stays linear in the length of the input.
        self.by_answer: dict[str, list[str]] = {}
        self.by_sentence_text: dict[str, list[tuple[str, str]]] = {}
        self.exact: set[frozenset[str]] = set()
        self.asked: dict[tuple[str, int], list[tuple[str, str, str]]] = {}
        self.chosen: list[tuple[Fact, str, bool]] = []
        self.words = 0
        self.answer_limit = MAX_PER_ANSWER
        self.read(facts)

    def read(self, facts: list[Fact]) -> None:
        """Count the words of the sentences behind `facts`: an answer may be asked again once
        every 1500 words of text read so far."""
        sentences = {(f.doc_id, f.sentence.index): f.sentence for f in facts}
        self.words += sum(len(sentence.text.split()) for sentence in sentences.values())
        self.answer_limit = MAX_PER_ANSWER + self.words // 1500

    def _room(self, fact: Fact) -> bool:
        if fact.aside:
            # The names in a sentence's brackets have their own room beside the sentence's facts.
            sentence_limit = MAX_ASIDES
        else:
            sentence_limit = MAX_PER_SENTENCE + (len(fact.sentence.text.split()) >= 25) + (fact.spans_in_sentence >= 5)
        return (self.per_sentence.get(_room_key(fact), 0) < sentence_limit
                and self.per_kind.get(_kind_key(fact), 0) < MAX_PER_KIND
                and self.per_answer.get(fact.answer_key, 0) < self.answer_limit)

    def _shown(self, fact: Fact, qtype: str) -> tuple[str, bool]:
        if qtype != "truefalse":
            return fact.question or "", True
        truth = self.truths[True] < self.truths[False] or (
            self.truths[True] == self.truths[False] and _tie_break(fact, self.seed) < "8")
        if not fact.false_statements:
            truth = True  # a fact with no plausible swap can only be stated as it is
        return (fact.statement or "", True) if truth else (fact.false_statements[0][0], False)

    def _clashes(self, fact: Fact, qtype: str, shown: str) -> bool:
        answer_key = fold(fact.answer)
        words = frozenset(content_words(shown))
        if words in self.exact:
            return True
        # The most recent few are enough to compare with, and keep choosing linear on long inputs.
        if any(_similar(shown, other) >= NEAR_DUPLICATE for other in self.by_answer.get(answer_key, [])[-RECENT:]):
            return True
        if any(_similar(shown, other) >= 0.85 for other, _key in self.by_sentence_text.get(fact.sentence.text, [])[-RECENT:]):
            return True
        return _gives_away(qtype, shown, answer_key, self.asked.get((fact.doc_id, fact.sentence.index), []))

    def try_add(self, fact: Fact, types: list[str]) -> bool:
        """Add the fact as the first of `types` that fits; False when none does."""
        if not self._room(fact):
            return False
        total = len(self.chosen) + 1
        share_sum = sum(self.shares.values())
        preference = sorted(types, key=lambda t: (self.counts[t] - self.shares[t] / share_sum * total,
                                                  list(TYPE_SHARES).index(t)))
        for qtype in preference:
            shown, truth = self._shown(fact, qtype)
            if qtype == "truefalse" and truth and self.truths[True] > self.truths[False]:
                continue  # true and false stay balanced
            if self._clashes(fact, qtype, shown):
                continue
            answer_key = fact.answer_key
            sentence_key = (fact.doc_id, fact.sentence.index)
            self.exact.add(frozenset(content_words(shown)))
            self.by_answer.setdefault(answer_key, []).append(shown)
            self.by_sentence_text.setdefault(fact.sentence.text, []).append((shown, answer_key))
            # As written, not who it is: "Kipchoge" in a statement gives away the answer "Kipchoge".
            self.asked.setdefault(sentence_key, []).append((qtype, f" {fold(shown)} ", fold(fact.answer)))
            self.counts[qtype] += 1
            if qtype == "truefalse":
                self.truths[truth] += 1
            self.per_sentence[_room_key(fact)] = self.per_sentence.get(_room_key(fact), 0) + 1
            self.per_kind[_kind_key(fact)] = self.per_kind.get(_kind_key(fact), 0) + 1
            self.per_answer[answer_key] = self.per_answer.get(answer_key, 0) + 1
            self.chosen.append((fact, qtype, truth))
            return True
        return False


def rank_key(fact: Fact, seed: object) -> tuple:
    """Best facts first; the same order on every run."""
    return (-fact.score, fact.order, _tie_break(fact, seed))


def choose(facts: list[Fact], count: int | None, allowed: tuple[str, ...], seed: object) -> list[tuple[Fact, str, bool]]:
    """(fact, type, truth of a true/false statement) for every question, in document order.

    Questions that ask for an answer are chosen first, best facts first; true/false statements
    then fill their share from what is left, where they give away no other question's answer."""
    return choose_in_stretches([facts], count, allowed, seed)


def choose_in_stretches(stretches: Iterable[list[Fact]], count: int | None, allowed: tuple[str, ...],
                        seed: object) -> list[tuple[Fact, str, bool]]:
    """`choose` over the facts of a long input, given a stretch of text at a time, so that only
    one stretch's facts are held at once (plus the chosen ones).

    Without a count every stretch is chosen from as it comes, with what was asked before still
    counted (near-duplicates, answers asked, the true/false balance). With a count, the best
    facts seen so far are kept (a few times the count) and the pack is chosen from those."""
    chooser = _Chooser([], allowed, seed)
    if count is None:
        for facts in stretches:
            chooser.read(facts)
            _choose_from(chooser, sorted(facts, key=lambda f: rank_key(f, seed)), None, allowed)
    else:
        keep = count * KEPT_PER_QUESTION + KEPT_EXTRA
        best: list[Fact] = []
        for facts in stretches:
            chooser.read(facts)
            best.extend(facts)
            if len(best) > keep:
                best.sort(key=lambda f: rank_key(f, seed))
                del best[keep:]
        _choose_from(chooser, sorted(best, key=lambda f: rank_key(f, seed)), count, allowed)
    chosen = chooser.chosen
    # In a sentence's questions, the statement comes last: it may name what the others ask.
    chosen.sort(key=lambda item: (item[0].order[:2], item[1] == "truefalse", item[0].order[2]))
    return chosen


def _choose_from(chooser: _Chooser, ranked: list[Fact], count: int | None, allowed: tuple[str, ...]) -> None:
    """Add questions from `ranked` (best first): up to `count` in all, else all that fit."""
    before = len(chooser.chosen)
    limit = count if count is not None else len(ranked)
    asking = [t for t in allowed if t != "truefalse"]
    statement_share = TYPE_SHARES["truefalse"] / sum(TYPE_SHARES[t] for t in allowed) if "truefalse" in allowed else 0.0
    first_limit = limit if not asking else max(1, round(limit * (1 - statement_share))) if count is not None else limit
    used: set[int] = set()
    if asking:
        for index, fact in enumerate(ranked):
            if len(chooser.chosen) - before >= first_limit:
                break
            types = [t for t in possible_types(fact, allowed) if t != "truefalse"]
            if types and chooser.try_add(fact, types):
                used.add(index)
    if "truefalse" in allowed:
        asked = len(chooser.chosen) - before
        wanted = limit if not asking else min(limit, asked + max(
            1, round(asked * statement_share / max(1e-9, 1 - statement_share))))
        for index, fact in enumerate(ranked):
            if len(chooser.chosen) - before >= wanted:
                break
            if index not in used and "truefalse" in possible_types(fact, allowed) and chooser.try_add(fact, ["truefalse"]):
                used.add(index)
        _convert_to_statements(chooser)
    if count is not None and asking:
        # Too few statements fitted: fill the count the author asked for with more questions.
        for index, fact in enumerate(ranked):
            if len(chooser.chosen) - before >= limit:
                break
            types = [t for t in possible_types(fact, allowed) if t != "truefalse"]
            if index not in used and types and chooser.try_add(fact, types):
                used.add(index)


def _convert_to_statements(chooser: _Chooser) -> None:
    """Reach the true/false share by stating, instead of asking, some facts (the weakest first):
    only where the statement names no answer of another question on its sentence and no other
    question there names the statement's answer, and one statement per sentence."""
    per_sentence: dict[tuple[str, int], list[int]] = {}
    for index, (fact, _qtype, _truth) in enumerate(chooser.chosen):
        per_sentence.setdefault((fact.doc_id, fact.sentence.index), []).append(index)
    order = sorted(range(len(chooser.chosen)),
                   key=lambda i: (chooser.chosen[i][0].score, chooser.chosen[i][0].order))
    target = round(len(chooser.chosen) * chooser.shares["truefalse"] / sum(chooser.shares.values()))
    for index in order:
        if chooser.counts["truefalse"] >= target:
            break
        fact, qtype, _truth = chooser.chosen[index]
        if qtype == "truefalse" or not fact.statement:
            continue
        if chooser.counts[qtype] <= 1:
            continue  # keep every kind of question the pack has
        shown, truth = chooser._shown(fact, "truefalse")
        if truth and chooser.truths[True] > chooser.truths[False]:
            continue
        neighbours = [chooser.chosen[i] for i in per_sentence[(fact.doc_id, fact.sentence.index)] if i != index]
        padded = f" {fold(shown)} "
        if any(other_type == "truefalse" or f" {fold(other.answer)} " in padded
               or f" {fold(fact.answer)} " in f" {fold(other.question or '')} " for other, other_type, _t in neighbours):
            continue
        chooser.counts[qtype] -= 1
        chooser.counts["truefalse"] += 1
        chooser.truths[truth] += 1
        chooser.chosen[index] = (fact, "truefalse", truth)


def _gives_away(qtype: str, shown: str, answer_key: str, asked: list[tuple[str, str, str]]) -> bool:
    """Whether a statement would give away the answer of a question on the same sentence, or the
    reverse ("Russia hosts the Games in Sochi." beside "Russia hosts the Games in which city?");
    one statement per sentence, so that a true and a false one never stand side by side."""
    padded = f" {fold(shown)} "
    for other_type, other_shown, other_answer in asked:
        if qtype == "truefalse" and other_type == "truefalse":
            return True
        if (qtype == "truefalse") != (other_type == "truefalse") and other_answer == answer_key:
            return True  # the same fact asked and stated
        if qtype == "truefalse" and f" {other_answer} " in padded:
            return True
        if qtype != "truefalse" and other_type == "truefalse" and f" {answer_key} " in other_shown:
            return True
    return False
