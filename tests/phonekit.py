"""Phones for the tests: a real server on 127.0.0.1 and real WebSocket clients (aiohttp's).

The test plays the window: it calls `link.pump()` itself (through `pump_until`), so every
answer reaches the quiz session on the test's thread, with a fake clock.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Callable

import aiohttp

from game.net import PhoneLink, WordList
from game.quiz import FakeClock, Mode, Session, SessionConfig
from quizpacks import mixed_pack

CODE = "123456"
WAIT = 5.0   # seconds a test waits for something that should take milliseconds


def make_link(**options) -> PhoneLink:
    options.setdefault("words", WordList.from_lines(["badword", "rude"]))
    options.setdefault("code", CODE)
    link = PhoneLink(**options)
    link.start("127.0.0.1", 0)
    return link


def make_session(players=("Front row",), count=3, mode=Mode.CLASSROOM, types=("choice", "truefalse"), **options):
    clock = FakeClock()
    options.setdefault("open_room", True)
    config = SessionConfig(packs=(mixed_pack("torch", 4),), players=players, mode=mode, question_count=count,
                           types=types, seed=9, **options)
    return Session(config, clock), clock


def ws_url(link: PhoneLink) -> str:
    return link.address.replace("http://", "ws://") + "ws"


class Phone:
    """One phone: a WebSocket with the messages it has received kept in order."""

    def __init__(self, http: aiohttp.ClientSession, ws: aiohttp.ClientWebSocketResponse):
        self.http = http
        self.ws = ws
        self.seen: list[dict] = []
        self.token: str | None = None

    @classmethod
    async def open(cls, link: PhoneLink) -> "Phone":
        http = aiohttp.ClientSession()
        ws = await http.ws_connect(ws_url(link), max_msg_size=0)
        return cls(http, ws)

    async def send(self, message: Any) -> None:
        await self.ws.send_str(message if isinstance(message, str) else json.dumps(message))

    async def next(self, kind: str, where: Callable[[dict], bool] = lambda m: True, link: PhoneLink | None = None,
                   news: list | None = None) -> dict:
        """The next message of `kind` that `where` accepts; pumps `link` meanwhile when given."""
        deadline = time.monotonic() + WAIT
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {kind!r} message came; seen: {self.seen[-5:]}")
            try:
                frame = await self.ws.receive(timeout=min(left, 0.02) if link else left)
            except asyncio.TimeoutError:
                if link is not None:
                    found = link.pump()
                    if news is not None:
                        news.extend(found)
                continue
            if frame.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                raise ConnectionResetError(f"closed while waiting for {kind!r}: {frame.data} {frame.extra}")
            if frame.type is not aiohttp.WSMsgType.TEXT:
                continue
            message = json.loads(frame.data)
            self.seen.append(message)
            if message.get("type") == "welcome":
                self.token = message["token"]
            if message.get("type") == kind and where(message):
                return message

    async def join(self, name: str, link: PhoneLink, code: str = CODE, team: int | None = None,
                   news: list | None = None) -> dict:
        message = {"type": "join", "code": code, "name": name}
        if team is not None:
            message["team"] = team
        await self.send(message)
        welcome = await self.next("welcome")
        await self.next("state", link=link, news=news)
        return welcome

    async def state(self, link: PhoneLink, where: Callable[[dict], bool] = lambda m: True) -> dict:
        return await self.next("state", where, link=link)

    async def closed(self) -> int | None:
        """Wait until the server closes this connection; its close code."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            frame = await self.ws.receive(timeout=deadline - time.monotonic())
            if frame.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING,
                              aiohttp.WSMsgType.ERROR):
                return self.ws.close_code
            if frame.type is aiohttp.WSMsgType.TEXT:
                self.seen.append(json.loads(frame.data))
        raise AssertionError("the server did not close the connection")

    async def close(self) -> None:
        await self.ws.close()
        await self.http.close()


async def pump_until(link: PhoneLink, done: Callable[[list], bool], news: list | None = None) -> list:
    """Play the window: pump every few milliseconds until `done(news so far)`."""
    news = [] if news is None else news
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        news.extend(link.pump())
        if done(news):
            return news
        await asyncio.sleep(0.005)
    raise AssertionError(f"the phones never got there; news: {news}")


def run(scenario) -> Any:
    return asyncio.run(scenario)
