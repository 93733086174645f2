"""The `language` setting, read cheaply for the command line before anything else runs.

The command line chooses the language of a run before it builds its help, so this reads one
key without YAML: from the settings snapshot when it holds exactly this file's text, else from
the file's own `language:` line (settings are flat `name: value` lines). Nothing is reported
or moved aside here; the window reads the whole file, and tells of its problems, when it opens.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"^language[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)


def language_setting() -> str | None:
    """The `language` of settings.yaml ("" or None when it follows the system's locale)."""
    from game import paths

    path = paths.settings_path()
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    remembered = _from_snapshot(str(path), text, paths.user_cache_dir() / "settings.json")
    if remembered is not None:
        return remembered
    found = _LINE.search(text)
    if found is None:
        return None
    value = re.sub(r"(^|[ \t])#.*$", "", found.group(1)).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1].strip()
    return value


def _from_snapshot(path: str, text: str, snapshot) -> str | None:
    import json

    try:
        kept = json.loads(snapshot.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not (isinstance(kept, dict) and kept.get("path") == path and kept.get("text") == text
            and isinstance(kept.get("settings"), dict)):
        return None
    value = kept["settings"].get("language")
    return value if isinstance(value, str) else None
