"""Safe YAML reading with limits, keeping the node tree so that problems can be located.

libyaml (the C parser when present) turns the text into a stream of events; a small composer
of our own turns the events into nodes, and a builder turns the nodes into plain Python
values. The limits are enforced as the file is read, never after: the composer stops at the
first level too deep and at the first node past the count (so a file of millions of tiny
values is refused in a fraction of a second, in little memory), and the builder stops as soon
as alias expansion passes its own count (a "billion laughs" file is never built). The builder
also catches duplicate keys, which YAML loaders otherwise resolve silently, and whole numbers
too long to be numbers of a pack (more than 4,300 digits), which are kept as their text and
reported where they stand.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

import yaml

from game.i18n import _, pgettext
from game.i18n.formats import format_number
from game.located import DataPath, LocatedError, PathProblem, Problem
from game.textfile import DEFAULT_LIMITS, Limits
from game.yamlnodes import Mapping, Node, Scalar, Sequence, TooDeep, TooMany, compose, count_nodes, node_bound

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader  # type: ignore[misc]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_MERGE = "tag:yaml.org,2002:merge"
_PLAIN_CONSTRUCTORS = {
    _INT: "construct_yaml_int",
    "tag:yaml.org,2002:float": "construct_yaml_float",
    "tag:yaml.org,2002:bool": "construct_yaml_bool",
    "tag:yaml.org,2002:null": "construct_yaml_null",
}


def _tag_words(tag: str) -> str:
    """What a YAML tag says a value is, as messages name it."""
    return {_INT: pgettext("kind of value", "a whole number"),
            "tag:yaml.org,2002:float": pgettext("kind of value", "a number"),
            "tag:yaml.org,2002:bool": pgettext("kind of value", "true or false"),
            "tag:yaml.org,2002:null": pgettext("kind of value", "null")}[tag]


@dataclass
class Document:
    """Plain data read from a YAML file, with the nodes it came from.

    `duplicate_keys` and `value_problems` are problems found while building the data: the
    later of two equal keys wins, and a value that cannot be what it claims (a number too long
    to read, `!!int abc`) is kept as its text."""

    data: Any
    root: Node | None
    name: str
    duplicate_keys: list[Problem]
    value_problems: list[Problem] = field(default_factory=list)

    def problems_with(self, found: list[PathProblem]) -> list[Problem]:
        """Every problem: those found while reading, then `found` in the data, given their
        place in the file; a value that could not be read is reported once, not again as data."""
        unreadable = {(p.line, p.column) for p in self.value_problems}
        located = [problem for problem in map(self.problem, found) if (problem.line, problem.column) not in unreadable]
        return self.duplicate_keys + self.value_problems + located

    def locate(self, path: DataPath, at_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the value (or key) at `path`; nearest parent if gone."""
        node = self.root
        if node is None:
            return None, None
        where = node
        for step in path:
            child, key_node = _child(node, step)
            if child is None:
                break
            node = child
            where = key_node if (at_key and key_node is not None and step == path[-1]) else child
        return where.line + 1, where.column + 1

    def problem(self, found: PathProblem) -> Problem:
        line, column = self.locate(found.path, found.at_key)
        return Problem(self.name, found.message, line, column)


def _child(node: Node, step: str | int) -> tuple[Node | None, Node | None]:
    if isinstance(node, Mapping):
        found: tuple[Node | None, Node | None] = (None, None)
        for key_node, value_node in node.value:
            if isinstance(key_node, Scalar) and key_node.value == str(step):
                found = (value_node, key_node)  # the last one wins, as in the data
        return found
    if isinstance(node, Sequence) and isinstance(step, int) and 0 <= step < len(node.value):
        return node.value[step], None
    return None, None


def parse(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Compose and build one YAML document; raises LocatedError for anything unreadable."""
    if len(text) > limits.max_bytes:
        raise LocatedError([Problem(name, _("the text is larger than {megabytes} MB").format(
            megabytes=limits.max_bytes // (1024 * 1024)))])
    max_nodes = min(limits.max_read_nodes, limits.max_nodes)
    loader = None
    try:
        if node_bound(text) > max_nodes:
            # Perhaps too many nodes: counted first, so that a file to refuse is never composed.
            loader = _Loader(text)
            count_nodes(loader.get_event, limits.max_depth, max_nodes)
            loader.dispose()
        loader = _Loader(text)
        root = compose(loader.get_event, limits.max_depth, max_nodes)
    except TooDeep as exc:
        raise _too_deep(name, limits, exc.node) from None
    except TooMany as exc:
        raise LocatedError([Problem(
            name, _("the file holds more than {count} YAML nodes, far more than a pack; refusing to read it").format(
                count=format_number(max_nodes)),
            exc.node.line + 1, exc.node.column + 1,
        )]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # PyYAML's own words stay English: they quote the parser's view of the text.
        message = " ".join(part for part in (exc.context, exc.problem) if part) or _("not valid YAML")
        if "nesting depth" in message:
            message = _("the file is nested too deeply to be a pack")
        elif mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            message = _("{problem} (a tab: YAML indents with spaces only)").format(problem=message)
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise LocatedError([Problem(name, _("YAML syntax error: {problem}").format(problem=message), line,
                                    column)]) from None
    except yaml.YAMLError as exc:
        raise LocatedError([Problem(name, _("YAML error: {problem}").format(problem=exc))]) from None
    finally:
        if loader is not None:
            loader.dispose()
    builder = _Builder(name, limits, loader)
    data = builder.build(root) if root is not None else None
    return Document(data, root, name, builder.duplicates, builder.value_problems)


def _too_deep(name: str, limits: Limits, node: Node) -> LocatedError:
    return LocatedError([Problem(
        name, _("nested more than {depth} levels deep; a pack is never this deep").format(depth=limits.max_depth),
        node.line + 1, node.column + 1,
    )])


def _digit_count(text: str) -> int:
    """How many digits a YAML whole number is written with ("0x_ff" and "-1_000" alike)."""
    body = text.lstrip("+-").replace("_", "").replace(":", "")
    return len(body) - 2 if body[:2].lower() in ("0x", "0b", "0o") else len(body)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line + 1)
    if line < len(lines) and column < len(lines[line]):
        return lines[line][column]
    return ""


@functools.lru_cache(maxsize=4)
def _power_of_ten(digits: int) -> int:
    """10 ** digits, worked out once per limit rather than once per file (it takes a while)."""
    return 10 ** digits


class _Builder:
    def __init__(self, name: str, limits: Limits, loader: Any):
        self.name = name
        self.limits = limits
        self.resolve = loader.resolve
        self.nodes = 0
        self.memo: dict[int, tuple[Any, int]] = {}
        self.duplicates: list[Problem] = []
        self.value_problems: list[Problem] = []
        self.scalar_makers = {tag: getattr(loader, method) for tag, method in _PLAIN_CONSTRUCTORS.items()}
        self.too_big = _power_of_ten(limits.max_digits)
        # A plain scalar's tag depends on its text alone, and only texts starting with one of a
        # few characters can match an implicit pattern (a number, true, null, a date...): the
        # others are strings without trying any pattern, the rest are resolved once per text.
        resolvers = loader.yaml_implicit_resolvers
        self.pattern_starts = (None if None in resolvers or loader.yaml_path_resolvers
                               else frozenset(resolvers))
        self.plain_tags: dict[str, str] = {}

    def _too_big(self, node: Node) -> LocatedError:
        return LocatedError([Problem(
            self.name,
            _("the file expands to more than {count} YAML nodes (aliases repeating aliases?); refusing to "
              "load it").format(count=format_number(self.limits.max_nodes)),
            node.line + 1, node.column + 1,
        )])

    def _tag(self, node: Scalar) -> str:
        if node.tag is None:
            node.tag = self._resolve(node)
        return node.tag

    def _resolve(self, node: Scalar) -> str:
        text = node.value
        if self.pattern_starts is None:
            return self.resolve(yaml.ScalarNode, text, node.implicit)
        if text[:1] not in self.pattern_starts or not node.implicit[0]:   # no pattern can match, or quoted
            return _STR
        tag = self.plain_tags.get(text)
        if tag is None:
            tag = self.plain_tags[text] = self.resolve(yaml.ScalarNode, text, node.implicit)
        return tag

    def _scalar(self, node: Scalar) -> Any:
        tag = node.tag
        if tag is None:
            tag = node.tag = self._resolve(node)
        if tag == _STR:
            return node.value
        maker = self.scalar_makers.get(tag)
        if maker is None:
            # Dates, binary and custom tags are read as the text that was written.
            return node.value
        if tag == _INT and len(node.value) > self.limits.max_digits:
            digits = _digit_count(node.value)
            if digits > self.limits.max_digits:
                return self._unreadable(node, _(
                    "this number is written with {digits} digits; at most {limit} can be read (put it in quotes "
                    "if it is text)").format(digits=format_number(digits), limit=format_number(self.limits.max_digits)))
        try:
            value = maker(yaml.ScalarNode(tag, node.value))
        except (ValueError, KeyError, TypeError):
            shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
            return self._unreadable(node, _("'{value}' is tagged as {kind} but is not one").format(
                value=shown, kind=_tag_words(tag)))
        if tag == _INT and abs(value) >= self.too_big:
            return self._unreadable(node, _("this number has more than {limit} digits, more than can be read (put "
                                            "it in quotes if it is text)").format(
                limit=format_number(self.limits.max_digits)))
        return value

    def _unreadable(self, node: Scalar, message: str) -> str:
        """A value that cannot be what it claims is kept as its text, with a located problem."""
        self.value_problems.append(Problem(self.name, message, node.line + 1, node.column + 1))
        return node.value

    def build(self, node: Node, depth: int = 0) -> Any:
        if isinstance(node, Scalar):
            self.nodes += 1
            return self._scalar(node)
        remembered = self.memo.get(id(node))
        if remembered is not None:
            value, size = remembered
            self.nodes += size
            if self.nodes > self.limits.max_nodes:
                raise self._too_big(node)
            return value
        if depth >= self.limits.max_depth:
            raise _too_deep(self.name, self.limits, node)
        before = self.nodes
        self.nodes += 1
        # A scalar child is built here rather than by a call of build: most nodes are scalars.
        if isinstance(node, Sequence):
            value: Any = []
            for child in node.value:
                if child.__class__ is Scalar:
                    self.nodes += 1
                    value.append(self._scalar(child))  # type: ignore[arg-type]
                else:
                    value.append(self.build(child, depth + 1))
        elif isinstance(node, Mapping):
            value = {}
            for key_node, value_node in node.value:
                if key_node.__class__ is Scalar:
                    if self._tag(key_node) == _MERGE:  # type: ignore[arg-type]
                        self._merge(value, self.build(value_node, depth + 1))
                        continue
                    self.nodes += 1
                    key = self._scalar(key_node)  # type: ignore[arg-type]
                else:
                    key = self.build(key_node, depth + 1)
                if isinstance(key, (list, dict)):
                    self.duplicates.append(Problem(self.name, _("a key must be a plain word, not a list or mapping"),
                                                   key_node.line + 1, key_node.column + 1))
                    continue
                if key in value:
                    self.duplicates.append(Problem(self.name, _("duplicate key '{key}' (the later one would win)").format(
                                                       key=key),
                                                   key_node.line + 1, key_node.column + 1))
                if value_node.__class__ is Scalar:
                    self.nodes += 1
                    value[key] = self._scalar(value_node)  # type: ignore[arg-type]
                else:
                    value[key] = self.build(value_node, depth + 1)
        else:  # pragma: no cover - the composer makes only the three node kinds
            value = None
        if self.nodes > self.limits.max_nodes:
            raise self._too_big(node)
        self.memo[id(node)] = (value, self.nodes - before)
        return value

    @staticmethod
    def _merge(value: dict, merged: Any) -> None:
        """`<<: *base` (or a list of them): keys the mapping does not set come from the merged ones."""
        for part in merged if isinstance(merged, list) else [merged]:
            if isinstance(part, dict):
                for k, v in part.items():
                    value.setdefault(k, v)
