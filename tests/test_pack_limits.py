"""Hostile or broken files are refused quickly, with a clear message, never a traceback."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from game.packs import PackError, load_pack, load_pack_text
from game.textfile import Limits
from tests.packtext import VALID


def billion_laughs(levels: int = 10) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_fast_with_flat_memory():
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(PackError) as caught:
        load_pack_text(billion_laughs(), "lol.yaml")
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "expands to more than 2,000,000 YAML nodes" in str(caught.value)
    assert str(caught.value).startswith("lol.yaml:")
    # Generous bounds: the refusal happens before any expansion is built.
    assert elapsed < 0.5
    assert peak < 5 * 1024 * 1024


def test_a_few_aliases_are_fine():
    text = VALID.replace("wrong: [Vancouver, Turin, Nagano]", "wrong: &cities [Vancouver, Turin, Nagano]")
    pack = load_pack_text(text, "p.yaml")
    assert pack.questions[0].wrong == ["Vancouver", "Turin", "Nagano"]


def test_deep_nesting_is_refused():
    text = "relayquiz: 1\nmeta: " + "[" * 200 + "]" * 200 + "\n"
    with pytest.raises(PackError) as caught:
        load_pack_text(text, "deep.yaml")
    assert "nested more than 32 levels deep" in str(caught.value)
    very_deep = "x: " + "[" * 5000 + "]" * 5000
    with pytest.raises(PackError) as caught:
        load_pack_text(very_deep, "deeper.yaml")
    assert "deeper.yaml:1:" in str(caught.value)


def test_node_count_limit():
    text = "relayquiz: 1\nmeta: [" + ", ".join(["1"] * 500) + "]\n"
    with pytest.raises(PackError) as caught:
        load_pack_text(text, "many.yaml", limits=Limits(max_nodes=100))
    assert "more than 100 YAML nodes" in str(caught.value)


def test_file_size_limit(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_text(VALID + "#" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(path, limits=Limits(max_bytes=1024))
    assert "is larger than" in str(caught.value)


def test_non_utf8_file_is_located(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(VALID.replace("Torch in Space", "Torche spatiale \xe9t\xe9").encode("cp1252"))
    with pytest.raises(PackError) as caught:
        load_pack(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:3:24: the file is not UTF-8 text (byte 0xe9")
    assert "save it as UTF-8" in message


def test_utf8_bom_and_utf16_are_read(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_pack(path).id == "sochi-torch"
    path.write_bytes(VALID.encode("utf-16"))
    assert load_pack(path).id == "sochi-torch"


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(PackError, match="no such file"):
        load_pack(tmp_path / "nope.yaml")
    with pytest.raises(PackError, match="this is a folder"):
        load_pack(tmp_path)


def test_binary_garbage_is_a_clear_error(tmp_path):
    path = tmp_path / "garbage.yaml"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize("start, kind", [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file"),
                                         (b"PK\x03\x04\x14\x00\x06\x00", "a zip archive"),
                                         (b"\x89PNG\r\n\x1a\n", "a PNG image")])
def test_a_pdf_or_office_file_renamed_to_yaml_is_named_for_what_it_is(tmp_path, start, kind):
    path = tmp_path / "p.yaml"
    path.write_bytes(start + b"\x00" * 64)
    with pytest.raises(PackError, match=f"this is {kind}.*not a YAML pack"):
        load_pack(path)
