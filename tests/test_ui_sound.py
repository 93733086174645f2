"""Sound effects are synthesised in code; mute and volume are honoured."""

from __future__ import annotations

import pygame
import pytest

from game.ui.look import synth
from game.ui.look.sound import SoundBank


@pytest.mark.parametrize("name", sorted(synth.EFFECTS))
def test_every_effect_is_audible_unclipped_and_ends_in_silence(name):
    samples = synth.EFFECTS[name](22050)
    assert len(samples) > 22050 * 0.04
    peak = max(abs(v) for v in samples)
    assert 0.3 * synth.PEAK < peak <= synth.PEAK
    assert abs(samples[-1]) < 0.02 * synth.PEAK


def test_effects_are_the_same_every_time():
    assert synth.correct(22050) == synth.correct(22050)


def test_the_fanfare_is_the_longest_effect():
    lengths = {name: len(make(8000)) for name, make in synth.EFFECTS.items()}
    assert max(lengths, key=lengths.get) == "fanfare"


def test_muted_sound_bank_logs_but_plays_nothing():
    bank = SoundBank(muted=True)
    bank.play("tick")
    assert list(bank.requested) == ["tick"]


def test_volume_is_clamped_and_unknown_effects_refused():
    bank = SoundBank(volume=3)
    assert bank.volume == 1.0
    bank.volume = -1
    assert bank.volume == 0.0
    with pytest.raises(ValueError, match="no sound effect"):
        bank.play("boing")


def test_sound_bank_builds_its_effects_on_the_dummy_driver():
    bank = SoundBank()
    bank.start()
    bank.wait_ready()
    if not bank.available:
        pytest.skip(f"no mixer here: {bank.problem}")
    bank.play("correct")
    assert bank._sounds.keys() == synth.EFFECTS.keys()


def test_a_mixer_closed_while_the_effects_are_built_leaves_the_game_quiet(monkeypatch):
    bank = SoundBank()
    bank.start()
    bank.wait_ready()
    if not bank.available:
        pytest.skip(f"no mixer here: {bank.problem}")

    class ClosedUnderfoot:
        """A sound made just before the window closed the mixer."""

        def __init__(self, buffer):
            pass

        def set_volume(self, volume):
            raise pygame.error("mixer not initialized")

    monkeypatch.setattr(pygame.mixer, "Sound", ClosedUnderfoot)
    bank._sounds.clear()
    bank._build_all()                                   # as the sound thread runs it
    assert bank._sounds == {} and bank.problem == "no sound: mixer not initialized"


def test_no_memory_for_the_effects_leaves_the_game_quiet(monkeypatch):
    bank = SoundBank()
    bank.start()
    bank.wait_ready()
    if not bank.available:
        pytest.skip(f"no mixer here: {bank.problem}")

    def short_of_memory(rate):
        raise MemoryError

    monkeypatch.setattr(synth, "EFFECTS", {name: short_of_memory for name in synth.EFFECTS})
    bank._sounds.clear()
    bank._build_all()
    assert bank._sounds == {} and "not enough memory" in bank.problem
