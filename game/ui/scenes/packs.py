"""The pack picker: every playable pack with its question counts and source; filter by typing.

Enter (or a click) ticks a pack; several packs make one session. Typing filters the list by
title, id, tag or description. Continue hands the chosen pack ids to the setup screen. E (while
the filter is empty) or Ctrl+E opens the highlighted pack in the editor; drafts are listed after
the packs and open in the editor, since they cannot be played.
"""

from __future__ import annotations

import pygame

from game.i18n import N_, _, ngettext
from game.i18n.formats import format_number
from game.packs.library import DraftEntry, PackEntry
from game.packs.model import QUESTION_TYPES
from game.packs.questiontypes import QUESTION_TYPES as TYPE_DECLARATIONS
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints, header_rect
from game.ui.kit.fx import draw_panel, icon
from game.ui.handover import PackChoice
from game.ui.kit.idle import STILL, blink_wait
from game.ui.input.keymap import TEXT
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.kit.text import shorten
from game.ui.scene import Scene
from game.ui.kit.widgets import TextField

# How the window names each question type (a type without a name of its own here shows its
# declaration's label).
TYPE_NAMES = {"choice": N_("choice"), "truefalse": N_("true/false"), "number": N_("number"),
              "text": N_("typed answer")}
TYPE_TITLES = {"choice": N_("Choice"), "truefalse": N_("True or false"), "number": N_("Number"),
               "text": N_("Typed answer")}


def type_title(qtype: str) -> str:
    """A question type's name as a setting's label: "True or false"."""
    if qtype in TYPE_TITLES:
        return _(TYPE_TITLES[qtype])
    return TYPE_DECLARATIONS[qtype].label.capitalize()


def _type_count(qtype: str, count: int) -> str:
    shown = format_number(count)
    if qtype == "choice":
        return ngettext("{count} choice", "{count} choice", count).format(count=shown)
    if qtype == "truefalse":
        return ngettext("{count} true/false", "{count} true/false", count).format(count=shown)
    if qtype == "number":
        return ngettext("{count} number", "{count} number", count).format(count=shown)
    if qtype == "text":
        return ngettext("{count} typed answer", "{count} typed answers", count).format(count=shown)
    return f"{shown} {TYPE_DECLARATIONS[qtype].label}"


def counts_line(counts: dict[str, int]) -> str:
    """'12 questions: 8 choice, 2 true/false, 2 number' (types with none left out)."""
    total = sum(counts.values())
    parts = [_type_count(t, counts[t]) for t in QUESTION_TYPES if counts.get(t)]
    if not parts:
        return _("no questions")
    return ngettext("{count} question: {types}", "{count} questions: {types}", total).format(
        count=format_number(total), types=", ".join(parts))


def matches(entry, words: list[str]) -> bool:
    if isinstance(entry, DraftEntry):
        haystack = " ".join([entry.title, entry.path.name, "draft"]).casefold()
        return all(word in haystack for word in words)
    pack = entry.pack
    haystack = " ".join([pack.id, pack.title, pack.description or "", " ".join(pack.tags),
                         " ".join(s.title for s in pack.sources)]).casefold()
    return all(word in haystack for word in words)


class PacksScene(Scene):
    name = "packs"
    title = N_("Choose packs")
    input_mode = TEXT
    help_keys = ((N_("Up, Down"), N_("move through the packs")), (N_("Enter"), N_("tick or untick a pack")),
                 (N_("Typing"), N_("filter the list")), (N_("Page Up, Page Down"), N_("scroll")),
                 (N_("Down to Continue"), N_("play the ticked packs")),
                 (N_("E or Ctrl+E"), N_("edit the highlighted pack (E while the filter is empty)")),
                 (N_("Esc"), N_("back")))

    def enter(self, handover) -> None:
        library = self.services.library
        playable = list(library.entries) if library is not None else []
        self.entries: list[PackEntry | DraftEntry] = playable + (list(library.drafts) if library is not None else [])
        chosen = handover.pack_ids if isinstance(handover, PackChoice) else ()
        self.chosen: list[str] = [pid for pid in chosen if any(e.id == pid for e in playable)]
        self.filter = TextField("filter", _("Filter"), placeholder=_("type to filter"), max_length=40)
        self.focus = 0          # index into visible entries, or len(visible) for the Continue button
        self.scroll = 0
        self.screen = Screen(1280, 720)
        self._per_page = 4               # until the first layout measures it
        self.card_rects: list[tuple[int, pygame.Rect]] = []
        self.continue_rect = pygame.Rect(0, 0, 0, 0)
        self.caret = 0.0
        self._meta_px = 12          # the origin lines of the cards on screen share one size (set by draw)

    # -- state ----------------------------------------------------------------------------
    @property
    def visible(self) -> list:
        words = self.filter.text.casefold().split()
        return [e for e in self.entries if matches(e, words)]

    def _clamp(self) -> None:
        count = len(self.visible)
        self.focus = max(0, min(self.focus, count))
        if self.focus < count:
            if self.focus < self.scroll:
                self.scroll = self.focus
            elif self.focus >= self.scroll + self.per_page:
                self.scroll = self.focus - self.per_page + 1
        self.scroll = max(0, min(self.scroll, max(0, count - self.per_page)))

    @property
    def per_page(self) -> int:
        return max(1, self._per_page)

    def toggle(self, pack_id: str) -> None:
        if pack_id in self.chosen:
            self.chosen.remove(pack_id)
        else:
            self.chosen.append(pack_id)
        self.services.sound.play("lock_in")

    def proceed(self) -> None:
        visible = self.visible
        ids = list(self.chosen)
        if not ids and visible:
            focused = visible[min(self.focus, len(visible) - 1)]
            ids = [] if isinstance(focused, DraftEntry) else [focused.pack.id]
        if ids:
            self.finish("next", PackChoice(tuple(ids)))

    def edit(self, entry) -> None:
        """Open a pack (or a draft) in the editor."""
        self.finish("edit", entry if isinstance(entry, DraftEntry) else PackChoice((entry.pack.id,)))

    def pick(self, entry) -> None:
        if isinstance(entry, DraftEntry):
            self.edit(entry)
        else:
            self.toggle(entry.pack.id)

    # -- input ----------------------------------------------------------------------------
    def handle(self, action: A.Action) -> None:
        visible = self.visible
        wants_edit = ((isinstance(action, A.TypeText) and action.text in ("e", "E") and not self.filter.text)
                      or (isinstance(action, A.EditKey) and action.ctrl and action.key == "e"))
        if wants_edit and self.focus < len(visible):
            self.edit(visible[self.focus])
        elif isinstance(action, A.Back):
            if self.filter.text:
                self.filter.set_text("")
                self._clamp()
            else:
                self.finish("back")
        elif isinstance(action, A.FileDropped):
            self.finish("generate", action.path)
        elif isinstance(action, A.Navigate):
            self.focus += action.dy
            if action.dy == 0 and action.dx:
                self.focus += action.dx
            self.focus %= len(visible) + 1
            self._clamp()
        elif isinstance(action, A.Confirm):
            if self.focus < len(visible):
                self.pick(visible[self.focus])
            else:
                self.proceed()
        elif isinstance(action, (A.TypeText, A.EditKey)):
            if isinstance(action, A.EditKey) and action.key in ("pageup", "pagedown"):
                return
            if self.filter.handle_text(action):
                self.focus = 0
                self.scroll = 0
                self._clamp()
        elif isinstance(action, A.Scroll):
            self.scroll = max(0, min(self.scroll - action.dy, max(0, len(visible) - self.per_page)))
        elif isinstance(action, A.Click):
            if self.continue_rect.collidepoint(action.pos):
                self.proceed()
                return
            for index, rect in self.card_rects:
                if rect.collidepoint(action.pos):
                    self.focus = index
                    self.pick(visible[index])
                    return
        elif isinstance(action, A.Point):
            for index, rect in self.card_rects:
                if rect.collidepoint(action.pos):
                    self.focus = index

    def update(self, dt: float) -> None:
        self.caret += dt

    def still_for(self) -> float:
        return blink_wait(self.caret, 1.0) if self.filter.text else STILL

    # -- drawing --------------------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        self.list_area, self.detail_area = split_columns(body, [0.62, 0.38], screen.px(0.03))
        list_rows = split_rows(self.list_area, [0.86, 0.14], screen.px(0.02))
        self.cards_area, button_row = list_rows
        self.card_h = screen.px(0.15) if self.theme.font_scale <= 1.2 else screen.px(0.2)
        self.card_gap = screen.px(0.014)
        self._per_page = max(1, (self.cards_area.h + self.card_gap) // (self.card_h + self.card_gap))
        self.continue_rect = button_row.inflate(-button_row.w // 4, -button_row.h // 8)
        head = header_rect(screen, self.theme)
        self.filter.rect = pygame.Rect(head.x + head.w * 0.6, head.y + head.h * 0.18, head.w * 0.4, head.h * 0.64)
        self._clamp()

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        draw_header(surface, screen, theme, s.text, _("Choose packs"))
        self._draw_filter(surface)
        visible = self.visible
        self.card_rects = []
        shown = range(self.scroll, min(len(visible), self.scroll + self.per_page))
        for slot, index in enumerate(shown):
            rect = pygame.Rect(self.cards_area.x, self.cards_area.y + slot * (self.card_h + self.card_gap),
                               self.cards_area.w, self.card_h)
            self.card_rects.append((index, rect))
        self._meta_px = self._shared_meta_px([visible[index] for index in shown])
        for index, rect in self.card_rects:
            self._draw_card(surface, visible[index], rect, index == self.focus)
        if not visible:
            message = _("No pack matches “{filter}”. Esc clears the filter.").format(filter=self.filter.text) \
                if self.filter.text else _("No packs yet. Drop a .txt, .md or .html file onto this window to make one.")
            s.text.fit(message, self.cards_area.inflate(-screen.px(0.06), 0).size,
                       px=screen.text_px(theme, theme.size_body), colour=theme.text_muted).draw(surface, self.cards_area)
        if len(visible) > self.per_page:
            self._draw_scrollbar(surface, len(visible))
        self._draw_continue(surface, visible)
        if visible:
            self._draw_details(surface, visible[min(self.focus, len(visible) - 1)])
        edit_key = _("Ctrl+E") if self.filter.text else "E"
        draw_key_hints(surface, screen, theme, s.text,
                       [(_("Enter"), _("tick a pack")), (_("Type"), _("filter")), (edit_key, _("edit")),
                        (_("Down"), _("to Continue")),
                        (_("Esc"), _("clear the filter") if self.filter.text else _("back"))])

    def _draw_continue(self, surface: pygame.Surface, visible: list) -> None:
        """Continue: with the ticked packs, or the highlighted one; greyed when there is neither."""
        s, theme, screen = self.services, self.theme, self.screen
        count = len(self.chosen)
        highlighted = visible[min(self.focus, len(visible) - 1)] if visible else None
        playable = highlighted is not None and not isinstance(highlighted, DraftEntry)   # as `proceed` takes it
        if count:
            label = ngettext("Continue with {count} pack", "Continue with {count} packs", count).format(count=count)
        elif playable:
            label = _("Continue with the highlighted pack")
        else:
            label = _("Tick a pack to continue")
        usable = bool(count or playable)
        focused = self.focus >= len(visible)
        fill = theme.accent if focused and usable else (theme.panel_raised if usable else theme.panel)
        ink = theme.text_dark if focused and usable else (theme.text if usable else theme.text_muted)
        draw_panel(surface, self.continue_rect, fill, radius_frac=0.5,
                   edge=theme.focus_ring if focused else theme.panel_edge, edge_width=max(2, screen.px(0.004)))
        s.text.fit(label, (self.continue_rect.w * 0.9, self.continue_rect.h * 0.8),
                   px=screen.text_px(theme, theme.size_body), style="bold", colour=ink).draw(surface, self.continue_rect)

    def _draw_filter(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        rect = self.filter.rect
        draw_panel(surface, rect, theme.panel, radius_frac=0.5, edge=theme.accent if self.filter.text else theme.panel_edge,
                   edge_width=max(1, screen.px(0.003)))
        inner = rect.inflate(-rect.h, 0)
        shown = self.filter.text or _("Type to filter")
        colour = theme.text if self.filter.text else theme.text_muted
        fitted = s.text.fit(shown, inner.size, px=screen.text_px(theme, theme.size_small), colour=colour,
                            align="left", max_lines=1)
        where = fitted.draw(surface, inner)
        if self.filter.text and self.caret % 1.0 < 0.6:
            pygame.draw.line(surface, theme.accent, (where.right + 2, where.top), (where.right + 2, where.bottom),
                             max(2, screen.px(0.003)))

    def _draw_card(self, surface, entry, rect: pygame.Rect, focused: bool) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        if isinstance(entry, DraftEntry):
            self._draw_draft_card(surface, entry, rect, focused)
            return
        pack = entry.pack
        ticked = pack.id in self.chosen
        draw_panel(surface, rect, theme.panel_raised if focused else theme.panel, radius_frac=0.14,
                   edge=theme.focus_ring if focused else (theme.accent_soft if ticked else theme.panel_edge),
                   edge_width=max(2, screen.px(0.004 if focused else 0.002)))
        pad = screen.px(0.025)
        box_size = round(rect.h * 0.36)
        box = pygame.Rect(rect.x + pad, 0, box_size, box_size)
        box.centery = rect.centery
        draw_panel(surface, box, theme.accent if ticked else theme.panel, radius_frac=0.2,
                   edge=theme.accent if ticked else theme.text_muted, edge_width=max(2, screen.px(0.003)))
        if ticked:
            mark = icon("check", round(box_size * 0.8), theme.text_dark)
            surface.blit(mark, mark.get_rect(center=box.center))
        title_rect, counts_rect, source_rect = self._card_rows(rect)
        s.text.fit(pack.title, title_rect.size, px=screen.text_px(theme, theme.size_body), style="bold",
                   colour=theme.text, align="left", max_lines=1).draw(surface, title_rect)
        # Never below the floor: a line too long for the card (a longer language) ends in "…", and
        # the details beside the list give it whole.
        s.text.shortened(counts_line(pack.counts_by_type()), counts_rect.size, px=screen.text_px(theme, theme.size_small),
                         min_px=screen.floor_text_px(theme), colour=theme.accent if focused else theme.text_muted,
                         align="left", max_lines=1).draw(surface, counts_rect)
        # Every card's origin line at one readable size; a long source title ends in "…".
        where = self._where(entry)
        font = s.text.fonts.get("body", self._meta_px, where)
        if font.size(where)[0] > source_rect.w:
            where = shorten(font, where, source_rect.w)
        s.text.fit(where, source_rect.size, px=self._meta_px, min_px=self._meta_px,
                   colour=theme.text_muted, align="left", max_lines=1).draw(surface, source_rect)

    def _card_rows(self, rect: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        """A pack card's title, question counts and origin lines, beside its tick box."""
        pad = self.screen.px(0.025)
        left = rect.x + pad + round(rect.h * 0.36) + pad
        text_area = pygame.Rect(left, rect.y + pad // 2, rect.right - left - pad, rect.h - pad)
        title, counts, origin = split_rows(text_area, [0.42, 0.29, 0.29])
        return title, counts, origin

    @staticmethod
    def _where(entry) -> str:
        pack = entry.pack
        where = _("Comes with the game") if entry.shipped else _("Your pack: {file}").format(
            file=pack.path.name if pack.path else pack.id)
        if pack.sources:
            where += " · " + _("from {sources}").format(sources=", ".join(src.title for src in pack.sources))
        return where

    def _shared_meta_px(self, entries: list) -> int:
        """One size for the origin line of every card on screen (a long source title would
        otherwise print its card's line smaller than the others)."""
        theme, screen = self.theme, self.screen
        px = screen.text_px(theme, theme.size_small)
        packs = [e for e in entries if not isinstance(e, DraftEntry)]
        if not packs:
            return px
        box = self._card_rows(pygame.Rect(self.cards_area.x, 0, self.cards_area.w, self.card_h))[2].size
        return self.services.text.shared_px([self._where(e) for e in packs], box, px=px, max_lines=1,
                                            min_px=max(screen.floor_text_px(theme), round(px * 0.8)))

    def _draw_scrollbar(self, surface, count: int) -> None:
        theme, screen = self.theme, self.screen
        track = pygame.Rect(self.cards_area.right + screen.px(0.006), self.cards_area.y, screen.px(0.008), self.cards_area.h)
        pygame.draw.rect(surface, theme.panel, track, border_radius=track.w // 2)
        share = self.per_page / count
        thumb = pygame.Rect(track.x, track.y + track.h * self.scroll / count, track.w, max(track.w, track.h * share))
        pygame.draw.rect(surface, theme.accent_soft, thumb, border_radius=track.w // 2)

    def _draw_draft_card(self, surface, entry: DraftEntry, rect: pygame.Rect, focused: bool) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        draw_panel(surface, rect, theme.panel_raised if focused else theme.panel, radius_frac=0.14,
                   edge=theme.focus_ring if focused else theme.panel_edge,
                   edge_width=max(2, screen.px(0.004 if focused else 0.002)))
        pad = screen.px(0.025)
        text_area = rect.inflate(-2 * pad, -pad)
        title_rect, note_rect = split_rows(text_area, [0.5, 0.5])
        s.text.fit(_("Draft: {title}").format(title=entry.title), title_rect.size, px=screen.text_px(theme, theme.size_body),
                   style="bold", colour=theme.text_muted, align="left", max_lines=1).draw(surface, title_rect)
        s.text.fit(_("Not played until its problems are fixed · Enter opens it in the editor · {file}").format(
                   file=entry.path.name), note_rect.size, px=screen.text_px(theme, theme.size_small),
                   colour=theme.accent if focused else theme.text_muted, align="left",
                   max_lines=1).draw(surface, note_rect)

    def _draw_details(self, surface, entry) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.detail_area
        draw_panel(surface, card, theme.panel, radius_frac=0.05, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        inner = card.inflate(-screen.px(0.05), -screen.px(0.05))
        title_box = pygame.Rect(inner.x, inner.y, inner.w, round(inner.h * 0.24))
        heading = _("Draft: {title}").format(title=entry.title) if isinstance(entry, DraftEntry) else entry.pack.title
        where = s.text.fit(heading, title_box.size, px=screen.text_px(theme, theme.size_body), style="bold",
                           colour=theme.accent, align="left", valign="top").draw(surface, title_box)
        body = pygame.Rect(inner.x, where.bottom + screen.px(0.02), inner.w, inner.bottom - where.bottom - screen.px(0.02))
        if isinstance(entry, DraftEntry):
            s.text.fit(_("A pack saved with problems still to fix, so it is not played yet.\n"
                         "Enter opens it in the editor, where each problem is shown beside its field.\n"
                         "File: {file}").format(file=entry.path.name), body.size, px=screen.text_px(theme, theme.size_small),
                       colour=theme.text, align="left", valign="top", line_spacing=1.15).draw(surface, body)
            return
        pack = entry.pack
        lines = []
        if pack.description:
            lines.append(pack.description)
        lines.append(counts_line(pack.counts_by_type()) + ".")
        facts = [_("Language: {language}").format(language=pack.language)]
        if pack.author:
            facts.append(_("By {author}").format(author=pack.author))
        if pack.license:
            facts.append(_("Licence: {licence}").format(licence=pack.license))
        lines.append(" · ".join(facts))
        for source in pack.sources[:3]:
            lines.append(_("Source: {title}").format(title=source.title))
        if pack.tags:
            lines.append(_("Tags: {tags}").format(tags=", ".join(pack.tags)))
        s.text.fit("\n".join(lines), body.size, px=screen.text_px(theme, theme.size_small), colour=theme.text,
                   align="left", valign="top", line_spacing=1.15).draw(surface, body)
