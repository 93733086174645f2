"""The standings as a relay track: a lane per player or team, each runner carrying a torch.

Runners run from their old score to the new one (the distance along the track is the score
as a share of the leader's), the points gained float up above them, and the totals count up.
The leader's torch burns brightest. Lanes are ordered by rank; a lane's colour belongs to its
player (the Olympic ring colours in player order), so colours stay put as ranks change.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.i18n import _
from game.ui.look.flame import Flame, still_flame
from game.ui.kit import record
from game.ui.kit.fx import draw_panel, ease_out, mix, scale
from game.ui.kit.layout import Screen, split_columns
from game.ui.kit.text import FittedText, TextRenderer, points_text, score_text
from game.ui.kit.theme import Theme
from game.ui.look.torch import tilted_torch, torch_body


@dataclass
class Lane:
    """One runner: who, in which colour, and the score before and after."""

    name: str
    colour_index: int
    old_score: int
    new_score: int
    rank: int
    points: int | None = None    # this question's points, when known (else the whole run is the gain)
    adjusted: int = 0            # points given or taken by hand since the question was revealed

    @property
    def gained(self) -> int:
        return self.new_score - self.old_score

    @property
    def question_points(self) -> int:
        return self.gained if self.points is None else self.points


def signed_points(points: int) -> str:
    """Points with their sign either way: +100, −100."""
    return points_text(points) if points >= 0 else "\u2212" + score_text(-points)


def draw_runner(surface: pygame.Surface, feet: tuple[float, float], height: float, colour, outline,
                phase: float, running: bool) -> tuple[float, float]:
    """A running pictogram with its feet at `feet`; returns where its raised torch hand is."""
    x, y = feet
    h = height
    limb = max(2, round(h * 0.1))
    swing = math.sin(phase) if running else 0.35
    hip = (x, y - h * 0.46)
    neck = (x + h * 0.1, y - h * 0.8)
    head = (x + h * 0.16, y - h * 0.93)

    def leg(angle: float, bend: float) -> list[tuple[tuple[float, float], tuple[float, float]]]:
        knee = (hip[0] + h * 0.25 * math.sin(angle), hip[1] + h * 0.25 * math.cos(angle))
        foot = (knee[0] + h * 0.24 * math.sin(angle - bend), knee[1] + h * 0.24 * math.cos(angle - bend))
        return [(hip, knee), (knee, foot)]

    front = leg(0.75 * swing, 0.25 + 0.9 * max(0.0, -swing))
    back = leg(-0.75 * swing, 0.25 + 0.9 * max(0.0, swing))
    hand_front = (neck[0] + h * 0.2, neck[1] - h * 0.2)   # the torch hand, raised
    elbow_front = (neck[0] + h * 0.16, neck[1] + h * 0.02)
    elbow_back = (neck[0] - h * 0.1 - h * 0.06 * swing, neck[1] + h * 0.16)
    hand_back = (elbow_back[0] + h * 0.08, elbow_back[1] + h * 0.1)
    segments = [*back, *front, (neck, elbow_front), (elbow_front, hand_front),
                (neck, elbow_back), (elbow_back, hand_back)]
    body = max(3, round(limb * 1.6))
    for extra, tint in ((max(2, limb // 2), outline), (0, colour)):
        pygame.draw.line(surface, tint, hip, neck, body + extra)
        for a, b in segments:
            pygame.draw.line(surface, tint, a, b, limb + extra)
            pygame.draw.circle(surface, tint, b, (limb + extra) / 2)
        for joint in (hip, neck):
            pygame.draw.circle(surface, tint, joint, (body + extra) / 2)
        pygame.draw.circle(surface, tint, head, h * 0.11 + extra / 2)
    return hand_front


class RelayTrack:
    """The animated standings. `set_lanes`, then `update(dt)` and `draw` each frame."""

    def __init__(self, theme: Theme, text: TextRenderer, seed: int = 5) -> None:
        self.theme = theme
        self.text = text
        self.lanes: list[Lane] = []
        self.elapsed = 0.0
        self.rect = pygame.Rect(0, 0, 10, 10)
        self.screen = Screen(1280, 720)
        self._flames: list[Flame] = []
        self._seed = seed
        self.finish_score: int | None = None
        self._background: pygame.Surface | None = None

    def set_lanes(self, lanes: list[Lane], finish_score: int | None = None) -> None:
        """Lanes to show; `finish_score` is the score at the finish line (default: the leader's)."""
        self.lanes = sorted(lanes, key=lambda lane: (lane.rank, lane.colour_index))
        self.finish_score = finish_score
        self.elapsed = 0.0 if not self.theme.reduced_motion else self.duration
        self._flames = [Flame(self.theme, 10, seed=self._seed + i, density=0.42 if lane.rank == 1 else 0.26)
                        for i, lane in enumerate(self.lanes)]
        self._background = None

    def retarget(self, lanes: list[Lane]) -> None:
        """New scores mid-screen (a teacher's correction): each runner runs on from where it is
        now, not from the start of the question."""
        shown = {lane.name: self._shown_score(lane) for lane in self.lanes}
        for lane in lanes:
            lane.old_score = shown.get(lane.name, lane.old_score)
        self.set_lanes(lanes, self.finish_score)

    def _shown_score(self, lane: Lane) -> int:
        return round(lane.old_score + lane.gained * self.progress)

    @property
    def duration(self) -> float:
        return self.theme.standings_run_seconds

    @property
    def finished(self) -> bool:
        return self.elapsed >= self.duration

    def skip(self) -> None:
        self.elapsed = self.duration

    def layout(self, rect: pygame.Rect, screen: Screen) -> None:
        self.rect = pygame.Rect(rect)
        self.screen = screen
        self._background = None

    # -- geometry -------------------------------------------------------------------------
    def _columns(self) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        narrow = self.rect.w < self.screen.unit * 1.6     # 4:3 projectors: names need more room
        # Large type (the projector's too): a name of 25 letters keeps one line at the floor.
        large = self.theme.font_scale >= 1.3
        shares = [0.48, 0.4, 0.12] if large else [0.3, 0.56, 0.14] if narrow else [0.24, 0.62, 0.14]
        names, track, totals = split_columns(self.rect, shares, self.screen.px(0.015))
        return names, track, totals

    def _lane_rects(self, area: pygame.Rect) -> list[pygame.Rect]:
        count = max(1, len(self.lanes))
        lane_h = min(area.h / count, self.screen.unit * 0.17)
        top = area.y + (area.h - lane_h * count) / 2
        return [pygame.Rect(area.x, round(top + i * lane_h), area.w, round(lane_h)) for i in range(count)]

    @property
    def progress(self) -> float:
        return ease_out(self.elapsed / self.duration) if self.duration > 0 else 1.0

    def _share(self, score: float) -> float:
        top = max((lane.new_score for lane in self.lanes), default=0)
        if self.finish_score:
            top = max(top, self.finish_score)
        return 0.0 if top <= 0 else max(0.0, min(1.0, score / top))

    # -- frames ---------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        self.elapsed = min(self.duration, self.elapsed + dt)
        if self.theme.reduced_motion:
            return
        for flame in self._flames:
            flame.update(dt)

    def _draw_background(self) -> pygame.Surface:
        theme = self.theme
        surface = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        names, track, totals = (r.move(-self.rect.x, -self.rect.y) for r in self._columns())
        line_w = max(1, self.screen.px(0.003))
        lanes = self._lane_rects(track)
        track = pygame.Rect(track.x, lanes[0].top, track.w, lanes[-1].bottom - lanes[0].top)
        draw_panel(surface, track.inflate(line_w * 4, line_w * 4), theme.track_infield, radius_frac=0.04)
        for index, lane in enumerate(lanes):
            fill = theme.track_surface if index % 2 == 0 else theme.track_surface_alt
            pygame.draw.rect(surface, fill, lane)
            pygame.draw.line(surface, theme.track_line, lane.topleft, lane.topright, line_w)
        pygame.draw.line(surface, theme.track_line, (track.left, track.bottom - 1), (track.right, track.bottom - 1), line_w)
        start_x = track.left + round(track.w * 0.06)
        pygame.draw.line(surface, theme.track_line, (start_x, track.top), (start_x, track.bottom), line_w * 2)
        finish_x = track.right - round(track.w * 0.04)
        cell = max(3, round(track.w * 0.012))
        for row, y in enumerate(range(track.top, track.bottom, cell)):
            for col in range(2):
                colour = theme.track_line if (row + col) % 2 == 0 else (20, 20, 20)
                pygame.draw.rect(surface, colour, pygame.Rect(finish_x + col * cell, y, cell,
                                                              min(cell, track.bottom - y)))
        px = self.screen.text_px(theme, theme.size_body)
        name_px = self._name_px(self._lane_rects(names)[0], px)
        for lane, name_rect in zip(self.lanes, self._lane_rects(names)):
            card = name_rect.inflate(0, -max(2, round(name_rect.h * 0.14)))
            draw_panel(surface, card, theme.panel, radius_frac=0.2, edge=theme.panel_edge, edge_width=line_w)
            chip = pygame.Rect(card.x, card.y, max(6, round(card.h * 0.22)), card.h)
            draw_panel(surface, chip, theme.lane_colour(lane.colour_index), radius_frac=0.45,
                       edge=theme.lane_edge(lane.colour_index), edge_width=line_w)
            rank_w = round(card.h * 0.9)
            rank_rect = pygame.Rect(chip.right + px // 3, card.y, rank_w, card.h)
            rank_colour = theme.medal_colour(lane.rank - 1) if lane.rank <= 3 else theme.text_muted
            self.text.fit(f"{lane.rank}", rank_rect.size, px=min(px, round(card.h * 0.6)), style="display",
                          colour=rank_colour).draw(surface, rank_rect)
            name_box = self._name_box(card, px)
            # Never below the floor: a name too long for two lines there ends in an ellipsis (the
            # results report has it in full).
            self.text.fit(lane.name, name_box.size, px=name_px, min_px=self.screen.floor_text_px(theme),
                          style="bold", colour=theme.text, align="left").draw(surface, name_box)
        return surface

    def _name_box(self, card: pygame.Rect, px: int) -> pygame.Rect:
        """Where a lane's name goes on its card: right of the colour chip and the rank."""
        chip_w = max(6, round(card.h * 0.22))
        pad = self.screen.px(self.theme.size_body) // 3      # spacing at the 100% size, whatever the text size
        left = card.x + chip_w + pad + round(card.h * 0.9)
        inset = max(3, round(card.h * 0.08))     # a name of two lines stays clear of the card's edge
        return pygame.Rect(left, card.y + inset, card.right - left - pad, card.h - 2 * inset)

    def _name_px(self, lane_rect: pygame.Rect, px: int) -> int:
        """One size for every name on the track, the size the longest needs."""
        card = lane_rect.inflate(0, -max(2, round(lane_rect.h * 0.14)))
        return self.text.shared_px([lane.name for lane in self.lanes], self._name_box(card, px).size,
                                   px=min(px, round(card.h * 0.5)), min_px=self.screen.floor_text_px(self.theme),
                                   style="bold")

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.theme
        if self._background is None:
            self._background = self._draw_background()
        surface.blit(self._background, self.rect)
        record.placed(surface, self._background, self.rect.topleft)
        names, track, totals = self._columns()
        progress = self.progress
        start_x = track.left + track.w * 0.06
        run_w = track.w * 0.84
        px = self.screen.text_px(theme, theme.size_body)
        leader_score = max((lane.new_score for lane in self.lanes), default=0)
        for index, (lane, lane_rect, total_rect) in enumerate(zip(self.lanes, self._lane_rects(track),
                                                                   self._lane_rects(totals))):
            share = self._share(lane.old_score) + (self._share(lane.new_score) - self._share(lane.old_score)) * progress
            # Small enough that the raised torch stays in the runner's own lane.
            runner_h = min(lane_rect.h * 0.6, self.screen.unit * 0.14)
            feet = (start_x + run_w * share, lane_rect.bottom - lane_rect.h * 0.1)
            running = not self.finished and lane.gained > 0 and not theme.reduced_motion
            phase = self.elapsed * 13 + index
            colour = theme.lane_colour(lane.colour_index)
            outline = mix(colour, (255, 255, 255), 0.7) if sum(colour) < 150 else scale(colour, 0.35)
            record.note_panel(surface, lane_rect, "lane")
            hand = draw_runner(surface, feet, runner_h, colour, outline, phase, running)
            self._draw_torch(surface, index, lane, hand, runner_h, leader_score)
            if (lane.question_points > 0 or lane.adjusted) and 0.05 < progress:
                self._draw_gain(surface, lane, feet[0], runner_h, px, lane_rect)
            shown = self._shown_score(lane)
            card = total_rect.inflate(0, -max(2, round(total_rect.h * 0.14)))
            draw_panel(surface, card, theme.panel_raised, radius_frac=0.2)
            self.text.fit(score_text(shown), (card.w * 0.86, card.h * 0.8),
                          px=min(px, round(card.h * 0.55)), style="display",
                          colour=theme.accent if lane.rank == 1 else theme.text).draw(surface, card)

    def _draw_torch(self, surface, index, lane, hand, runner_h, leader_score) -> None:
        torch_h = max(8, round(runner_h * 0.5))
        body = torch_body(self.theme, torch_h)
        mouth = (hand[0] + torch_h * 0.05, hand[1] - torch_h * 0.72)
        leader = lane.rank == 1 and leader_score > 0
        flame_w = body.get_width() * (1.7 if leader else 1.1)
        if self.theme.reduced_motion:
            picture, base = still_flame(self.theme, max(4, round(flame_w)), 10 if leader else 5, 0)
            surface.blit(picture, (mouth[0] - base[0], mouth[1] - base[1]), special_flags=pygame.BLEND_RGB_ADD)
        else:
            flame = self._flames[index]
            flame.resize(flame_w)
            flame.intensity = 1.0 if leader else 0.45
            flame.brightness = 1.25 if leader else 0.8
            flame.draw(surface, mouth)
        rotated = tilted_torch(self.theme, torch_h, 12)
        where = rotated.get_rect(midtop=(mouth[0] - torch_h * 0.04, mouth[1] - torch_h * 0.06))
        surface.blit(rotated, where)
        record.note_shape(surface, "torch", where)

    def _gain_label(self, lane: Lane, size: int) -> tuple[pygame.Surface, list[tuple[FittedText, tuple[int, int]]]]:
        """The question's points, and beside them, apart, what was given or taken by hand: the
        picture, and each piece with where it sits in it."""
        theme = self.theme
        parts = []
        if lane.question_points > 0:
            parts.append(self.text.line(points_text(lane.question_points), size, style="display",
                                        colour=theme.accent, shadow=theme.text_shadow))
        if lane.adjusted:
            # Translators: points the teacher gave or took, beside a team's lane: "+100 by hand"
            words = _("{points} by hand").format(points=signed_points(lane.adjusted))
            parts.append(self.text.line(words, round(size * 0.8), style="bold",
                                        colour=theme.text, shadow=theme.text_shadow))
        if len(parts) == 1:
            return parts[0].surface, [(parts[0], (0, 0))]
        gap = size // 2
        width = sum(part.surface.get_width() for part in parts) + gap
        height = max(part.surface.get_height() for part in parts)
        joined = pygame.Surface((width, height), pygame.SRCALPHA)
        placed = []
        x = 0
        for part in parts:
            where = part.surface.get_rect(midleft=(x, height // 2))
            joined.blit(part.surface, where)
            placed.append((part, where.topleft))
            x += part.surface.get_width() + gap
        return joined, placed

    def _draw_gain(self, surface, lane, runner_x: float, runner_h: float, px: int, lane_rect: pygame.Rect) -> None:
        """The points just gained, rising inside the runner's own lane (never over the lane above):
        behind the runner, or ahead of it when it has barely left the start."""
        theme = self.theme
        lift = ease_out(min(1.0, self.elapsed / (self.duration * 0.8)))
        fade = 1.0 if self.finished else min(1.0, self.elapsed * 3)
        size = max(8, min(round(px * 0.8), round(lane_rect.h * 0.42)))
        label, pieces = self._gain_label(lane, size)
        rect = label.get_rect()
        room = runner_h * 0.45
        rect.right = round(runner_x - room)
        if rect.left < lane_rect.left + lane_rect.w * 0.07:
            rect.left = round(runner_x + room)
        rect.right = min(rect.right, lane_rect.right)
        rect.centery = round(lane_rect.centery + lane_rect.h * 0.18 * (1 - lift))
        rect.clamp_ip(lane_rect)
        if fade < 1:
            label = label.copy()
            label.set_alpha(round(255 * fade))
        surface.blit(label, rect)
        for piece, (x, y) in pieces:
            record.note_text(surface, piece.text, piece.ink.move(rect.left + x, rect.top + y), piece.px, piece.glyph)
