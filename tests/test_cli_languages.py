"""The command line in the person's language: --lang, RELAYQUIZ_LANG and the `language` setting
choose it; help, argparse's own words, messages, reports and the new-pack template follow it."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from conftest import ROOT
from game import i18n
from game.cli import COMMANDS, main
from game.i18n.formats import format_number
from game.i18n.pseudo import CLOSE, OPEN
from game.packs.load import load_pack
from game.store import Store
from recording import TickingWallClock, play_recorded

SHIPPED = ROOT / "questions" / "sochi-torch-spacewalk.yaml"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:                  # --help and command-line mistakes leave through argparse
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def no_language_chosen(monkeypatch):
    """Neither RELAYQUIZ_LANG nor the system's locale names a language (the setting decides)."""
    monkeypatch.delenv("RELAYQUIZ_LANG", raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")


@pytest.fixture
def recorded():
    with Store(wall_clock=TickingWallClock()) as store:
        session, recorder = play_recorded(store, players=("Rot", "Blau"), right=(0,), seed=1)
    return session, recorder.session_id


def write_setting(home: Path, language: str) -> None:
    (home / "settings.yaml").write_text(f"volume: 0.5\nlanguage: {language}\n", encoding="utf-8")


# Choosing the language ---------------------------------------------------------------------

def test_lang_before_the_command_gives_german_help(capsys):
    code, out, _ = run(capsys, "--lang", "de", "--help")
    assert code == 0
    assert out.startswith("Aufruf: relayquiz")
    assert "Optionen:" in out and "Befehle:" in out and "Beispiele:" in out
    assert "Die Ruhmeshalle zeigen:" in out and "Das Spiel starten (dasselbe wie relayquiz ohne Befehl)." in out
    assert "diese Hilfe anzeigen und beenden" in out
    assert "usage:" not in out and "show this help" not in out


def test_lang_after_the_command_gives_russian_output(capsys, recorded):
    session, _ = recorded
    code, out, _ = run(capsys, "scores", "--lang", "ru")
    assert code == 0
    assert "имя" in out and "очки" in out and "дата" in out and "сессия" in out
    best = max(p.score for p in session.players)
    assert format_number(best, language="ru") in out
    assert "\xa0" in format_number(best, language="ru")      # Russian groups thousands with a space
    assert "Соло" in out or "Вечеринка" in out
    assert re.search(r"\b\d{1,2} мая 2024\u202fг\., \d{2}:\d{2}\b", out)   # the date as Russian writes it


def test_russian_help_of_a_command_after_it(capsys):
    code, out, _ = run(capsys, "scores", "--help", "--lang", "ru")
    assert code == 0
    assert out.startswith("использование: relayquiz scores")
    assert "Показать зал славы" in out and "только этот режим" in out


def test_environment_chooses_the_language(capsys, monkeypatch):
    monkeypatch.setenv("RELAYQUIZ_LANG", "de")
    code, _, err = run(capsys, "validate", "no-such-place")
    assert code == 1
    assert "no-such-place: Datei oder Ordner nicht gefunden" in err
    assert "1 von 1 Paket mit Problemen; 0 gültig" in err


def test_lang_beats_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("RELAYQUIZ_LANG", "de")
    code, _, err = run(capsys, "validate", "no-such-place", "--lang", "es")
    assert code == 1
    assert "no-such-place: no existe ese archivo o carpeta" in err
    assert "Datei" not in err


def test_the_setting_is_used_when_neither_flag_nor_environment_says(capsys, relayquiz_home, no_language_chosen):
    write_setting(relayquiz_home, "fr")
    code, _, err = run(capsys, "validate", "no-such-place")
    assert code == 1
    assert "no-such-place: fichier ou dossier introuvable" in err
    assert "1 pack sur 1 avec des problèmes\u202f; 0 valide(s)" in err


def test_the_setting_read_from_its_snapshot_is_the_same(capsys, relayquiz_home, no_language_chosen):
    from game.store import load_settings
    from game.store.language import language_setting

    write_setting(relayquiz_home, "ru")
    assert load_settings().settings.language == "ru"          # the first full read keeps a snapshot
    assert (relayquiz_home / "cache" / "settings.json").is_file()
    assert language_setting() == "ru"
    code, out, _ = run(capsys, "history")
    assert code == 0 and out.startswith("Сессий пока нет")


def test_the_environment_beats_the_setting(capsys, relayquiz_home, no_language_chosen, monkeypatch):
    write_setting(relayquiz_home, "fr")
    monkeypatch.setenv("RELAYQUIZ_LANG", "de")
    _, out, _ = run(capsys, "history")
    assert out.startswith("Noch keine Sitzungen")


def test_an_empty_setting_follows_the_system(capsys, relayquiz_home, no_language_chosen, monkeypatch):
    write_setting(relayquiz_home, '""')
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    _, out, _ = run(capsys, "history")
    assert out.startswith("Aún no hay sesiones")


def test_an_unknown_lang_exits_2_listing_the_languages(capsys):
    code, out, err = run(capsys, "--lang", "xx", "packs")
    assert code == 2 and out == ""
    assert "argument --lang: unknown language 'xx'; choose from" in err
    for shown in ("en (English)", "de (Deutsch)", "fr (Français)", "es (Español)", "ru (Русский)", "pseudo"):
        assert shown in err


def test_an_unknown_lang_after_the_command_exits_2_too(capsys):
    code, _, err = run(capsys, "scores", "--lang", "klingon")
    assert code == 2
    assert "unknown language 'klingon'" in err and "ru (Русский)" in err


def test_an_unknown_environment_language_is_named_once_and_ignored(capsys, monkeypatch, relayquiz_home):
    monkeypatch.setenv("RELAYQUIZ_LANG", "xx")
    write_setting(relayquiz_home, "de")
    code, out, err = run(capsys, "history")
    assert code == 0
    warnings = [line for line in err.splitlines() if "RELAYQUIZ_LANG" in line]
    assert len(warnings) == 1 and "RELAYQUIZ_LANG=xx" in warnings[0] and "de (Deutsch)" in warnings[0]
    assert out.startswith("Noch keine Sitzungen")            # passed over: the setting speaks


def test_lang_with_no_command_starts_the_game_in_that_language(monkeypatch):
    """`relayquiz --lang de` is `relayquiz play --lang de`: the language is chosen before the window."""
    from game.commands import play

    seen = {}

    def fake_run(args):
        seen["command"], seen["language"] = args.command, i18n.language()
        return 0

    monkeypatch.setattr(play, "run", fake_run)
    assert main(["--lang", "de"]) == 0
    assert seen == {"command": "play", "language": "de"}


def test_lang_pseudo_gives_the_pseudo_language(capsys):
    _, out, _ = run(capsys, "--lang", "pseudo", "history")
    assert out.startswith(OPEN) and out.rstrip().endswith(CLOSE)
    assert "No sessions" not in out


# Messages ---------------------------------------------------------------------------------

def test_argparse_words_are_translated(capsys):
    code, _, err = run(capsys, "--lang", "fr", "export")
    assert code == 2
    assert err.startswith("utilisation\u202f: relayquiz export")
    assert "relayquiz export\u202f: erreur\u202f: les arguments suivants sont obligatoires\u202f: PACK" in err


def test_a_russian_plural_at_1_3_5_and_21(capsys, tmp_path):
    text = SHIPPED.read_text(encoding="utf-8")
    expected = {1: "1 набор корректен", 3: "3 набора корректны", 5: "5 наборов корректны", 21: "21 набор корректен"}
    for count, words in expected.items():
        folder = tmp_path / str(count)
        folder.mkdir()
        for n in range(count):
            (folder / f"pack-{n}.yaml").write_text(text.replace("id: sochi-torch-spacewalk", f"id: copy-{n}"),
                                                   encoding="utf-8")
        code, out, _ = run(capsys, "validate", str(folder), "--lang", "ru")
        assert code == 0
        assert out.strip() == words


def test_placeholders_are_filled_in_every_language(capsys, tmp_path):
    for code in ("de", "fr", "es", "ru"):
        target = tmp_path / code / "pack.yaml"
        target.parent.mkdir()
        status, out, _ = run(capsys, "new", str(target), "--lang", code)
        assert status == 0
        assert str(target) in out and "{" not in out and "relayquiz lint" in out


# Reports ----------------------------------------------------------------------------------

def test_report_csv_headings_and_html_in_german(capsys, recorded, tmp_path):
    session, session_id = recorded
    csv_path, html_path = tmp_path / "ergebnisse.csv", tmp_path / "ergebnisse.html"
    code, out, _ = run(capsys, "--lang", "de", "report", "--last", "--csv", str(csv_path), "--html", str(html_path))
    assert code == 0
    assert f"CSV-Bericht der Sitzung {session_id} nach {csv_path} geschrieben" in out

    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert rows[0][:4] == ["Sitzung", "Beginn", "Modus", "Frage"]
    assert "richtige Antwort" in rows[0] and "Zeit (s)" in rows[0] and "Serienbonus" in rows[0]
    first = dict(zip(rows[0], rows[1]))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", first["Beginn"])   # values stay ISO and plain
    assert first["Modus"] == "party" and first["Ergebnis"] in ("right", "wrong")
    assert re.fullmatch(r"\d+", first["Punkte"])

    page = html_path.read_text(encoding="utf-8")
    assert '<html lang="de">' in page
    for words in ("Torch Relay Quiz · Ergebnisse", "Zwischenstand", "Jede Antwort", "Spieler", "Punkte", "Party",
                  "✓ richtig", "✗ falsch", "Gold", "Silber"):
        assert words in page
    best = max(p.score for p in session.players)
    assert best >= 1000 and format_number(best, language="de") in page   # "1.950", not "1,950"
    assert re.search(r"\d{2}\.\d{2}\.2024, \d{2}:\d{2}", page)             # German date and time
    assert "Standings" not in page and "Every answer" not in page


def test_report_printed_in_russian(capsys, recorded):
    _, session_id = recorded
    code, out, _ = run(capsys, "report", "--session", str(session_id), "--lang", "ru")
    assert code == 0
    assert out.startswith(f"Сессия {session_id}: ")
    assert "Вечеринка" in out and "из 4 вопросов" in out and "ответ: " in out and "верно: " in out
    assert re.search(r"\d,\d с", out)                                     # "2,0 с": a decimal comma


def test_english_csv_headings_stay_what_scripts_read(recorded, tmp_path):
    from game.store.reports import build_report, write_csv

    path = write_csv(build_report(), tmp_path / "r.csv")
    header = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == ("session,started,mode,question,pack,question_id,type,prompt,correct_answer,player,answer,"
                      "result,correct,time_s,points,streak_bonus")


# The new-pack template --------------------------------------------------------------------

def test_new_pack_in_french_has_french_comments_and_validates(capsys, tmp_path):
    target = tmp_path / "histoire.yaml"
    code, out, _ = run(capsys, "new", "--lang", "fr", str(target))
    assert code == 0 and out.startswith(f"{target} écrit\u202f: modifiez-le")
    text = target.read_text(encoding="utf-8")
    assert "# Un pack de questions Torch Relay Quiz. Vérifiez-le avec\u202f:  relayquiz lint histoire.yaml" in text
    assert "# Chaque clé est expliquée ci-dessous" in text
    assert "# la version du format de pack\u202f; laissez-la telle quelle" in text
    assert "# facultatif" in text and "# optional" not in text
    assert 'description: "De quoi parle ce pack, en une phrase ou deux."' in text
    for key in ("relayquiz: 1", "questions:", "type: choice", "time_limit: 20", "tolerance: 0"):
        assert key in text                                    # the keys are the format: English
    pack = load_pack(target)
    assert len(pack.questions) == 4 and pack.description == "De quoi parle ce pack, en une phrase ou deux."
    code, out, err = run(capsys, "validate", str(target))
    assert code == 0 and err == ""


@pytest.mark.parametrize("code", ["de", "es", "ru", "pseudo"])
def test_new_pack_validates_in_every_language(capsys, tmp_path, code):
    target = tmp_path / "pack.yaml"
    assert run(capsys, "new", str(target), "--lang", code)[0] == 0
    assert len(load_pack(target).questions) == 4


# Nothing stays English in the pseudo language ------------------------------------------------

# What --help shows as it is: flags, metavars, command names, the choices of a flag, and the
# examples' command lines.
KEPT = re.compile(r"--?[A-Za-z][\w-]*|\{[^{}]*\}|\b[A-Z][A-Z0-9_,]*(?:x[A-Z]+|\.yaml)?\b|\brelayquiz\b")


def plain_words(help_text: str) -> list[str]:
    """The English words of `help_text` that did not go through the catalogs."""
    text = help_text
    while True:                                   # pseudo messages, innermost first (they may nest)
        stripped = re.sub(r"\[[^\[\]]*\]", " ", text)
        if stripped == text:
            break
        text = stripped
    lines = [line for line in text.splitlines()
             if not re.match(r"\s*(relayquiz|cat|SDL_VIDEODRIVER)\b", line)]   # the examples' command lines
    rest = KEPT.sub(" ", "\n".join(lines))
    names = set(COMMANDS) | {"COMMAND", "LANG"}
    return [word for word in re.findall(r"[A-Za-z]{2,}", rest) if word not in names]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_pseudo_help_of_every_command_leaves_no_plain_english(capsys, command):
    argv = ["--lang", "pseudo", "--help"] if command is None else [command, "--help", "--lang", "pseudo"]
    code, out, _ = run(capsys, *argv)
    assert code == 0 and OPEN in out
    assert plain_words(out) == []


def test_the_plain_word_finder_finds_english():
    assert plain_words("[Ţĥé ~~~]\n  --json   print the list\n") == ["print", "the", "list"]
