"""The App: owns the window, the game clock and the current scene, and runs the loop.

Each frame: events are translated into actions; global keys (F11, F1 or ?, M, Ctrl+Q) are
handled here; the rest go to the help overlay when it is open, else to the scene; then the
scene updates by the measured time and draws. When a scene finishes, the flow table names the
next one. `step(dt, events)` runs one frame with a given time step, which is how tests and
autoplay drive the game without a real clock.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import warnings
from typing import Any, Iterable

import pygame

from game import i18n
from game.i18n import _
from game.ui.input import actions as A
from game.ui.kit.chrome import footer_rect
from game.ui.flow import FLOW, LIBRARY_SCENES, LOADING, PHONE_SCENES, QUIT, RESUME, SCENES
from game.ui.kit.fx import icon
from game.ui.input.keymap import InputMap
from game.ui.kit.layout import Screen
from game.ui.kit.overlays import HelpOverlay
from game.ui.scene import Scene
from game.ui.services import Services

CAPTION = "Torch Relay Quiz"
MIN_SIZE = (800, 600)
MAX_DT = 0.1
# A still screen is woken at least this often (controllers checked, clocks kept), and its
# game time may then advance by as much, so a blinking cursor keeps its rhythm.
IDLE_WAKE = 0.5
# Room left around a window on a screen too small for it: a title bar, a taskbar.
SCREEN_MARGIN = (40, 100)
# After these the window may not show what was drawn last (uncovered, resized, restored):
# the next frame is drawn whole.
_REPAINT_EVENTS = frozenset(getattr(pygame, name) for name in (
    "VIDEOEXPOSE", "VIDEORESIZE", "WINDOWEXPOSED", "WINDOWSHOWN", "WINDOWRESTORED", "WINDOWMAXIMIZED",
    "WINDOWRESIZED", "WINDOWSIZECHANGED", "WINDOWDISPLAYCHANGED") if hasattr(pygame, name))


# While waiting, input is looked for this often: a key is seen within a 60 fps frame, and a
# waiting window wakes 60 times a second (pygame's own wait looks every millisecond).
INPUT_POLL = 1 / 60


class WallClock:
    """The real loop's time: reading the clock, sleeping, and waiting for input (which ends the
    wait within INPUT_POLL). Tests give the App a fake one to run the real loop in simulated time."""

    def now(self) -> float:
        return time.perf_counter()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    def events(self) -> list[pygame.event.Event]:
        return pygame.event.get()

    def wait(self, seconds: float) -> list[pygame.event.Event]:
        """Input that comes within `seconds`, as soon as it comes; none when it does not."""
        deadline = time.perf_counter() + seconds
        while True:
            events = pygame.event.get()
            left = deadline - time.perf_counter()
            if events or left <= 0:
                return events
            time.sleep(min(INPUT_POLL, left))


def _prefer_plain_window_pictures() -> None:
    """On X11, show frames through the X server's own image path, not an OpenGL texture.

    SDL's default uploads every frame into a texture; where OpenGL is drawn in software (an old
    laptop, a machine without a graphics driver) that costs about 15 ms of CPU a frame however
    little changed. The plain path sends only the rectangles that changed. A player's own
    SDL_FRAMEBUFFER_ACCELERATION is kept."""
    if pygame.display.get_driver() == "x11":
        os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")


def fit_to_screen(size: tuple[int, int], screen: tuple[int, int] | None) -> tuple[int, int]:
    """The window size to open: at least MIN_SIZE, and on a screen too small for `size` (a
    1024x768 projector) the largest of the same shape that fits, title bar and taskbar left
    free. `screen` is None where the screen's size means nothing (no display)."""
    width, height = max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1])
    if not screen or min(screen) <= 0:
        return width, height
    room = (max(1, screen[0] - SCREEN_MARGIN[0]), max(1, screen[1] - SCREEN_MARGIN[1]))
    if width <= room[0] and height <= room[1]:
        return width, height
    scale = min(room[0] / width, room[1] / height)
    return max(1, int(width * scale)), max(1, int(height * scale))


def _screen_size() -> tuple[int, int] | None:
    """The first screen's size, or None for a display without a screen (the dummy driver)."""
    if pygame.display.get_driver() in ("dummy", "offscreen"):
        return None
    sizes = pygame.display.get_desktop_sizes()
    return sizes[0] if sizes else None


def _display_window():
    """The display module's window as a `pygame.Window`, where this pygame-ce has one."""
    window_class = getattr(pygame, "Window", None)
    if window_class is None or not hasattr(window_class, "from_display_module"):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            return window_class.from_display_module()
        except pygame.error:
            return None


class App:
    def __init__(self, services: Services, *, start: str = "title", handover: Any = None,
                 flow: dict[tuple[str, str], str] | None = None,
                 scenes: dict[str, type[Scene]] | None = None, clock: WallClock | None = None) -> None:
        self.services = services
        self.wall = clock or WallClock()
        self.flow = dict(FLOW if flow is None else flow)
        # The game's own table imports each screen when it is first entered.
        self.scene_classes = SCENES if scenes is None else dict(scenes)
        self._start = (start, handover)
        self.surface: pygame.Surface | None = None
        self.scene: Scene | None = None
        self.input = InputMap(pads=services.pads)
        self.help = HelpOverlay(services.theme, services.text)
        self.running = False
        self.fullscreen = False
        self.windowed_size = (1280, 720)
        # The window size the player chose: the one asked for, until they resize the window
        # themselves. A window the game shrank to fit a small screen is not a choice.
        self.chosen_size = (1280, 720)
        self._given_size = (1280, 720)
        # Until the player does anything, a resize is the window manager placing the window.
        self._player_acted = False
        self.visited: list[str] = []
        self.first_frame_at: float | None = None
        self.frames_drawn = 0
        self.last_frame_at: float | None = None     # on the wall clock
        self._kept: tuple | None = None     # (scene, surface) whose last frame the window shows
        self._fade = 0.0
        self._shade: pygame.Surface | None = None
        self.frame_hooks: list = []
        # Drawn over every scene and given actions before it (see game/ui/scenes/unsaved.py): each has
        # update(dt, app), handle(action) -> bool, draw(surface), still_for() and `showing`
        # (whether draw puts anything on screen now).
        self.overlays: list = []
        self.terminate_requested = False
        self._previous_sigterm: Any = None
        self._catching_sigterm = False
        self._stop_listening: Any = None

    # -- window ---------------------------------------------------------------------------
    def open(self, size: tuple[int, int] = (1280, 720), fullscreen: bool = False) -> None:
        """Create the window and enter the first scene (pygame is started here, never on import)."""
        pygame.display.init()
        _prefer_plain_window_pictures()
        self._catch_terminate()  # after the display starts, which puts in a handler of its own
        pygame.font.init()
        pygame.display.set_caption(CAPTION)
        pygame.display.set_icon(icon("flame", 64, self.services.theme.accent))
        screen = _screen_size()
        self.chosen_size = (max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1]))
        self.windowed_size = self._given_size = fit_to_screen(size, screen)
        # Made at the screen's size, a fullscreen window starts at the screen's corner even
        # where no window manager moves it there (a bare X server, a kiosk).
        first_size = screen if fullscreen and screen else self.windowed_size
        self.surface = pygame.display.set_mode(first_size, pygame.RESIZABLE)
        if fullscreen:
            self._set_mode(True)
        self.fullscreen = fullscreen
        self.input.window_size = self.surface.get_size()
        pygame.key.set_repeat(380, 45)
        self.running = True
        # The language is the one chosen before the window opened (the command line's); a
        # change in Settings reaches every screen at the next frame.
        if self._stop_listening is None:
            self._stop_listening = i18n.on_change(self._language_changed)
        name, handover = self._start
        self._enter(name, handover)
        self._fade = 0.0     # the first screen shows at once: there is nothing to fade in from

    def _catch_terminate(self) -> None:
        """SIGTERM ends the game at the next frame, whatever the screen would ask first."""
        if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
            return

        def stop(_signum, _frame) -> None:
            self.terminate_requested = True

        try:
            self._previous_sigterm = signal.signal(signal.SIGTERM, stop)
            self._catching_sigterm = True
        except (ValueError, OSError):
            pass

    def terminate(self) -> None:
        """Stop now: the scene keeps what must not be lost, and says where on stderr."""
        note = self.scene.terminated() if self.scene is not None else None
        if note:
            print(f"relayquiz: {note}", file=sys.stderr, flush=True)
        self.running = False

    def _set_mode(self, fullscreen: bool) -> None:
        """Fullscreen at the desktop's size (no mode switch, so a projector keeps its picture)."""
        window = _display_window() if self.surface is not None else None
        if window is not None:
            screens = pygame.display.get_desktop_sizes()
            if fullscreen:
                if len(screens) == 1:
                    # One screen: cover it first, so the window fills it even where no window
                    # manager places a fullscreen window (a bare X server, a kiosk).
                    window.position = (0, 0)
                    window.size = screens[0]
                window.set_fullscreen(desktop=True)
            else:
                window.set_windowed()
                window.size = self._given_size = self.windowed_size
                if len(screens) == 1:
                    window.position = pygame.WINDOWPOS_CENTERED
            self.surface = pygame.display.get_surface()
        elif fullscreen:
            self.surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self._given_size = self.windowed_size
            self.surface = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        self.fullscreen = fullscreen
        self.input.window_size = self.surface.get_size()
        self._kept = None

    def toggle_fullscreen(self) -> None:
        if not self.fullscreen and self.surface is not None:
            self.windowed_size = self.surface.get_size()
        self._set_mode(not self.fullscreen)
        if self.services.settings.fullscreen != self.fullscreen:
            self.services.update_settings(fullscreen=self.fullscreen)

    def close(self) -> None:
        """Shut the display and the mixer down, and the phones' server; safe to call twice."""
        self._close_phones()
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None
        if self._catching_sigterm:
            # A handler set outside Python (the display's own) reads as None: the default then.
            previous = self._previous_sigterm if self._previous_sigterm is not None else signal.SIG_DFL
            try:
                signal.signal(signal.SIGTERM, previous)
            except (ValueError, OSError):
                pass
            self._catching_sigterm = False
        try:
            self.services.sound.stop()
            if pygame.mixer.get_init():
                pygame.mixer.quit()
        finally:
            pygame.display.quit()
            pygame.quit()
        self.running = False

    # -- scenes ---------------------------------------------------------------------------
    def _enter(self, name: str, handover: Any) -> None:
        if (name in LIBRARY_SCENES and LOADING in self.scene_classes
                and self.services.library_loading is not None):
            from game.ui.handover import Waiting      # (the title opens without the hand-overs)

            name, handover = LOADING, Waiting(name, handover)   # shows the reading, then resumes
        if name not in self.scene_classes:
            raise KeyError(f"no scene named {name!r}; known scenes: {', '.join(sorted(self.scene_classes))}")
        if self.scene is not None:
            self.scene.leave()
        if name not in PHONE_SCENES:
            self._close_phones()               # the game is over: so is the room's network game
        scene = self.scene_classes[name](self.services)
        self.scene = scene
        self.visited.append(name)
        scene.enter(handover)
        self._sync_input()
        self._fade = 0.0 if self.services.theme.reduced_motion else self.services.theme.scene_fade_seconds

    def _close_phones(self) -> None:
        """Close the phones' server and every phone's page, if they are open."""
        if self.services.phones is not None:
            self.services.phones.stop()
            self.services.phones = None
        self.services.phone_news = []

    def _sync_input(self) -> None:
        scene = self.scene
        self.input.mode = scene.input_mode
        self.input.answer_keys = scene.answer_keys
        self.input.teacher = scene.teacher_keys

    def _follow_outcome(self) -> None:
        scene = self.scene
        while scene is not None and scene.outcome is not None:
            outcome = scene.outcome
            key = (scene.name, outcome.name)
            if key not in self.flow:
                raise KeyError(f"the flow table has no way out of {scene.name!r} named {outcome.name!r}")
            target, handover = self.flow[key], outcome.handover
            if target == RESUME:                      # the scene a `handover.Waiting` held back
                target, handover = handover.scene, handover.handover
            if target == QUIT:
                self.running = False
                return
            self._enter(target, handover)
            scene = self.scene

    def rebuild_theme(self) -> None:
        """After a settings change: fresh theme everywhere, layouts recomputed."""
        self.services.apply_settings()
        self.help = HelpOverlay(self.services.theme, self.services.text)
        if self.scene is not None:
            self.scene.theme_changed()

    def _language_changed(self, code: str) -> None:
        self.services.request("language")

    def relabel(self) -> None:
        """After the language changed: every word shown again in the new one, at once."""
        self.help = HelpOverlay(self.services.theme, self.services.text)
        self._kept = None
        if self.scene is not None:
            self.scene.language_changed()

    # -- actions --------------------------------------------------------------------------
    def dispatch(self, action: A.Action) -> None:
        """Handle one action: global ones here, then the help overlay, then the scene."""
        if not isinstance(action, A.Resized):
            self._player_acted = True
        if isinstance(action, A.Quit):
            if self.scene is not None and not self.scene.may_quit():
                return  # the scene asks first (unsaved changes); its answer may end the game
            self.running = False
            return
        if isinstance(action, A.ToggleFullscreen):
            self.toggle_fullscreen()
            return
        if isinstance(action, A.Resized):
            current = pygame.display.get_surface() if pygame.display.get_init() else None
            if current is not None:
                self.surface = current
            self._kept = None
            self.input.window_size = self.surface.get_size() if self.surface is not None else action.size
            if self.surface is not None and not self.fullscreen:
                self.windowed_size = self.surface.get_size()
                if self.windowed_size != self._given_size and self._player_acted:   # the player resized it
                    self.chosen_size = self.windowed_size
                self._given_size = self.windowed_size
            return
        if isinstance(action, A.ToggleMute):
            muted = self.services.sound.toggle_mute()
            self.services.update_settings(mute=muted)
            self.services.notice.show(_("Sound off") if muted else _("Sound on"))
            return
        if any(overlay.handle(action) for overlay in self.overlays):
            return
        if isinstance(action, A.Help) and not self.help.visible:
            self.help.visible = True
            return
        if self.help.handle(action):
            return
        if self.scene is not None:
            self.scene.handle(action)
            self._serve_requests()
            self._sync_input()
            self._follow_outcome()

    def _serve_requests(self) -> None:
        requests, self.services.requests[:] = list(self.services.requests), []
        for what in requests:
            if what == "fullscreen":
                self.toggle_fullscreen()
            elif what == "theme":
                self.rebuild_theme()
            elif what == "language":
                self.relabel()

    def feed(self, events: Iterable[pygame.event.Event]) -> None:
        for event in events:
            if event.type in _REPAINT_EVENTS:
                self._kept = None
            for action in self.input.translate(event):
                self.dispatch(action)
                if not self.running:
                    return

    # -- frames ---------------------------------------------------------------------------
    def step(self, dt: float, events: Iterable[pygame.event.Event] | None = None, *,
             max_dt: float = MAX_DT) -> bool:
        """One frame: input, `dt` seconds of game time, drawing. False once the game should end."""
        if events is None:
            events = pygame.event.get()
        self.feed(events)
        if not self.running:
            return False
        dt = max(0.0, min(max_dt, dt))
        self.services.clock.advance(dt)
        self.services.notice.update(dt)
        if self.services.phones is not None:
            # What the phones said since the last frame reaches the session now (its clock
            # times the answers); never waits on the network.
            self.services.phone_news = self.services.phones.pump()
        self.scene.update(dt)
        for overlay in self.overlays:
            overlay.update(dt, self)
        self._serve_requests()
        self._sync_input()
        self._follow_outcome()
        if not self.running:
            return False
        self.draw()
        self._fade = max(0.0, self._fade - dt)
        for hook in list(self.frame_hooks):
            hook(self)
        return True

    def draw(self) -> None:
        surface = self.surface
        scene = self.scene
        # No text anywhere smaller than the window's floor (it follows the window's size).
        self.services.text.floor_px = Screen(*surface.get_size()).floor_text_px(self.services.theme)
        scene.ensure_layout(surface)
        kept = self._kept == (scene, surface)
        changed = scene.draw_frame(surface, kept)
        covered = False
        if self._fade > 0:
            if self._shade is None or self._shade.get_size() != surface.get_size():
                self._shade = pygame.Surface(surface.get_size())
            self._shade.fill(self.services.theme.background_top)
            self._shade.set_alpha(round(255 * self._fade / max(0.01, self.services.theme.scene_fade_seconds)))
            surface.blit(self._shade, (0, 0))
            covered = True
        if self.help.visible:
            self.help.draw(surface, scene.help_keys, scene.title)
            covered = True
        for overlay in self.overlays:
            if overlay.showing:
                overlay.draw(surface)
                covered = True
        if self.services.notice.left > 0 and self.services.notice.message:
            # At the right end of the key-hint row: the hints start at the left, the screen's
            # own content stays uncovered.
            self.services.notice.draw(surface, band=scene.hint_band() or footer_rect(self.screen))
            covered = True
        # What the App drew over the scene is the scene's to draw over again next frame.
        self._kept = None if covered else (scene, surface)
        self.frames_drawn += 1
        self.last_frame_at = self.wall.now()
        if changed is None or covered or self.first_frame_at is None:
            pygame.display.flip()
        elif changed:                    # a frame that changed nothing is not shown again
            pygame.display.update(changed)
        if self.first_frame_at is None:
            self.first_frame_at = time.perf_counter()
            # The mixer opens, the effects are made and the controllers are looked for once the
            # window shows: the first frame waits for no sound card and no game pad, and
            # nothing plays before there is a picture.
            self.services.sound.start()
            self.services.pads.start()

    @property
    def screen(self) -> Screen:
        return Screen(*self.surface.get_size())

    def still_for(self) -> float:
        """How long the picture stays as it is without input: 0 while anything moves (a scene
        animating, the fade between scenes, a notice about to go)."""
        if self._fade > 0 or self.scene is None:
            return 0.0
        wait = self.scene.still_for()
        if self.services.notice.left > 0:
            wait = min(wait, self.services.notice.left)
        for overlay in self.overlays:
            wait = min(wait, overlay.still_for())
        return max(0.0, wait)

    def frame_interval(self, fps: int = 60) -> float:
        """The shortest time between two frames now: the screen's animation rate, or the
        loop's own while screens fade into each other."""
        rate = fps if self._fade > 0 or self.scene is None else min(fps, max(1, self.scene.frame_rate))
        return 1.0 / rate

    def next_events(self, fps: int = 60) -> tuple[list[pygame.event.Event], bool]:
        """This frame's input, once the next frame is due: an animated screen waits for its next
        frame (30 a second for a flame), a still one until it is due to change by itself (at
        most IDLE_WAKE). Input ends either wait at once, though frames never come faster than
        `fps` a second. True when the loop waited."""
        wall = self.wall
        last = self.last_frame_at
        wait = self.still_for()
        if wait > 0:
            wait = min(wait, IDLE_WAKE)
        elif last is not None:
            wait = last + self.frame_interval(fps) - wall.now()
        if wait <= 0.0005:
            return wall.events(), False
        events = wall.wait(wait)      # one wake-up a frame: an idle window costs little
        if events and last is not None:
            wall.sleep(last + 1.0 / fps - wall.now())
            events += wall.events()
        return events, True

    def run(self, fps: int = 60) -> None:
        """The real loop: measured frame time in, until the player quits. Animated screens are
        drawn at the rate their animation needs (at most `fps` a second); still ones only when
        input comes or they change."""
        last = self.wall.now()
        while self.running:
            if self.terminate_requested:
                self.terminate()
                break
            events, slept = self.next_events(fps)
            now = self.wall.now()
            dt, last = now - last, now
            if not self.step(dt, events, max_dt=IDLE_WAKE + MAX_DT if slept else MAX_DT):
                break
