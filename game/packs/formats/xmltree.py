"""A small element tree read from untrusted XML through defusedxml, with line numbers.

Files from other tools are untrusted: entity expansion ("billion laughs") and external
entities must be refused, so the bare standard-library parsers are never used on input.
defusedxml's SAX reader refuses any DTD, entity declaration or external reference; the
handler below keeps the line of each element so that notes can say where things stand.
Limits are checked as the elements arrive, so a file of millions of tags (or one tag with
millions of attributes) is refused at the first one past the limit, not after being built.
"""

from __future__ import annotations

import re
from typing import Iterator
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

import defusedxml
import defusedxml.sax

from game.i18n import _
from game.i18n.formats import format_number
from game.packs.formats.common import FormatError, Location

MAX_DEPTH = 64
# Elements and attributes together; a Moodle question holds about 60, so 4,000 questions fit.
MAX_NODES = 250_000
# Pieces of text as the parser hands them over (every entity such as &amp; is one).
MAX_TEXT_PIECES = 1_000_000
# A start tag this long is a wall of attributes, never a question file's.
MAX_TAG_BYTES = 256 * 1024
_NAME_START = re.compile(rb"[A-Za-z_:]")


class Element:
    """One element: its tag, attributes, line, children and text (a slotted class: a file may
    hold hundreds of thousands)."""

    __slots__ = ("tag", "attrs", "line", "children", "text")

    def __init__(self, tag: str, attrs: dict[str, str], line: int, children: list["Element"] | None = None,
                 text: str = ""):
        self.tag = tag
        self.attrs = attrs
        self.line = line
        self.children: list[Element] = children if children is not None else []
        self.text = text

    def __repr__(self) -> str:
        return f"Element({self.tag!r}, line {self.line}, {len(self.children)} children)"

    def find(self, tag: str) -> "Element | None":
        for child in self.children:
            if child.tag == tag:
                return child
        return None

    def findall(self, tag: str) -> list["Element"]:
        return [child for child in self.children if child.tag == tag]

    def path(self, *tags: str) -> "Element | None":
        node: Element | None = self
        for tag in tags:
            node = node.find(tag) if node is not None else None
        return node

    def text_of(self, *tags: str) -> str:
        """The text of `<tags...>` below this element, or "" when any step is missing."""
        node = self.path(*tags)
        return node.text if node is not None else ""

    def iter(self) -> Iterator["Element"]:
        yield self
        for child in self.children:
            yield from child.iter()


class _TreeBuilder(ContentHandler):
    def __init__(self, file: str):
        super().__init__()
        self.file = file
        self.stack: list[Element] = []
        self.root: Element | None = None
        self.pieces: list[list[str]] = []
        self.nodes = 0
        self.text_pieces = 0

    def _line(self) -> int:
        return self._locator.getLineNumber() if self._locator else 0

    def startElement(self, name: str, attrs) -> None:  # noqa: N802 - SAX's names
        count = len(attrs)
        self.nodes += 1 + count
        if self.nodes > MAX_NODES:
            raise FormatError(Location(self.file, self._line()),
                              _("the XML holds more than {count} elements and attributes, far more than a question "
                                "file; refusing to read it").format(count=format_number(MAX_NODES)))
        if len(self.stack) >= MAX_DEPTH:
            raise FormatError(Location(self.file, self._line()),
                              _("the XML is nested more than {depth} levels deep").format(depth=MAX_DEPTH))
        element = Element(name, dict(attrs.items()) if count else {}, self._line())
        if self.stack:
            self.stack[-1].children.append(element)
        else:
            self.root = element
        self.stack.append(element)
        self.pieces.append([])

    def endElement(self, name: str) -> None:  # noqa: N802
        element = self.stack.pop()
        element.text = "".join(self.pieces.pop())

    def characters(self, content: str) -> None:
        if self.pieces:
            self.text_pieces += 1
            if self.text_pieces > MAX_TEXT_PIECES:
                raise FormatError(Location(self.file, self._line()),
                                  _("the XML holds more than {count} pieces of text, far more than a question file; "
                                    "refusing to read it").format(count=format_number(MAX_TEXT_PIECES)))
            self.pieces[-1].append(content)


def long_tag_start(data: bytes, longest: int = MAX_TAG_BYTES) -> int | None:
    """Where the first start tag runs on for more than `longest` bytes (a `<`, a name's first
    character, then `longest` bytes holding neither `<` nor `>`), or None.

    expat hands over a start tag only once it has read all of it, attributes built, so a wall
    of attributes must be found before parsing. The data is walked in blocks of `longest`
    bytes, carrying the last bracket seen: each block costs a few byte searches, so the walk
    takes time in proportion to the file whatever it holds (a pattern tried at every `<`
    spends most of a second on a file of tiny tags)."""
    last = -1          # where the last bracket seen is
    opening = False    # whether it is a `<` that starts a tag
    for start in range(0, len(data), longest):
        end = min(start + longest, len(data))
        if opening:
            first = [at for at in (data.find(b"<", start, end), data.find(b">", start, end)) if at >= 0]
            if (min(first) if first else end) - (last + 2) >= longest:
                return last
        closing = data.rfind(b">", start, end)
        tag = data.rfind(b"<", start, end)
        if tag > closing:
            last, opening = tag, bool(_NAME_START.match(data, tag + 1))
        elif closing >= 0:
            last, opening = closing, False
    if opening and len(data) - (last + 2) >= longest:
        return last
    return None


def parse_xml(data: bytes, file: str) -> Element:
    """The root element; FormatError for XML that is not well formed or that declares entities."""
    long_tag = long_tag_start(data)
    if long_tag is not None:
        raise FormatError(Location(file, data.count(b"\n", 0, long_tag) + 1),
                          _("an XML tag is longer than {size} KB; refusing to read it").format(
                              size=MAX_TAG_BYTES // 1024))
    builder = _TreeBuilder(file)
    try:
        defusedxml.sax.parseString(data, builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except SAXParseException as exc:
        # Translators: {error} is the XML reader's own words (in English)
        raise FormatError(Location(file, exc.getLineNumber()),
                          _("the XML is not well formed: {error} (column {column})").format(
                              error=exc.getMessage(), column=exc.getColumnNumber() + 1)) from None
    except LookupError as exc:
        raise FormatError(file, _("the XML declares an encoding that is not known ({error}); save the file as "
                                  "UTF-8").format(error=exc)) from None
    except (defusedxml.DTDForbidden, defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden) as exc:
        raise FormatError(file, _("the XML declares a DTD or entities, which question files never need; refused for "
                                  "safety ({error})").format(error=exc.__class__.__name__)) from None
    if builder.root is None:
        raise FormatError(file, _("the XML has no root element"))
    return builder.root
