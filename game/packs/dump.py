"""Writing packs back as clean, stable YAML.

The output follows the key order of the format description, uses block style with indented
lists, keeps Unicode as it is, folds long lines and writes multi-line text as literal blocks,
so that packs read well and diff well in git. Dumping is deterministic: the same pack always
gives the same bytes, on every platform (the pure-Python emitter is used on purpose).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from game.atomic import write_atomic
from game.packs.model import Pack, Question

LINE_WIDTH = 88


class _PackDumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:  # noqa: D102
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_PackDumper.add_representer(str, _represent_str)


def question_to_data(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question.id, "type": question.type, "prompt": question.prompt}
    # The type's own fields, as declared: written when they say something (or always, if declared so).
    for rule in question.declared.own_fields:
        value = getattr(question, rule.key)
        if rule.always_written or value:
            data[rule.key] = list(value) if isinstance(value, list) else value
    if question.difficulty is not None:
        data["difficulty"] = question.difficulty
    if question.time_limit is not None:
        data["time_limit"] = question.time_limit
    if question.explanation is not None:
        data["explanation"] = question.explanation
    if question.image is not None:
        data["image"] = {"file": question.image.file, "alt": question.image.alt}
    if question.tags:
        data["tags"] = list(question.tags)
    if question.source is not None:
        source: dict[str, Any] = {}
        if question.source.doc is not None:
            source["doc"] = question.source.doc
        source["quote"] = question.source.quote
        data["source"] = source
    if question.meta is not None:
        data["meta"] = question.meta
    return data


def pack_to_data(pack: Pack) -> dict[str, Any]:
    """The pack as plain data in the format's key order."""
    data: dict[str, Any] = {"relayquiz": pack.relayquiz, "id": pack.id, "title": pack.title}
    if pack.description:
        data["description"] = pack.description
    data["language"] = pack.language
    if pack.author is not None:
        data["author"] = pack.author
    if pack.license is not None:
        data["license"] = pack.license
    if pack.tags:
        data["tags"] = list(pack.tags)
    data["defaults"] = {"time_limit": pack.defaults.time_limit, "points": pack.defaults.points}
    if pack.sources:
        sources = []
        for src in pack.sources:
            entry: dict[str, Any] = {"id": src.id, "title": src.title}
            if src.path is not None:
                entry["path"] = src.path
            if src.sha256 is not None:
                entry["sha256"] = src.sha256
            sources.append(entry)
        data["sources"] = sources
    data["questions"] = [question_to_data(q) for q in pack.questions]
    if pack.meta is not None:
        data["meta"] = pack.meta
    return data


def dump_data(data: Any) -> str:
    return yaml.dump(data, Dumper=_PackDumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=LINE_WIDTH, indent=2)


def dump_pack(pack: Pack) -> str:
    """The pack as YAML text; a blank line separates the questions for readability."""
    return dump_pack_data(pack_to_data(pack))


def dump_pack_data(data: dict[str, Any]) -> str:
    """Pack data (valid or not: a draft) laid out like `dump_pack`, questions a blank line apart."""
    text = dump_data(data)
    lines = text.split("\n")
    out: list[str] = []
    in_questions = False
    for line in lines:
        if line.startswith("questions:"):
            in_questions = True
        elif line and not line.startswith(" "):
            in_questions = False
        if in_questions and line.startswith("  - id:") and out and not out[-1].startswith("questions:"):
            out.append("")
        out.append(line)
    return "\n".join(out)


def write_text_atomically(path: Path, text: str, backup: bool = False) -> None:
    """Write `text` (UTF-8, LF line ends) so that a crash leaves either the old file or the new
    one; with `backup`, the previous version is kept beside it as `NAME~`."""
    write_atomic(Path(path), text.encode("utf-8"), backup=backup)


def write_pack(pack: Pack, path: Path, backup: bool = False) -> None:
    write_text_atomically(Path(path), dump_pack(pack), backup=backup)
