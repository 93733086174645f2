"""Copy and paste with the system clipboard, or within the game when there is none.

pygame-ce (2.2 and later) reaches the system clipboard through `pygame.scrap.get_text` and
`put_text`, which need the display to be open. Where they are missing or fail (no display,
an unusual platform), the game keeps its own clipboard, so copy and paste still work inside it.
"""

from __future__ import annotations

import pygame


class Clipboard:
    def __init__(self, use_system: bool = True) -> None:
        self.use_system = use_system
        self._own = ""

    def _system_ready(self) -> bool:
        scrap = getattr(pygame, "scrap", None)
        return (self.use_system and scrap is not None and hasattr(scrap, "get_text")
                and pygame.display.get_init() and pygame.display.get_surface() is not None)

    def put(self, text: str) -> None:
        self._own = text
        if self._system_ready():
            try:
                pygame.scrap.put_text(text)
            except (pygame.error, TypeError):
                pass

    def get(self) -> str:
        if self._system_ready():
            try:
                text = pygame.scrap.get_text()
            except pygame.error:
                text = None
            if text:
                return text
        return self._own


# One clipboard for the whole window, so what is copied in one field pastes into any other.
CLIPBOARD = Clipboard()
