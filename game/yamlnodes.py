"""The node tree of a YAML file, composed from libyaml's events with limits checked per event.

PyYAML's own composer builds every node of a file before anyone can count them: a 30 MB file
of 15 million tiny values costs a minute and gigabytes before it can be refused. This one
counts nodes and nesting as the events arrive and stops at the first one past a limit, so a
refusal costs only what was read up to it. Its nodes are small (a tag, a value and where
the node starts) because a located problem needs no more.

Plain scalars are composed without their tag: resolving a tag means matching the value
against YAML's implicit patterns, work left to whoever builds values from the nodes.
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
                raise ComposerError(None, None, f"found undefined alias {event.anchor!r}", event.start_mark)
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
        raise ComposerError(f"found duplicate anchor {anchor!r}; first occurrence", anchors[anchor][1],
                            "second occurrence", event.start_mark)
    anchors[anchor] = (node, event.start_mark)
