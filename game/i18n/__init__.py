"""The game's own words in the player's language: gettext catalogs, chosen once per run and
switchable at any moment.

Every string a person reads goes through `_` (or `ngettext` for counts, `pgettext` where the
same English words need two translations). Strings defined at import time are marked with
`N_` and translated where they are shown, so switching the language changes every screen at
once without a restart.

The catalogs live in `game/locale/<language>/LC_MESSAGES/<domain>.po`, one per part of the
game (the domains below), so each part can be translated and checked on its own; at run time
a language's domains are looked up together. English is the source and needs no catalog.
Nothing is loaded until a message is first translated into a language other than English, so
commands that print nothing pay nothing.
"""

from __future__ import annotations

import gettext as _gettext
import io
import os
import sys
import threading
from pathlib import Path
from typing import Callable

from game.i18n.pseudo import CODE as PSEUDO
from game.i18n.pseudo import pseudo

SOURCE = "en"
# Each language the game speaks, by its own name (how the Settings screen lists it).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
}
# The pseudo language, for testing layouts and finding words that bypass the catalogs.
TESTING: dict[str, str] = {PSEUDO: "[Þšéûđö ~~~]"}
# The catalogs of each language, by the part of the game whose words they hold.
DOMAINS = ("window", "editor", "phone", "cli", "packs", "formats")
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
ENVIRONMENT = "RELAYQUIZ_LANG"

__all__ = [
    "LANGUAGES", "PSEUDO", "N_", "_", "gettext", "ngettext", "pgettext", "npgettext", "language",
    "set_language", "supported", "system_language", "choose", "translator", "on_change",
]


def N_(message: str) -> str:
    """Mark `message` for the catalogs without translating it yet (it is translated where shown)."""
    return message


def supported(tag: str | None) -> str | None:
    """The language the game speaks for a tag such as `de`, `de-AT`, `de_DE.UTF-8` or `pseudo`,
    or None when it has none for it."""
    if not tag:
        return None
    tag = tag.strip().split(".")[0].split("@")[0].replace("_", "-").lower()
    if tag in ("pseudo", PSEUDO):
        return PSEUDO
    if tag in ("c", "posix"):
        return SOURCE
    base = tag.split("-")[0]
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The language of the system's locale, when the game speaks it; English otherwise."""
    # The variables gettext itself consults, in its order; LANGUAGE may list several.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        for tag in value.split(":"):
            found = supported(tag)
            if found:
                return found
        if value and name != "LANGUAGE":
            return SOURCE                        # set, but to a language the game lacks
    if sys.platform == "win32":
        import locale
        try:
            found = supported(locale.getlocale()[0])
        except ValueError:
            found = None
        if found:
            return found
    return SOURCE


def choose(flag: str | None = None, setting: str | None = None) -> str:
    """The language for this run: `--lang`, then RELAYQUIZ_LANG, then the setting, then the
    system's. An unknown value at one step passes to the next (callers report it)."""
    for candidate in (flag, os.environ.get(ENVIRONMENT), setting):
        found = supported(candidate)
        if found:
            return found
    return system_language()


class Translator:
    """One language's messages (every domain together)."""

    def __init__(self, code: str, catalog: _gettext.NullTranslations | None) -> None:
        self.language = code
        self._catalog = catalog

    def gettext(self, message: str) -> str:
        if self.language == PSEUDO:
            return pseudo(message)
        if self._catalog is None or not message:
            return message
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        if self.language == PSEUDO:
            return pseudo(singular if count == 1 else plural)
        if self._catalog is None:
            return singular if count == 1 else plural
        return self._catalog.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        if self.language == PSEUDO:
            return pseudo(message)
        if self._catalog is None:
            return message
        return self._catalog.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        if self.language == PSEUDO:
            return pseudo(singular if count == 1 else plural)
        if self._catalog is None:
            return singular if count == 1 else plural
        return self._catalog.npgettext(context, singular, plural, count)


_lock = threading.Lock()
_translators: dict[str, Translator] = {}
_current = SOURCE
_listeners: list[Callable[[str], None]] = []
# Problems met reading a catalog, each told once on stderr; the words then show in English.
_reported: set[str] = set()


def _load_domain(code: str, domain: str) -> _gettext.GNUTranslations | None:
    folder = LOCALE_DIR / code / "LC_MESSAGES"
    compiled, source = folder / f"{domain}.mo", folder / f"{domain}.po"
    try:
        if compiled.is_file() and (not source.is_file() or compiled.stat().st_mtime >= source.stat().st_mtime):
            with compiled.open("rb") as handle:
                return _gettext.GNUTranslations(handle)
        if source.is_file():
            from game.i18n.catalog import mo_bytes, read_po
            return _gettext.GNUTranslations(io.BytesIO(mo_bytes(read_po(source))))
    except (OSError, ValueError) as error:
        key = f"{code}/{domain}"
        if key not in _reported:
            _reported.add(key)
            print(f"relayquiz: the {LANGUAGES.get(code, code)} words of {source} cannot be read "
                  f"({error}); they show in English", file=sys.stderr)
    return None


def translator(code: str) -> Translator:
    """The messages of language `code` (a code `supported` returned), loaded once."""
    found = _translators.get(code)
    if found is not None:
        return found
    with _lock:
        found = _translators.get(code)
        if found is None:
            chain: _gettext.NullTranslations | None = None
            if code not in (SOURCE, PSEUDO):
                for domain in DOMAINS:
                    loaded = _load_domain(code, domain)
                    if loaded is None:
                        continue
                    if chain is None:
                        chain = loaded
                    else:
                        chain.add_fallback(loaded)
            found = _translators[code] = Translator(code, chain)
    return found


def language() -> str:
    """The language the game's words are in now."""
    return _current


def set_language(code: str) -> str:
    """Speak `code` from now on (a tag `supported` accepts; anything else means English) and tell
    whoever listens for changes. Returns the language now in use."""
    global _current
    chosen = supported(code) or SOURCE
    if chosen != _current:
        _current = chosen
        for listener in list(_listeners):
            listener(chosen)
    return chosen


def on_change(listener: Callable[[str], None]) -> Callable[[], None]:
    """Call `listener(code)` whenever the language changes; returns what stops it."""
    _listeners.append(listener)

    def stop() -> None:
        if listener in _listeners:
            _listeners.remove(listener)
    return stop


def gettext(message: str) -> str:
    """`message` in the current language."""
    if _current == SOURCE:
        return message
    return translator(_current).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message about `count` things that the current language uses for it."""
    if _current == SOURCE:
        return singular if count == 1 else plural
    return translator(_current).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, where its English words mean `context`."""
    if _current == SOURCE:
        return message
    return translator(_current).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    if _current == SOURCE:
        return singular if count == 1 else plural
    return translator(_current).npgettext(context, singular, plural, count)


_ = gettext
