"""Small packs built in code for the quiz and store tests: every type, known answers."""

from __future__ import annotations

from game.packs.model import (
    ChoiceQuestion,
    Citation,
    Defaults,
    NumberQuestion,
    Pack,
    Source,
    TextQuestion,
    TrueFalseQuestion,
)


def mixed_pack(pack_id: str = "torch", count_per_type: int = 3, points: int = 1000, time_limit: int = 20) -> Pack:
    """A pack with `count_per_type` questions of each type; number/text ones alternate having options."""
    questions = []
    for n in range(count_per_type):
        questions.append(ChoiceQuestion(
            id=f"choice-{n}", prompt=f"Which city is number {n}?", answer=f"Right {n}",
            wrong=[f"Wrong {n}a", f"Wrong {n}b", f"Wrong {n}c"], difficulty="easy",
            explanation=f"Because {n}.", source=Citation(doc="doc-1", quote=f"Right {n} is the city."),
        ))
        questions.append(TrueFalseQuestion(
            id=f"tf-{n}", prompt=f"Statement {n} is true.", answer=n % 2 == 0, difficulty="medium",
        ))
        questions.append(NumberQuestion(
            id=f"number-{n}", prompt=f"What year is {n}?", answer=1990 + n, tolerance=0,
            wrong=[1980 + n, 1995 + n, 2000 + n] if n % 2 == 0 else [], difficulty="hard",
        ))
        questions.append(TextQuestion(
            id=f"text-{n}", prompt=f"Which sea is {n}?", answer="Black Sea", accept=["Euxine"],
            wrong=["Red Sea", "Dead Sea", "White Sea"] if n % 2 == 0 else [],
        ))
    return Pack(
        id=pack_id, title=f"Pack {pack_id}", defaults=Defaults(time_limit=time_limit, points=points),
        sources=[Source(id="doc-1", title="The source document")], questions=questions,
    )


def single_type_pack(pack_id: str, qtype: str, count: int = 5) -> Pack:
    return Pack(id=pack_id, title=pack_id.title(), questions=[
        q for q in mixed_pack(pack_id, count).questions if q.type == qtype
    ])
