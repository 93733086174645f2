"""Which questions a session plays, and in what order: seeded, fair, never repeated.

Picking goes round the packs in turn, and within a pack prefers the question type played
least so far, so a session over two packs of four types gets an even spread of both. Two
questions written from one sentence ("Which river ... in Graubünden?", "The Rhine begins in
which canton?") go in one session only when nothing else is left to play. The picks are then
shuffled, so the order does not follow a visible pattern, and spread so that types take turns
(no run of three number questions while choice questions wait).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from game.packs.model import AnyQuestion, Pack
from game.quiz.config import QuestionKey, SessionConfig
from game.quiz.questions import RoundQuestion, playable, prepare

UNSET_DIFFICULTY = "medium"


@dataclass(frozen=True)
class Selection:
    """The questions chosen, plus what the setup screen should say about the rest."""

    questions: tuple[RoundQuestion, ...]
    matching: int          # questions of the chosen packs that pass the type and difficulty filters
    unplayable: int        # of those, number/text questions without options skipped in team modes
    requested: int         # how many the session asked for

    @property
    def played(self) -> int:
        """How many questions the session plays."""
        return len(self.questions)

    @property
    def short_by(self) -> int:
        """How many fewer questions than asked for there were to play."""
        return max(self.requested - len(self.questions), 0)


@dataclass(frozen=True)
class Outlook:
    """What a session would play, counted without picking: the same `played`, `matching`,
    `unplayable` and `short_by` its Selection would have."""

    played: int
    matching: int
    unplayable: int
    requested: int

    @property
    def short_by(self) -> int:
        return max(self.requested - self.played, 0)


class QuestionTally:
    """The questions of some packs counted by type, difficulty and whether they can be played,
    so that how many a session of any types, difficulties and length would play is a sum, not
    a pass over every question (a setup screen with 10,000 questions asks at every key press).

    Counts each question once, as `select_questions` does: where two packs hold the same
    question id, the first one the filters let through counts."""

    def __init__(self, packs: tuple[Pack, ...], picks_options: bool) -> None:
        self.packs = packs
        self.picks_options = picks_options
        variants: dict[QuestionKey, list[tuple[str, str, bool]]] = {}
        for pack in packs:
            for question in pack.questions:
                kind = (question.type, question.difficulty or UNSET_DIFFICULTY, playable(question, picks_options))
                variants.setdefault(QuestionKey(pack.id, question.id), []).append(kind)
        self.counts: Counter[tuple[str, str, bool]] = Counter()
        self.repeated: list[list[tuple[str, str, bool]]] = []     # ids held by more than one pack
        for kinds in variants.values():
            if len(kinds) == 1:
                self.counts[kinds[0]] += 1
            else:
                self.repeated.append(kinds)

    def counted(self, config: SessionConfig) -> bool:
        """Whether this tally counted the very packs (not equal copies) and mode of `config`."""
        return (config.picks_options == self.picks_options and len(config.packs) == len(self.packs)
                and all(mine is theirs for mine, theirs in zip(self.packs, config.packs)))

    def outlook(self, config: SessionConfig) -> Outlook:
        """What a session of `config` (over these packs, picking options as counted) would play."""
        if config.only is not None or not self.counted(config):
            raise ValueError("a tally answers only for the packs and mode it counted; a fixed list is picked")

        def wanted(kind: tuple[str, str, bool]) -> bool:
            return kind[0] in config.types and (config.difficulties is None or kind[1] in config.difficulties)

        matching = unplayable = 0
        for kind, count in self.counts.items():
            if wanted(kind):
                matching += count
                unplayable += 0 if kind[2] else count
        for kinds in self.repeated:
            first = next((kind for kind in kinds if wanted(kind)), None)
            if first is not None:
                matching += 1
                unplayable += 0 if first[2] else 1
        return Outlook(min(config.question_count, matching - unplayable), matching, unplayable, config.question_count)


def _matches(question: AnyQuestion, config: SessionConfig) -> bool:
    if question.type not in config.types:
        return False
    if config.difficulties is not None:
        return (question.difficulty or UNSET_DIFFICULTY) in config.difficulties
    return True


def select_questions(config: SessionConfig, seed: int) -> Selection:
    """The session's questions, prepared to play; the same config and seed give the same list."""
    if config.only is not None:
        return _fixed(config, seed)
    rng = random.Random(seed)
    buckets: dict[tuple[int, str], list[tuple[Pack, AnyQuestion]]] = {}
    seen: set[QuestionKey] = set()
    matching = unplayable = 0
    for pack_index, pack in enumerate(config.packs):
        for question in pack.questions:
            key = QuestionKey(pack.id, question.id)
            if key in seen or not _matches(question, config):
                continue
            seen.add(key)
            matching += 1
            if not playable(question, config.picks_options):
                unplayable += 1
                continue
            buckets.setdefault((pack_index, question.type), []).append((pack, question))
    for bucket in buckets.values():
        rng.shuffle(bucket)
    per_pack: Counter[int] = Counter()
    per_type: Counter[str] = Counter()
    pack_turns = list(range(len(config.packs)))
    rng.shuffle(pack_turns)
    picked: list[tuple[Pack, AnyQuestion]] = []
    quoted: set[tuple[str, str, str]] = set()
    # First only questions whose sentence no picked question came from (two questions written
    # from one sentence name each other's answers); then, if the round is still short, any.
    for fresh_only in (True, False):
        while len(picked) < config.question_count and buckets:
            open_buckets = {key: bucket for key, bucket in buckets.items()
                            if not fresh_only or any(_sentence(p, q) not in quoted for p, q in bucket)}
            if not open_buckets:
                break
            pack_index = min({p for p, _ in open_buckets}, key=lambda p: (per_pack[p], pack_turns.index(p)))
            types = [t for p, t in open_buckets if p == pack_index]
            type_order = {t: rng.random() for t in types}
            chosen_type = min(types, key=lambda t: (per_type[t], type_order[t]))
            bucket = buckets[(pack_index, chosen_type)]
            at = max(i for i, (p, q) in enumerate(bucket) if not fresh_only or _sentence(p, q) not in quoted)
            pack, question = bucket.pop(at)
            picked.append((pack, question))
            if question.source is not None and question.source.quote:
                quoted.add(_sentence(pack, question))
            if not bucket:
                del buckets[(pack_index, chosen_type)]
            per_pack[pack_index] += 1
            per_type[chosen_type] += 1
    rng.shuffle(picked)
    return Selection(_prepared(spread_types(picked, rng), config, seed), matching, unplayable,
                     config.question_count)


def spread_types(picked: list[tuple[Pack, AnyQuestion]], rng: random.Random) -> list[tuple[Pack, AnyQuestion]]:
    """The picks reordered so each type is spread through the session: a type with k questions
    is due about every 1/k of the way (points drawn by the seed), the question most overdue
    goes next, and never two of one type in a row while another type could go between them.
    Within a type the shuffled order is kept."""
    by_type: dict[str, list[tuple[Pack, AnyQuestion]]] = {}
    for pick in picked:
        by_type.setdefault(pick[1].type, []).append(pick)
    due: dict[str, list[float]] = {}
    for qtype, questions in by_type.items():
        start = rng.random()
        # Each due point moved a little by the seed, so equal types do not fall into a fixed cycle.
        due[qtype] = [(i + start + (rng.random() - 0.5) * 0.5) / len(questions) for i in range(len(questions))]
    spread: list[tuple[Pack, AnyQuestion]] = []
    last: str | None = None
    while by_type:
        candidates = [t for t in by_type if t != last] or list(by_type)
        spreadable = [t for t in candidates if _spreadable(by_type, t)] or candidates
        qtype = min(spreadable, key=lambda t: due[t][0])
        spread.append(by_type[qtype].pop(0))
        due[qtype].pop(0)
        if not by_type[qtype]:
            del by_type[qtype]
        last = qtype
    return spread


def _spreadable(by_type: dict[str, list], taken: str) -> bool:
    """Whether, after one question of type `taken`, the rest can still alternate (the rest
    starting with another type)."""
    left = {t: len(q) - (t == taken) for t, q in by_type.items()}
    total = sum(left.values())
    return all(count <= (total // 2 if t == taken else (total + 1) // 2) for t, count in left.items())


def _sentence(pack: Pack, question: AnyQuestion) -> tuple[str, str, str]:
    """The sentence a question was written from; a question citing none is its own."""
    source = question.source
    if source is None or not source.quote:
        return pack.id, question.id, ""
    return pack.id, source.doc or "", " ".join(source.quote.split())


def _fixed(config: SessionConfig, seed: int) -> Selection:
    """Exactly the listed questions in the listed order (a review round), if still playable."""
    by_key = {QuestionKey(p.id, q.id): (p, q) for p in reversed(config.packs) for q in p.questions}
    picked: list[tuple[Pack, AnyQuestion]] = []
    unplayable = 0
    for key in dict.fromkeys(config.only or ()):
        found = by_key.get(key)
        if found is None:
            continue
        if not playable(found[1], config.picks_options):
            unplayable += 1
            continue
        picked.append(found)
    return Selection(_prepared(picked, config, seed), len(picked) + unplayable, unplayable, len(config.only or ()))


def _prepared(picked: list[tuple[Pack, AnyQuestion]], config: SessionConfig, seed: int) -> tuple[RoundQuestion, ...]:
    return tuple(
        prepare(number, pack, question, seed=seed, teams=config.picks_options,
                time_limit=config.time_limit, points=config.scoring.points,
                default_time_limit=config.default_time_limit)
        for number, (pack, question) in enumerate(picked, start=1)
    )
