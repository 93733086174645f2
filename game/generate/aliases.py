"""Other names a text gives a thing in brackets, asked as questions of their own.

"The Rhine (Romansh: Rein, German: Rhein, French: le Rhin, Dutch: Rijn) is ..." gives "What is
the Rhine called in French?", with the other languages' names as the wrong options; "Lake
Turkana (formerly called Lake Rudolf)" gives "What was Lake Turkana formerly called?". The rest
of the generator leaves what is in brackets alone (an aside, not the fact); these asides are
facts a reader is glad to be asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from game.generate.lexicon import PLACE_KINDS, fold, lexicon, word_set

# A name and the bracket right after it, with no bracket inside.
_NAMED_BRACKET = re.compile(
    r"((?:[Tt]he\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w'\u2019-]*){0,4})\s+\(([^()]{3,240})\)")
_LANGUAGE_ENTRY = re.compile(r"(?:(?<=^)|(?<=[,;]\s))((?:Old|Middle|Modern|Ancient|Classical)\s+)?([A-Z][a-z]+)\s*:\s*")
_FORMERLY = re.compile(r"(formerly|also|now)(?:\s+(?:called|known\s+as|named|spelled))?\s+(.+)", re.I)
# Words that name a kind of thing, which a former name may share: "Lake Rudolf" for Lake Turkana.
_HEADS = PLACE_KINDS | word_set("alias_heads")
_ARTICLES = word_set("alias_articles")
_MORE_LANGUAGES = word_set("languages")


@dataclass(frozen=True, slots=True)
class Alias:
    """One other name: where it is in the sentence, the thing it names and how it is asked."""

    start: int
    end: int
    text: str
    named: str             # the thing, as the sentence writes it mid-sentence: "the Rhine"
    language: str = ""     # "French"; '' for a former or other name
    how: str = ""          # "formerly", "also" or "now" when there is no language
    siblings: tuple[str, ...] = ()  # the other names in the same bracket
    written: str = ""      # the name with its article, as written: "le Rhin", "the Sorbonne"

    @property
    def question(self) -> str:
        return _FORMS[self.how if not self.language else ""][0].format(named=self.named, language=self.language)

    def statement(self, name: str | None = None) -> str:
        form = _FORMS[self.how if not self.language else ""][1]
        return _capital(form.format(named=self.named, language=self.language, name=name or self.written or self.text))


# How each sort of other name is asked and stated: in another language (''), a former name,
# today's name, or a second name.
_FORMS = {
    "": ("What is {named} called in {language}?", "In {language}, {named} is called {name}."),
    "formerly": ("What was {named} formerly called?", "{named} was formerly called {name}."),
    "now": ("What is {named} called now?", "{named} is now called {name}."),
    "also": ("What else is {named} called?", "{named} is also called {name}."),
}


def _bare(name: str) -> str:
    """A name without its own article: "Rhin" for "le Rhin"."""
    words = name.split()
    if len(words) >= 2 and words[0].lower() in _ARTICLES:
        return " ".join(words[1:])
    return name


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    return frozenset(fold(name) for name in lexicon().demonyms) | _MORE_LANGUAGES


def _clean(value: str) -> str:
    value = re.sub(r"\[[^\]]*\]", " ", value)
    value = value.split(":")[0] if ":" in value else value
    return " ".join(value.strip(" ,;/").split())


def _usable(value: str, named: str) -> bool:
    words = value.split()
    first = words[1] if len(words) >= 2 and words[0].lower() in _ARTICLES else words[0] if words else ""
    # A name that repeats a word of the thing ("Gutenberg-Bibel" for the Gutenberg Bible) asks nothing.
    shared = {w for w in fold(value).split() if len(w) >= 4 and w not in _HEADS} & set(fold(named).split())
    return (1 <= len(words) <= 4 and first[:1].isupper() and not re.search(r"[/\\|=,;]", value)
            and not shared and fold(value) not in ("listen", "pronunciation", "ipa"))


def find_aliases(text: str) -> list[Alias]:
    """Every other name the sentence gives in brackets, in order."""
    found: list[Alias] = []
    if "(" not in text:
        return found
    for match in _NAMED_BRACKET.finditer(text):
        name, inside = match.group(1), match.group(2)
        if fold(name.split()[0]) in ("in", "on", "at", "by", "for", "from", "as", "when", "after", "before"):
            continue
        named = "the" + name[3:] if name.startswith("The ") else name
        inner = match.start(2)
        entries = list(_LANGUAGE_ENTRY.finditer(inside))
        languages = [e for e in entries if fold(e.group(2)) in _languages()]
        if languages and len(languages) == len(entries) and entries[0].start() == 0:
            pieces = []
            for index, entry in enumerate(entries):
                stop = entries[index + 1].start() if index + 1 < len(entries) else len(inside)
                raw = inside[entry.end():stop]
                value = _clean(raw)
                if not _usable(value, name):
                    continue
                at = inside.find(value, entry.end(), stop)
                if at < 0:
                    continue
                language = ((entry.group(1) or "") + entry.group(2)).strip()
                pieces.append((inner + at, inner + at + len(value), value, language))
            # Asked and offered without their own article ("Rhin" for "le Rhin"), so that every
            # option looks alike; the form with the article is accepted when typed.
            names = tuple(_bare(p[2]) for p in pieces)
            for start, end, value, language in pieces:
                bare = _bare(value)
                found.append(Alias(end - len(bare), end, bare, named, language=language,
                                   siblings=tuple(n for n in names if fold(n) != fold(bare)),
                                   written=value))
            continue
        other = _FORMERLY.fullmatch(inside.strip())
        if other and not re.search(r"[,;:]", other.group(2)):
            written = _clean(other.group(2))
            value = re.sub(r"^the\s+", "", written, flags=re.I)  # "also known as the Sorbonne"
            at = inside.find(value)
            if _usable(value, name) and at >= 0 and value[:1].isupper():
                found.append(Alias(inner + at, inner + at + len(value), value, named, how=other.group(1).lower(),
                                   written=written))
    return found


# A name the text shortens in brackets right after it: "the National Health Service (NHS)", "the
# Environmental Protection Agency (EPA)", "Great Western Railway (GWR)".
_DEFINED_SHORT = re.compile(r"([A-Z][\w'\u2019-]*(?:\s+(?:(?:of|and|for|the|on|in|de)\s+)*[A-Z][\w'\u2019-]*){1,7})"
                            r"\s+\(([A-Z][A-Z&.]{1,7})s?\)")
_MINOR = frozenset("of and for the on in de".split())


def defined_abbreviations(texts: list[str]) -> dict[str, str]:
    """The short names the text defines, both ways: folded full name -> its short name and folded
    short name -> the full name, where the short name is the full name's initials ("National
    Health Service (NHS)": "NHS" and "National Health Service" are one answer)."""
    found: dict[str, str] = {}
    for text in texts:
        if "(" not in text:
            continue
        for match in _DEFINED_SHORT.finditer(text):
            short = match.group(2)
            letters = short.replace(".", "").replace("&", "")
            words = match.group(1).split()
            # the name may take in capitalised words before it that the short name does not:
            # "In 2010 the trust worked with the National ..." has none; "Britain's National Grid (NG)"
            while len(words) > 1 and "".join(w[0] for w in words if w.lower() not in _MINOR) != letters:
                words.pop(0)
                while words and words[0].lower() in _MINOR:
                    words.pop(0)
            if len(words) < 2 or "".join(w[0] for w in words if w.lower() not in _MINOR) != letters:
                continue
            full = " ".join(words)
            found.setdefault(fold(full), short)
            found.setdefault(fold(short), full)
    return found
