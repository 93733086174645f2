"""The sentence a question was written from, shown in its place in the document.

A reviewer judges a generated question by reading the sentence it quotes with the sentences
around it. The document is found through the pack's `sources` (by the sha256 of a document
already read, or by its `path`, relative to the pack file, the pack's folder's parent or the
shipped files), read once and kept. Documents are read and split into sentences by the
generator (`game.generate.read_document`); a quote the generator's cleaning left out (a caption
quoted by a hand-written pack, say) is looked for in the plain text as well.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from game import paths


@dataclass(frozen=True)
class QuoteContext:
    """The quoted sentence with the sentences just before and after it."""

    before: tuple[str, ...]
    sentence: str
    after: tuple[str, ...]
    document: str = ""  # the document's title or file name


_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                              "\u2014": "-", "\u2013": "-", "\u00a0": " "})
_SENTENCE_END = re.compile(r"[.!?…][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z\u00c0-\u00de\u0391-\u03a9\u0400-\u042f])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt jr sr prof gen col lt sgt rev no vs etc approx jan feb mar apr jun jul aug sep "
    "sept oct nov dec u.s u.k".split())


def comparable(text: str) -> str:
    """Text with Unicode forms, quote marks and spacing made uniform, for finding quotes."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS).split())


def split_plain_sentences(text: str) -> list[str]:
    """Sentences of plain text: paragraphs split at a full stop followed by a capital letter,
    except after a common abbreviation ("Nov.", "Dr.")."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        start = 0
        for end in _SENTENCE_END.finditer(flat):
            words = flat[start:end.start() + 1].split()
            if words and words[-1].rstrip(".").lower() in _ABBREVIATIONS:
                continue
            sentences.append(flat[start:end.end()].strip())
            start = end.end()
        if flat[start:].strip():
            sentences.append(flat[start:].strip())
    return sentences


def _generator_reader() -> Callable[[Path], tuple[str, list[str]]] | None:
    try:
        from game.generate import read_document  # type: ignore[attr-defined]
    except ImportError:
        return None

    def read(path: Path) -> tuple[str, list[str]]:
        document = read_document(path)
        sentences = [s.text for s in document.sentences]
        # The generator keeps the headline apart from the prose; a reviewer reads it as the
        # line before the first sentence, as the plain reader does.
        if document.title and (not sentences or sentences[0] != document.title):
            sentences.insert(0, document.title)
        return document.title, sentences

    return read


def _plain_reader(path: Path) -> tuple[str, list[str]]:
    text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
    return path.name, split_plain_sentences(text)


class SourceContexts:
    """Finds each question's sentence in its document; documents are read once and kept."""

    def __init__(self, reader: Callable[[Path], tuple[str, list[str]]] | None = None) -> None:
        self._reader = reader or _generator_reader() or _plain_reader
        self._documents: dict[Path, tuple[str, list[str]] | None] = {}
        self._plain: dict[Path, list[str]] = {}
        self._by_digest: dict[str, tuple[str, list[str]]] = {}
        self._found: dict[tuple, QuoteContext] = {}

    def add_document(self, path: Path | None, title: str, sentences: list[str], sha256: str | None = None) -> None:
        """A document already read (by the generator, after a drop): no need to read it again."""
        if path is not None:
            self._documents[Path(path).resolve()] = (title, list(sentences))
        if sha256:
            self._by_digest[sha256] = (title, list(sentences))
        self._found.clear()

    def _read(self, path: Path) -> tuple[str, list[str]] | None:
        key = path.resolve()
        if key not in self._documents:
            try:
                self._documents[key] = self._reader(path)
            except Exception:  # an unreadable document only means no context is shown
                self._documents[key] = None
        return self._documents[key]

    def _read_plain(self, path: Path) -> list[str]:
        key = path.resolve()
        if key not in self._plain:
            try:
                self._plain[key] = _plain_reader(path)[1]
            except OSError:
                self._plain[key] = []
        return self._plain[key]

    @staticmethod
    def locate(source: dict[str, Any], base_dir: Path | None) -> Path | None:
        """The document file of a `sources` entry, trying the places a pack's paths are relative to."""
        raw = source.get("path")
        if not isinstance(raw, str) or not raw.strip():
            return None
        given = Path(raw)
        candidates = [given] if given.is_absolute() else []
        if not given.is_absolute():
            for folder in (base_dir, base_dir.parent if base_dir else None, paths.seeds_dir().parent, Path.cwd()):
                if folder is not None:
                    candidates.append(folder / given)
        found = [c for c in candidates if c.is_file()]
        digest = source.get("sha256")
        if isinstance(digest, str):
            for candidate in found:
                if hashlib.sha256(candidate.read_bytes()).hexdigest() == digest:
                    return candidate
        return found[0] if found else None

    def context(self, question: dict[str, Any], sources: list[Any], base_dir: Path | None,
                before: int = 1, after: int = 1) -> QuoteContext | None:
        """The quoted sentence in its context; just the quote when its document cannot be found."""
        citation = question.get("source")
        if not isinstance(citation, dict) or not isinstance(citation.get("quote"), str):
            return None
        quote = citation["quote"]
        doc_id = citation.get("doc")
        entries = [s for s in sources if isinstance(s, dict)]
        chosen = [s for s in entries if s.get("id") == doc_id] if doc_id is not None else entries
        key = (quote, doc_id, repr(chosen), base_dir, before, after)
        if key not in self._found:
            self._found[key] = self._look_up(quote, chosen, base_dir, before, after)
        return self._found[key]

    def _look_up(self, quote: str, chosen: list[dict], base_dir: Path | None, before: int,
                 after: int) -> QuoteContext:
        for source in chosen:
            digest = source.get("sha256")
            path = None
            document = self._by_digest.get(digest) if isinstance(digest, str) else None
            if document is None:
                path = self.locate(source, base_dir)
                document = self._read(path) if path is not None else None
            if document is None:
                continue
            title, sentences = document
            found = find_in_sentences(quote, sentences, before, after)
            if found is None and path is not None and self._reader is not _plain_reader:
                # The generator's reading drops captions and other junk a hand-written pack may quote.
                found = find_in_sentences(quote, self._read_plain(path), before, after)
            if found is not None:
                return QuoteContext(*found, document=str(source.get("title") or title))
        return QuoteContext((), quote, (), "")


def find_in_sentences(quote: str, sentences: list[str], before: int = 1,
                      after: int = 1) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """(sentences before, the sentence, sentences after) for `quote`; it may span or sit inside sentences."""
    wanted = comparable(quote)
    if not wanted:
        return None
    flat = [comparable(s) for s in sentences]
    for index, sentence in enumerate(flat):
        if sentence == wanted or wanted in sentence:
            return (tuple(sentences[max(0, index - before):index]), sentences[index],
                    tuple(sentences[index + 1:index + 1 + after]))
    # A quote longer than one sentence as split here: find its first sentence.
    for index, sentence in enumerate(flat):
        if sentence and wanted.startswith(sentence):
            end = index
            joined = sentence
            while end + 1 < len(flat) and len(joined) < len(wanted):
                end += 1
                joined = f"{joined} {flat[end]}"
            if joined.startswith(wanted) or wanted.startswith(joined):
                return (tuple(sentences[max(0, index - before):index]), " ".join(sentences[index:end + 1]),
                        tuple(sentences[end + 1:end + 1 + after]))
    return None
