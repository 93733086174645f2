"""The words the phones show, in each phone's language.

A phone speaks the game's language (`game.i18n.language()`, followed when the game switches)
unless its player picked one on the join screen. The server therefore translates for each
connection, never with the window's current language alone:

- `Say` is a message not yet translated (a refusal, a notice, a protocol error): the server
  turns it into words in the language of the phone it is sent to.
- `page_words(code)` is the page's own table (headings, buttons, labels), served inside the
  page and sent again over the WebSocket when the phone's language changes.
- `state_words(state, code)` are the sentences of a result or of the final place, with their
  counts, plurals and numbers written as the language writes them.

Nothing here needs the network, so the tests read the words without a server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game import i18n
from game.i18n import N_
from game.i18n.formats import format_number


def translator(code: str | None = None) -> i18n.Translator:
    """The messages of `code`, or of the game's current language."""
    return i18n.translator(code or i18n.language())


@dataclass(frozen=True)
class Say:
    """A message marked with N_ (and its plural, for counts) with its named fields, translated
    only when it is known whom it is for. Whole numbers among the fields are written in the
    language's own form."""

    message: str
    plural: str | None = None
    count: int | None = None
    fields: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, message: str, **fields: Any) -> "Say":
        return cls(message, fields=tuple(fields.items()))

    @classmethod
    def ngettext(cls, singular: str, plural: str, count: int, **fields: Any) -> "Say":
        """A message about `count` things ({count} in it), marked for the catalogs by its name."""
        return cls(singular, plural, count, tuple({"count": count, **fields}.items()))

    def text(self, code: str | None = None) -> str:
        """In language `code` (None: the game's current language)."""
        code = code or i18n.language()
        words = translator(code)
        if self.plural is not None:
            pattern = words.ngettext(self.message, self.plural, self.count or 0)
        else:
            pattern = words.gettext(self.message)
        return _fill(pattern, dict(self.fields), code)

    def __str__(self) -> str:
        return self.text(i18n.SOURCE)


def _fill(pattern: str, fields: dict[str, Any], code: str) -> str:
    shown = {key: format_number(value, language=code)
             if isinstance(value, int) and not isinstance(value, bool) else value
             for key, value in fields.items()}
    return pattern.format(**shown) if shown else pattern


# The page's own words, by the key the page looks them up with.
PAGE: dict[str, str] = {
    # Translators: the phone page's first heading, above the room code and the name
    "join": N_("Join the game"),
    "code": N_("Room code"),
    "name": N_("Your name"),
    # Translators: the grey hint inside the empty name field
    "first": N_("First name"),
    # Translators: the phone page's button that joins the game
    "go": N_("Join"),
    "where": N_("The code is on the big screen."),
    # Translators: the label of the phone's language picker
    "lang": N_("Language"),
    # Translators: the first choice of the phone's language picker: speak as the game does
    "auto": N_("Like the big screen"),
    "teams": N_("Choose your team"),
    "in": N_("You're in!"),
    "lobby": N_("See your name on the big screen. The first question comes up here."),
    "late": N_("You play from the next question. Watch the big screen."),
    "back": N_("Welcome back"),
    "connecting": N_("Connecting…"),
    "qnum": N_("Question {number} of {total}"),
    # Translators: beside the question number while the teacher has stopped the clock
    "paused": N_("Paused"),
    "pausedlong": N_("Paused: the teacher stopped the clock. Wait for it to go on."),
    # Translators: read aloud by screen readers for the group of answer tiles
    "answers": N_("Answers"),
    # Translators: read aloud by screen readers for one tile; {letter} is A, B, C or D
    "tile": N_("Answer {letter}"),
    # Translators: read aloud by screen readers for one tile with its text
    "tilelabel": N_("Answer {letter}: {label}"),
    "youranswer": N_("Your answer"),
    "yournumber": N_("Your number"),
    # Translators: the button that sends a typed answer
    "send": N_("Lock in"),
    "sending": N_("Sending…"),
    "locked": N_("Locked in"),
    "teamanswered": N_("Your team has answered. Watch the big screen."),
    "youanswered": N_("You answered: {answer}"),
    "watch": N_("Watch the big screen for the answer."),
    # Translators: a label under the points won on one question
    "points": N_("points"),
    # Translators: a label under the number of right answers in a row
    "streak": N_("streak"),
    # Translators: a label under the player's total score
    "score": N_("score"),
    # Translators: the heading over the right answer on the phone's result
    "answer": N_("The answer"),
    "skipped": N_("Question skipped"),
    "skippedtext": N_("No points this time. The next one is coming."),
    "left": N_("You left the game"),
    "elsewhere": N_("Playing elsewhere"),
    "again": N_("Join again"),
    "reconnecting": N_("Reconnecting…"),
    # Translators: what the phone says when the game refused something without a reason
    "notnow": N_("Not now."),
    "wrong": N_("Something went wrong."),
    "digits": N_("The room code has 6 digits."),
    "typename": N_("Type your name."),
}


def page_words(code: str) -> dict[str, str]:
    """The page's table in language `code`."""
    words = translator(code)
    return {key: words.gettext(message) for key, message in PAGE.items()}


def ordinal(place: int, code: str) -> str:
    """A place as the language writes it under "place of 28" and in the final sentence: 1st, 2nd
    in English, "2." in German, "1re", "2e" in French, "2.º" in Spanish, "2-е" in Russian. Each
    language's rule is here (a catalog cannot hold English's st/nd/rd); another language shows
    the plain number until its rule is added."""
    if code == "de":
        return f"{place}."
    if code == "fr":
        return f"{place}re" if place == 1 else f"{place}e"
    if code == "es":
        return f"{place}.º"
    if code == "ru":
        return f"{place}-е"
    if code in (i18n.SOURCE, i18n.PSEUDO):
        tens = place % 100
        suffix = "th" if 11 <= tens <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
        return f"{place}{suffix}"
    return str(place)


def state_words(state: dict, code: str) -> dict[str, str] | None:
    """The sentences of a result or of the final place in language `code`; None for the other
    phases (the page words them from its table)."""
    phase = state.get("phase")
    if phase == "result":
        return _result_words(state, code)
    if phase == "finished":
        return _finished_words(state, code)
    return None


def _result_words(state: dict, code: str) -> dict[str, str]:
    words = translator(code)
    if not state.get("answered"):
        title = words.gettext(N_("No answer"))
    elif state.get("correct"):
        title = words.gettext(N_("Right!"))
    elif state.get("close"):
        title = words.gettext(N_("Closest: half points"))
    else:
        title = words.gettext(N_("Not this time"))
    streak = int(state.get("streak") or 0)
    place = state.get("place")
    count = int(state.get("of") or 0)
    return {
        "title": title,
        "points": "+" + format_number(int(state.get("points") or 0), language=code),
        "streak": (_fill(words.ngettext("{count} in a row", "{count} in a row", streak), {"count": streak}, code)
                   if streak else "0"),
        "place": ordinal(place, code) if place else "–",
        # Translators: under the player's place on the result, such as "2nd" over "place of 28"
        "of": _fill(words.ngettext("place of {count}", "place of {count}", count), {"count": count}, code),
        "score": format_number(int(state.get("score") or 0), language=code),
    }


def _finished_words(state: dict, code: str) -> dict[str, str]:
    words = translator(code)
    place = state.get("place")
    if not place:
        return {"title": words.gettext(N_("Game over")), "text": words.gettext(N_("Thanks for playing!"))}
    points = int(state.get("score") or 0)
    count = int(state.get("of") or 0)
    # Translators: the phone's last words; {place} is written like "1st" (German "1.", Russian "1-е")
    sentence = words.ngettext("You finished {place} of {count} with {points} point.",
                              "You finished {place} of {count} with {points} points.", points)
    return {
        "title": words.gettext(N_("You won!")) if place == 1 else words.gettext(N_("Game over")),
        "text": _fill(sentence, {"place": ordinal(place, code), "count": count, "points": points}, code),
    }
