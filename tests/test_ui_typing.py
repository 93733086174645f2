"""Typed fields behave: a number box refuses letters as they are typed (and says so), a name given
in advance is selected so typing replaces it, Ctrl+A selects, and a name too long is refused
visibly rather than cut."""

from __future__ import annotations

import pygame
import pytest

from game.quiz import ScoringOptions, Session, SessionConfig
from game.quiz.config import MAX_NAME_LENGTH
from game.ui.handover import Match
from game.ui.input import actions as A
from game.ui.kit.widgets import TextField
from tests.test_ui_screens import audited_frame, open_at
from tests.uikit import focus_row as focus, key, long_pack, make_app, press, typed

FRAME = 1 / 60
CTRL = pygame.KMOD_LCTRL


def number_match(services):
    config = SessionConfig(packs=(long_pack(),), players=("Player",), question_count=1, types=("number",), seed=1,
                           scoring=ScoringOptions())
    return Match(Session(config, services.clock))


@pytest.fixture
def number_question():
    app = open_at((1280, 720), "question", number_match)
    yield app
    app.close()


def drawn(app) -> str:
    return "\n".join(piece.text for piece in audited_frame(app))


def test_a_number_box_refuses_letters_as_they_are_typed_and_says_why(number_question):
    app = number_question
    assert app.scene.question.typed and app.scene.question.type == "number"
    app.step(FRAME, [typed("f"), typed("i"), typed("v"), typed("e")])
    assert app.scene.field.text == ""
    assert "Numbers only" in drawn(app)
    app.step(FRAME, [typed("1"), typed("9"), typed("9"), typed("6")])
    assert app.scene.field.text == "1996"
    assert "Numbers only" not in drawn(app)
    press(app, pygame.K_RETURN)
    assert 0 in app.scene.session.locked_in


def test_a_number_box_takes_what_numbers_are_written_with():
    field = TextField("n", "n", numeric=True)
    for text in ("-1,996.5", " 2 500", "\u22123", "１９９６"):
        field.set_text("")
        assert field.handle_text(A.TypeText(text)), text
        assert field.text == text
    for text in ("five", "12a", "1e6", "½x"):
        field.set_text("")
        assert not field.handle_text(A.TypeText(text)), text
        assert field.text == "" and field.refusal.startswith("Numbers only")


def test_a_text_answer_box_still_takes_letters():
    app = open_at((1280, 720), "question", lambda services: Match(Session(SessionConfig(
        packs=(long_pack(),), players=("Player",), question_count=1, types=("text",), seed=1), services.clock)))
    try:
        app.step(FRAME, [typed("Black Sea")])
        assert app.scene.field.text == "Black Sea"
    finally:
        app.close()


@pytest.fixture
def setup():
    app = make_app((1280, 720), start="setup")
    yield app
    app.close()


def test_a_name_given_in_advance_is_selected_so_typing_replaces_it(setup):
    focus(setup, "name0")
    field = setup.scene.form.focused
    assert field.text == "Player" and field.selection == (0, 6)
    setup.step(FRAME, [typed("Zoë")])
    assert field.text == "Zoë"


def test_an_arrow_keeps_the_name_given_in_advance_and_edits_it(setup):
    focus(setup, "name0")
    press(setup, pygame.K_END)
    setup.step(FRAME, [typed(" 2")])
    assert setup.scene.form.focused.text == "Player 2"
    press(setup, pygame.K_HOME)
    setup.step(FRAME, [typed("My ")])
    assert setup.scene.form.focused.text == "My Player 2"


def test_ctrl_a_selects_the_whole_name_and_shift_arrows_select_part(setup):
    focus(setup, "name0")
    press(setup, pygame.K_END)
    setup.step(FRAME, [key(pygame.K_a, CTRL)])
    field = setup.scene.form.focused
    assert field.selection == (0, len("Player"))
    setup.step(FRAME, [typed("Ana")])
    assert field.text == "Ana"
    setup.step(FRAME, [key(pygame.K_LEFT, pygame.KMOD_LSHIFT), key(pygame.K_LEFT, pygame.KMOD_LSHIFT)])
    assert field.selection == (1, 3)
    press(setup, pygame.K_BACKSPACE)
    assert field.text == "A"


def test_a_name_over_the_limit_is_refused_visibly_not_cut(setup):
    focus(setup, "name0")
    setup.step(FRAME, [typed("x" * MAX_NAME_LENGTH)])
    field = setup.scene.form.focused
    assert field.text == "x" * MAX_NAME_LENGTH
    setup.step(FRAME, [typed("y")])
    assert field.text == "x" * MAX_NAME_LENGTH
    assert setup.services.notice.message == f"A name has at most {MAX_NAME_LENGTH} characters"
    assert f"A name has at most {MAX_NAME_LENGTH} characters" in drawn(setup)


def test_a_pasted_name_too_long_is_refused_whole_and_what_was_there_stays(setup):
    focus(setup, "name0")
    press(setup, pygame.K_END)
    setup.step(FRAME, [typed("Team with a name far too long to fit the box")])
    field = setup.scene.form.focused
    assert field.text == "Player"
    assert "at most" in setup.services.notice.message


def test_the_selection_is_drawn_behind_the_name(setup):
    focus(setup, "mode")
    setup.step(FRAME, [])
    rect = setup.scene.form.row("name0").rect
    plain = setup.surface.subsurface(rect).copy()
    press(setup, pygame.K_DOWN)
    setup.scene.form.caret_time = 0.7        # caret off, so only the selection differs
    setup.step(0, [])
    selected = setup.surface.subsurface(rect).copy()
    setup.scene.form.focused.anchor = None
    setup.scene.form.caret_time = 0.7
    setup.step(0, [])
    unselected = setup.surface.subsurface(rect).copy()
    assert pygame.image.tobytes(selected, "RGB") != pygame.image.tobytes(unselected, "RGB")
    assert pygame.image.tobytes(plain, "RGB") != pygame.image.tobytes(selected, "RGB")
