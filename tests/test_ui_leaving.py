"""Leaving a game from the middle of it: the question, reveal and standings screens all ask the
same question first, and staying puts the game back as it was."""

from __future__ import annotations

import pygame
import pytest

from game.quiz import State
from game.ui.scenes.ingame import LEAVE_KEY, LEAVE_QUESTION
from tests.test_ui_screens import open_at, party_match, revealed, solo_match, with_standings
from tests.uikit import press

IN_GAME = {
    "question": solo_match,
    "reveal": lambda services: revealed(solo_match(services)),
    "standings": lambda services: with_standings(party_match(services, teams=3)),
}


@pytest.mark.parametrize("start", IN_GAME)
def test_escape_asks_the_same_question_on_every_in_game_screen(start):
    app = open_at((1280, 720), start, IN_GAME[start])
    try:
        press(app, pygame.K_ESCAPE)
        assert app.scene.name == start and app.scene.confirm is not None
        assert app.scene.confirm.question == LEAVE_QUESTION
        assert LEAVE_KEY in app.scene.help_keys
    finally:
        app.close()


@pytest.mark.parametrize("start", IN_GAME)
def test_keep_playing_closes_the_question_and_stays_on_the_screen(start):
    app = open_at((1280, 720), start, IN_GAME[start])
    try:
        state = app.scene.session.state
        press(app, pygame.K_ESCAPE)
        press(app, pygame.K_ESCAPE)                  # "no": keep playing
        assert app.scene.name == start and app.scene.confirm is None
        assert app.scene.session.state is state
    finally:
        app.close()


@pytest.mark.parametrize("start", IN_GAME)
def test_leave_goes_back_to_the_title(start):
    app = open_at((1280, 720), start, IN_GAME[start])
    try:
        press(app, pygame.K_ESCAPE, pygame.K_LEFT, pygame.K_RETURN)   # "Leave"
        assert app.scene.name == "title"
    finally:
        app.close()


def test_the_question_screen_stops_the_clock_while_the_players_decide():
    app = open_at((1280, 720), "question", solo_match)
    try:
        session = app.scene.session
        press(app, pygame.K_ESCAPE)
        assert session.state is State.PAUSED
        press(app, pygame.K_ESCAPE)
        assert session.state is State.ASKING
    finally:
        app.close()


def test_while_the_question_is_open_nothing_else_is_taken():
    app = open_at((1280, 720), "reveal", lambda services: revealed(solo_match(services)))
    try:
        press(app, pygame.K_ESCAPE)
        press(app, pygame.K_SPACE)                   # would go on to the next question
        assert app.scene.name == "reveal"
    finally:
        app.close()
