"""A file the game is handed as text, read safely: its bytes within a size limit, then its text
(UTF-8, or UTF-16/32 with a byte-order mark), with a clear refusal of a PDF, a zip or a picture
picked by mistake. Every problem is a located `Problem`, raised in a `LocatedError`.

The limits of reading a file live here with those of parsing its YAML (`game.safeyaml`), so
both share one set. Nothing here needs the YAML library: checking a file's bytes against a
pack cache entry costs no parser. The messages speak of packs, the files most often read this
way; `settings.yaml` is read the same way and gets the same words.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass

from game.i18n import _
from game.filekinds import file_kind
from game.located import LocatedError, Problem


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 32 * 1024 * 1024
    max_depth: int = 32
    max_nodes: int = 2_000_000  # counted after alias expansion
    max_read_nodes: int = 500_000  # counted as written, while the file is read (20,000 questions hold fewer)
    max_digits: int = 4_300  # of a whole number; Python refuses to read longer ones as numbers


DEFAULT_LIMITS = Limits()


def read_bytes(path, name: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of the file at `path` (`name` in messages), refused when larger than the limit."""
    try:
        with open(path, "rb") as handle:
            # A plain file's size is what it holds: one past the limit is refused unread. What
            # other files claim (a device, a pipe, /proc) is not believed; their bytes are
            # counted as they come.
            status = os.fstat(handle.fileno())
            if stat.S_ISREG(status.st_mode) and status.st_size > limits.max_bytes:
                raise _too_large(name, limits)
            raw = handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise LocatedError([Problem(name, _("no such file"))]) from None
    except IsADirectoryError:
        raise LocatedError([Problem(name, _("this is a folder, not a pack file"))]) from None
    except OSError as exc:
        raise LocatedError([Problem(name, _("cannot read the file: {reason}").format(reason=exc.strerror or exc))]) from None
    if len(raw) > limits.max_bytes:
        raise _too_large(name, limits)
    return raw


def _too_large(name: str, limits: Limits) -> LocatedError:
    return LocatedError([Problem(
        name, _("the file is larger than {megabytes} MB; a pack should be far smaller").format(
            megabytes=limits.max_bytes // (1024 * 1024))
    )])


def decode(raw: bytes, name: str) -> str:
    """Text of a pack file: UTF-8 (a BOM is allowed), or UTF-16/32 with a BOM."""
    what = file_kind(raw)
    if what:
        raise LocatedError([Problem(name, _("this is {what}, not a YAML pack; a pack is a text file "
                                            "(relayquiz import reads other quiz formats)").format(what=what))])
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise LocatedError([Problem(name, _("the file starts like {encoding} text but is not: {reason}").format(
                    encoding=codec, reason=exc.reason))]) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        byte = raw[exc.start]
        raise LocatedError([Problem(
            name,
            _("the file is not UTF-8 text (byte {byte} cannot start a character here); save it as UTF-8 and "
              "try again").format(byte=f"0x{byte:02x}"),
            line, column,
        )]) from None
