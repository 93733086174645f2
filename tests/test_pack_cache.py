"""The pack cache: an unchanged library comes from it, a changed file is read again alone, and a
damaged or foreign entry is never trusted. With or without it, the library is the same."""

from __future__ import annotations

import copy
import json
import os
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game import paths
from game.packs.cache import PackCache, code_fingerprint
from game.packs.library import load_library
from game.packs.snapshot import SnapshotError, pack_from_snapshot, pack_snapshot
from tests.packtext import VALID, with_line

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
       + b"\x00" * 64)


def write_library(folder: Path, count: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(count):
        path = folder / f"pack-{number}.yaml"
        path.write_text(with_line(VALID, 2, f"id: pack-{number}"), encoding="utf-8")
        files.append(path)
    return files


def summary(library) -> tuple:
    """Everything a library holds, paths included (a Pack's equality leaves its path out)."""
    return ([(entry.pack, entry.pack.path, entry.shipped) for entry in library.entries], library.problems,
            [(draft.path, draft.title, draft.pack_id) for draft in library.drafts])


def load(folder: Path, cache: PackCache | None):
    return load_library([(folder, False)], cache=cache)


def entries_of(cache: PackCache) -> list[Path]:
    return sorted(p for p in cache.folder.iterdir() if p.suffix == ".json")


# -- an unchanged library ---------------------------------------------------------------------

def test_an_unchanged_library_comes_whole_from_the_cache_and_equals_a_fresh_read(tmp_path):
    folder = tmp_path / "packs"
    write_library(folder)
    fresh = summary(load(folder, None))
    cold = PackCache(tmp_path / "cache")
    assert summary(load(folder, cold)) == fresh
    assert (cold.hits, cold.misses) == (0, 3)
    warm = PackCache(tmp_path / "cache")
    assert summary(load(folder, warm)) == fresh
    assert (warm.hits, warm.misses) == (3, 0)


def test_the_cache_lives_in_the_user_cache_folder_under_relayquiz_home(relayquiz_home):
    write_library(relayquiz_home / "packs", 2)
    load_library()
    assert paths.user_cache_dir() == relayquiz_home / "cache"
    made = entries_of(PackCache.default())
    assert PackCache.default().folder == relayquiz_home / "cache" / "packs"
    assert len(made) >= 2
    assert PackCache.default().entry_path(relayquiz_home / "packs" / "pack-0.yaml",
                                          relayquiz_home / "packs") in made


def test_entries_are_json_data_never_pickled_code(tmp_path):
    folder = tmp_path / "packs"
    write_library(folder, 1)
    cache = PackCache(tmp_path / "cache")
    load(folder, cache)
    (entry,) = entries_of(cache)
    head, payload = entry.read_bytes().split(b"\n", 1)
    header = json.loads(head)
    assert header["format"] == "relayquiz-pack-cache" and header["kind"] == "pack"
    assert header["path"] == os.path.abspath(folder / "pack-0.yaml")
    assert json.loads(payload)["pack"]["id"] == "pack-0"
    assert not entry.read_bytes().startswith(b"\x80")      # the pickle protocol's first byte


def test_a_file_touched_but_not_changed_still_comes_from_the_cache(tmp_path):
    folder = tmp_path / "packs"
    files = write_library(folder)
    load(folder, PackCache(tmp_path / "cache"))
    stat = files[1].stat()
    os.utime(files[1], ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    warm = PackCache(tmp_path / "cache")
    assert summary(load(folder, warm)) == summary(load(folder, None))
    assert (warm.hits, warm.misses) == (3, 0)


# -- changes ------------------------------------------------------------------------------------

def test_a_changed_file_is_read_again_alone(tmp_path):
    folder = tmp_path / "packs"
    files = write_library(folder)
    load(folder, PackCache(tmp_path / "cache"))
    files[2].write_text(with_line(with_line(VALID, 2, "id: pack-2"), 3, "title: Retitled"), encoding="utf-8")
    warm = PackCache(tmp_path / "cache")
    library = load(folder, warm)
    assert (warm.hits, warm.misses) == (2, 1)
    assert library.get("pack-2").title == "Retitled"
    assert summary(library) == summary(load(folder, None))


def test_a_change_of_the_same_size_and_time_is_caught_by_the_content_hash(tmp_path):
    folder = tmp_path / "packs"
    files = write_library(folder, 1)
    load(folder, PackCache(tmp_path / "cache"))
    stat = files[0].stat()
    text = files[0].read_text(encoding="utf-8").replace("title: Torch in Space", "title: Torch in Spade")
    files[0].write_text(text, encoding="utf-8")
    os.utime(files[0], ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert files[0].stat().st_size == stat.st_size
    warm = PackCache(tmp_path / "cache")
    assert load(folder, warm).get("pack-0").title == "Torch in Spade"
    assert warm.misses == 1


def test_a_pack_with_problems_keeps_them_located_from_the_cache(tmp_path):
    folder = tmp_path / "packs"
    write_library(folder, 1)
    (folder / "bad.yaml").write_text(with_line(VALID, 22, "    answer: perhaps"), encoding="utf-8")
    fresh = load(folder, None)
    assert [str(p) for p in fresh.problems][0].startswith(f"{folder / 'bad.yaml'}:22:13: a truefalse answer")
    load(folder, PackCache(tmp_path / "cache"))
    warm = PackCache(tmp_path / "cache")
    assert summary(load(folder, warm)) == summary(fresh)
    assert warm.misses == 0


def test_an_image_put_in_place_or_taken_away_is_noticed_though_the_pack_is_unchanged(tmp_path):
    folder = tmp_path / "packs"
    folder.mkdir()
    text = VALID.replace("    difficulty: easy\n", "    difficulty: easy\n    image: {file: images/map.png, alt: A map}\n")
    (folder / "pictured.yaml").write_text(text, encoding="utf-8")
    assert "not found" in str(load(folder, PackCache(tmp_path / "cache")).problems[0])
    (folder / "images").mkdir()
    (folder / "images" / "map.png").write_bytes(PNG)
    mended = load(folder, PackCache(tmp_path / "cache"))
    assert mended.problems == [] and mended.get("sochi-torch") is not None
    (folder / "images" / "map.png").unlink()
    broken = load(folder, PackCache(tmp_path / "cache"))
    assert summary(broken) == summary(load(folder, None))
    assert broken.get("sochi-torch") is None


def test_the_entry_of_a_deleted_pack_is_forgotten(tmp_path):
    folder = tmp_path / "packs"
    files = write_library(folder)
    cache = PackCache(tmp_path / "cache")
    load(folder, cache)
    assert len(entries_of(cache)) == 3
    files[0].unlink()
    load(folder, PackCache(tmp_path / "cache"))
    assert cache.entry_path(files[0], folder) not in entries_of(cache)
    assert len(entries_of(cache)) == 2


def test_drafts_are_listed_alike_from_the_cache(tmp_path):
    folder = tmp_path / "packs"
    write_library(folder, 1)
    (folder / "mine.draft.yaml").write_text(with_line(VALID, 3, "title: Half done"), encoding="utf-8")
    (folder / "empty.draft.yaml").write_text("", encoding="utf-8")
    fresh = summary(load(folder, None))
    load(folder, PackCache(tmp_path / "cache"))
    warm = PackCache(tmp_path / "cache")
    assert summary(load(folder, warm)) == fresh
    assert warm.misses == 0
    assert ("Half done", "sochi-torch") in [(title, pack_id) for _, title, pack_id in fresh[2]]


# -- damaged and foreign entries ---------------------------------------------------------------

def _damage_every_way(entry: Path) -> list[bytes]:
    blob = entry.read_bytes()
    head, payload = blob.split(b"\n", 1)
    flipped = bytearray(blob)
    flipped[len(head) + 40] ^= 0x01           # one bit inside the payload
    header = json.loads(head)
    header["kind"] = "draft"
    return [b"", blob[: len(blob) // 2], bytes(flipped), b"\x00" * len(blob), b"not json at all\n{}",
            head + b"\n" + payload.replace(b"pack-0", b"pack-9"), json.dumps(header).encode() + b"\n" + payload,
            b"[1, 2, 3]\n[]"]


def test_a_damaged_entry_is_ignored_and_written_again(tmp_path):
    folder = tmp_path / "packs"
    write_library(folder, 1)
    fresh = summary(load(folder, None))
    cache = PackCache(tmp_path / "cache")
    load(folder, cache)
    (entry,) = entries_of(cache)
    good = entry.read_bytes()
    for damaged in _damage_every_way(entry):
        entry.write_bytes(damaged)
        again = PackCache(tmp_path / "cache")
        assert summary(load(folder, again)) == fresh
        assert again.misses == 1, damaged[:60]
        assert entry.read_bytes() == good          # rebuilt whole
        after = PackCache(tmp_path / "cache")
        load(folder, after)
        assert after.hits == 1


def test_a_foreign_entry_is_never_trusted(tmp_path):
    """Entries made from another file, by another version of the game, or by hand with digests
    that match but content that is not a snapshot, are all read past."""
    folder = tmp_path / "packs"
    files = write_library(folder, 2)
    fresh = summary(load(folder, None))
    cache = PackCache(tmp_path / "cache")
    load(folder, cache)
    first, second = (cache.entry_path(f, folder) for f in files)

    def rewrite(entry: Path, change_header=None, payload: bytes | None = None) -> None:
        import hashlib

        head, old_payload = entry.read_bytes().split(b"\n", 1)
        header = json.loads(head)
        payload = old_payload if payload is None else payload
        header["payload"] = hashlib.sha256(payload).hexdigest()
        if change_header:
            change_header(header)
        entry.write_bytes(json.dumps(header).encode() + b"\n" + payload)

    cases = [
        lambda: first.write_bytes(second.read_bytes()),                                  # another file's entry
        lambda: rewrite(first, lambda h: h.update(code="0" * 64)),                        # another version
        lambda: rewrite(first, lambda h: h.update(format="something-else")),
        lambda: rewrite(first, payload=json.dumps({"pack": {"id": 1}, "images": []}).encode()),
        lambda: rewrite(first, payload=json.dumps({"pack": None, "images": []}).encode()),
        lambda: rewrite(first, payload=b'{"images": [], "pack": ' + json.dumps(
            dict(pack_snapshot(load(folder, None).entries[0].pack), questions=[["choice", 5]])).encode() + b"}"),
    ]
    assert code_fingerprint() != "0" * 64
    for spoil in cases:
        load(folder, PackCache(tmp_path / "cache"))
        spoil()
        again = PackCache(tmp_path / "cache")
        assert summary(load(folder, again)) == fresh
        assert again.misses == 1


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(tmp_path):
    folder = tmp_path / "packs"
    write_library(folder, 2)
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    cache = PackCache(blocked)
    assert summary(load(folder, cache)) == summary(load(folder, None))
    assert summary(load(folder, PackCache(blocked))) == summary(load(folder, None))


# -- snapshots -----------------------------------------------------------------------------------

def test_a_snapshot_keeps_every_field_exactly_meta_keys_included(tmp_path):
    from game.packs.load import load_pack_text

    text = VALID + ("    meta: {1: one, false: no, null: nothing, 2.5: [a, {3: b}], \"\\0pairs\": x}\n"
                    "meta: {reviewed: 2024-05-01, score: .inf}\n")
    pack = load_pack_text(text)
    assert pack.questions[-1].meta[1] == "one" and pack.questions[-1].meta[False] is False
    back = pack_from_snapshot(json.loads(json.dumps(pack_snapshot(pack))))
    assert back == pack
    assert [type(q) for q in back.questions] == [type(q) for q in pack.questions]


def test_a_value_shaped_otherwise_is_not_a_snapshot():
    from game.packs.load import load_pack_text

    good = pack_snapshot(load_pack_text(VALID))
    spoiled = []
    for key in good:
        broken = copy.deepcopy(good)
        broken[key] = 5.5           # right for no field
        spoiled.append(broken)
    row = copy.deepcopy(good)
    row["questions"][1][10] = "false"            # a truefalse answer that is text
    spoiled.append(row)
    row = copy.deepcopy(good)
    row["questions"][0].append("extra")
    spoiled.append(row)
    spoiled.append({key: value for key, value in good.items() if key != "meta"})
    for value in spoiled:
        try:
            pack_from_snapshot(value)
        except SnapshotError:
            continue
        raise AssertionError(f"accepted a spoiled snapshot: {value}")


# -- the same library with and without the cache ------------------------------------------------

BASE = yaml.safe_load(VALID)
JUNK = st.one_of(st.none(), st.booleans(), st.integers(-3, 3000), st.floats(allow_nan=False), st.text(max_size=8),
                 st.lists(st.integers(0, 5), max_size=3), st.dictionaries(st.integers(0, 3), st.text(max_size=3),
                                                                          max_size=2))


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, prefix + (index,))


ALL_PATHS = [p for p in _paths(BASE) if p]


def _mutated(path, action, junk):
    data = copy.deepcopy(BASE)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if action == "delete":
        del parent[path[-1]]
    elif action == "replace":
        parent[path[-1]] = junk
    return data


PACK_TEXTS = st.one_of(
    st.builds(lambda path, action, junk: yaml.safe_dump(_mutated(path, action, junk), allow_unicode=True),
              st.sampled_from(ALL_PATHS), st.sampled_from(["delete", "replace", "keep"]), JUNK),
    st.builds(lambda cut, noise: (VALID.encode()[:cut] + noise).decode("utf-8", "replace"),
              st.integers(0, len(VALID)), st.binary(max_size=6)),
    st.builds(lambda meta: VALID + "meta: " + json.dumps(meta) + "\n",
              st.dictionaries(st.text(max_size=4), JUNK, max_size=3)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(PACK_TEXTS, st.booleans()), min_size=1, max_size=4), st.booleans())
def test_validation_results_and_located_problems_are_the_same_with_and_without_the_cache(packs, with_image):
    with tempfile.TemporaryDirectory() as where:
        root = Path(where)
        folder = root / "packs"
        folder.mkdir()
        for number, (text, draft) in enumerate(packs):
            if with_image:
                text = text.replace("    difficulty: easy\n",
                                    "    difficulty: easy\n    image: {file: images/map.png, alt: Map}\n")
            name = f"pack-{number}.draft.yaml" if draft else f"pack-{number}.yaml"
            (folder / name).write_text(text, encoding="utf-8")
        if with_image:
            (folder / "images").mkdir()
            (folder / "images" / "map.png").write_bytes(PNG)
        fresh = summary(load(folder, None))
        cold = PackCache(root / "cache")
        assert summary(load(folder, cold)) == fresh
        warm = PackCache(root / "cache")
        assert summary(load(folder, warm)) == fresh
        assert warm.misses == 0


def test_every_module_that_reading_a_pack_runs_is_in_the_code_fingerprint(tmp_path):
    # A change to how a pack is read (its YAML limits, say) must make every entry stale.
    import subprocess
    import sys

    from game.packs import cache

    pack = tmp_path / "pack.yaml"
    pack.write_text(VALID, encoding="utf-8")
    listed = subprocess.run(
        [sys.executable, "-c", "import sys, game.packs.cache, game.packs.load, game.packs.snapshot; "
                               f"game.packs.load.load_pack({str(pack)!r}); "
                               "print(' '.join(m for m in sys.modules if m.startswith('game.')))"],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, check=True).stdout.split()
    # Finding files, pausing the collector, lazy names and the folders' places decide nothing
    # about what a pack holds.
    bookkeeping = {"game.lazyexports", "game.packs", "game.packs.finding", "game.packs.gcpause", "game.paths"}
    reading = {name.removeprefix("game.").replace(".", "/") for name in listed if name not in bookkeeping}
    assert "safeyaml" in reading and "yamlnodes" in reading
    assert reading <= set(cache._READING_MODULES)
