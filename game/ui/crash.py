"""When the game breaks: keep the details, show them in the window, never just vanish.

The traceback goes to `crash.log` in the user data folder and to stderr; if the window is
still usable, a plain screen says what happened and where the details are, until a key is
pressed or the window is closed.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

import pygame

from game import __version__, paths
from game.i18n import _

CRASH_LOG = "crash.log"


def write_crash_log(error: BaseException) -> Path | None:
    """Append the error and its traceback to crash.log; None when even that fails."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    try:
        folder = paths.user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / CRASH_LOG
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp} relayquiz {__version__}\n{text}\n")
        return path
    except OSError:
        return None


def crash_lines(error: BaseException, log: Path | None) -> list[str]:
    """What the crash screen says, short enough to read from across a room."""
    where = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
    place = " " + _("(in {file}, line {line})").format(file=Path(where[0].filename).name, line=where[0].lineno) \
        if where else ""
    lines = [_("Sorry, the game ran into a problem and has to stop."),
             f"{type(error).__name__}: {error}{place}"]
    lines.append(_("The details are saved in {file}.").format(file=log) if log
                 else _("The details are printed in the terminal."))
    lines.append(_("Scores up to the last question are kept. Press any key to close."))
    return lines


def show_crash(error: BaseException, wait_seconds: float = 600.0) -> Path | None:
    """Log the error, print it, and show it in the window if there is one to show it in."""
    log = write_crash_log(error)
    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    if log:
        print(f"relayquiz: the details are saved in {log}", file=sys.stderr)
    if not pygame.display.get_init() or pygame.display.get_surface() is None:
        return log
    if pygame.display.get_driver() in ("dummy", "offscreen"):
        return log
    try:
        _crash_screen(crash_lines(error, log), wait_seconds)
    except pygame.error:
        pass
    return log


def _crash_screen(lines: list[str], wait_seconds: float) -> None:
    surface = pygame.display.get_surface()
    pygame.font.init()
    width, height = surface.get_size()
    size = max(14, height // 30)
    font = _crash_font(size)
    surface.fill((20, 16, 30))
    y = height // 4
    for index, line in enumerate(lines):
        colour = (255, 190, 80) if index == 0 else (235, 235, 240)
        for piece in _wrap(font, line, width - 2 * size):
            surface.blit(font.render(piece, True, colour), (size, y))
            y += font.get_linesize()
        y += font.get_linesize() // 2
    pygame.display.flip()
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        for event in pygame.event.get():
            if event.type in (pygame.QUIT, pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
                return
        pygame.time.wait(50)


def _crash_font(size: int) -> pygame.font.Font:
    """The bundled Noto Sans, which draws every language the game speaks (pygame's own font has
    no Cyrillic); pygame's own when the game's fonts are missing too."""
    try:
        from game.ui.kit.assets import asset_path
        return pygame.font.Font(str(asset_path("fonts", "NotoSans-Regular.ttf")), size)
    except (OSError, pygame.error):
        return pygame.font.Font(None, size)


def _wrap(font, text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if font.size(candidate)[0] <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    return lines + [current] if current else lines
