"""Every screen renders at 1280x720, 1920x1080 and 3840x2160, and its text fits its boxes.

The text helper records every piece of text a frame fits; nothing may overflow (wrap, then
shrink, never cut) and no fitted picture may be larger than its box. Long questions, long
options and long team names are used on purpose.
"""

from __future__ import annotations

import pygame
import pytest

from game.quiz import State
from game.ui.app import App
from game.ui.handover import HallFocus, Match
from tests.uikit import LONG_NAMES, SIZES, FakeSettings, key, make_services, new_session, run_for


def audited_frame(app: App) -> list:
    """Draw one frame and return every text fitted while drawing it."""
    audit: list = []
    app.services.text.audit = audit
    app.step(1 / 60, [])
    app.services.text.audit = None
    return audit


def assert_text_fits(app: App) -> int:
    fitted = audited_frame(app)
    assert fitted, f"{app.scene.name} drew no text"
    for piece in fitted:
        assert piece.fits, f"{app.scene.name}: {piece.text!r} does not fit {piece.box} (cut: {piece.overflow})"
        width, height = piece.surface.get_size()
        assert width <= piece.box[0] + 2 and height <= piece.box[1] + 2, (app.scene.name, piece.text, piece.box)
    return len(fitted)


def open_at(size, start, handover_for=None, settings=None, store=None, library_loader=None):
    services = make_services(settings or FakeSettings(), store=store, library_loader=library_loader)
    handover = handover_for(services) if handover_for else None
    app = App(services, start=start, handover=handover)
    app.open(size)
    return app


def solo_match(services, **kwargs):
    return Match(new_session(clock=services.clock, **kwargs))


def party_match(services, teams=8, **kwargs):
    return Match(new_session(clock=services.clock, mode="party", players=LONG_NAMES[:teams], **kwargs))


def revealed(match: Match, answers=((0, 1),)):
    session = match.session
    session.start_question()
    options = len(session.current.options)
    for player, choice in answers:
        session.answer(player, choice % options if options else "Black Sea")
    match.last_result = session.reveal()
    return match


def with_standings(match: Match):
    revealed(match, [(p.index, p.index % 2) for p in match.session.players])
    match.session.show_standings()
    return match


def finished(match: Match):
    session = match.session
    while session.state is not State.FINISHED:
        if session.state is State.ASKING:
            question = session.current
            for player in session.players:
                options = len(question.options)
                session.answer(player.index, player.index % options if options else "Black Sea")
        else:
            session.proceed()
    return match


SCREENS = {
    "title": ("title", None),
    "packs": ("packs", None),
    "setup": ("setup", None),
    "settings": ("settings", None),
    "hall (empty)": ("hall", None),
    "rules, solo": ("intro", solo_match),
    "rules, party of 8": ("intro", party_match),
    "make a quiz": ("generate", None),
    "make a quiz, not a document": ("generate", lambda s: "/tmp/a picture of the Olympic stadium at night.png"),
    "question, solo": ("question", solo_match),
    "question, party of 8": ("question", party_match),
    "question, typed answer": ("question", lambda s: _typed(s)),
    "reveal, typed answer": ("reveal", lambda s: _typed(s, answer="Black Sea")),
    "reveal, solo": ("reveal", lambda s: revealed(solo_match(s))),
    "reveal, party of 8": ("reveal", lambda s: revealed(party_match(s), [(i, i % 3) for i in range(8)])),
    "standings, solo": ("standings", lambda s: with_standings(solo_match(s))),
    "standings, party of 8": ("standings", lambda s: with_standings(party_match(s))),
    "podium, solo": ("podium", lambda s: finished(solo_match(s, count=2))),
    "podium, party of 8": ("podium", lambda s: finished(party_match(s, count=2))),
    "podium, party of 2": ("podium", lambda s: finished(party_match(s, teams=2, count=2))),
}


def _typed(services, answer: str | None = None):
    """A solo session whose first question is answered by typing (revealed when `answer` is given)."""
    for seed in range(200):
        session = new_session(clock=services.clock, seed=seed)
        if session.current.typed:
            match = Match(session)
            if answer is not None:
                session.start_question()
                session.answer(0, answer)
                match.last_result = session.reveal()
            return match
    raise AssertionError("no seed puts a typed question first")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen_renders_and_its_text_fits(screen, size):
    start, handover_for = SCREENS[screen]
    app = open_at(size, start, handover_for)
    try:
        run_for(app, 0.3, dt=0.1)
        assert app.scene.name == start
        assert_text_fits(app)
    finally:
        app.close()


@pytest.mark.parametrize("settings", [FakeSettings(high_contrast=True), FakeSettings(font_scale=2.0),
                                      FakeSettings(reduced_motion=True), FakeSettings(dyslexia_font=True)],
                         ids=["high contrast", "font scale 2", "reduced motion", "dyslexia font"])
@pytest.mark.parametrize("screen", ["setup", "question, party of 8", "reveal, solo", "standings, party of 8",
                                    "podium, party of 8"])
def test_accessibility_settings_apply_on_every_screen_and_text_still_fits(screen, settings):
    start, handover_for = SCREENS[screen]
    app = open_at((1280, 720), start, handover_for, settings=settings)
    try:
        run_for(app, 0.3, dt=0.1)
        assert app.services.theme.high_contrast == settings.high_contrast
        assert app.services.theme.font_scale == settings.font_scale
        assert_text_fits(app)
    finally:
        app.close()


def test_overlays_fit_too():
    app = open_at((1280, 720), "question", party_match)
    try:
        app.step(1 / 60, [key(pygame.K_p)])
        assert app.scene.paused
        assert_text_fits(app)
        app.step(1 / 60, [key(pygame.K_ESCAPE)])
        assert app.scene.confirm is not None
        assert_text_fits(app)
        app.step(1 / 60, [key(pygame.K_F1)])
        assert app.help.visible
        assert_text_fits(app)
    finally:
        app.close()


def test_font_scale_makes_text_larger():
    sizes = []
    for scale in (1.0, 1.5):
        app = open_at((1920, 1080), "title", settings=FakeSettings(font_scale=scale))
        try:
            fitted = audited_frame(app)
            sizes.append(max(piece.px for piece in fitted if piece.text == "Play"))
        finally:
            app.close()
    assert sizes[1] > sizes[0]


def test_hall_of_fame_highlights_the_game_just_played():
    class Entry:
        def __init__(self, rank, name, total, session_id):
            self.rank, self.name, self.total, self.session_id = rank, name, total, session_id
            self.pack_key, self.pack_titles, self.mode, self.achieved_at = "p", "Pack", "solo", "2024-05-01T10:00"

    class Store:
        def hall_of_fame(self, pack=None, mode=None, limit=10):
            return [Entry(1, "Zoë", 9000, 7), Entry(2, LONG_NAMES[0], 8000, 3)]

    app = open_at((1280, 720), "hall", lambda s: HallFocus("p", "solo", 7, True), store=Store())
    try:
        fitted = audited_frame(app)
        assert any("new record" in piece.text for piece in fitted)
        assert app.scene.describe()["shown"] == [("Zoë", 9000), (LONG_NAMES[0], 8000)]
    finally:
        app.close()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=["1280x720", "1024x768"])
def test_the_pack_picker_fits_long_titles_and_descriptions(size):
    from game.packs.library import Library, PackEntry
    from tests.uikit import long_pack

    library = Library([PackEntry(long_pack(), False)] + [PackEntry(long_pack(), True) for _ in range(6)])
    for index, entry in enumerate(library.entries):
        entry.pack.id = f"long-{index}"
    app = open_at(size, "packs", library_loader=lambda: library)
    try:
        run_for(app, 0.2)
        assert_text_fits(app)
    finally:
        app.close()
