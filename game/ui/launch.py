"""Starting the window for real: settings and records from the store, packs from the library.

`play(options)` is what `relayquiz play` calls. The display and the mixer are shut down in a
`finally`, and anything unexpected goes to the crash screen instead of making the window
vanish. Nothing is read from disk at import time.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from game.packs.library import load_library
from game.ui.app import App
from game.ui.crash import show_crash
from game.ui.services import Services
from game.ui.look.sound import SoundBank


@dataclass
class WindowOptions:
    size: tuple[int, int] | None = None      # None: the size kept in the settings
    fullscreen: bool | None = None           # None: as the settings say
    start: str = "title"
    handover: Any = None


def _say(message: str) -> None:
    print(f"relayquiz: {message}", file=sys.stderr)


def open_store():
    """The scores database, or None (with a message) when it cannot be opened at all."""
    from game.store import Store, StoreError

    try:
        store = Store()
    except (StoreError, OSError) as error:
        _say(f"scores will not be kept this time: {error}")
        return None
    if store.notice:
        _say(store.notice)
    return store


def build_services(store=None, *, autoplay: bool = False) -> Services:
    """Services wired to the player's settings file, the scores database and the pack library."""
    from game.store import SessionRecorder, load_settings, save_settings

    loaded = load_settings()
    for problem in loaded.problems:
        _say(str(problem))

    def save(settings) -> None:
        if autoplay:
            return
        try:
            save_settings(settings)
        except OSError as error:
            services.notice.show(f"Settings could not be saved: {error}")

    def library():
        found = load_library()
        for problem in found.problems:
            _say(str(problem))
        if found.problems:
            count = len({p.file for p in found.problems})
            services.notice.show(f"{count} pack file{'s' if count != 1 else ''} could not be loaded: "
                                 "run relayquiz validate to see why", 6.0)
        return found

    recorder = (lambda session: SessionRecorder(store, session)) if store is not None else None
    services = Services(settings=loaded.settings, save_settings=save, sound=SoundBank(), store=store,
                        library_loader=library, recorder_factory=recorder, autoplay=autoplay)
    if loaded.problems:
        services.notice.show(f"settings.yaml had {len(loaded.problems)} problem(s); defaults were used there", 6.0)
    if store is not None and store.notice:
        services.notice.show(store.notice, 8.0)
    return services


def play(options: WindowOptions | None = None) -> int:
    """Open the game window and run it until the player quits; 1 if it crashed."""
    options = options or WindowOptions()
    store = open_store()
    app = None
    try:
        services = build_services(store)
        settings = services.settings
        size = options.size or tuple(settings.window_size)
        fullscreen = options.fullscreen if options.fullscreen is not None else settings.fullscreen
        app = App(services, start=options.start, handover=options.handover)
        app.open(size, fullscreen)
        app.run()
        if not app.fullscreen and app.surface is not None and app.surface.get_size() != tuple(settings.window_size):
            services.update_settings(window_size=app.surface.get_size())
        return 0
    except Exception as error:  # the crash screen is the last line of defence
        show_crash(error)
        return 1
    finally:
        if app is not None:
            app.close()
        if store is not None:
            store.close()
