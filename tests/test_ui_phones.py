"""Phones through the window: the team screen's Phones option, the lobby, a whole game of phones
and keyboard zones, and the records afterwards.

The window is driven with `App.step` and key presses; the phones are real WebSocket clients on
127.0.0.1 (tests/phonekit.py). The test never pumps the link itself: the window does, once a
frame, as it does in a classroom.
"""

from __future__ import annotations

import asyncio
import csv
import socket
import time

import pygame
import pytest

from game.quiz import Mode, SessionConfig, State
from game.store import Store
from game.wiring import SessionRecorder
from game.ui.app import App
from game.ui.classroom.crowd import answered_count, tile_counts
from game.ui.handover import PackChoice, TeamSetup
from game.ui.input.room import PHONES_BESIDE, PHONES_IN_TEAMS, PHONES_ONLY
from game.ui.look.sound import SoundBank
from game.ui.services import Services
from phonekit import CODE, WAIT, Phone, make_link
from quizpacks import mixed_pack, single_type_pack
from tests.uikit import FakeSettings, key, typed

FRAME = 1 / 60
TEAMS = ("Front row", "Back row")


@pytest.fixture
def store():
    opened = Store()
    yield opened
    opened.close()


@pytest.fixture
def link():
    made = make_link()
    yield made
    made.stop()


def open_window(store, link=None, *, pack=None, types=("choice", "truefalse"), count=3, teams=TEAMS,
                settings=None, size=(1280, 720)) -> App:
    """The window on the team screen of a classroom game, the phones served (as `play --phones` does)."""
    services = Services(settings=settings or FakeSettings(), save_settings=lambda s: None, sound=SoundBank(),
                        store=store, library_loader=lambda: None,
                        recorder_factory=lambda session: SessionRecorder(store, session))
    services.phones = link
    config = SessionConfig(packs=(pack or single_type_pack("quiz", "choice", 8),), players=teams,
                           mode=Mode.CLASSROOM, question_count=count, types=types, seed=4)
    app = App(services, start="teams", handover=TeamSetup(config, PackChoice()))
    app.open(size)
    return app


def press(app: App, *codes: int, mod: int = 0) -> None:
    for code in codes:
        app.step(FRAME, [key(code, mod)])


def choose_phones(app: App, mode: str | None) -> None:
    """On the team screen, set the Phones row by keys."""
    form = app.scene.form
    while form.focused is None or form.focused.key != "phones":
        press(app, pygame.K_UP)
    order = [None, PHONES_ONLY, PHONES_BESIDE, PHONES_IN_TEAMS]
    for _ in range(len(order)):
        if form.row("phones").value == mode:
            return
        step = 1 if order.index(mode) > order.index(form.row("phones").value) else -1
        press(app, pygame.K_RIGHT if step > 0 else pygame.K_LEFT)


async def frames(app: App, done, what: str, seconds: float = FRAME) -> None:
    """Run the window (frames of `seconds` game time) until `done()`, letting the phones talk."""
    deadline = time.monotonic() + WAIT
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"the window never got to {what}; it shows {app.scene.describe()}")
        app.step(seconds, [])
        await asyncio.sleep(0.003)


async def join(app: App, link, name: str, team: int | None = None) -> Phone:
    """A phone joins while the window runs; returns once the window's lobby lists it."""
    phone = await Phone.open(link)
    message = {"type": "join", "code": CODE, "name": name}
    if team is not None:
        message["team"] = team
    await phone.send(message)
    await phone.next("welcome")
    # The window's frames pump the link: the phone is then told where the game is.
    phone.first_state = await state(app, phone, lambda m: True, f"{name}'s first state")
    assert app.scene.name != "lobby" or name in app.scene.describe()["players"]
    return phone


async def state(app: App, phone: Phone, where, what: str) -> dict:
    """The next state the phone is sent that `where` accepts, running the window meanwhile."""
    found: list[dict] = []

    async def read():
        found.append(await phone.next("state", where))

    reader = asyncio.ensure_future(read())
    try:
        await frames(app, lambda: bool(found), what)
    finally:
        if not reader.done():
            reader.cancel()
    return found[0]


def run(scenario) -> None:
    asyncio.run(scenario)


# -- the team screen and the lobby ---------------------------------------------------------


def test_the_phones_option_serves_the_page_and_off_closes_it(store):
    app = open_window(store, settings=FakeSettings(phones_port=0))
    try:
        assert app.services.phones is None
        choose_phones(app, PHONES_ONLY)
        link = app.services.phones
        assert link is not None and link.running and link.address.startswith("http://")
        assert app.scene.room.phones == PHONES_ONLY and app.scene.room.top_five   # a class: the best five
        choose_phones(app, None)
        assert app.services.phones is None and not link.running
        assert app.scene.room.phones is None
    finally:
        app.close()


def test_a_port_in_use_is_said_on_the_team_screen_and_the_option_stays_off(store):
    with socket.socket() as blocker:          # another program holds the port on every address
        blocker.bind(("0.0.0.0", 0))
        blocker.listen()
        app = open_window(store, settings=FakeSettings(phones_port=blocker.getsockname()[1]))
        try:
            choose_phones(app, PHONES_ONLY)
            assert app.services.phones is None and app.scene.room.phones is None
            assert app.scene.form.row("phones").value is None
            assert "Phones cannot join" in app.scene.problems[0] and "choose another port" in app.scene.problems[0]
        finally:
            app.close()


def test_phones_join_the_lobby_live_and_the_teacher_renames_and_removes_them(store, link):
    async def scenario():
        app = open_window(store, link)
        try:
            assert app.scene.room.phones == PHONES_ONLY          # served already: the game is for phones
            press(app, pygame.K_RETURN)
            assert app.scene.name == "lobby"
            shown = app.scene.describe()
            assert shown["code"] == CODE and shown["address"] == link.address and shown["players"] == []
            ana = await join(app, link, "Ana")
            ben = await join(app, link, "Ben")
            cleo = await join(app, link, "Cleo")
            assert app.scene.describe()["players"] == ["Ana", "Ben", "Cleo"]
            assert ana.first_state == {"type": "state", "phase": "lobby"}

            press(app, pygame.K_RIGHT, pygame.K_RIGHT)            # Ana, then Ben
            app.step(FRAME, [key(pygame.K_r, text="r")])
            assert app.scene.describe()["renaming"]
            for _ in "Ben":
                press(app, pygame.K_BACKSPACE)
            app.step(FRAME, [typed("Cleo")])
            press(app, pygame.K_RETURN)                          # taken: refused in words
            assert app.scene.describe()["renaming"] and "already" in app.scene.rename_problem
            press(app, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE)
            app.step(FRAME, [typed("Benedict")])
            press(app, pygame.K_RETURN)
            assert not app.scene.describe()["renaming"]
            assert app.scene.describe()["players"] == ["Ana", "Benedict", "Cleo"]
            assert (await ben.next("you"))["name"] == "Benedict"

            press(app, pygame.K_RIGHT)                           # Cleo
            app.step(FRAME, [key(pygame.K_DELETE)])
            assert app.scene.confirm is not None
            app.step(FRAME, [key(pygame.K_y, text="y")])
            assert app.scene.describe()["players"] == ["Ana", "Benedict"]
            assert "teacher" in (await cleo.next("removed"))["reason"]
            await ana.close()
            await ben.close()
            await cleo.close()
        finally:
            app.close()
    run(scenario())


def test_the_lobby_will_not_start_before_anyone_joins_and_esc_keeps_the_phones(store, link):
    async def scenario():
        app = open_window(store, link)
        try:
            press(app, pygame.K_RETURN, pygame.K_RETURN)
            assert app.scene.name == "lobby" and "Nobody has joined" in app.scene.describe()["problem"]
            ana = await join(app, link, "Ana")
            assert app.scene.describe()["problem"] == ""
            press(app, pygame.K_ESCAPE)
            assert app.scene.name == "teams" and link.running
            press(app, pygame.K_RETURN)
            assert app.scene.describe()["players"] == ["Ana"]
            await ana.close()
        finally:
            app.close()
    run(scenario())


def test_back_from_the_rules_returns_to_the_lobby_and_the_phones_to_waiting_there(store, link):
    async def scenario():
        app = open_window(store, link)
        try:
            press(app, pygame.K_RETURN)
            ana = await join(app, link, "Ana")
            press(app, pygame.K_RETURN)
            assert app.scene.name == "intro" and link.session is app.scene.session
            await state(app, ana, lambda m: m["phase"] == "waiting", "Ana seated, waiting for the first question")
            press(app, pygame.K_ESCAPE)
            assert app.scene.name == "lobby" and link.session is None
            assert (await state(app, ana, lambda m: m["phase"] == "lobby", "the lobby again"))
            await ana.close()
        finally:
            app.close()
    run(scenario())


def test_leaving_for_the_title_closes_the_phones(store, link):
    app = open_window(store, link)
    try:
        press(app, pygame.K_ESCAPE)
        assert app.scene.name == "setup" and link.running
        press(app, pygame.K_ESCAPE)
        assert app.scene.name == "title"
        assert app.services.phones is None and not link.running
    finally:
        app.close()


def test_the_window_closing_closes_the_phones(store, link):
    app = open_window(store, link)
    app.close()
    assert not link.running and app.services.phones is None


# -- playing --------------------------------------------------------------------------------


def wrong(question) -> int:
    return (question.correct_option + 1) % len(question.options)


def test_a_mixed_room_plays_to_the_end_and_the_records_and_report_hold_every_phone(store, link):
    """Two keyboard teams beside three phones; a fourth phone comes late; the teacher pauses."""
    async def scenario():
        app = open_window(store, link, count=3)
        try:
            choose_phones(app, PHONES_BESIDE)
            press(app, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN, pygame.K_DOWN)
            assert app.scene.form.focused.key == "start"
            press(app, pygame.K_RETURN)
            phones = {name: await join(app, link, name) for name in ("Ana", "Ben", "Cleo")}
            lobby = app.scene.describe()
            assert lobby["players"] == ["Ana", "Ben", "Cleo"]
            press(app, pygame.K_RETURN)
            assert app.scene.name == "intro"
            assert [p.name for p in app.scene.session.players] == ["Front row", "Back row", "Ana", "Ben", "Cleo"]
            press(app, pygame.K_RETURN)
            assert app.scene.name == "question"
            session = app.scene.session
            recorder = app.scene.match.recorder
            late: Phone | None = None
            while session.state is not State.FINISHED:
                assert app.scene.name == "question"
                q = session.current
                for name, phone in phones.items():
                    await state(app, phone, lambda m: m["phase"] == "question" and m["number"] == q.number,
                                f"question {q.number} on {name}")
                assert answered_count(session) == (0, 5 if q.number == 1 else 6)
                if q.number == 1:
                    late = await join(app, link, "Dev")       # comes in at the next question
                    assert answered_count(session) == (0, 5)
                    press(app, pygame.K_p)                   # the teacher pauses: the phones are told
                    paused = await state(app, phones["Ana"], lambda m: m.get("paused"), "paused on Ana")
                    assert paused["number"] == q.number
                    press(app, pygame.K_p)
                    await state(app, phones["Ana"], lambda m: not m.get("paused"), "going on for Ana")
                else:
                    phones["Dev"] = late
                app.step(0.5, [])
                await phones["Ana"].send({"type": "answer", "question": q.number, "choice": q.correct_option})
                await frames(app, lambda: 2 in session.locked_in, "Ana locked in")
                await phones["Ben"].send({"type": "answer", "question": q.number, "choice": wrong(q)})
                await frames(app, lambda: 3 in session.locked_in, "Ben locked in")
                press(app, pygame.K_1 + q.correct_option)          # Front row's zone: 1 2 3 4
                assert answered_count(session)[0] == 3
                app.step(FRAME, [key(pygame.K_r, mod=pygame.KMOD_LCTRL)])   # the teacher reveals
                assert app.scene.name == "reveal"
                counts = tile_counts(session.result)
                shares = [tile.share for tile in app.scene.tiles.tiles]
                assert shares == [c / len(session.result.answers) for c in counts]
                assert counts[q.correct_option] == 2 and counts[wrong(q)] == 1
                result = await state(app, phones["Ana"], lambda m: m["phase"] == "result", "Ana's result")
                assert result["correct"] and result["points"] == session.result.answers[2].points
                press(app, pygame.K_RETURN)
                if app.scene.name == "standings":
                    assert len(app.scene.track.lanes) == 5          # the top five, by default with phones
                    press(app, pygame.K_RETURN, pygame.K_RETURN)
            assert app.scene.name == "podium" and len(app.scene.finishers) == 5
            final = await state(app, phones["Ana"], lambda m: m["phase"] == "finished", "Ana's final place")
            assert final["score"] == session.players[2].score > 0
            assert [p.name for p in session.players] == ["Front row", "Back row", "Ana", "Ben", "Cleo", "Dev"]
            assert session.players[5].first_question == 1
            press(app, pygame.K_RETURN, pygame.K_RETURN)
            assert app.scene.name == "summary"
            app.step(FRAME, [key(pygame.K_e, text="e")])
            exported = app.scene.describe()["exported"]
            assert len(exported) == 2
            press(app, pygame.K_DOWN, pygame.K_DOWN)
            assert app.scene.form.focused.key == "next"
            press(app, pygame.K_RETURN)
            assert app.scene.name == "hall"
            assert app.services.phones is None and not link.running     # the game is over: so is the server
            for phone in [*phones.values()]:
                await phone.close()
        finally:
            app.close()
        return session, recorder, exported

    session, recorder, exported = asyncio.run(scenario())
    everyone = {p.name: p.score for p in session.players}
    summary = store.session(recorder.session_id)
    assert summary.status == "finished"
    assert {p.name: p.score for p in summary.players} == everyone
    history = store.sessions(limit=5)
    assert history[0].id == recorder.session_id and {p.name for p in history[0].players} == set(everyone)
    fame = store.hall_of_fame(limit=50)
    assert {e.name for e in fame if e.session_id == recorder.session_id} >= {"Ana", "Front row"}
    csv_path, html_path = (p for p in exported)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for name in ("Ana", "Ben", "Cleo", "Dev"):
        assert any(r["player"] == name for r in rows)
    ana_rows = [r for r in rows if r["player"] == "Ana"]
    assert [r["result"] for r in ana_rows] == ["right"] * 3
    assert sum(int(r["points"]) for r in ana_rows) == everyone["Ana"]
    dev_rows = [r for r in rows if r["player"] == "Dev"]
    assert len(dev_rows) == 2                                    # from the second question on
    page = open(html_path, encoding="utf-8").read()
    for name in ("Ana", "Ben", "Cleo", "Dev", "Front row"):
        assert name in page


def test_phones_only_type_their_answers_and_the_projector_takes_no_typing(store, link):
    async def scenario():
        app = open_window(store, link, pack=mixed_pack("torch", 3), types=("number", "text"), count=2)
        try:
            press(app, pygame.K_RETURN)
            ana = await join(app, link, "Ana")
            press(app, pygame.K_RETURN, pygame.K_RETURN)
            assert app.scene.name == "question"
            session = app.scene.session
            assert session.config.typed_answers and app.scene.question.typed
            assert app.scene.input_mode != "text"                 # the laptop's keys stay the teacher's
            app.step(FRAME, [typed("1996")])
            press(app, pygame.K_RETURN)
            assert session.locked_in == frozenset()
            q = session.current
            await state(app, ana, lambda m: m["phase"] == "question", "the question on Ana")
            await ana.send({"type": "answer", "question": q.number, "text": q.answer_text.split(" (")[0]})
            await frames(app, lambda: app.scene.name == "reveal", "the reveal after everyone answered", 0.2)
            assert session.result.answers[0].correct
            await ana.close()
        finally:
            app.close()
    run(scenario())


def test_phones_join_the_teams_and_a_team_answers_with_its_first_lock_in(store, link):
    async def scenario():
        app = open_window(store, link, count=2)
        try:
            choose_phones(app, PHONES_IN_TEAMS)
            for _ in range(5):
                press(app, pygame.K_DOWN)
                if app.scene.form.focused is not None and app.scene.form.focused.key == "start":
                    break
            press(app, pygame.K_RETURN)
            assert app.scene.name == "lobby"
            ana = await join(app, link, "Ana", team=1)
            ben = await join(app, link, "Ben", team=1)
            press(app, pygame.K_RETURN, pygame.K_RETURN)
            session = app.scene.session
            assert [p.name for p in session.players] == list(TEAMS)
            assert not session.config.open_room
            q = session.current
            await state(app, ben, lambda m: m["phase"] == "question", "the question on Ben")
            await ana.send({"type": "answer", "question": q.number, "choice": q.correct_option})
            await frames(app, lambda: 1 in session.locked_in, "Back row locked in by Ana")
            await ben.send({"type": "answer", "question": q.number, "choice": wrong(q)})
            told = await state(app, ben, lambda m: m.get("locked"), "Ben told his team answered")
            assert told["team_answered"]
            press(app, pygame.K_1 + wrong(q))                        # Front row on its keys
            await frames(app, lambda: app.scene.name == "reveal", "the reveal", 0.2)
            answers = session.result.answers
            assert answers[1].correct and not answers[0].correct
            await ana.close()
            await ben.close()
        finally:
            app.close()
    run(scenario())


def test_a_game_started_with_phones_is_set_up_as_a_classroom_whose_team_screen_leads_to_the_lobby(link):
    from tests.uikit import make_services

    services = make_services()
    services.phones = link                    # as `relayquiz play --phones` hands it to the window
    app = App(services, start="setup")
    app.open((1280, 720))
    try:
        assert app.scene.form.row("mode").value == "classroom"
        while app.scene.form.focused.key != "start":
            press(app, pygame.K_DOWN)
        press(app, pygame.K_RETURN)
        assert app.scene.name == "teams" and app.scene.form.row("phones").value == PHONES_ONLY
        press(app, pygame.K_RETURN)
        assert app.scene.name == "lobby" and app.scene.describe()["address"] == link.address
    finally:
        app.close()


def test_during_play_the_teacher_renames_a_phone_player_and_takes_another_out(store, link):
    async def scenario():
        app = open_window(store, link, count=2)
        try:
            press(app, pygame.K_RETURN)
            ana = await join(app, link, "Ana")
            ben = await join(app, link, "Bob Mean")
            press(app, pygame.K_RETURN, pygame.K_RETURN)
            assert app.scene.name == "question"
            session, recorder = app.scene.session, app.scene.match.recorder
            press(app, pygame.K_TAB, pygame.K_TAB)                 # Ana, then the second phone
            assert app.scene.play.desk.selected == 1
            press(app, pygame.K_F2)
            assert app.scene.input_mode == "text"                  # the zones' letters type now
            for _ in "Bob Mean":
                press(app, pygame.K_BACKSPACE)
            app.step(FRAME, [typed("Ana")])
            press(app, pygame.K_RETURN)                            # taken: said, not done
            assert "Ana" in app.scene.play.desk.names.problem and session.players[1].name == "Bob Mean"
            press(app, pygame.K_BACKSPACE, pygame.K_BACKSPACE, pygame.K_BACKSPACE)
            app.step(FRAME, [typed("Bob R.")])
            press(app, pygame.K_RETURN)
            assert session.players[1].name == "Bob R." and app.scene.input_mode != "text"
            assert (await ben.next("you"))["name"] == "Bob R."
            press(app, pygame.K_TAB, pygame.K_TAB)                 # past the last player, round to Ana
            assert app.scene.play.desk.selected == 0
            app.step(FRAME, [key(pygame.K_DELETE)])
            app.step(FRAME, [key(pygame.K_y, text="y")])
            assert "teacher" in (await ana.next("removed"))["reason"]
            assert [v.name for v in link.players()] == ["Bob R."]
            q = session.current
            await ben.send({"type": "answer", "question": q.number, "choice": q.correct_option})
            await frames(app, lambda: 1 in session.locked_in, "Bob locked in")
            assert 0 not in session.locked_in
            await ana.close()
            await ben.close()
        finally:
            app.close()
        return session, recorder

    session, recorder = asyncio.run(scenario())
    names = [p.name for p in store.session(recorder.session_id).players]
    assert names == ["Ana", "Bob R."]          # the player taken out keeps their place in the results
