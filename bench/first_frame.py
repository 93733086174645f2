"""One fresh process for bench_startup: open a window, say when its first frame is up, and exit.

    python bench/first_frame.py game|bare [--modules]

`game` starts the game as `relayquiz` does, up to the title's first frame; `bare` opens a
plain pygame-ce window of the same size and fills it. Either way the first `display.flip`
prints `{"at": time.monotonic(), ...}` (the same clock the parent read before starting this
process) and ends the process there. `--modules` adds every module imported by then.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main() -> None:
    what = sys.argv[1]
    import pygame

    flip = pygame.display.flip

    def first_flip(*args) -> None:
        flip(*args)
        report = {"at": time.monotonic()}
        if "--modules" in sys.argv:
            report["modules"] = sorted(sys.modules)
        sys.stdout.write(json.dumps(report) + "\n")
        sys.stdout.flush()
        os._exit(0)

    pygame.display.flip = first_flip
    if what == "bare":
        pygame.display.init()
        surface = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
        surface.fill((12, 16, 38))
        pygame.display.flip()
    else:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        sys.path.insert(0, root)
        from game.cli import main as relayquiz

        relayquiz([])
    sys.exit("no frame was drawn")


if __name__ == "__main__":
    main()
