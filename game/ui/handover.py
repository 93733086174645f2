"""What one screen hands to the next: small dataclasses, never a loose dict.

The flow table says where a scene's outcome leads; these say what travels along.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.editor import EditSession, SourceContexts
    from game.packs.model import Pack
    from game.quiz import QuestionResult, Session, SessionConfig
    from game.wiring import SessionRecorder
    from game.ui.input.room import Room


@dataclass(frozen=True)
class PackChoice:
    """Packs chosen for the next session, by id; `extra` are packs not in the library (generated)."""

    pack_ids: tuple[str, ...] = ()
    extra: tuple[Pack, ...] = ()


@dataclass
class Match:
    """A session being played: the quiz session, its recorder, and what the setup chose."""

    session: Session
    recorder: SessionRecorder | None = None
    choice: PackChoice = field(default_factory=PackChoice)
    last_result: QuestionResult | None = None
    room: Room | None = None           # party and classroom: who answers on what
    setup: TeamSetup | None = None     # what the setup (and team) screens chose, for Esc on the rules
    review_of: int | None = None       # a review round: the recorded session whose missed questions it plays

    @property
    def session_id(self) -> int | None:
        """The session's number in the store, when it is being recorded."""
        return self.recorder.session_id if self.recorder is not None else None


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

    `session` holds all the edits and their history; `current` is the uid of the question in
    focus; `back_to` names the screen the question editor returns to.
    """

    session: EditSession
    review: bool = False
    current: int | None = None
    back_to: str = "list"
    view: str = "one"                 # review: one question at a time, or the list
    close_when_done: bool = False     # opened by `relayquiz generate --review`: closing ends the game
    contexts: SourceContexts | None = None   # with the documents already read


@dataclass(frozen=True)
class AfterSession:
    """A finished party or classroom session on its way to the summary, and its hall-of-fame place."""

    match: Match
    record: HallFocus


@dataclass(frozen=True)
class TeamSetup:
    """A game set up but not started: on to the team screen, or back to the form (from the team
    screen or the rules) with everything as it was chosen."""

    config: SessionConfig            # with the names as typed
    choice: PackChoice = field(default_factory=PackChoice)
    room: Room | None = None         # the team screen's, kept when the rules send back to it


@dataclass(frozen=True)
class Waiting:
    """A scene held back until the pack library is read: its name and its own hand-over."""

    scene: str
    handover: Handover = None


# Whatever a scene may be handed on entering (None: nothing, as at the title).
Handover = PackChoice | Match | HallFocus | DroppedFile | Editing | AfterSession | TeamSetup | Waiting | None
