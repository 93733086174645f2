"""Phones playing a real session: a real server on 127.0.0.1, real WebSocket clients, a fake clock."""

import pytest

from game.quiz import AnswerStatus, State
from game.store import Store
from game.wiring import SessionRecorder
from phonekit import Phone, make_link, make_session, pump_until, run


@pytest.fixture
def link():
    link = make_link()
    yield link
    link.stop()


def _wrong(question) -> int:
    return (question.correct_option + 1) % len(question.options)


def test_a_phone_joins_with_the_room_code_and_is_listed_in_the_lobby(link):
    async def scenario():
        phone = await Phone.open(link)
        news = []
        welcome = await phone.join("  Ana  ", link, news=news)
        assert welcome["name"] == "Ana" and len(welcome["token"]) >= 20
        assert phone.seen[-1] == {"type": "state", "phase": "lobby"}
        await pump_until(link, lambda n: any(item.kind == "joined" for item in n), news)
        assert [(v.name, v.connected) for v in link.players()] == [("Ana", True)]
        assert news[0].name == "Ana"
        await phone.close()
        await pump_until(link, lambda n: any(item.kind == "left" for item in n))
        assert [(v.name, v.connected) for v in link.players()] == [("Ana", False)]
    run(scenario())


def test_a_wrong_room_code_is_refused_and_five_wrong_codes_close_the_connection(link):
    async def scenario():
        phone = await Phone.open(link)
        for attempt in range(5):
            await phone.send({"type": "join", "code": "000000", "name": "Ana"})
            refused = await phone.next("refused")
            assert refused["field"] == "code" and "not this room's code" in refused["reason"]
        await phone.closed()
        assert link.players() == []
        await phone.close()
    run(scenario())


@pytest.mark.parametrize("name, reason", [
    ("", "Type a name"),
    ("   ", "Type a name"),
    ("A" * 21, "at most 20"),
    ("Ana\u0007", "letters, digits and spaces"),
    ("Ana\u202eX", "letters, digits and spaces"),
    ("!!!", "letter or a digit"),
    ("B A D W 0 R D", "another name"),
    ("ana", "already called"),
])
def test_names_are_checked_before_anyone_joins(link, name, reason):
    async def scenario():
        first = await Phone.open(link)
        await first.join("Ana", link)
        phone = await Phone.open(link)
        await phone.send({"type": "join", "code": "123456", "name": name})
        refused = await phone.next("refused")
        assert refused["field"] == "name" and reason in refused["reason"]
        await first.close()
        await phone.close()
    run(scenario())


def test_phones_answer_a_whole_session_as_individuals_beside_a_keyboard_team(link, tmp_path):
    async def scenario():
        link.play_as_individuals(keyboard=("Front row",))
        ana, ben = await Phone.open(link), await Phone.open(link)
        await ana.join("Ana", link)
        await ben.join("Ben", link)
        session, clock = make_session(players=("Front row",) + link.player_names())
        with Store(tmp_path / "scores.sqlite3") as store:
            recorder = SessionRecorder(store, session)
            link.attach(session)
            assert {v.name: v.seat for v in link.players()} == {"Ana": 1, "Ben": 2}
            while session.state is not State.FINISHED:
                q = session.start_question()
                asked = await ana.state(link, lambda m: m["phase"] == "question")
                assert asked == {"type": "state", "phase": "question", "number": q.number, "total": 3,
                                 "kind": "choice", "options": len(q.options), "number_answer": False, "unit": "",
                                 "time_left": float(q.time_limit), "locked": False}
                assert "prompt" not in asked   # the prompt is on the projector unless the setting says otherwise
                await ben.state(link, lambda m: m["phase"] == "question")
                clock.advance(3)
                await ana.send({"type": "answer", "question": q.number, "choice": q.correct_option})
                locked = await ana.state(link, lambda m: m.get("locked"))
                assert locked["choice"] == q.correct_option and not locked["team_answered"]
                await ben.send({"type": "answer", "question": q.number, "choice": _wrong(q)})
                await ben.state(link, lambda m: m.get("locked"))
                session.answer(0, q.correct_option)      # the keyboard zone, as the window passes it on
                assert session.state is State.LOCKED
                result = session.reveal()
                shown = await ana.state(link, lambda m: m["phase"] == "result")
                assert shown["correct"] and shown["points"] == result.answers[1].points
                assert shown["answer"] == q.answer_text and shown["of"] == 3
                assert shown["place"] == next(s.rank for s in session.standings() if s.player == 1)
                assert result.answers[1].elapsed == 3
                missed = await ben.state(link, lambda m: m["phase"] == "result")
                assert (missed["correct"], missed["points"], missed["score"]) == (False, 0, 0)
                session.next()
            final = await ana.state(link, lambda m: m["phase"] == "finished")
            assert final["score"] == session.players[1].score > 0
            totals = {r.name: r.total for r in recorder.ranks}
            assert totals == {"Front row": session.players[0].score, "Ana": session.players[1].score, "Ben": 0}
        await ana.close()
        await ben.close()
    run(scenario())


def test_the_time_of_an_answer_is_taken_on_the_laptop_when_the_window_passes_it_on(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.join("Ana", link)
        session, clock = make_session(players=("Ana",))
        link.attach(session)
        q = session.start_question()
        await phone.state(link, lambda m: m["phase"] == "question")
        await phone.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        while link.inbox.empty():
            await __import__("asyncio").sleep(0.005)
        clock.advance(7)          # the window drains its queue 7 seconds (of the fake clock) later
        link.pump()
        result = session.reveal()
        assert result.answers[0].elapsed == 7
        await phone.close()
    run(scenario())


def test_an_answer_counts_once_however_often_it_is_sent(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.join("Ana", link)
        session, _ = make_session(players=("Front row", "Ana"))
        link.attach(session)
        q = session.start_question()
        await phone.state(link, lambda m: m["phase"] == "question")
        news = []
        for _ in range(5):
            await phone.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await phone.next("state", lambda m: m.get("locked"), link=link, news=news)
        for _ in range(3):   # a tap on another tile after the lock-in changes nothing
            await phone.send({"type": "answer", "question": q.number, "choice": _wrong(q)})
            again = await phone.next("state", link=link, news=news)
            assert again["locked"] and again["choice"] == q.correct_option
        assert [n.kind for n in news] == ["answered"]
        assert session.locked_in == {1}
        result = session.reveal()
        assert result.answers[1].correct
        await phone.close()
    run(scenario())


def test_a_phone_that_reconnects_with_its_token_is_the_same_player_and_gets_the_current_state(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.join("Ana", link)
        token = phone.token
        session, _ = make_session(players=("Front row", "Ana"))
        link.attach(session)
        q = session.start_question()
        await phone.state(link, lambda m: m["phase"] == "question")
        await phone.close()
        await pump_until(link, lambda n: any(item.kind == "left" for item in n))
        back = await Phone.open(link)
        await back.send({"type": "resume", "code": "123456", "token": token})
        welcome = await back.next("welcome")
        assert welcome["name"] == "Ana" and welcome["token"] == token
        state = await back.next("state")
        assert state["phase"] == "question" and state["number"] == q.number and not state["locked"]
        await pump_until(link, lambda n: any(item.kind == "back" for item in n))
        await back.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await back.state(link, lambda m: m.get("locked"))
        assert session.locked_in == {1}
        # Locked in, asleep, back: the page shows the lock-in again.
        await back.close()
        again = await Phone.open(link)
        await again.send({"type": "resume", "code": "123456", "token": token})
        state = await again.next("state")
        assert state["locked"] and state["choice"] == q.correct_option
        assert len(link.players()) == 1
        await again.close()
    run(scenario())


def test_the_same_player_opened_twice_continues_in_the_newest_window(link):
    async def scenario():
        first = await Phone.open(link)
        await first.join("Ana", link)
        second = await Phone.open(link)
        await second.send({"type": "resume", "code": "123456", "token": first.token})
        await second.next("welcome")
        replaced = await first.next("replaced")
        assert "another window" in replaced["reason"]
        await first.closed()
        await second.close()
        await first.close()
    run(scenario())


def test_an_unknown_token_is_asked_to_join_again(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.send({"type": "resume", "code": "123456", "token": "not-a-token"})
        assert (await phone.next("forgotten"))["reason"] == "Join again."
        await phone.join("Ana", link)   # the same connection can still join
        await phone.close()
    run(scenario())


def test_a_late_joiner_comes_in_at_the_next_question(link):
    async def scenario():
        early = await Phone.open(link)
        await early.join("Ana", link)
        session, clock = make_session(players=("Front row", "Ana"))
        link.attach(session)
        q = session.start_question()
        await early.state(link, lambda m: m["phase"] == "question")
        late = await Phone.open(link)
        await late.send({"type": "join", "code": "123456", "name": "Cem"})
        await late.next("welcome")
        waiting = await late.state(link)
        assert waiting["phase"] == "waiting"
        assert [p.name for p in session.players] == ["Front row", "Ana", "Cem"]
        # An answer to the question already under way is not taken.
        await late.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        notice = await late.next("notice", link=link)
        assert "next question" in notice["message"]
        session.answer(0, q.correct_option)
        await early.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await pump_until(link, lambda n: session.state is State.LOCKED)
        session.reveal()
        assert (await late.state(link))["phase"] == "waiting"
        session.next()
        q = session.start_question()
        await late.state(link, lambda m: m["phase"] == "question" and m["number"] == 2)
        clock.advance(2)
        await late.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await late.state(link, lambda m: m.get("locked"))
        result = session.reveal()
        assert result.answers[2].correct
        shown = await late.state(link, lambda m: m["phase"] == "result")
        assert shown["points"] == result.answers[2].points > 0
        await early.close()
        await late.close()
    run(scenario())


def test_in_teams_phones_pick_a_team_and_the_first_lock_in_of_the_team_counts(link):
    async def scenario():
        link.play_in_teams(("Red", "Blue"))
        ana = await Phone.open(link)
        await ana.send({"type": "join", "code": "123456", "name": "Ana"})
        assert (await ana.next("teams"))["teams"] == ["Red", "Blue"]
        await ana.send({"type": "join", "code": "123456", "name": "Ana", "team": 0})
        assert (await ana.next("welcome"))["team"] == "Red"
        ben = await Phone.open(link)
        await ben.join("Ben", link, team=0)
        cem = await Phone.open(link)
        await cem.join("Cem", link, team=1)
        session, _ = make_session(players=("Red", "Blue"), open_room=False)
        link.attach(session)
        assert {v.name: v.seat for v in link.players()} == {"Ana": 0, "Ben": 0, "Cem": 1}
        q = session.start_question()
        await ana.state(link, lambda m: m["phase"] == "question")
        await ben.state(link, lambda m: m["phase"] == "question")
        await ana.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await ana.state(link, lambda m: m.get("locked"))
        told = await ben.state(link, lambda m: m.get("locked"))
        assert told["team_answered"] and told["choice"] is None
        news = []
        await ben.send({"type": "answer", "question": q.number, "choice": _wrong(q)})
        await pump_until(link, lambda n: n, news)
        assert news[0].status is AnswerStatus.ALREADY_ANSWERED
        session.answer(1, _wrong(q))     # Blue's keyboard zone is first for Blue
        told = await cem.state(link, lambda m: m.get("locked"))
        assert told["team_answered"]
        result = session.reveal()
        assert result.answers[0].correct and not result.answers[1].correct
        assert (await ben.state(link, lambda m: m["phase"] == "result"))["correct"]
        for phone in (ana, ben, cem):
            await phone.close()
    run(scenario())


def test_the_teacher_removes_a_phone_its_token_stops_working_and_its_name_is_free(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.join("Ana", link)
        token = phone.token
        phone_id = link.players()[0].id
        link.remove(phone_id)
        removed = await phone.next("removed")
        assert "teacher" in removed["reason"]
        await phone.closed()
        assert link.players() == []
        back = await Phone.open(link)
        await back.send({"type": "resume", "code": "123456", "token": token})
        await back.next("forgotten")
        await back.join("Ana", link)
        assert [v.name for v in link.players()] == ["Ana"]
        await back.close()
        await phone.close()
    run(scenario())


def test_the_teacher_renames_a_phone_and_the_session_and_the_phone_follow(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.join("Ana", link)
        session, _ = make_session(players=("Front row", "Ana"))
        link.attach(session)
        phone_id = link.players()[0].id
        assert link.rename(phone_id, "Anna K") == "Anna K"
        you = await phone.next("you")
        assert you["name"] == "Anna K"
        assert session.players[1].name == "Anna K"
        with pytest.raises(ValueError):
            link.rename(phone_id, "Front row")
        await phone.close()
    run(scenario())


def test_the_room_takes_at_most_its_number_of_players():
    link = make_link(max_players=2)

    async def scenario():
        phones = [await Phone.open(link) for _ in range(3)]
        await phones[0].join("Ana", link)
        await phones[1].join("Ben", link)
        await phones[2].send({"type": "join", "code": "123456", "name": "Cem"})
        assert "full" in (await phones[2].next("refused"))["reason"]
        for phone in phones:
            await phone.close()
    try:
        run(scenario())
    finally:
        link.stop()


def test_typed_answers_from_phones_are_checked_like_typed_answers_on_the_keyboard(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.join("Ana", link)
        session, _ = make_session(players=("Ana",), types=("text",), typed_answers=True)
        link.attach(session)
        q = session.start_question()
        asked = await phone.state(link, lambda m: m["phase"] == "question")
        assert asked["kind"] == "typed" and asked["options"] == 0
        await phone.send({"type": "answer", "question": q.number, "choice": 1})
        assert "does not fit" in (await phone.next("notice", link=link))["message"]
        await phone.send({"type": "answer", "question": q.number, "text": "the black sea"})
        locked = await phone.state(link, lambda m: m.get("locked"))
        assert locked["choice"] == "the black sea"
        result = session.reveal()
        assert result.answers[0].correct and result.answers[0].response_text == "the black sea"
        await phone.close()
    run(scenario())


def test_the_prompt_and_the_options_go_to_the_phones_only_when_the_setting_asks():
    link = make_link(show_prompt=True)

    async def scenario():
        phone = await Phone.open(link)
        await phone.join("Ana", link)
        session, _ = make_session(players=("Ana",))
        link.attach(session)
        q = session.start_question()
        asked = await phone.state(link, lambda m: m["phase"] == "question")
        assert asked["prompt"] == q.prompt and asked["labels"] == list(q.options)
        await phone.close()
    try:
        run(scenario())
    finally:
        link.stop()


def test_a_paused_question_refuses_the_answer_and_the_phone_may_send_it_again(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.join("Ana", link)
        session, _ = make_session(players=("Front row", "Ana"))
        link.attach(session)
        q = session.start_question()
        await phone.state(link, lambda m: m["phase"] == "question")
        session.pause()
        await phone.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        assert "paused" in (await phone.next("notice", link=link))["message"]
        session.resume()
        await phone.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await phone.state(link, lambda m: m.get("locked"))
        assert session.locked_in == {1}
        await phone.close()
    run(scenario())


def test_phones_still_choosing_are_told_of_a_pause_and_of_the_time_left_when_it_goes_on(link):
    async def scenario():
        ana, ben = await Phone.open(link), await Phone.open(link)
        await ana.join("Ana", link)
        await ben.join("Ben", link)
        session, clock = make_session(players=("Front row", "Ana", "Ben"))
        link.attach(session)
        q = session.start_question()
        await ana.state(link, lambda m: m["phase"] == "question")
        await ben.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await ben.state(link, lambda m: m.get("locked"))
        clock.advance(5)
        session.pause()
        paused = await ana.state(link, lambda m: m.get("paused"))
        assert paused["phase"] == "question" and paused["time_left"] == q.time_limit - 5
        session.add_time(10)
        longer = await ana.state(link, lambda m: m["time_left"] == q.time_limit + 5)
        assert longer["paused"]
        session.resume()
        going = await ana.state(link, lambda m: not m.get("paused"))
        assert going["time_left"] == q.time_limit + 5 and not going["locked"]
        assert not any(m.get("paused") for m in ben.seen)      # a phone locked in stays locked in
        await ana.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await ana.state(link, lambda m: m.get("locked"))
        assert session.locked_in == {1, 2}
        await ana.close()
        await ben.close()
    run(scenario())


def test_stopping_closes_every_phone(link):
    async def scenario():
        phones = [await Phone.open(link) for _ in range(3)]
        await phones[0].join("Ana", link)
        link.stop()
        for phone in phones:
            assert await phone.closed() is not None
            await phone.close()
        assert not link.running
    run(scenario())
