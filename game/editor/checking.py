"""Live validation that stays fast on big packs: only the questions that changed are checked again.

Every rule and message is the pack validator's (`check_pack_data`): each question is checked on
its own, inside a pack with the real sources, and remembered until it changes; what depends on
several questions together (two with the same id) comes from checking the pack with every
question stood in for by a minimal valid one carrying its real id. The result is the same list,
in the same order, as checking the whole pack at once (a property test holds it to that).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.packs.problems import PathProblem
from game.packs.validate import check_pack_data

_STAND_IN = {"type": "truefalse", "prompt": "?", "answer": True}


def _moved(problem: PathProblem, index: int) -> PathProblem:
    return PathProblem(("questions", index) + tuple(problem.path[2:]), problem.message, problem.at_key)


class LiveCheck:
    def __init__(self) -> None:
        self._questions: dict[int, tuple[tuple, list[PathProblem]]] = {}
        self._pack: tuple[tuple, list[PathProblem]] | None = None

    def problems(self, header: dict[str, Any], questions: list[tuple[int, int, Any]],
                 base_dir: Path | None) -> list[PathProblem]:
        """The problems of the pack `header` + `questions` ((uid, version, data) each)."""
        context = (repr(header.get("sources")), "sources" in header, str(base_dir))
        own = [self._own(uid, version, data, header, context, base_dir) for uid, version, data in questions]
        together = self._together(header, [data for _, _, data in questions], base_dir)
        result = [p for p in together if not (len(p.path) >= 2 and p.path[0] == "questions")]
        for index, mine in enumerate(own):
            result.extend(_moved(p, index) for p in mine)
            seen = {(p.path[2:], p.message) for p in mine}
            result.extend(p for p in together if len(p.path) >= 2 and p.path[0] == "questions"
                          and p.path[1] == index and (p.path[2:], p.message) not in seen)
        live = {uid for uid, _, _ in questions}
        for uid in [u for u in self._questions if u not in live]:
            del self._questions[uid]
        return result

    def _own(self, uid: int, version: int, data: Any, header: dict, context: tuple,
             base_dir: Path | None) -> list[PathProblem]:
        key = (version, context)
        cached = self._questions.get(uid)
        if cached is None or cached[0] != key:
            alone: dict[str, Any] = {"relayquiz": 1, "id": "x", "title": "x", "questions": [data]}
            if "sources" in header:
                alone["sources"] = header["sources"]
            _, found = check_pack_data(alone, base_dir)
            cached = (key, [p for p in found if tuple(p.path[:2]) == ("questions", 0)])
            self._questions[uid] = cached
        return cached[1]

    def _together(self, header: dict, questions: list[Any], base_dir: Path | None) -> list[PathProblem]:
        stand_ins = [dict(_STAND_IN, **({"id": q["id"]} if "id" in q else {})) if isinstance(q, dict) else q
                     for q in questions]
        key = (repr(header), repr([q.get("id") if isinstance(q, dict) else q for q in stand_ins]),
               repr([("id" in q) if isinstance(q, dict) else None for q in stand_ins]), str(base_dir))
        if self._pack is None or self._pack[0] != key:
            _, found = check_pack_data({**header, "questions": stand_ins}, base_dir)
            self._pack = (key, found)
        return self._pack[1]
