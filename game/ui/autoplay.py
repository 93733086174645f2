"""A whole session played by simulated players, through the real window, for tests and screenshots.

The autopilot goes through the game as a player would (title, setup, every question, reveal,
standings, podium, hall of fame) by sending actions, with game time advanced in exact steps.
Simulated players are sometimes right, sometimes wrong, at varied speeds, and now and then
too slow. The session is recorded like any other. With a screenshots folder, one PNG is
saved per screen visited.
"""

from __future__ import annotations

import random
import signal
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game import interrupts
from game.packs.model import NumberQuestion, format_number
from game.quiz import MAX_PLAYERS, Mode, State
from game.quiz.config import tidy_names
from game.ui.input import actions as A
from game.ui.app import App
from game.ui.services import Services
from game.ui.kit.theme import RING_NAMES
from game.ui.scenes.setup import SetupScene
from game.ui.scenes.teams import TeamsScene

STEP = 1 / 20          # seconds of game time per frame
SETTLE = {"title": 1.0, "setup": 0.4, "intro": 0.5, "question": 3.0, "reveal": 1.2, "standings": None, "podium": None,
          "hall": 0.8, "teams": 0.6, "summary": 1.0}
MAX_FRAMES = 200_000   # a safety net: no session takes this long


class AutoplayError(RuntimeError):
    """The autopilot could not finish (a screen did not lead where it should)."""


@dataclass
class AutoplayOptions:
    seed: int = 1
    questions: int = 10
    players: int | None = None
    teams: tuple[str, ...] | None = None
    mode: str | None = None
    screenshots: Path | None = None
    size: tuple[int, int] = (1920, 1080)
    packs: tuple[str, ...] = ()
    pace: float = 1.0          # below 1, the simulated players answer sooner (benchmarks)
    frame_step: float = STEP   # seconds of game time per frame

    def resolved(self) -> tuple[Mode, list[str]]:
        """The mode and player names these options ask for."""
        count = len(self.teams) if self.teams else self.players
        if count is not None and not 1 <= count <= MAX_PLAYERS:
            raise AutoplayError(f"1 to {MAX_PLAYERS} players or teams, not {count}")
        mode = Mode(self.mode) if self.mode else (Mode.SOLO if not count or count == 1 else Mode.PARTY)
        if self.teams:
            names = list(self.teams)
        elif count:
            names = ["Player"] if count == 1 else list(RING_NAMES[:count])
        else:
            names = ["Player"] if mode is Mode.SOLO else list(RING_NAMES[:3])
        _tidied, problems = tidy_names(names, mode)
        if problems:
            raise AutoplayError("; ".join(problems))
        return mode, names


@dataclass
class SimulatedPlayer:
    skill: float      # chance of a right answer
    pace: float       # share of the time limit they usually take
    shy: float        # chance of not answering at all


@dataclass
class AutoplayResult:
    visited: list[str] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)
    scores: list[tuple[str, int]] = field(default_factory=list)
    session_id: int | None = None
    new_record: bool = False
    frames: int = 0


class Autopilot:
    def __init__(self, app: App, options: AutoplayOptions) -> None:
        self.app = app
        self.options = options
        self.rng = random.Random(options.seed)
        self.mode, self.names = options.resolved()
        self.players = [SimulatedPlayer(self.rng.uniform(0.45, 0.9), self.rng.uniform(0.15, 0.55),
                                        self.rng.uniform(0.0, 0.12)) for _ in self.names]
        self.result = AutoplayResult()
        self._shot: set[str] = set()
        self._plan: list[tuple[float, int, object]] = []
        self._planned_for = None
        self._in_scene = 0.0
        self._scene = None

    # -- stepping -------------------------------------------------------------------------
    def step(self, actions: list[A.Action] = ()) -> None:
        # A signal waits for the end of the frame, so the session and its records agree when it stops.
        with interrupts.held():
            for action in actions:
                self.app.dispatch(action)
            if not self.app.step(self.options.frame_step, []):
                raise AutoplayError("the window closed before the session ended")
        if self.app.terminate_requested:          # SIGTERM, as the window's loop takes it
            raise interrupts.Terminated(signal.SIGTERM)
        self.result.frames += 1
        if self.app.scene is not self._scene:
            self._scene = self.app.scene
            self._in_scene = 0.0
            self.result.visited.append(self._scene.name)
        else:
            self._in_scene += self.options.frame_step
        if self.result.frames > MAX_FRAMES:
            raise AutoplayError(f"the session did not end; stuck on {self.app.scene.name}")

    def wait(self, seconds: float) -> None:
        for _ in range(max(1, round(seconds / self.options.frame_step))):
            self.step()

    def screenshot(self, name: str) -> None:
        folder = self.options.screenshots
        if folder is None or name in self._shot:
            return
        self._shot.add(name)
        path = folder / f"{len(self._shot):02d}-{name}.png"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            pygame.image.save(self.app.surface, str(path))
        except (OSError, pygame.error) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise AutoplayError(f"--screenshots {folder}: cannot save {path.name} there: {reason}") from None
        self.result.screenshots.append(path)

    # -- the session ----------------------------------------------------------------------
    def run(self) -> AutoplayResult:
        self.step()
        self.wait(SETTLE["title"])
        self.screenshot("title")
        self.step([A.Confirm()])                      # Play
        if self.app.scene.name != "setup":
            raise AutoplayError(f"Play led to {self.app.scene.name}, not the setup")
        self._fill_setup()
        self.wait(SETTLE["setup"])
        self.screenshot("setup")
        self.app.scene.start()
        self.step()
        if self.app.scene.name == "teams":            # party and classroom: the team screen
            self.wait(SETTLE["teams"])
            self.screenshot("teams")
            self.app.scene.start()
            self.step()
        if self.app.scene.name != "intro":
            scene = self.app.scene
            problems = "; ".join(scene.problems) if isinstance(scene, (SetupScene, TeamsScene)) else ""
            raise AutoplayError(f"the session did not start: {problems}")
        self.wait(0.5)
        self.screenshot("intro")
        self.step([A.Confirm()])
        match = self.app.scene.match
        while self.app.scene.name != "hall":
            name = self.app.scene.name
            if name == "question":
                self._play_question()
            elif name == "reveal":
                self.wait(SETTLE["reveal"])
                self.screenshot("reveal")
                self.step([A.Confirm()])
            elif name == "standings":
                while not self.app.scene.track.finished:
                    self.step()
                self.wait(0.3)
                self.screenshot("standings")
                self.step([A.Confirm()])
            elif name == "podium":
                while not self.app.scene.podium.done:
                    self.step()
                self.wait(1.0)
                self.screenshot("podium")
                self.result.new_record = self.app.scene.record.new_record
                self.step([A.Confirm()])
            elif name == "summary":
                self.wait(SETTLE["summary"])
                self.screenshot("summary")
                while self.app.scene.form.focused.key != "next":
                    self.step([A.Navigate(0, 1)])
                self.step([A.Confirm()])
            else:
                raise AutoplayError(f"the session led to an unexpected screen: {name}")
        self.wait(SETTLE["hall"])
        self.screenshot("hall")
        session = match.session
        self.result.scores = [(p.name, p.score) for p in session.players]
        self.result.session_id = match.session_id
        return self.result

    def _fill_setup(self) -> None:
        scene = self.app.scene
        form = scene.form
        if self.options.packs:
            library = self.app.services.library
            missing = [pid for pid in self.options.packs if library.get(pid) is None]
            if missing:
                raise AutoplayError(f"no pack with id {', '.join(missing)}; `relayquiz packs` lists them")
            scene.packs = [library.get(pid) for pid in self.options.packs]
        scene.seed = self.options.seed
        form.row("mode").select(self.mode.value)
        if self.mode is not Mode.SOLO:
            form.row("count").select(len(self.names))
        for field_, name in zip(scene.names, self.names):
            field_.set_text(name)
        count_row = form.row("questions")
        available = max(1, sum(len(p.questions) for p in scene.packs))
        wanted = max(1, min(self.options.questions, available))
        count_row.options = sorted(set(count_row.options) | {wanted})
        count_row.select(wanted)
        scene.refresh()

    def _play_question(self) -> None:
        scene = self.app.scene
        session = scene.session
        question = scene.question
        limit = session.time_allowed()
        plan = []
        for index, player in enumerate(self.players):
            if self.rng.random() < player.shy:
                continue
            pace = player.pace * self.options.pace
            at = max(0.4, min(limit * 0.95, limit * pace * self.rng.uniform(0.5, 1.6)))
            right = self.rng.random() < player.skill
            plan.append((at, index, self._response(question, right)))
        plan.sort(key=lambda item: item[0])
        shot_at = min(limit * 0.35, 3.0)
        typed_shot = question.typed and "question-typed" not in self._shot
        while self.app.scene is scene:
            elapsed = limit - session.time_left() if session.state is State.ASKING else None
            if elapsed is not None and elapsed >= shot_at:
                self.screenshot("question-typed" if typed_shot else "question")
            actions: list[A.Action] = []
            while plan and elapsed is not None and elapsed >= plan[0][0]:
                _, index, response = plan.pop(0)
                actions.extend(self._answer_actions(index, response))
            self.step(actions)

    def _response(self, question, right: bool):
        if question.options:
            if right:
                return question.correct_option
            wrong = [i for i in range(len(question.options)) if i != question.correct_option]
            return self.rng.choice(wrong)
        inner = question.question
        if right:
            return format_number(inner.answer) if isinstance(inner, NumberQuestion) else str(inner.answer)
        wrong = inner.options()[1:]          # a number or text question's wrong options, as shown
        if wrong:
            return self.rng.choice(wrong)
        return "I am not sure"

    def _answer_actions(self, index: int, response) -> list[A.Action]:
        if isinstance(response, int):
            return [A.Answer(index, response)]
        return [A.TypeText(str(response)), A.Confirm()]


def autoplay(services: Services, options: AutoplayOptions) -> AutoplayResult:
    """Open the window (the dummy driver is fine), play a whole session, close the window."""
    app = App(services)
    try:
        app.open(options.size)
        return Autopilot(app, options).run()
    finally:
        app.close()
