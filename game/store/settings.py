"""The player's settings in `settings.yaml`: defaults for what is missing, bad values reported.

Every problem comes back as a located `Problem` (file:line:column) and the value is replaced
by its default, so a typo never stops the game. A file that is not readable YAML is moved
aside like a damaged database, and what its readable lines say is kept. Keys this version does not know are kept and written back,
so an older game never erases a newer one's settings.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from game import paths
from game.i18n import N_, _
from game.similar import typo_distance
from game.store.atomic import write_atomic

if TYPE_CHECKING:
    from game.located import Problem

# YAML and the located-problem checks are imported only to read a settings file the game has not seen
# before (or that has problems): an unchanged file is taken from its snapshot, so the title
# shows without them.
SNAPSHOT_NAME = "settings.json"
SNAPSHOT_FORMAT = 1

LANGUAGES_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
WINDOW_MIN, WINDOW_MAX = (640, 360), (7680, 4320)
# The seconds a question may be given: the same range a pack's time_limit takes (a test keeps
# the two equal), so the default applies to any question.
DEFAULT_TIME_LIMIT_RANGE = (5, 240)


@dataclass
class Settings:
    """The game's settings; the window changes fields in place and calls `save_settings`."""

    fullscreen: bool = False
    window_size: tuple[int, int] = (1280, 720)
    font_scale: float = 1.0          # 0.5 to 3.0; 1.5 or more for a projector
    high_contrast: bool = False
    reduced_motion: bool = False     # still artwork instead of flames and embers
    volume: float = 0.8              # 0.0 (silent) to 1.0 (full)
    mute: bool = False
    default_time_limit: int = 20     # seconds per question unless a pack says otherwise
    language: str = ""               # of the game's own words; "" follows the system's locale
    dyslexia_font: bool = False      # a dyslexia-friendly typeface where one is installed
    projector: bool = False          # the projector profile: fullscreen, large type, high contrast
    phones_show_prompt: bool = False # phones show the question and options too (off: only on the projector)
    phones_port: int = 8765          # the port phones connect to
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # keys of newer versions, kept


Checker = Callable[[Any], tuple[Any, str | None]]


def _boolean(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return value, None
    return None, _("must be true or false")


def _whole(low: int, high: int) -> Checker:
    def check(value: Any) -> tuple[Any, str | None]:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value, None
        return None, _("must be a whole number from {low} to {high}").format(low=low, high=high)
    return check


def _decimal(low: float, high: float) -> Checker:
    def check(value: Any) -> tuple[Any, str | None]:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high:
            return float(value), None
        return None, _("must be a number from {low} to {high}").format(low=_decimal_text(low), high=_decimal_text(high))
    return check


def _window(value: Any) -> tuple[Any, str | None]:
    message = _("must be [width, height] in pixels, from {smallest} to {largest}").format(
        smallest=f"{WINDOW_MIN[0]}x{WINDOW_MIN[1]}", largest=f"{WINDOW_MAX[0]}x{WINDOW_MAX[1]}")
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*", value)
        value = [int(match.group(1)), int(match.group(2))] if match else value
    if (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and all(lo <= v <= hi for v, lo, hi in zip(value, WINDOW_MIN, WINDOW_MAX))):
        return (value[0], value[1]), None
    return None, message


def _decimal_text(value: float) -> str:
    from game.i18n.formats import format_number

    return format_number(float(value))


def _language(value: Any) -> tuple[Any, str | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "", None                                  # follow the system
    if isinstance(value, str) and LANGUAGES_PATTERN.fullmatch(value.strip()):
        return value.strip(), None
    return None, _("must be a language tag such as en or pt-BR")


CHECKS: dict[str, Checker] = {
    "fullscreen": _boolean,
    "window_size": _window,
    "font_scale": _decimal(0.5, 3.0),
    "high_contrast": _boolean,
    "reduced_motion": _boolean,
    "volume": _decimal(0.0, 1.0),
    "mute": _boolean,
    "default_time_limit": _whole(*DEFAULT_TIME_LIMIT_RANGE),
    "language": _language,
    "dyslexia_font": _boolean,
    "projector": _boolean,
    "phones_show_prompt": _boolean,
    "phones_port": _whole(1024, 65535),
}


@dataclass
class LoadedSettings:
    settings: Settings
    problems: list[Problem]
    moved_to: Path | None = None     # where an unreadable file was put


def _shown(value: Any) -> str:
    import yaml

    text = repr(value) if isinstance(value, str) else yaml.safe_dump(value, default_flow_style=True).strip()
    text = text.removesuffix("...").strip()
    return text if len(text) <= 40 else text[:37] + "..."


def _default_text(name: str) -> str:
    value = getattr(Settings(), name)
    if isinstance(value, tuple):
        value = list(value)
    return _shown(value)


def load_settings(path: Path | None = None) -> LoadedSettings:
    """The settings in `path` (default `paths.settings_path()`), with every problem found."""
    path = Path(path) if path is not None else paths.settings_path()
    if not path.exists():
        return LoadedSettings(Settings(), [])
    remembered = _from_snapshot(path)
    if remembered is not None:
        return LoadedSettings(remembered, [])
    loaded = _read(path)
    if not loaded.problems and loaded.moved_to is None:
        _keep_snapshot(path, loaded.settings)
    return loaded


def _snapshot_path() -> Path:
    return paths.user_cache_dir() / SNAPSHOT_NAME


def _from_snapshot(path: Path) -> Settings | None:
    """The settings last read without a problem from exactly this file's text, or None. The
    snapshot is only data: every value goes through the same checks again, and anything odd
    about it (damaged, foreign, another file) means the file is read anew."""
    import json

    try:
        text = path.read_bytes().decode("utf-8")
        kept = json.loads(_snapshot_path().read_text(encoding="utf-8"))
        if not (isinstance(kept, dict) and kept.get("format") == SNAPSHOT_FORMAT and kept.get("path") == str(path)
                and kept.get("text") == text and isinstance(kept.get("settings"), dict)):
            return None
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, raw in kept["settings"].items():
            if key not in CHECKS:
                extra[key] = raw
                continue
            value, message = CHECKS[key](raw)
            if message is not None:
                return None
            values[key] = value
        return Settings(**values, extra=extra)
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        return None


def _keep_snapshot(path: Path, settings: Settings) -> None:
    """Remember what this file's text said, so the next start needs no YAML (never fatal)."""
    import json

    try:
        text = path.read_bytes().decode("utf-8")
        data = json.dumps({"format": SNAPSHOT_FORMAT, "path": str(path), "text": text,
                           "settings": settings_data(settings)}, ensure_ascii=False)
        target = _snapshot_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data.encode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        pass


def _read(path: Path) -> LoadedSettings:
    """`path` read as YAML and checked value by value."""
    from game.located import LocatedError, Problem
    from game.safeyaml import parse
    from game.textfile import decode, read_bytes

    name = str(path)
    text = None
    moved = None
    problems: list[Problem] = []
    try:
        text = decode(read_bytes(path, name), name)
        document = parse(text, name)
    except LocatedError as error:
        moved = _move_aside(path)
        salvaged = _salvage(text, name) if text is not None else None
        if salvaged is None:
            if moved:
                # Translators: {problem} is what is wrong with the settings file (a YAML error)
                where = _("{problem}; it was moved to {moved} and the defaults are used")
            else:
                where = _("{problem}; the defaults are used")
            problems = [Problem(p.file, where.format(problem=p.message, moved=moved), p.line, p.column)
                        for p in error.problems]
            return LoadedSettings(Settings(), problems, moved)
        if moved:
            where = _("{problem}; the file was moved to {moved}; that line is left out and the settings on the "
                      "other lines are kept")
        else:
            where = _("{problem}; that line is left out and the settings on the other lines are kept")
        problems = [Problem(p.file, where.format(problem=p.message, moved=moved), p.line, p.column)
                    for p in error.problems]
        document = salvaged
    data = document.data
    problems += list(document.duplicate_keys)
    if data is None:
        return LoadedSettings(Settings(), problems)
    if not isinstance(data, dict):
        line, column = document.locate(())
        problems.append(Problem(name, _("settings must be 'name: value' lines; the defaults are used"), line, column))
        return LoadedSettings(Settings(), problems)
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, raw in data.items():
        key_text = str(key)
        if key_text not in CHECKS:
            line, column = document.locate((key,), at_key=True)
            close = [k for k in CHECKS if _similar(k, key_text)]
            if close:
                message = _("unknown setting '{name}' (did you mean '{close}'?); kept but not used").format(
                    name=key_text, close=close[0])
            else:
                message = _("unknown setting '{name}'; kept but not used").format(name=key_text)
            problems.append(Problem(name, message, line, column, warning=True))
            extra[key_text] = raw
            continue
        value, message = CHECKS[key_text](raw)
        if message is None:
            values[key_text] = value
            continue
        line, column = document.locate((key,))
        # Translators: a bad value in settings.yaml: "'volume' must be a number from 0 to 1, not 7; using 0.8"
        problems.append(Problem(name, _("'{name}' {rule}, not {value}; using {default}").format(
            name=key_text, rule=message, value=_shown(raw), default=_default_text(key_text)), line, column))
    return LoadedSettings(Settings(**values, extra=extra), problems, moved)


def _salvage(text: str, name: str):
    """The settings of a file that is not YAML as a whole, read line by line (settings are flat
    'name: value' lines): a line that does not read alone is blanked, so the others keep their
    line numbers. None when nothing is left to read."""
    from game.located import LocatedError
    from game.safeyaml import parse

    kept: list[str] = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                single = parse(line, name).data if not line[:1].isspace() else None  # with the usual limits
            except LocatedError:
                single = None
            if not isinstance(single, dict) or len(single) != 1:
                line = ""
        kept.append(line)
    if not any(line.strip() and not line.lstrip().startswith("#") for line in kept):
        return None
    try:
        return parse("\n".join(kept) + "\n", name)
    except LocatedError:
        return None


def settings_data(settings: Settings) -> dict[str, Any]:
    data = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(settings).items() if k != "extra"}
    for key, value in settings.extra.items():
        data.setdefault(key, value)
    return data


HEADER = N_("Torch Relay Quiz settings. Delete a line to get its default back.")


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically: a crash leaves the old file or the new, never half of one."""
    import yaml

    path = Path(path) if path is not None else paths.settings_path()
    text = f"# {_(HEADER)}\n" + yaml.safe_dump(settings_data(settings), sort_keys=False, allow_unicode=True,
                                   default_flow_style=None)
    write_atomic(path, text.encode("utf-8"))
    return path


def _similar(a: str, b: str) -> bool:
    return typo_distance(a.lower().replace("-", "_"), b.lower().replace("-", "_")) <= 2


def _move_aside(path: Path) -> Path | None:
    target = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


