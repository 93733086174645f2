"""The text box, driven by scripted pygame events through the window's input translation."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.ui.input import actions as A
from game.ui.kit.clipboard import Clipboard
from game.ui.kit.fonts import Fonts
from game.ui.input.keymap import TEXT, InputMap
from game.ui.kit.textbox import EDIT, UNDO, TextBox, wrap_starts
from game.ui.kit.theme import NORMAL
from tests.uikit import key, typed

CTRL, SHIFT = pygame.KMOD_LCTRL, pygame.KMOD_LSHIFT


@pytest.fixture(scope="module", autouse=True)
def fonts():
    pygame.font.init()
    return Fonts(NORMAL)


def editing(events, box: TextBox) -> list:
    """Feed events through the input map in text mode; returns what the box said of each action."""
    inputs = InputMap(mode=TEXT)
    results = []
    for event in events:
        for action in inputs.translate(event):
            results.append(box.handle(action))
    return results


def composing(text: str, start: int | None = None) -> pygame.event.Event:
    return pygame.event.Event(pygame.TEXTEDITING, text=text, start=len(text) if start is None else start,
                              length=0)


def test_accented_text_composed_by_a_dead_key_arrives_whole():
    box = TextBox("Caf")
    editing([composing("\u00b4"), typed("\u00e9")], box)
    assert box.text == "Caf\u00e9" and box.composition == ""


def test_an_input_method_composition_is_shown_at_the_cursor_until_committed():
    box = TextBox("\u041c\u043e\u0441\u043a\u0432\u0430 ")
    editing([composing("\u4e1c\u4eac", 1)], box)
    assert box.text == "\u041c\u043e\u0441\u043a\u0432\u0430 "
    assert box.shown_text == "\u041c\u043e\u0441\u043a\u0432\u0430 \u4e1c\u4eac" and box.composition_cursor == 1
    editing([typed("\u6771\u4eac")], box)
    assert box.text == "\u041c\u043e\u0441\u043a\u0432\u0430 \u6771\u4eac" and box.composition == ""


def test_greek_and_cyrillic_typed_letter_by_letter():
    box = TextBox()
    editing([typed(ch) for ch in "\u0391\u03b8\u03ae\u03bd\u03b1 \u2014 \u0421\u043e\u0447\u0438"], box)
    assert box.text == "\u0391\u03b8\u03ae\u03bd\u03b1 \u2014 \u0421\u043e\u0447\u0438"


def test_arrows_home_end_and_word_jumps_move_the_cursor():
    box = TextBox("the Black Sea coast")
    editing([key(pygame.K_HOME)], box)
    assert box.cursor == 0
    editing([key(pygame.K_RIGHT, CTRL)], box)
    assert box.cursor == 3
    editing([key(pygame.K_RIGHT, CTRL), key(pygame.K_RIGHT)], box)
    assert box.cursor == 10
    editing([key(pygame.K_LEFT, CTRL)], box)
    assert box.cursor == 4
    editing([key(pygame.K_END)], box)
    assert box.cursor == len(box.text)


def test_shift_selects_and_typing_replaces_the_selection():
    box = TextBox("Black Sea")
    editing([key(pygame.K_HOME), key(pygame.K_RIGHT, CTRL | SHIFT)], box)
    assert box.selected_text == "Black"
    editing([typed("Red")], box)
    assert box.text == "Red Sea" and box.cursor == 3 and box.selected_text == ""


def test_ctrl_a_then_typing_replaces_everything():
    box = TextBox("old answer")
    editing([key(pygame.K_a, CTRL), typed("N")], box)
    assert box.text == "N"


def test_backspace_and_delete_by_character_and_by_word():
    box = TextBox("Sochi is on the Black Sea")
    editing([key(pygame.K_BACKSPACE, CTRL)], box)
    assert box.text == "Sochi is on the Black "
    editing([key(pygame.K_HOME), key(pygame.K_DELETE, CTRL), key(pygame.K_DELETE)], box)
    assert box.text == "is on the Black "
    editing([key(pygame.K_END), key(pygame.K_BACKSPACE)], box)
    assert box.text == "is on the Black"


def test_copy_and_paste_go_through_the_clipboard():
    clipboard = Clipboard(use_system=False)
    box = TextBox("Vladimir Putin", clipboard=clipboard)
    other = TextBox("President ", clipboard=clipboard)
    editing([key(pygame.K_a, CTRL), key(pygame.K_c, CTRL)], box)
    assert clipboard.get() == "Vladimir Putin" and box.text == "Vladimir Putin"
    editing([key(pygame.K_v, CTRL)], other)
    assert other.text == "President Vladimir Putin"


def test_cut_removes_the_selection_and_paste_puts_it_back_elsewhere():
    clipboard = Clipboard(use_system=False)
    box = TextBox("Sea Black", clipboard=clipboard)
    editing([key(pygame.K_HOME), key(pygame.K_RIGHT, CTRL | SHIFT), key(pygame.K_RIGHT, SHIFT),
             key(pygame.K_x, CTRL), key(pygame.K_END), typed(" "), key(pygame.K_v, CTRL)], box)
    assert box.text == "Black Sea "


def test_pasting_a_selection_replaces_it_and_line_breaks_become_spaces():
    clipboard = Clipboard(use_system=False)
    clipboard.put("Oleg\r\nKotov\t")
    box = TextBox("cosmonaut NAME here", clipboard=clipboard)
    box.cursor, box.anchor = 10, 14
    editing([key(pygame.K_v, CTRL)], box)
    assert box.text == "cosmonaut Oleg Kotov  here"


def test_the_system_clipboard_is_used_when_the_window_is_open():
    pygame.display.init()
    pygame.display.set_mode((200, 100))
    try:
        if not hasattr(pygame.scrap, "put_text"):
            pytest.skip("this pygame has no text clipboard")
        pygame.scrap.put_text("from another program")
        box = TextBox()
        editing([key(pygame.K_v, CTRL)], box)
        assert box.text == "from another program"
    finally:
        pygame.display.quit()


def test_the_box_keeps_its_own_undo_when_nobody_else_does():
    box = TextBox("Sochi")
    editing([typed(" is"), typed(" on"), key(pygame.K_BACKSPACE, CTRL)], box)
    assert box.text == "Sochi is "
    assert editing([key(pygame.K_z, CTRL)], box) == [EDIT]
    assert box.text == "Sochi is on"
    editing([key(pygame.K_z, CTRL)], box)
    assert box.text == "Sochi"
    editing([key(pygame.K_y, CTRL)], box)
    assert box.text == "Sochi is on"
    editing([key(pygame.K_z, CTRL | SHIFT)], box)
    assert box.text == "Sochi is "


def test_undo_and_redo_go_to_the_owner_when_it_keeps_the_history():
    calls = []
    box = TextBox("x", undo=lambda: calls.append("undo"), redo=lambda: calls.append("redo"))
    assert editing([key(pygame.K_z, CTRL), key(pygame.K_y, CTRL)], box) == [UNDO, "redo"]
    assert calls == ["undo", "redo"]


def test_the_length_limit_holds_for_typing_and_pasting():
    clipboard = Clipboard(use_system=False)
    clipboard.put("abcdef")
    box = TextBox("12", max_length=5, clipboard=clipboard)
    editing([key(pygame.K_v, CTRL), typed("z")], box)
    assert box.text == "12abc"


def test_long_text_wraps_inside_the_box_and_clicks_place_the_cursor(fonts):
    font = fonts.get("body", 20)
    text = "Just sending the torch into space would be a bit of a yawn, that was already done in 1996."
    box = TextBox(text)
    box.layout(pygame.Rect(100, 50, 200, 200), font)
    assert box.line_count > 2
    starts = wrap_starts(font, text, 200)
    lines = [text[a:b].rstrip() for a, b in zip(starts, starts[1:] + [len(text)])]
    assert all(font.size(line)[0] <= 200 for line in lines)
    assert " ".join(lines) == text
    second = starts[1]
    editing([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(101, 50 + font.get_linesize() + 2), button=1,
                                touch=False)], box)
    assert box.cursor == second
    editing([key(pygame.K_END)], box)
    assert box.cursor == starts[2] - 1
    editing([key(pygame.K_HOME, SHIFT)], box)
    assert box.selected_text == text[second:starts[2] - 1]


def test_a_word_wider_than_the_box_breaks_inside_itself(fonts):
    font = fonts.get("body", 20)
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    starts = wrap_starts(font, word, 120)
    assert len(starts) > 2
    pieces = [word[a:b] for a, b in zip(starts, starts[1:] + [len(word)])]
    assert "".join(pieces) == word and all(font.size(p)[0] <= 120 for p in pieces)


def test_drawing_shows_a_blinking_cursor(fonts):
    surface = pygame.Surface((400, 100))
    box = TextBox("")
    box.layout(pygame.Rect(10, 10, 380, 80), fonts.get("body", 24))
    colours = []
    for blink in (0.1, 0.9):
        surface.fill((0, 0, 0))
        box.blink = blink
        box.draw(surface, NORMAL, focused=True)
        colours.append(surface.get_at((10, 30))[:3])
    assert colours[0] == NORMAL.accent and colours[1] == (0, 0, 0)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(
    st.builds(A.TypeText, st.text(min_size=1, max_size=4)),
    st.builds(A.EditKey, st.sampled_from(["left", "right", "home", "end", "backspace", "delete", "a", "x", "v"]),
              st.booleans(), st.booleans()),
), max_size=40))
def test_any_keys_leave_a_consistent_box(actions):
    box = TextBox("Olympic flame", max_length=30, clipboard=Clipboard(use_system=False))
    for action in actions:
        box.handle(action)
        assert 0 <= box.cursor <= len(box.text) <= 30
        start, end = box.selection
        assert 0 <= start <= end <= len(box.text)
        assert "\n" not in box.text
