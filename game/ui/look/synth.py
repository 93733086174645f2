"""The game's sound effects, synthesised in code as 16-bit PCM with the standard library.

No sound files to ship or license: each effect is a few notes built from sine partials under
an envelope. Functions return mono `array('h')` samples at the given rate; `game.ui.look.sound`
turns them into mixer sounds.
"""

from __future__ import annotations

import math
from array import array

PEAK = 32767


def _note(rate: int, freq: float, seconds: float, partials: tuple[tuple[float, float], ...],
          attack: float, decay: float, sweep: float = 0.0, vibrato: float = 0.0) -> array:
    """One note: partials are (frequency multiple, amplitude); exponential decay after attack.

    `sweep` glides the pitch by that many semitones over the note; `vibrato` is its depth in
    semitones at 5.5 Hz.
    """
    count = max(1, int(rate * seconds))
    out = array("d", bytes(8 * count))
    two_pi = 2 * math.pi
    phase = 0.0
    release = min(0.02, seconds / 4)
    for i in range(count):
        t = i / rate
        bend = sweep * (t / seconds) + (vibrato * math.sin(two_pi * 5.5 * t) if vibrato else 0.0)
        f = freq * (2 ** (bend / 12)) if bend else freq
        phase += two_pi * f / rate
        env = min(1.0, t / attack) if attack > 0 else 1.0
        env *= math.exp(-t / decay)
        tail = seconds - t
        if tail < release:
            env *= tail / release
        value = 0.0
        for multiple, amplitude in partials:
            value += amplitude * math.sin(phase * multiple)
        out[i] = value * env
    return out


def _mix(rate: int, seconds: float, parts: list[tuple[float, array]]) -> array:
    """Notes placed at their start times in one buffer."""
    out = array("d", bytes(8 * int(rate * seconds)))
    for start, samples in parts:
        offset = int(start * rate)
        for i, value in enumerate(samples):
            j = offset + i
            if j >= len(out):
                break
            out[j] += value
    return out


def _pcm(samples: array, loudness: float) -> array:
    """Normalised to `loudness` of full scale, as signed 16-bit integers."""
    peak = max((abs(v) for v in samples), default=0.0) or 1.0
    scale = PEAK * loudness / peak
    return array("h", (int(v * scale) for v in samples))


BELL = ((1.0, 1.0), (2.0, 0.35), (3.01, 0.18), (4.2, 0.08))
BRASS = ((1.0, 1.0), (2.0, 0.62), (3.0, 0.42), (4.0, 0.26), (5.0, 0.16), (6.0, 0.09))
BUZZ = ((1.0, 1.0), (3.0, 0.33), (5.0, 0.18), (7.0, 0.1))
CLICK = ((1.0, 1.0), (2.02, 0.5), (3.7, 0.25))


def tick(rate: int) -> array:
    """A dry wooden click for each of the last seconds."""
    return _pcm(_note(rate, 1750, 0.06, CLICK, attack=0.001, decay=0.012), 0.55)


def lock_in(rate: int) -> array:
    """A short rising pluck when an answer is locked in."""
    return _pcm(_note(rate, 520, 0.16, BELL, attack=0.003, decay=0.05, sweep=7), 0.6)


def correct(rate: int) -> array:
    """A bright rising arpeggio (C6 E6 G6)."""
    notes = [(0.0, 1046.5), (0.08, 1318.5), (0.16, 1568.0)]
    parts = [(start, _note(rate, f, 0.5, BELL, attack=0.004, decay=0.16)) for start, f in notes]
    return _pcm(_mix(rate, 0.68, parts), 0.7)


def wrong(rate: int) -> array:
    """Two low falling notes, soft enough not to shame anyone."""
    parts = [(0.0, _note(rate, 311.1, 0.22, BUZZ, attack=0.01, decay=0.12, sweep=-1)),
             (0.18, _note(rate, 233.1, 0.34, BUZZ, attack=0.01, decay=0.16, sweep=-1))]
    return _pcm(_mix(rate, 0.54, parts), 0.55)


def fanfare(rate: int) -> array:
    """A brass call (G4 C5 E5) resolving into a held C major chord for the podium."""
    call = [(0.0, 392.0, 0.16), (0.17, 523.3, 0.16), (0.34, 659.3, 0.16)]
    parts = [(s, _note(rate, f, d, BRASS, attack=0.02, decay=0.4)) for s, f, d in call]
    for f in (523.3, 659.3, 784.0, 1046.5):
        parts.append((0.52, _note(rate, f, 1.1, BRASS, attack=0.04, decay=0.9, vibrato=0.08)))
    return _pcm(_mix(rate, 1.65, parts), 0.75)


EFFECTS = {"tick": tick, "lock_in": lock_in, "correct": correct, "wrong": wrong, "fanfare": fanfare}
