"""Reading a `.po` catalog and turning it into the bytes of a `.mo` file, with the standard
library only.

The wheel ships `.mo` files compiled with Babel; a source checkout has only the `.po` files,
and the game compiles them in memory when it first needs a language. The reader understands
what Babel and the gettext tools write: comments, `msgctxt`, plurals, continued strings and
the C escapes. Fuzzy entries are left out, as `msgfmt` leaves them out.
"""

from __future__ import annotations

import ast
import struct
from dataclasses import dataclass, field
from pathlib import Path


class CatalogError(ValueError):
    """A `.po` file the game cannot read: names the file and line."""


@dataclass
class Entry:
    msgid: str
    msgid_plural: str | None = None
    context: str | None = None
    strings: list[str] = field(default_factory=list)   # msgstr, or msgstr[0], msgstr[1] ...
    fuzzy: bool = False
    line: int = 0

    @property
    def key(self) -> str:
        """The entry's key in a `.mo` file: the context and the id joined by EOT."""
        return self.msgid if self.context is None else f"{self.context}\x04{self.msgid}"


def _unquote(text: str, path: Path, line: int) -> str:
    text = text.strip()
    if len(text) < 2 or not (text.startswith('"') and text.endswith('"')):
        raise CatalogError(f"{path}:{line}: expected a quoted string, found {text[:40]!r}")
    try:
        # A .po string is a C string; Python's own literal syntax reads the same escapes.
        value = ast.literal_eval(text)
    except (SyntaxError, ValueError):
        raise CatalogError(f"{path}:{line}: this quoted string has a broken escape") from None
    if not isinstance(value, str):
        raise CatalogError(f"{path}:{line}: expected a quoted string")
    return value


def read_po(path: Path, text: str | None = None) -> list[Entry]:
    """Every entry of the catalog at `path` (its header, msgid "", included), in file order."""
    if text is None:
        text = path.read_text(encoding="utf-8")
    entries: list[Entry] = []
    entry: Entry | None = None
    target: tuple[str, int] | None = None      # which field a continued string adds to
    fuzzy = False
    seen_id = False

    def finish() -> None:
        nonlocal entry
        if entry is not None:
            entries.append(entry)
        entry = None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line[2:].replace(",", " ").split():
                fuzzy = True
            if line.startswith("#~"):
                target = None                    # an obsolete entry: not part of the catalog
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if entry is None or target is None:
                raise CatalogError(f"{path}:{number}: a continued string with nothing before it")
            name, index = target
            value = _unquote(line, path, number)
            if name == "msgstr":
                entry.strings[index] += value
            else:
                setattr(entry, name, (getattr(entry, name) or "") + value)
            continue
        if keyword == "msgctxt" or (keyword == "msgid" and (entry is None or seen_id)):
            finish()
            entry = Entry(msgid="", line=number, fuzzy=fuzzy)
            fuzzy, seen_id = False, False
        if entry is None:
            raise CatalogError(f"{path}:{number}: {keyword!r} before any msgid")
        if keyword == "msgctxt":
            entry.context = _unquote(rest, path, number)
            target = ("context", 0)
        elif keyword == "msgid":
            entry.msgid = _unquote(rest, path, number)
            entry.line = number
            seen_id = True
            target = ("msgid", 0)
        elif keyword == "msgid_plural":
            entry.msgid_plural = _unquote(rest, path, number)
            target = ("msgid_plural", 0)
        elif keyword == "msgstr":
            entry.strings = [_unquote(rest, path, number)]
            target = ("msgstr", 0)
        elif keyword.startswith("msgstr[") and keyword.endswith("]") and keyword[7:-1].isdigit():
            index = int(keyword[7:-1])
            if index != len(entry.strings):
                raise CatalogError(f"{path}:{number}: {keyword} out of order")
            entry.strings.append(_unquote(rest, path, number))
            target = ("msgstr", index)
        else:
            raise CatalogError(f"{path}:{number}: unknown keyword {keyword!r}")
    finish()
    return entries


def mo_bytes(entries: list[Entry]) -> bytes:
    """A little-endian `.mo` file of the translated, non-fuzzy entries (and the header)."""
    pairs: dict[bytes, bytes] = {}
    for entry in entries:
        if entry.fuzzy and entry.msgid:
            continue
        if not any(entry.strings) and entry.msgid:
            continue                               # untranslated: the source text shows
        key = entry.key if entry.msgid_plural is None else f"{entry.key}\x00{entry.msgid_plural}"
        pairs[key.encode("utf-8")] = "\x00".join(entry.strings).encode("utf-8")
    keys = sorted(pairs)
    count = len(keys)
    header = 7 * 4
    ids_at, strs_at = header, header + count * 8
    data_at = strs_at + count * 8
    ids_table, strs_table, blob = [], [], bytearray()
    for key in keys:
        ids_table.append((len(key), data_at + len(blob)))
        blob += key + b"\x00"
    for key in keys:
        value = pairs[key]
        strs_table.append((len(value), data_at + len(blob)))
        blob += value + b"\x00"
    out = bytearray(struct.pack("<7I", 0x950412DE, 0, count, ids_at, strs_at, 0, 0))
    for length, offset in ids_table + strs_table:
        out += struct.pack("<2I", length, offset)
    return bytes(out + blob)
