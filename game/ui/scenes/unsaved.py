"""Scores that cannot be saved: said at once on every screen, tried again, and offered elsewhere.

When the scores database cannot take what is played (a full disk, a read-only file, no
database at all), the game goes on from memory. This overlay, drawn over every scene:

- shows a notice the moment a write fails, then a band at the top of every screen saying
  that scores are not being saved and why, for as long as anything is waiting;
- asks the session's recorder to try again every few seconds (the recorder keeps the
  waiting writes in order, so the records come out whole once there is room);
- once a session has ended with results still unsaved, offers to save them (the results
  report's CSV and printable page, built from memory) into another folder: the documents
  folder, a USB stick, the home folder. Left and Right choose, Enter saves, Esc says not now;
  Ctrl+S on any screen of the session asks again.

It finds the session being played through the scene's `match`, so scenes need no changes.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from game import paths
from game.i18n import _
from game.ui.input import actions as A
from game.ui.kit.fx import draw_panel
from game.ui.kit.layout import Screen

if TYPE_CHECKING:
    from game.quiz import Session
    from game.ui.services import Services

RETRY_SECONDS = 5.0
NOTICE_SECONDS = 8.0


@dataclass
class Watched:
    """A session being played (its `Match`: the session and, once it starts, its recorder)."""

    match: Any
    started_at: str
    saved_to: tuple[Path, ...] = ()
    offered: bool = False

    @property
    def session(self) -> Session:
        return self.match.session

    @property
    def recorder(self) -> Any:
        """The SessionRecorder, or None before the session starts or with no database at all."""
        return self.match.recorder

    @property
    def problem(self) -> str | None:
        recorder = self.recorder
        if recorder is None:
            return None
        return None if recorder.saved else (recorder.error or "the scores could not be saved")


def removable_folders() -> list[Path]:
    """Mounted USB sticks and other drives the user can write to, where the system shows them."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    roots = [Path("/media") / user, Path("/run/media") / user, Path("/Volumes")]
    found = []
    for root in roots:
        try:
            entries = sorted(root.iterdir())
        except OSError:
            continue
        found.extend(entry for entry in entries if entry.is_dir() and os.access(entry, os.W_OK))
    return found


def save_folders() -> list[Path]:
    """Where the results of an unsaved session can go, most likely first."""
    choices = [paths.user_documents_dir(), *removable_folders(), Path.home()]
    unique: list[Path] = []
    for folder in choices:
        if folder not in unique:
            unique.append(folder)
    return unique


@dataclass
class Offer:
    """The question at the end of a session whose results are not saved: where to save them."""

    watched: Watched
    folders: list[Path]
    choice: int = 0
    message: str = ""
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))

    @property
    def folder(self) -> Path:
        return self.folders[self.choice]


class UnsavedScores:
    """See the module docstring. `store_problem` says why there is no database at all, when the
    services do not say it themselves."""

    def __init__(self, services: Services, store_problem: str | None = None,
                 folders: list[Path] | None = None) -> None:
        self.services = services
        self._store_problem = store_problem
        self.watched: list[Watched] = []
        self.offer: Offer | None = None
        self._folders = folders
        self._retry_in = RETRY_SECONDS
        self._told: str | None = None
        self._on_play_screen = False

    # -- what is wrong -------------------------------------------------------------------
    @property
    def store_problem(self) -> str | None:
        """Why there is no scores database at all, if that is so."""
        return self._store_problem or self.services.store_problem

    @property
    def problem(self) -> str | None:
        """Why scores are not being saved right now, or None when everything is saved."""
        if self.store_problem:
            return f"scores will not be kept this time: {self.store_problem}"
        for watched in self.watched:
            if watched.problem:
                return watched.problem
        return None

    def at_risk(self, watched: Watched) -> bool:
        """True when what was played of `watched` is neither in the database nor saved elsewhere."""
        if watched.saved_to:
            return False
        if watched.recorder is None:
            return bool(self.store_problem) and bool(watched.session.results)
        return not watched.recorder.saved

    def unsaved(self) -> list[Watched]:
        """Sessions played whose results are neither in the database nor saved elsewhere."""
        return [w for w in self.watched if self.at_risk(w)]

    # -- the overlay's part in each frame ----------------------------------------------
    def update(self, dt: float, app) -> None:
        self._on_play_screen = getattr(app.scene, "match", None) is not None
        self._notice_new_session(app)
        self._retry_in -= dt
        if self._retry_in <= 0:
            self._retry_in = RETRY_SECONDS
            self.retry()
        problem = self.problem
        if problem and problem != self._told:
            self.services.notice.show(_("Scores cannot be saved: {reason}. Play goes on; the game keeps trying.")
                                      .format(reason=_without_prefix(problem)), NOTICE_SECONDS)
        self._told = problem
        if self.offer is None:
            for watched in self.watched:
                if not watched.offered and _finished(watched.session) and self.at_risk(watched):
                    watched.offered = True
                    self.offer = Offer(watched, self._folders or save_folders())
                    break

    def can_offer(self) -> Watched | None:
        """A finished session whose results are at risk, if there is one (newest first)."""
        for watched in reversed(self.watched):
            if _finished(watched.session) and self.at_risk(watched):
                return watched
        return None

    def retry(self) -> None:
        """Ask every recorder with writes waiting to try again now."""
        for watched in self.watched:
            if watched.recorder is not None and not watched.recorder.saved:
                watched.recorder.flush()

    def still_for(self) -> float:
        """The loop may sleep until the next retry, no longer, while anything waits."""
        return max(0.05, self._retry_in) if self.problem else float("inf")

    def _notice_new_session(self, app) -> None:
        match = getattr(app.scene, "match", None)
        session = getattr(match, "session", None)
        if session is None or any(w.session is session for w in self.watched):
            return
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        self.watched.append(Watched(match, stamp))

    def end_sessions_early(self) -> None:
        """The game is being stopped: a session under way is recorded as ended early."""
        for watched in self.watched:
            if not _finished(watched.session):
                watched.session.end_round()
            if watched.recorder is not None:
                watched.recorder.flush()

    # -- the offer ----------------------------------------------------------------------
    def handle(self, action: A.Action) -> bool:
        """True when the offer took the action (it is answered before the screen goes on)."""
        offer = self.offer
        if offer is None:
            asked = isinstance(action, (A.Hotkey, A.EditKey)) and action.key == "s" and action.ctrl
            waiting = self.can_offer() if asked and self._on_play_screen else None
            if waiting is None:
                return False
            self.offer = Offer(waiting, self._folders or save_folders())
            return True
        if isinstance(action, A.Navigate) and action.dx:
            offer.choice = (offer.choice + action.dx) % len(offer.folders)
            offer.message = ""
        elif isinstance(action, A.Confirm) or (isinstance(action, A.Click) and offer.rect.collidepoint(action.pos)):
            self.save_results(offer)
        elif isinstance(action, A.Back):
            self.offer = None
        return not isinstance(action, (A.Quit, A.ToggleFullscreen, A.Resized, A.ToggleMute))

    def save_results(self, offer: Offer) -> bool:
        """Write the session's report as CSV and HTML into the chosen folder; True when done."""
        from game.store.reports import write_report_files
        from game.wiring.memory_report import report_from_session

        watched = offer.watched
        recorder = watched.recorder
        if recorder is not None and recorder.flush():
            self.offer = None
            self.services.notice.show(_("The scores were saved after all"), NOTICE_SECONDS)
            return True
        report = report_from_session(watched.session, getattr(recorder, "session_id", None), watched.started_at,
                                     watched.started_at)
        try:
            watched.saved_to = write_report_files(report, offer.folder)
        except OSError as error:
            offer.message = _("Not saved in {folder}: {error}. Choose another folder.").format(
                folder=offer.folder, error=error.strerror or error)
            return False
        self.offer = None
        self.services.notice.show(_("Results saved in {folder}").format(folder=offer.folder), NOTICE_SECONDS)
        return True

    # -- drawing --------------------------------------------------------------------------
    @property
    def showing(self) -> bool:
        """Whether `draw` puts anything on screen now (the band, or the offer's card)."""
        return bool(self.problem) or self.offer is not None

    def draw(self, surface: pygame.Surface) -> None:
        screen = Screen(*surface.get_size())
        problem = self.problem
        if problem and self.offer is None:
            self._draw_band(surface, screen, problem)
        if self.offer is not None:
            self._draw_offer(surface, screen, self.offer, problem)

    def _draw_band(self, surface: pygame.Surface, screen: Screen, problem: str) -> None:
        theme, text = self.services.theme, self.services.text
        px = screen.text_px(theme, theme.size_small)
        band = pygame.Rect(0, 0, round(screen.width * 0.6), round(px * 1.9))
        band.midtop = (screen.width // 2, 0)
        draw_panel(surface, band, theme.panel_raised, radius_frac=0.3, edge=theme.wrong,
                   edge_width=max(1, screen.px(0.003)))
        words = _("Scores are not being saved: {reason}").format(reason=_without_prefix(problem))
        if self._on_play_screen and self.can_offer():
            words += " · " + _("Ctrl+S saves the results elsewhere")
        fitted = text.fit(words, band.inflate(-px, 0).size,
                          px=px, min_px=screen.min_text_px(theme), colour=theme.text, max_lines=1)
        fitted.draw(surface, band)

    def _draw_offer(self, surface: pygame.Surface, screen: Screen, offer: Offer, problem: str | None) -> None:
        theme, text = self.services.theme, self.services.text
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((0, 0, 0, 150))
        surface.blit(shade, (0, 0))
        card = pygame.Rect(0, 0, round(screen.unit * 1.1), round(screen.unit * 0.55))
        card.center = (screen.width // 2, screen.height // 2)
        draw_panel(surface, card, theme.panel, radius_frac=0.05, edge=theme.wrong, edge_width=max(2, screen.px(0.004)))
        inner = card.inflate(-screen.px(0.06), -screen.px(0.05))
        body_px = screen.text_px(theme, theme.size_body)
        why = _without_prefix(problem or self.store_problem or _("the scores database could not take them"))
        lines = [_("This session's scores could not be saved ({reason}).").format(reason=why),
                 _("Save its results, a spreadsheet (CSV) and a printable page, in another folder?")]
        head = pygame.Rect(inner.x, inner.y, inner.w, round(inner.h * 0.45))
        text.fit("\n".join(lines), head.size, px=body_px, min_px=screen.min_text_px(theme), colour=theme.text,
                 align="left", valign="top").draw(surface, head)
        offer.rect = pygame.Rect(inner.x, head.bottom, inner.w, round(inner.h * 0.25))
        draw_panel(surface, offer.rect, theme.panel_raised, radius_frac=0.3, edge=theme.accent,
                   edge_width=max(2, screen.px(0.004)))
        text.fit(f"<   {offer.folder}   >", offer.rect.inflate(-body_px, 0).size, px=body_px,
                 min_px=screen.min_text_px(theme), style="bold", colour=theme.text, max_lines=1).draw(surface, offer.rect)
        foot = pygame.Rect(inner.x, offer.rect.bottom, inner.w, inner.bottom - offer.rect.bottom)
        hint = offer.message or _("Left and Right choose the folder · Enter saves · Esc: not now")
        text.fit(hint, foot.size, px=screen.text_px(theme, theme.size_small), min_px=screen.min_text_px(theme),
                 colour=theme.wrong if offer.message else theme.text_muted).draw(surface, foot)


def _finished(session: Session) -> bool:
    from game.quiz.session import State   # here: the title shows before the quiz rules are loaded

    return session.state is State.FINISHED


def _without_prefix(problem: str) -> str:
    """The reason alone, in the players' words: no lead-in, and not the system's own words
    in brackets after a reason already said plainly ("the disk is full (database or disk is full)")."""
    for prefix in ("the scores could not be saved: ", "scores will not be kept this time: "):
        if problem.startswith(prefix):
            problem = problem[len(prefix):]
    plain, bracket, _detail = problem.partition(" (")
    return plain if bracket and problem.endswith(")") and plain else problem
