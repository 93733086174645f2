"""What a phone cannot do: reach the disk, send garbage, flood, or hold up the others."""

import asyncio
import json
import urllib.error
import urllib.request

import aiohttp
import pytest

from game.net.protocol import MAX_MESSAGE_BYTES
from game.net.server import MESSAGE_BURST, MESSAGES_PER_SECOND, REFUSALS_BEFORE_CLOSE, _host_is_address
from game.quiz import State
from phonekit import Phone, make_link, make_session, run


@pytest.fixture
def link():
    link = make_link()
    yield link
    link.stop()


def _get(url: str, method: str = "GET", host: str | None = None):
    request = urllib.request.Request(url, method=method)
    if host:
        request.add_header("Host", host)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_the_page_is_served_from_memory_with_a_strict_content_policy(link):
    status, headers, body = _get(link.address)
    assert status == 200 and body.startswith(b"<!doctype html>")
    assert headers["Content-Type"].startswith("text/html")
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "connect-src 'self' ws://127.0.0.1:" in policy
    assert headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", [
    "page.html", "game/net/page.html", "../../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "static/page.html",
    "ws/../page.html", "index.html", "?file=/etc/passwd#", "//etc/passwd",
])
def test_no_request_path_reaches_the_disk(link, path):
    status, _, body = _get(link.address + path)
    if path.startswith("?"):
        assert status == 200 and body.startswith(b"<!doctype html>")   # the query is ignored: still the page
    else:
        assert status == 404
        assert b"root:" not in body and b"<script" not in body


def test_only_get_is_answered(link):
    assert _get(link.address, method="POST")[0] == 405
    assert _get(link.address, method="PUT")[0] == 405


def test_a_page_reached_through_a_domain_name_is_refused(link):
    status, _, _ = _get(link.address, host="quiz.example.com")
    assert status == 421


@pytest.mark.parametrize("host, allowed", [
    ("127.0.0.1:8765", True), ("192.168.1.23:8765", True), ("localhost:8765", True), ("[::1]:8765", True),
    ("192.168.1.23", True), ("evil.example:8765", False), ("attacker.test", False), ("", False),
])
def test_the_host_must_be_an_address(host, allowed):
    assert _host_is_address(host) is allowed


MALFORMED = [
    ("not json", "{type: join}"),
    ("not json", ""),
    ("not json", "NaN"),
    ("not an object", "[1, 2, 3]"),
    ("not an object", '"join"'),
    ("unknown type", '{"type": "shutdown"}'),
    ("unknown type", '{"kind": "join"}'),
    ("unknown type", '{"type": 7}'),
    ("missing field", '{"type": "join", "code": "123456"}'),
    ("missing field", '{"type": "answer", "question": 1}'),
    ("missing field", '{"type": "answer", "question": 1, "choice": 0, "text": "x"}'),
    ("unknown field", '{"type": "join", "code": "123456", "name": "Ana", "admin": true}'),
    ("wrong type", '{"type": "join", "code": 123456, "name": "Ana"}'),
    ("wrong type", '{"type": "answer", "question": "1", "choice": 0}'),
    ("wrong type", '{"type": "answer", "question": 1, "choice": true}'),
    ("wrong type", '{"type": "answer", "question": 1, "choice": 1.5}'),
    ("too long", json.dumps({"type": "join", "code": "123456", "name": "x" * 65})),
    ("too long", json.dumps({"type": "answer", "question": 1, "text": "x" * 121})),
    ("out of range", '{"type": "answer", "question": 0, "choice": 0}'),
    ("out of range", '{"type": "answer", "question": 1, "choice": -1}'),
    ("out of range", '{"type": "answer", "question": 1, "choice": 99999999999999999999}'),
    ("bad code", '{"type": "join", "code": "12345", "name": "Ana"}'),
    ("bad code", '{"type": "join", "code": "١٢٣٤٥٦", "name": "Ana"}'),
    ("not json", "[" * (MAX_MESSAGE_BYTES - 1)),
]


def test_every_malformed_message_class_is_refused_by_name_and_the_phone_goes_on(link):
    async def scenario():
        phone = await Phone.open(link)
        for kind, frame in MALFORMED:
            await asyncio.sleep(1 / MESSAGES_PER_SECOND)   # kept under the rate limit, tested below
            await phone.send(frame)
            error = await phone.next("error")
            assert error["kind"] == kind, frame
        await phone.ws.send_bytes(b'{"type": "ping"}')
        assert (await phone.next("error"))["kind"] == "binary"
        await phone.send({"type": "answer", "question": 1, "choice": 0})
        assert (await phone.next("error"))["kind"] == "not joined"
        await phone.join("Ana", link)          # none of it stopped this connection
        assert [v.name for v in link.players()] == ["Ana"]
        assert link.inbox.empty()
        await phone.close()
    run(scenario())


def _answering_still_works(link, session, phone):
    async def check():
        q = session.current
        await phone.send({"type": "answer", "question": q.number, "choice": q.correct_option})
        await phone.state(link, lambda m: m.get("locked"))
    return check()


def test_a_frame_over_the_size_limit_closes_only_that_connection(link):
    async def scenario():
        good = await Phone.open(link)
        await good.join("Ana", link)
        session, _ = make_session(players=("Front row", "Ana"))
        link.attach(session)
        session.start_question()
        await good.state(link, lambda m: m["phase"] == "question")
        hostile = await Phone.open(link)
        await hostile.send("x" * (1024 * 1024))
        assert await hostile.closed() == aiohttp.WSCloseCode.MESSAGE_TOO_BIG
        await _answering_still_works(link, session, good)
        await hostile.close()
        await good.close()
    run(scenario())


def test_broken_utf8_closes_only_that_connection(link):
    async def scenario():
        good = await Phone.open(link)
        await good.join("Ana", link)
        session, _ = make_session(players=("Front row", "Ana"))
        link.attach(session)
        session.start_question()
        await good.state(link, lambda m: m["phase"] == "question")
        hostile = await Phone.open(link)
        await hostile.ws.send_frame(b'{"type": "join", "name": "\xff\xfe\xc0"}', aiohttp.WSMsgType.TEXT)
        assert await hostile.closed() == aiohttp.WSCloseCode.INVALID_TEXT
        await _answering_still_works(link, session, good)
        await hostile.close()
        await good.close()
    run(scenario())


def test_the_rate_limit_refuses_a_flood_then_cuts_off_a_phone_that_keeps_on(link):
    async def scenario():
        good = await Phone.open(link)
        await good.join("Ana", link)
        session, _ = make_session(players=("Front row", "Ana"))
        link.attach(session)
        q = session.start_question()
        await good.state(link, lambda m: m["phase"] == "question")
        hostile = await Phone.open(link)
        await hostile.join("Ben", link)
        for _ in range(40):
            await hostile.send({"type": "ping"})
        rate = await hostile.next("error", lambda m: m["kind"] == "rate")
        assert "slow down" in rate["message"]
        pongs = sum(1 for m in hostile.seen if m["type"] == "pong")
        assert MESSAGE_BURST // 2 <= pongs < 40
        for _ in range(REFUSALS_BEFORE_CLOSE + 50):
            await hostile.send({"type": "answer", "question": q.number, "choice": 0})
        assert await hostile.closed() == aiohttp.WSCloseCode.POLICY_VIOLATION
        await _answering_still_works(link, session, good)
        # The flood counted once at most: Ben's first answer, if it got through the limit.
        assert session.locked_in <= {1, 2}
        assert session.state is State.ASKING or session.state is State.LOCKED
        await hostile.close()
        await good.close()
    run(scenario())


def test_a_phone_that_never_reads_does_not_hold_up_the_others(link):
    async def scenario():
        good = await Phone.open(link)
        await good.join("Ana", link)
        idle = await Phone.open(link)
        await idle.join("Ben", link)           # then reads nothing more
        session, _ = make_session(players=("Front row", "Ana", "Ben"))
        link.attach(session)
        for _ in range(3):
            q = session.start_question()
            await good.state(link, lambda m: m["phase"] == "question" and m["number"] == q.number)
            await _answering_still_works(link, session, good)
            session.reveal()
            await good.state(link, lambda m: m["phase"] == "result")
            session.next()
        await idle.close()
        await good.close()
    run(scenario())


def test_the_server_will_not_listen_on_a_public_address():
    from game.net import PhoneLink, PhoneServerError, WordList

    link = PhoneLink(words=WordList())
    with pytest.raises(PhoneServerError, match="not a local-network address"):
        link.start("8.8.8.8", 0)
    assert not link.running


def test_a_port_in_use_is_reported_in_words(link):
    from game.net import PhoneLink, PhoneServerError, WordList

    port = int(link.address.rsplit(":", 1)[1].strip("/"))
    other = PhoneLink(words=WordList())
    with pytest.raises(PhoneServerError, match="choose another port"):
        other.start("127.0.0.1", port)
