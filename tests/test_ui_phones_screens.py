"""A class of sixty on phones, with long names: every screen of the game fits its text, whole and
at a readable size, at 1024x768, 1280x720 and 1920x1080, in the normal and the projector look.
(Long questions and options are the subject of test_ui_screens.py; here it is the crowd.)

The phones join the real server's roster directly and their answers go through its inbox (the
window drains both, as it does for phones on the network); the WebSocket path itself is tested
in test_ui_phones.py and test_net_play.py.
"""

from __future__ import annotations

import pygame
import pytest

from game.net.server import PhoneAnswered, PhoneJoined
from game.quiz import Mode, SessionConfig, State
from game.ui.app import App
from game.ui.classroom.crowd import CROWD
from game.ui.handover import PackChoice, TeamSetup
from game.ui.input.room import MOST_SHOWN, PHONES_ONLY, Room
from game.ui.kit.layout import Screen
from phonekit import make_link
from tests.test_ui_screens import assert_text_fits, audited_frame
from quizpacks import mixed_pack
from tests.uikit import FakeSettings, key, make_services

FRAME = 1 / 60
NAMES = tuple(f"{first} {last}"[:20] for first, last in zip(
    ("Maximilian", "Zoë Ærø", "Σπύρος", "Анастасия", "Anne-Sophie", "Bartholomew", "Ngozi", "Siobhán", "Jean-Baptiste",
     "Wolfgang", "Oluwaseun", "Kristóf", "Dagný", "Mohammed", "Priyanka", "Leilani", "Bogdan", "Hannah-Louise",
     "Yusuf", "Charlotte"),
    ("Alexanderson", "Łukasz", "Λούης", "Иванова", "Beauregard", "Kingsley", "Chukwuemeka", "Ní Bhriain", "Dupré",
     "Amadeus", "Adeyemi", "Szabó", "Sigurðardóttir", "Al-Farsi", "Raghunathan", "Kahananui", "Wiśniewski", "Ward",
     "Demirtaş", "O'Brien")))
CLASS = tuple(f"{name[:17]} {n}" for n in range(1, 4) for name in NAMES)      # sixty names, 18 to 20 long


def class_on_phones(size, settings, top_five=True) -> tuple[App, object]:
    link = make_link()
    for name in CLASS:
        phone = link.roster.join(name, None)
        link.inbox.put(PhoneJoined(phone.id))
    services = make_services(settings)
    services.phones = link
    config = SessionConfig(packs=(mixed_pack("torch", 4),), players=("Front row", "Back row"), mode=Mode.CLASSROOM,
                           question_count=3, types=("choice", "truefalse"), seed=2)
    room = Room.default(2, classroom=True)
    room.phones, room.top_five = PHONES_ONLY, top_five
    app = App(services, start="lobby", handover=TeamSetup(config, PackChoice(), room))
    app.open(size)
    return app, link


def answer_most(app: App, link) -> None:
    """Three quarters of the class answer, a third of them wrongly."""
    session = app.scene.session
    question = session.current
    for index, view in enumerate(link.players()[: len(CLASS) * 3 // 4]):
        choice = question.correct_option if index % 3 else (question.correct_option + 1) % len(question.options)
        link.roster.claim_answer(view.id, question.number)
        link.inbox.put(PhoneAnswered(view.id, question.number, choice))
    app.step(FRAME, [])


READABLE_PX = 16      # no text smaller anywhere at 1280x720 (test_ui_readable.py's floor)


def fits_after_fade(app: App) -> list:
    for _ in range(40):
        app.step(FRAME, [])
    assert_text_fits(app)
    drawn = audited_frame(app)
    if app.surface.get_size() == (1280, 720):
        small = [(p.text, p.px) for p in drawn if p.px < READABLE_PX]
        assert small == [], f"{app.scene.name}: text under {READABLE_PX} px"
    return drawn


@pytest.mark.parametrize("settings", [FakeSettings(), FakeSettings(projector=True)], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_of_a_class_of_sixty_fits_whole_and_readable(size, settings):
    app, link = class_on_phones(size, settings)
    try:
        theme, screen = app.services.theme, Screen(*size)
        fits_after_fade(app)
        assert app.scene.name == "lobby" and len(app.scene.describe()["players"]) == 60
        app.step(FRAME, [key(pygame.K_RETURN)])
        assert app.scene.name == "intro" and len(app.scene.session.players) == 60
        fits_after_fade(app)
        app.step(FRAME, [key(pygame.K_RETURN)])
        answer_most(app, link)
        assert app.scene.name == "question"
        drawn = fits_after_fade(app)
        counter = next(p for p in drawn if p.text == "45 of 60")
        assert counter.px >= screen.text_px(theme, theme.size_body)   # the count is read from the back
        app.step(FRAME, [key(pygame.K_r, pygame.KMOD_LCTRL)])
        assert app.scene.name == "reveal"
        drawn = fits_after_fade(app)
        assert any(p.text == "45 of 60 got it" or p.text.endswith("of 60 got it") for p in drawn)
        app.step(FRAME, [key(pygame.K_RETURN)])
        assert app.scene.name == "standings" and len(app.scene.track.lanes) == 5
        drawn = fits_after_fade(app)
        assert any(p.text.endswith("the top 5 of 60") for p in drawn)
        session = app.scene.session
        app.step(FRAME, [key(pygame.K_e, pygame.KMOD_LCTRL)])     # the teacher ends the round
        app.step(FRAME, [key(pygame.K_y, text="y")])
        assert app.scene.name == "podium"
        assert len(app.scene.finishers) == 5
        drawn = fits_after_fade(app)
        assert any("The top 5 of 60 players" in p.text for p in drawn)
        assert session.state is State.FINISHED
    finally:
        app.close()
        link.stop()


def test_everyone_in_the_standings_of_a_large_room_is_still_a_readable_few():
    app, link = class_on_phones((1024, 768), FakeSettings(), top_five=False)
    try:
        app.step(FRAME, [key(pygame.K_RETURN)])
        app.step(FRAME, [key(pygame.K_RETURN)])
        answer_most(app, link)
        app.step(FRAME, [key(pygame.K_r, pygame.KMOD_LCTRL)])
        app.step(FRAME, [key(pygame.K_RETURN)])
        assert app.scene.name == "standings" and len(app.scene.track.lanes) == MOST_SHOWN
        fits_after_fade(app)
    finally:
        app.close()
        link.stop()


def test_the_lobby_pages_a_class_too_large_for_one_screen_and_shows_the_page_of_the_chosen_name():
    app, link = class_on_phones((1024, 768), FakeSettings(projector=True))
    try:
        app.step(FRAME, [])
        scene = app.scene
        grid = scene._grid(len(CLASS))
        assert grid.capacity < len(CLASS) and grid.first == 0
        for _ in range(round(5.2 / FRAME)):       # the pages take turns
            app.step(FRAME, [])
        assert scene._grid(len(CLASS)).first == grid.capacity
        app.step(FRAME, [key(pygame.K_LEFT)])      # the first name chosen: its page comes back
        assert scene._grid(len(CLASS)).first == 0
        assert CROWD <= len(CLASS)
    finally:
        app.close()
        link.stop()
