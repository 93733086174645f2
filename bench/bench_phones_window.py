"""The game window with a class on phones: the work of one frame while 200 phones answer.

The window runs on the dummy video driver at 1920x1080 with the phones' server on loopback;
200 phones join its roster and, during each question, their answers arrive through the
server's inbox (as a phone's do) spread over one second, so each frame the window drains a
share of them into the quiz session, then draws the screen with its counter. Measured per
frame (CPU time of this thread, which is where the window's work is done):

- phones_window_lobby_p99_ms: the lobby listing 200 names (its pages taking turns);
- phones_window_answering_max_ms, phones_window_answering_p99_ms: the question screen in the
  second the answers arrive (the target: no frame over 25 ms);
- phones_window_frame_p99_ms: every frame of the game, the reveal with each tile's share and
  the best five and the standings included (the budget is 16.7 ms for 60 frames a second; the
  first frame of each screen, which lays it out, is among them).

    python bench/bench_phones_window.py [--quick]      (or through bench/run.py)

It runs in its own process (python -m bench.bench_phones_window --part window) so pygame
starts clean; the figures come back as JSON on stdout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PHONES = 200
SIZE = (1920, 1080)
FRAME = 1 / 60


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run(quick: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", RELAYQUIZ_HOME=home,
                   PYGAME_HIDE_SUPPORT_PROMPT="1")
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        command = [sys.executable, "-m", "bench.bench_phones_window", "--part", "window"] + (["--quick"] if quick else [])
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"the phones window bench failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {name: round(value, 2) for name, value in figures.items()}


def _window(quick: bool) -> dict[str, float]:
    import pygame

    from game.net import PhoneLink, WordList
    from game.net.server import PhoneAnswered, PhoneJoined
    from game.quiz import Mode, SessionConfig, State
    from game.store import Settings
    from game.ui.app import App
    from game.ui.handover import PackChoice, TeamSetup
    from game.ui.input.room import PHONES_ONLY, Room
    from game.ui.look.sound import SoundBank
    from game.ui.services import Services
    from bench.bench_phones import _pack

    questions = 3 if quick else 10
    link = PhoneLink(words=WordList(), max_players=PHONES)
    link.start("127.0.0.1", 0)
    services = Services(settings=Settings(mute=True), save_settings=lambda settings: None,
                        sound=SoundBank(muted=True), library_loader=lambda: None)
    services.phones = link
    for number in range(PHONES):
        phone = link.roster.join(f"Phone player {number:03d}", None)
        link.inbox.put(PhoneJoined(phone.id))
    config = SessionConfig(packs=(_pack(questions),), players=("Front row", "Back row"), mode=Mode.CLASSROOM,
                           question_count=questions, seed=1)
    room = Room.default(2, classroom=True)
    room.phones, room.top_five = PHONES_ONLY, True
    app = App(services, start="lobby", handover=TeamSetup(config, PackChoice(), room))
    app.open(SIZE)

    def timed(events=()) -> float:
        before = time.thread_time()
        app.step(FRAME, list(events))
        return (time.thread_time() - before) * 1000

    def key(code: int, mod: int = 0) -> pygame.event.Event:
        return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0)

    try:
        lobby = [timed() for _ in range(120 if quick else 400)]       # pages turn every five seconds
        app.step(FRAME, [key(pygame.K_RETURN)])
        app.step(FRAME, [key(pygame.K_RETURN)])
        session = app.scene.session
        ids = [view.id for view in link.players()]
        play: list[float] = []
        answering: list[float] = []
        while session.state is not State.FINISHED:
            question = session.current
            for _ in range(30):
                play.append(timed())
            per_frame = max(1, len(ids) // 60)          # every phone answers within one second
            for start in range(0, len(ids), per_frame):
                for phone_id in ids[start:start + per_frame]:
                    link.roster.claim_answer(phone_id, question.number)
                    link.inbox.put(PhoneAnswered(phone_id, question.number, phone_id % len(question.options)))
                answering.append(timed())
                play.append(answering[-1])
            while app.scene.name == "question":
                play.append(timed([key(pygame.K_r, pygame.KMOD_LCTRL)]))
            for _ in range(60):                          # the reveal
                play.append(timed())
            play.append(timed([key(pygame.K_RETURN)]))
            for _ in range(90):                          # the standings run
                play.append(timed())
            while app.scene.name in ("standings", "reveal"):
                play.append(timed([key(pygame.K_RETURN)]))
    finally:
        app.close()
        link.stop()
    return {
        "phones_window_lobby_p99_ms": _percentile(lobby, 0.99),
        "phones_window_answering_p99_ms": _percentile(answering, 0.99),
        "phones_window_answering_max_ms": max(answering),
        "phones_window_frame_p99_ms": _percentile(play, 0.99),
    }


if __name__ == "__main__":
    if "--part" in sys.argv:
        print(json.dumps(_window("--quick" in sys.argv)))
    else:
        for name, value in run("--quick" in sys.argv).items():
            print(f"{name}  {value}")
