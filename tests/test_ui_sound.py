"""Sound effects are synthesised in code; mute and volume are honoured."""

from __future__ import annotations

import threading

import pygame
import pytest

from game.ui.look import sound as sound_module
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
    monkeypatch.setattr(sound_module, "_made", {})      # nothing kept from earlier tests
    bank._sounds.clear()
    bank._build_all()
    assert bank._sounds == {} and "not enough memory" in bank.problem


def slow_effects(monkeypatch, gate):
    """Effects that take as long as `gate` says, worked out afresh (nothing kept)."""
    real = dict(synth.EFFECTS)

    def slow(make):
        def made(rate):
            gate.wait(5)
            return make(rate)
        return made

    monkeypatch.setattr(synth, "EFFECTS", {name: slow(make) for name, make in real.items()})
    monkeypatch.setattr(sound_module, "_made", {})


def builders() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "relayquiz-sounds"]


def test_stopping_waits_for_the_builder_and_nothing_is_built_or_played_after(monkeypatch):
    gate = threading.Event()
    slow_effects(monkeypatch, gate)
    bank = SoundBank()
    bank.start()
    if not bank.available:
        pytest.skip(f"no mixer here: {bank.problem}")
    assert builders(), "the effects are built on a thread of their own"
    threading.Timer(0.2, gate.set).start()              # the effect under way finishes a little later
    bank.stop()
    assert not builders()
    assert bank._sounds == {}
    bank.play("correct")
    assert not builders() and bank._sounds == {}
    assert list(bank.requested) == ["correct"]          # still logged, never played


def test_a_bank_started_again_after_a_stop_builds_its_effects():
    bank = SoundBank()
    bank.start()
    if not bank.available:
        pytest.skip(f"no mixer here: {bank.problem}")
    bank.stop()
    bank.start()
    bank.wait_ready()
    assert bank._sounds.keys() == synth.EFFECTS.keys()


def test_effects_are_worked_out_once_and_kept_for_the_next_window(monkeypatch):
    calls = []
    real = dict(synth.EFFECTS)

    def counted(name, make):
        def made(rate):
            calls.append(name)
            return make(rate)
        return made

    monkeypatch.setattr(synth, "EFFECTS", {name: counted(name, make) for name, make in real.items()})
    monkeypatch.setattr(sound_module, "_made", {})
    for _ in range(2):
        bank = SoundBank()
        bank.start()
        if not bank.available:
            pytest.skip(f"no mixer here: {bank.problem}")
        bank.wait_ready()
        assert bank._sounds.keys() == synth.EFFECTS.keys()
        bank.stop()
    assert sorted(calls) == sorted(real)


def test_closing_the_window_while_the_effects_are_built_leaves_no_builder_running(monkeypatch):
    from tests.test_ui_screens import open_at

    gate = threading.Event()
    slow_effects(monkeypatch, gate)
    app = open_at((1280, 720), "title")
    app.step(1 / 60, [])                                # the first frame opens the mixer
    if not app.services.sound.available:
        app.close()
        pytest.skip(f"no mixer here: {app.services.sound.problem}")
    assert builders()
    threading.Timer(0.2, gate.set).start()
    app.close()
    assert not builders()
    assert not pygame.mixer.get_init()
