"""The phone page in a real browser: headless Chromium joins, plays a whole session, reconnects.

Skipped, with a message naming the packages, where Debian's chromium and chromium-driver or
selenium are missing. The test plays the window: it pumps the link while it waits.
"""

from __future__ import annotations

import time

import pytest

from browserkit import chromium_paths, close_browser, open_browser
from game.quiz import State
from game.store import Store
from game.wiring import SessionRecorder
from phonekit import make_link, make_session

WAIT = 15.0


@pytest.fixture
def chrome():
    chromium_paths()
    browser = open_browser()
    yield browser
    close_browser(browser)


@pytest.fixture
def link():
    link = make_link()
    yield link
    link.stop()


def wait_for(chrome, link, condition, what: str):
    """Pump the link (as the window does every frame) until `condition(chrome)` holds."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        link.pump()
        try:
            found = condition(chrome)
        except Exception:   # an element not there yet, or replaced while read
            found = None
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"the page never showed {what}; it shows: {chrome.find_element('tag name', 'body').text!r}")


def showing(section: str):
    return lambda chrome: chrome.find_element("id", section).is_displayed()


def test_a_phone_browser_joins_plays_a_whole_session_and_the_records_hold_its_player(chrome, link, relayquiz_home):
    chrome.get(link.join_url)
    assert chrome.find_element("id", "code").get_attribute("value") == "123456"   # from the QR code's address
    chrome.find_element("id", "name").send_keys("<i>Ana</i>")
    chrome.find_element("id", "joinbtn").click()
    wait_for(chrome, link, showing("lobby"), "the lobby")
    assert chrome.find_element("id", "who").text == "<i>Ana</i>"   # shown as text, never as markup
    assert [v.name for v in link.players()] == ["<i>Ana</i>"]

    session, clock = make_session(players=("Front row",) + link.player_names(), count=4,
                                  types=("choice", "truefalse", "number", "text"), typed_answers=True)
    store = Store()
    recorder = SessionRecorder(store, session)
    link.attach(session)
    typed_seen = tiles_seen = 0
    try:
        while session.state is not State.FINISHED:
            q = session.start_question()
            wait_for(chrome, link, lambda c: c.find_element("id", "qnum").text == f"Question {q.number} of 4"
                     and c.find_element("id", "question").is_displayed(), f"question {q.number}")
            clock.advance(2)
            if q.typed:
                typed_seen += 1
                field = chrome.find_element("id", "answer")
                field.send_keys(q.answer_text.split(" (")[0])
                chrome.find_element("id", "send").click()
            else:
                tiles_seen += 1
                tiles = chrome.find_elements("css selector", "#tiles .tile")
                assert len(tiles) == len(q.options)
                assert [t.find_element("css selector", ".k").text for t in tiles] == list("ABCD"[:len(q.options)])
                tiles[q.correct_option].click()
            wait_for(chrome, link, showing("locked"), "locked in")
            session.answer(0, 0 if q.options else "no idea")
            session.reveal()
            wait_for(chrome, link, showing("result"), "the result")
            assert chrome.find_element("id", "rtitle").text == "Right!"
            assert chrome.find_element("id", "rpoints").text == f"+{session.result.answers[1].points:,}"
            session.next()
        wait_for(chrome, link, lambda c: "You finished" in c.find_element("id", "mtext").text, "the final place")
        assert recorder.error is None
    finally:
        store.close()
    assert typed_seen and tiles_seen

    with Store() as records:
        summary = records.session(recorder.session_id)
        assert summary.status == "finished" and summary.questions_played == 4
        ana = next(p for p in summary.players if p.name == "<i>Ana</i>")
        assert ana.score == session.players[1].score > 0
        answers = [row.answers[1] for row in records.questions(recorder.session_id)]
        assert all(a.correct for a in answers) and all(a.time_taken == 2 for a in answers)


def test_a_phone_page_that_loses_the_server_comes_back_as_the_same_player(chrome, link):
    chrome.get(link.join_url)
    chrome.find_element("id", "name").send_keys("Ben")
    chrome.find_element("id", "joinbtn").click()
    wait_for(chrome, link, showing("lobby"), "the lobby")
    session, _ = make_session(players=("Front row", "Ben"))
    link.attach(session)
    q = session.start_question()
    wait_for(chrome, link, showing("question"), "the question")
    port = int(link.address.rsplit(":", 1)[1].strip("/"))
    link.stop()
    wait_for(chrome, link, lambda c: c.find_element("id", "net").is_displayed(), "the reconnecting notice")
    link.start("127.0.0.1", port)
    wait_for(chrome, link, lambda c: not c.find_element("id", "net").is_displayed()
             and c.find_element("id", "question").is_displayed(), "the question again")
    chrome.find_elements("css selector", "#tiles .tile")[q.correct_option].click()
    wait_for(chrome, link, showing("locked"), "locked in")
    assert session.locked_in == {1} and len(link.players()) == 1


def test_a_phone_browser_plays_through_the_game_window_and_sees_the_pause(chrome, link, relayquiz_home):
    """The window owns the phones here: it pumps them every frame, from the lobby to the podium."""
    import pygame

    from game.quiz import Mode, SessionConfig
    from game.ui.app import App
    from game.ui.handover import PackChoice, TeamSetup
    from game.ui.look.sound import SoundBank
    from game.ui.services import Services
    from quizpacks import single_type_pack
    from tests.uikit import FakeSettings, key

    store = Store()
    services = Services(settings=FakeSettings(), save_settings=lambda s: None, sound=SoundBank(), store=store,
                        library_loader=lambda: None, recorder_factory=lambda session: SessionRecorder(store, session))
    services.phones = link
    config = SessionConfig(packs=(single_type_pack("quiz", "choice", 6),), players=("Front row", "Back row"),
                           mode=Mode.CLASSROOM, question_count=2, seed=3)
    app = App(services, start="teams", handover=TeamSetup(config, PackChoice()))
    app.open((1280, 720))

    def window_until(condition, what: str):
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            app.step(1 / 60, [])
            try:
                if condition(chrome):
                    return
            except Exception:   # an element not there yet, or replaced while read
                pass
            time.sleep(0.02)
        raise AssertionError(f"the page never showed {what}; it shows: {chrome.find_element('tag name', 'body').text!r}")

    try:
        app.step(1 / 60, [key(pygame.K_RETURN)])
        assert app.scene.name == "lobby"
        chrome.get(link.join_url)
        chrome.find_element("id", "name").send_keys("Ana")
        chrome.find_element("id", "joinbtn").click()
        window_until(lambda c: "Ana" in app.scene.describe()["players"] and showing("lobby")(c), "the lobby")
        app.step(1 / 60, [key(pygame.K_RETURN)])
        app.step(1 / 60, [key(pygame.K_RETURN)])
        assert app.scene.name == "question"
        session = app.scene.session
        while app.scene.name == "question":
            q = session.current
            window_until(lambda c: c.find_element("id", "qnum").text == f"Question {q.number} of 2"
                         and showing("question")(c), f"question {q.number}")
            app.step(1 / 60, [key(pygame.K_p)])                      # the teacher pauses
            window_until(lambda c: c.find_element("id", "paused").is_displayed(), "the pause")
            tiles = chrome.find_elements("css selector", "#tiles .tile")
            assert all(not t.is_enabled() for t in tiles)
            app.step(1 / 60, [key(pygame.K_p)])
            window_until(lambda c: not c.find_element("id", "paused").is_displayed()
                         and all(t.is_enabled() for t in c.find_elements("css selector", "#tiles .tile")),
                         "the question going on")
            chrome.find_elements("css selector", "#tiles .tile")[q.correct_option].click()
            window_until(showing("locked"), "locked in")
            assert session.locked_in == {0}                          # Ana, the only player, on seat 0
            app.step(1 / 60, [key(pygame.K_r, pygame.KMOD_LCTRL)])
            assert app.scene.name == "reveal"
            window_until(showing("result"), "the result")
            assert chrome.find_element("id", "rtitle").text == "Right!"
            while app.scene.name in ("reveal", "standings"):
                app.step(1 / 60, [key(pygame.K_RETURN)])
        assert app.scene.name == "podium"
        window_until(lambda c: "You finished 1st" in c.find_element("id", "mtext").text, "the final place")
        recorder = app.scene.match.recorder
    finally:
        app.close()
    assert not link.running
    with Store() as records:
        summary = records.session(recorder.session_id)
        ana = next(p for p in summary.players if p.name == "Ana")
        assert summary.status == "finished" and ana.score == session.players[0].score > 0
    store.close()


def test_a_phone_that_picks_deutsch_plays_in_german_while_the_game_speaks_english(chrome, link):
    from selenium.webdriver.support.ui import Select

    from game import i18n

    chrome.get(link.join_url)
    assert chrome.find_element("id", "joinbtn").text == "Join"
    Select(chrome.find_element("id", "lang")).select_by_visible_text("Deutsch")
    wait_for(chrome, link, lambda c: c.find_element("id", "joinbtn").text == "Beitreten", "the German join button")
    assert chrome.find_element("css selector", "#join h1").text == "Mach mit!"
    assert chrome.find_element("tag name", "html").get_attribute("lang") == "de"
    chrome.find_element("id", "name").send_keys("Ana")
    chrome.find_element("id", "joinbtn").click()
    wait_for(chrome, link, lambda c: c.find_element("id", "lobbytitle").text == "Du bist dabei!", "the German lobby")

    session, _ = make_session(players=("Front row",) + link.player_names(), count=2)
    link.attach(session)
    q = session.start_question()
    wait_for(chrome, link, lambda c: c.find_element("id", "qnum").text == "Frage 1 von 2", "the question in German")
    chrome.find_elements("css selector", "#tiles .tile")[q.correct_option].click()
    wait_for(chrome, link, lambda c: c.find_element("css selector", "#locked h1").text == "Festgelegt", "locked in")
    session.answer(0, (q.correct_option + 1) % len(q.options))
    session.reveal()
    wait_for(chrome, link, lambda c: c.find_element("id", "rtitle").text == "Richtig!", "the result in German")
    assert chrome.find_element("id", "rof").text == "Platz von 2"
    assert i18n.language() == "en"

    chrome.refresh()                       # the phone remembers its language
    assert chrome.find_element("tag name", "html").get_attribute("lang") == "de"
    wait_for(chrome, link, lambda c: c.find_element("id", "rtitle").text == "Richtig!", "the result again")


def test_a_phone_that_did_not_pick_follows_the_game_switching_to_russian(chrome, link):
    from game import i18n

    chrome.get(link.join_url)
    assert chrome.find_element("id", "joinbtn").text == "Join"
    wait_for(chrome, link, lambda c: link.server.connection_count == 1, "the phone connected")
    i18n.set_language("ru")
    wait_for(chrome, link, lambda c: c.find_element("id", "joinbtn").text == "Войти", "the Russian join button")
    assert chrome.find_element("css selector", "#join h1").text == "Присоединяйся к игре"
    assert chrome.find_element("id", "lang").get_attribute("value") == ""
