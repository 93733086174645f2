"""The shipped catalogs: every message of the sources in the templates, every language complete
(nothing empty or fuzzy), the same placeholders as the English, every plural form there, and
no message translated two ways in one language."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from game import i18n
from game.i18n.catalog import read_po

pytest.importorskip("babel")
sys.path.insert(0, str(ROOT / "tools"))
import catalogs  # noqa: E402

sys.path.remove(str(ROOT / "tools"))

LANGUAGES = [code for code in i18n.LANGUAGES if code != "en"]
FILES = catalogs.domain_files()


def _keys(catalog) -> set[tuple[str | None, str]]:
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id}


@pytest.mark.parametrize("domain", i18n.DOMAINS)
def test_template_holds_every_message_of_its_sources(domain):
    from babel.messages.pofile import read_po as babel_read_po

    path = i18n.LOCALE_DIR / f"{domain}.pot"
    assert path.is_file(), f"{path} missing: run python tools/catalogs.py extract"
    with path.open("rb") as handle:
        shipped = _keys(babel_read_po(handle))
    fresh = _keys(catalogs.template(domain, FILES[domain]))
    assert fresh - shipped == set(), f"{path}: new messages; run python tools/catalogs.py extract"
    assert shipped - fresh == set(), f"{path}: messages no source uses; run python tools/catalogs.py extract"


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("domain", i18n.DOMAINS)
def test_catalog_is_complete_with_the_englishs_placeholders_and_plurals(code, domain):
    assert catalogs.problems(code, domain) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_message_is_translated_two_ways_in_one_language(code):
    # At run time a language's domains are looked up together, so one English message must
    # mean one thing (pgettext separates the rare words that need two).
    seen: dict[tuple[str | None, str], tuple[str, list[str]]] = {}
    clashes = []
    for domain in i18n.DOMAINS:
        path = i18n.LOCALE_DIR / code / "LC_MESSAGES" / f"{domain}.po"
        for entry in read_po(path):
            if not entry.msgid or entry.fuzzy:
                continue
            before = seen.setdefault((entry.context, entry.msgid), (domain, entry.strings))
            if before[1] != entry.strings:
                clashes.append(f"{entry.msgid!r}: {before[0]} {before[1]} but {domain} {entry.strings}")
    assert clashes == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_catalog_reads_without_babel(code):
    # What a source checkout does: the game's own reader compiles each .po in memory.
    for domain in i18n.DOMAINS:
        path = i18n.LOCALE_DIR / code / "LC_MESSAGES" / f"{domain}.po"
        entries = read_po(path)
        header = next(e for e in entries if not e.msgid)
        assert f"Language: {code}" in header.strings[0]
        assert "Plural-Forms:" in header.strings[0]


def test_catalog_tool_checks_find_real_faults(tmp_path, monkeypatch):
    folder = tmp_path / "locale"
    (folder / "ru" / "LC_MESSAGES").mkdir(parents=True)
    (folder / "window.pot").write_text('msgid ""\nmsgstr ""\n\nmsgid "{team} wins"\nmsgstr ""\n\n'
                                       'msgid "Pause"\nmsgstr ""\n\nmsgid "{n} point"\nmsgid_plural "{n} points"\n'
                                       'msgstr[0] ""\nmsgstr[1] ""\n\nmsgid "Quit"\nmsgstr ""\n', encoding="utf-8")
    (folder / "ru" / "LC_MESSAGES" / "window.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : '
        'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
        'msgid "{team} wins"\nmsgstr "{команда} побеждает"\n\n'
        '#, fuzzy\nmsgid "Pause"\nmsgstr "Пауза"\n\n'
        'msgid "{n} point"\nmsgid_plural "{n} points"\nmsgstr[0] "{n} очко"\nmsgstr[1] "{n} очка"\n',
        encoding="utf-8")
    monkeypatch.setattr(catalogs, "LOCALE_DIR", folder)
    found = "\n".join(catalogs.problems("ru", "window"))
    assert "'Quit' is in the template but not here" in found
    assert "placeholders the English has not" in found and "{команда}" in found
    assert "fuzzy 'Pause'" in found
    assert "2 of the 3 plural forms of ru translated for '{n} point'" in found


def _calls_in(path) -> set[tuple[str | None, str]]:
    """Every message a source file hands the catalogs with a literal string, found by reading
    its syntax tree (so a call inside an f-string counts too, which a token reader can miss)."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        name, args = node.func.id, node.args
        literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in args]
        if name in ("_", "gettext", "N_", "ngettext") and literal and literal[0]:
            found.add((None, literal[0]))
        elif name in ("pgettext", "npgettext") and len(literal) >= 2 and literal[0] and literal[1]:
            found.add((literal[0], literal[1]))
    return found


@pytest.mark.parametrize("domain", i18n.DOMAINS)
def test_every_literal_message_of_the_sources_reaches_the_template(domain):
    from babel.messages.pofile import read_po as babel_read_po

    with (i18n.LOCALE_DIR / f"{domain}.pot").open("rb") as handle:
        shipped = _keys(babel_read_po(handle))
    missing = sorted(f"{path.relative_to(ROOT)}: {message!r}" for path in FILES[domain]
                     for message in _calls_in(path) if message not in shipped)
    assert missing == [], "messages the extraction missed (inside f-strings?): " + "; ".join(missing[:10])
