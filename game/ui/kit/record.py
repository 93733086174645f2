"""What a frame drew, box by box: every text with its rectangle, type size and panel, and the
shapes text must keep clear of (key caps, torches, notices, rules).

Drawing code reports to the recording that is active, if any (`note_text`, `note_shape`,
`note_panel`, `placed`, `note_cover`); with none active each call returns at once, so the game
pays nothing for it. Tests start one with `recording(window)`, draw, and ask the `Recording`
for the smallest text, overlaps and text outside its panel. `game.ui.measure` does this for
any screen in one call.

A text's panel is found, not declared: the smallest panel drawn before it on the same surface
that holds the middle of its ink. Text drawn into a picture that is blitted later (a tile, the
track) travels with the picture when it is `placed`.
"""

from __future__ import annotations

import contextlib
import weakref
from dataclasses import dataclass, field
from typing import Iterator

import pygame

TEXT = "text"
SHAPE = "shape"


@dataclass(frozen=True, eq=False)
class Panel:
    """A drawn container (a card, a row, a button, a lane); `shape` when it is also something
    other text must not cover (a key cap, a notice)."""

    rect: pygame.Rect
    name: str = "panel"
    shape: bool = False


@dataclass(frozen=True, eq=False)
class Box:
    """One thing drawn: a text (with its type size `px` and the height of a capital letter,
    `glyph`) or a named shape; `rect` is its ink on the window, `panel` what holds it."""

    kind: str
    name: str
    rect: pygame.Rect
    px: int = 0
    glyph: int = 0
    panel: Panel | None = None
    fits: bool = True
    lines: int = 1
    # Set for a shape that is also a panel: text inside it belongs to it.
    own: Panel | None = None

    @property
    def is_text(self) -> bool:
        return self.kind == TEXT

    def describe(self) -> str:
        what = f"{self.name!r}" if self.is_text else f"<{self.name}>"
        size = f" {self.px}px" if self.is_text else ""
        return f"{what}{size} at {tuple(self.rect)}"

    def moved(self, dx: int, dy: int, panel: Panel | None) -> "Box":
        rect = self.rect.move(dx, dy)
        own = Panel(self.own.rect.move(dx, dy), self.own.name, self.own.shape) if self.own else None
        return Box(self.kind, self.name, rect, self.px, self.glyph, panel, self.fits, self.lines, own)


@dataclass
class _Layer:
    """What was drawn on one surface, in order."""

    boxes: list[Box] = field(default_factory=list)
    panels: list[Panel] = field(default_factory=list)


class Recording:
    """Every box drawn on the window since the last `start_frame`, in window coordinates."""

    def __init__(self, window: pygame.Surface | None = None) -> None:
        self.window = window
        self._window = _Layer()
        self._pictures: "weakref.WeakKeyDictionary[pygame.Surface, _Layer]" = weakref.WeakKeyDictionary()

    # -- what drawing code reports ----------------------------------------------------------
    def _layer(self, target: pygame.Surface) -> _Layer:
        if self.window is None:
            self.window = pygame.display.get_surface()
        if target is self.window:
            return self._window
        layer = self._pictures.get(target)
        if layer is None:
            layer = self._pictures[target] = _Layer()
        return layer

    def start_frame(self) -> None:
        """Forget the window's boxes (pictures drawn earlier keep theirs until placed again)."""
        self._window = _Layer()

    def forget(self, picture: pygame.Surface) -> None:
        """A picture is being drawn afresh: what it held is gone."""
        self._pictures.pop(picture, None)

    def panel(self, target: pygame.Surface, rect: pygame.Rect, name: str = "panel", shape: bool = False) -> Panel:
        panel = Panel(pygame.Rect(rect), name, shape)
        self._layer(target).panels.append(panel)
        return panel

    def text(self, target: pygame.Surface, text: str, rect: pygame.Rect, px: int, glyph: int,
             fits: bool = True, lines: int = 1) -> None:
        if rect.w <= 0 or rect.h <= 0:
            return
        layer = self._layer(target)
        layer.boxes.append(Box(TEXT, text, pygame.Rect(rect), px, glyph, _holder(layer.panels, rect), fits, lines))

    def shape(self, target: pygame.Surface, name: str, rect: pygame.Rect, holds_text: bool = False) -> None:
        layer = self._layer(target)
        holder = _holder(layer.panels, rect)
        own = self.panel(target, rect, name, shape=True) if holds_text else None
        layer.boxes.append(Box(SHAPE, name, pygame.Rect(rect), panel=holder, own=own))

    def placed(self, target: pygame.Surface, picture: pygame.Surface, topleft: tuple[int, int]) -> None:
        """`picture` was blitted onto `target` at `topleft`: its boxes and panels are there now."""
        inner = self._pictures.get(picture)
        if inner is None:
            return
        layer = self._layer(target)
        dx, dy = round(topleft[0]), round(topleft[1])
        moved_panels: dict[int, Panel] = {}
        for panel in inner.panels:
            moved = Panel(panel.rect.move(dx, dy), panel.name, panel.shape)
            moved_panels[id(panel)] = moved
            layer.panels.append(moved)
        for box in inner.boxes:
            holder = moved_panels.get(id(box.panel)) if box.panel is not None else None
            moved = box.moved(dx, dy, holder)
            if holder is None:
                moved = moved.moved(0, 0, _holder(layer.panels[:len(layer.panels) - len(inner.panels)], moved.rect))
            layer.boxes.append(moved)

    def cover(self, target: pygame.Surface, rect: pygame.Rect) -> None:
        """An overlay hides what is under `rect` (the dimmed screen behind the help)."""
        layer = self._layer(target)
        layer.boxes = [box for box in layer.boxes if not rect.contains(box.rect)]
        layer.panels = [panel for panel in layer.panels if not rect.contains(panel.rect)]

    # -- what tests ask ---------------------------------------------------------------------
    @property
    def boxes(self) -> list[Box]:
        return list(self._window.boxes)

    @property
    def texts(self) -> list[Box]:
        return [box for box in self._window.boxes if box.is_text]

    @property
    def shapes(self) -> list[Box]:
        return [box for box in self._window.boxes if not box.is_text]

    def smallest(self, texts: list[Box] | None = None) -> Box | None:
        """The text with the smallest type size."""
        texts = self.texts if texts is None else texts
        return min(texts, key=lambda box: (box.px, box.glyph), default=None)

    def overlaps(self, margin: int = 0) -> list[tuple[Box, Box]]:
        """Pairs of boxes whose ink comes within `margin` pixels of each other: text on text,
        text on a shape it does not sit in, or shape on shape."""
        found = []
        boxes = self._window.boxes
        for index, first in enumerate(boxes):
            grown = first.rect.inflate(2 * margin, 2 * margin)
            for second in boxes[index + 1:]:
                if not grown.colliderect(second.rect):
                    continue
                if _belongs(first, second) or _belongs(second, first):
                    continue
                found.append((first, second))
        return found

    def escapes(self, margin: int = 0, screen: pygame.Rect | None = None) -> list[tuple[Box, pygame.Rect]]:
        """Boxes whose ink is not at least `margin` pixels inside their panel (or the window)."""
        if screen is None:
            window = self.window or pygame.display.get_surface()
            screen = window.get_rect() if window is not None else None
        found = []
        for box in self._window.boxes:
            holder = box.panel.rect if box.panel is not None else screen
            if holder is None:
                continue
            room = holder.inflate(-2 * margin, -2 * margin) if box.panel is not None else holder
            if not room.contains(box.rect):
                found.append((box, holder))
        return found


def _belongs(box: Box, shape: Box) -> bool:
    """Whether `box` sits in `shape` by design (a key's letter on its key cap). A picture
    pasted more than once carries its own copy of the panel, so the same place counts too."""
    own, panel = shape.own, box.panel
    if own is None or panel is None:
        return False
    return panel is own or (panel.name == own.name and panel.shape and panel.rect == own.rect)


def _holder(panels: list[Panel], rect: pygame.Rect) -> Panel | None:
    """The smallest panel holding the middle of `rect` (not `rect` itself)."""
    middle = rect.center
    best = None
    for panel in panels:
        if panel.rect == rect or not panel.rect.collidepoint(middle):
            continue
        if best is None or panel.rect.w * panel.rect.h <= best.rect.w * best.rect.h:
            best = panel
    return best


_active: Recording | None = None


@contextlib.contextmanager
def recording(window: pygame.Surface | None = None) -> Iterator[Recording]:
    """Record what is drawn until the block ends (one recording at a time)."""
    global _active
    previous, _active = _active, Recording(window)
    try:
        yield _active
    finally:
        _active = previous


def active() -> Recording | None:
    return _active


def note_text(target: pygame.Surface, text: str, rect: pygame.Rect, px: int, glyph: int,
              fits: bool = True, lines: int = 1) -> None:
    if _active is not None:
        _active.text(target, text, rect, px, glyph, fits, lines)


def note_shape(target: pygame.Surface, name: str, rect: pygame.Rect, holds_text: bool = False) -> None:
    if _active is not None:
        _active.shape(target, name, rect, holds_text)


def note_panel(target: pygame.Surface, rect: pygame.Rect, name: str = "panel") -> None:
    if _active is not None:
        _active.panel(target, rect, name)


def placed(target: pygame.Surface, picture: pygame.Surface, topleft: tuple[int, int]) -> None:
    if _active is not None:
        _active.placed(target, picture, topleft)


def note_cover(target: pygame.Surface, rect: pygame.Rect | None = None) -> None:
    if _active is not None:
        _active.cover(target, rect if rect is not None else target.get_rect())


def forget(picture: pygame.Surface) -> None:
    if _active is not None:
        _active.forget(picture)
