"""The rules of pack format v1, applied to plain data read from YAML.

`check_pack_data` turns a mapping into a `Pack` and reports every problem it finds, each
with the data path of the offending key or value; the loader turns those paths into lines
and columns. It is made of three parts the pack editor also calls on their own:
`check_header` (everything but the questions), `check_question` (one question, its paths
relative to it) and `check_across` (what depends on several questions: repeated ids).
What each question type's fields hold, and their limits, is read from `questiontypes.py`.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from pathlib import Path
from typing import Any

from dataclasses import dataclass, field

from game.i18n import _, ngettext, pgettext
from game.packs import images
from game.packs.model import (
    DIFFICULTIES,
    FORMAT_VERSION,
    QUESTION_CLASSES,
    QUESTION_TYPES,
    TIME_LIMIT_RANGE,
    Citation,
    Defaults,
    Image,
    Pack,
    Question,
    Source,
)
from game.packs.problems import DataPath, PathProblem
from game.packs.questiontypes import ALL_QUESTION_KEYS as ALL_QUESTION_KEYS
from game.packs.questiontypes import MAX_ID_LENGTH as MAX_ID_LENGTH
from game.packs.questiontypes import MAX_OPTION_LENGTH as MAX_OPTION_LENGTH
from game.packs.questiontypes import MAX_PROMPT_LENGTH as MAX_PROMPT_LENGTH
from game.packs.questiontypes import QUESTION_TYPES as TYPE_DECLARATIONS
from game.packs.questiontypes import FieldRule, schema_order, types_with, types_with_text

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_POINTS = 10_000
MAX_NUMBER_DIGITS = 300  # a number answer is played as a float, which holds no more
_WHOLE = re.compile(r"[+-]?[0-9]+")
MAX_TITLE_LENGTH = 200
MAX_DESCRIPTION_LENGTH = 5000

PACK_KEYS = ("relayquiz", "id", "title", "description", "language", "author", "license", "tags",
             "defaults", "sources", "questions", "meta")
PACK_REQUIRED = ("relayquiz", "id", "title", "questions")
DEFAULTS_KEYS = ("time_limit", "points")
SOURCE_KEYS = ("id", "title", "path", "sha256")
IMAGE_KEYS = ("file", "alt")
CITATION_KEYS = ("doc", "quote")
QUESTION_KEYS: dict[str, tuple[str, ...]] = {qtype: schema_order(qtype) for qtype in QUESTION_TYPES}
# Keys only some types have, and which: "'tolerance' belongs to number questions".
_TYPE_OF_KEY = {key: types_with_text(key) for key in ALL_QUESTION_KEYS if types_with(key)
                and len(types_with(key)) < len(QUESTION_TYPES)}


def option_key(value: Any) -> str:
    """How options are compared for sameness: case, spacing and accents aside."""
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def closest(word: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """The choice `word` was most likely meant to be, if one is close enough."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def with_suggestion(problem: str, word: str, choices: tuple[str, ...] | list[str]) -> str:
    """`problem`, followed by the choice `word` was most likely meant to be, if there is one."""
    close = closest(word, choices)
    if close is None:
        return problem
    # Translators: {problem} is a whole message about a misspelt name; {suggestion} the likely one
    return _("{problem}; did you mean '{suggestion}'?").format(problem=problem, suggestion=close)


def one_of(names: tuple[str, ...] | list[str]) -> str:
    """'choice, number or text': names (not translated) joined for a message."""
    if len(names) == 1:
        return names[0]
    # Translators: the end of a list of choices: "choice, number or text"
    return _("{items} or {last}").format(items=", ".join(names[:-1]), last=names[-1])


def _type_name(value: Any) -> str:
    """What kind of value a YAML value is, as messages name it ("a number")."""
    # Translators: these name what a YAML value holds, in "'title' must be text, not {kind}"
    if value is None:
        return pgettext("kind of value", "nothing")
    if isinstance(value, bool):
        return pgettext("kind of value", "true/false")
    if isinstance(value, (int, float)):
        return pgettext("kind of value", "a number")
    if isinstance(value, str):
        return pgettext("kind of value", "text")
    if isinstance(value, list):
        return pgettext("kind of value", "a list")
    if isinstance(value, dict):
        return pgettext("kind of value", "a mapping")
    return type(value).__name__


class _Checker:
    """Collects problems while building model objects from data."""

    def __init__(self, base_dir: Path | None):
        self.problems: list[PathProblem] = []
        self.base_dir = base_dir

    def add(self, path: DataPath, message: str, at_key: bool = False) -> None:
        self.problems.append(PathProblem(path, message, at_key))

    def mapping(self, value: Any, path: DataPath, what: str, allowed: tuple[str, ...],
                required: tuple[str, ...] = (), context: str = "") -> dict | None:
        if not isinstance(value, dict):
            self.add(path, _("{what} must be a mapping of keys and values, not {kind}").format(
                what=what, kind=_type_name(value)))
            return None
        for key in value:
            if key not in allowed:
                if isinstance(key, str):
                    message = _("unknown key '{key}' in {what}").format(key=key, what=what)
                    close = closest(key, allowed)
                    other = None if close or not context else closest(key, list(_TYPE_OF_KEY))
                    if close:
                        message = with_suggestion(message, key, allowed)
                    elif other:
                        # Translators: {types} are question types ("choice, number or text"), {qtype} one
                        message = _("unknown key '{key}' in {what}; '{other}' belongs to {types} questions, "
                                    "not {qtype} questions").format(key=key, what=what, other=other,
                                                                    types=one_of(types_with(other)), qtype=context)
                    self.add(path + (key,), message, at_key=True)
                else:
                    self.add(path, _("unknown key {key} in {what}").format(key=repr(key), what=what))
        for key in required:
            if key not in value:
                self.add(path, _("{what} is missing the required key '{key}'").format(what=what, key=key))
            elif value[key] is None:
                self.add(path + (key,), _("'{key}' has no value; it is required in {what}").format(key=key, what=what))
        return value

    def text(self, data: dict, key: str, path: DataPath, *, required: bool = False,
             max_length: int | None = None, allow_empty: bool = False, numbers_ok: bool = False) -> str | None:
        if key not in data:
            return None
        value = data[key]
        where = path + (key,)
        if value is None and not required:
            return None
        if numbers_ok and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, bool):
            self.add(where, _("'{key}' must be text, not true/false (YAML reads yes/no/true/false/on/off as "
                              "true/false: put the text in quotes)").format(key=key))
            return None
        if not isinstance(value, str):
            self.add(where, _("'{key}' must be text, not {kind}").format(key=key, kind=_type_name(value)))
            return None
        if not allow_empty and not value.strip():
            self.add(where, _("'{key}' must not be empty").format(key=key))
            return None
        if max_length is not None and len(value) > max_length:
            self.add(where, ngettext("'{key}' is {length} character long; at most {limit} are allowed",
                                     "'{key}' is {length} characters long; at most {limit} are allowed",
                                     len(value)).format(key=key, length=len(value), limit=max_length))
        return value

    def slug(self, data: dict, key: str, path: DataPath, what: str) -> str | None:
        value = self.text(data, key, path, numbers_ok=True)
        if value is None:
            return None
        if len(value) > MAX_ID_LENGTH:
            self.add(path + (key,), ngettext("{what} is longer than {limit} character",
                                             "{what} is longer than {limit} characters",
                                             MAX_ID_LENGTH).format(what=what, limit=MAX_ID_LENGTH))
        elif not SLUG.match(value):
            fixed = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
            if fixed:
                message = _("{what} '{value}' must use only a-z, 0-9 and single hyphens; for example "
                            "'{fixed}'").format(what=what, value=value, fixed=fixed)
            else:
                message = _("{what} '{value}' must use only a-z, 0-9 and single hyphens").format(what=what,
                                                                                                value=value)
            self.add(path + (key,), message)
        return value

    def integer(self, data: dict, key: str, path: DataPath, low: int, high: int) -> int | None:
        if key not in data or data[key] is None:
            return None
        value = data[key]
        where = path + (key,)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(where, _("'{key}' must be a whole number, not {kind}").format(key=key, kind=_type_name(value)))
            return None
        if isinstance(value, float):
            if not value.is_integer():
                self.add(where, _("'{key}' must be a whole number, not {kind}").format(key=key, kind=value))
                return None
            value = int(value)
        if not low <= value <= high:
            self.add(where, _("'{key}' is {value}; it must be between {low} and {high}").format(
                key=key, value=value, low=low, high=high))
            return None
        return value

    def number(self, data: dict, key: str, path: DataPath, what: str) -> int | float | None:
        value = data.get(key)
        where = path + (key,)
        if isinstance(value, str):
            cleaned = value.strip().replace(",", "").replace("_", "")
            if _WHOLE.fullmatch(cleaned) and len(cleaned.lstrip("+-")) > MAX_NUMBER_DIGITS:
                self.too_many_digits(where, what, len(cleaned.lstrip("+-")))
                return None
            try:
                value = int(cleaned)
            except ValueError:
                try:
                    value = float(cleaned)
                except ValueError:
                    self.add(where, _("{what} must be a number, not the text '{text}'").format(what=what, text=data[key]))
                    return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(where, _("{what} must be a number, not {kind}").format(what=what, kind=_type_name(value)))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.add(where, _("{what} must be a finite number").format(what=what))
            return None
        if isinstance(value, int) and abs(value) >= 10 ** MAX_NUMBER_DIGITS:
            self.too_many_digits(where, what, len(str(abs(value))))
            return None
        return value

    def too_many_digits(self, where: DataPath, what: str, digits: int) -> None:
        from game.i18n.formats import format_number

        self.add(where, ngettext("{what} has {digits} digit; at most {limit} are allowed",
                                 "{what} has {digits} digits; at most {limit} are allowed", digits).format(
            what=what, digits=format_number(digits), limit=MAX_NUMBER_DIGITS))

    def text_list(self, data: dict, key: str, path: DataPath, *, max_items: int | None = None,
                  min_items: int = 0, max_length: int = MAX_OPTION_LENGTH) -> list[str] | None:
        if key not in data:
            return None
        value = data[key]
        where = path + (key,)
        if value is None:
            value = []
        if not isinstance(value, list):
            self.not_a_list(where, key, value)
            return None
        result: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                item = str(item)
            if isinstance(item, bool):
                self.add(where + (index,), _("items of '{key}' must be text, not true/false (put yes/no/true/false "
                                             "in quotes)").format(key=key))
                continue
            if not isinstance(item, str):
                self.add(where + (index,), _("items of '{key}' must be text, not {kind}").format(
                    key=key, kind=_type_name(item)))
                continue
            if not item.strip():
                self.add(where + (index,), _("items of '{key}' must not be empty").format(key=key))
                continue
            if len(item) > max_length:
                self.add(where + (index,), ngettext("this item of '{key}' is {length} character; at most {limit}",
                                                    "this item of '{key}' is {length} characters; at most {limit}",
                                                    len(item)).format(key=key, length=len(item), limit=max_length))
            result.append(item)
        if max_items is not None and len(value) > max_items:
            self.add(where, ngettext("'{key}' has {count} item; at most {limit} are allowed",
                                     "'{key}' has {count} items; at most {limit} are allowed",
                                     len(value)).format(key=key, count=len(value), limit=max_items))
        if len(value) < min_items:
            self.add(where, ngettext("'{key}' needs at least {count} item", "'{key}' needs at least {count} items",
                                     min_items).format(key=key, count=min_items))
        return result

    def not_a_list(self, where: DataPath, key: str, value: Any) -> None:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            self.add(where, _("'{key}' must be a list, not {kind}; write one item as [{value}]").format(
                key=key, kind=_type_name(value), value=value))
        else:
            self.add(where, _("'{key}' must be a list, not {kind}").format(key=key, kind=_type_name(value)))

    def tags(self, data: dict, path: DataPath) -> list[str]:
        return self.text_list(data, "tags", path, max_length=60) or []

    # --- parts of a pack -------------------------------------------------------------

    def defaults(self, data: dict, path: DataPath) -> Defaults:
        value = data.get("defaults")
        result = Defaults()
        if value is None:
            return result
        where = path + ("defaults",)
        mapping = self.mapping(value, where, "'defaults'", DEFAULTS_KEYS)
        if mapping is None:
            return result
        time_limit = self.integer(mapping, "time_limit", where, *TIME_LIMIT_RANGE)
        points = self.integer(mapping, "points", where, 0, MAX_POINTS)
        if time_limit is not None:
            result.time_limit = time_limit
        if points is not None:
            result.points = points
        return result

    def sources(self, data: dict, path: DataPath) -> list[Source]:
        if "sources" not in data or data["sources"] is None:
            return []
        where = path + ("sources",)
        value = data["sources"]
        if not isinstance(value, list):
            self.add(where, _("'{key}' must be a list, not {kind}").format(key="sources", kind=_type_name(value)))
            return []
        result: list[Source] = []
        seen: set[str] = set()
        for index, item in enumerate(value):
            at = where + (index,)
            mapping = self.mapping(item, at, pgettext("what is checked", "a source"), SOURCE_KEYS, ("id", "title"))
            if mapping is None:
                continue
            source_id = self.slug(mapping, "id", at, pgettext("what is checked", "source id"))
            title = self.text(mapping, "title", at, numbers_ok=True)
            src_path = self.text(mapping, "path", at)
            digest = self.text(mapping, "sha256", at)
            if digest is not None and not SHA256.match(digest):
                self.add(at + ("sha256",), _("'sha256' must be 64 lower-case hexadecimal digits"))
            if source_id is not None:
                if source_id in seen:
                    self.add(at + ("id",), _("duplicate source id '{id}'").format(id=source_id))
                seen.add(source_id)
            if source_id is not None and title is not None:
                result.append(Source(id=source_id, title=title, path=src_path, sha256=digest))
        return result

    def image(self, data: dict, path: DataPath) -> Image | None:
        if data.get("image") is None:
            return None
        where = path + ("image",)
        mapping = self.mapping(data["image"], where, "'image'", IMAGE_KEYS, ("file", "alt"))
        if mapping is None:
            return None
        file = self.text(mapping, "file", where)
        alt = self.text(mapping, "alt", where, max_length=300)
        if file is None or alt is None:
            return None
        problem = images.check_image_reference(file, self.base_dir)
        if problem:
            self.add(where + ("file",), problem)
        return Image(file=file, alt=alt)

    def citation(self, data: dict, path: DataPath, source_ids: set[str] | None) -> Citation | None:
        if data.get("source") is None:
            return None
        where = path + ("source",)
        mapping = self.mapping(data["source"], where, "'source'", CITATION_KEYS, ("quote",))
        if mapping is None:
            return None
        quote = self.text(mapping, "quote", where, max_length=5000)
        doc = self.text(mapping, "doc", where, numbers_ok=True)
        if doc is not None and source_ids is not None and doc not in source_ids:
            known = sorted(source_ids)
            message = _("unknown source.doc '{doc}'").format(doc=doc)
            if closest(doc, known):
                message = with_suggestion(message, doc, known)
            elif known:
                message = _("unknown source.doc '{doc}'; the pack's sources are: {sources}").format(
                    doc=doc, sources=", ".join(known))
            else:
                message = _("unknown source.doc '{doc}'; the pack lists no sources").format(doc=doc)
            self.add(where + ("doc",), message)
        if quote is None:
            return None
        return Citation(quote=quote, doc=doc)

    def options_distinct(self, answer: Any, wrong: list[Any], path: DataPath, key: str = "wrong") -> None:
        answer_key = option_key(answer) if answer is not None else None
        seen: dict[str, int] = {}
        for index, option in enumerate(wrong):
            option_k = option_key(option)
            if answer_key is not None and option_k == answer_key:
                self.add(path + (key, index), _("the answer '{answer}' is also listed in '{key}'").format(
                    answer=answer, key=key))
            elif option_k in seen:
                self.add(path + (key, index), _("duplicate option '{option}' in '{key}'").format(option=option, key=key))
            seen.setdefault(option_k, index)

    def question(self, item: Any, path: DataPath, source_ids: set[str] | None) -> Question | None:
        if not isinstance(item, dict):
            self.add(path, _("a question must be a mapping of keys and values, not {kind}").format(
                kind=_type_name(item)))
            return None
        qtype = item.get("type")
        a_question = pgettext("what is checked", "a question")
        if "type" not in item:
            self.add(path, _("the question is missing the required key 'type' (one of {types})").format(
                types=", ".join(QUESTION_TYPES)))
            self.mapping(item, path, a_question, ALL_QUESTION_KEYS)
            return None
        if not isinstance(qtype, str) or qtype not in QUESTION_CLASSES:
            self.add(path + ("type",), self.unknown_choice(
                _("unknown question type '{value}'").format(value=qtype),
                _("unknown question type '{value}'; use one of {choices}"), qtype, QUESTION_TYPES))
            self.mapping(item, path, a_question, ALL_QUESTION_KEYS)
            return None
        before = len(self.problems)
        # Translators: {qtype} is a question type as the file names it: choice, truefalse, number, text
        self.mapping(item, path, _("a {qtype} question").format(qtype=qtype), QUESTION_KEYS[qtype],
                     ("id", "prompt", "answer"), context=qtype)
        fields: dict[str, Any] = {
            "id": self.slug(item, "id", path, pgettext("what is checked", "question id")),
            "prompt": self.text(item, "prompt", path, max_length=MAX_PROMPT_LENGTH),
            "difficulty": None,
            "time_limit": self.integer(item, "time_limit", path, *TIME_LIMIT_RANGE),
            "explanation": self.text(item, "explanation", path, max_length=2000),
            "image": self.image(item, path),
            "tags": self.tags(item, path),
            "source": self.citation(item, path, source_ids),
            "meta": None,
        }
        if item.get("difficulty") is not None:
            difficulty = item["difficulty"]
            if difficulty in DIFFICULTIES:
                fields["difficulty"] = difficulty
            else:
                self.add(path + ("difficulty",), self.unknown_choice(
                    _("unknown difficulty '{value}'").format(value=difficulty),
                    _("unknown difficulty '{value}'; use one of {choices}"), difficulty, DIFFICULTIES))
        if item.get("meta") is not None:
            if isinstance(item["meta"], dict):
                fields["meta"] = item["meta"]
            else:
                self.add(path + ("meta",), _("'meta' must be a mapping, not {kind}").format(
                    kind=_type_name(item["meta"])))
        declared = TYPE_DECLARATIONS[qtype]
        for rule in declared.own_fields:
            fields[rule.key] = self.own_field(rule, item, path, qtype)
        if declared.own("wrong") is not None:
            wrong = fields["wrong"]
            # A number question's wrong options are compared only when every one is a number.
            if rule_is_numbers(declared.own("wrong")):
                raw = item.get("wrong")
                if not isinstance(raw, list) or len(wrong) == len(raw):
                    self.options_distinct(fields["answer"], wrong, path)
            else:
                self.options_distinct(fields["answer"], wrong, path)
        if declared.own("accept") is not None:
            accepted = {option_key(a) for a in fields["accept"]}
            for index, option in enumerate(fields["wrong"]):
                if option_key(option) in accepted:
                    self.add(path + ("wrong", index), _("'{option}' is both accepted and listed as wrong").format(
                        option=option))
        if len(self.problems) > before:
            return None
        return QUESTION_CLASSES[qtype](**fields)

    @staticmethod
    def unknown_choice(message: str, listing: str, value: Any, choices: tuple[str, ...]) -> str:
        """`message` with the likely choice, or else `listing` (with {value} and {choices}) filled."""
        if closest(str(value), choices):
            return with_suggestion(message, str(value), choices)
        return listing.format(value=value, choices=", ".join(choices))

    def own_field(self, rule: FieldRule, item: dict, path: DataPath, qtype: str) -> Any:
        """The value of one of a type's own fields, by its declared kind; problems are added."""
        key = rule.key
        if rule.kind == "option":
            return self.text(item, key, path, max_length=rule.max_length, numbers_ok=True)
        if rule.kind == "truth":
            value = item.get(key)
            if key in item and not isinstance(value, bool):
                shown = f"'{value}'" if isinstance(value, str) else _type_name(value)
                self.add(path + (key,), _("a {qtype} {key} must be true or false, not {kind}").format(
                    qtype=qtype, key=key, kind=shown))
            return value
        if rule.kind == "number":
            present = key in item if rule.required else item.get(key) is not None
            named = field_name(rule)
            value = self.number(item, key, path, named) if present else None
            if value is not None and rule.minimum is not None and value < rule.minimum:
                self.add(path + (key,), _("{what} must not be negative").format(what=named))
            if value is None and not rule.required:
                return rule.blank
            return value
        if rule.kind == "short_text":
            return self.text(item, key, path, max_length=rule.max_length, allow_empty=True) or ""
        if rule.kind == "number_list":
            return self.number_list(item, rule, path)
        if rule.kind in ("option_list", "text_list"):
            found = self.text_list(item, key, path, max_items=rule.max_items, min_items=rule.min_items,
                                   **({"max_length": rule.max_length} if rule.max_length is not None else {}))
            if rule.required and key not in item:
                self.add(path, _("a {qtype} question needs '{key}' options ({low} to {high})").format(
                    qtype=qtype, key=key, low=rule.min_items, high=rule.max_items))
            return found or []
        raise ValueError(f"no check for a field of kind {rule.kind!r}")

    def number_list(self, item: dict, rule: FieldRule, path: DataPath) -> list[int | float]:
        key = rule.key
        numbers: list[int | float] = []
        if item.get(key) is None:
            return numbers
        raw = item[key]
        if not isinstance(raw, list):
            self.add(path + (key,), _("'{key}' must be a list, not {kind}; write one item as [{value}]").format(
                key=key, kind=_type_name(raw), value=raw))
            raw = []
        for index, option in enumerate(raw):
            what = _("item {number} of '{key}'").format(number=index + 1, key=key)
            number = self.number({"x": option}, "x", path + (key,), what)
            if number is not None:
                numbers.append(number)
        if rule.max_items is not None and len(raw) > rule.max_items:
            self.add(path + (key,), ngettext("'{key}' has {count} item; at most {limit}",
                                             "'{key}' has {count} items; at most {limit}",
                                             len(raw)).format(key=key, count=len(raw), limit=rule.max_items))
        return numbers

    # --- a pack's parts on their own ----------------------------------------------------

    def header(self, data: Any) -> _Header | None:
        """Everything of a pack but its questions; None when the data is not a pack at all."""
        root: DataPath = ()
        if data is None:
            self.add(root, _("the file is empty; a pack starts with 'relayquiz: 1'"))
            return None
        if isinstance(data, list):
            self.add(root, _("the file holds a list, but a pack is a mapping that starts with 'relayquiz: 1' "
                             "and keeps its questions under 'questions:'"))
            return None
        if not isinstance(data, dict):
            self.add(root, _("the file holds {kind}, but a pack is a mapping that starts with 'relayquiz: 1'").format(
                kind=_type_name(data)))
            return None
        version = data.get("relayquiz")
        if "relayquiz" in data:
            if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
                self.add(("relayquiz",), _("this pack is written in format version {version}, but this game reads "
                                           "version {supported}; update Torch Relay Quiz to play it").format(
                    version=version, supported=FORMAT_VERSION))
                return None
            if version != FORMAT_VERSION:
                self.add(("relayquiz",), _("'relayquiz' must be the format version {supported}, not {value}").format(
                    supported=FORMAT_VERSION, value=repr(version)))
        self.mapping(data, root, pgettext("what is checked", "the pack"), PACK_KEYS, PACK_REQUIRED)
        header = _Header(
            id=self.slug(data, "id", root, pgettext("what is checked", "pack id")),
            title=self.text(data, "title", root, max_length=MAX_TITLE_LENGTH, numbers_ok=True),
            description=self.text(data, "description", root, allow_empty=True, max_length=MAX_DESCRIPTION_LENGTH),
            language=self.text(data, "language", root),
        )
        if header.language is not None and not LANGUAGE.match(header.language):
            self.add(("language",), _("'language' '{tag}' is not a language tag like 'en' or 'pt-BR'").format(
                tag=header.language))
        header.author = self.text(data, "author", root, allow_empty=True, numbers_ok=True)
        header.license = self.text(data, "license", root, allow_empty=True, numbers_ok=True)
        header.tags = self.tags(data, root)
        header.defaults = self.defaults(data, root)
        header.sources = self.sources(data, root)
        meta = data.get("meta")
        if meta is not None and not isinstance(meta, dict):
            self.add(("meta",), _("'meta' must be a mapping, not {kind}").format(kind=_type_name(meta)))
            meta = None
        header.meta = meta
        header.source_ids = {s.id for s in header.sources} if "sources" in data else set()
        if "questions" in data:
            raw = data.get("questions")
            if raw is None:
                raw = []
            if not isinstance(raw, list):
                self.add(("questions",), _("'{key}' must be a list, not {kind}").format(key="questions",
                                                                                          kind=_type_name(raw)))
                raw = []
            header.questions = raw
        return header


def field_name(rule: FieldRule) -> str:
    """How messages name a field: "'tolerance'", or its own words ("a number answer")."""
    nouns = {"question id": pgettext("what is checked", "question id"),
             "a number answer": pgettext("what is checked", "a number answer")}
    if rule.noun:
        return nouns.get(rule.noun, rule.noun)
    return f"'{rule.key}'"


def rule_is_numbers(rule: FieldRule | None) -> bool:
    return rule is not None and rule.kind == "number_list"


@dataclass
class _Header:
    """A pack's header as checked, with the raw question list it holds."""

    id: str | None = None
    title: str | None = None
    description: str | None = None
    language: str | None = None
    author: str | None = None
    license: str | None = None
    tags: list[str] = field(default_factory=list)
    defaults: Defaults = field(default_factory=Defaults)
    sources: list[Source] = field(default_factory=list)
    meta: dict[str, Any] | None = None
    source_ids: set[str] = field(default_factory=set)
    questions: list[Any] = field(default_factory=list)


def check_header(data: Any, base_dir: Path | None = None) -> tuple[set[str] | None, list[PathProblem]]:
    """The problems of a pack's header (every key but the questions' contents), and the ids of
    its sources that questions may cite; None instead of the ids when the data cannot be read
    as a pack far enough for its questions to be checked (not a mapping, a newer format)."""
    checker = _Checker(base_dir)
    header = checker.header(data)
    return (header.source_ids if header is not None else None), checker.problems


def check_question(data: Any, source_ids: set[str] | None = None,
                   base_dir: Path | None = None) -> tuple[Question | None, list[PathProblem]]:
    """One question on its own: the question, or None with its problems (paths relative to it).

    `source_ids` are the pack's sources a citation may name; None when the pack lists none."""
    checker = _Checker(base_dir)
    question = checker.question(data, (), source_ids if source_ids is not None else set())
    return question, checker.problems


def check_across(questions: list[Any]) -> list[PathProblem]:
    """What only several questions together can get wrong: two with the same id."""
    problems: list[PathProblem] = []
    seen_ids: dict[str, int] = {}
    for index, item in enumerate(questions):
        qid = item.get("id") if isinstance(item, dict) else None
        if isinstance(qid, str):
            if qid in seen_ids:
                problems.append(PathProblem(("questions", index, "id"), _(
                    "duplicate question id '{id}' (also question {number} of the pack)").format(
                    id=qid, number=seen_ids[qid] + 1)))
            else:
                seen_ids[qid] = index
    return problems


def check_pack_data(data: Any, base_dir: Path | None = None) -> tuple[Pack | None, list[PathProblem]]:
    """Build a Pack from loaded YAML data; the pack is None when anything is wrong."""
    checker = _Checker(base_dir)
    header = checker.header(data)
    if header is None:
        return None, checker.problems
    across: dict[int, list[PathProblem]] = {}
    for problem in check_across(header.questions):
        across.setdefault(int(problem.path[1]), []).append(problem)
    questions: list[Question] = []
    for index, item in enumerate(header.questions):
        question = checker.question(item, ("questions", index), header.source_ids)
        checker.problems.extend(across.get(index, []))
        if question is not None:
            questions.append(question)
    if checker.problems:
        return None, checker.problems
    return Pack(
        relayquiz=FORMAT_VERSION, id=header.id, title=header.title, description=header.description or "",
        language=header.language or "en", author=header.author, license=header.license, tags=header.tags,
        defaults=header.defaults, sources=header.sources, questions=questions, meta=header.meta,
    ), []


def check_pack(pack: Pack) -> list[PathProblem]:
    """Problems of an in-memory pack (for the editor and the generator's own check)."""
    from game.packs.dump import pack_to_data

    _pack, problems = check_pack_data(pack_to_data(pack), pack.base_dir)
    return problems

