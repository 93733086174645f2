"""Saving an edited pack: where it may go, and writing it safely.

Writes go through the pack dumper (stable key order, diff-friendly) and are atomic: the text
is written to a temporary file and renamed over the old one, whose previous version is kept
as `NAME~`. A pack that comes with the game is never overwritten: it is saved as a copy in
the user's packs folder with a new id. A hand-written file with YAML comments is saved as a
copy beside it too, because the dumper cannot keep comments. A pack with problems can only
be saved as a draft, `NAME.draft.yaml`, which the library lists but never plays.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from game import paths
from game.editor.session import EditSession, FieldProblem, Origin
from game.i18n import _, ngettext
from game.i18n.formats import format_number
from game.packs.dump import dump_pack, dump_pack_data, write_text_atomically
from game.packs.library import draft_path_for
from game.packs.validate import MAX_ID_LENGTH, check_pack_data


@dataclass
class SaveResult:
    """What a save did: the file written, whether it is a draft, and why it went where it went."""

    path: Path | None = None
    draft: bool = False
    note: str = ""
    error: str = ""
    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.path is not None and not self.error


def _free_id(wanted: str, taken: set[str], folder: Path) -> str:
    base = wanted[:MAX_ID_LENGTH - 4].strip("-") or "my-pack"
    candidate, number = base, 2
    while candidate in taken or (folder / f"{candidate}.yaml").exists() or \
            (folder / f"{candidate}.draft.yaml").exists():
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _plan(session: EditSession, taken_ids: set[str], user_dir: Path) -> tuple[Path, str, dict[str, Any]]:
    """(the pack file to write, a note saying why it is there, changes to the pack's own fields)."""
    origin = session.origin
    pack_id = session.pack_id or "my-pack"
    if origin.save_to is not None:
        return Path(origin.save_to), "", {}
    if origin.shipped:
        new_id = _free_id(f"{pack_id}-copy", taken_ids, user_dir)
        path = user_dir / f"{new_id}.yaml"
        note = _("Packs that come with the game are never changed: saved as your own copy, {file} "
                 "(id '{id}').").format(file=path.name, id=new_id)
        # Translators: the title of a pack saved as the author's own copy of a shipped one
        return path, note, {"id": new_id, "title": _("{title} (your copy)").format(title=session.title)}
    if origin.path is None:
        new_id = _free_id(pack_id, taken_ids, user_dir)
        path = user_dir / f"{new_id}.yaml"
        if new_id != pack_id:
            note = _("Saved in your packs folder as {file}. The id '{old}' was taken, so this pack is now "
                     "'{new}'.").format(file=path.name, old=pack_id, new=new_id)
        else:
            note = _("Saved in your packs folder as {file}.").format(file=path.name)
        return path, note, ({"id": new_id} if new_id != pack_id else {})
    if origin.has_comments:
        folder = origin.path.parent
        new_id = _free_id(f"{pack_id}-edited", taken_ids, folder)
        path = folder / f"{origin.path.stem}-edited.yaml"
        number = 2
        while path.exists():
            path = folder / f"{origin.path.stem}-edited-{number}.yaml"
            number += 1
        note = _("{file} has comments, which saving would lose (packs are written without them): saved as "
                 "a copy, {copy} (id '{id}'); {file} is unchanged.").format(file=origin.path.name, copy=path.name,
                                                                           id=new_id)
        return path, note, {"id": new_id}
    return origin.path, "", {}


def _copy_images(data: dict[str, Any], source_dir: Path | None, target_dir: Path) -> None:
    """A copy saved in another folder takes the pictures its questions show along with it."""
    if source_dir is None or source_dir.resolve() == target_dir.resolve():
        return
    for question in data.get("questions", []):
        image = question.get("image") if isinstance(question, dict) else None
        file = image.get("file") if isinstance(image, dict) else None
        if not isinstance(file, str):
            continue
        source, target = source_dir / file, target_dir / file
        if source.is_file() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def save(session: EditSession, *, draft: bool = False, taken_ids: Iterable[str] = (),
         user_dir: Path | None = None) -> SaveResult:
    """Save the kept and unreviewed questions; a pack with problems is written only as a draft.

    Without `draft`, a pack with problems is not written and the result lists them. Nothing is
    ever lost: a failed write leaves the old file as it was and the session unsaved.
    """
    problems = session.problems()
    if problems and not draft:
        count = len(problems)
        return SaveResult(error=ngettext("{count} problem to fix first, or save as a draft",
                                         "{count} problems to fix first, or save as a draft",
                                         count).format(count=format_number(count)),
                          problems=problems)
    user_dir = Path(user_dir) if user_dir is not None else paths.user_packs_dir()
    final, note, header_changes = _plan(session, set(taken_ids), user_dir)
    data = session.data()
    data.update(header_changes)
    target = draft_path_for(final) if problems else final
    try:
        _copy_images(data, session.base_dir, target.parent)
        if problems:
            text = dump_pack_data(data)
        else:
            pack, _problems = check_pack_data(data, session.base_dir)
            text = dump_pack(pack)
        write_text_atomically(target, text, backup=True)
    except OSError as error:
        return SaveResult(error=_("could not save {file}: {reason}; nothing was changed").format(
                              file=target, reason=error.strerror or error), problems=problems)
    for key, value in header_changes.items():
        session.set_header(key, value, label="give the copy its own id" if key == "id" else "")
    stale = draft_path_for(final)
    if not problems and stale.exists():
        try:
            os.replace(stale, stale.with_name(stale.name + "~"))
        except OSError:
            pass
    session.origin = Origin(path=final, save_to=session.origin.save_to, draft_path=target if problems else None)
    session.mark_saved()
    session.last_saved = target
    if problems and not note:
        note = _("Saved as a draft, {file}: it is not played until its problems are fixed.").format(
            file=target.name)
    elif problems:
        note += " " + _("It has problems, so it is a draft ({file}) until they are fixed.").format(file=target.name)
    return SaveResult(path=target, draft=bool(problems), note=note, problems=problems)
