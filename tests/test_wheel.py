"""`pip install .` gives a wheel that carries the assets, packs and seeds and finds them anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stdout}\n{result.stderr}")
    (found,) = out.glob("relayquiz-*.whl")
    return found


def test_wheel_contains_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for pack in (ROOT / "questions").glob("*.yaml"):
        assert f"game/_shipped/questions/{pack.name}" in names
    for seed in (ROOT / "seeds").iterdir():
        assert f"game/_shipped/seeds/{seed.name}" in names
    for asset in (p for p in (ROOT / "assets").rglob("*") if p.is_file()):
        assert f"game/_shipped/assets/{asset.relative_to(ROOT / 'assets').as_posix()}" in names
    assert "game/packs/relayquiz-pack-v1.schema.json" in names
    assert "game/cli.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "relayquiz = game.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)


def test_installed_wheel_finds_its_packs_from_any_folder(wheel, tmp_path):
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    env = dict(os.environ, PYTHONPATH=str(target), RELAYQUIZ_HOME=str(tmp_path / "home"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run([sys.executable, "-m", "game", "packs", "--json"], capture_output=True, text=True,
                            cwd=elsewhere, env=env)
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout and "olympic-flame-history" in result.stdout


def test_installed_wheel_generates_with_its_word_lists_from_any_folder(wheel, tmp_path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in (ROOT / "game" / "generate" / "data").iterdir():
        assert f"game/generate/data/{data.name}" in names
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    env = dict(os.environ, PYTHONPATH=str(target), RELAYQUIZ_HOME=str(tmp_path / "home"))
    doc = ROOT / "tests" / "data" / "generate" / "news-sports.txt"
    result = subprocess.run([sys.executable, "-m", "game", "generate", "-q", str(doc)], capture_output=True,
                            text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "Kipchoge" in result.stdout and "wrong:" in result.stdout


def test_wheel_carries_every_catalog_compiled_to_the_same_words(wheel):
    import gettext
    import io

    from game.i18n.catalog import read_po

    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    sources = sorted((ROOT / "game" / "locale").glob("*/LC_MESSAGES/*.po"))
    assert len(sources) >= 20
    for source in sources:
        compiled = source.relative_to(ROOT).with_suffix(".mo").as_posix()
        assert compiled in names, f"{compiled} is not in the wheel"
        catalog = gettext.GNUTranslations(io.BytesIO(archive.read(compiled)))
        for entry in read_po(source):
            if entry.msgid and not entry.fuzzy and all(entry.strings):
                if entry.msgid_plural is None:
                    found = (catalog.pgettext(entry.context, entry.msgid) if entry.context
                             else catalog.gettext(entry.msgid))
                    assert found == entry.strings[0]
                else:
                    assert catalog.ngettext(entry.msgid, entry.msgid_plural, 1) in entry.strings
