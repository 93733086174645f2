"""Writing packs back as clean, stable YAML.

The output follows the key order of the format description, uses block style with indented
lists, keeps Unicode as it is, folds long lines and writes multi-line text as literal blocks,
so that packs read well and diff well in git. Dumping is deterministic: the same pack always
gives the same bytes, on every platform. The layout is the pure-Python emitter's; libyaml's
emitter (`yaml.CSafeDumper`, much faster) writes the questions whose text it lays out the same
way, and the pure-Python one the rest, so the bytes never depend on which is installed.
"""

from __future__ import annotations

import re
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


_CSafeDumper = getattr(yaml, "CSafeDumper", None)
if _CSafeDumper is not None:
    class _CPackDumper(_CSafeDumper):  # type: ignore[misc, valid-type]
        pass

    _CPackDumper.add_representer(str, _represent_str)
QUESTION_INDENT = 4   # a question's fields stand after "  - " in the pack
LONGEST_LISTED = 40   # a list item longer than this might be folded where the two emitters differ
_PLAIN_TEXT = re.compile(r"[ -~\u00a0-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd]*")  # printable, one line, no odd spaces


def _fast_safe(value: Any, listed: bool = False) -> bool:
    """Whether libyaml lays out this question exactly as the pure-Python emitter does: plain
    one-line text of printable characters, and short items in its lists."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _fast_safe(k) and _fast_safe(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_fast_safe(v, listed=True) for v in value)
    if isinstance(value, str):
        return (_PLAIN_TEXT.fullmatch(value) is not None and value == value.strip() and "  " not in value
                and (not listed or len(value) <= LONGEST_LISTED))
    return value is None or isinstance(value, (bool, int, float))


def _indent_lists(text: str) -> str:
    """libyaml writes a list under a key at the key's own indent; the packs' layout indents it
    by two more ("wrong:" then "  - Kazan"), and everything the list holds with it."""
    lines = text.split("\n")
    out: list[str] = []
    shifts: list[tuple[int, int]] = []  # (indent of a shifted list's "- " lines, spaces added inside it)
    for number, line in enumerate(lines):
        indent = len(line) - len(line.lstrip(" "))
        item = line.lstrip().startswith("- ")
        while shifts and line and (indent < shifts[-1][0] or (indent == shifts[-1][0] and not item)):
            shifts.pop()
        extra = shifts[-1][1] if shifts else 0
        out.append(" " * extra + line if line else line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if line.rstrip().endswith(":") and following.lstrip().startswith("- "):
            # "wrong:" then "- Kazan" at the same indent (or a list in a list item: deeper)
            shifts.append((len(following) - len(following.lstrip(" ")), extra + 2))
    return "\n".join(out)


def _question_block(question: dict[str, Any]) -> str:
    """One question as the lines it takes in the pack ("  - id: ..."), by libyaml when it lays
    it out the same, else by the pure-Python emitter."""
    if _CSafeDumper is not None and _fast_safe(question):
        text = yaml.dump(question, Dumper=_CPackDumper, sort_keys=False, allow_unicode=True,
                         default_flow_style=False, width=LINE_WIDTH - QUESTION_INDENT, indent=2)
        lines = _indent_lists(text.rstrip("\n")).split("\n")
        return "\n".join(["  - " + lines[0]] + [("    " + line) if line else line for line in lines[1:]])
    return dump_data({"questions": [question]}).rstrip("\n").split("\n", 1)[1]


def dump_pack(pack: Pack) -> str:
    """The pack as YAML text; a blank line separates the questions for readability."""
    return dump_pack_data(pack_to_data(pack))


def dump_pack_data(data: dict[str, Any]) -> str:
    """Pack data (valid or not: a draft) laid out like `dump_pack`, questions a blank line apart."""
    questions = data.get("questions")
    if _CSafeDumper is not None and isinstance(questions, list) and questions \
            and all(isinstance(q, dict) and q for q in questions):
        keys = list(data)
        before = {k: data[k] for k in keys[:keys.index("questions")]}
        after = {k: data[k] for k in keys[keys.index("questions") + 1:]}
        parts = [dump_data(before).rstrip("\n")] if before else []
        blocks = [_question_block(q) for q in questions]
        # A blank line before each question that starts with its id, as the slow layout has it.
        parts.append("questions:\n" + blocks[0] + "".join(("\n\n" if b.startswith("  - id:") else "\n") + b
                                                           for b in blocks[1:]))
        if after:
            parts.append(dump_data(after).rstrip("\n"))
        return "\n".join(parts) + "\n"
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
