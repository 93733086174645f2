"""The phones' server: aiohttp (HTTP and WebSocket) on a thread of its own with its own loop.

It serves exactly two things: the phone page (held in memory, so no request path ever reaches
the disk) and a WebSocket at `/ws`. Everything a phone says is checked here (size, JSON
shape, rate, room code) before the game hears of it through `inbox`, a thread-safe queue the
window drains each frame; the window answers by setting each phone's state in the roster and
calling `push`, which returns at once. Each connection has its own reader and writer task, so
a phone that floods, sends garbage or stops reading holds up nobody else.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import queue
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from importlib import resources
from typing import Any, Iterable

from aiohttp import WSCloseCode, WSMsgType, web

from game import i18n
from game.i18n import N_, _
from game.net.address import LOOPBACK, is_local_address
from game.net.names import NameRefused
from game.net.protocol import (
    MAX_MESSAGE_BYTES,
    AnswerMessage,
    Join,
    Language,
    Ping,
    ProtocolError,
    RateLimit,
    Resume,
    parse_message,
)
from game.net.roster import Roster
from game.net.words import Say, page_words, state_words

MESSAGES_PER_SECOND = 10          # a phone needs a handful; a finger cannot tap faster
MESSAGE_BURST = 20
REFUSALS_BEFORE_CLOSE = 200       # a phone still flooding after this many refusals is cut off
WRONG_CODES_PER_CONNECTION = 5
WRONG_CODES_PER_ADDRESS = 30      # then that address may not try codes for a while
WRONG_CODE_LOCKOUT = 600.0        # seconds
EXTRA_CONNECTIONS = 20            # beyond the player limit: phones joining, choosing a team
OUTBOX_LIMIT = 32                 # replies waiting for a phone that does not read are dropped
HEARTBEAT = 15.0                  # seconds between pings; a phone gone silent is closed


PAGE_WORDS_MARK = "null/*BOOT*/"


def page_template() -> str:
    return resources.files("game.net").joinpath("page.html").read_text(encoding="utf-8")


def page_bytes(code: str | None = None, template: str | None = None) -> bytes:
    """The phone page in language `code` (None: the game's current language): its own words and
    the languages a player may pick are written into it, so it shows them before it connects."""
    code = code or i18n.language()
    boot = {"lang": code, "words": page_words(code),
            "languages": [[tag, name] for tag, name in i18n.LANGUAGES.items()]}
    # Inside a <script>: "</" may not appear, so it is written "<\/" (the same string to JSON).
    data = json.dumps(boot, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    page = (template or page_template()).replace(PAGE_WORDS_MARK, data, 1)
    page = page.replace('<html lang="en">', f'<html lang="{_html_lang(code)}">', 1)
    return page.encode("utf-8")


def _html_lang(code: str) -> str:
    return code if code in i18n.LANGUAGES else i18n.SOURCE


# What the window hears, through `inbox` -------------------------------------------------


@dataclass(frozen=True)
class PhoneJoined:
    phone: int


@dataclass(frozen=True)
class PhoneBack:
    """A phone reconnected with its token."""

    phone: int


@dataclass(frozen=True)
class PhoneLeft:
    """Its connection closed (asleep, out of Wi-Fi range): it keeps its place and can come back."""

    phone: int


@dataclass(frozen=True)
class PhoneAnswered:
    phone: int
    question: int
    response: int | str


Inbound = PhoneJoined | PhoneBack | PhoneLeft | PhoneAnswered


class PhoneServerError(RuntimeError):
    """The server could not start; the message says what to do."""


class _Connection:
    def __init__(self, ws: web.WebSocketResponse, remote: str, now: float):
        self.ws = ws
        self.remote = remote
        self.phone: int | None = None
        self.limit = RateLimit(MESSAGES_PER_SECOND, MESSAGE_BURST, now)
        self.wrong_codes = 0
        self.replies: deque[str] = deque()
        self.state: str | None = None
        self.wake = asyncio.Event()
        self.closing = False
        self.last_refusal_note = 0.0
        self.language: str | None = None     # picked on the phone; None: the game's language

    @property
    def speaks(self) -> str:
        return self.language or i18n.language()

    def reply(self, message: dict) -> None:
        """Queue `message` for the phone; any `Say` in it is worded in the phone's language."""
        if len(self.replies) < OUTBOX_LIMIT:
            code = self.speaks
            self.replies.append(json.dumps(message, ensure_ascii=False,
                                           default=lambda value: _worded(value, code)))
            self.wake.set()

    def set_state(self, text: str) -> None:
        self.state = text
        self.wake.set()


class PhoneServer:
    """Start with `start(host, port)`; `stop()` closes every connection and the thread."""

    def __init__(self, roster: Roster, code: str, inbox: "queue.SimpleQueue[Inbound]"):
        self.roster = roster
        self.code = code
        self.inbox = inbox
        self._template = page_template()
        self._pages: dict[str, bytes] = {}       # the page in each language asked for so far
        self._stop_listening = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: threading.Thread | None = None
        self.host = ""
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._connections: set[_Connection] = set()
        self._by_phone: dict[int, _Connection] = {}
        self._wrong_by_address: dict[str, tuple[int, float]] = {}
        self._closed = threading.Event()

    # Window's side ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def start(self, host: str, port: int) -> tuple[str, int]:
        """Listen on `host`:`port` (port 0: any free port), and on the loopback address too, so the
        laptop's own browser can open the page; returns the address and port actually bound."""
        if not is_local_address(host):
            raise PhoneServerError(_("{address} is not a local-network address; phones are served on the room's "
                                     "network only").format(address=host))
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self.loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._open(host, port))
            except BaseException as error:   # reported to the caller on the window's thread
                failure.append(error)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._close())
                loop.close()
                self._closed.set()

        self.thread = threading.Thread(target=run, name="relayquiz-phones", daemon=True)
        self.thread.start()
        ready.wait()
        if failure:
            self.thread.join()
            self.thread = None
            error = failure[0]
            if isinstance(error, OSError):
                raise PhoneServerError(_("phones cannot be served on {address}: {problem}; choose another port")
                                       .format(address=f"{host}:{port}", problem=error.strerror or error)) from None
            raise error
        self._stop_listening = i18n.on_change(self.game_language_changed)
        return self.host, self.port

    def stop(self, timeout: float = 5.0) -> None:
        """Close every phone's connection and end the thread (safe to call twice)."""
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None
        loop, thread = self.loop, self.thread
        if loop is None or thread is None or not thread.is_alive():
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        self.thread = None

    def push(self, phones: Iterable[int]) -> None:
        """Send these phones their current `state` (thread-safe, returns at once)."""
        if self.loop is not None and self.running:
            self.loop.call_soon_threadsafe(self._push, tuple(phones))

    def tell(self, phone: int, message: dict) -> None:
        if self.loop is not None and self.running:
            self.loop.call_soon_threadsafe(self._tell, phone, message)

    def drop(self, phone: int, message: dict) -> None:
        """Tell a phone why, then close its connection (a removed player)."""
        if self.loop is not None and self.running:
            self.loop.call_soon_threadsafe(self._drop, phone, message)

    def game_language_changed(self, code: str) -> None:
        """The game speaks `code` now: phones that did not pick a language follow (thread-safe)."""
        if self.loop is not None and self.running:
            self.loop.call_soon_threadsafe(self._follow_game, code)

    def page(self, code: str | None = None) -> bytes:
        code = code or i18n.language()
        found = self._pages.get(code)
        if found is None:
            found = self._pages[code] = page_bytes(code, self._template)
        return found

    @property
    def connection_count(self) -> int:
        return len(self._connections)

    # Server's side ----------------------------------------------------------------------

    async def _open(self, host: str, port: int) -> None:
        app = web.Application(middlewares=[self._guard], client_max_size=4096)
        app.router.add_get("/", self._page)
        app.router.add_get("/ws", self._socket)
        app.router.add_get("/favicon.ico", self._no_icon)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, reuse_address=True, backlog=256)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or []
        self.host, self.port = (sockets[0].getsockname()[:2] if sockets else (host, port))
        if not ipaddress.ip_address(host).is_loopback:
            try:
                await web.TCPSite(self._runner, LOOPBACK, self.port, reuse_address=True).start()
            except OSError:
                pass   # the room's address is what matters; the laptop's own browser can use it too

    async def _close(self) -> None:
        closing = []
        for connection in list(self._connections):
            connection.closing = True
            connection.wake.set()
            closing.append(asyncio.ensure_future(
                connection.ws.close(code=WSCloseCode.GOING_AWAY, message=b"the game has ended")))
        if closing:   # all at once, and a phone that does not answer the close is not waited for
            await asyncio.wait(closing, timeout=1.0)
        if self._runner is not None:
            await self._runner.cleanup()

    @web.middleware
    async def _guard(self, request: web.Request, handler) -> web.StreamResponse:
        remote = request.remote or ""
        if not is_local_address(remote):
            return web.Response(status=403, text=_("Only phones on this room's network can join."))
        if not _host_is_address(request.host):
            return web.Response(status=421, text=_("Open the address shown on the screen."))
        if request.method != "GET":
            # Translators: the answer to a browser that sent something other than a page request
            return web.Response(status=405, text=_("Only GET."))
        return await handler(request)

    async def _page(self, request: web.Request) -> web.Response:
        host = request.host
        return web.Response(body=self.page(), content_type="text/html", charset="utf-8", headers={
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Content-Security-Policy": (
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
                f"connect-src 'self' ws://{host}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
        })

    async def _no_icon(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if len(self._connections) >= self.roster.max_players + EXTRA_CONNECTIONS:
            return web.Response(status=503, text=_("The room is full."))
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_BYTES, heartbeat=HEARTBEAT, compress=False,
                                   autoping=True)
        await ws.prepare(request)
        connection = _Connection(ws, request.remote or "", time.monotonic())
        self._connections.add(connection)
        writer = asyncio.ensure_future(self._write(connection))
        try:
            await self._read(connection)
        finally:
            connection.closing = True
            connection.wake.set()
            self._connections.discard(connection)
            if connection.phone is not None and self._by_phone.get(connection.phone) is connection:
                del self._by_phone[connection.phone]
                self.roster.set_connected(connection.phone, False)
                self.inbox.put(PhoneLeft(connection.phone))
            await writer
            if not ws.closed:
                await ws.close()
        return ws

    async def _read(self, connection: _Connection) -> None:
        ws = connection.ws
        async for frame in ws:
            if frame.type in (WSMsgType.ERROR, WSMsgType.CLOSE, WSMsgType.CLOSING):
                break
            now = time.monotonic()
            if not connection.limit.allow(now):
                if connection.limit.refused >= REFUSALS_BEFORE_CLOSE:
                    await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"too many messages")
                    break
                if now - connection.last_refusal_note > 1.0:
                    connection.last_refusal_note = now
                    connection.reply({"type": "error", "kind": "rate",
                                      "message": Say(N_("Too many messages; slow down."))})
                continue
            if frame.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
                continue
            try:
                message = parse_message(frame.data)
            except ProtocolError as problem:
                connection.reply({"type": "error", "kind": problem.kind, "message": problem.say})
                continue
            if not await self._handle(connection, message):
                break

    async def _write(self, connection: _Connection) -> None:
        ws = connection.ws
        while True:
            await connection.wake.wait()
            connection.wake.clear()
            try:
                while connection.replies and not ws.closed:
                    await ws.send_str(connection.replies.popleft())
                state, connection.state = connection.state, None
                if state is not None and not ws.closed:
                    await ws.send_str(state)
            except (ConnectionError, RuntimeError):
                return
            if connection.closing or ws.closed:
                if not ws.closed:
                    await ws.close()
                return

    async def _handle(self, connection: _Connection, message: Any) -> bool:
        """Act on one checked message; False closes the connection."""
        if isinstance(message, Ping):
            connection.reply({"type": "pong"})
            return True
        if isinstance(message, (Join, Resume)):
            return await self._enter(connection, message)
        if isinstance(message, Language):
            self._speak(connection, message.code)
            return True
        assert isinstance(message, AnswerMessage)
        if connection.phone is None:
            connection.reply({"type": "error", "kind": "not joined", "message": Say(N_("Join the room first."))})
            return True
        if self.roster.claim_answer(connection.phone, message.question):
            self.inbox.put(PhoneAnswered(connection.phone, message.question, message.response))
        else:
            self._push((connection.phone,))   # a repeat: its state says it is locked in
        return True

    async def _enter(self, connection: _Connection, message: Join | Resume) -> bool:
        if connection.phone is not None:
            connection.reply({"type": "error", "kind": "joined", "message": Say(N_("Already in the room."))})
            return True
        if not self._code_allowed(connection):
            connection.reply({"type": "refused", "reason": Say(N_("Too many wrong codes; wait a while."))})
            return False
        if not secrets.compare_digest(message.code, self.code):
            connection.wrong_codes += 1
            self._count_wrong_code(connection.remote)
            connection.reply({"type": "refused", "field": "code", "reason": Say(N_("That is not this room's code."))})
            return connection.wrong_codes < WRONG_CODES_PER_CONNECTION
        if isinstance(message, Resume):
            phone = self.roster.by_token(message.token)
            if phone is None:
                connection.reply({"type": "forgotten", "reason": Say(N_("Join again."))})
                return True
            self._bind(connection, phone.id)
            self.inbox.put(PhoneBack(phone.id))
        else:
            teams = self.roster.teams
            if teams is not None and message.team is None:
                connection.reply({"type": "teams", "teams": list(teams)})
                return True
            try:
                phone = self.roster.join(message.name, message.team)
            except NameRefused as refusal:
                connection.reply({"type": "refused", "field": "name", "reason": refusal.say})
                return True
            self._bind(connection, phone.id)
            self.inbox.put(PhoneJoined(phone.id))
        connection.reply({"type": "welcome", "token": phone.token, **self._you(phone.id)})
        self._push((phone.id,))
        return True

    def _you(self, phone_id: int) -> dict:
        phone = self.roster.get(phone_id)
        if phone is None:
            return {}
        teams = self.roster.teams
        team = teams[phone.team] if teams is not None and phone.team is not None and phone.team < len(teams) else None
        return {"name": phone.name, "team": team}

    def _bind(self, connection: _Connection, phone_id: int) -> None:
        old = self._by_phone.get(phone_id)
        if old is not None and old is not connection:
            old.phone = None            # the same phone on a new connection: the old one goes quietly
            old.reply({"type": "replaced", "reason": Say(N_("This player continued in another window."))})
            old.closing = True
        connection.phone = phone_id
        self._by_phone[phone_id] = connection
        self.roster.set_connected(phone_id, True)

    def _code_allowed(self, connection: _Connection) -> bool:
        count, since = self._wrong_by_address.get(connection.remote, (0, 0.0))
        if count >= WRONG_CODES_PER_ADDRESS:
            if time.monotonic() - since < WRONG_CODE_LOCKOUT:
                return False
            del self._wrong_by_address[connection.remote]
        return True

    def _count_wrong_code(self, remote: str) -> None:
        count, _ = self._wrong_by_address.get(remote, (0, 0.0))
        self._wrong_by_address[remote] = (count + 1, time.monotonic())

    def _speak(self, connection: _Connection, code: str) -> None:
        """The phone picked a language ("": the game's again): its words, and its state worded anew."""
        connection.language = code if code in i18n.LANGUAGES else None
        self._send_words(connection)

    def _send_words(self, connection: _Connection) -> None:
        code = connection.speaks
        connection.reply({"type": "words", "lang": code, "picked": connection.language is not None,
                          "words": page_words(code)})
        if connection.phone is not None:
            self._push((connection.phone,))

    def _follow_game(self, code: str) -> None:
        for connection in list(self._connections):
            if connection.language is None and not connection.closing:
                self._send_words(connection)

    def _push(self, phones: tuple[int, ...]) -> None:
        encoded: dict[tuple[int, str | None], str] = {}
        for phone_id in phones:
            connection = self._by_phone.get(phone_id)
            phone = self.roster.get(phone_id)
            if connection is None or phone is None or not phone.state:
                continue
            state = phone.state
            # Most states carry no words and are the same for every phone; results and the
            # final place carry sentences, worded in each phone's language.
            worded = state.get("phase") in ("result", "finished")
            code = connection.speaks if worded else None
            text = encoded.get((id(state), code))
            if text is None:
                message = {"type": "state", **state}
                if code is not None:
                    message["say"] = state_words(state, code)
                text = encoded[(id(state), code)] = json.dumps(message, ensure_ascii=False)
            connection.set_state(text)

    def _tell(self, phone_id: int, message: dict) -> None:
        connection = self._by_phone.get(phone_id)
        if connection is not None:
            connection.reply(message)

    def _drop(self, phone_id: int, message: dict) -> None:
        connection = self._by_phone.pop(phone_id, None)
        if connection is not None:
            connection.phone = None
            connection.reply(message)
            connection.closing = True


def _worded(value: Any, code: str) -> str:
    if isinstance(value, Say):
        return value.text(code)
    raise TypeError(f"{type(value).__name__} cannot be sent to a phone")


def _host_is_address(host: str) -> bool:
    """The Host header names an address, not a domain: a web page elsewhere cannot rebind a
    name of its own to this laptop and reach the room through a student's browser."""
    if host.startswith("["):
        name = host[1:].split("]", 1)[0]
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    if name == "localhost":
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True
