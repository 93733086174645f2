"""The rules of a session in words, shown before it starts (DESIGN asks for this)."""

from __future__ import annotations

from game.quiz.config import RoundKind, SessionConfig
from game.quiz.scoring import FULL_POINTS_WINDOW, STREAK_CAP, STREAK_STEP
from game.quiz.selection import Outlook, Selection


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _points_phrase(config: SessionConfig) -> tuple[int | None, str]:
    points = config.scoring.points
    if points is not None:
        return points, f"{points:,} points"
    defaults = sorted({p.defaults.points for p in config.packs})
    if len(defaults) == 1:
        return defaults[0], f"{defaults[0]:,} points"
    return None, "the points its pack sets"


def describe_rules(config: SessionConfig, selection: Selection | Outlook | None = None) -> list[str]:
    """One sentence per rule, in the order a player needs them; the UI prints them as they are.
    `selection`: what the session plays, picked (Selection) or only counted (Outlook)."""
    lines: list[str] = []
    count = selection.played if selection else config.question_count
    titles = ", ".join(p.title for p in config.packs)
    if config.kind is RoundKind.REVIEW:
        lines.append(f"Review round: {_plural(count, 'question')} the room missed, played again.")
    else:
        lines.append(f"{_plural(count, 'question')} from {titles}.")
    if selection and selection.short_by and config.kind is RoundKind.MAIN:
        lines.append(f"(You asked for {config.question_count}; only {count} match the chosen types and difficulties.)")

    if config.teams and config.open_room:
        # Answers typed in team modes mean everyone has a keyboard of their own: a phone.
        on = "their own phone" if config.typed_answers else "their own phone or their team's keys"
        lines.append(f"Everyone answers at the same time on {on}; someone who joins late plays from the next "
                     "question.")
    elif config.teams:
        lines.append("Everyone answers at the same time, each team on its own keys; the first lock-in counts.")
    if config.time_limit is not None:
        lines.append(f"{config.time_limit} seconds per question.")
    elif config.default_time_limit is not None:
        lines.append(f"Each question has the time its pack gives it, or {config.default_time_limit} seconds "
                     "where the pack gives none (shown by the torch).")
    else:
        lines.append("Each question has the time its pack gives it (shown by the torch).")

    amount, phrase = _points_phrase(config)
    if amount == 0:
        lines.append("No points this time: play for the fun of it.")
    else:
        if config.scoring.speed:
            half = f"{amount // 2:,}" if amount else "half"
            lines.append(f"A right answer scores {phrase} in the first {FULL_POINTS_WINDOW:g} second, "
                         f"falling to {half} at the buzzer: the faster, the more.")
        else:
            lines.append(f"Speed does not matter: every right answer scores {phrase}.")
        lines.append("A wrong answer, or none, scores nothing.")
        if config.scoring.streaks:
            lines.append(f"Streak bonus: +{STREAK_STEP} for each right answer in a row after the first, "
                         f"up to +{STREAK_CAP}.")
        if config.teams and "number" in config.types:
            lines.append("Number questions: the closest team that is not right gets half points.")

    if config.picks_options and ({"number", "text"} & set(config.types)):
        note = "Number and text questions are played as multiple choice"
        if selection and selection.unplayable:
            note += f"; {_plural(selection.unplayable, 'question')} without options to choose from are left out"
        else:
            note += " when they have options to choose from, and left out otherwise"
        lines.append(note + ".")
    else:
        if "text" in config.types:
            lines.append("Typed answers forgive case, accents, a leading \"the\" and one typo in longer words.")
        if "number" in config.types:
            lines.append("Numbers may be typed as 1996 or 1,996; some questions accept an answer close enough.")

    every = config.scoring.standings_every
    if every == 1:
        lines.append("The standings are shown after every question.")
    elif every == 0:
        lines.append("The standings are kept secret until the end.")
    else:
        lines.append(f"The standings are shown every {every} questions and at the end.")
    return lines
