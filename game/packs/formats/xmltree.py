"""A small element tree read from untrusted XML through defusedxml, with line numbers.

Files from other tools are untrusted: entity expansion ("billion laughs") and external
entities must be refused, so the bare standard-library parsers are never used on input.
defusedxml's SAX reader refuses any DTD, entity declaration or external reference; the
handler below keeps the line of each element so that notes can say where things stand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

import defusedxml
import defusedxml.sax

from game.packs.formats.common import FormatError, Location

MAX_DEPTH = 64


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list["Element"] = field(default_factory=list)
    text: str = ""

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

    def startElement(self, name: str, attrs) -> None:  # noqa: N802 - SAX's names
        line = self._locator.getLineNumber() if self._locator else 0
        if len(self.stack) >= MAX_DEPTH:
            raise FormatError(Location(self.file, line), f"the XML is nested more than {MAX_DEPTH} levels deep")
        element = Element(name, dict(attrs.items()), line)
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
            self.pieces[-1].append(content)


def parse_xml(data: bytes, file: str) -> Element:
    """The root element; FormatError for XML that is not well formed or that declares entities."""
    builder = _TreeBuilder(file)
    try:
        defusedxml.sax.parseString(data, builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except SAXParseException as exc:
        raise FormatError(Location(file, exc.getLineNumber()),
                          f"the XML is not well formed: {exc.getMessage()} (column {exc.getColumnNumber() + 1})"
                          ) from None
    except LookupError as exc:
        raise FormatError(file, f"the XML declares an encoding that is not known ({exc}); save the file as UTF-8"
                          ) from None
    except (defusedxml.DTDForbidden, defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden) as exc:
        raise FormatError(file, "the XML declares a DTD or entities, which question files never need; "
                                f"refused for safety ({exc.__class__.__name__})") from None
    if builder.root is None:
        raise FormatError(file, "the XML has no root element")
    return builder.root
