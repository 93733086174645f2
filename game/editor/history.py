"""One undo/redo history for a whole editing session.

A step records the state of what it touched before and after (a few questions, their marks,
the order, the pack's own fields), so undoing and redoing are exact whatever the operation
was. Typing into one field makes one step, not one per key: a step with the same `merge_key`
as the last one extends it, until anything else happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Focus:
    """Where a change happened, so the screen can show it again after undo or redo."""

    uid: int | None = None
    field: str | None = None
    index: int | None = None
    cursor: int | None = None


@dataclass
class Step:
    """One undoable change: `label` names it for tests and logs ('edit prompt'), `words` says
    it to a person in the current language."""

    label: str
    before: Any
    after: Any
    focus: Focus | None = None
    merge_key: tuple | None = None
    words: Callable[[], str] | None = None

    def shown(self) -> str:
        """What the step did, as the window says it ("Undone: …")."""
        return self.words() if self.words is not None else self.label


class History:
    """Undo and redo stacks; `version` changes whenever the state they describe changes."""

    def __init__(self, limit: int = 2000) -> None:
        self.limit = limit
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._open_merge: tuple | None = None
        self._counter = 0
        self._ids: list[int] = []  # a number per step on the undo stack, for "is this the saved state?"
        self._redo_ids: list[int] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def marker(self) -> int:
        """Identifies the current state: the same marker means the same content."""
        return self._ids[-1] if self._ids else 0

    def push(self, step: Step) -> None:
        """Record a step just done; it extends the last one when their merge keys agree."""
        self._redo.clear()
        self._redo_ids.clear()
        if step.merge_key is not None and step.merge_key == self._open_merge and self._undo:
            last = self._undo[-1]
            last.after = step.after
            last.focus = step.focus
            self._counter += 1
            self._ids[-1] = self._counter
            return
        self._undo.append(step)
        self._counter += 1
        self._ids.append(self._counter)
        self._open_merge = step.merge_key
        if len(self._undo) > self.limit:
            del self._undo[0]
            del self._ids[0]

    def close(self) -> None:
        """End the current run of typing: the next step starts afresh."""
        self._open_merge = None

    def undo(self) -> Step | None:
        self._open_merge = None
        if not self._undo:
            return None
        step = self._undo.pop()
        self._redo.append(step)
        self._redo_ids.append(self._ids.pop())
        return step

    def redo(self) -> Step | None:
        self._open_merge = None
        if not self._redo:
            return None
        step = self._redo.pop()
        self._undo.append(step)
        self._ids.append(self._redo_ids.pop())
        return step

    def labels(self) -> tuple[list[str], list[str]]:
        """What undo and redo would do next, newest first (for tests and the status line)."""
        return [s.label for s in reversed(self._undo)], [s.label for s in reversed(self._redo)]
