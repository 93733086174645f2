"""Input is translated once, at the edge: pygame events in, actions out."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.input import actions as A
from game.ui.input.keymap import ANSWER, MENU, PARTY_ZONES, TEXT, InputMap
from tests.uikit import click, drop, key, move, tap, typed


@pytest.fixture(autouse=True)
def pygame_ready():
    pygame.init()
    yield


def test_solo_answer_keys_are_numbers_and_letters():
    keys = InputMap(mode=ANSWER)
    assert keys.translate(key(pygame.K_1)) == [A.Answer(0, 0)]
    assert keys.translate(key(pygame.K_c)) == [A.Answer(0, 2)]
    assert keys.translate(key(pygame.K_KP4)) == [A.Answer(0, 3)]


def test_party_zones_answer_for_their_own_team():
    keys = InputMap(mode=ANSWER, answer_keys=[tuple((k,) for k in zone) for zone in PARTY_ZONES])
    assert keys.translate(key(pygame.K_w)) == [A.Answer(1, 1)]
    assert keys.translate(key(pygame.K_v)) == [A.Answer(3, 3)]


def test_menu_keys_navigate_confirm_and_go_back():
    keys = InputMap(mode=MENU)
    assert keys.translate(key(pygame.K_DOWN)) == [A.Navigate(0, 1)]
    assert keys.translate(key(pygame.K_LEFT)) == [A.Navigate(-1, 0)]
    assert keys.translate(key(pygame.K_RETURN)) == [A.Confirm()]
    assert keys.translate(key(pygame.K_ESCAPE)) == [A.Back()]
    assert keys.translate(key(pygame.K_1)) == [A.Hotkey("1")]


def test_global_keys_work_in_every_mode():
    for mode in (MENU, ANSWER, TEXT):
        keys = InputMap(mode=mode)
        assert keys.translate(key(pygame.K_F11)) == [A.ToggleFullscreen()]
        assert keys.translate(key(pygame.K_F1)) == [A.Help()]
        assert keys.translate(key(pygame.K_q, pygame.KMOD_LCTRL)) == [A.Quit()]
        assert keys.translate(pygame.event.Event(pygame.QUIT)) == [A.Quit()]


def test_question_mark_opens_help_except_while_typing():
    assert InputMap(mode=MENU).translate(key(pygame.K_SLASH, pygame.KMOD_SHIFT, "?")) == [A.Help()]
    assert InputMap(mode=TEXT).translate(key(pygame.K_SLASH, pygame.KMOD_SHIFT, "?")) == []
    assert InputMap(mode=TEXT).translate(typed("?")) == [A.TypeText("?")]


def test_typing_mode_turns_keys_into_edits_and_text():
    keys = InputMap(mode=TEXT)
    assert keys.translate(typed("é")) == [A.TypeText("é")]
    assert keys.translate(key(pygame.K_BACKSPACE)) == [A.EditKey("backspace")]
    assert keys.translate(key(pygame.K_LEFT, pygame.KMOD_LCTRL)) == [A.EditKey("left", ctrl=True)]
    assert keys.translate(key(pygame.K_a)) == []
    assert keys.translate(key(pygame.K_RETURN)) == [A.Confirm()]
    assert InputMap(mode=MENU).translate(typed("x")) == []


def test_mouse_touch_and_dropped_files():
    keys = InputMap(window_size=(1000, 500))
    assert keys.translate(click((10, 20))) == [A.Click((10, 20))]
    assert keys.translate(move((5, 6))) == [A.Point((5, 6))]
    assert keys.translate(tap(0.5, 0.5)) == [A.Click((500, 250))]
    touch_mouse = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(1, 1), button=1, touch=True)
    assert keys.translate(touch_mouse) == []
    assert keys.translate(drop("/tmp/a.txt")) == [A.FileDropped(Path("/tmp/a.txt"))]


def test_a_resized_window_is_one_action_and_window_events_without_a_size_are_ignored():
    keys = InputMap()
    assert keys.translate(pygame.event.Event(pygame.VIDEORESIZE, w=1600, h=900, size=(1600, 900))) == \
        [A.Resized((1600, 900))]
    assert keys.translate(pygame.event.Event(pygame.WINDOWSIZECHANGED, x=1600, y=900)) == []
    assert keys.translate(pygame.event.Event(pygame.WINDOWRESIZED, x=1600, y=900)) == []


def test_ctrl_p_and_the_pause_key_pause_even_while_typing():
    for mode in (MENU, ANSWER, TEXT):
        keys = InputMap(mode=mode)
        assert keys.translate(key(pygame.K_p, pygame.KMOD_LCTRL)) == [A.Pause()]
        assert keys.translate(key(pygame.K_PAUSE)) == [A.Pause()]
    assert InputMap(mode=TEXT).translate(key(pygame.K_p)) == []
