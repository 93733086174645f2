"""Playing the synthesised effects, with mute and volume, and silence when there is no sound card.

The effects are built on a background thread after the window is up (they take a few tenths
of a second), so the first frame never waits for them; an effect asked for before it is ready
is simply skipped. The latest requests are logged in `requested`, which tests read.

The samples are worked out once per process and kept, so a window opened again builds its
effects at once. Closing the window stops the builder and waits for it before the mixer shuts:
a thread still handing samples to a mixer that is being shut down can hang the process.
"""

from __future__ import annotations

import threading
from array import array
from collections import deque

import pygame

from game.ui.look import synth


class SoundBank:
    def __init__(self, volume: float = 0.8, muted: bool = False) -> None:
        self._volume = min(1.0, max(0.0, float(volume)))
        self.muted = bool(muted)
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._thread: threading.Thread | None = None
        self.available = False
        self.requested: deque[str] = deque(maxlen=256)
        self.problem: str | None = None
        self._stopping = threading.Event()

    def start(self) -> None:
        """Open the mixer (quietly doing without it if there is none) and build the effects."""
        if self._stopping.is_set():        # opened again after a stop: build afresh
            self._stopping.clear()
            self._thread = None
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
        except pygame.error as error:
            self.problem = f"no sound: {error}"
            return
        self.available = True
        if not self.muted:
            self._build_in_background()

    def _build_in_background(self) -> None:
        if self._thread is None and self.available and not self._stopping.is_set():
            self._thread = threading.Thread(target=self._build_all, name="relayquiz-sounds", daemon=True)
            self._thread.start()

    def wait_ready(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop building effects, wait for the builder and silence every channel: called before
        the mixer is shut down. Nothing is built or played after this."""
        self._stopping.set()
        self.wait_ready(timeout)
        self._sounds.clear()
        if self.available and pygame.mixer.get_init():
            pygame.mixer.stop()

    def _build_all(self) -> None:
        init = pygame.mixer.get_init()
        if not init:
            return
        rate, _size, channels = init
        for name in synth.EFFECTS:
            if self._stopping.is_set():
                return
            # A machine short of memory may refuse the samples, and a mixer shut by other means
            # than the window's close raises pygame.error: either way the game goes on without
            # sound and says why.
            try:
                sound = pygame.mixer.Sound(buffer=_samples(name, rate, channels))
                sound.set_volume(self._volume)
            except pygame.error as error:
                self.problem = f"no sound: {error}"
                return
            except MemoryError:
                self.problem = "no sound: not enough memory for the sound effects"
                return
            self._sounds[name] = sound

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = min(1.0, max(0.0, float(value)))
        for sound in list(self._sounds.values()):
            sound.set_volume(self._volume)

    def toggle_mute(self) -> bool:
        self.muted = not self.muted
        if self.muted and self.available:
            pygame.mixer.stop()
        if not self.muted:
            self._build_in_background()
        return self.muted

    def play(self, name: str) -> None:
        """Play the effect `name` (tick, lock_in, correct, wrong, fanfare) unless muted."""
        if name not in synth.EFFECTS:
            raise ValueError(f"no sound effect named {name!r}")
        self.requested.append(name)
        if self.muted or self._volume <= 0 or self._stopping.is_set():
            return
        self._build_in_background()
        sound = self._sounds.get(name)
        if sound is not None:
            sound.play()


_made: dict[tuple[str, int, int], bytes] = {}
_making = threading.Lock()


def _samples(name: str, rate: int, channels: int) -> bytes:
    """The effect `name` as raw 16-bit samples for the mixer's rate and channels, worked out
    the first time it is asked for and kept for the process."""
    key = (name, rate, channels)
    with _making:
        made = _made.get(key)
        if made is None:
            mono = synth.EFFECTS[name](rate)
            made = (mono if channels == 1 else _interleave(mono, channels)).tobytes()
            _made[key] = made
        return made


def _interleave(mono: array, channels: int) -> array:
    out = array("h", bytes(2 * len(mono) * channels))
    for channel in range(channels):
        out[channel::channels] = mono
    return out
