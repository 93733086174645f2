"""What a phone may say, checked before anything else looks at it.

Every frame from a phone is a JSON object of at most `MAX_MESSAGE_BYTES`, with a `type` and
exactly the fields that type has:

    {"type": "join",   "code": "123456", "name": "Ana", "team": 0}    team: optional, or null
    {"type": "resume", "code": "123456", "token": "..."}             a phone coming back
    {"type": "answer", "question": 3, "choice": 2}                   a tile (0-based)
    {"type": "answer", "question": 3, "text": "Black Sea"}           a typed answer
    {"type": "ping"}
    {"type": "language", "lang": "de"}                               the player's pick; "": the game's

Anything else is refused with a `ProtocolError` naming the problem; the server answers it
with an error message and never passes it on. `RateLimit` is a token bucket per connection.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

from game.i18n import N_
from game.net.words import Say

MAX_MESSAGE_BYTES = 1024
MAX_NAME_CHARS = 64          # as typed; the name rules then allow fewer
MAX_TOKEN_CHARS = 64
MAX_TEXT_ANSWER = 120
MAX_QUESTION_NUMBER = 10_000
CODE_DIGITS = 6


class ProtocolError(ValueError):
    """A message the server will not act on; `kind` names the class of problem, `say` what is
    wrong (worded in the phone's language when sent; `str()` gives the English)."""

    def __init__(self, kind: str, message: str, **fields: Any):
        self.say = Say.of(message, **fields)
        super().__init__(str(self.say))
        self.kind = kind


@dataclass(frozen=True)
class Join:
    code: str
    name: str
    team: int | None = None


@dataclass(frozen=True)
class Resume:
    code: str
    token: str


@dataclass(frozen=True)
class AnswerMessage:
    question: int
    choice: int | None = None
    text: str | None = None

    @property
    def response(self) -> int | str:
        return self.choice if self.choice is not None else (self.text or "")


@dataclass(frozen=True)
class Ping:
    pass


@dataclass(frozen=True)
class Language:
    """The language the player picked on the phone; "" to speak as the game does again."""

    code: str


Message = Join | Resume | AnswerMessage | Ping | Language
MAX_LANGUAGE_CHARS = 16


def _string(data: dict, key: str, limit: int) -> str:
    value = data[key]
    if not isinstance(value, str):
        # Translators: a message from a phone was malformed; {field} is a technical field name
        raise ProtocolError("wrong type", N_("'{field}' must be text"), field=key)
    if len(value) > limit:
        raise ProtocolError("too long", N_("'{field}' is longer than {limit} characters"), field=key, limit=limit)
    return value


def _whole(data: dict, key: str, low: int, high: int) -> int:
    value = data[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise ProtocolError("wrong type", N_("'{field}' must be a whole number"), field=key)
    if not low <= value <= high:
        raise ProtocolError("out of range", N_("'{field}' must be from {low} to {high}"), field=key, low=low,
                            high=high)
    return value


def _code(data: dict) -> str:
    code = _string(data, "code", 16)
    if len(code) != CODE_DIGITS or not code.isascii() or not code.isdigit():
        raise ProtocolError("bad code", N_("The room code has {digits} digits."), digits=CODE_DIGITS)
    return code


def _join(data: dict) -> Join:
    team = data.get("team")
    if team is not None:
        team = _whole(data, "team", 0, 1000)
    return Join(_code(data), _string(data, "name", MAX_NAME_CHARS), team)


def _resume(data: dict) -> Resume:
    return Resume(_code(data), _string(data, "token", MAX_TOKEN_CHARS))


def _answer(data: dict) -> AnswerMessage:
    question = _whole(data, "question", 1, MAX_QUESTION_NUMBER)
    if ("choice" in data) == ("text" in data):
        raise ProtocolError("missing field", N_("An answer has either 'choice' or 'text'."))
    if "choice" in data:
        return AnswerMessage(question, choice=_whole(data, "choice", 0, 5))
    return AnswerMessage(question, text=_string(data, "text", MAX_TEXT_ANSWER))


_SHAPES: dict[str, tuple[frozenset[str], frozenset[str], Callable[[dict], Any]]] = {
    # type: (required fields, optional fields, builder)
    "join": (frozenset({"code", "name"}), frozenset({"team"}), _join),
    "resume": (frozenset({"code", "token"}), frozenset(), _resume),
    "answer": (frozenset({"question"}), frozenset({"choice", "text"}), _answer),
    "ping": (frozenset(), frozenset(), lambda data: Ping()),
    "language": (frozenset({"lang"}), frozenset(), lambda data: Language(_string(data, "lang", MAX_LANGUAGE_CHARS))),
}


def parse_message(frame: str | bytes) -> Message:
    """The message in one WebSocket frame, or `ProtocolError`."""
    if isinstance(frame, (bytes, bytearray)):
        raise ProtocolError("binary", N_("Messages are JSON text, not binary frames."))
    if len(frame) > MAX_MESSAGE_BYTES or len(frame.encode("utf-8", "surrogatepass")) > MAX_MESSAGE_BYTES:
        raise ProtocolError("too big", N_("A message has at most {limit} bytes."), limit=MAX_MESSAGE_BYTES)
    try:
        data = json.loads(frame, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise ProtocolError("not json", N_("A message must be JSON.")) from None
    if not isinstance(data, dict):
        raise ProtocolError("not an object", N_("A message must be a JSON object."))
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in _SHAPES:
        raise ProtocolError("unknown type", N_("Unknown message type {type}."), type=repr(str(kind)[:20]))
    required, optional, build = _SHAPES[kind]
    fields = set(data) - {"type"}
    missing = required - fields
    if missing:
        raise ProtocolError("missing field", N_("'{type}' needs {fields}"), type=kind,
                            fields=", ".join(sorted(missing)))
    unknown = fields - required - optional
    if unknown:
        raise ProtocolError("unknown field", N_("'{type}' has no field {field}"), type=kind,
                            field=repr(sorted(unknown)[0][:20]))
    return build(data)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


class RateLimit:
    """A token bucket: `burst` messages at once, then `rate` a second. `now` is passed in."""

    def __init__(self, rate: float, burst: int, now: float):
        self.rate = rate
        self.burst = float(burst)
        self.tokens = float(burst)
        self.stamp = now
        self.refused = 0

    def allow(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        self.refused += 1
        return False
