"""Names students type on their phones: tidied, checked, and kept off a teacher's word list.

The word list is a plain text file in the user data folder (`blocked-names.txt`), one word or
phrase a line, `#` starting a comment. The teacher edits it with any text editor; the game
writes it, with instructions and nothing blocked, the first time phones are used. A listed
word blocks a name that contains it as a word, however it is spaced, capitalised, accented
or spelt with look-alike digits ("B4d W0rd" and "b a d word" for "bad word"), but never a
longer word that happens to contain it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from game import paths
from game.i18n import N_, _
from game.net.words import Say
from game.quiz.config import MAX_NAME_LENGTH, tidy_name

WORD_LIST_NAME = "blocked-names.txt"
MAX_PHONE_NAME = min(MAX_NAME_LENGTH, 20)   # fits a lane of the relay track and a phone's heading
WORD_LIST_HEADER = """\
# Names the game refuses when students join from their phones.
# One word or phrase a line; capitals, accents, spacing and look-alike digits
# (0 for o, 1 for i, 3 for e, 4 for a, 5 for s, 7 for t) do not matter.
# Lines starting with # are comments. Save the file; it is read again each time
# phones are opened for a game.
"""

_LOOKALIKES = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
                             "!": "i", "|": "l"})


class NameRefused(ValueError):
    """A name that cannot be used; `say` tells why, in words a student understands (worded in
    the language of whoever reads it; `str()` gives the English)."""

    def __init__(self, say: Say | str):
        self.say = say if isinstance(say, Say) else Say(say)
        super().__init__(str(self.say))


@dataclass(frozen=True)
class WordList:
    """Blocked words and phrases, kept as the letters that matter."""

    phrases: tuple[str, ...] = ()

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> "WordList":
        found = []
        for line in lines:
            text = line.split("#", 1)[0].strip()
            letters = _letters(text)
            if letters:
                found.append(letters)
        return cls(tuple(dict.fromkeys(found)))

    def blocks(self, name: str) -> bool:
        words = _collapse_spelled(_words(name))
        for phrase in self.phrases:
            # A phrase matches a run of whole words ("bad word", "badword"); never the inside of
            # a longer word, so "Prudence" is not taken for "rude".
            for start in range(len(words)):
                run = ""
                for word in words[start:]:
                    run += word
                    if run == phrase:
                        return True
                    if len(run) >= len(phrase):
                        break
        return False


def _collapse_spelled(words: list[str]) -> list[str]:
    """Letters typed one by one ("b a d", "r.u.d.e") joined back into the word they spell."""
    out: list[str] = []
    spelled = ""
    for word in words:
        if len(word) == 1:
            spelled += word
            continue
        if spelled:
            out.append(spelled)
            spelled = ""
        out.append(word)
    if spelled:
        out.append(spelled)
    return out


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LOOKALIKES)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", _fold(text)) if w]


def _letters(text: str) -> str:
    return "".join(_words(text))


def word_list_path() -> Path:
    return paths.user_data_dir() / WORD_LIST_NAME


def load_word_list(path: Path | None = None) -> tuple[WordList, str | None]:
    """The teacher's word list, written with instructions if missing; a problem reading it is
    returned in words (the game goes on with no list rather than not at all)."""
    path = path or word_list_path()
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(WORD_LIST_HEADER, encoding="utf-8")
        text = path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as error:
        return WordList(), _("The blocked names list {path} could not be read: {problem}").format(
            path=path, problem=error)
    return WordList.from_lines(text.splitlines()), None


def check_name(raw: object, taken: Iterable[str], words: WordList = WordList()) -> str:
    """The name as it will be shown, or `NameRefused` saying what to change."""
    if not isinstance(raw, str):
        raise NameRefused(N_("Type a name."))
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") and c not in " \t" for c in raw):
        raise NameRefused(N_("Use letters, digits and spaces only."))
    name = tidy_name(raw)
    if not name:
        raise NameRefused(N_("Type a name."))
    if len(name) > MAX_PHONE_NAME:
        raise NameRefused(Say.ngettext("Use at most {count} character.", "Use at most {count} characters.",
                                       MAX_PHONE_NAME))
    if not any(c.isalnum() for c in name):
        raise NameRefused(N_("A name needs a letter or a digit."))
    folded = name.casefold()
    if any(folded == tidy_name(other).casefold() for other in taken):
        raise NameRefused(Say.of(N_("Someone is already called {name}; add an initial."), name=name))
    if words.blocks(name):
        raise NameRefused(N_("Choose another name."))
    return name
