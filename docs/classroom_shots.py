"""Screenshots of a classroom session, to look at and for the README.

    python docs/classroom_shots.py OUT_DIR [--size 1920x1080] [--teams 8] [--long-names] [--projector]

Plays a scripted classroom session through the real window (any SDL video driver: the
dummy one, or an X server such as Xvfb) and saves one PNG per screen: the team screen with
two controllers, the rules, a question with some teams locked in and one controller unplugged, the help
overlay with the teacher keys, a teacher adjusting points, the reveal, the standings, the
podium and the summary after exporting the report. Nothing is written outside a temporary
folder except the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LONG_NAMES = ("The Unstoppable Torchbearers", "Cauldron Lighters of Class 7B", "Zoë, Ærø and Łukasz",
              "Σπύρος Λούης Fan Club", "Команда Олимпийский огонь", "Marathon Runners United",
              "The Black Sea Swimmers", "Team Eight With A Long Name")


class ShotOpener:
    """Two controllers that exist only for the screenshots."""

    def __init__(self) -> None:
        self.next_id = 300

    def is_controller(self, device_index: int) -> bool:
        return True

    def open_controller(self, device_index: int):
        from game.ui.input.zones import Opened

        self.next_id += 1
        return Opened(self.next_id, ("Xbox Wireless Controller", "DualSense")[device_index % 2], f"model-{device_index}")

    open_joystick = open_controller


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--teams", type=int, default=8)
    parser.add_argument("--long-names", action="store_true")
    parser.add_argument("--projector", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ["RELAYQUIZ_HOME"] = tempfile.mkdtemp(prefix="relayquiz-shots-")
    width, height = (int(v) for v in args.size.lower().split("x"))

    import dataclasses

    import pygame

    from game.packs.library import load_library
    from game.quiz import Mode, SessionConfig
    from game.store import Settings, Store
    from game.wiring import SessionRecorder
    from game.ui.app import App
    from game.ui.handover import PackChoice, TeamSetup
    from game.ui.services import Services
    from game.ui.look.sound import SoundBank
    from game.ui.kit.theme import RING_NAMES
    from game.ui.input.zones import Gamepads

    names = LONG_NAMES[: args.teams] if args.long_names else RING_NAMES[: args.teams]
    library = load_library()
    packs = tuple(e.pack for e in library.entries if e.shipped)
    config = SessionConfig(packs=packs, players=names, mode=Mode.CLASSROOM, question_count=4, seed=5,
                           types=("choice", "truefalse", "number", "text"))
    store = Store()
    services = Services(settings=dataclasses.replace(Settings(), projector=args.projector, mute=True),
                        save_settings=lambda s: None, sound=SoundBank(), store=store, library_loader=lambda: library,
                        recorder_factory=lambda session: SessionRecorder(store, session))
    services.pads = Gamepads(ShotOpener())
    app = App(services, start="teams", handover=TeamSetup(config, PackChoice()))
    app.open((width, height))
    args.out.mkdir(parents=True, exist_ok=True)
    prefix = f"{width}x{height}{'-projector' if args.projector else ''}"
    shots: list[Path] = []

    def step(seconds: float = 1 / 30, events=()) -> None:
        pending = list(events)
        for _ in range(max(1, round(seconds * 30))):
            app.step(1 / 30, pending)
            pending = []

    def key(code: int, mod: int = 0, text: str = "") -> pygame.event.Event:
        return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=text, scancode=0)

    def shot(name: str) -> None:
        path = args.out / f"{prefix}-{name}.png"
        pygame.image.save(app.surface, str(path))
        shots.append(path)

    def pad_event(kind: int, **fields) -> pygame.event.Event:
        return pygame.event.Event(kind, **fields)

    try:
        step(0.5)
        pads = [pad_event(pygame.CONTROLLERDEVICEADDED, device_index=i) for i in range(2)]
        step(events=pads)
        teams = len(names)
        for pad, team in zip((301, 302), (teams - 2, teams - 1) if teams > 4 else (1, 2)):
            app.scene.focus = team
            step(events=[pad_event(pygame.CONTROLLERBUTTONDOWN, instance_id=pad, button=pygame.CONTROLLER_BUTTON_A)])
        app.scene.focus = None
        step(events=[key(pygame.K_1)])
        step(1.0)
        shot("teams")
        app.scene.start()
        step(0.6)
        shot("rules")
        step(events=[key(pygame.K_RETURN)])
        step(1.5)
        session = app.scene.session
        question = session.current
        keys = app.scene.answer_keys
        step(events=[key(keys[0][0][0]), key(keys[1][min(1, len(question.options) - 1)][0])])
        step(events=[pad_event(pygame.CONTROLLERDEVICEREMOVED, instance_id=302)])
        step(0.5)
        shot("question")
        step(events=[key(pygame.K_F1)])
        shot("help")
        step(events=[key(pygame.K_F1)])
        step(events=[key(pygame.K_TAB), key(pygame.K_TAB), key(pygame.K_KP_PLUS)])
        step(0.3)
        shot("teacher-points")
        step(events=[key(pygame.K_r, pygame.KMOD_LCTRL)])
        step(1.5)
        shot("reveal")
        step(events=[key(pygame.K_n)])
        step(3.5)
        shot("standings")
        step(events=[key(pygame.K_e, pygame.KMOD_LCTRL)])
        step(0.3)
        shot("end-round")
        step(events=[key(pygame.K_y)])
        step(5.0)
        shot("podium")
        step(events=[key(pygame.K_RETURN)])
        step(events=[key(pygame.K_e, 0, "e")])
        step(1.0)
        shot("summary")
    finally:
        app.close()
        store.close()
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
