"""Other tools' question files: import into packs and export packs back out.

    import_file(path, fmt=None, pack_id=..., title=None) -> ImportResult
    export_pack(pack, fmt, path) -> ExportResult
    guess_format(path, data) -> format name

Formats: kahoot, quizizz, moodlexml, gift, aiken, csv, opentdb (read only). Every importer
returns a Pack with located notes for what it skipped; every exporter returns bytes with
notes for what the target could not hold. Nothing here prints or imports pygame.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from game.i18n import _
from game.packs.formats.aiken import export_aiken, import_aiken
from game.packs.formats.common import (
    MAX_INPUT_BYTES, ExportResult, FormatError, ImportResult, Location, Note,
)
from game.packs.formats.csvfile import export_csv, import_csv
from game.packs.formats.gift import import_gift
from game.packs.formats.giftwrite import export_gift
from game.packs.formats.guess import guess_format
from game.packs.formats.kahoot import export_kahoot, import_kahoot
from game.packs.formats.moodlexml import import_moodle_xml
from game.packs.formats.moodlewrite import export_moodle_xml
from game.packs.formats.opentdb import import_opentdb
from game.packs.formats.quizizz import export_quizizz, import_quizizz
from game.packs.model import Pack

Importer = Callable[[bytes, str, str, "str | None"], ImportResult]
Exporter = Callable[[Pack, str], ExportResult]

IMPORTERS: dict[str, Importer] = {
    "kahoot": import_kahoot,
    "quizizz": import_quizizz,
    "moodlexml": import_moodle_xml,
    "gift": import_gift,
    "aiken": import_aiken,
    "csv": import_csv,
    "opentdb": import_opentdb,
}
EXPORTERS: dict[str, Exporter] = {
    "kahoot": export_kahoot,
    "quizizz": export_quizizz,
    "moodlexml": export_moodle_xml,
    "gift": export_gift,
    "aiken": export_aiken,
    "csv": export_csv,
}
# What `export` writes by default for each format, for messages and README examples.
EXTENSIONS = {"kahoot": ".xlsx", "quizizz": ".xlsx", "moodlexml": ".xml", "gift": ".gift", "aiken": ".txt",
              "csv": ".csv", "opentdb": ".json"}


def read_input(path: Path) -> bytes:
    """The bytes of a file to import, refusing folders, missing files and huge files clearly.

    Bytes are counted as they are read, not taken from the size the file claims: a device
    (/dev/zero) or a pipe claims nothing and never ends."""
    name = str(path)
    if path.is_dir():
        raise FormatError(name, _("this is a folder; name a question file"))
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise FormatError(name, _("no such file")) from None
    except OSError as exc:
        # Translators: {reason} is the system's own words (in English)
        raise FormatError(name, _("cannot read the file: {reason}").format(reason=exc.strerror or exc)) from None
    if len(data) > MAX_INPUT_BYTES:
        raise FormatError(name, _("the file holds more than {size} MB; question files this large are not "
                                  "read").format(size=MAX_INPUT_BYTES // (1024 * 1024)))
    return data


def import_file(path: str | Path, fmt: str | None, pack_id: str, title: str | None = None) -> ImportResult:
    """Read another tool's file as a pack; the format is guessed when not given."""
    path = Path(path)
    data = read_input(path)
    fmt = fmt or guess_format(path, data)
    return IMPORTERS[fmt](data, str(path), pack_id, title)


def export_pack(pack: Pack, fmt: str, target: str | Path = "") -> ExportResult:
    """The pack written in another tool's format; `target` is where the bytes will go."""
    return EXPORTERS[fmt](pack, str(target))


__all__ = [
    "EXPORTERS", "EXTENSIONS", "ExportResult", "FormatError", "IMPORTERS", "ImportResult", "Location", "Note",
    "export_pack", "guess_format", "import_file", "read_input",
]
