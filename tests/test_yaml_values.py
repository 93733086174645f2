"""Values built from YAML scalars are what a safe YAML load gives (dates, which packs keep as the
text written, aside): a plain scalar is a number, true/false or null by YAML's patterns, and
anything quoted is text, however the builder finds that out."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from game.safeyaml import parse

SCALARS = [
    "1", "-1", "+1", "0x1F", "0o17", "0b101", "1_000", "0", "007", "1.5", "-.5", ".inf", "-.Inf", "1e3",
    "6.02e+23", "1:30", "190:20:30", "true", "True", "TRUE", "false", "yes", "No", "on", "Off", "y", "n", "null",
    "Null", "~", "", "nan", "infinity", "truely", "nully", "one", "Tuesday", "ok", "2024", "-x", "+", ".", "<<x",
    "=x", "yes please", "no way", "0x", "1.2.3", "12:00", "Ünïcode", "ñ", "a b c",
]


def _document(scalars: list[str]) -> str:
    lines = []
    for index, scalar in enumerate(scalars):
        lines.append(f"k{index}: {scalar}")
        lines.append(f"q{index}: '{scalar}'")
        lines.append(f"l{index}: [{scalar}, \"{scalar}\"]" if scalar and scalar[0] not in "[]{},#&*!|>'\"%@`" else
                     f"l{index}: []")
    return "\n".join(lines) + "\n"


def test_plain_and_quoted_scalars_read_as_a_safe_load_reads_them():
    text = _document(SCALARS)
    assert parse(text, "values.yaml").data == yaml.safe_load(text)


def test_keys_resolve_like_values():
    text = "1: one\ntrue: yes\n~: nothing\n0x10: sixteen\nplain: word\n'2': quoted\n"
    assert parse(text, "keys.yaml").data == yaml.safe_load(text)


WORD = st.text(alphabet="0123456789+-._:xobeEtTfFnNyYoOlsuar~= ", min_size=1, max_size=10).map(str.strip)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD.filter(lambda w: w and w[0] not in "-?:" and not w.endswith(":") and ": " not in w),
                min_size=1, max_size=20))
def test_any_plain_word_reads_as_a_safe_load_reads_it(words):
    text = "".join(f"k{index}: {word}\n" for index, word in enumerate(words))
    try:
        expected = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError):
        return                                   # not a mapping of words after all
    if any(not isinstance(value, (str, int, float, bool, type(None))) for value in expected.values()):
        return                                   # a date or a time: packs keep those as text
    assert parse(text, "words.yaml").data == pytest.approx(expected, nan_ok=True)
