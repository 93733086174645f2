"""The rules of a session in words, shown before it starts (DESIGN asks for this)."""

from __future__ import annotations

from game.i18n import _, ngettext
from game.i18n.formats import format_number
from game.quiz.checking import ARTICLES
from game.quiz.config import RoundKind, SessionConfig
from game.quiz.scoring import FULL_POINTS_WINDOW, STREAK_CAP, STREAK_STEP
from game.quiz.selection import Outlook, Selection


def _points_amount(config: SessionConfig) -> int | None:
    """The points a right answer is worth in every question, or None when each pack sets its own."""
    points = config.scoring.points
    if points is not None:
        return points
    defaults = sorted({p.defaults.points for p in config.packs})
    return defaults[0] if len(defaults) == 1 else None


def describe_rules(config: SessionConfig, selection: Selection | Outlook | None = None) -> list[str]:
    """One sentence per rule, in the order a player needs them; the UI prints them as they are.
    `selection`: what the session plays, picked (Selection) or only counted (Outlook). The
    sentences are in the game's language at the moment they are asked for."""
    lines: list[str] = []
    count = selection.played if selection else config.question_count
    titles = ", ".join(p.title for p in config.packs)
    if config.kind is RoundKind.REVIEW:
        lines.append(ngettext("Review round: {count} question the room missed, played again.",
                              "Review round: {count} questions the room missed, played again.", count).format(count=count))
    else:
        lines.append(ngettext("{count} question from {titles}.", "{count} questions from {titles}.", count).format(
            count=count, titles=titles))
    if selection and selection.short_by and config.kind is RoundKind.MAIN:
        lines.append(ngettext("(You asked for {asked}; only {count} matches the chosen types and difficulties.)",
                              "(You asked for {asked}; only {count} match the chosen types and difficulties.)",
                              count).format(asked=config.question_count, count=count))

    if config.teams and config.open_room:
        # Answers typed in team modes mean everyone has a keyboard of their own: a phone.
        if config.typed_answers:
            lines.append(_("Everyone answers at the same time on their own phone; someone who joins late plays "
                           "from the next question."))
        else:
            lines.append(_("Everyone answers at the same time on their own phone or their team's keys; someone who "
                           "joins late plays from the next question."))
    elif config.teams:
        lines.append(_("Everyone answers at the same time, each team on its own keys; the first lock-in counts."))
    if config.time_limit is not None:
        lines.append(ngettext("{seconds} second per question.", "{seconds} seconds per question.",
                              config.time_limit).format(seconds=config.time_limit))
    elif config.default_time_limit is not None:
        lines.append(ngettext("Each question has the time its pack gives it, or {seconds} second where the pack "
                              "gives none (shown by the torch).",
                              "Each question has the time its pack gives it, or {seconds} seconds where the pack "
                              "gives none (shown by the torch).", config.default_time_limit).format(
            seconds=config.default_time_limit))
    else:
        lines.append(_("Each question has the time its pack gives it (shown by the torch)."))

    amount = _points_amount(config)
    if amount == 0:
        lines.append(_("No points this time: play for the fun of it."))
    else:
        window = format_number(FULL_POINTS_WINDOW)
        if config.scoring.speed and amount is None:
            lines.append(_("A right answer scores the points its pack sets in the first {window} second, falling "
                           "to half at the buzzer: the faster, the more.").format(window=window))
        elif config.scoring.speed:
            lines.append(ngettext("A right answer scores {points} point in the first {window} second, falling to "
                                  "{half} at the buzzer: the faster, the more.",
                                  "A right answer scores {points} points in the first {window} second, falling to "
                                  "{half} at the buzzer: the faster, the more.", amount).format(
                points=format_number(amount), window=window, half=format_number(amount // 2)))
        elif amount is None:
            lines.append(_("Speed does not matter: every right answer scores the points its pack sets."))
        else:
            lines.append(ngettext("Speed does not matter: every right answer scores {points} point.",
                                  "Speed does not matter: every right answer scores {points} points.",
                                  amount).format(points=format_number(amount)))
        lines.append(_("A wrong answer, or none, scores nothing."))
        if config.scoring.streaks:
            lines.append(_("Streak bonus: +{step} for each right answer in a row after the first, up to +{cap}.").format(
                step=STREAK_STEP, cap=STREAK_CAP))
        if config.teams and "number" in config.types:
            lines.append(_("Number questions: the closest team that is not right gets half points."))

    if config.picks_options and ({"number", "text"} & set(config.types)):
        if selection and selection.unplayable:
            lines.append(ngettext(
                "Number and text questions are played as multiple choice; {count} question without options to "
                "choose from is left out.",
                "Number and text questions are played as multiple choice; {count} questions without options to "
                "choose from are left out.", selection.unplayable).format(count=selection.unplayable))
        else:
            lines.append(_("Number and text questions are played as multiple choice when they have options to "
                           "choose from, and left out otherwise."))
    else:
        if "text" in config.types:
            lines.append(_typed_answers(config))
        if "number" in config.types:
            lines.append(_("Numbers may be typed as {plain} or {grouped}; some questions accept an answer close "
                           "enough.").format(plain=1996, grouped=format_number(1996)))

    every = config.scoring.standings_every
    if every == 1:
        lines.append(_("The standings are shown after every question."))
    elif every == 0:
        lines.append(_("The standings are kept secret until the end."))
    else:
        lines.append(ngettext("The standings are shown every {count} question and at the end.",
                              "The standings are shown every {count} questions and at the end.", every).format(count=every))
    return lines


def _typed_answers(config: SessionConfig) -> str:
    """What typed answers forgive, naming the articles of the packs' own languages (an English
    pack forgives "the" whatever language the game speaks; a Russian pack has none)."""
    articles: list[str] = []
    for pack in config.packs:
        for article in ARTICLES.get(pack.language.split("-")[0].lower(), ARTICLES["en"])[:3]:
            if article not in articles:
                articles.append(article)
    if not articles:
        return _("Typed answers forgive case, accents and one typo in longer words.")
    # Translators: {articles} are the packs' own words, quoted, e.g. "the", "a", "an"
    return _("Typed answers forgive case, accents, a leading article ({articles}) and one typo in longer "
             "words.").format(articles=", ".join(f"\u201c{a}\u201d" for a in articles))

