"""Live validation that stays fast on big packs: only the questions that changed are checked again.

Every rule and message is the pack validator's, in its three parts: the header
(`check_header`), each question on its own (`check_question`, remembered until the question
changes or the pack's sources do) and what depends on several questions together
(`check_across`: two with the same id). The result is the same list, in the same order, as
checking the whole pack at once with `check_pack_data` (a property test holds it to that).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.packs.problems import PathProblem
from game.packs.validate import check_across, check_header, check_question


def _placed(problem: PathProblem, index: int) -> PathProblem:
    """A problem of one question, placed at the question's index in the pack."""
    return PathProblem(("questions", index) + tuple(problem.path), problem.message, problem.at_key)


class LiveCheck:
    def __init__(self) -> None:
        self._questions: dict[int, tuple[tuple, list[PathProblem]]] = {}
        self._header: tuple[tuple, set[str] | None, list[PathProblem]] | None = None

    def problems(self, header: dict[str, Any], questions: list[tuple[int, int, Any]],
                 base_dir: Path | None) -> list[PathProblem]:
        """The problems of the pack `header` + `questions` ((uid, version, data) each)."""
        source_ids, result = self._checked_header(header, base_dir)
        if source_ids is None:
            return list(result)
        result = list(result)
        context = (repr(header.get("sources")), "sources" in header, str(base_dir))
        across: dict[int, list[PathProblem]] = {}
        for problem in check_across([data for _, _, data in questions]):
            across.setdefault(int(problem.path[1]), []).append(problem)
        for index, (uid, version, data) in enumerate(questions):
            result.extend(_placed(p, index) for p in self._own(uid, version, data, context, source_ids, base_dir))
            result.extend(across.get(index, []))
        live = {uid for uid, _, _ in questions}
        for uid in [u for u in self._questions if u not in live]:
            del self._questions[uid]
        return result

    def _checked_header(self, header: dict[str, Any],
                        base_dir: Path | None) -> tuple[set[str] | None, list[PathProblem]]:
        """The header's problems and the source ids questions may cite (None: the questions are
        not looked at, as for a pack of a newer format version)."""
        key = (repr(header), str(base_dir))
        if self._header is None or self._header[0] != key:
            # The questions list is checked as part of the header only for its shape.
            source_ids, found = check_header({**header, "questions": []}, base_dir)
            self._header = (key, source_ids, found)
        return self._header[1], self._header[2]

    def _own(self, uid: int, version: int, data: Any, context: tuple, source_ids: set[str],
             base_dir: Path | None) -> list[PathProblem]:
        key = (version, context)
        cached = self._questions.get(uid)
        if cached is None or cached[0] != key:
            _, found = check_question(data, source_ids, base_dir)
            cached = (key, found)
            self._questions[uid] = cached
        return cached[1]
