"""After a party or classroom session: the questions the room found hardest, a review round of
the missed ones, and the results report exported for the teacher.

R plays the review round, E writes the report (CSV and a printable page) into the user's
documents folder and shows where, Enter goes on to the hall of fame, Esc to the title.
"""

from __future__ import annotations

import pygame

from game.i18n import N_, _, ngettext, pgettext
from game.i18n.formats import format_percent
from game.quiz import ConfigError, Session
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints
from game.ui.kit.fx import draw_panel
from game.ui.handover import AfterSession, Match
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.scene import Scene
from game.ui.kit.widgets import Button, Form
from game.ui.phones.shown import follow

HARDEST = 3   # with room for a long question each, even in the projector profile


def percent(share: float) -> str:
    return format_percent(share)


class SummaryScene(Scene):
    name = "summary"
    title = N_("After the session")
    help_keys = (("R", N_("play a review round of the missed questions")), ("E", N_("export the results report")),
                 (N_("Up, Down"), N_("choose")), (N_("Enter"), N_("choose (Hall of fame goes on)")),
                 (N_("Esc"), N_("back to the title")))

    def enter(self, handover: AfterSession) -> None:
        s = self.services
        self.after = handover
        self.match = handover.match
        self.session = self.match.session
        self.hardest = self.session.hardest(HARDEST)
        self.review = self.session.review_config()
        self.exported: tuple = ()
        self.message = ""
        missed = len(self.review.only) if self.review is not None else 0
        review = Button("review", ngettext("Review round: {count} missed question",
                                           "Review round: {count} missed questions", missed).format(count=missed)
                        if missed else _("Nobody missed a question"), enabled=bool(missed))
        rows = [review, Button("export", _("Export the results report")), Button("next", _("Hall of fame")),
                Button("back", _("Back to the title"))]
        self.form = Form(s.theme, s.text, rows, focus=0 if missed else 1)
        self.screen = Screen(1280, 720)

    @property
    def session_id(self) -> int | None:
        return self.match.session_id

    # -- input ----------------------------------------------------------------------------
    def handle(self, action: A.Action) -> None:
        if isinstance(action, A.Back):
            self.finish("back")
            return
        if isinstance(action, A.Hotkey) and action.key in ("r", "e"):
            chosen = "review" if action.key == "r" else "export"
        else:
            chosen = self.form.handle(action)
        if chosen == "review":
            self.start_review()
        elif chosen == "export":
            self.export()
        elif chosen == "next":
            self.finish("next", self.after.record)
        elif chosen == "back":
            self.finish("back")

    def start_review(self) -> None:
        """A new session of the missed questions for the same teams, recorded as a review of this one."""
        if self.review is None:
            self.message = _("Nobody missed a question, so there is nothing to review.")
            return
        s = self.services
        try:
            session = Session(self.review, s.clock)
        except ConfigError as error:
            self.message = _("The review round cannot start: {problems}").format(problems="; ".join(error.problems))
            return
        # The rules screen comes first and starts the recording, as for any round.
        match = Match(session=session, choice=self.match.choice, room=self.match.room, review_of=self.session_id)
        follow(s, match)               # the phones play the review round too
        self.finish("review", match)

    def export(self) -> None:
        """The report as CSV and a printable page in the documents folder; the paths go on screen."""
        from game.store import StoreError
        from game.store.reports import export_report

        if self.session_id is None or self.services.store is None:
            self.message = _("Scores were not kept this time, so there is no report to export.")
            return
        try:
            self.exported = export_report(self.session_id, store=self.services.store)
        except (StoreError, OSError) as error:
            self.message = _("The report could not be written: {error}").format(error=error)
            return
        self.message = ""
        self.services.notice.show(_("Report saved"))

    def still_for(self) -> float:
        return self.form.still_for()

    def update(self, dt: float) -> None:
        self.form.update(dt)

    def describe(self) -> dict:
        return {"scene": self.name, "hardest": [(r.question.number, r.share_correct) for r in self.hardest],
                "review": len(self.review.only) if self.review is not None else 0,
                "exported": [str(p) for p in self.exported], "message": self.message}

    # -- drawing --------------------------------------------------------------------------
    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        # Large type (and the projector's): taller buttons, so a long label takes two lines at its size.
        large = self.theme.font_scale >= 1.3
        self.list_rect, right = split_columns(body, [0.6, 0.4] if large else [0.64, 0.36], screen.px(0.035))
        buttons, self.report_rect = split_rows(right, [0.7, 0.3] if large else [0.55, 0.45], screen.px(0.025))
        # A label that needs two lines at the floor (a longer language) gets a button tall enough for them.
        self.form.unit = screen.unit
        self.form.place_lines(buttons, [[row] for row in self.form.rows], screen.px(0.015))

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        played = [r for r in self.session.results if not r.skipped]
        right = sum(r.share_correct for r in played) / len(played) if played else 0.0
        if self.session.config.kind.value == "review":
            note = ngettext("Review round: {count} question played, {percent} right overall",
                            "Review round: {count} questions played, {percent} right overall", len(played))
        else:
            note = ngettext("Session: {count} question played, {percent} right overall",
                            "Session: {count} questions played, {percent} right overall", len(played))
        draw_header(surface, screen, theme, s.text, _("After the session"),
                    note.format(count=len(played), percent=percent(right)))
        self._draw_hardest(surface)
        self.form.draw(surface, screen)
        self._draw_report(surface)
        draw_key_hints(surface, screen, theme, s.text,
                       [("R", _("review round")), ("E", _("export report")), (_("Enter"), _("choose")),
                        (_("Esc"), pgettext("key hint: back to the title screen", "title"))])

    def _draw_hardest(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.list_rect
        draw_panel(surface, card, theme.panel, radius_frac=0.04, edge=theme.panel_edge, edge_width=max(1, screen.px(0.002)))
        inner = card.inflate(-screen.px(0.04), -screen.px(0.035))
        head, rows_area = split_rows(inner, [0.11, 0.89], screen.px(0.01))
        s.text.fit(_("The questions the room found hardest"), head.size, px=screen.text_px(theme, theme.size_body),
                   style="bold", colour=theme.accent, align="left", max_lines=1).draw(surface, head)
        if not self.hardest:
            s.text.fit(_("No question was played."), rows_area.size, px=screen.text_px(theme, theme.size_body),
                       colour=theme.text_muted).draw(surface, rows_area)
            return
        rows = split_rows(rows_area, [1] * HARDEST, screen.px(0.012))
        px = screen.text_px(theme, theme.size_small)
        min_px = screen.min_text_px(theme)
        for result, row in zip(self.hardest, rows):
            share_box, text_box = split_columns(row, [0.16, 0.84], screen.px(0.015))
            share_box = share_box.inflate(0, -share_box.h // 3)
            colour = theme.wrong if result.share_correct < 0.5 else theme.accent
            draw_panel(surface, share_box, theme.panel_raised, radius_frac=0.2, edge=colour,
                       edge_width=max(2, screen.px(0.004)))
            s.text.fit(percent(result.share_correct), share_box.inflate(-px // 2, -px // 2).size,
                       px=screen.text_px(theme, theme.size_body), style="display", colour=colour,
                       max_lines=1).draw(surface, share_box)
            # The question, then its answer right beneath, the pair centred beside the share.
            question = result.question
            answer_h = round(px * 1.4)
            prompt = s.text.fit(f"{question.number}. {question.prompt}", (text_box.w, text_box.h - answer_h), px=px,
                                min_px=min_px, colour=theme.text, align="left", valign="top", line_spacing=1.0)
            top = max(text_box.y, text_box.centery - (prompt.surface.get_height() + answer_h) // 2)
            where = prompt.draw(surface, pygame.Rect(text_box.x, top, text_box.w, text_box.h - answer_h))
            answer_box = pygame.Rect(text_box.x, where.bottom, text_box.w, answer_h)
            s.text.fit(_("Answer: {answer}").format(answer=question.answer_text), answer_box.size, px=px, min_px=min_px, style="bold",
                       colour=theme.correct, align="left", max_lines=1).draw(surface, answer_box)

    def _draw_report(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.report_rect
        px = screen.text_px(theme, theme.size_small)
        if self.exported:
            folder = self.exported[0].parent
            lines = [_("Report saved in"), str(folder), *[p.name for p in self.exported]]
            edge, colour = theme.correct, theme.text
        elif self.message:
            lines, edge, colour = [self.message], theme.wrong, theme.text
        else:
            lines = [_("E writes the results as a spreadsheet (CSV) and a printable page into your documents folder.")]
            edge, colour = theme.panel_edge, theme.text_muted
        draw_panel(surface, card, theme.panel, radius_frac=0.08, edge=edge, edge_width=max(1, screen.px(0.003)))
        inner = card.inflate(-px * 1.5, -px)
        s.text.fit("\n".join(lines), inner.size, px=px, min_px=screen.min_text_px(theme), colour=colour, align="left",
                   valign="top", line_spacing=1.1).draw(surface, inner)
