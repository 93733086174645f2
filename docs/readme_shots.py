"""The README's screenshots, made again from the real window in one go.

    python docs/readme_shots.py [OUT_DIR]        (default: the docs/ folder beside this file)

Plays through the game with the dummy video driver (or any SDL driver) and writes:
title, question, reveal, standings and podium from an autoplayed party game of four teams;
the question screen in high contrast; the review, its list view, a pack's question list and
the question editor with a flagged field; the summary of an autoplayed classroom game of
eight long-named teams at 1920x1080; and, through classroom_shots.py, the team screen and a
question with those teams, and the projector profile at 1024x768. Nothing is written outside a
temporary folder except the PNGs.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

PARTY_TEAMS = ("Blue Herons", "Yellow Jackets", "Black Cats", "Green Giants")   # the four keyboard zones


def autoplayed(folder: Path, size: tuple[int, int], **options) -> dict[str, Path]:
    """One autoplayed session's screenshots, by screen name."""
    from game.ui.autoplay import AutoplayOptions, autoplay
    from game.ui.launch import build_services, open_store

    store = open_store()
    try:
        services = build_services(store, autoplay=True)
        services.sound.muted = True
        result = autoplay(services, AutoplayOptions(screenshots=folder, size=size, **options))
    finally:
        store.close()
    return {path.stem.split("-", 1)[1]: path for path in result.screenshots}


def editor_shots(out: Path) -> list[Path]:
    """The review (one at a time and as a list), a pack's question list and the question editor."""
    import pygame

    from game.ui.app import App
    from game.ui.handover import PackChoice
    from game.ui.launch import build_services

    made: list[Path] = []

    def key(code: int, mod: int = 0, text: str = "") -> pygame.event.Event:
        return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=text, scancode=0)

    def typed(text: str) -> pygame.event.Event:
        return pygame.event.Event(pygame.TEXTINPUT, text=text)

    def shoot(name: str, start: str, handover, events=()) -> None:
        app = App(build_services(None, autoplay=True), start=start, handover=handover)   # fresh fonts each time
        app.open((1280, 720))
        try:
            for _ in range(20):
                app.step(1 / 30, [])
            for event in events:
                app.step(1 / 30, [event])
            for _ in range(15):
                app.step(1 / 30, [])
            path = out / f"{name}.png"
            pygame.image.save(app.surface, str(path))
            made.append(path)
        finally:
            app.close()

    from game.packs.library import load_library

    generated = next(e.pack for e in load_library().entries if e.pack.id == "sochi-torch-spacewalk")
    shoot("editor-review", "review", PackChoice((), (generated,)), [key(pygame.K_k, text="k"), key(pygame.K_x, text="x")])
    shoot("editor-review-list", "review", PackChoice((), (generated,)),
          [key(pygame.K_k, text="k"), key(pygame.K_x, text="x"), key(pygame.K_k, text="k"), key(pygame.K_l, text="l")])
    shoot("editor-list", "edit_pack", PackChoice(("olympic-flame-history",)), [typed("c"), typed("a"), typed("u")])
    shoot("editor-edit", "edit_pack", PackChoice(("olympic-flame-history",)),
          [key(pygame.K_RETURN), key(pygame.K_DOWN), key(pygame.K_DOWN), key(pygame.K_a, pygame.KMOD_LCTRL),
           typed("Olympia, Greece")])
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=HERE)
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    home = Path(tempfile.mkdtemp(prefix="relayquiz-readme-"))
    os.environ["RELAYQUIZ_HOME"] = str(home)
    out: Path = args.out
    (out / "screenshots").mkdir(parents=True, exist_ok=True)
    made: list[Path] = []

    party = autoplayed(home / "party", (1280, 720), seed=21, questions=6, teams=PARTY_TEAMS)
    for name in ("title", "question", "reveal", "standings", "podium"):
        made.append(Path(shutil.copy(party[name], out / f"{name}.png")))

    (home / "settings.yaml").write_text("high_contrast: true\n", encoding="utf-8")
    contrast = autoplayed(home / "contrast", (1280, 720), seed=4, questions=2, teams=("Owls", "Foxes", "Red"))
    made.append(Path(shutil.copy(contrast["question"], out / "high-contrast.png")))
    (home / "settings.yaml").unlink()

    made += editor_shots(out)

    import classroom_shots          # beside this file

    classroom = autoplayed(home / "classroom", (1920, 1080), seed=8, questions=6, mode="classroom",
                           teams=classroom_shots.LONG_NAMES)
    made.append(Path(shutil.copy(classroom["summary"], out / "screenshots" / "classroom-summary.png")))

    wanted = {"teams": "classroom-teams", "question": "classroom-question"}
    for size, flags, names in (("1920x1080", ["--teams", "8", "--long-names"], wanted),
                               ("1024x768", ["--teams", "8", "--long-names", "--projector"],
                                {"question": "classroom-projector-question"})):
        shots = home / f"classroom-{size}"
        with contextlib.redirect_stdout(io.StringIO()):         # it lists every shot; only ours are kept
            classroom_shots.main([str(shots), "--size", size, *flags])
        for path in sorted(shots.glob("*.png")):
            screen = path.stem.rsplit("-", 1)[-1]
            if screen in names:
                made.append(Path(shutil.copy(path, out / "screenshots" / f"{names[screen]}.png")))
    shutil.rmtree(home, ignore_errors=True)
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
