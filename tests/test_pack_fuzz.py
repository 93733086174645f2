"""Random damage to valid packs never raises anything but the loader's own error."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.packs import PackError, load_pack_text
from game.textfile import decode
from tests.packtext import VALID

BASE = yaml.safe_load(VALID)
JUNK_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10),
                        st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                                             max_size=2))


def paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from paths(value, prefix + (index,))


ALL_PATHS = [p for p in paths(BASE) if p]


def mutated(path, action, junk):
    import copy

    data = copy.deepcopy(BASE)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "replace":
        parent[last] = junk
    else:  # "wrap": put the value one level deeper
        parent[last] = [parent[last]]
    return data


def load_must_not_crash(text: str) -> None:
    try:
        load_pack_text(text, "fuzz.yaml")
    except PackError as error:
        assert error.problems, "a PackError always carries at least one problem"
        for problem in error.problems:
            assert str(problem).startswith("fuzz.yaml")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_PATHS), st.sampled_from(["delete", "replace", "wrap"]), JUNK_VALUES)
def test_structural_mutations_only_raise_pack_errors(path, action, junk):
    data = mutated(path, action, junk)
    load_must_not_crash(yaml.safe_dump(data, allow_unicode=True))


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(VALID)), st.integers(0, 40), st.binary(max_size=12))
def test_truncated_and_spliced_bytes_only_raise_pack_errors(cut, drop, noise):
    raw = VALID.encode("utf-8")
    damaged = raw[:cut] + noise + raw[cut + drop:]
    try:
        text = decode(damaged, "fuzz.yaml")
    except PackError as error:
        assert str(error).startswith("fuzz.yaml")
        return
    load_must_not_crash(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_only_raises_pack_errors(text):
    load_must_not_crash(text)
