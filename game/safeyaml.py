"""Safe YAML reading with limits, keeping the node tree so that problems can be located.

The file is composed into nodes by libyaml (the C parser when present), then turned into
plain Python values by a small builder of our own. The builder is where the limits are
enforced: nesting depth, and the number of nodes after alias expansion (a "billion laughs"
file is refused as soon as its expansion passes the limit, without building it). It also
catches duplicate keys, which YAML loaders otherwise resolve silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.located import DataPath, LocatedError, PathProblem, Problem
from game.textfile import DEFAULT_LIMITS, Limits

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader  # type: ignore[misc]

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"
_PLAIN_CONSTRUCTORS = {
    "tag:yaml.org,2002:int": "construct_yaml_int",
    "tag:yaml.org,2002:float": "construct_yaml_float",
    "tag:yaml.org,2002:bool": "construct_yaml_bool",
    "tag:yaml.org,2002:null": "construct_yaml_null",
}


@dataclass
class Document:
    """Plain data read from a YAML file, with the nodes it came from."""

    data: Any
    root: Node | None
    name: str
    duplicate_keys: list[Problem]

    def locate(self, path: DataPath, at_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the value (or key) at `path`; nearest parent if gone."""
        node = self.root
        if node is None:
            return None, None
        mark = node.start_mark
        for step in path:
            child, key_node = _child(node, step)
            if child is None:
                break
            node = child
            mark = key_node.start_mark if (at_key and key_node is not None and step == path[-1]) else child.start_mark
        return mark.line + 1, mark.column + 1

    def problem(self, found: PathProblem) -> Problem:
        line, column = self.locate(found.path, found.at_key)
        return Problem(self.name, found.message, line, column)


def _child(node: Node, step: str | int) -> tuple[Node | None, Node | None]:
    if isinstance(node, MappingNode):
        found: tuple[Node | None, Node | None] = (None, None)
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == str(step):
                found = (value_node, key_node)  # the last one wins, as in the data
        return found
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return node.value[step], None
    return None, None


def parse(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Compose and build one YAML document; raises LocatedError for anything unreadable."""
    if len(text) > limits.max_bytes:
        raise LocatedError([Problem(name, f"the text is larger than {limits.max_bytes // (1024 * 1024)} MB")])
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(part for part in (exc.context, exc.problem) if part) or "not valid YAML"
        if "nesting depth" in message:
            message = "the file is nested too deeply to be a pack"
        elif mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            message += " (a tab: YAML indents with spaces only)"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise LocatedError([Problem(name, f"YAML syntax error: {message}", line, column)]) from None
    except yaml.YAMLError as exc:
        raise LocatedError([Problem(name, f"YAML error: {exc}")]) from None
    finally:
        loader.dispose()
    builder = _Builder(name, limits, loader)
    data = builder.build(root) if root is not None else None
    return Document(data, root, name, builder.duplicates)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line + 1)
    if line < len(lines) and column < len(lines[line]):
        return lines[line][column]
    return ""


class _Builder:
    def __init__(self, name: str, limits: Limits, loader: Any):
        self.name = name
        self.limits = limits
        self.loader = loader
        self.nodes = 0
        self.memo: dict[int, tuple[Any, int]] = {}
        self.duplicates: list[Problem] = []
        self.scalar_makers = {tag: getattr(loader, method) for tag, method in _PLAIN_CONSTRUCTORS.items()}

    def _too_big(self, node: Node) -> LocatedError:
        mark = node.start_mark
        return LocatedError([Problem(
            self.name,
            f"the file expands to more than {self.limits.max_nodes:,} YAML nodes "
            "(aliases repeating aliases?); refusing to load it",
            mark.line + 1, mark.column + 1,
        )])

    def build(self, node: Node, depth: int = 0) -> Any:
        if isinstance(node, ScalarNode):
            self.nodes += 1
            tag = node.tag
            if tag == _STR:
                return node.value
            maker = self.scalar_makers.get(tag)
            if maker is not None:
                return maker(node)
            # Dates, binary and custom tags are read as the text that was written.
            return node.value
        remembered = self.memo.get(id(node))
        if remembered is not None:
            value, size = remembered
            self.nodes += size
            if self.nodes > self.limits.max_nodes:
                raise self._too_big(node)
            return value
        if depth >= self.limits.max_depth:
            mark = node.start_mark
            raise LocatedError([Problem(
                self.name, f"nested more than {self.limits.max_depth} levels deep; a pack is never this deep",
                mark.line + 1, mark.column + 1,
            )])
        before = self.nodes
        self.nodes += 1
        if isinstance(node, SequenceNode):
            value: Any = [self.build(child, depth + 1) for child in node.value]
        elif isinstance(node, MappingNode):
            value = {}
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE:
                    merged = self.build(value_node, depth + 1)
                    for part in merged if isinstance(merged, list) else [merged]:
                        if isinstance(part, dict):
                            for k, v in part.items():
                                value.setdefault(k, v)
                    continue
                key = self.build(key_node, depth + 1)
                if isinstance(key, (list, dict)):
                    mark = key_node.start_mark
                    self.duplicates.append(Problem(self.name, "a key must be a plain word, not a list or mapping",
                                                   mark.line + 1, mark.column + 1))
                    continue
                if key in value:
                    mark = key_node.start_mark
                    self.duplicates.append(Problem(self.name, f"duplicate key '{key}' (the later one would win)",
                                                   mark.line + 1, mark.column + 1))
                value[key] = self.build(value_node, depth + 1)
        else:  # pragma: no cover - libyaml only makes the three node kinds
            value = None
        if self.nodes > self.limits.max_nodes:
            raise self._too_big(node)
        self.memo[id(node)] = (value, self.nodes - before)
        return value
