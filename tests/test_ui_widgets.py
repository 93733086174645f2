"""Forms: focus, values and text fields worked by actions."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.ui.input import actions as A
from game.ui.kit.fonts import Fonts
from game.ui.kit.text import TextRenderer
from game.ui.kit.theme import NORMAL
from game.ui.kit.widgets import Button, Choice, Form, TextField, Toggle


@pytest.fixture
def text():
    pygame.font.init()
    return TextRenderer(Fonts(NORMAL))


def test_up_and_down_skip_disabled_rows(text):
    form = Form(NORMAL, text, [Button("a", "A"), Button("b", "B", enabled=False), Button("c", "C")])
    form.handle(A.Navigate(0, 1))
    assert form.focused.key == "c"
    form.handle(A.Navigate(0, 1))
    assert form.focused.key == "a"


def test_left_and_right_change_a_choice_and_report_it(text):
    choice = Choice("n", "Questions", options=[5, 10, 20], index=1, wrap=False)
    form = Form(NORMAL, text, [choice])
    assert form.handle(A.Navigate(1, 0)) == "n"
    assert choice.value == 20
    assert form.handle(A.Navigate(1, 0)) is None
    assert choice.value == 20


def test_enter_flips_a_toggle_and_activates_a_button(text):
    toggle = Toggle("t", "Sound", on=True)
    form = Form(NORMAL, text, [toggle, Button("go", "Go")])
    assert form.handle(A.Confirm()) == "t" and not toggle.on
    form.handle(A.Navigate(0, 1))
    assert form.handle(A.Confirm()) == "go"


def test_a_click_focuses_and_activates_the_row_under_it(text):
    button = Button("go", "Go")
    form = Form(NORMAL, text, [Button("x", "X"), button])
    button.rect = pygame.Rect(0, 100, 200, 50)
    form.rows[0].rect = pygame.Rect(0, 0, 200, 50)
    assert form.handle(A.Click((10, 120))) == "go"
    assert form.focused is button


def test_text_field_edits_like_a_text_box():
    field = TextField("name", "Name", text="Ann")
    field.handle_text(A.TypeText("a Lee"))
    assert field.text == "Anna Lee"
    field.handle_text(A.EditKey("home"))
    field.handle_text(A.TypeText("Dr "))
    assert field.text == "Dr Anna Lee"
    field.handle_text(A.EditKey("end"))
    field.handle_text(A.EditKey("backspace", ctrl=True))
    assert field.text == "Dr Anna "
    field.handle_text(A.EditKey("left", ctrl=True))
    assert field.cursor == 3
    field.handle_text(A.EditKey("delete"))
    assert field.text == "Dr nna "


def test_text_field_takes_accents_greek_and_cyrillic_and_refuses_what_passes_its_length():
    field = TextField("name", "Name", max_length=8)
    field.handle_text(A.TypeText("Zoë"))
    field.handle_text(A.TypeText(" Σω"))
    assert not field.handle_text(A.TypeText("Жжжж"))      # refused whole, never cut to fit
    assert field.text == "Zoë Σω" and field.refusal == "At most 8 characters fit here."
    assert field.handle_text(A.TypeText("Жж"))
    assert field.text == "Zoë ΣωЖж"
    assert len(field.text) == 8
    assert not field.handle_text(A.TypeText("ж"))


@given(st.lists(st.one_of(
    st.builds(A.TypeText, st.text(max_size=5)),
    st.builds(A.EditKey, st.sampled_from(["backspace", "delete", "left", "right", "home", "end", "a"]),
              st.booleans(), st.booleans())), max_size=40))
def test_text_field_cursor_always_stays_inside_the_text(actions):
    field = TextField("f", "F", max_length=20)
    for action in actions:
        field.handle_text(action)
        assert 0 <= field.cursor <= len(field.text) <= 20
        start, end = field.selection
        assert 0 <= start <= end <= len(field.text)
