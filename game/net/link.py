"""The window's handle on the phones: start and stop the server, seat the phones, pass their
answers to the session and tell them what happens.

Everything here runs on the window's thread and never waits on the network:

    link = PhoneLink(show_prompt=False)
    link.start(host=None, port=8765)   # -> "http://192.168.1.23:8765/" (None: the default-route interface)
    link.code, link.join_url, link.qr(), link.interfaces, link.switch_interface(address)
    link.play_as_individuals(keyboard=("Front row",))   # or link.play_in_teams(("Red", "Blue"))
    link.players()                     # the lobby's list: PhoneView(id, name, team, seat, connected)
    link.player_names()                # individual phones' names, in joining order, for SessionConfig.players
    link.rename(phone_id, name); link.remove(phone_id)
    link.attach(session)               # when play starts: phones are seated; events reach the phones
    news = link.pump()                 # every frame: answers go to session.answer, joiners are seated
    link.stop()                        # when the game ends (also closes every phone's page)

Answers reach the session through `Session.answer(seat, response)`, the same command the
keyboard zones' `Answer(team, choice)` ends in, at the moment the window drains them, so the
time is the laptop's. What phones are told comes from the session's events.
"""

from __future__ import annotations

import queue
import secrets
from dataclasses import dataclass

from game.i18n import N_
from game.net.address import Interface, choose_interface, discover_interfaces, join_url
from game.net.names import WordList, load_word_list
from game.net.qr import QrGrid, qr_grid
from game.net.roster import Phone, PhoneView, Roster
from game.net.server import Inbound, PhoneAnswered, PhoneBack, PhoneJoined, PhoneLeft, PhoneServer
from game.net.words import Say
from game.quiz import (
    MAX_ROOM_PLAYERS,
    AnswerLocked,
    AnswerStatus,
    CountdownChanged,
    Event,
    PlayerRenamed,
    QuestionRevealed,
    QuestionSkipped,
    QuestionStarted,
    Session,
    SessionFinished,
    State,
)
from game.quiz.questions import RoundQuestion

DEFAULT_PORT = 8765
PUMP_LIMIT = 400   # messages handled per frame at most; the rest wait for the next frame

# What a phone is told when its answer is not taken (worded in the phone's language).
_STATUS_WORDS = {
    AnswerStatus.TIME_UP: N_("Time is up."),
    AnswerStatus.PAUSED: N_("The game is paused; answer again when it goes on."),
    AnswerStatus.NOT_ASKING: N_("Not now: wait for the question."),
    AnswerStatus.JOINED_LATE: N_("You play from the next question."),
}
NOT_NOW = N_("Not now.")
TAKEN_OUT = N_("The teacher took you out of the game.")
DOES_NOT_FIT = N_("That answer does not fit this question.")


@dataclass(frozen=True)
class PhoneNews:
    """What happened on the phones this frame, for the window's lobby list, sounds and counters.

    kind: "joined", "back", "left", "answered" (seat locked in), "refused" (status says why).
    """

    kind: str
    phone: int
    name: str
    seat: int | None = None
    status: AnswerStatus | None = None


def room_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"


class PhoneLink:
    def __init__(self, *, show_prompt: bool = False, max_players: int = MAX_ROOM_PLAYERS,
                 words: WordList | None = None, code: str | None = None):
        self.show_prompt = show_prompt
        self.code = code or room_code()
        self.notice: str | None = None          # a problem to show the teacher (the word list)
        if words is None:
            words, self.notice = load_word_list()
        self.roster = Roster(max_players, words)
        self.inbox: queue.SimpleQueue[Inbound] = queue.SimpleQueue()
        self.server: PhoneServer | None = None
        self.interfaces: list[Interface] = []
        self.session: Session | None = None
        self._question: dict | None = None       # the current question's state, shared by every phone
        self._port = DEFAULT_PORT

    # The server ------------------------------------------------------------------------

    def start(self, host: str | None = None, port: int = DEFAULT_PORT) -> str:
        """Serve the page on `host` (None: the interface with the default route); returns the
        address to show, such as "http://192.168.1.23:8765/". Raises PhoneServerError."""
        self.interfaces = discover_interfaces()
        if host is None:
            host = choose_interface(self.interfaces).address
        self.stop()
        self.server = PhoneServer(self.roster, self.code, self.inbox)
        bound_host, self._port = self.server.start(host, port)
        return self.address

    def stop(self) -> None:
        """Close the server and every phone's connection (phones then say the game has ended)."""
        if self.server is not None:
            self.server.stop()
            self.server = None

    def switch_interface(self, address: str) -> str:
        """Serve on another of `interfaces` instead (the teacher's choice, best made before
        students join: a phone's page remembers its player for the address it was opened at)."""
        return self.start(address, self._port)

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def address(self) -> str:
        if self.server is None:
            return ""
        return join_url(self.server.host, self.server.port)

    @property
    def join_url(self) -> str:
        """The address with the room code, for the QR code: scanning it fills the code in."""
        if self.server is None:
            return ""
        return join_url(self.server.host, self.server.port, self.code)

    def qr(self) -> QrGrid:
        return qr_grid(self.join_url)

    # The lobby --------------------------------------------------------------------------

    def play_as_individuals(self, keyboard: tuple[str, ...] = ()) -> None:
        """Each phone is a player of its own, after the keyboard teams named here."""
        with self.roster.lock:
            self.roster.teams = None
            self.roster.keyboard = tuple(keyboard)

    def play_in_teams(self, teams: tuple[str, ...]) -> None:
        """Each phone joins one of these teams (the session's players, in this order)."""
        with self.roster.lock:
            self.roster.teams = tuple(teams)
            self.roster.keyboard = ()
            for phone in self.roster._phones.values():
                if phone.team is not None and phone.team >= len(teams):
                    phone.team = phone.seat = None

    def players(self) -> list[PhoneView]:
        return self.roster.views()

    def player_names(self) -> tuple[str, ...]:
        """Names of the phones playing as individuals, in joining order (for SessionConfig.players)."""
        return tuple(p.name for p in self.roster.views())

    def rename(self, phone_id: int, name: str) -> str:
        """The teacher's rename (NameRefused or KeyError when it cannot be done)."""
        phone = self.roster.get(phone_id)
        seat = phone.seat if phone is not None else None
        if self.session is not None and seat is not None and self.roster.teams is None:
            self.roster.rename(phone_id, name)
            new = self.session.rename_player(seat, name)   # the session tells the phone (an event)
        else:
            new = self.roster.rename(phone_id, name)
            self._tell_you(phone_id)
        return new

    def remove(self, phone_id: int, reason: str = TAKEN_OUT) -> None:
        """Send a phone out of the room: its page says so (`reason`, a message marked with N_,
        worded in the phone's language) and its token no longer works. A player who has already
        played keeps their place in the session's results."""
        self.roster.remove(phone_id)
        if self.server is not None:
            self.server.drop(phone_id, {"type": "removed", "reason": Say(reason)})

    # Play -------------------------------------------------------------------------------

    def attach(self, session: Session) -> None:
        """Play `session` with the phones: seat them and follow its events."""
        self.session = session
        session.subscribe(self._heard)
        names = {p.name.casefold(): p.index for p in session.players}
        with self.roster.lock:
            self.roster.other_names = tuple(p.name for p in session.players)
        for phone in self.roster.phones():
            if self.roster.teams is None:
                seat = names.get(phone.name.casefold())
                if seat is None:
                    seat = self._seat_late(phone)
                with self.roster.lock:
                    phone.seat = seat
        self._refresh_all()

    def detach(self) -> None:
        """Stop following the session (a game set up, then taken back to the lobby); the
        phones are told they are in the lobby again."""
        self.session = None
        self._question = None
        with self.roster.lock:
            self.roster.other_names = ()
            for phone in self.roster._phones.values():
                if self.roster.teams is None:
                    phone.seat = None
                phone.choice = None
                phone.sent_question = None
        self._refresh_all()

    def pump(self, limit: int = PUMP_LIMIT) -> list[PhoneNews]:
        """Handle what the phones said since the last frame; never waits."""
        news: list[PhoneNews] = []
        for _ in range(limit):
            try:
                item = self.inbox.get_nowait()
            except queue.Empty:
                break
            phone = self.roster.get(item.phone)
            if phone is None or phone.removed:
                continue
            if isinstance(item, PhoneAnswered):
                news.append(self._answer(phone, item))
            elif isinstance(item, PhoneJoined):
                if self.session is not None and self.roster.teams is None and phone.seat is None:
                    seat = self._seat_late(phone)
                    with self.roster.lock:
                        phone.seat = seat
                self._set_state(phone)
                news.append(PhoneNews("joined", phone.id, phone.name, phone.seat))
            elif isinstance(item, PhoneBack):
                news.append(PhoneNews("back", phone.id, phone.name, phone.seat))
            elif isinstance(item, PhoneLeft):
                news.append(PhoneNews("left", phone.id, phone.name, phone.seat))
        return news

    # Inside -----------------------------------------------------------------------------

    def _seat_late(self, phone: Phone) -> int | None:
        session = self.session
        if session is None or session.state is State.FINISHED:
            return None
        try:
            seat = session.add_player(phone.name)
        except ValueError:
            return None
        with self.roster.lock:
            self.roster.other_names = tuple(p.name for p in session.players)
        return seat

    def _answer(self, phone: Phone, item: PhoneAnswered) -> PhoneNews:
        session = self.session
        current = session.current if session is not None else None
        if session is None or phone.seat is None or current is None or current.number != item.question:
            return self._refused(phone, AnswerStatus.NOT_ASKING)
        if not current.valid_response(item.response):
            return self._refused(phone, AnswerStatus.NOT_ASKING, DOES_NOT_FIT)
        with self.roster.lock:
            phone.choice = item.response      # set before the session's event tells the phones
        status = session.answer(phone.seat, item.response)
        if status is AnswerStatus.ACCEPTED:
            return PhoneNews("answered", phone.id, phone.name, phone.seat, status)
        if status is AnswerStatus.ALREADY_ANSWERED:
            # A team mate (or the team's keyboard zone) was first: that answer counts.
            with self.roster.lock:
                phone.choice = None
            self._push((phone.id,))
            return PhoneNews("refused", phone.id, phone.name, phone.seat, status)
        return self._refused(phone, status)

    def _refused(self, phone: Phone, status: AnswerStatus, words: str | None = None) -> PhoneNews:
        """Not taken: the phone may try again (after a pause, say), and is told why."""
        with self.roster.lock:
            phone.choice = None
            phone.sent_question = None
        if self.server is not None:
            message = words or _STATUS_WORDS.get(status, NOT_NOW)
            self.server.tell(phone.id, {"type": "notice", "message": Say(message)})
            self.server.push((phone.id,))
        return PhoneNews("refused", phone.id, phone.name, phone.seat, status)

    def _tell_you(self, phone_id: int) -> None:
        phone = self.roster.get(phone_id)
        if phone is not None and self.server is not None:
            teams = self.roster.teams
            team = teams[phone.team] if teams and phone.team is not None else None
            self.server.tell(phone_id, {"type": "you", "name": phone.name, "team": team})

    def _push(self, phone_ids) -> None:
        if self.server is not None:
            self.server.push(phone_ids)

    def _heard(self, event: Event) -> None:
        if isinstance(event, QuestionStarted):
            self._question = _question_state(event.question, self.session, self.show_prompt)
            with self.roster.lock:
                for phone in self.roster._phones.values():
                    phone.choice = None
                    phone.sent_question = None
            self._refresh_all()
        elif isinstance(event, AnswerLocked):
            self._locked(event.player)
        elif isinstance(event, CountdownChanged):
            self._countdown(event)
        elif isinstance(event, QuestionRevealed):
            self._revealed(event.result)
        elif isinstance(event, QuestionSkipped):
            self._question = None
            self._set_all({"phase": "skipped", "number": event.question.number})
        elif isinstance(event, PlayerRenamed):
            for phone in self.roster.phones():
                if phone.seat == event.player and self.roster.teams is None:
                    with self.roster.lock:
                        phone.name = event.name
                    self._tell_you(phone.id)
        elif isinstance(event, SessionFinished):
            self._finished()

    def _lobby_state(self, phone: Phone) -> dict:
        if self.session is None:
            return {"phase": "lobby"}
        if phone.seat is None:
            return {"phase": "waiting"}
        player = self.session.players[phone.seat]
        if self._question is not None and player.first_question < self._question["number"]:
            return self._question
        return {"phase": "waiting"}

    def _set_state(self, phone: Phone) -> None:
        state = self._lobby_state(phone)
        with self.roster.lock:
            phone.state = state
        self._push((phone.id,))

    def _refresh_all(self) -> None:
        phones = self.roster.phones()
        states = [(p, self._lobby_state(p)) for p in phones]
        with self.roster.lock:
            for phone, state in states:
                phone.state = state
        self._push(p.id for p in phones)

    def _set_all(self, state: dict) -> None:
        phones = self.roster.phones()
        with self.roster.lock:
            for phone in phones:
                phone.state = state
        self._push(p.id for p in phones)

    def _locked(self, seat: int) -> None:
        if self._question is None:
            return
        changed = []
        with self.roster.lock:
            for phone in self.roster._phones.values():
                if phone.seat == seat and not phone.removed:
                    phone.state = {**self._question, "locked": True, "choice": phone.choice,
                                   "team_answered": phone.choice is None}
                    changed.append(phone.id)
        self._push(changed)

    def _countdown(self, event: CountdownChanged) -> None:
        """Paused, resumed or given more time: the phones still choosing are told (a paused
        phone stops its time bar and holds its tiles back; the time left comes from here)."""
        if self._question is None:
            return
        question = {key: value for key, value in self._question.items() if key != "paused"}
        question["time_left"] = round(event.time_left, 1)
        if event.paused:
            question["paused"] = True
        self._question = question
        changed = []
        with self.roster.lock:
            for phone in self.roster._phones.values():
                if not phone.removed and phone.state.get("phase") == "question" and not phone.state.get("locked"):
                    phone.state = question
                    changed.append(phone.id)
        self._push(changed)

    def _revealed(self, result) -> None:
        session = self.session
        assert session is not None
        question = result.question
        places = {s.player: s.rank for s in session.standings()}
        answers = {a.player: a for a in result.answers}
        count = len(session.players)
        changed = []
        with self.roster.lock:
            for phone in self.roster._phones.values():
                if phone.removed:
                    continue
                seat = phone.seat
                given = answers.get(seat) if seat is not None else None
                if seat is None or given is None:
                    phone.state = {"phase": "waiting"}
                else:
                    player = session.players[seat]
                    phone.state = {
                        "phase": "result", "number": question.number, "total": session.total_questions,
                        "answered": given.answered, "correct": given.correct, "close": given.close,
                        "points": given.points, "streak": given.streak, "score": player.score,
                        "place": places.get(seat), "of": count, "answer": question.answer_text,
                        "right_option": question.correct_option, "choice": given.response if given.answered else None,
                    }
                changed.append(phone.id)
        self._question = None
        self._push(changed)

    def _finished(self) -> None:
        session = self.session
        assert session is not None
        places = {s.player: s.rank for s in session.standings()}
        count = len(session.players)
        changed = []
        with self.roster.lock:
            for phone in self.roster._phones.values():
                if phone.removed:
                    continue
                if phone.seat is None:
                    phone.state = {"phase": "finished", "place": None, "of": count, "score": 0}
                else:
                    phone.state = {"phase": "finished", "place": places.get(phone.seat), "of": count,
                                   "score": session.players[phone.seat].score}
                changed.append(phone.id)
        self._question = None
        self._push(changed)


def _question_state(question: RoundQuestion, session: Session | None, show_prompt: bool) -> dict:
    """What every phone is shown while a question is asked (the same dict for all of them)."""
    state = {
        "phase": "question", "number": question.number,
        "total": session.total_questions if session else question.number,
        "kind": "typed" if question.typed else "choice",
        "options": len(question.options),
        "number_answer": question.type == "number",
        "unit": question.unit,
        "time_left": round(session.time_left(), 1) if session else float(question.time_limit),
        "locked": False,
    }
    if show_prompt:
        state["prompt"] = question.prompt
        state["labels"] = list(question.options)
    return state
