"""Writing the chosen facts as questions of the pack model: prompt, answer, wrong options,
difficulty, reading time, tags, the cited sentence and an id made from the content.
"""

from __future__ import annotations

import re

from game.generate.facts import MAX_WRONG, Fact
from game.generate.kinds import AMOUNTS, DATE, PERCENT, PERSON, YEAR
from game.generate.lexicon import NUMBER_WORDS, fold
from game.generate.quantities import approximate_tolerance
from game.generate.select import content_words
from game.generate.typed import typed_forms
from game.packs.model import (
    DEFAULT_TIME_LIMIT,
    ChoiceQuestion,
    Citation,
    NumberQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
)

def difficulty(fact: Fact, qtype: str) -> str:
    """easy / medium / hard from the type, how often the answer is mentioned, how close the options are."""
    points = {"truefalse": 0.0, "choice": 0.8, "number": 1.5, "text": 1.8}[qtype]
    if fact.mentions <= 1:
        points += 0.5
    if fact.span.family == AMOUNTS or fact.span.kind == DATE:
        points += 0.5
    if fact.span.kind == YEAR and qtype != "truefalse" and _nearest_year_gap(fact) <= 2:
        points += 0.3
    if len(fact.question or fact.statement or "") > 150:
        points += 0.4
    if fact.span.kind == PERSON and qtype == "choice":
        points -= 0.2
    return "easy" if points < 1.0 else "medium" if points < 2.0 else "hard"


_YEAR_DIGITS = re.compile(r"\d+")


def _nearest_year_gap(fact: Fact) -> float:
    """How many years the closest wrong option lies from the answer, read from each option's
    first number: "3175 BC" is 25 years from 3200 BC (a year before year 1 is kept negative)."""
    target = abs(float(fact.span.value))
    gaps = [abs(int(found.group()) - target) for w in fact.wrong if (found := _YEAR_DIGITS.search(str(w)))]
    return min(gaps, default=float("inf"))


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
    keywords = [w for w in content_words(shown) if w not in content_words(fact.answer)][:3]
    if qtype == "truefalse":
        return slug("-".join(content_words(fact.statement or shown)[:5]), 50)
    return slug(f"{fact.answer} {' '.join(keywords)}", 50)


def _accept(fact: Fact) -> list[str]:
    return typed_forms(fact)


def _option_value(option: str) -> float | None:
    """The number an option shows: "1,408", "US$4", "four"."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", option)
    if digits:
        return float(digits.group(0).replace(",", ""))
    word = re.match(r"[A-Za-z]+", option)
    words = dict(NUMBER_WORDS, one=1)
    return float(words[word.group(0).lower()]) if word and word.group(0).lower() in words else None


def _number_value(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def review_notes(fact: Fact, qtype: str) -> dict:
    """What review mode shows about a question: how confident the generator is, and its doubts."""
    if qtype == "truefalse":
        return {"confidence": fact.statement_confidence, "doubts": list(fact.statement_doubts)}
    return {"confidence": fact.confidence, "doubts": list(fact.doubts)}


def build_question(fact: Fact, qtype: str, truth: bool) -> Question:
    question = _build(fact, qtype, truth)
    question.meta = review_notes(fact, qtype)
    return question


def _build(fact: Fact, qtype: str, truth: bool) -> Question:
    citation = Citation(quote=fact.sentence.cited, doc=fact.doc_id)
    level = difficulty(fact, qtype)
    if qtype == "truefalse":
        if truth:
            statement, explanation = fact.statement or "", None
        else:
            statement, swapped = fact.false_statements[0]
            explanation = f"The text says {fact.answer}, not {swapped}. {fact.statement}"
        return TrueFalseQuestion(id=question_id(fact, qtype, statement), prompt=statement, answer=truth,
                                 difficulty=level, explanation=explanation, source=citation,
                                 time_limit=reading_time(statement, qtype), tags=tags_for(fact))
    prompt = fact.question or ""
    qid = question_id(fact, qtype, prompt)
    if qtype == "choice":
        return ChoiceQuestion(id=qid, prompt=prompt, answer=shown_answer(fact, fact.wrong[:MAX_WRONG]), wrong=fact.wrong[:MAX_WRONG],
                              difficulty=level, source=citation, time_limit=reading_time(prompt, qtype),
                              tags=tags_for(fact))
    if qtype == "number":
        span = fact.span
        tolerance = approximate_tolerance(fact.sentence.text, span)  # "about 40 km": 36 to 44 are right too
        wrong: list[int | float] = []
        for option in fact.wrong:
            value = _option_value(option)
            if value is not None and value not in wrong and abs(value - span.value) > tolerance \
                    and len(wrong) < MAX_WRONG:
                wrong.append(_number_value(value))
        unit = "" if span.kind == YEAR else ("%" if span.kind == PERCENT else span.unit)
        return NumberQuestion(id=qid, prompt=prompt, answer=_number_value(span.value), tolerance=tolerance,
                              unit=unit, wrong=wrong, difficulty=level, source=citation,
                              time_limit=reading_time(prompt, qtype), tags=tags_for(fact))
    answer = fact.in_full or fact.answer
    accept = [f for f in dict.fromkeys([fact.answer, *_accept(fact)]) if f != answer]
    wrong = [w for w in fact.wrong if not any(fold(w) == fold(a) for a in [answer, *accept])][:MAX_WRONG]
    if fact.in_full and any(len(w.split()) < 2 for w in wrong):
        wrong = []  # "Okafor" beside "Sarah Whitfield": options of another shape give the answer away
    return TextQuestion(id=qid, prompt=prompt, answer=answer, accept=accept,
                        wrong=wrong if len(wrong) == MAX_WRONG else [], difficulty=level, source=citation, time_limit=reading_time(prompt, qtype),
                        tags=tags_for(fact))


def shown_answer(fact: Fact, wrong: list[str]) -> str:
    """The answer a choice question shows: a person named by one name in the sentence is shown
    in full, as the document names them, when the wrong options are full names too ("Sarah
    Whitfield" among "Lucy Okafor" and "Niamh Brennan"); else as the sentence writes it."""
    if fact.in_full and wrong and all(len(w.split()) >= 2 for w in wrong):
        return fact.in_full
    return fact.answer


def unique_ids(questions: list[Question]) -> None:
    seen: dict[str, int] = {}
    for question in questions:
        base = question.id
        if base in seen:
            seen[base] += 1
            question.id = f"{base}-{seen[base]}"
        else:
            seen[base] = 1


def reading_time(prompt: str, qtype: str) -> int | None:
    """Seconds to allow when the pack's 20 are too few: a long prompt to read or an answer to type."""
    seconds = DEFAULT_TIME_LIMIT + max(0, len(prompt) - 120) // 30 * 5 + (10 if qtype == "text" else 0)
    seconds = min(seconds, 60)
    return None if seconds <= DEFAULT_TIME_LIMIT else seconds


def tags_for(fact: Fact) -> list[str]:
    """One tag for what the answer is, so a teacher can filter a pack: people, places, dates, ..."""
    return [fact.span.info.tag]
