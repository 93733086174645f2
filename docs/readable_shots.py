"""Screenshots of the screens a room reads, at the three window sizes, with their smallest text.

    python docs/readable_shots.py [OUT_DIR]        (default: docs/screenshots beside this file)

Eight teams with long names, long questions: the title, settings, setup and rules at 200% text,
the classroom rules, reveal and standings at 1280x720 and 1920x1080, and the team screen,
question, reveal, standings and podium on a 1024x768 projector (the projector profile). Each
shot is measured as it is drawn (game.ui.measure) and its smallest text, overlaps and text
outside its panel are printed beside its file name.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=HERE / "screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ["RELAYQUIZ_HOME"] = tempfile.mkdtemp(prefix="relayquiz-readable-")
    import pygame

    from game.ui.measure import measure
    from tests.test_ui_readable import SCREENS

    shots = [
        ("text-200-title-1280x720", "title", (1280, 720), {"font_scale": 2.0}),
        ("text-200-settings-1280x720", "settings", (1280, 720), {"font_scale": 2.0}),
        ("readable-reveal-1280x720", "reveal, classroom", (1280, 720), {}),
        ("readable-reveal-1920x1080", "reveal, classroom", (1920, 1080), {}),
        ("readable-standings-1280x720", "standings, classroom", (1280, 720), {}),
        ("text-200-setup-1280x720", "setup", (1280, 720), {"font_scale": 2.0}),
        ("text-200-rules-1280x720", "rules, classroom", (1280, 720), {"font_scale": 2.0}),
        ("readable-rules-1280x720", "rules, classroom", (1280, 720), {}),
        ("projector-teams-1024x768", "teams", (1024, 768), {"projector": True}),
        ("projector-standings-1024x768", "standings, classroom", (1024, 768), {"projector": True}),
        ("projector-question-1024x768", "question, classroom", (1024, 768), {"projector": True}),
        ("projector-reveal-1024x768", "reveal, classroom", (1024, 768), {"projector": True}),
        ("projector-podium-1024x768", "podium, classroom", (1024, 768), {"projector": True}),
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    for name, screen, size, settings in shots:
        frame = measure(SCREENS[screen].with_(size=size, settings=settings), keep_picture=True)
        path = args.out / f"{name}.png"
        pygame.image.save(frame.picture, str(path))
        smallest = frame.smallest()
        print(f"{path}  smallest {smallest.px} px ({smallest.name[:40]!r}), overlaps {len(frame.overlaps(1))}, "
              f"outside a panel {len(frame.escapes(1))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
