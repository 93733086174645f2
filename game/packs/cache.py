"""A cache of read packs, so that an unchanged library is ready at once.

Each pack file the library reads leaves one entry in the user cache folder
(`paths.user_cache_dir() / "packs"`). An entry is JSON, data and never code, and it is used
only when everything it was made from is unchanged: the file's path, size, modification time
and the SHA-256 of its bytes, and the game's own pack-reading code (a fingerprint of its
source). What an entry holds is not taken on trust either:

- a valid pack is kept as a snapshot of the checked pack (`game.packs.snapshot`), read back
  field by field with every type checked, and thrown away at the first thing out of shape;
- the images a pack names are checked on disk when it is read, so every entry keeps the size
  and time of each, and is used only while they are unchanged (an image put in place can mend
  a pack, one removed can break it);
- a pack with problems keeps its located problems, in the words of the language they were
  read in (in another language the file is read again);
- a draft keeps the id and title the pack list shows.

A damaged, truncated or foreign entry (another format, another file, another version of the
game) is ignored, and the file is read and its entry written again. Deleting the cache folder
is always safe: it only costs one slower start.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from game import i18n
from game.packs.gcpause import paused_gc
from game.packs.load import LoadResult, PackReading, read_pack_text
from game.packs.problems import PackError, Problem
from game.packs.snapshot import SnapshotError, pack_from_snapshot, pack_snapshot
from game.textfile import DEFAULT_LIMITS, decode, read_bytes

FORMAT = "relayquiz-pack-cache"
VERSION = 1
# The modules whose behaviour decides what reading a pack gives, as paths under game/; a change
# to any of them makes every entry stale.
_READING_MODULES = ("packs/cache", "packs/images", "packs/load", "packs/model", "packs/problems",
                    "packs/questiontypes", "packs/snapshot", "packs/validate", "filekinds", "located", "safeyaml",
                    "textfile", "yamlnodes", "i18n", "i18n/formats", "i18n/pseudo", "i18n/localedata")

_fingerprint: str | None = None


def code_fingerprint() -> str:
    """A digest of the game version, the reading limits and the pack-reading source."""
    global _fingerprint
    if _fingerprint is None:
        from game import __version__

        digest = hashlib.sha256(f"{__version__}|{DEFAULT_LIMITS!r}|{VERSION}".encode())
        game = Path(__file__).resolve().parent.parent
        for name in _READING_MODULES:
            source = game / f"{name}.py"
            if not source.exists():
                source = game / name / "__init__.py"        # a package
            try:
                digest.update(source.read_bytes())
            except OSError:
                digest.update(f"<{name} unreadable>".encode())
        _fingerprint = digest.hexdigest()
    return _fingerprint


# -- entries -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Key:
    """What an entry was made from."""

    path: str
    size: int
    mtime_ns: int
    sha256: str


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _short(text: str, length: int) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


class PackCache:
    """Entries for read pack files, in one folder; each method falls back to reading the file."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    @classmethod
    def default(cls) -> "PackCache":
        from game import paths

        return cls(paths.user_cache_dir() / "packs")

    # -- public ---------------------------------------------------------------------------
    def load_pack(self, file: Path, group: Path | None = None) -> LoadResult:
        """The pack at `file` (or its problems), from its entry when the file is unchanged.
        `group` is the folder the file was found in (see `forget_others`)."""
        file = Path(file)
        name = str(file)
        try:
            raw = read_bytes(file, name)
        except PackError as error:
            return LoadResult(None, error.problems)
        key = self._key(file, raw)
        entry = self.entry_path(file, group)
        if key is not None:
            found = self._read_entry(entry, key, ("pack", "problems"))
            if found is not None:
                kind, payload, stale_time = found
                result = self._revive(kind, payload, file, name)
                if result is not None:
                    self.hits += 1
                    if stale_time:
                        self._write(entry, key, kind, payload)
                    return result
        self.misses += 1
        reading = self._read_fresh(raw, file, name)
        if key is not None:
            kind, payload = self._payload_for(reading, file, name)
            if payload is not None:
                self._write(entry, key, kind, payload)
        return LoadResult(reading.pack, reading.problems)

    def draft_fields(self, file: Path, group: Path | None, read: Callable[[bytes], dict]) -> dict:
        """What the pack list shows of a draft ({"id": ..., "title": ...}); `read` gets it
        from the file's bytes when the entry cannot give it."""
        file = Path(file)
        try:
            raw = read_bytes(file, str(file))
        except PackError:
            return read(b"")
        key = self._key(file, raw)
        entry = self.entry_path(file, group)
        if key is not None:
            found = self._read_entry(entry, key, ("draft",))
            if found is not None:
                _, payload, stale_time = found
                fields = _draft_fields(payload)
                if fields is not None:
                    self.hits += 1
                    if stale_time:
                        self._write(entry, key, "draft", payload)
                    return fields
        self.misses += 1
        fields = read(raw)
        if key is not None:
            self._write(entry, key, "draft", json.dumps(fields).encode("ascii"))
        return fields

    def entry_path(self, file: Path, group: Path | None = None) -> Path:
        """Where the entry of `file` is kept: named by its folder and its path."""
        prefix = _short(os.path.abspath(group), 16) if group is not None else "single"
        return self.folder / f"{prefix}-{_short(os.path.abspath(file), 32)}.json"

    def forget_others(self, group: Path, files: list[Path]) -> None:
        """Remove the entries of files no longer in `group` (deleted or renamed packs)."""
        keep = {self.entry_path(file, group).name for file in files}
        prefix = _short(os.path.abspath(group), 16) + "-"
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.startswith(prefix) and name not in keep:
                try:
                    os.remove(self.folder / name)
                except OSError:
                    pass

    # -- reading and writing entries ------------------------------------------------------
    @staticmethod
    def _key(file: Path, raw: bytes) -> _Key | None:
        try:
            stat = os.stat(file)
        except OSError:
            return None
        return _Key(os.path.abspath(file), len(raw), stat.st_mtime_ns, _digest(raw))

    @staticmethod
    def _read_entry(entry: Path, key: _Key, kinds: tuple[str, ...]) -> tuple[str, bytes, bool] | None:
        """(kind, payload, whether only the file's time changed), or None when the entry is
        absent, damaged, foreign or made from anything other than this file as it is now."""
        try:
            with open(entry, "rb") as handle:
                blob = handle.read()
        except OSError:
            return None
        head, newline, payload = blob.partition(b"\n")
        if not newline:
            return None
        try:
            header = json.loads(head)
        except ValueError:
            return None
        if not isinstance(header, dict):
            return None
        if (header.get("format") != FORMAT or header.get("version") != VERSION
                or header.get("code") != code_fingerprint() or header.get("kind") not in kinds
                or header.get("path") != key.path or header.get("size") != key.size
                or header.get("sha256") != key.sha256 or header.get("payload") != _digest(payload)):
            return None
        return header["kind"], payload, header.get("mtime_ns") != key.mtime_ns

    def _write(self, entry: Path, key: _Key, kind: str, payload: bytes) -> None:
        """Write an entry whole or not at all; a cache that cannot be written is simply not kept."""
        header = {"format": FORMAT, "version": VERSION, "code": code_fingerprint(), "kind": kind,
                  "path": key.path, "size": key.size, "mtime_ns": key.mtime_ns, "sha256": key.sha256,
                  "payload": _digest(payload)}
        blob = json.dumps(header).encode("ascii") + b"\n" + payload
        temporary = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=entry.stem + ".", suffix=".tmp", dir=self.folder)
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, entry)
            temporary = None
        except OSError:
            pass
        finally:
            if temporary is not None:
                try:
                    os.remove(temporary)
                except OSError:
                    pass

    # -- what an entry holds --------------------------------------------------------------
    @staticmethod
    def _read_fresh(raw: bytes, file: Path, name: str) -> PackReading:
        try:
            text = decode(raw, name)
        except PackError as error:
            return PackReading(None, error.problems)
        reading = read_pack_text(text, name, file.parent)
        if reading.pack is not None:
            reading.pack.path = file
        return reading

    @staticmethod
    def _payload_for(reading: PackReading, file: Path, name: str) -> tuple[str, bytes | None]:
        if reading.pack is not None:
            names = [q.image.file for q in reading.pack.questions if q.image is not None]
            try:
                payload = {"pack": pack_snapshot(reading.pack), "images": _image_stamps(names, file.parent)}
                return "pack", json.dumps(payload, separators=(",", ":")).encode("ascii")
            except (TypeError, ValueError):
                return "pack", None
        problems = [[None if p.file == name else p.file, p.message, p.line, p.column, p.warning]
                    for p in reading.problems]
        # Problems are kept in the words of the language they were read in; another language reads again.
        payload = {"problems": problems, "images": _image_stamps(_image_names(reading.data), file.parent),
                   "language": i18n.language()}
        return "problems", json.dumps(payload, separators=(",", ":")).encode("ascii")

    @staticmethod
    def _revive(kind: str, payload: bytes, file: Path, name: str) -> LoadResult | None:
        """The result an entry stands for, or None when it does not hold what it claims or
        an image it names has changed."""
        try:
            with paused_gc():
                data = json.loads(payload)
                if not isinstance(data, dict) or data.get("images") != _image_stamps_of(data.get("images"), file.parent):
                    return None
                if kind == "pack":
                    pack = pack_from_snapshot(data["pack"])
                    pack.path = file
                    return LoadResult(pack)
                if data.get("language", i18n.SOURCE) != i18n.language():
                    return None
                problems = [_problem(item, name) for item in data["problems"]]
            return LoadResult(None, problems) if problems else None
        except (SnapshotError, ValueError, TypeError, KeyError, RecursionError):
            return None


def _problem(item: Any, name: str) -> Problem:
    file, message, line, column, warning = item
    if not (file is None or isinstance(file, str)) or not isinstance(message, str) or not isinstance(warning, bool):
        raise TypeError("not a problem")
    for number in (line, column):
        if number is not None and (not isinstance(number, int) or isinstance(number, bool)):
            raise TypeError("not a position")
    return Problem(name if file is None else file, message, line, column, warning)


def _draft_fields(payload: bytes) -> dict | None:
    try:
        fields = json.loads(payload)
    except ValueError:
        return None
    if (not isinstance(fields, dict) or set(fields) != {"id", "title"}
            or not all(value is None or isinstance(value, str) for value in fields.values())):
        return None
    return fields


def _image_names(data: Any) -> list[str]:
    """Every `image.file` a pack's data names, in order."""
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        return []
    names = []
    for question in data["questions"]:
        image = question.get("image") if isinstance(question, dict) else None
        if isinstance(image, dict) and isinstance(image.get("file"), str):
            names.append(image["file"])
    return names


def _stamp(name: str, base_dir: Path) -> list:
    try:
        stat = os.stat(base_dir / name.replace("\\", "/"))
    except (OSError, ValueError):
        return [name, None, None]
    return [name, stat.st_size, stat.st_mtime_ns]


def _image_stamps(names: list[str], base_dir: Path) -> list[list]:
    """The size and time of each named image (None, None for one that is not there)."""
    return [_stamp(name, base_dir) for name in names]


def _image_stamps_of(stamps: Any, base_dir: Path) -> list[list] | None:
    """The same images as recorded in an entry, as they are on disk now."""
    if not isinstance(stamps, list) or not all(isinstance(s, list) and s and isinstance(s[0], str) for s in stamps):
        return None
    return [_stamp(s[0], base_dir) for s in stamps]
