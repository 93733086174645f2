"""Forms: focus, values and text fields worked by actions."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.ui.input import actions as A
from game.ui.kit.fonts import Fonts
from game.ui.kit.text import TextRenderer
from game.ui.kit.layout import split_rows
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


def settings_form(text, time_options):
    """Five full-width settings as the setup screen's right column has them, at 1280x720's floor."""
    text.floor_px = 16
    rows = [Choice("questions", "Questions", options=[5, 10, 20], index=1),
            Choice("time", "Time per question", options=time_options),
            Choice("difficulty", "Difficulty", options=["Any", "Easy", "Hard"]),
            Toggle("speed", "Speed points", on=True),
            Choice("points", "Points per question", options=["As the pack says", "1000"])]
    form = Form(NORMAL, text, rows)
    form.unit = 720.0
    return form


def drawn_values(form, text):
    """Each row's value as `draw_row` fits it: (size, lines, whole)."""
    from game.ui.kit import record
    from game.ui.kit.layout import Screen

    surface = pygame.Surface((1280, 720))
    with record.recording(surface) as recording:
        recording.start_frame()
        form.draw(surface, Screen(1280, 720))
    values = {row.value_text() for row in form.rows}
    return {box.name: (box.px, box.lines, box.fits) for box in recording.texts if box.name in values}


def test_settings_whose_words_fit_one_line_share_the_column_equally(text):
    form = settings_form(text, ["As the pack says", "10 seconds", "20 seconds"])
    area = pygame.Rect(655, 129, 593, 260)
    form.place_lines(area, [[row] for row in form.rows], 9)
    assert [row.rect for row in form.rows] == split_rows(area, [1] * 5, 9)
    assert all(form.floor_lines(row) == 1 for row in form.rows)


def test_a_value_too_long_for_one_line_at_the_floor_gets_a_row_tall_enough_for_two(text):
    long = "As the pack says, otherwise twenty seconds each"
    form = settings_form(text, [long, "10 seconds"])
    time = form.row("time")
    area = pygame.Rect(655, 129, 593, 260)
    form.place_lines(area, [[row] for row in form.rows], 9)
    assert form.floor_lines(time) == 2
    assert time.rect.h >= form.row_height(time, 2) > 44
    others = [row.rect.h for row in form.rows if row is not time]
    assert max(others) - min(others) <= 1 and min(others) >= form.row_height(time, 1)
    tops = [row.rect.y for row in form.rows]
    assert tops == sorted(tops) and form.rows[-1].rect.bottom <= area.bottom
    size, lines, whole = drawn_values(form, text)[long]
    assert whole and lines == 2 and size >= 16


def test_without_room_for_a_taller_row_the_rows_stay_equal(text):
    long = "As the pack says, otherwise twenty seconds each"
    form = settings_form(text, [long, "10 seconds"])
    area = pygame.Rect(655, 129, 593, 5 * 30 + 4 * 9)          # rows barely one line tall
    form.place_lines(area, [[row] for row in form.rows], 9)
    assert len({row.rect.h for row in form.rows}) == 1


def test_a_button_whose_label_needs_two_lines_at_the_floor_is_made_tall_enough(text):
    text.floor_px = 24
    label = "Review round: the five questions nobody answered"
    rows = [Button("review", label), Button("export", "Export"), Button("next", "Hall of fame")]
    form = Form(NORMAL, text, rows)
    form.unit = 1080.0
    area = pygame.Rect(0, 0, 480, 3 * 60 + 2 * 12)
    form.place_lines(area, [[row] for row in rows], 12)
    review = rows[0]
    assert form.floor_lines(review) == 2 and review.rect.h >= form.row_height(review, 2) > 60
    fitted = text.trial(label, form._button_box(review.rect), px=40, min_px=24, style="bold")
    assert fitted.fits and fitted.px >= 24
