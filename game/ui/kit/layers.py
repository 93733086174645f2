"""What a screen shows that does not move, drawn once into one picture.

A busy screen (the question: backdrop, prompt card, tiles, team chips) changes little from
one frame to the next: only the torch burns and the seconds count down. `StaticLayer` keeps
the still parts in one surface of the window's format. A frame blits that picture and draws
the moving parts on top; when the window still shows the last frame, only the rectangles the
moving parts covered then and cover now are put back and drawn again.

The picture is drawn again only when its *key* changes: the screen names everything its
still parts show (the window size, the theme, who has locked in, whether the game is
paused...), and the language the words are in (a layer adds it to every key). `redraws`
counts those drawings, so a test can hold a screen to "once per question, plus once per real
change".

While text is being measured (the text renderer's audit or a `kit.record` recording is on)
the still parts are drawn straight onto the window every frame, so a measurement sees every
box.
"""

from __future__ import annotations

import contextlib
from typing import Callable, Iterable, Iterator

import pygame

from game import i18n
from game.ui.kit import record

# A frame's drawing of the moving parts: draws onto the surface, returns where it drew.
MovingPainter = Callable[[pygame.Surface], Iterable[pygame.Rect]]


_uncached = 0


@contextlib.contextmanager
def drawing_directly() -> Iterator[None]:
    """Within the block every layer draws its still parts straight onto the target, as if
    nothing were kept: the reference a cached frame is compared with."""
    global _uncached
    _uncached += 1
    try:
        yield
    finally:
        _uncached -= 1


def measuring(text) -> bool:
    """Whether what is drawn is being recorded box by box (then nothing comes from a cache)."""
    return getattr(text, "audit", None) is not None or record.active() is not None


def clipped(rects: Iterable[pygame.Rect], bounds: pygame.Rect) -> list[pygame.Rect]:
    """`rects` clipped to `bounds`, empty ones left out (overlapping ones are kept: copying a
    few pixels twice costs less than working out the overlaps)."""
    out = []
    for rect in rects:
        rect = bounds.clip(rect)
        if rect.w > 0 and rect.h > 0:
            out.append(rect)
    return out


def _picture_for(target: pygame.Surface) -> pygame.Surface:
    """A surface the size of `target`, in its pixel format: copying from it is a plain copy,
    and drawing into it gives exactly the pixels drawing into `target` would.

    Its rows start one pixel off the target's alignment (it is cut from a surface a pixel
    wider): copying a small rectangle between two buffers aligned alike measured up to fifteen
    times slower, and putting back where the torch burned is such a copy, every frame."""
    width, height = target.get_size()
    wider = pygame.Surface((width + 1, height), 0, target)
    return wider.subsurface(pygame.Rect(1, 0, width, height))


class StaticLayer:
    """The still parts of one screen in one picture, with where the moving parts were drawn."""

    def __init__(self) -> None:
        self.picture: pygame.Surface | None = None
        self.key: object = None
        self.redraws = 0
        self.partial_frames = 0      # frames that drew only the moving parts
        self._fresh = False          # the picture shows `key`
        self._drawn = False          # a frame was drawn (the first goes straight onto the window)
        self._moving: list[pygame.Rect] = []
        # Something was drawn over the moving parts last frame (a dialog, a banner): the next
        # frame cannot put back only the moving parts.
        self._covered = True

    def invalidate(self) -> None:
        """Draw the picture again at the next frame, whatever its key."""
        self._fresh = False

    def frame(self, target: pygame.Surface, key: object, paint_still: Callable[[pygame.Surface], None],
              paint_moving: MovingPainter, *, kept: bool = False, covered: bool = False,
              direct: bool = False) -> list[pygame.Rect] | None:
        """Draw one frame onto `target`; the rectangles that changed, or None when all of it did.

        `kept`: `target` still shows the frame this layer drew last (nothing else drew on it
        since). `covered`: the screen draws something over it all after this (a dialog, a
        banner), so this frame and the next are drawn whole. `direct`: draw the still parts
        straight onto `target`, keeping nothing (while text is measured). `key` is compared
        with the last one (==), never hashed."""
        key = (key, i18n.language())            # switching the language redraws the words
        bounds = target.get_rect()
        # The first frame goes straight onto the window: a window's first picture should not
        # wait for a second surface to be made (on a busy machine making one costs as much as
        # drawing the title). The picture is made at the next frame, from what is cached by then.
        first = self.picture is None and not self._drawn
        self._drawn = True
        if direct or _uncached or first:
            paint_still(target)
            paint_moving(target)
            self._covered = True     # the window's next frame is drawn whole
            return None
        partial = kept and not self._covered and not covered and self._current(target, key)
        self._covered = covered
        if partial:
            previous = self._moving
            picture = self.picture
            target.blits([(picture, rect, rect) for rect in previous], doreturn=False)
            self._moving = clipped(paint_moving(target), bounds)
            self.partial_frames += 1
            return previous + self._moving
        self._ensure(target, key, paint_still)
        target.blit(self.picture, (0, 0))
        self._moving = clipped(paint_moving(target), bounds)
        return None

    def _current(self, target: pygame.Surface, key: object) -> bool:
        return (self._fresh and self.picture is not None and self.picture.get_size() == target.get_size()
                and key == self.key)

    def _ensure(self, target: pygame.Surface, key: object, paint_still) -> None:
        if self._current(target, key):
            return
        if self.picture is None or self.picture.get_size() != target.get_size():
            self.picture = _picture_for(target)
        paint_still(self.picture)
        self.key = key
        self._fresh = True
        self.redraws += 1
