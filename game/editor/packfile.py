"""A pack file as the editor opens it: its plain data, problems and all (drafts do not load as
packs), and whether it has YAML comments the dumper would lose on saving.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from game.i18n import _
from game.packs.problems import PackError
from game.safeyaml import parse
from game.textfile import decode, read_bytes


class EditorError(Exception):
    """A pack file the editor cannot open; the message says why."""


def text_has_comments(text: str) -> bool:
    """True when the YAML text has a comment: a `#` that is not part of any value."""
    if "#" not in text:
        return False
    try:
        tokens = list(yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return False
    spans = [(t.start_mark.index, t.end_mark.index) for t in tokens if isinstance(t, yaml.ScalarToken)]
    position = text.find("#")
    while position != -1:
        if not any(start <= position < end for start, end in spans):
            return True
        position = text.find("#", position + 1)
    return False


def file_has_comments(path: Path) -> bool:
    try:
        return text_has_comments(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return False


def read_pack_data(path: Path) -> dict[str, Any]:
    """The plain data of a pack file, problems and all (drafts do not load as packs)."""
    name = str(path)
    try:
        data = parse(decode(read_bytes(path, name), name), name).data
    except PackError as error:
        raise EditorError(str(error.problems[0]) if error.problems
                          else _("{file}: cannot be read").format(file=name)) from None
    except OSError as error:
        raise EditorError(_("{file}: cannot be read ({reason})").format(file=name, reason=error.strerror or error)) from None
    if not isinstance(data, dict):
        raise EditorError(_("{file}: this is not a pack (a pack is a mapping that starts with "
                             "'relayquiz: 1')").format(file=name))
    return data
