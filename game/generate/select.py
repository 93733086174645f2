"""Choosing the questions of a pack: rank the facts, drop near-duplicates, balance the
question types and true against false, estimate difficulty and give stable ids.
"""

from __future__ import annotations

import hashlib
import re

from game.generate.facts import MAX_WRONG, Fact
from game.generate.lexicon import fold
from game.generate.spans import PERSON
from game.packs.model import (
    ChoiceQuestion,
    Citation,
    NumberQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
)

# The share of each type in a pack when the facts allow it.
TYPE_SHARES = {"choice": 0.4, "truefalse": 0.25, "number": 0.15, "text": 0.2}
MAX_PER_SENTENCE = 2
MAX_PER_ANSWER = 1
NEAR_DUPLICATE = 0.6
_STOP = frozenset("the a an of in on at to and or for by with which what who whom how many is was "
                  "were are be has had have did does do that this from as it its into".split())


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _STOP]


def _similar(a: str, b: str) -> float:
    wa, wb = set(_content_words(a)), set(_content_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def possible_types(fact: Fact, allowed: tuple[str, ...]) -> list[str]:
    types = []
    if fact.question:
        if "choice" in allowed and len(fact.wrong) >= MAX_WRONG:
            types.append("choice")
        if "number" in allowed and fact.span.kind in ("year", "count", "percent") and fact.span.value is not None:
            types.append("number")
        if "text" in allowed and not fact.span.is_number and fact.span.kind not in ("date", "money") \
                and len(fact.answer.split()) <= 4:
            types.append("text")
    if "truefalse" in allowed and fact.statement and fact.false_statements:
        types.append("truefalse")
    return types


def _tie_break(fact: Fact, seed: object) -> str:
    return hashlib.sha256(f"{seed}\x1f{fact.doc_id}\x1f{fact.sentence.text}\x1f{fact.answer}".encode()).hexdigest()


def choose(facts: list[Fact], count: int | None, allowed: tuple[str, ...], seed: object) -> list[tuple[Fact, str, bool]]:
    """(fact, type, truth of a true/false statement) for every question, in document order."""
    ranked = sorted(facts, key=lambda f: (-f.score, f.order, _tie_break(f, seed)))
    shares = {t: TYPE_SHARES[t] for t in allowed}
    total_share = sum(shares.values()) or 1.0
    counts = {t: 0 for t in allowed}
    per_sentence: dict[tuple[str, int], int] = {}
    per_answer: dict[str, int] = {}
    chosen: list[tuple[Fact, str, bool]] = []
    # Near-duplicates come from one sentence written twice or one answer asked twice: compare
    # within those groups only, so that choosing stays linear in the length of the input.
    prompts_by_answer: dict[str, list[tuple[str, str]]] = {}
    prompts_by_sentence: dict[str, list[tuple[str, str]]] = {}
    exact: set[frozenset[str]] = set()
    truths = {True: 0, False: 0}
    limit = count if count is not None else len(ranked)
    words = sum(len(f.sentence.text.split()) for f in {(f.doc_id, f.sentence.index): f for f in facts}.values())
    answer_limit = MAX_PER_ANSWER + words // 1500
    for fact in ranked:
        if len(chosen) >= limit:
            break
        types = possible_types(fact, allowed)
        if not types:
            continue
        sentence_key = (fact.doc_id, fact.sentence.index)
        answer_key = fold(fact.answer)
        sentence_limit = MAX_PER_SENTENCE + (len(fact.sentence.text.split()) >= 25) + (fact.spans_in_sentence >= 5)
        if per_sentence.get(sentence_key, 0) >= sentence_limit or per_answer.get(answer_key, 0) >= answer_limit:
            continue
        total = len(chosen) + 1
        best = max(types, key=lambda t: (shares[t] / total_share * total - counts[t], -list(TYPE_SHARES).index(t)))
        if best == "truefalse":
            truth = truths[True] < truths[False] or (truths[True] == truths[False] and _tie_break(fact, seed) < "8")
            shown = fact.statement if truth else fact.false_statements[0][0]
        else:
            truth = True
            shown = fact.question or ""
        words = frozenset(_content_words(shown))
        nearby = prompts_by_answer.get(answer_key, []) + prompts_by_sentence.get(fact.sentence.text, [])
        if words in exact or any(_similar(shown, other) >= (NEAR_DUPLICATE if key == answer_key else 0.85)
                                 for other, key in nearby):
            continue
        exact.add(words)
        prompts_by_answer.setdefault(answer_key, []).append((shown, answer_key))
        prompts_by_sentence.setdefault(fact.sentence.text, []).append((shown, answer_key))
        counts[best] += 1
        if best == "truefalse":
            truths[truth] += 1
        per_sentence[sentence_key] = per_sentence.get(sentence_key, 0) + 1
        per_answer[answer_key] = per_answer.get(answer_key, 0) + 1
        chosen.append((fact, best, truth))
    chosen.sort(key=lambda item: item[0].order)
    return chosen


def difficulty(fact: Fact, qtype: str) -> str:
    """easy / medium / hard from the type, how often the answer is mentioned, how close the options are."""
    points = {"truefalse": 0.0, "choice": 0.8, "number": 1.5, "text": 1.8}[qtype]
    if fact.mentions <= 1:
        points += 0.5
    if fact.span.kind in ("count", "percent", "money", "date"):
        points += 0.5
    if fact.span.kind == "year" and fact.wrong and qtype != "truefalse" and \
            min(abs(int(w) - int(fact.span.value)) for w in fact.wrong if w.isdigit()) <= 2:
        points += 0.3
    if len(fact.question or fact.statement or "") > 150:
        points += 0.4
    if fact.span.kind == PERSON and qtype == "choice":
        points -= 0.2
    return "easy" if points < 1.0 else "medium" if points < 2.0 else "hard"


def slug(text: str, limit: int = 40) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "q"


def question_id(fact: Fact, qtype: str, shown: str) -> str:
    """A slug made from the content, so that other questions keep their ids after an edit."""
    keywords = [w for w in _content_words(shown) if w not in _content_words(fact.answer)][:3]
    if qtype == "truefalse":
        return slug("-".join(_content_words(fact.statement or shown)[:5]), 50)
    return slug(f"{fact.answer} {' '.join(keywords)}", 50)


def _accept(fact: Fact) -> list[str]:
    answer = fact.answer
    accept = []
    if fact.span.kind == PERSON and len(answer.split()) >= 2:
        accept.append(answer.split()[-1])
    return [a for a in accept if fold(a) != fold(answer)]


def _number_value(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def build_question(fact: Fact, qtype: str, truth: bool) -> Question:
    citation = Citation(quote=fact.sentence.text, doc=fact.doc_id)
    level = difficulty(fact, qtype)
    if qtype == "truefalse":
        if truth:
            statement, explanation = fact.statement or "", None
        else:
            statement, swapped = fact.false_statements[0]
            explanation = f"The text says {fact.answer}, not {swapped}."
        return TrueFalseQuestion(id=question_id(fact, qtype, statement), prompt=statement, answer=truth,
                                 difficulty=level, explanation=explanation, source=citation)
    prompt = fact.question or ""
    qid = question_id(fact, qtype, prompt)
    if qtype == "choice":
        return ChoiceQuestion(id=qid, prompt=prompt, answer=fact.answer, wrong=fact.wrong[:MAX_WRONG],
                              difficulty=level, source=citation)
    if qtype == "number":
        span = fact.span
        wrong = []
        for option in fact.wrong[:MAX_WRONG]:
            digits = re.search(r"\d[\d,]*(?:\.\d+)?", option)
            if digits:
                wrong.append(_number_value(float(digits.group(0).replace(",", ""))))
            else:
                from game.generate.lexicon import NUMBER_WORDS
                word = re.match(r"[A-Za-z]+", option)
                if word and word.group(0).lower() in NUMBER_WORDS:
                    wrong.append(NUMBER_WORDS[word.group(0).lower()])
        unit = "" if span.kind == "year" else ("%" if span.kind == "percent" else span.unit)
        return NumberQuestion(id=qid, prompt=prompt, answer=_number_value(span.value), tolerance=0,
                              unit=unit, wrong=wrong if len(wrong) == len(set(wrong)) else [],
                              difficulty=level, source=citation)
    return TextQuestion(id=qid, prompt=prompt, answer=fact.answer, accept=_accept(fact),
                        difficulty=level, source=citation)


def unique_ids(questions: list[Question]) -> None:
    seen: dict[str, int] = {}
    for question in questions:
        base = question.id
        if base in seen:
            seen[base] += 1
            question.id = f"{base}-{seen[base]}"
        else:
            seen[base] = 1
