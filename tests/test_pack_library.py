"""The library loads shipped and user packs; a broken pack never stops the others."""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.packs import load_library
from tests.packtext import VALID, with_line

ROOT = Path(__file__).resolve().parent.parent


def test_user_packs_come_from_relayquiz_home(relayquiz_home):
    assert paths.user_packs_dir() == relayquiz_home / "packs"
    assert paths.settings_path() == relayquiz_home / "settings.yaml"
    assert paths.scores_db_path() == relayquiz_home / "scores.sqlite3"


def test_shipped_packs_all_load():
    library = load_library()
    assert library.problems == []
    shipped = {e.pack.id for e in library.entries if e.shipped}
    expected = {p.stem for p in (ROOT / "questions").glob("*.yaml")}
    assert shipped == expected


def test_broken_pack_is_reported_and_others_still_load(relayquiz_home):
    folder = relayquiz_home / "packs"
    folder.mkdir()
    (folder / "good.yaml").write_text(with_line(VALID, 2, "id: good-one"), encoding="utf-8")
    (folder / "bad.yaml").write_text(with_line(VALID, 22, "    answer: perhaps"), encoding="utf-8")
    (folder / "latin1.yaml").write_bytes("title: caf\xe9\n".encode("latin-1"))
    library = load_library()
    assert library.get("good-one") is not None
    assert not library.entry("good-one").shipped
    messages = [str(p) for p in library.problems]
    assert any(m.startswith(f"{folder / 'bad.yaml'}:22:13: a truefalse answer") for m in messages)
    assert any(m.startswith(f"{folder / 'latin1.yaml'}:1:") and "not UTF-8" in m for m in messages)


def test_second_pack_with_the_same_id_is_reported_not_loaded(relayquiz_home):
    folder = relayquiz_home / "packs"
    folder.mkdir()
    (folder / "a.yaml").write_text(with_line(VALID, 3, "title: First"), encoding="utf-8")
    (folder / "b.yaml").write_text(with_line(VALID, 3, "title: Second"), encoding="utf-8")
    library = load_library()
    assert library.get("sochi-torch").title == "First"
    assert [p.file for p in library.problems] == [str(folder / "b.yaml")]
    assert "already used by" in library.problems[0].message
    assert (library.problems[0].line, library.problems[0].column) == (2, 5)


def test_user_pack_cannot_replace_a_shipped_pack(relayquiz_home):
    folder = relayquiz_home / "packs"
    folder.mkdir()
    (folder / "mine.yaml").write_text(with_line(VALID, 2, "id: olympic-flame-history"), encoding="utf-8")
    library = load_library()
    assert library.entry("olympic-flame-history").shipped
    assert len(library.problems) == 1
