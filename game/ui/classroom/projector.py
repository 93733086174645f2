"""The projector profile, switched on or off in one step from the settings or the team screen.

On: fullscreen, high contrast, type at least 1.3 times larger and never shrunk below a size
the back row can read (the theme's part is `theme_for(projector=True)`). The player's own
font scale and contrast settings are left as they were, so switching the profile off brings
them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.ui.services import Services


def projector_on(services: "Services") -> bool:
    return services.settings.projector


def set_projector(services: "Services", on: bool) -> None:
    """Save the choice, and ask the window for fullscreen (or a window) and a fresh theme."""
    services.update_settings(projector=on)
    if services.settings.fullscreen != on:
        services.request("fullscreen")
    services.request("theme")
