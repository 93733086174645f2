"""The working copy of a pack being edited or reviewed, with every edit undoable.

Questions are held as plain data, exactly what the pack file holds, so a question may be
wrong for a while as it is typed; `problems()` says what is wrong, through the pack validator
(the same rules and messages as `relayquiz validate`). Each question has a `uid` that stays
the same whatever is done to it (its `id` is a field like any other and can be edited), and a
review mark: unreviewed, kept or dropped. Dropped questions are never saved or played.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Iterator

from game.editor import fields as F
from game.editor.checking import LiveCheck
from game.editor.history import Focus, History, Step
from game.editor.packfile import file_has_comments, read_pack_data
from game.editor.words import step_words
from game.packs.dump import pack_to_data
from game.packs.model import QUESTION_TYPES, Pack
from game.packs.problems import PathProblem
from game.packs.validate import MAX_ID_LENGTH, check_pack_data


class Mark(str, Enum):
    UNREVIEWED = "unreviewed"
    KEPT = "kept"
    DROPPED = "dropped"


@dataclass(frozen=True)
class FieldProblem:
    """A validator problem placed on the editor: a question (None: the pack), a field, an item."""

    uid: int | None
    field: str | None
    index: int | None
    message: str


@dataclass
class Origin:
    """Where the pack came from, which decides where it may be saved."""

    path: Path | None = None           # the pack file (None: generated and never saved)
    shipped: bool = False              # comes with the game: never overwritten
    has_comments: bool = False         # hand-written with comments the dumper cannot keep
    save_to: Path | None = None        # where the review must be saved (`generate -o OUT --review`)
    draft_path: Path | None = None     # the draft this session was opened from, if any


@dataclass
class _State:
    """A partial picture of the session, enough to put back what one step changed."""

    items: dict[int, tuple[dict | None, Mark | None]] = field(default_factory=dict)
    order: list[int] | None = None
    header: dict | None = None


class EditSession:
    """A pack being edited: header fields, questions by uid, marks, one history."""

    def __init__(self, data: dict[str, Any], origin: Origin | None = None) -> None:
        questions = data.get("questions")
        if not isinstance(questions, list):
            questions = []
        self.header: dict[str, Any] = {k: copy.deepcopy(v) for k, v in data.items() if k != "questions"}
        self.origin = origin or Origin()
        self._data: dict[int, dict[str, Any]] = {}
        self._marks: dict[int, Mark] = {}
        self.order: list[int] = []
        self._next_uid = 1
        for question in questions:
            uid = self._new_uid()
            self._data[uid] = F.ordered(copy.deepcopy(question)) if isinstance(question, dict) else question
            self._marks[uid] = Mark.UNREVIEWED
            self.order.append(uid)
        self.history = History()
        self._saved_marker = self.history.marker
        # A pack that is in no file yet (just generated) has unsaved changes until it is saved.
        self._never_saved = self.origin.path is None
        self.last_saved: Path | None = None  # the file the last successful save wrote
        self._checked: tuple[int, list[PathProblem], list[int]] | None = None
        self._live = LiveCheck()
        self._versions: dict[int, int] = {}
        self._version_counter = 0

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def from_pack(cls, pack: Pack, *, shipped: bool = False, save_to: Path | None = None) -> "EditSession":
        """Edit a loaded pack (its file, if any, is checked for comments the dumper would lose)."""
        path = Path(pack.path) if pack.path else None
        origin = Origin(path=path, shipped=shipped, save_to=save_to,
                        has_comments=bool(path and not shipped and file_has_comments(path)))
        return cls(pack_to_data(pack), origin)

    @classmethod
    def from_file(cls, path: Path, *, shipped: bool = False) -> "EditSession":
        """Open any pack file, drafts included (which do not load as packs); raises EditorError."""
        from game.packs.library import final_path_for, is_draft

        path = Path(path)
        data = read_pack_data(path)
        draft = is_draft(path)
        origin = Origin(path=final_path_for(path) if draft else path, shipped=shipped,
                        has_comments=not shipped and file_has_comments(path),
                        draft_path=path if draft else None)
        return cls(data, origin)

    # -- reading --------------------------------------------------------------------------
    def _new_uid(self) -> int:
        uid = self._next_uid
        self._next_uid += 1
        return uid

    def question(self, uid: int) -> dict[str, Any]:
        """The question's data (read it, never change it: edits go through the session)."""
        return self._data[uid]

    def mark(self, uid: int) -> Mark:
        return self._marks[uid]

    def __len__(self) -> int:
        return len(self.order)

    def index_of(self, uid: int) -> int:
        return self.order.index(uid)

    @property
    def pack_id(self) -> str:
        value = self.header.get("id")
        return value if isinstance(value, str) else ""

    @property
    def title(self) -> str:
        value = self.header.get("title")
        return str(value) if value is not None else ""

    def counts(self) -> dict[Mark, int]:
        counts = {mark: 0 for mark in Mark}
        for uid in self.order:
            counts[self._marks[uid]] += 1
        return counts

    def doubts(self, uid: int) -> tuple[float | None, list[str]]:
        """How confident the generator was in a question and what it doubted (`meta:` of a
        generated question; (None, []) for one written by hand)."""
        meta = self._data[uid].get("meta") if isinstance(self._data[uid], dict) else None
        if not isinstance(meta, dict):
            return None, []
        confidence = meta.get("confidence")
        doubts = meta.get("doubts")
        return (float(confidence) if isinstance(confidence, (int, float)) and not isinstance(confidence, bool) else None,
                [str(d) for d in doubts] if isinstance(doubts, list) else [])

    def review_order(self) -> list[int]:
        """The questions in the order review shows them: those the generator doubted first, the
        least confident first, then the rest in the pack's order."""
        def key(item: tuple[int, int]) -> tuple:
            position, uid = item
            confidence, doubts = self.doubts(uid)
            if not doubts:
                return (1, 0.0, position)
            return (0, confidence if confidence is not None else 0.0, position)
        return [uid for _position, uid in sorted(enumerate(self.order), key=key)]

    def kept_uids(self) -> list[int]:
        """The questions a save writes: kept and unreviewed ones, in order; never dropped ones."""
        return [uid for uid in self.order if self._marks[uid] is not Mark.DROPPED]

    def data(self, with_questions: bool = True) -> dict[str, Any]:
        """The pack as it would be saved, as plain data in the dumper's key order."""
        out: dict[str, Any] = {}
        for key in ("relayquiz", "id", "title", "description", "language", "author", "license", "tags",
                    "defaults", "sources"):
            if key in self.header:
                out[key] = copy.deepcopy(self.header[key])
        out["questions"] = [copy.deepcopy(self._data[uid]) for uid in self.kept_uids()] if with_questions else []
        for key, value in self.header.items():
            if key not in out:
                out[key] = copy.deepcopy(value)
        return out

    @property
    def base_dir(self) -> Path | None:
        return self.origin.path.parent if self.origin.path else None

    @property
    def dirty(self) -> bool:
        """Unsaved changes: the content differs from what was last saved (or opened), or was never saved."""
        return self._never_saved or self.history.marker != self._saved_marker

    def mark_saved(self) -> None:
        self.history.close()
        self._saved_marker = self.history.marker
        self._never_saved = False

    # -- validation -----------------------------------------------------------------------
    def _check(self) -> tuple[list[PathProblem], list[int]]:
        marker = self.history.marker
        if self._checked is None or self._checked[0] != marker:
            uids = self.kept_uids()
            questions = [(uid, self._versions.get(uid, 0), self._data[uid]) for uid in uids]
            problems = self._live.problems(self.data_header(), questions, self.base_dir)
            self._checked = (marker, problems, uids)
        return self._checked[1], self._checked[2]

    def data_header(self) -> dict[str, Any]:
        """The pack's own fields, as `data()` writes them (without the questions)."""
        return {key: value for key, value in self.data(with_questions=False).items() if key != "questions"}

    def problems(self) -> list[FieldProblem]:
        """Every problem of the pack as it would be saved, placed on its question and field."""
        found, uids = self._check()
        return [self._place(problem, uids) for problem in found]

    def _place(self, problem: PathProblem, uids: list[int]) -> FieldProblem:
        path = problem.path
        if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int) and path[1] < len(uids):
            key = path[2] if len(path) > 2 and isinstance(path[2], str) else None
            index = path[3] if len(path) > 3 and isinstance(path[3], int) else None
            return FieldProblem(uids[path[1]], key, index, problem.message)
        key = path[0] if path and isinstance(path[0], str) else None
        return FieldProblem(None, key, None, problem.message)

    def problems_for(self, uid: int | None) -> list[FieldProblem]:
        return [p for p in self.problems() if p.uid == uid]

    def has_problems(self) -> bool:
        return bool(self._check()[0])

    def _touched(self, uids) -> None:
        """These questions changed: live validation checks them again."""
        for uid in uids:
            self._version_counter += 1
            self._versions[uid] = self._version_counter

    def playable_pack(self) -> Pack | None:
        """The pack of the kept and unreviewed questions, or None while it has problems."""
        pack, problems = check_pack_data(self.data(), self.base_dir)
        if pack is not None and self.origin.path is not None:
            pack.path = self.origin.path
        return pack

    # -- the machinery of steps ---------------------------------------------------------------
    def _capture(self, uids: list[int], order: bool, header: bool) -> _State:
        state = _State()
        for uid in uids:
            state.items[uid] = (copy.deepcopy(self._data.get(uid)), self._marks.get(uid))
        if order:
            state.order = list(self.order)
        if header:
            state.header = copy.deepcopy(self.header)
        return state

    def _restore(self, state: _State) -> None:
        self._touched(state.items)
        for uid, (data, mark) in state.items.items():
            if data is None:
                self._data.pop(uid, None)
                self._marks.pop(uid, None)
            else:
                self._data[uid] = copy.deepcopy(data)
                self._marks[uid] = mark or Mark.UNREVIEWED
        if state.order is not None:
            self.order = list(state.order)
        if state.header is not None:
            self.header = copy.deepcopy(state.header)

    class _Change:
        def __init__(self, session: "EditSession", label: str, uids: list[int], order: bool, header: bool,
                     focus: Focus | None, merge_key: tuple | None, words) -> None:
            self.session, self.label, self.uids = session, label, list(uids)
            self.order, self.header, self.focus, self.merge_key = order, header, focus, merge_key
            self.words = words

        def __enter__(self) -> "EditSession._Change":
            self.before = self.session._capture(self.uids, self.order, self.header)
            return self

        def touch(self, uid: int) -> None:
            """A question created inside the change: it did not exist before."""
            self.uids.append(uid)
            self.before.items[uid] = (None, None)

        def __exit__(self, kind, value, traceback) -> None:
            if kind is not None:
                self.session._restore(self.before)
                return
            after = self.session._capture(self.uids, self.order, self.header)
            if after != self.before:
                self.session._touched(self.uids)
                self.session.history.push(Step(self.label, self.before, after, self.focus, self.merge_key,
                                                 self.words))

    def _change(self, label: str, uids: list[int] = (), *, order: bool = False, header: bool = False,
                focus: Focus | None = None, merge_key: tuple | None = None,
                words=None) -> "EditSession._Change":
        return EditSession._Change(self, label, list(uids), order, header, focus, merge_key, words)

    def _type(self, uid: int) -> object:
        return self._data[uid].get("type") if isinstance(self._data.get(uid), dict) else None

    def undo(self) -> Step | None:
        """Put back the state before the last step; returns the step (its focus says where)."""
        step = self.history.undo()
        if step is not None:
            self._restore(step.before)
        return step

    def redo(self) -> Step | None:
        step = self.history.redo()
        if step is not None:
            self._restore(step.after)
        return step

    # -- editing a question -------------------------------------------------------------------
    def _put(self, uid: int, key: str, value: Any) -> None:
        question = self._data[uid]
        qtype = question.get("type")
        required = F.REQUIRED_KEYS.get(qtype, ("id", "type", "prompt", "answer"))
        if F.is_empty(value) and key not in required:
            question.pop(key, None)
        else:
            question[key] = value
        self._data[uid] = F.ordered(question)

    def set_field(self, uid: int, key: str, value: Any, *, typing: bool = False, cursor: int | None = None) -> None:
        """Set one field; with `typing`, successive calls on the same field make one undo step."""
        if key == "type":
            raise ValueError("a question's type is chosen when it is made")
        merge = ("type", uid, key) if typing else None
        with self._change(f"edit {key}", [uid], focus=Focus(uid, key, None, cursor), merge_key=merge,
                          words=step_words("edit", self._type(uid), key)):
            self._put(uid, key, copy.deepcopy(value))

    def set_field_text(self, uid: int, key: str, text: str, *, typing: bool = True, cursor: int | None = None) -> None:
        """Set a field from the text typed into it (numbers become numbers, tags a list)."""
        kinds = {spec.key: spec.kind for spec in F.fields_for(self._data[uid]["type"])}
        self.set_field(uid, key, F.value_from_text(kinds.get(key, "text"), text), typing=typing, cursor=cursor)

    def _list(self, uid: int, key: str) -> list[Any]:
        value = self._data[uid].get(key)
        return list(value) if isinstance(value, list) else ([] if value is None else [value])

    def set_item(self, uid: int, key: str, index: int, value: Any, *, typing: bool = False,
                 cursor: int | None = None) -> None:
        """Set one item of a list field (a wrong option, an accepted answer)."""
        items = self._list(uid, key)
        items[index] = value
        merge = ("item", uid, key, index) if typing else None
        with self._change(f"edit {key}", [uid], focus=Focus(uid, key, index, cursor), merge_key=merge,
                          words=step_words("edit", self._type(uid), key)):
            self._put(uid, key, items)

    def set_item_text(self, uid: int, key: str, index: int, text: str, *, typing: bool = True,
                      cursor: int | None = None) -> None:
        """Set a list item from typed text (a number question's wrong options become numbers)."""
        value: Any = text
        if key == "wrong" and self._data[uid].get("type") == "number":
            value = F.parse_number(text)
            value = "" if value is None else value
        self.set_item(uid, key, index, value, typing=typing, cursor=cursor)

    def add_item(self, uid: int, key: str, value: Any = "", index: int | None = None) -> int:
        """Add an item to a list field (at the end by default); returns its index."""
        items = self._list(uid, key)
        index = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(index, value)
        with self._change(f"add to {key}", [uid], focus=Focus(uid, key, index, 0),
                          words=step_words("add", self._type(uid), key)):
            self._data[uid][key] = items
            self._data[uid] = F.ordered(self._data[uid])
        return index

    def remove_item(self, uid: int, key: str, index: int) -> None:
        items = self._list(uid, key)
        if not 0 <= index < len(items):
            return
        del items[index]
        focus_index = min(index, len(items) - 1) if items else None
        with self._change(f"remove from {key}", [uid], focus=Focus(uid, key, focus_index),
                          words=step_words("remove", self._type(uid), key)):
            self._put(uid, key, items)

    def move_item(self, uid: int, key: str, index: int, delta: int) -> int:
        """Move an item up (-1) or down (+1) its list; returns where it ended up."""
        items = self._list(uid, key)
        target = index + delta
        if not (0 <= index < len(items) and 0 <= target < len(items)):
            return index
        items[index], items[target] = items[target], items[index]
        with self._change(f"reorder {key}", [uid], focus=Focus(uid, key, target),
                          words=step_words("reorder", self._type(uid), key)):
            self._put(uid, key, items)
        return target

    # -- questions as a whole -----------------------------------------------------------------
    def _ids_in_use(self) -> set[str]:
        return {str(q.get("id")) for q in self._data.values() if isinstance(q, dict)}

    def unique_id(self, wanted: str) -> str:
        """`wanted` made into a valid question id no other question of the pack uses."""
        base = re.sub(r"[^a-z0-9]+", "-", wanted.lower()).strip("-") or "question"
        base = base[: MAX_ID_LENGTH - 4].rstrip("-")
        taken = self._ids_in_use()
        if base not in taken:
            return base
        number = 2
        while f"{base}-{number}" in taken:
            number += 1
        return f"{base}-{number}"

    def add_question(self, qtype: str, index: int | None = None) -> int:
        """A new empty question of `qtype` (after `index`'s place, else at the end); returns its uid."""
        if qtype not in QUESTION_TYPES:
            raise ValueError(f"unknown question type {qtype!r}; use one of {', '.join(QUESTION_TYPES)}")
        uid = self._new_uid()
        position = len(self.order) if index is None else max(0, min(index, len(self.order)))
        with self._change(f"new {qtype} question", order=True, focus=Focus(uid, "prompt", None, 0),
                          words=step_words("new", key=qtype)) as change:
            change.touch(uid)
            self._data[uid] = F.template(qtype, self.unique_id(f"new-{qtype}"))
            self._marks[uid] = Mark.KEPT
            self.order.insert(position, uid)
        return uid

    def duplicate(self, uid: int) -> int:
        """A copy of the question right after it, with its own id; returns the copy's uid."""
        copy_uid = self._new_uid()
        with self._change("duplicate question", order=True, focus=Focus(copy_uid),
                          words=step_words("duplicate")) as change:
            change.touch(copy_uid)
            data = copy.deepcopy(self._data[uid])
            data["id"] = self.unique_id(f"{data.get('id', 'question')}-copy")
            self._data[copy_uid] = F.ordered(data)
            self._marks[copy_uid] = self._marks[uid] if self._marks[uid] is not Mark.DROPPED else Mark.UNREVIEWED
            self.order.insert(self.order.index(uid) + 1, copy_uid)
        return copy_uid

    def delete(self, uid: int) -> None:
        """Remove the question (undo puts it back where it was, with its mark)."""
        with self._change("delete question", [uid], order=True, focus=Focus(uid), words=step_words("delete")):
            self.order.remove(uid)
            del self._data[uid]
            del self._marks[uid]

    def move(self, uid: int, delta: int) -> bool:
        """Move a question up (-1) or down (+1); False when it is already at that end."""
        index = self.order.index(uid)
        target = index + delta
        if not 0 <= target < len(self.order):
            return False
        with self._change("move question", order=True, focus=Focus(uid), words=step_words("move")):
            self.order.insert(target, self.order.pop(index))
        return True

    def set_mark(self, uid: int, mark: Mark) -> None:
        with self._change(f"mark {Mark(mark).value}", [uid], focus=Focus(uid), words=step_words(Mark(mark).value)):
            self._marks[uid] = Mark(mark)

    def set_header(self, key: str, value: Any, label: str = "") -> None:
        """Change one of the pack's own fields (its id, its title...)."""
        words = step_words("copy id") if key == "id" and label else step_words("pack", key=key)
        with self._change(label or f"pack {key}", header=True, words=words):
            if F.is_empty(value) and key not in ("id", "title", "relayquiz"):
                self.header.pop(key, None)
            else:
                self.header[key] = copy.deepcopy(value)

    def iter_questions(self) -> Iterator[tuple[int, dict[str, Any], Mark]]:
        for uid in self.order:
            yield uid, self._data[uid], self._marks[uid]
