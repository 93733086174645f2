"""The node tree of a YAML file, composed from libyaml's events with limits checked per event.

PyYAML's own composer builds every node of a file before anyone can count them: a 30 MB file
of 15 million tiny values costs a minute and gigabytes before it can be refused. This one
counts nodes and nesting as the events arrive and stops at the first one past a limit, so a
refusal costs only what was read up to it. Its nodes are small (a tag, a value and where
the node starts) because a located problem needs no more.

Plain scalars are composed without their tag: resolving a tag means matching the value
against YAML's implicit patterns, work left to whoever builds values from the nodes.

Composing a node costs more than counting it, and a file that is only going to be refused
need not be composed. `node_bound` gives, from the characters alone, a number of nodes a file
cannot exceed; when that is within the limit (every ordinary pack), the file is composed at
once. Otherwise `count_nodes` first walks the events without building anything and refuses
the file at exactly the node, and with exactly the error, that composing it would have met;
a file it lets through is then composed (which counts again, so the limits never rest on the
bound alone).
"""

from __future__ import annotations

from typing import Any, Callable

from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent, DocumentEndEvent, DocumentStartEvent, MappingEndEvent, MappingStartEvent, ScalarEvent,
    SequenceEndEvent, SequenceStartEvent, StreamEndEvent, StreamStartEvent,
)

SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"


class Node:
    """Where a node starts (0-based line and column, as libyaml counts) and its tag."""

    __slots__ = ("tag", "line", "column")

    def __init__(self, tag: str | None, line: int, column: int):
        self.tag = tag
        self.line = line
        self.column = column


class Scalar(Node):
    """A scalar's text; `tag` is None until resolved (plain scalars are resolved by pattern)."""

    __slots__ = ("value", "_implicit")

    def __init__(self, tag: str | None, value: str, implicit: tuple[bool, bool], line: int, column: int):
        self.tag = tag  # set here rather than by Node's __init__: a file can hold 500,000 of these
        self.line = line
        self.column = column
        self.value = value
        self._implicit = implicit[0] * 2 + implicit[1]  # a small int, where a tuple would cost 56 bytes

    @property
    def implicit(self) -> tuple[bool, bool]:
        """(plain, quoted): whether the tag may be resolved from a plain or a quoted scalar's text."""
        return bool(self._implicit & 2), bool(self._implicit & 1)


class Sequence(Node):
    __slots__ = ("value",)

    def __init__(self, tag: str, line: int, column: int):
        super().__init__(tag, line, column)
        self.value: list[Node] = []


class Mapping(Node):
    __slots__ = ("value",)

    def __init__(self, tag: str, line: int, column: int):
        super().__init__(tag, line, column)
        self.value: list[tuple[Node, Node]] = []


class TooDeep(Exception):
    """Nesting went past the limit; `node` is the first collection too deep."""

    def __init__(self, node: Node):
        super().__init__("too deep")
        self.node = node


class TooMany(Exception):
    """The file holds more nodes than the limit; `node` is the first one past it."""

    def __init__(self, node: Node):
        super().__init__("too many nodes")
        self.node = node


def compose(get_event: Callable[[], Any], max_depth: int, max_nodes: int) -> Node | None:
    """The root node of the single document that `get_event` yields, or None for no document.

    Raises TooDeep or TooMany at the first node past a limit, and yaml's ComposerError for an
    undefined alias, an anchor defined twice or a second document (as PyYAML's composer does).
    """
    event = get_event()
    if isinstance(event, StreamStartEvent):
        event = get_event()
    if isinstance(event, StreamEndEvent):
        return None
    if not isinstance(event, DocumentStartEvent):  # pragma: no cover - libyaml always starts a document
        raise ComposerError(None, None, "expected the start of a document", event.start_mark)
    document_mark = event.start_mark
    anchors: dict[str, tuple[Node, Any]] = {}
    # Each open collection, with the flat list of what it holds so far (keys and values
    # alternate in a mapping's list).
    open_nodes: list[tuple[Node, list[Node]]] = []
    current: list[Node] | None = None     # what the innermost open collection holds so far
    root: Node | None = None
    count = 0
    while True:
        event = get_event()
        kind = event.__class__
        if kind is ScalarEvent:
            mark = event.start_mark
            tag = event.tag
            node: Node = Scalar(None if tag is None or tag == "!" else tag, event.value, event.implicit,
                                mark.line, mark.column)
        elif kind is SequenceStartEvent or kind is MappingStartEvent:
            mark = event.start_mark
            tag = event.tag
            if kind is SequenceStartEvent:
                node = Sequence(SEQ_TAG if tag is None or tag == "!" else tag, mark.line, mark.column)
            else:
                node = Mapping(MAP_TAG if tag is None or tag == "!" else tag, mark.line, mark.column)
            count += 1
            if count > max_nodes:
                raise TooMany(node)
            if len(open_nodes) >= max_depth:
                raise TooDeep(node)
            if event.anchor is not None:
                _remember(anchors, event, node)
            current = []
            open_nodes.append((node, current))
            continue
        elif kind is SequenceEndEvent or kind is MappingEndEvent:
            node, items = open_nodes.pop()
            if kind is MappingEndEvent:
                node.value = list(zip(items[0::2], items[1::2]))  # type: ignore[attr-defined]
            else:
                node.value = items  # type: ignore[attr-defined]
            if open_nodes:
                current = open_nodes[-1][1]
                current.append(node)
            else:
                current = None
                root = node
            continue
        elif kind is AliasEvent:
            found = anchors.get(event.anchor)
            if found is None:
                raise _undefined_alias(event)
            node = found[0]
            if current is not None:
                current.append(node)
            else:
                root = node
            continue
        elif kind is DocumentEndEvent:
            break
        else:  # pragma: no cover - libyaml yields only the events above inside a document
            raise ComposerError(None, None, f"unexpected {kind.__name__}", event.start_mark)
        count += 1
        if count > max_nodes:
            raise TooMany(node)
        if event.anchor is not None:
            _remember(anchors, event, node)
        if current is not None:
            current.append(node)
        else:
            root = node
    event = get_event()
    if not isinstance(event, StreamEndEvent):
        raise ComposerError("expected a single document in the stream", document_mark,
                            "but found another document", event.start_mark)
    return root


def _remember(anchors: dict[str, tuple[Node, Any]], event: Any, node: Node) -> None:
    anchor = event.anchor
    if anchor is None:
        return
    if anchor in anchors:
        raise _duplicate_anchor(anchor, anchors[anchor][1], event)
    anchors[anchor] = (node, event.start_mark)


def _duplicate_anchor(anchor: str, first_mark: Any, event: Any) -> ComposerError:
    return ComposerError(f"found duplicate anchor {anchor!r}; first occurrence", first_mark,
                         "second occurrence", event.start_mark)


def _undefined_alias(event: Any) -> ComposerError:
    return ComposerError(None, None, f"found undefined alias {event.anchor!r}", event.start_mark)


# What can make a node with no character of its own: `?` and `:` can each stand for a mapping,
# its empty key and its empty value.
NODES_PER_CHARACTER = 3


def node_bound(text: str) -> int:
    """A number of nodes that the first document of `text` cannot exceed, found without parsing.

    Every node libyaml reports starts at a character of its own or stands for one that is
    missing (an empty key or value, the mapping that a lone `? ` or `: ` opens), and no
    character that is not blank stands for more than three: so three times the characters
    that are not blank. Blank here means a space or a line feed; every other character
    (a tab, a carriage return) counts, which only makes the bound larger.
    """
    return NODES_PER_CHARACTER * (len(text) - text.count(" ") - text.count("\n"))


def count_nodes(get_event: Callable[[], Any], max_depth: int, max_nodes: int) -> int:
    """Walk the first document that `get_event` yields without composing it, and raise what
    `compose` would raise on the same events before that document ends: TooMany or TooDeep at
    the same node, ComposerError for an undefined alias or an anchor defined twice, and any
    error of the parser. Returns the number of nodes when the document ends (or 0 when there
    is none); what follows the document is left for `compose` to judge.
    """
    count = 0
    depth = 0
    anchors: dict[str, Any] = {}
    while True:
        event = get_event()
        kind = event.__class__
        if kind is ScalarEvent:
            count += 1
            if count > max_nodes:
                raise TooMany(_node_at(event))
        elif kind is SequenceStartEvent or kind is MappingStartEvent:
            count += 1
            if count > max_nodes:
                raise TooMany(_node_at(event))
            if depth >= max_depth:
                raise TooDeep(_node_at(event))
            depth += 1
        elif kind is SequenceEndEvent or kind is MappingEndEvent:
            depth -= 1
            continue
        elif kind is AliasEvent:
            if event.anchor not in anchors:
                raise _undefined_alias(event)
            continue
        elif kind is DocumentEndEvent or kind is StreamEndEvent:
            return count
        else:                              # the stream's and the document's start
            continue
        anchor = event.anchor
        if anchor is not None:
            if anchor in anchors:
                raise _duplicate_anchor(anchor, anchors[anchor], event)
            anchors[anchor] = event.start_mark


def _node_at(event: Any) -> Node:
    """The node `compose` would have made of `event`, as far as a refusal names it."""
    mark = event.start_mark
    tag = None if event.tag == "!" else event.tag
    if event.__class__ is SequenceStartEvent:
        return Sequence(tag or SEQ_TAG, mark.line, mark.column)
    if event.__class__ is MappingStartEvent:
        return Mapping(tag or MAP_TAG, mark.line, mark.column)
    return Scalar(tag, event.value, event.implicit, mark.line, mark.column)
