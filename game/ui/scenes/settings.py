"""Settings: language, display, accessibility and sound, applied the moment they change and saved."""

from __future__ import annotations

import pygame

from game import i18n
from game.i18n import N_, _, ngettext
from game.i18n.formats import format_percent
from game.ui.input import actions as A
from game.ui.look.backdrop import backdrop
from game.ui.kit.chrome import body_rect, draw_header, draw_key_hints, draw_scroll_marks
from game.ui.kit.fx import draw_panel, shape_icon
from game.ui.kit.layout import Screen, split_columns, split_rows
from game.ui.classroom.projector import set_projector
from game.ui.scene import Scene
from game.ui.kit.theme import SHAPES
from game.ui.kit.widgets import Button, Choice, Form, Toggle

FONT_SCALES = (0.75, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
VOLUMES = tuple(v / 10 for v in range(11))
DEFAULT_TIMES = (10, 15, 20, 30, 45, 60, 90, 120, 240)

# The preview's sample, in two parts: the Latin line shows the chosen font (the dyslexia font
# covers Latin only, and text it cannot draw whole falls back to Noto Sans), the other line
# shows the scripts that fall back.
SAMPLE = N_("Which city hosted the 2014 Winter Games? Ærø, Łódź")
SAMPLE_OTHER_SCRIPTS = "Ελληνικά, Русский"

# What each setting does, shown beside the form for the one in focus.
HINTS = {
    "language": N_("The language of the game's own words. System follows this computer's language. "
                   "The questions stay in the language of their pack."),
    "projector": N_("Fullscreen, large type and high contrast in one step, for a room watching a projector."),
    "fullscreen": N_("Fill the whole screen. F11 does the same on every screen."),
    "font_scale": N_("The size of all text. Text that would not fit wraps, then shrinks."),
    "high_contrast": N_("Black and white screens with bright outlines."),
    "reduced_motion": N_("Still pictures instead of moving flames, embers and runners."),
    "dyslexia_font": N_("OpenDyslexic for every screen; Greek and Cyrillic fall back to Noto Sans."),
    "sound": N_("Sound effects on or off. M does the same on every screen."),
    "volume": N_("How loud the ticks, chimes and fanfare are."),
    "default_time_limit": N_("For questions whose pack gives no time of their own. The setup screen can still "
                             "give every question of a game the same time."),
    "back": N_("Settings are saved as you change them."),
}
# The languages offered: "" follows the system's locale; the others by their own names. The
# pseudo language is for testing only (--lang pseudo, RELAYQUIZ_LANG=qps) and is not offered.
LANGUAGE_CHOICES: tuple[str, ...] = ("", *i18n.LANGUAGES)


def _percent(value: float) -> str:
    return format_percent(round(value, 2))


def _seconds(value: int) -> str:
    return ngettext("{count} second", "{count} seconds", value).format(count=value)


def _language_name(code: str) -> str:
    # Translators: the language setting's choice that follows the computer's own language
    return i18n.LANGUAGES.get(code) or _("System")


def _saved_language(setting: str) -> str:
    """The choice that shows a saved `language` setting ("de-AT" shows as Deutsch)."""
    found = i18n.supported(setting) if setting else ""
    return found if found in LANGUAGE_CHOICES else ""


class SettingsScene(Scene):
    name = "settings"
    title = N_("Settings")
    help_keys = ((N_("Up, Down"), N_("choose a setting")), (N_("Left, Right"), N_("change it")),
                 (N_("Enter"), N_("change it")), (N_("Esc"), N_("back (settings are already saved)")))

    def enter(self, handover) -> None:
        self.screen = Screen(1280, 720)
        # The focus starts on the projector profile, one key from a classroom's projector; the
        # language is the row above it.
        self._build(1)

    def _build(self, focus: int) -> None:
        s = self.services
        st = s.settings
        language = Choice("language", _("Language"), options=list(LANGUAGE_CHOICES), show=_language_name,
                          wrap=False)
        language.select(_saved_language(st.language))
        scale = Choice("font_scale", _("Text size"), options=list(FONT_SCALES), show=_percent, wrap=False)
        scale.select(min(FONT_SCALES, key=lambda v: abs(v - st.font_scale)))
        volume = Choice("volume", _("Volume"), options=list(VOLUMES), show=_percent, wrap=False)
        volume.select(min(VOLUMES, key=lambda v: abs(v - st.volume)))
        current_time = st.default_time_limit
        default_time = Choice("default_time_limit", _("Default time per question"),
                              options=sorted({*DEFAULT_TIMES, current_time}), show=_seconds, wrap=False)
        default_time.select(current_time)
        rows = [
            language,
            Toggle("projector", _("Projector profile"), on=st.projector,
                   hint=_("fullscreen, large type, high contrast")),
            Toggle("fullscreen", _("Fullscreen (F11)"), on=st.fullscreen),
            scale,
            Toggle("high_contrast", _("High contrast"), on=st.high_contrast),
            Toggle("reduced_motion", _("Reduced motion"), on=st.reduced_motion),
            Toggle("dyslexia_font", _("Dyslexia-friendly font"), on=st.dyslexia_font),
            Toggle("sound", _("Sound"), on=not st.mute),
            volume,
            default_time,
            # Translators: the last row of Settings, back to the title
            Button("back", _("Done")),
        ]
        self.form = Form(s.theme, s.text, rows, focus)
        self.form.label_share = 0.55
        self._layout_size = None

    def theme_changed(self) -> None:
        self._build(self.form.focus)

    def language_changed(self) -> None:
        self._build(self.form.focus)       # every label and value in the new language

    def layout(self, screen: Screen) -> None:
        self.screen = screen
        body = body_rect(screen, self.theme)
        large = self.theme.font_scale >= 1.3
        left, right = split_columns(body, [0.68, 0.32] if large else [0.6, 0.4], screen.px(0.04 if not large else 0.025))
        gap = screen.px(0.012)
        count = len(self.form.rows)
        # Rows as tall as the text needs; when they do not all fit, the list scrolls.
        row_h = max((left.h - gap * (count - 1)) // count, round(screen.text_px(self.theme, self.theme.size_body) * 1.6))
        self.form.scroll_in(left, row_h, gap)
        self.preview_rect = right

    def handle(self, action: A.Action) -> None:
        if isinstance(action, A.Back):
            self.finish("back")
            return
        changed = self.form.handle(action)
        if changed == "back":
            self.finish("back")
        elif changed:
            self._apply(changed)

    def _apply(self, key: str) -> None:
        s = self.services
        row = self.form.row(key)
        if key == "language":
            # "System" follows the computer's locale; the change shows on this screen at once.
            s.update_settings(language=row.value)
            i18n.set_language(row.value or i18n.system_language())
        elif key == "projector":
            set_projector(s, row.on)
        elif key == "fullscreen":
            s.request("fullscreen")
        elif key == "sound":
            s.update_settings(mute=not row.on)
            s.sound.muted = not row.on
        elif key == "volume":
            s.update_settings(volume=row.value)
            s.sound.volume = row.value
            s.sound.play("lock_in")
        elif key == "default_time_limit":
            s.update_settings(default_time_limit=row.value)
        else:
            s.update_settings(**{key: row.on if isinstance(row, Toggle) else row.value})
            s.request("theme")

    def still_for(self) -> float:
        return self.form.still_for()

    def update(self, dt: float) -> None:
        self.form.update(dt)
        fullscreen = self.form.row("fullscreen")
        fullscreen.on = self.services.settings.fullscreen

    def draw(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        surface.blit(backdrop(theme, surface.get_size()), (0, 0))
        draw_header(surface, screen, theme, s.text, _("Settings"), _("Saved as you change them"))
        self.form.draw(surface, screen)
        self._draw_scroll_marks(surface)
        self._draw_preview(surface)
        draw_key_hints(surface, screen, theme, s.text,
                       [(_("Up/Down"), _("choose")), (_("Left/Right"), _("change")), (_("Esc"), _("back"))])

    def _draw_scroll_marks(self, surface: pygame.Surface) -> None:
        """Small arrows beside the list when settings are scrolled out of view above or below."""
        above, below = self.form.hidden
        draw_scroll_marks(surface, self.screen, self.theme, [row.rect for row in self.form.rows if row.rect.w > 0],
                          above, below)

    def _draw_preview(self, surface: pygame.Surface) -> None:
        s, theme, screen = self.services, self.theme, self.screen
        card = self.preview_rect
        draw_panel(surface, card, theme.panel, radius_frac=0.06, edge=theme.panel_edge,
                   edge_width=max(1, screen.px(0.003)))
        inner = card.inflate(-screen.px(0.05), -screen.px(0.05))
        large = theme.font_scale >= 1.3
        # Large type: the words (the setting's name, what it does, the sample) take the room of
        # the shape swatches, and the name may take two lines rather than shrink.
        about, head, sample, shapes = split_rows(inner, [0.42, 0.08, 0.38, 0.12] if large else [0.3, 0.1, 0.3, 0.3],
                                                 screen.px(0.02))
        focused = self.form.focused
        if focused is not None:
            title, hint = split_rows(about, [0.4, 0.6] if large else [0.3, 0.7])
            s.text.fit(focused.label, title.size, px=screen.text_px(theme, theme.size_body), style="bold",
                       colour=theme.accent, align="left", max_lines=2 if large else 1).draw(surface, title)
            s.text.fit(_(HINTS[focused.key]) if focused.key in HINTS else "", hint.size, px=screen.text_px(theme, theme.size_small),
                       colour=theme.text, align="left", valign="top").draw(surface, hint)
        pygame.draw.line(surface, theme.panel_edge, (head.x, head.y), (head.right, head.y), max(1, screen.px(0.002)))
        s.text.fit(_("Preview"), head.size, px=screen.text_px(theme, theme.size_small), style="bold",
                   colour=theme.text_muted, align="left", valign="bottom").draw(surface, head)
        latin, other = split_rows(sample, [0.68, 0.32])
        sample_text = _(SAMPLE)
        px = s.text.shared_px([sample_text, SAMPLE_OTHER_SCRIPTS], latin.size, px=screen.text_px(theme, theme.size_body))
        s.text.fit(sample_text, latin.size, px=px, colour=theme.text, align="left", valign="top").draw(surface, latin)
        s.text.fit(SAMPLE_OTHER_SCRIPTS, other.size, px=px, colour=theme.text, align="left",
                   valign="top").draw(surface, other)
        cells = split_columns(shapes, [1] * 4, screen.px(0.015))
        for index, cell in enumerate(cells):
            size = min(cell.w, cell.h)
            box = pygame.Rect(0, 0, size, size)
            box.center = cell.center
            draw_panel(surface, box, theme.tile_colour(index), radius_frac=0.2)
            icon = shape_icon(SHAPES[index], round(size * 0.6), (255, 255, 255) if not theme.high_contrast else (0, 0, 0))
            surface.blit(icon, icon.get_rect(center=box.center))
