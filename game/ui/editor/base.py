"""What the review, list and question-editor screens have in common.

They work on one `EditSession` handed from screen to screen in an `Editing` handover, share one
undo history (Ctrl+Z, Ctrl+Y), save the same way (Ctrl+S; a pack with problems only as a draft,
after asking), and ask "unsaved changes: save, discard or cancel?" before closing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame

from game.editor import EditorError, EditSession, Mark, SourceContexts, save
from game.editor.history import Step
from game.i18n import _, ngettext, pgettext
from game.i18n.formats import format_number
from game.packs.library import DraftEntry, PackEntry
from game.packs.model import Pack
from game.ui.input import actions as A
from game.ui.editor.parts import ChoiceDialog
from game.ui.handover import Editing, PackChoice
from game.ui.kit.idle import STILL
from game.ui.scene import Scene


def open_editing(handover: Any, library: Any) -> Editing | None:
    """An `Editing` from whatever the previous screen handed over (a pack, an id, a draft, a file)."""
    if isinstance(handover, Editing):
        return handover
    if isinstance(handover, PackChoice) and handover.extra:
        return Editing(EditSession.from_pack(handover.extra[0]), review=True)
    if isinstance(handover, PackChoice) and handover.pack_ids and library is not None:
        entry = library.entry(handover.pack_ids[0])
        return Editing(EditSession.from_pack(entry.pack, shipped=entry.shipped)) if entry else None
    if isinstance(handover, PackEntry):
        return Editing(EditSession.from_pack(handover.pack, shipped=handover.shipped))
    if isinstance(handover, Pack):
        return Editing(EditSession.from_pack(handover), review=handover.path is None)
    if isinstance(handover, DraftEntry):
        return Editing(EditSession.from_file(handover.path))
    if isinstance(handover, (str, Path)):
        return Editing(EditSession.from_file(Path(handover)))
    return None


UNDONE, REDONE = "undone", "redone"


def is_ctrl(action: A.Action, letter: str) -> bool:
    """Ctrl+letter, whichever way the screen's input mode reported it."""
    return isinstance(action, (A.Hotkey, A.EditKey)) and action.ctrl and action.key == letter


class EditorScene(Scene):
    """Base of the three editor screens: the session, its dialogs, saving, undo and closing."""

    def enter(self, handover: Any) -> None:
        self.dialog: ChoiceDialog | None = None
        self.dialog_purpose: tuple[str, str | None] | None = None
        self.blink = 0.0
        try:
            editing = open_editing(handover, self.services.library)
        except EditorError as error:
            self.services.notice.show(str(error), 6.0)
            editing = None
        if editing is None:
            self.editing = Editing(EditSession({"relayquiz": 1, "id": "", "title": "", "questions": []}))
            self.finish("back")
            return
        if editing.contexts is None:
            editing.contexts = SourceContexts()
        self.editing = editing
        self.enter_editor()

    def enter_editor(self) -> None:
        """Scene-specific set-up, once `self.editing` is ready."""

    @property
    def session(self) -> EditSession:
        return self.editing.session

    def update(self, dt: float) -> None:
        self.blink += dt

    def still_for(self) -> float:
        return STILL       # screens with a blinking cursor say when it next blinks

    # -- dialogs --------------------------------------------------------------------------
    def ask(self, purpose: str, message: str, options: list[tuple[str, str]], then: str | None = None,
            detail: str = "", hotkeys: dict[str, str] | None = None) -> None:
        s = self.services
        self.dialog = ChoiceDialog(s.theme, s.text, message, options, detail=detail, hotkeys=hotkeys)
        self.dialog_purpose = (purpose, then)

    def handle_dialog(self, action: A.Action) -> bool:
        """While a dialog is open it takes every action; True when it did."""
        if self.dialog is None:
            return False
        choice = self.dialog.handle(action)
        if choice is not None:
            purpose, then = self.dialog_purpose or ("", None)
            self.dialog, self.dialog_purpose = None, None
            self.dialog_answered(purpose, choice, then)
        return True

    def dialog_answered(self, purpose: str, choice: str, then: str | None) -> None:
        if purpose == "unsaved":
            if choice == "save":
                self.start_save(then)
            elif choice == "discard":
                self.carry_on(then)
        elif purpose == "draft" and choice == "draft":
            self.finish_save(save(self.session, draft=True, taken_ids=self._taken_ids()), then)

    def draw_dialog(self, surface: pygame.Surface) -> None:
        if self.dialog is not None:
            self.dialog.draw(surface)

    # -- saving, playing, closing ---------------------------------------------------------
    def _taken_ids(self) -> set[str]:
        library = self.services.library
        return {entry.id for entry in library.entries} if library is not None else set()

    def start_save(self, then: str | None = None) -> None:
        """Ctrl+S: save; a pack with problems asks whether to save it as a draft."""
        result = save(self.session, taken_ids=self._taken_ids())
        if result.problems and not result.ok:
            count = len(result.problems)
            self.ask("draft", ngettext("This pack has {count} problem to fix.", "This pack has {count} problems to fix.",
                                       count).format(count=format_number(count)),
                     [("draft", _("Save as a draft")), ("cancel", pgettext("pack editor", "Cancel"))], then,
                     detail=_("A draft is kept among your packs but not played until its problems are fixed. "
                              "First: {problem}.").format(problem=result.problems[0].message))
            return
        self.finish_save(result, then)

    def finish_save(self, result, then: str | None) -> None:
        if not result.ok:
            self.services.notice.show(_("Not saved: {reason}").format(reason=result.error), 7.0)
            return
        self.services.reload_library()
        message = result.note or _("Saved {file}.").format(file=result.path.name)
        self.services.notice.show(message, 6.0 if result.note else 3.0)
        self.services.sound.play("lock_in")
        self.saved()
        self.carry_on(then)

    def saved(self) -> None:
        """The pack was just saved (screens refresh their header)."""

    def carry_on(self, then: str | None) -> None:
        """After a save (or a discard), do what was asked before the question."""
        if then == "close":
            self.close_now()
        elif then == "quit":
            self.finish("quit")
        elif then == "play":
            self.play_now()

    def request_close(self) -> None:
        """Esc: close, asking first when there are unsaved changes."""
        if self.session.dirty:
            self.ask("unsaved", _("Unsaved changes: save them?"), self._save_discard_cancel(), "close")
        else:
            self.close_now()

    def may_quit(self) -> bool:
        """Closing the window with unsaved changes asks first; asked twice, it closes."""
        if not self.session.dirty or self.dialog_purpose == ("unsaved", "quit"):
            return True
        self.ask("unsaved", _("Unsaved changes: save them before quitting?"), self._save_discard_cancel(), "quit")
        return False

    @staticmethod
    def _save_discard_cancel() -> list[tuple[str, str]]:
        return [("save", pgettext("pack editor", "Save")), ("discard", pgettext("pack editor", "Discard")),
                ("cancel", pgettext("pack editor", "Cancel"))]

    def terminated(self) -> str | None:
        """Stopped with unsaved changes: they are saved (as a draft if the pack has problems),
        the file they replace kept as `NAME~`, since nobody is there to be asked."""
        if not self.session.dirty:
            return None
        result = save(self.session, draft=True, taken_ids=self._taken_ids())
        if not result.ok:
            return _("the unsaved changes could not be kept: {reason}").format(reason=result.error)
        return _("the game was stopped; the unsaved changes were saved to {file}").format(file=result.path)

    def close_now(self) -> None:
        self.finish("quit" if self.editing.close_when_done else "back")

    def request_play(self) -> None:
        """P: play the kept and unreviewed questions (asking to save first if need be)."""
        problems = self.session.problems()
        if problems:
            self.services.notice.show(ngettext("Fix {count} problem before playing: {problem}",
                                               "Fix {count} problems before playing: {problem}", len(problems)).format(
                count=format_number(len(problems)), problem=problems[0].message), 5.0)
            return
        if not self.session.kept_uids():
            self.services.notice.show(_("Every question is dropped: keep some to play."), 4.0)
            return
        if self.session.dirty:
            # Each answer is picked by its first letter, as the dialog shows it.
            self.ask("unsaved", _("Save before playing?"),
                     [("save", _("Save and play")), ("discard", _("Play without saving")),
                      ("cancel", pgettext("pack editor", "Cancel"))], "play")
            return
        self.play_now()

    def play_now(self) -> None:
        pack = self.session.playable_pack()
        if pack is not None:
            self.finish("play", PackChoice(extra=(pack,)))

    # -- the shared history ---------------------------------------------------------------
    def handle_history(self, action: A.Action) -> bool:
        """Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) anywhere on the editor screens."""
        if is_ctrl(action, "z") and not action.shift:
            self.apply_history(self.session.undo(), UNDONE)
            return True
        if is_ctrl(action, "y") or (is_ctrl(action, "z") and action.shift):
            self.apply_history(self.session.redo(), REDONE)
            return True
        return False

    def apply_history(self, step: Step | None, way: str) -> None:
        if step is None:
            self.services.notice.show(_("Nothing to undo.") if way == UNDONE else _("Nothing to redo."), 1.5)
            return
        said = (_("Undone: {change}") if way == UNDONE else _("Redone: {change}")).format(change=step.shown())
        self.services.notice.show(said, 1.5)
        self.history_moved(step)

    def history_moved(self, step: Step) -> None:
        """The session changed under the screen (undo or redo): show `step.focus` again."""

    def describe(self) -> dict[str, Any]:
        counts = self.session.counts()
        return {"scene": self.name, "pack": self.session.pack_id, "dirty": self.session.dirty,
                "questions": len(self.session), "kept": counts[Mark.KEPT], "dropped": counts[Mark.DROPPED],
                "unreviewed": counts[Mark.UNREVIEWED], "dialog": self.dialog.message if self.dialog else None}
