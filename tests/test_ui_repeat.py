"""One press is one press: a held key's repeats move the focus and edit text, nothing more.

Keys from the keyboard carry a scan code; the same key going down again before it came up is
its repeat (pygame's `set_repeat` sends those while a key is held, and they pile up while a
frame is slow). Events made by code without a scan code are presses.
"""

from __future__ import annotations

import pygame
import pytest

from bench.packgen import big_library
from game.packs.library import load_library
from game.ui.input import actions as A
from game.ui.input.keymap import ANSWER, MENU, TEXT, InputMap
from tests.uikit import make_app, make_services, run_for, typed


def down(code: int, scancode: int, mod: int = 0, text: str = "") -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=text, scancode=scancode)


def up(code: int, scancode: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode="", scancode=scancode)


ENTER = (pygame.K_RETURN, pygame.KSCAN_RETURN)
DOWN = (pygame.K_DOWN, pygame.KSCAN_DOWN)
BACKSPACE = (pygame.K_BACKSPACE, pygame.KSCAN_BACKSPACE)


@pytest.fixture(autouse=True)
def pygame_ready():
    pygame.init()
    yield


# -- at the edge ----------------------------------------------------------------------------------

def test_a_key_going_down_again_before_it_came_up_is_a_repeat():
    keys = InputMap(mode=MENU)
    assert keys.translate(down(*ENTER)) == [A.Confirm()]
    assert keys.translate(down(*ENTER)) == []                      # held: no second confirm
    assert keys.translate(up(*ENTER)) == []
    assert keys.translate(down(*ENTER)) == [A.Confirm()]           # let go and pressed again


def test_repeats_move_the_focus_and_say_they_are_repeats():
    keys = InputMap(mode=MENU)
    assert keys.translate(down(*DOWN)) == [A.Navigate(0, 1)]
    assert keys.translate(down(*DOWN)) == [A.Navigate(0, 1, repeat=True)]


@pytest.mark.parametrize("mode, code, scancode, text", [
    (MENU, pygame.K_ESCAPE, pygame.KSCAN_ESCAPE, ""),         # back
    (MENU, pygame.K_SPACE, pygame.KSCAN_SPACE, " "),           # confirm
    (MENU, pygame.K_e, pygame.KSCAN_E, "e"),                   # a hotkey
    (MENU, pygame.K_p, pygame.KSCAN_P, "p"),                   # pause
    (ANSWER, pygame.K_1, pygame.KSCAN_1, "1"),                 # an answer
    (ANSWER, pygame.K_c, pygame.KSCAN_C, "c"),                 # an answer by letter
    (TEXT, pygame.K_RETURN, pygame.KSCAN_RETURN, ""),          # confirm while typing
    (TEXT, pygame.K_s, pygame.KSCAN_S, "s"),                   # Ctrl+S
])
def test_a_repeat_never_confirms_answers_or_leaves(mode, code, scancode, text):
    mod = pygame.KMOD_LCTRL if (mode, code) == (TEXT, pygame.K_s) else 0
    keys = InputMap(mode=mode)
    assert keys.translate(down(code, scancode, mod, text)) != []
    assert keys.translate(down(code, scancode, mod, text)) == []


def test_backspace_in_a_menu_is_never_back_pressed_or_held():
    keys = InputMap(mode=MENU)
    pressed = keys.translate(down(*BACKSPACE))
    held = keys.translate(down(*BACKSPACE))
    assert pressed == [A.EditKey("backspace")] and held == [A.EditKey("backspace", repeat=True)]
    assert not any(isinstance(action, A.Back) for action in pressed + held)


def test_teacher_keys_act_once_however_long_they_are_held():
    keys = InputMap(mode=ANSWER, teacher=True)
    first = keys.translate(down(pygame.K_n, pygame.KSCAN_N, 0, "n"))
    assert first and all(isinstance(action, A.Teacher) for action in first)
    assert keys.translate(down(pygame.K_n, pygame.KSCAN_N, 0, "n")) == []


def test_repeats_edit_text_but_do_not_delete_questions():
    keys = InputMap(mode=TEXT)
    keys.translate(down(*BACKSPACE))
    assert keys.translate(down(*BACKSPACE)) == [A.EditKey("backspace", repeat=True)]
    keys.translate(down(pygame.K_LEFT, pygame.KSCAN_LEFT, pygame.KMOD_LCTRL))
    assert keys.translate(down(pygame.K_LEFT, pygame.KSCAN_LEFT, pygame.KMOD_LCTRL)) == [
        A.EditKey("left", False, True, repeat=True)]
    keys.translate(down(pygame.K_DELETE, pygame.KSCAN_DELETE, pygame.KMOD_LCTRL))
    assert keys.translate(down(pygame.K_DELETE, pygame.KSCAN_DELETE, pygame.KMOD_LCTRL)) == []
    keys.translate(down(pygame.K_UP, pygame.KSCAN_UP, pygame.KMOD_LCTRL))
    assert keys.translate(down(pygame.K_UP, pygame.KSCAN_UP, pygame.KMOD_LCTRL)) == []


def test_events_marked_as_repeats_are_repeats_and_code_made_presses_are_presses():
    keys = InputMap(mode=MENU)
    marked = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="", scancode=0, repeat=True)
    assert keys.translate(marked) == []
    plain = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="", scancode=0)
    assert keys.translate(plain) == [A.Confirm()]
    assert keys.translate(plain) == [A.Confirm()]


def test_keys_held_when_the_window_loses_focus_are_forgotten():
    keys = InputMap(mode=MENU)
    keys.translate(down(*ENTER))
    keys.translate(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    assert keys.translate(down(*ENTER)) == [A.Confirm()]


# -- in the game ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def big_folder(tmp_path_factory):
    """A library of 2,000 questions in 20 pack files."""
    folder = tmp_path_factory.mktemp("library") / "packs"
    big_library(folder, packs=20, per_pack=100)
    return folder


def test_a_held_enter_on_play_stops_at_setup_however_long_the_library_takes(big_folder):
    """The library is read as Setup opens (the frame is long); the repeats that piled up
    meanwhile arrive together, and none of them starts the game or skips the rules."""
    services = make_services(library_loader=lambda: load_library([(big_folder, True)], cache=None))
    app = make_app(services=services)
    try:
        assert app.scene.name == "title" and app.scene.form.focus == 0      # on Play
        app.step(1 / 60, [down(*ENTER)] + [down(*ENTER)] * 40)
        assert app.scene.name == "setup"
        assert len(app.services.library.entries) == 20
        for _ in range(30):
            app.step(1 / 60, [down(*ENTER)] * 2)
        assert app.scene.name == "setup"
        app.step(1 / 60, [up(*ENTER)])
        app.step(1 / 60, [down(*ENTER)])             # a new press starts, as the footer says
        assert app.scene.name == "intro"
    finally:
        app.close()


def test_holding_down_moves_through_the_title_menu():
    app = make_app()
    try:
        app.step(1 / 60, [down(*DOWN)] + [down(*DOWN)] * 2)
        assert app.scene.form.focus == 3
    finally:
        app.close()


def test_holding_backspace_in_the_pack_filter_deletes_letter_after_letter(big_folder):
    services = make_services(library_loader=lambda: load_library([(big_folder, False)], cache=None))
    app = make_app(start="packs", services=services)
    try:
        app.step(1 / 60, [typed("pack 1")])
        assert app.scene.filter.text == "pack 1"
        app.step(1 / 60, [down(*BACKSPACE)] + [down(*BACKSPACE)] * 3)
        assert app.scene.filter.text == "pa"
        assert app.scene.name == "packs"                          # Backspace never left the screen
        run_for(app, 0.2)
    finally:
        app.close()
