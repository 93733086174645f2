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

from game.generate.clean import clean_paragraphs, is_credit_line, is_navigation, is_page_furniture, split_paragraphs
from game.generate.decode import decode_document
from game.generate.errors import GenerateError
from game.generate.fields import FieldSheet, read_field_sheet
from game.generate.labels import SERVING_LINES, read_label, serving_of
from game.generate.language import refuse_other_language
from game.generate.lexicon import NUMBER_WORDS
from game.i18n import _, ngettext
from game.i18n.formats import format_number
from game.generate.markup import html_to_text, markdown_to_text
from game.generate.quoting import locate
from game.generate.sentences import split_sentences

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
STDIN_NAME = "-"
# The work spent on a sentence grows faster than its length and faster than the names and
# numbers in it (each is a possible answer, weighed against the whole sentence), so what is
# not prose is kept away from question writing. A sentence is passed over, and listed with
# the dropped text, when it is longer than MAX_SENTENCE_CHARS, holds a "word" (a number, a
# link, a run of symbols) longer than MAX_WORD_CHARS, or holds more than MAX_NAMES_AND_NUMBERS
# capitalised words and numbers after its first word. In real encyclopedia pages and news the
# longest sentences have about 550 characters and the most crowded about 24 names and numbers.
MAX_SENTENCE_CHARS = 1_000
MAX_WORD_CHARS = 100
MAX_NAMES_AND_NUMBERS = 28
# Across the document, names and numbers are read at most at NAMES_PER_CHAR on average (with
# NAMES_AT_ONCE to spare): prose holds about 0.03 a character and its most crowded stretches
# 0.05, while a text that is nothing but names and numbers holds ten times that and would cost
# ten times the work. Sentences past the allowance are passed over.
NAMES_PER_CHAR = 0.06
NAMES_AT_ONCE = 200
# Tabs and runs of spaces inside a line are layout, not prose; they become one space (quotes
# are always compared with spacing aside), so that no pattern ever meets a long run of them.
_SPACING_RUN = re.compile(r"[ \t]*\t[ \t]*|[^\S\n]{3,}")
_PUNCTUATION = ".,;:!?\"'()[]\u2018\u2019\u201c\u201d"
_LONG_WORD = re.compile(r"\S{%d}" % (MAX_WORD_CHARS + 1))


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its place in the document and its exact text."""

    index: int
    paragraph: int
    text: str
    quote: str = ""  # the sentence as the file writes it, when markup splits it there
    label: str = ""  # a line of a label block ("title", "date", "material", ...), '' for prose
    spoken: str = ""  # the sentence as an organisation wrote it as "we", when `text` writes its name instead

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


def names_and_numbers(sentence: str) -> int:
    """The capitalised words, numbers and number words after a sentence's first word: each is
    a possible answer the generator weighs."""
    return sum(1 for word in sentence.split()[1:]
               if word[:1].isupper() or word.strip(_PUNCTUATION).lower() in NUMBER_WORDS
               or (not word.isalpha() and _holds_a_digit(word)))  # letters alone hold no digit


_ASCII_DIGITS = frozenset("0123456789")


def _holds_a_digit(word: str) -> bool:
    """Whether a word holds a digit of any script (a set test for the usual ASCII word: quicker)."""
    if word.isascii():
        return not _ASCII_DIGITS.isdisjoint(word)
    return any(ch.isdigit() for ch in word)


class _Allowance:
    """Which sentences are read for questions: none too long, none with an overlong word, none
    too crowded with names and numbers, and no more names and numbers overall than prose holds."""

    def __init__(self) -> None:
        self.names = float(NAMES_AT_ONCE)

    def refusal(self, sentence: str) -> str | None:
        """Why `sentence` is passed over, or None when it is read (and counted)."""
        self.names += NAMES_PER_CHAR * len(sentence)
        if len(sentence) > MAX_SENTENCE_CHARS:
            return _("a sentence of {length} characters (at most {limit} are read)").format(
                length=format_number(len(sentence)), limit=format_number(MAX_SENTENCE_CHARS))
        long_word = _LONG_WORD.search(sentence)
        if long_word:
            run = len(sentence[long_word.start():].split(None, 1)[0])
            return _("a word or number of {length} characters (at most {limit} are read)").format(
                length=format_number(run), limit=MAX_WORD_CHARS)
        named = names_and_numbers(sentence)
        if named > MAX_NAMES_AND_NUMBERS:
            return _("a sentence of {count} names and numbers (at most {limit} are read)").format(
                count=named, limit=MAX_NAMES_AND_NUMBERS)
        if named > self.names:
            return _("a sentence in text more crowded with names and numbers than prose (at most {limit} in 100 "
                     "characters are read)").format(limit=format_number(NAMES_PER_CHAR * 100))
        self.names -= named
        return None


def document_from_bytes(data: bytes, name: str, path: Path | None = None) -> Document:
    """A Document from a file's bytes; `name` is how messages refer to it."""
    if len(data) > MAX_DOCUMENT_BYTES:
        megabytes = MAX_DOCUMENT_BYTES // (1024 * 1024)
        if name == STDIN_NAME:
            raise GenerateError(name, _("standard input holds more than {megabytes} MB; split it into smaller "
                                        "documents").format(megabytes=megabytes))
        raise GenerateError(name, _("the file is more than {megabytes} MB; split it into smaller documents").format(
            megabytes=megabytes))
    raw, encoding = decode_document(data, name)
    kind = _format_of(name, raw)
    title = ""
    if kind == "html":
        text, title = html_to_text(raw)
    elif kind == "markdown":
        text, title = markdown_to_text(raw)
    else:
        text = raw
    text = _SPACING_RUN.sub(" ", text)
    sheet = read_field_sheet(text)
    if sheet is not None:
        text = _without_sheet(text, sheet)
    paragraphs = split_paragraphs(text)
    navigation: list[str] = []
    while paragraphs and is_navigation(paragraphs[0]):
        navigation.append(paragraphs.pop(0))  # a breadcrumb or gallery sign is no title, no object's name
    label = read_label(paragraphs)
    if label:
        paragraphs = paragraphs[len(label):]
        title = title or label[0].text
    if not title and paragraphs and len(paragraphs[0].split()) <= 16 and not re.search(r"[.!?]$", paragraphs[0]):
        title = paragraphs[0]
    # A recipe's yield line without a full stop ("Serves 4 | Prep 15 min | Cook 40 min") is kept
    # as a line of its own: how many it serves is a fact of the recipe.
    serving = next((k for k, p in enumerate(paragraphs[:SERVING_LINES])
                    if serving_of(p) is not None and not re.search(r"[.!?]$", p.strip())), None) if not label else None
    serving_line = paragraphs.pop(serving).strip() if serving is not None else ""
    kept, dropped = clean_paragraphs(paragraphs)
    dropped = [(line, "navigation") for line in navigation] + dropped
    source_text = comparable(raw) if kind != "text" else None
    sentences: list[Sentence] = [Sentence(i, 0, line.text, label=line.role) for i, line in enumerate(label)
                                 if source_text is None or comparable(line.text) in source_text]
    if serving_line and (source_text is None or comparable(serving_line) in source_text):
        sentences.append(Sentence(0, 0, serving_line, label="serving"))
    passed_over: list[str] = []
    allowance = _Allowance()
    hint = 0
    for number, paragraph in enumerate(kept):
        bounds = split_sentences(paragraph)
        premise = _exercise_premise(paragraph, bounds)
        for k, (start, end) in enumerate(bounds):
            piece = paragraph[start:end].strip()
            if k < premise:
                continue  # "Two resistors of 4 Ω and 6 Ω are connected in series. What is ...?": an exercise
            if not piece or is_credit_line(piece) or is_page_furniture(piece):
                continue  # "... in 1894. Photo: Helen Ashdown.", "Issued by ... on 2 December 2026.": no fact
            unusable = allowance.refusal(piece)
            if unusable:
                dropped.append((piece, unusable))
                passed_over.append(unusable)
                continue
            quote = ""
            if source_text is not None and comparable(piece) not in source_text:
                # Markup breaks the sentence apart in the file (a link, bold text): it is quoted
                # as the file writes it, markup and all, or not used when it cannot be found.
                where = locate(raw, piece, hint)
                if where is None:
                    continue
                quote, hint = raw[where[0]:where[1]], where[1]
            role = "serving" if number < SERVING_LINES and not label and serving_of(piece) is not None \
                and re.fullmatch(r"(?:Serves|Feeds)\s+\d+\.", piece) else ""
            sentences.append(Sentence(len(sentences), number + (1 if label or serving_line else 0), piece, quote,
                                      label=role))
    if sheet is not None:
        sentences.extend(_sheet_sentences(sheet, raw, len(sentences), len(kept) + 1))
    if not sentences:
        # Chinese or Japanese prose has no full stops the sentence splitter knows: the language
        # is the better reason to give.
        refuse_other_language(name, text)
        if passed_over:
            raise GenerateError(name, ngettext(
                "found no sentences to write questions from: {count} sentence passed over, the first being {reason}",
                "found no sentences to write questions from: {count} sentences passed over, the first being "
                "{reason}", len(passed_over)).format(count=len(passed_over), reason=passed_over[0]))
        raise GenerateError(name, _what_was_read(dropped))
    fallback = Path(name).stem.replace("_", " ").replace("-", " ") if name != STDIN_NAME else "Standard input"
    return Document(
        name=name, title=title.strip() or fallback,
        text="\n\n".join([line.text for line in label] + kept + [s.text for s in sentences if s.label in SHEET_ROLES]),
        sentences=sentences,
        sha256=hashlib.sha256(data).hexdigest(), format=kind, encoding=encoding, path=path,
        dropped=dropped,
    )


SHEET_ROLES = ("item", "scientific", "field")


def _without_sheet(text: str, sheet: FieldSheet) -> str:
    """The text with a field sheet's headings and fields taken out (they become sentences of
    their own, see `_sheet_sentences`); a field whose value is a sentence keeps only the
    sentence, a paragraph of its own for the normal rules."""
    lines = text.split("\n")
    taken = sheet.lines()
    prose = {k for item in sheet.items for k in item.prose}
    for k in taken | prose:
        if k in prose:
            lines[k] = "\n" + lines[k].split(":", 1)[1].strip().strip("*_ ") + "\n"
        else:
            lines[k] = ""
    return "\n".join(lines)


def _sheet_sentences(sheet: FieldSheet, raw: str, first: int, paragraph: int) -> list[Sentence]:
    """A sentence for each heading, scientific name and field of a sheet, after the prose. Each
    quotes the file from the item's heading to its own line, so that the quote shows whose the
    field is."""
    sentences: list[Sentence] = []
    hint = 0
    for number, item in enumerate(sheet.items):
        heading_at = locate(raw, item.heading.strip("#*_ "), hint)
        if heading_at is None:
            continue
        hint = heading_at[1]
        lines = [("item", item.heading.strip("#*_ ").strip())]
        if item.scientific:
            lines.append(("scientific", item.scientific))
        lines.extend(("field", f"{field.written_label}: {field.value}") for field in item.fields)
        for role, line in lines:
            at = locate(raw, line, hint) if role != "item" else heading_at
            if at is None:
                continue
            hint = max(hint, at[1])
            quote = raw[heading_at[0]:at[1]]
            sentences.append(Sentence(first + len(sentences), paragraph + number, line,
                                      quote if quote != line else "", label=role))
    return sentences


MAX_EXERCISE_SENTENCES = 4
# A task set to a student after the givens: "Calculate the resistance ...", "Explain your answer".
_TASK = re.compile(r"(?:Calculate|Work\s+out|Find|Determine|Estimate|Predict|Explain|Show\s+that|State|Give|Suggest)\s+"
                   r"(?:the|their|its|your|why|how|what|which|whether|two|three|a|an)\b")


def _exercise_premise(paragraph: str, bounds: list[tuple[int, int]]) -> int:
    """How many sentences at the start of a short paragraph set up an exercise: givens with
    numbers before a question or a task put to the student ("A 9 V battery drives a current of
    0.3 A through a lamp. Calculate the resistance of the lamp."). Their numbers are the
    exercise's, not facts of the text; 0 when the paragraph is not an exercise."""
    if not 2 <= len(bounds) <= MAX_EXERCISE_SENTENCES:
        return 0
    pieces = [paragraph[a:b].strip() for a, b in bounds]
    for k, piece in enumerate(pieces[1:], 1):
        if piece.endswith("?") or _TASK.match(piece):
            return k if all(re.search(r"\d", given) for given in pieces[:k]) else 0
    return 0


def _what_was_read(dropped: list[tuple[str, str]]) -> str:
    """Why no sentence was found, with what the document held instead: "... (of its 7 lines or
    paragraphs, 5 read as headings or labels and 2 as menus or lists of links; none is a full
    sentence ending with a full stop)"."""
    if not dropped:
        return _("found no sentences to write questions from (the text is empty once markup is removed; a "
                 "sentence ends with a full stop)")
    counts: dict[str, int] = {}
    for _text, reason in dropped:
        counts[reason] = counts.get(reason, 0) + 1
    parts = [_read_as(reason, n) for reason, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    listed = parts[0] if len(parts) == 1 else _("{items} and {last}").format(items=", ".join(parts[:-1]),
                                                                             last=parts[-1])
    total = len(dropped)
    return ngettext("found no sentences to write questions from (of its {total} line or paragraph, {listed}; none "
                    "is a full sentence ending with a full stop)",
                    "found no sentences to write questions from (of its {total} lines or paragraphs, {listed}; "
                    "none is a full sentence ending with a full stop)", total).format(total=total, listed=listed)


def _read_as(reason: str, n: int) -> str:
    """"5 read as headings or labels": how many lines were taken for one kind of non-prose."""
    forms = {
        "a heading or label": ngettext("{count} read as a heading or label", "{count} read as headings or labels", n),
        "a menu or list of links": ngettext("{count} read as a menu or list of links",
                                            "{count} read as menus or lists of links", n),
        "a caption": ngettext("{count} read as a caption", "{count} read as captions", n),
        "a link": ngettext("{count} read as a link", "{count} read as links", n),
        "a byline": ngettext("{count} read as a byline", "{count} read as bylines", n),
        "a date stamp": ngettext("{count} read as a date stamp", "{count} read as date stamps", n),
        "a photo credit": ngettext("{count} read as a photo credit", "{count} read as photo credits", n),
        "a promotion, share or site line": ngettext("{count} read as a promotion, share or site line",
                                                    "{count} read as promotions, share or site lines", n),
        "a cookie or legal notice": ngettext("{count} read as a cookie or legal notice",
                                             "{count} read as cookie or legal notices", n),
        "code or style rules": ngettext("{count} read as code or style rules", "{count} read as code or style rules",
                                        n),
        "a social media line": ngettext("{count} read as a social media line", "{count} read as social media lines",
                                        n),
        "navigation": ngettext("{count} read as navigation", "{count} read as navigation", n),
        "empty": ngettext("{count} read as empty", "{count} read as empty", n),
    }
    # Translators: {reason} is why a line was passed over ("a sentence of 1,200 characters ...")
    found = forms.get(reason) or ngettext("{count} read as {reason}", "{count} read as {reason}", n)
    return found.format(count=n, reason=reason)


def read_document(path: str | Path) -> Document:
    """Read and clean one document; `-` reads standard input. Raises GenerateError."""
    # At most one byte past the cap is read, whatever the file claims to hold: a device
    # (/dev/zero) or a pipe claims nothing and may never end.
    if str(path) == STDIN_NAME:
        return document_from_bytes(sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1), STDIN_NAME)
    file = Path(path)
    try:
        if file.is_dir():
            raise GenerateError(str(path), _("this is a folder; give the documents inside it"))
        with open(file, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise GenerateError(str(path), _("no such file")) from None
    except PermissionError:
        raise GenerateError(str(path), _("permission denied; the file cannot be read")) from None
    except OSError as error:
        raise GenerateError(str(path), _("cannot be read ({reason})").format(reason=error.strerror or error)) from None
    return document_from_bytes(data, str(path), file)
