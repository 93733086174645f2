"""The translation machinery: choosing a language, switching at once, the pseudo language,
reading catalogs without Babel, and numbers and dates in each language's form."""

from __future__ import annotations

import gettext
import io
import string
from datetime import date, datetime

import pytest

from game import i18n
from game.i18n import formats
from game.i18n.catalog import CatalogError, mo_bytes, read_po
from game.i18n.pseudo import is_pseudo, pseudo

babel = pytest.importorskip("babel")


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("tag, expected", [
    ("de", "de"), ("de-AT", "de"), ("de_DE.UTF-8", "de"), ("FR_ca", "fr"), ("ru_RU.utf8@euro", "ru"),
    ("pseudo", "qps"), ("qps", "qps"), ("C", "en"), ("pt-BR", None), ("", None), (None, None),
])
def test_tags_map_to_the_languages_the_game_speaks(tag, expected):
    assert i18n.supported(tag) == expected


def test_flag_beats_environment_beats_setting_beats_system(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.delenv("RELAYQUIZ_LANG", raising=False)
    assert i18n.choose() == "es"
    assert i18n.choose(setting="fr") == "fr"
    monkeypatch.setenv("RELAYQUIZ_LANG", "ru")
    assert i18n.choose(setting="fr") == "ru"
    assert i18n.choose(flag="de", setting="fr") == "de"
    # An unknown value at one step passes to the next.
    assert i18n.choose(flag="xx", setting="fr") == "ru"


def test_system_language_reads_the_locale_variables_in_gettexts_order(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.system_language() == "ru"
    monkeypatch.setenv("LC_ALL", "pt_BR.UTF-8")       # set, but a language the game lacks
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANGUAGE", "pt:fr:de")
    assert i18n.system_language() == "fr"


def test_switching_tells_listeners_once_and_changes_the_words_at_once():
    heard: list[str] = []
    stop = i18n.on_change(heard.append)
    try:
        assert i18n._("Settings") == "Settings"
        i18n.set_language("pseudo")
        i18n.set_language("qps")
        assert heard == ["qps"]
        assert i18n._("Settings").startswith("[Šéţţîñĝš")
        i18n.set_language("en")
        assert heard == ["qps", "en"] and i18n._("Settings") == "Settings"
    finally:
        stop()
    i18n.set_language("de")
    assert heard == ["qps", "en"]


def test_unknown_language_means_english():
    assert i18n.set_language("tlh") == "en"
    assert i18n.language() == "en"


@pytest.mark.parametrize("text", ["Settings", "Lock in", "{team} scores {points:,} points",
                                  "Press %(key)s to pause", "Time's up!", "Line one\nline two\n"])
def test_pseudo_lengthens_by_forty_percent_and_keeps_placeholders(text):
    made = pseudo(text)
    assert is_pseudo(made)
    assert len(made.rstrip("\n")) >= 1.4 * len(text.rstrip("\n"))
    assert not set(made) & set(string.ascii_lowercase) - set("{}()%s,:teampoinkyd")
    fields = dict(team="Ŵ", points=1200, key="P")
    if "{" in text:
        assert "Ŵ" in made.format(**fields) and "1,200" in made.format(**fields)
    if "%(" in text:
        assert "P" in made % fields
    assert made.endswith("\n") == text.endswith("\n")


def test_pseudo_plurals_follow_the_count():
    i18n.set_language("pseudo")
    assert i18n.ngettext("{n} point", "{n} points", 1).format(n=1).startswith("[1 þöîñţ ")
    assert i18n.ngettext("{n} point", "{n} points", 5).format(n=5).startswith("[5 þöîñţš ")


SAMPLE_PO = r'''# Sample catalog
msgid ""
msgstr ""
"Language: ru\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"
"Content-Type: text/plain; charset=utf-8\n"

#: game/ui/a.py:1
msgid "Settings"
msgstr "Настройки"

msgid ""
"A long line "
"continued"
msgstr "Длинная строка \"в кавычках\"\tи табуляция"

msgctxt "verb"
msgid "Reveal"
msgstr "Показать ответ"

msgid "{n} point"
msgid_plural "{n} points"
msgstr[0] "{n} очко"
msgstr[1] "{n} очка"
msgstr[2] "{n} очков"

#, fuzzy
msgid "Pause"
msgstr "Пауза?"

msgid "Untranslated"
msgstr ""

#~ msgid "Gone"
#~ msgstr "Нет"
'''


def test_catalog_reader_matches_babels_compiled_catalog(tmp_path):
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po as babel_read_po

    path = tmp_path / "sample.po"
    path.write_text(SAMPLE_PO, encoding="utf-8")
    ours = gettext.GNUTranslations(io.BytesIO(mo_bytes(read_po(path))))
    buffer = io.BytesIO()
    write_mo(buffer, babel_read_po(io.BytesIO(SAMPLE_PO.encode()), locale="ru"), use_fuzzy=False)
    buffer.seek(0)
    theirs = gettext.GNUTranslations(buffer)
    for catalog in (ours, theirs):
        assert catalog.gettext("Settings") == "Настройки"
        assert catalog.gettext("A long line continued") == "Длинная строка \"в кавычках\"\tи табуляция"
        assert catalog.pgettext("verb", "Reveal") == "Показать ответ"
        assert catalog.gettext("Reveal") == "Reveal"
        assert catalog.gettext("Pause") == "Pause"                # fuzzy: left out
        assert catalog.gettext("Untranslated") == "Untranslated"
        assert catalog.gettext("Gone") == "Gone"
        assert [catalog.ngettext("{n} point", "{n} points", n) for n in (1, 3, 5, 11, 21, 22, 111)] == [
            "{n} очко", "{n} очка", "{n} очков", "{n} очков", "{n} очко", "{n} очка", "{n} очков"]


def test_a_broken_catalog_names_its_file_and_line(tmp_path):
    path = tmp_path / "broken.po"
    path.write_text('msgid "One"\nmsgstr "Eins\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"broken\.po:2:"):
        read_po(path)
    path.write_text('msgid "One"\nmsgzap "Eins"\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"broken\.po:2: unknown keyword 'msgzap'"):
        read_po(path)


MOMENTS = [datetime(2026, 12, 7, 16, 39), datetime(2024, 2, 29, 0, 5), datetime(1999, 5, 1, 12, 0),
           datetime(2026, 1, 9, 9, 3)]
NUMBERS = [0, 7, 1000, 12345, 1234567.5, -2.25, 0.125, 999999]


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "ru"])
def test_numbers_and_dates_are_written_as_cldr_writes_them(code):
    from babel import dates, numbers

    for value in NUMBERS:
        assert formats.format_number(value, language=code) == numbers.format_decimal(value, locale=code)
    assert formats.format_number(2.5, 2, language=code) == numbers.format_decimal(
        2.5, format="#,##0.00", locale=code)
    for ratio in (0.0, 0.25, 0.875, 1.0):
        assert formats.format_percent(ratio, language=code) == numbers.format_percent(ratio, locale=code)
    for moment in MOMENTS:
        for style in ("short", "medium", "long"):
            assert formats.format_date(moment, style, language=code) == dates.format_date(moment, style, locale=code)
        assert formats.format_time(moment, language=code) == dates.format_time(moment, "short", locale=code)
        assert formats.format_datetime(moment, language=code) == dates.format_datetime(
            moment, "medium", locale=code).replace(dates.format_time(moment, "medium", locale=code),
                                                   dates.format_time(moment, "short", locale=code))
    assert formats.format_date(date(2026, 12, 7), language=code)


def test_formats_follow_the_current_language():
    i18n.set_language("de")
    assert formats.format_number(1234.5) == "1.234,5"
    assert formats.format_date(date(2026, 12, 7), "long") == "7. Dezember 2026"
    i18n.set_language("ru")
    assert formats.format_date(date(2026, 12, 7), "long") == "7 декабря 2026\u202fг."
    i18n.set_language("pseudo")
    assert formats.format_number(1234.5) == "1,234.5"


def test_shipped_locale_data_is_what_babel_says():
    import sys
    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import catalogs
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert (ROOT / "game" / "i18n" / "localedata.py").read_text(encoding="utf-8") == catalogs.localedata_text()


def test_english_words_load_nothing():
    i18n.set_language("en")
    assert i18n._("Anything") == "Anything"
    assert i18n.ngettext("{n} team", "{n} teams", 1) == "{n} team"
    assert "en" not in i18n._translators
