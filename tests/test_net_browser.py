"""The phone page in a real browser: headless Chromium joins, plays a whole session, reconnects.

Skipped, with a message naming the packages, where Debian's chromium and chromium-driver or
selenium are missing. The test plays the window: it pumps the link while it waits.
"""

from __future__ import annotations

import time

import pytest

from browserkit import chromium_paths, close_browser, open_browser
from game.quiz import State
from game.store import SessionRecorder, Store
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
