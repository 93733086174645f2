"""A large room on the projector (a class answering on phones): counts instead of a chip per
player, the share of the room behind each tile, and the best few instead of everyone.

A screen cannot show sixty names and keep them readable from the back of a room, and the
players do not need it to: each phone shows its own result. So the projector says how many
have answered, how the room split between the tiles, and who did best.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.i18n import _, ngettext, pgettext
from game.i18n.formats import format_number, format_percent
from game.quiz import QuestionResult, Session
from game.ui.kit.fx import draw_panel
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.kit.text import TextRenderer, points_text
from game.ui.kit.theme import Theme

# From this many players on, the play screens show counts and the best few, not everyone.
CROWD = 9
BEST_SHOWN = 5


def is_crowd(session: Session) -> bool:
    return len(session.players) >= CROWD


def answered_count(session: Session) -> tuple[int, int]:
    """(players locked in, players taking part) in the question being played; someone who
    joined during it plays from the next one and is not counted."""
    current = session.current
    if current is None:
        return 0, len(session.players)
    index = current.number - 1
    playing = [p.index for p in session.players if p.first_question <= index]
    locked = session.locked_in
    return sum(1 for player in playing if player in locked), len(playing)


def tile_counts(result: QuestionResult) -> list[int]:
    """How many chose each option of a revealed question."""
    counts = [0] * len(result.question.options)
    for answer in result.answers:
        if answer.answered and isinstance(answer.response, int) and 0 <= answer.response < len(counts):
            counts[answer.response] += 1
    return counts


def share_words(count: int, total: int) -> str:
    """"43% · 12": the share of the room, then the head count."""
    share = count / total if total else 0
    return f"{format_percent(share)} · {format_number(count)}"


@dataclass(frozen=True)
class Best:
    name: str
    points: int
    correct: bool
    close: bool


def best_of_question(result: QuestionResult, session: Session, count: int = BEST_SHOWN) -> list[Best]:
    """The players who scored most on this question (the fastest right answers when speed
    counts), best first; nobody who scored nothing."""
    scored = [a for a in result.answers if a.points > 0]
    scored.sort(key=lambda a: (-a.points, a.elapsed if a.elapsed is not None else math.inf, a.player))
    return [Best(session.players[a.player].name, a.points, a.correct, a.close) for a in scored[:count]]


def draw_answer_counter(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, text: TextRenderer,
                        screen: Screen, answered: int, playing: int, note: str = "") -> None:
    """"23 of 28 answered" with a bar filling up as the room locks in; `note` (how late
    comers join) in small type beneath."""
    everyone = playing > 0 and answered >= playing
    draw_panel(surface, rect, theme.panel_raised if everyone else theme.panel, radius_frac=0.2,
               edge=theme.correct if everyone else theme.accent, edge_width=max(2, screen.px(0.004)))
    inner = rect.inflate(-screen.px(0.03), -screen.px(0.014))
    small = screen.text_px(theme, theme.size_small)
    min_px = screen.min_text_px(theme)
    note_box = None
    if note and inner.w > inner.h * 5:         # a wide band: the note beside the count
        inner, note_box = split_columns(inner, [0.58, 0.42], screen.px(0.02))
    elif note and inner.h > small * 4:         # a tall card: the note beneath
        inner, note_box = split_rows(inner, [inner.h - round(small * 1.3), round(small * 1.3)])
    words, bar_box = split_rows(inner, [0.7, 0.3], max(2, screen.px(0.006)))
    count_box, label_box = split_columns(words, [0.5, 0.5], screen.px(0.01))
    px = min(screen.text_px(theme, theme.size_heading), round(words.h * 0.8))
    # Translators: how many have answered: "12 of 30", with "answered" beside it
    count_words = _("{answered} of {playing}").format(answered=answered, playing=playing)
    text.fit(count_words, count_box.size, px=px, min_px=min_px, style="display",
             colour=theme.correct if everyone else theme.text, align="right", max_lines=1).draw(surface, count_box)
    answered_words = pgettext("beside how many of the room have answered", "answered")
    text.fit(answered_words, label_box.size, px=round(px * 0.7), min_px=min_px, style="bold",
             colour=theme.text_muted, align="left", max_lines=1).draw(surface, label_box)
    bar = bar_box.inflate(0, -bar_box.h // 3)
    pygame.draw.rect(surface, theme.panel_edge, bar, border_radius=bar.h // 2)
    if playing:
        filled = pygame.Rect(bar.x, bar.y, round(bar.w * min(1.0, answered / playing)), bar.h)
        if filled.w:
            pygame.draw.rect(surface, theme.correct if everyone else theme.accent, filled, border_radius=bar.h // 2)
    if note_box is not None:
        text.fit(note, note_box.size, px=small, min_px=min_px, colour=theme.text_muted, align="left",
                 max_lines=2, line_spacing=1.0).draw(surface, note_box)


def draw_best_list(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, text: TextRenderer, screen: Screen,
                   best: list[Best], more: int) -> None:
    """The best few of a question: a row each (name, points), then how many more scored."""
    min_px = screen.min_text_px(theme)
    small = screen.text_px(theme, theme.size_small)
    lines = BEST_SHOWN + 1
    rows = split_rows(rect, [1] * lines, max(1, screen.px(0.006)))
    if not best:
        text.fit(_("Nobody scored on this one."), rect.size, px=screen.text_px(theme, theme.size_body), min_px=min_px,
                 colour=theme.text_muted).draw(surface, rect)
        return
    row_px = min(screen.text_px(theme, theme.size_body), round(rows[0].h * 0.62))
    name_w = round(rows[0].w * 0.66)
    px = text.shared_px([b.name for b in best], (name_w, rows[0].h), px=row_px, min_px=min_px, style="bold",
                        max_lines=1)
    for place, (entry, row) in enumerate(zip(best, rows), start=1):
        rank_box, name_box, points_box = split_columns(row, [0.1, 0.6, 0.3], screen.px(0.008))
        text.fit(str(place), rank_box.size, px=px, min_px=min_px, style="display",
                 colour=theme.medal_colour(place - 1) if place <= 3 else theme.text_muted).draw(surface, rank_box)
        text.fit(entry.name, name_box.size, px=px, min_px=min_px, style="bold", colour=theme.text, align="left",
                 max_lines=1).draw(surface, name_box)
        detail = points_text(entry.points) + (" " + _("(closest)") if entry.close else "")
        text.fit(detail, points_box.size, px=px, min_px=min_px, colour=theme.accent, align="right",
                 max_lines=1).draw(surface, points_box)
    if more > 0:
        last = rows[min(len(best), lines - 1)]
        more_words = ngettext("and {count} more scored", "and {count} more scored", more).format(count=more)
        text.fit(more_words, last.size, px=min(small, px), min_px=min_px, colour=theme.text_muted,
                 align="left", max_lines=1).draw(surface, last)


def draw_phones_card(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, text: TextRenderer, screen: Screen,
                     count: int, join: str = "") -> None:
    """The players on phones as one card: how many, and how a late comer joins."""
    draw_panel(surface, rect, theme.panel, radius_frac=min(0.2, 0.05 * rect.w / max(1, rect.h)), edge=theme.accent,
               edge_width=max(2, screen.px(0.004)))
    inner = rect.inflate(-screen.px(0.04), -screen.px(0.03))
    min_px = screen.min_text_px(theme)
    head, rest = split_rows(inner, [0.5, 0.5] if join else [1.0, 0.0], screen.px(0.01))
    who = ngettext("{count} player on their phones", "{count} players on their phones", count).format(count=count)
    text.fit(who, head.size, px=screen.text_px(theme, theme.size_heading), min_px=min_px, style="display",
             colour=theme.text, align="left", valign="bottom" if join else "middle").draw(surface, head)
    if join:
        text.fit(_("Late comers play from the next question.") + " " + join, rest.size,
                 px=screen.text_px(theme, theme.size_small), min_px=min_px, colour=theme.text_muted, align="left",
                 valign="top").draw(surface, rest)
