"""What one screen hands to the next: small dataclasses, never a loose dict.

The flow table says where a scene's outcome leads; these say what travels along.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class PackChoice:
    """Packs chosen for the next session, by id; `extra` are packs not in the library (generated)."""

    pack_ids: tuple[str, ...] = ()
    extra: tuple[Any, ...] = ()


@dataclass
class Match:
    """A session being played: the quiz session, its recorder, and what the setup chose."""

    session: Any
    recorder: Any = None
    choice: PackChoice = field(default_factory=PackChoice)
    last_result: Any = None
    room: Any = None          # party and classroom: game.ui.input.room.Room (who answers on what)
    setup: "TeamSetup | None" = None   # what the setup (and team) screens chose, for Esc on the rules


@dataclass(frozen=True)
class HallFocus:
    """Which packs and mode the hall of fame opens on, and which game's entries to highlight.

    `pack_id` is the store's pack key: the ids of the packs played, sorted, joined by '+'.
    """

    pack_id: str | None = None
    mode: str | None = None
    session_id: int | None = None
    new_record: bool = False


@dataclass(frozen=True)
class DroppedFile:
    path: Path


@dataclass
class Editing:
    """A pack being reviewed or edited, handed between the review, list and question screens.

    `session` is a `game.editor.EditSession` (all the edits and their history); `current` is the
    uid of the question in focus; `back_to` names the screen the question editor returns to.
    """

    session: Any
    review: bool = False
    current: int | None = None
    back_to: str = "list"
    view: str = "one"                 # review: one question at a time, or the list
    close_when_done: bool = False     # opened by `relayquiz generate --review`: closing ends the game
    contexts: Any = None              # game.editor.SourceContexts, with documents already read


@dataclass(frozen=True)
class AfterSession:
    """A finished party or classroom session on its way to the summary, and its hall-of-fame place."""

    match: Match
    record: HallFocus


@dataclass(frozen=True)
class TeamSetup:
    """A game set up but not started: on to the team screen, or back to the form (from the team
    screen or the rules) with everything as it was chosen."""

    config: Any                      # game.quiz.SessionConfig, with the names as typed
    choice: PackChoice = field(default_factory=PackChoice)
    room: Any = None                 # the team screen's Room, kept when the rules send back to it
