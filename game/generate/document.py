"""Reading a document: bytes -> clean prose -> numbered sentences, with its title and hash.

A `Document` is what the rest of the generator and the game's pack editor work from: the
clean text, its sentences in order (each an exact piece of the document, quotable), and a
way to show a sentence in its context.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from game.generate.clean import clean_paragraphs, split_paragraphs
from game.generate.decode import decode_document
from game.generate.errors import GenerateError
from game.generate.markup import html_to_text, markdown_to_text
from game.generate.quoting import locate
from game.generate.sentences import split_sentences

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
STDIN_NAME = "-"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its place in the document and its exact text."""

    index: int
    paragraph: int
    text: str
    quote: str = ""  # the sentence as the file writes it, when markup splits it there

    @property
    def cited(self) -> str:
        """What a question quotes: the sentence as it stands in the file."""
        return self.quote or self.text


@dataclass
class Document:
    """A document ready for question writing."""

    name: str
    title: str
    text: str
    sentences: list[Sentence]
    sha256: str
    format: str = "text"
    encoding: str = "utf-8"
    path: Path | None = None
    dropped: list[tuple[str, str]] = field(default_factory=list, repr=False)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def neighbours(self, index: int, before: int = 1, after: int = 1) -> tuple[list[Sentence], list[Sentence]]:
        """The sentences just before and just after sentence `index`, for showing it in context."""
        return (self.sentences[max(0, index - before):index], self.sentences[index + 1:index + 1 + after])

    def find_sentence(self, quote: str) -> Sentence | None:
        """The sentence a question quotes, compared with spacing and quote marks aside."""
        wanted = comparable(quote)
        for sentence in self.sentences:
            if comparable(sentence.text) == wanted or (sentence.quote and comparable(sentence.quote) == wanted):
                return sentence
        return None


_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                              "\u2014": "-", "\u2013": "-"})


def comparable(text: str) -> str:
    """Text with Unicode forms, quote marks and spacing made uniform, for matching quotes."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS).split())


def sentence_context(document: Document, quote: str, before: int = 1, after: int = 1) -> tuple[list[str], str, list[str]] | None:
    """(sentences before, the quoted sentence, sentences after), or None if it is not there."""
    sentence = document.find_sentence(quote)
    if sentence is None:
        return None
    previous, following = document.neighbours(sentence.index, before, after)
    return [s.text for s in previous], sentence.text, [s.text for s in following]


def _format_of(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or (suffix != ".txt" and re.match(r"<(head|body|p|div)\b", head)):
        return "html"
    return "text"


def document_from_bytes(data: bytes, name: str, path: Path | None = None) -> Document:
    """A Document from a file's bytes; `name` is how messages refer to it."""
    if len(data) > MAX_DOCUMENT_BYTES:
        what = "standard input holds" if name == STDIN_NAME else "the file is"
        raise GenerateError(name, f"{what} more than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB; split it into "
                                  "smaller documents")
    raw, encoding = decode_document(data, name)
    kind = _format_of(name, raw)
    title = ""
    if kind == "html":
        text, title = html_to_text(raw)
    elif kind == "markdown":
        text, title = markdown_to_text(raw)
    else:
        text = raw
    paragraphs = split_paragraphs(text)
    if not title and paragraphs and len(paragraphs[0].split()) <= 16 and not re.search(r"[.!?]$", paragraphs[0]):
        title = paragraphs[0]
    kept, dropped = clean_paragraphs(paragraphs)
    source_text = comparable(raw) if kind != "text" else None
    sentences: list[Sentence] = []
    hint = 0
    for number, paragraph in enumerate(kept):
        for start, end in split_sentences(paragraph):
            piece = paragraph[start:end].strip()
            if not piece:
                continue
            quote = ""
            if source_text is not None and comparable(piece) not in source_text:
                # Markup breaks the sentence apart in the file (a link, bold text): it is quoted
                # as the file writes it, markup and all, or not used when it cannot be found.
                where = locate(raw, piece, hint)
                if where is None:
                    continue
                quote, hint = raw[where[0]:where[1]], where[1]
            sentences.append(Sentence(len(sentences), number, piece, quote))
    if not sentences:
        raise GenerateError(name, "found no sentences to write questions from "
                                  "(the text needs full sentences ending with a full stop)")
    fallback = Path(name).stem.replace("_", " ").replace("-", " ") if name != STDIN_NAME else "Standard input"
    return Document(
        name=name, title=title.strip() or fallback, text="\n\n".join(kept), sentences=sentences,
        sha256=hashlib.sha256(data).hexdigest(), format=kind, encoding=encoding, path=path,
        dropped=dropped,
    )


def read_document(path: str | Path) -> Document:
    """Read and clean one document; `-` reads standard input. Raises GenerateError."""
    # At most one byte past the cap is read, whatever the file claims to hold: a device
    # (/dev/zero) or a pipe claims nothing and may never end.
    if str(path) == STDIN_NAME:
        return document_from_bytes(sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1), STDIN_NAME)
    file = Path(path)
    try:
        if file.is_dir():
            raise GenerateError(str(path), "this is a folder; give the documents inside it")
        with open(file, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise GenerateError(str(path), "no such file") from None
    except PermissionError:
        raise GenerateError(str(path), "permission denied; the file cannot be read") from None
    except OSError as error:
        raise GenerateError(str(path), f"cannot be read ({error.strerror or error})") from None
    return document_from_bytes(data, str(path), file)
