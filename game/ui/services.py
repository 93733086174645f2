"""What every scene may use: theme, text, sound, settings, records, packs and the game clock.

These are services, not state: nothing here remembers where the player is in the game (that
travels between scenes in handover dataclasses). Changing an accessibility setting rebuilds
the theme and the text cache in one place, so every screen follows at once.
"""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from game.ui.clock import GameClock
from game.ui.kit.fonts import Fonts
from game.ui.kit.overlays import Notice
from game.ui.look.sound import SoundBank
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import Theme, theme_for
from game.ui.input.zones import Gamepads

if TYPE_CHECKING:
    from game.net import PhoneLink, PhoneNews
    from game.packs.background import LibraryLoading
    from game.packs.library import Library
    from game.quiz import Session
    from game.store import Settings, Store
    from game.wiring import SessionRecorder


@dataclass
class Services:
    settings: Settings
    save_settings: Callable[[Settings], None]
    sound: SoundBank
    clock: GameClock = field(default_factory=GameClock)
    store: Store | None = None
    # Why the scores database could not be opened at all (None when it was, or is not yet).
    store_problem: str | None = None
    # Reads the pack library: called with no argument, or with `progress=` when it takes one.
    library_loader: Callable[..., Library | None] | None = None
    # Told of the library on the window's own thread once it is read (to report its problems).
    library_report: Callable[[Library], None] | None = None
    # Starts recording a quiz session in the store; returns the recorder (or None).
    recorder_factory: Callable[[Session], SessionRecorder | None] | None = None
    autoplay: bool = False
    # The game controllers plugged in (party and classroom teams answer on them).
    pads: Gamepads = field(default_factory=Gamepads)
    # The phones' server while a game with phones is set up or played (started by the team
    # screen's Phones option or `relayquiz play --phones`); the App pumps it every frame and
    # stops it when the game ends. `phone_news` is what the phones did in the last frame.
    phones: PhoneLink | None = None
    phone_news: list[PhoneNews] = field(default_factory=list)
    theme: Theme = field(init=False)
    fonts: Fonts = field(init=False)
    text: TextRenderer = field(init=False)
    notice: Notice = field(init=False)
    _library: Library | None = field(default=None, init=False, repr=False)
    _loading: LibraryLoading | None = field(default=None, init=False, repr=False)
    # Requests from scenes to the App, which owns the window: "fullscreen", "theme".
    requests: list[str] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.apply_settings()

    def apply_settings(self) -> None:
        """Rebuild the theme, fonts and text cache from the current settings."""
        s = self.settings
        self.theme = theme_for(high_contrast=s.high_contrast, font_scale=s.font_scale,
                               reduced_motion=s.reduced_motion, dyslexia_font=s.dyslexia_font,
                               projector=s.projector)
        self.fonts = Fonts(self.theme)
        self.text = TextRenderer(self.fonts, font_scale=self.theme.font_scale)
        self.notice = Notice(self.theme, self.text)
        self.sound.volume = s.volume
        self.sound.muted = s.mute

    def update_settings(self, **changes) -> None:
        """Change some settings and save them (the settings object itself is never mutated)."""
        self.settings = dataclasses.replace(self.settings, **changes)
        self.save_settings(self.settings)

    def start_recording(self, session: Session) -> SessionRecorder | None:
        """Attach the store's recorder to a new session, when there is a store."""
        return self.recorder_factory(session) if self.recorder_factory else None

    def request(self, what: str) -> None:
        """Ask the App for something only it can do, after the current action."""
        self.requests.append(what)

    def start_library_loading(self) -> None:
        """Read the library on a thread of its own; the window goes on drawing meanwhile."""
        if self._library is not None or self._loading is not None or self.library_loader is None:
            return
        from game.packs.background import LibraryLoading

        loader = self.library_loader
        if _takes_progress(loader):
            self._loading = LibraryLoading(lambda progress: loader(progress=progress)).start()
        else:
            self._loading = LibraryLoading(lambda progress: loader()).start()

    @property
    def library_loading(self) -> LibraryLoading | None:
        """The reading under way (a `game.packs.background.LibraryLoading`), until it is done."""
        loading = self._loading
        return loading if loading is not None and not loading.done else None

    @property
    def library(self) -> Library | None:
        """Every playable pack, loaded on first use and kept (taken from the reading under
        way, waiting for it if need be)."""
        if self._library is None:
            if self._loading is not None:
                loading, self._loading = self._loading, None
                self._library = loading.result()
            elif self.library_loader is not None:
                self._library = self.library_loader()
            if self._library is not None and self.library_report is not None:
                self.library_report(self._library)
        return self._library

    def reload_library(self) -> Library | None:
        """Read the library again (the files changed): unchanged packs come from the cache."""
        self._library = None
        self._loading = None
        return self.library


def _takes_progress(loader: Callable[..., object]) -> bool:
    try:
        parameters = inspect.signature(loader).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "progress" or p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)
