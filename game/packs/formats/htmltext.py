"""Reducing the HTML and Markdown that other tools store to the plain text a pack holds.

Moodle, GIFT and Quizizz keep question text as HTML fragments; the game shows plain text.
Paragraphs and `<br>` become new lines; a line break in the HTML source is a space, as a
browser shows it (except inside `<pre>`); entities are decoded, scripts and styles vanish,
and the pictures, links and media the fragment referred to are collected so that an
importer can save, report or skip them instead of losing them without a word. Moodle's own
"auto-format" is the exception: Moodle turns its line breaks into `<br>`, so they stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section",
    "table", "tbody", "td", "th", "thead", "tr", "ul",
})
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template"})
_MEDIA_TAGS = frozenset({"audio", "video", "source", "embed", "object", "iframe"})
_LOOKS_LIKE_HTML = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^<>]*|/[a-zA-Z][a-zA-Z0-9]*\s*)>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
# What HTML counts as white space between words: a run of it shows as one space.
_HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass(frozen=True)
class Picture:
    """An <img> met in a fragment: where it points and what it shows."""

    src: str
    alt: str


@dataclass
class Reduced:
    """Plain text of a fragment, with the pictures and other media it referred to."""

    text: str
    pictures: list[Picture] = field(default_factory=list)
    media: list[str] = field(default_factory=list)  # links to sound, video or embedded players


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.preformatted = 0
        self.pictures: list[Picture] = []
        self.media: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag == "pre":
            self.preformatted += 1
        if tag == "br" or tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "img":
            self.pictures.append(Picture(values.get("src", ""), " ".join(values.get("alt", "").split())))
        elif tag in _MEDIA_TAGS and values.get("src"):
            self.media.append(values["src"])
        elif tag == "a" and _is_media_link(values.get("href", "")):
            self.media.append(values["href"])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN_TAGS:
            self.hidden -= 1
        elif tag == "pre":
            self.preformatted -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data if self.preformatted else _HTML_WHITESPACE.sub(" ", data))


def _is_media_link(href: str) -> bool:
    return bool(re.search(r"\.(?:mp3|wav|ogg|oga|m4a|mp4|webm|mov|avi)(?:[?#].*)?$", href, re.IGNORECASE))


def tidy(text: str) -> str:
    """Spaces collapsed within each line, blank lines and edge spaces removed."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    """The text on a single line: what an option or a spreadsheet cell can show."""
    return " ".join(tidy(text).split("\n"))


def html_to_text(fragment: str) -> Reduced:
    """Plain text of an HTML fragment; pictures and media links are collected, not kept inline.

    Only tags break lines: a line break in the source is white space, read as one space.
    """
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    return Reduced(tidy("".join(collector.parts)), collector.pictures, collector.media)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text))


_MARKDOWN_STRONG = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_])")
_MARKDOWN_CODE = re.compile(r"`([^`\n]+)`")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """Plain text of light Markdown: bold, code spans and heading marks go; the words stay.

    Single `*` and `_` are left alone on purpose: blanks such as `_____` must survive.
    """
    text = _MARKDOWN_STRONG.sub(r"\2", text)
    text = _MARKDOWN_CODE.sub(r"\1", text)
    text = _MARKDOWN_HEADING.sub("", text)
    return tidy(text)


def moodle_line_breaks(text: str) -> str:
    """HTML of Moodle auto-format text, as Moodle makes it: its line breaks become `<br>`.

    Moodle first drops white space between two tags and turns a line break touching a tag
    into a space; only the line breaks left after that are kept as breaks.
    """
    text = re.sub(r">\s+<", "><", text)
    text = re.sub(r"[\n\r]<", " <", text)
    text = re.sub(r">[\n\r]", "> ", text)
    return re.sub(r"\r\n|\n|\r", "<br>\n", text)


def reduce_text(text: str, text_format: str) -> Reduced:
    """Plain text of `text` written in one of Moodle's formats: html, moodle, plain, markdown.

    Moodle's own "auto-format" allows HTML, so it is read as HTML only when it holds tags or
    entities; otherwise a `<` in "x < 2" would be taken for the start of a tag.
    """
    if text_format == "html":
        return html_to_text(text)
    if text_format == "moodle" and looks_like_html(text):
        return html_to_text(moodle_line_breaks(text))
    if text_format == "markdown":
        return Reduced(markdown_to_text(text))
    return Reduced(tidy(text))
