"""Starting the window for real: settings and records from the store, packs from the library.

`play(options)` is what `relayquiz play` calls. The display and the mixer are shut down in a
`finally`, and anything unexpected goes to the crash screen instead of making the window
vanish. Nothing is read from disk at import time.
"""

from __future__ import annotations

import signal
import sys
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game import interrupts
from game.i18n import _, ngettext
from game.ui.app import App
from game.ui.crash import show_crash
from game.ui.scenes.unsaved import UnsavedScores
from game.ui.services import Services
from game.ui.look.sound import SoundBank

if TYPE_CHECKING:
    from game.net import PhoneLink


@dataclass
class WindowOptions:
    size: tuple[int, int] | None = None      # None: the size kept in the settings
    fullscreen: bool | None = None           # None: as the settings say
    start: str = "title"
    handover: Any = None
    # The phones' server started by `relayquiz play --phones`: the window opens on the setup
    # of a classroom game, which leads to the lobby, and closes the server when the game ends.
    phones: PhoneLink | None = None


def _say(message: str) -> None:
    print(f"relayquiz: {message}", file=sys.stderr)


def open_store():
    """The scores database, or None (with a message) when it cannot be opened at all."""
    return opened_store()[0]


def opened_store():
    """The scores database and None, or None and why it cannot be opened (said on stderr too)."""
    from game.store import Store, StoreError

    try:
        store = Store()
    except (StoreError, OSError) as error:
        _say(_("scores will not be kept this time: {error}").format(error=error))
        return None, str(error)
    if store.notice:
        _say(store.notice)
    return store, None


def build_services(store=None, *, autoplay: bool = False) -> Services:
    """Services wired to the player's settings file, the scores database and the pack library."""
    from game.store.settings import load_settings, save_settings

    loaded = load_settings()
    for problem in loaded.problems:
        _say(str(problem))

    def save(settings) -> None:
        if autoplay:
            return
        try:
            save_settings(settings)
        except OSError as error:
            services.notice.show(_("Settings could not be saved: {error}").format(error=error))

    def library(progress=None):
        from game.packs.library import load_library

        return load_library(progress=progress)

    def report(found) -> None:
        for problem in found.problems:
            _say(str(problem))
        if found.problems:
            count = len({p.file for p in found.problems})
            services.notice.show(ngettext("{count} pack file could not be loaded: run relayquiz validate to see why",
                                          "{count} pack files could not be loaded: run relayquiz validate to see why",
                                          count).format(count=count), 6.0)

    def recorder(session):
        if services.store is None:
            return None
        from game.wiring.recorder import SessionRecorder

        return SessionRecorder(services.store, session)

    services = Services(settings=loaded.settings, save_settings=save, sound=SoundBank(), store=store,
                        library_loader=library, library_report=report, recorder_factory=recorder,
                        autoplay=autoplay)
    if loaded.problems:
        count = len(loaded.problems)
        services.notice.show(ngettext("settings.yaml had {count} problem; defaults were used there",
                                      "settings.yaml had {count} problems; defaults were used there",
                                      count).format(count=count), 6.0)
    _notice_store(services)
    return services


def remember_window_size(app: App, services: Services) -> None:
    """Keep the window size the player chose (by resizing the window, or asking for a size),
    never the smaller size the game opened at to fit a small screen."""
    if tuple(app.chosen_size) != tuple(services.settings.window_size):
        services.update_settings(window_size=tuple(app.chosen_size))


def _notice_store(services: Services) -> None:
    if services.store is not None and services.store.notice:
        services.notice.show(services.store.notice, 8.0)


# The screens a player most likely opens next, prepared while the title shows.
NEXT_SCREENS = ("setup", "packs", "intro", "question", "reveal", "standings", "podium", "hall", "settings")


def _prepare_screens(names: tuple[str, ...] = NEXT_SCREENS) -> None:
    """Import the screens' modules, so the first Play does not wait for them."""
    from game.ui.flow import SCENES

    for name in names:
        SCENES[name]


def _after_first_frame(app: App) -> None:
    """Once the title shows: open the scores (when not open yet), read the packs and prepare
    the next screens on threads of their own; the title stays live meanwhile."""
    app.frame_hooks.remove(_after_first_frame)
    if app.services.store is None:
        app.services.store, app.services.store_problem = opened_store()
        _notice_store(app.services)
    app.services.start_library_loading()
    threading.Thread(target=_prepare_screens, name="relayquiz-screens", daemon=True).start()


def play(options: WindowOptions | None = None) -> int:
    """Open the game window and run it until the player quits: 0, or 1 if it crashed or a
    session's scores could not be saved anywhere, or 143 when stopped by SIGTERM."""
    options = options or WindowOptions()
    # The title needs no scores: they are opened once it shows. Any other first screen gets
    # them at once.
    store, store_problem = opened_store() if options.start != "title" else (None, None)
    app = services = None
    try:
        services = build_services(store)
        services.store_problem = store_problem
        settings = services.settings
        size = options.size or tuple(settings.window_size)
        fullscreen = options.fullscreen if options.fullscreen is not None else settings.fullscreen
        start = options.start
        if options.phones is not None:
            services.phones = options.phones
            start = "setup" if start == "title" else start
        app = App(services, start=start, handover=options.handover)
        watch = UnsavedScores(services)
        app.overlays.append(watch)
        app.open(size, fullscreen)
        app.frame_hooks.append(_after_first_frame)
        try:
            app.run()
        except (KeyboardInterrupt, interrupts.Terminated):
            with interrupts.held():
                watch.end_sessions_early()
            raise
        if app.terminate_requested:
            watch.end_sessions_early()
        remember_window_size(app, services)
        if _report_unsaved(watch):
            return 1
        return 128 + signal.SIGTERM if app.terminate_requested else 0
    except Exception as error:  # the crash screen is the last line of defence
        show_crash(error)
        return 1
    finally:
        if app is not None:
            app.close()
        store = services.store if services is not None else store
        if store is not None:
            store.close()


def _report_unsaved(watch: UnsavedScores) -> bool:
    """Say on stderr which sessions' results were not kept anywhere; True if any."""
    unsaved = watch.unsaved()
    for watched in unsaved:
        played = sum(1 for r in watched.session.results if not r.skipped)
        why = watched.problem or _("scores will not be kept this time: {error}").format(error=watch.store_problem)
        _say(ngettext("a session of {count} question was not saved: {reason}",
                      "a session of {count} questions was not saved: {reason}", played).format(count=played, reason=why))
    return bool(unsaved)
