"""The window in every language: Settings switches the language at once on every screen, the
words drawn are the catalog's (German and Russian measured as drawn), nothing of the window's
own stays plain English in the pseudo language, and the bundled fonts draw every character the
translations use.
"""

from __future__ import annotations

import re
from datetime import date

import pygame
import pytest

from game import i18n
from game.i18n.formats import format_date
from game.i18n.pseudo import ACCENTED, OPEN, is_pseudo
from game.ui.handover import HallFocus
from game.ui.kit import record
from game.ui.measure import build_services
from tests.test_ui_readable import SCREENS as READABLE_SCREENS
from tests.test_ui_readable import FameStore
from tests.uikit import FakeSettings, focus_row, key, make_app, make_services, press


def drawn(app) -> list[str]:
    """Every text one frame draws, as a recording sees it."""
    with record.recording() as recording:
        recording.window = app.surface
        recording.start_frame()
        app.step(1 / 60, [])
    return [box.name for box in recording.boxes if box.is_text]


def choose_language(app, steps: int) -> None:
    """On Settings: move to the language row and press Right `steps` times."""
    focus_row(app, "language", pygame.K_UP)
    for _ in range(steps):
        press(app, pygame.K_RIGHT)


# -- choosing in Settings ------------------------------------------------------------------------

def test_settings_offers_system_and_each_language_by_its_own_name_and_not_the_pseudo_one():
    app = make_app(start="settings", settings=FakeSettings(language=""))
    try:
        row = app.scene.form.row("language")
        assert [row.show(code) for code in row.options] == ["System", "English", "Deutsch", "Français", "Español",
                                                            "Русский"]
        assert row.value == ""                       # the default follows the system
        assert i18n.PSEUDO not in row.options and "pseudo" not in row.options
    finally:
        app.close()


def test_choosing_a_language_in_settings_changes_the_visible_words_at_once_and_saves_it():
    app = make_app(start="settings", settings=FakeSettings(language="en"))
    try:
        before = drawn(app)
        assert "Settings" in before and "Text size" in before
        choose_language(app, 1)                      # English -> Deutsch
        assert i18n.language() == "de"
        assert app.services.saved[-1].language == "de"
        german = drawn(app)
        assert "Einstellungen" in german and "Textgröße" in german and "Sprache" in german
        assert "Settings" not in german and "Text size" not in german
        choose_language(app, 3)                      # Deutsch -> Français -> Español -> Русский
        assert i18n.language() == "ru" and app.services.saved[-1].language == "ru"
        russian = drawn(app)
        assert "Настройки" in russian and "Размер текста" in russian and "Русский" in russian
        assert not {"Einstellungen", "Textgröße"} & set(russian)
        press(app, pygame.K_F1)                      # the help overlay speaks it too
        assert "Клавиши" in drawn(app)
        press(app, pygame.K_ESCAPE, pygame.K_ESCAPE)   # close the help, back to the title
        assert app.scene.name == "title"
        title = drawn(app)
        assert "Играть" in title and "Настройки" in title and "Play" not in title
    finally:
        app.close()


def test_choosing_system_follows_the_computers_locale(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    app = make_app(start="settings", settings=FakeSettings(language="ru"))
    try:
        assert app.scene.form.row("language").value == "ru"
        focus_row(app, "language", pygame.K_UP)
        for _ in range(5):
            press(app, pygame.K_LEFT)               # to the first choice, System
        assert app.scene.form.row("language").value == ""
        assert app.services.saved[-1].language == ""
        assert i18n.language() == "de"
        assert "Einstellungen" in drawn(app) and "System" in drawn(app)
    finally:
        app.close()


def test_the_window_keeps_the_language_chosen_before_it_opened():
    i18n.set_language("ru")               # as the command line does from --lang, the variable, the setting
    app = make_app(start="title", settings=FakeSettings(language="de"))
    try:
        words = drawn(app)
        assert "Играть" in words and "Spielen" not in words
        assert i18n.language() == "ru"
    finally:
        app.close()


def test_a_language_change_redraws_a_screen_whose_still_parts_are_kept_in_one_picture():
    app = make_app(start="title")
    try:
        app.step(1 / 60, [])
        app.step(1 / 60, [])                         # the title's still parts are now one kept picture
        i18n.set_language("de")
        app.step(1 / 60, [])
        assert "Spielen" in drawn(app)
        assert app.scene.form.rows[0].label == "Spielen"
    finally:
        app.close()


def test_the_window_stops_listening_for_language_changes_once_closed():
    app = make_app(start="title")
    app.close()
    i18n.set_language("de")                          # nothing is asked of the closed window
    assert app.services.requests == []


# -- German and Russian as drawn -------------------------------------------------------------------

def measured_words(screen: str, language: str) -> list[str]:
    i18n.set_language(language)
    from game.ui.measure import measure
    return [box.name for box in measure(READABLE_SCREENS[screen]).texts]


def test_the_question_screen_draws_german_and_russian():
    german = measured_words("question, solo", "de")
    assert "Frage 1 von 5" in german and "Tippe die Antwort" in german and "0 Punkte" in german
    assert "Tippe deine Antwort und drück Enter" in german
    russian = measured_words("question, solo", "ru")
    assert "Вопрос 1 из 5" in russian and "Введи ответ" in russian and "0 очков" in russian
    chosen = measured_words("question, party of 8", "ru")
    assert "Выбери один ответ" in chosen


def test_the_standings_and_podium_draw_german_and_russian():
    assert "Zwischenstand nach 1 von 5" in measured_words("standings, classroom", "de")
    assert any(text.endswith("чашу огня!") for text in measured_words("podium, classroom", "ru"))


def test_the_hall_of_fame_dates_are_in_the_languages_form():
    german = measured_words("hall of fame", "de")
    assert "Ruhmeshalle" in german and "01.05.2024" in german
    russian = measured_words("hall of fame", "ru")
    assert "Зал славы" in russian and "1 мая 2024\u202fг." in russian
    assert format_date(date(2024, 5, 1), language="en") in measured_words("hall of fame", "en")


@pytest.mark.parametrize("count, words", [(1, "1 очко"), (3, "3 очка"), (5, "5 очков"), (21, "21 очко")])
def test_russian_points_take_the_plural_form_of_the_number(count, words):
    i18n.set_language("ru")
    assert i18n.ngettext("{points} point", "{points} points", count).format(points=count) == words


def test_the_scoreboards_numbers_follow_the_language():
    from game.ui.kit.text import score_text

    assert score_text(12500) == "12\u2009500"          # English: a thin space, never a comma
    i18n.set_language("de")
    assert score_text(12500) == "12.500"
    i18n.set_language("fr")
    assert score_text(12500) == "12\u202f500"


# -- nothing of the window's own stays English in the pseudo language -----------------------------

# The screens of other parts of the game (the generator's and the phones' own catalogs).
OTHER_DOMAINS = ("generate", "lobby")
# Words that are never translated: the product's name, and the font sample of other scripts.
NEVER_TRANSLATED = ("Torch Relay Quiz", "Ελληνικά, Русский")
LETTERS = re.compile(r"[^\W\d_]{2,}")


def given_texts(app) -> set[str]:
    """What the window shows but does not write: pack content, names, the quiz's own rules and
    problems (other catalogs), team names, dates of records."""
    from game.ui.kit.theme import RING_NAMES

    found: set[str] = set(NEVER_TRANSLATED) | set(RING_NAMES)
    scene = app.scene
    library = app.services.library
    packs = list(library.entries) if library is not None else []
    for entry in packs:
        pack = entry.pack
        found.update([pack.id, pack.title, pack.description or "", pack.author or "", pack.license or "",
                      pack.language, *pack.tags, *(s.title for s in pack.sources)])
        if pack.path is not None:
            found.add(pack.path.name)
    match = getattr(scene, "match", None)
    session = getattr(match, "session", None) or getattr(scene, "session", None)
    if session is not None:
        found.update(p.name for p in session.players)
        found.update(session.rules())
        for pack in session.config.packs:
            found.update([pack.title, pack.description or ""])
        for question in session.questions:
            found.update([question.prompt, *question.options, question.answer_text, question.explanation or "",
                          question.source_quote or "", question.source_title or "", question.unit or "",
                          question.pack.title])
    for name in ("rules", "problems"):
        found.update(getattr(scene, name, None) or [])
    config = getattr(scene, "config", None)
    if config is not None and not callable(config):
        found.update(config.players)
    store = app.services.store
    if store is not None:
        for entry in store.hall_of_fame():
            from game.ui.scenes.hall import short_date
            found.update([entry.name, entry.pack_titles, short_date(entry.achieved_at)])
    return {text for text in found if text}


def plain_words_of_the_window(text: str, given: set[str]) -> str:
    """What is left of `text` once the given texts, numbers and marks are taken out; words left
    there are the window's own."""
    if is_pseudo(text):
        return ""
    if text.startswith(OPEN) and text.endswith("…"):
        # Marked, then shortened to fit (the end of the mark cut off): its own words are accented.
        text = " ".join(word for word in text[1:].split(" ") if not set(word) & set(ACCENTED))
        text = text.strip("“”„«»\"' ")
    rest = text
    for piece in sorted(given, key=len, reverse=True):
        rest = rest.replace(piece, " ")
    stem = rest.strip().rstrip("…").strip()
    if stem and any(piece.startswith(stem) for piece in given):      # shortened with an ellipsis
        return ""
    return " ".join(LETTERS.findall(rest))


def open_in_pseudo(setup):
    """Open a screen of the readable-screens list in the pseudo language, settled as measured."""
    from game.ui.app import App

    i18n.set_language("pseudo")
    services = build_services(setup)
    handover = setup.handover(services) if setup.handover else None
    app = App(services, start=setup.start, handover=handover)
    app.open(setup.size)
    for _ in range(max(1, round(setup.settle / 0.1))):
        app.step(0.1, [])
    for event in setup.events:
        app.step(1 / 60, [event])
    return app


PSEUDO_SCREENS = {name: setup for name, setup in READABLE_SCREENS.items() if setup.start not in OTHER_DOMAINS}
PSEUDO_SCREENS.update({
    "help over a question": READABLE_SCREENS["question, solo"].with_(events=(key(pygame.K_F1),)),
    "pause card": READABLE_SCREENS["question, solo"].with_(events=(key(pygame.K_p),)),
    "quit question on the title": READABLE_SCREENS["title"].with_(events=(key(pygame.K_ESCAPE),)),
    "leave question in a game": READABLE_SCREENS["reveal, solo"].with_(events=(key(pygame.K_ESCAPE),)),
    "help with the teacher's keys": READABLE_SCREENS["question, classroom"].with_(events=(key(pygame.K_F1),)),
    "hall of fame with a record": READABLE_SCREENS["hall of fame"],
})


@pytest.mark.parametrize("screen", list(PSEUDO_SCREENS))
def test_every_word_of_the_window_goes_through_the_catalog(screen):
    app = open_in_pseudo(PSEUDO_SCREENS[screen])
    try:
        texts = drawn(app)
        assert texts, f"{screen}: nothing drawn"
        given = given_texts(app)
        plain = {text: words for text in texts if (words := plain_words_of_the_window(text, given))}
        assert not plain, f"{screen}: words drawn without the catalog: {plain}"
        assert any(is_pseudo(text) for text in texts), f"{screen}: no word of the window's own drawn"
    finally:
        app.close()


def test_the_pseudo_check_catches_a_word_that_bypasses_the_catalog():
    given = {"Sochi", "The Unstoppable Torchbearers"}
    assert plain_words_of_the_window("Question 1 of 5", given) == "Question of"
    assert plain_words_of_the_window("[Ǫûéšţîöñ 1 öƒ 5 ~~~~~~]", given) == ""
    assert plain_words_of_the_window("Sochi", given) == ""
    assert plain_words_of_the_window("The Unstoppable Torch…", given) == ""
    assert plain_words_of_the_window("+1\u2009000", given) == ""


# -- fonts -------------------------------------------------------------------------------------------

def translated_characters() -> set[str]:
    from babel.messages.pofile import read_po

    chars: set[str] = set(ACCENTED)
    for code in ("de", "fr", "es", "ru"):
        path = i18n.LOCALE_DIR / code / "LC_MESSAGES" / "window.po"
        with path.open("rb") as handle:
            for message in read_po(handle, locale=code):
                strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
                for string in strings:
                    chars.update(string or "")
        from game.i18n.localedata import FORMATS
        data = FORMATS[code]
        chars.update(data["group"] + data["decimal"] + data["minus"] + data["percent"])
        chars.update("".join(data["months_wide"] + data["months_abbreviated"]))
    return {char for char in chars if char not in "\n\t"}


@pytest.mark.parametrize("face", ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansDisplay-Bold.ttf"])
def test_the_bundled_faces_draw_every_character_the_translations_use(face):
    from game.ui.kit.fonts import STAND_INS, Fonts

    pygame.font.init()
    fonts = Fonts()
    needed = translated_characters()
    assert {"ß", "ё", "Ж", "«", "»", "„", "“", "¿", "¡", "é", "ñ", "\u202f"} <= needed
    # A character the face lacks may only be one with a stand-in the face has.
    missing = sorted(char for char in needed - {" "} if not fonts._has(face, char)
                     and not (char in STAND_INS and fonts._has(face, STAND_INS[char])))
    assert not missing, f"{face} lacks {[f'U+{ord(c):04X} {c}' for c in missing]}"


def test_a_french_narrow_space_never_shows_as_a_box_in_the_dyslexia_font():
    from game.ui.kit.fonts import Fonts
    from game.ui.kit.theme import DYSLEXIA_FONTS, NORMAL

    pygame.font.init()
    fonts = Fonts(NORMAL.with_(**DYSLEXIA_FONTS))
    text = "Temps écoulé\u202f!"
    assert fonts.get("body", 24, text) is fonts.get("body", 24, "Temps")     # keeps the dyslexia font
    assert not fonts._has("OpenDyslexic-Regular.otf", "\u202f")
    assert fonts.drawable("body", text) == "Temps écoulé\u00a0!"
    assert fonts.drawable("body", "Время вышло!") == "Время вышло!"          # Cyrillic: Noto Sans, as it is


def test_the_minus_sign_is_drawn_with_a_glyph_the_face_has():
    from game.ui.kit.fonts import Fonts

    pygame.font.init()
    fonts = Fonts()
    assert not fonts._has("NotoSans-Bold.ttf", "\u2212")
    assert fonts.drawable("bold", "\u2212100 by hand") == "\u2013100 by hand"
    assert fonts._has("NotoSans-Bold.ttf", "\u2013")


def test_a_team_named_like_a_menu_word_keeps_its_name_in_the_help():
    from game.ui.handover import Match
    from tests.uikit import new_session

    i18n.set_language("de")
    services = make_services()
    match = Match(new_session(clock=services.clock, mode="party", players=("Play", "Settings")))
    app = make_app(start="question", handover=match, services=services)
    try:
        press(app, pygame.K_F1)
        words = drawn(app)
        assert "Tasten" in words                         # the help is open, in German
        assert "Play" in words and "Settings" in words
        assert "Spielen" not in words and "Einstellungen" not in words
    finally:
        app.close()
