"""Who has joined from a phone: names, tokens, teams, and the seat each answers for.

A *seat* is one of the session's players (`Session.players[seat]`). Played as individuals,
every phone gets a seat of its own (after any keyboard teams, which keep theirs); played in
teams, a phone answers for its team's seat, beside the team's keyboard zone if it has one,
and the first lock-in counts as always.

The roster is shared by the server's thread (joins, reconnections) and the window's thread
(seats, names, states), so every method takes its lock for a short, non-blocking moment.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from game.i18n import N_
from game.net.names import NameRefused, WordList, check_name
from game.net.words import Say


@dataclass
class Phone:
    id: int
    token: str
    name: str
    team: int | None = None        # the team chosen, in team play
    seat: int | None = None        # the session player it answers for; None until seated
    connected: bool = True
    removed: bool = False
    sent_question: int | None = None   # question number of the answer passed on for it, if any
    choice: Any = None             # what it answered to the current question
    state: dict = field(default_factory=dict)   # the last state sent, sent again on reconnection


@dataclass(frozen=True)
class PhoneView:
    """A phone as the lobby lists it."""

    id: int
    name: str
    team: int | None
    seat: int | None
    connected: bool


class RoomFull(NameRefused):
    pass


class Roster:
    def __init__(self, max_players: int, words: WordList = WordList()):
        self.max_players = max_players
        self.words = words
        self.lock = threading.Lock()
        self.teams: tuple[str, ...] | None = None       # None: everyone plays as themselves
        self.keyboard: tuple[str, ...] = ()             # keyboard teams beside individual phones
        self.other_names: tuple[str, ...] = ()          # names of seats that are not phones
        self._phones: dict[int, Phone] = {}
        self._by_token: dict[str, Phone] = {}
        self._next_id = 1

    # Used by the server's thread --------------------------------------------------------

    def join(self, raw_name: object, team: int | None) -> Phone:
        """A new phone; `NameRefused` says why it cannot join under that name."""
        with self.lock:
            if self.teams is not None and (team is None or not 0 <= team < len(self.teams)):
                raise NameRefused(N_("Choose a team."))
            live = [p for p in self._phones.values() if not p.removed]
            if len(live) >= self.max_players:
                raise RoomFull(Say.ngettext("The room is full ({count} player).",
                                             "The room is full ({count} players).", self.max_players))
            taken = [p.name for p in live] + list(self.keyboard) + list(self.other_names)
            name = check_name(raw_name, taken, self.words)
            phone = Phone(self._next_id, secrets.token_urlsafe(18), name,
                          team=team if self.teams is not None else None,
                          seat=team if self.teams is not None else None)
            self._next_id += 1
            self._phones[phone.id] = phone
            self._by_token[phone.token] = phone
            return phone

    def by_token(self, token: str) -> Phone | None:
        with self.lock:
            phone = self._by_token.get(token)
            return phone if phone is not None and not phone.removed else None

    def get(self, phone_id: int) -> Phone | None:
        with self.lock:
            return self._phones.get(phone_id)

    def set_connected(self, phone_id: int, connected: bool) -> None:
        with self.lock:
            phone = self._phones.get(phone_id)
            if phone is not None:
                phone.connected = connected

    def claim_answer(self, phone_id: int, question: int) -> bool:
        """True the first time an answer to `question` comes from this phone; a repeat is not
        passed on (the phone is sent its state again instead)."""
        with self.lock:
            phone = self._phones.get(phone_id)
            if phone is None or phone.removed or phone.sent_question == question:
                return False
            phone.sent_question = question
            return True

    # Used by the window's thread --------------------------------------------------------

    def views(self) -> list[PhoneView]:
        with self.lock:
            return [PhoneView(p.id, p.name, p.team, p.seat, p.connected)
                    for p in self._phones.values() if not p.removed]

    def phones(self) -> list[Phone]:
        """The phones still in the room, in the order they joined (the objects themselves:
        change them only under `lock`)."""
        with self.lock:
            return [p for p in self._phones.values() if not p.removed]

    def rename(self, phone_id: int, raw_name: str) -> str:
        """The teacher's rename: the same rules, except the word list (the teacher decides)."""
        with self.lock:
            phone = self._live(phone_id)
            others = [p.name for p in self._phones.values() if not p.removed and p.id != phone_id]
            phone.name = check_name(raw_name, others + list(self.keyboard) + list(self.other_names))
            return phone.name

    def remove(self, phone_id: int) -> Phone:
        """Out of the room: its token no longer works and its name is free again."""
        with self.lock:
            phone = self._live(phone_id)
            phone.removed = True
            self._by_token.pop(phone.token, None)
            return phone

    def _live(self, phone_id: int) -> Phone:
        phone = self._phones.get(phone_id)
        if phone is None or phone.removed:
            raise KeyError(f"no phone {phone_id} in the room")
        return phone
