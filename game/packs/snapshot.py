"""A checked pack as plain JSON values and back, exactly: the pack cache's payload.

`pack_snapshot(pack)` writes every field of the model, in the model's own types, compactly
(questions as lists, not mappings, since a library holds tens of thousands). `pack_from_snapshot`
builds the same Pack again and refuses anything not shaped as a snapshot is, field by field,
with `SnapshotError`: a snapshot is read from a file, and a file can be damaged or foreign.
Free-form `meta` keeps keys that are not text (YAML allows numbers and booleans as keys).
"""

from __future__ import annotations

from typing import Any

from game.packs.model import (
    ChoiceQuestion,
    Citation,
    Defaults,
    Image,
    NumberQuestion,
    Pack,
    Question,
    Source,
    TextQuestion,
    TrueFalseQuestion,
)

# A mapping whose keys are not all text is written as {_PAIRS: [[key, value], ...]}; so is any
# mapping that happens to have this key itself, so that reading back is never ambiguous.
_PAIRS = "\u0000pairs"


class SnapshotError(ValueError):
    """The value is not a pack snapshot."""


# -- free-form data ----------------------------------------------------------------------------

def encode_data(value: Any) -> Any:
    """YAML data as JSON can hold it, keys that are not text included; TypeError for anything else."""
    if isinstance(value, dict):
        if _PAIRS in value or not all(isinstance(key, str) for key in value):
            return {_PAIRS: [[encode_data(key), encode_data(item)] for key, item in value.items()]}
        return {key: encode_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [encode_data(item) for item in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"cannot keep {type(value).__name__} in a snapshot")


def decode_data(value: Any) -> Any:
    if isinstance(value, dict):
        if len(value) == 1 and _PAIRS in value:
            pairs = value[_PAIRS]
            if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
                raise SnapshotError("damaged mapping")
            try:
                return {decode_data(key): decode_data(item) for key, item in pairs}
            except TypeError:
                raise SnapshotError("a mapping key that cannot be a key") from None
        return {key: decode_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decode_data(item) for item in value]
    return value


# -- writing -----------------------------------------------------------------------------------

def _question(q: Question) -> list:
    common = [q.type, q.id, q.prompt, q.difficulty, q.time_limit, q.explanation,
              [q.image.file, q.image.alt] if q.image is not None else None, list(q.tags),
              [q.source.quote, q.source.doc] if q.source is not None else None,
              encode_data(q.meta) if q.meta is not None else None]
    if isinstance(q, ChoiceQuestion):
        return common + [q.answer, list(q.wrong)]
    if isinstance(q, TrueFalseQuestion):
        return common + [q.answer]
    if isinstance(q, NumberQuestion):
        return common + [q.answer, q.tolerance, q.unit, list(q.wrong)]
    if isinstance(q, TextQuestion):
        return common + [q.answer, list(q.accept), list(q.wrong)]
    raise TypeError(f"no snapshot for a {type(q).__name__}")


def pack_snapshot(pack: Pack) -> dict:
    """Every field of `pack` as JSON values (its `path` aside: that is where it was read)."""
    return {
        "relayquiz": pack.relayquiz, "id": pack.id, "title": pack.title, "description": pack.description,
        "language": pack.language, "author": pack.author, "license": pack.license, "tags": list(pack.tags),
        "defaults": [pack.defaults.time_limit, pack.defaults.points],
        "sources": [[s.id, s.title, s.path, s.sha256] for s in pack.sources],
        "meta": encode_data(pack.meta) if pack.meta is not None else None,
        "questions": [_question(q) for q in pack.questions],
    }


# -- reading -----------------------------------------------------------------------------------

def _text(value: Any) -> str:
    if type(value) is not str:
        raise SnapshotError("text expected")
    return value


def _maybe_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _whole(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise SnapshotError("a whole number expected")
    return value


def _maybe_whole(value: Any) -> int | None:
    return None if value is None else _whole(value)


def _number(value: Any) -> int | float:
    if type(value) is not int and type(value) is not float:
        raise SnapshotError("a number expected")
    return value


def _texts(value: Any) -> list[str]:
    if type(value) is not list:
        raise SnapshotError("a list of texts expected")
    for item in value:
        if type(item) is not str:
            raise SnapshotError("a list of texts expected")
    return value


def _numbers(value: Any) -> list[int | float]:
    if not isinstance(value, list):
        raise SnapshotError("a list of numbers expected")
    return [_number(item) for item in value]


def _row(value: Any, length: int) -> list:
    if not isinstance(value, list) or len(value) != length:
        raise SnapshotError(f"a row of {length} values expected")
    return value


def _meta(value: Any) -> dict | None:
    if value is None:
        return None
    meta = decode_data(value)
    if not isinstance(meta, dict):
        raise SnapshotError("meta must be a mapping")
    return meta


_TAIL_LENGTH = {"choice": 2, "truefalse": 1, "number": 4, "text": 3}


def _question_from(row: Any) -> Question:
    # The checks compare exact types: JSON gives exactly str, int, float, bool, list and dict,
    # and this runs once per question of the whole library, so it is kept lean.
    if type(row) is not list or not row or row[0] not in _TAIL_LENGTH or len(row) != 10 + _TAIL_LENGTH[row[0]]:
        raise SnapshotError("not a question")
    kind, qid, prompt, difficulty, time_limit, explanation, image, tags, source, meta = row[:10]
    if (type(qid) is not str or type(prompt) is not str or (difficulty is not None and type(difficulty) is not str)
            or (time_limit is not None and type(time_limit) is not int)
            or (explanation is not None and type(explanation) is not str)):
        raise SnapshotError("a question's text fields are out of shape")
    if image is not None:
        image = _row(image, 2)
        image = Image(file=_text(image[0]), alt=_text(image[1]))
    if source is not None:
        source = _row(source, 2)
        source = Citation(quote=_text(source[0]), doc=_maybe_text(source[1]))
    tags = _texts(tags)
    meta = _meta(meta)
    if kind == "choice":
        answer, wrong = row[10:]
        return ChoiceQuestion(id=qid, prompt=prompt, difficulty=difficulty, time_limit=time_limit,
                              explanation=explanation, image=image, tags=tags, source=source, meta=meta,
                              answer=_text(answer), wrong=_texts(wrong))
    if kind == "truefalse":
        answer = row[10]
        if type(answer) is not bool:
            raise SnapshotError("true or false expected")
        return TrueFalseQuestion(id=qid, prompt=prompt, difficulty=difficulty, time_limit=time_limit,
                                 explanation=explanation, image=image, tags=tags, source=source, meta=meta,
                                 answer=answer)
    if kind == "number":
        answer, tolerance, unit, wrong = row[10:]
        return NumberQuestion(id=qid, prompt=prompt, difficulty=difficulty, time_limit=time_limit,
                              explanation=explanation, image=image, tags=tags, source=source, meta=meta,
                              answer=_number(answer), tolerance=_number(tolerance), unit=_text(unit),
                              wrong=_numbers(wrong))
    answer, accept, wrong = row[10:]
    return TextQuestion(id=qid, prompt=prompt, difficulty=difficulty, time_limit=time_limit,
                        explanation=explanation, image=image, tags=tags, source=source, meta=meta,
                        answer=_text(answer), accept=_texts(accept), wrong=_texts(wrong))


def pack_from_snapshot(value: Any) -> Pack:
    """The Pack a snapshot holds; SnapshotError when the value is not one."""
    if not isinstance(value, dict) or set(value) != _PACK_KEYS:
        raise SnapshotError("not a pack snapshot")
    defaults = _row(value["defaults"], 2)
    if not isinstance(value["sources"], list) or not isinstance(value["questions"], list):
        raise SnapshotError("sources and questions must be lists")
    sources = []
    for row in value["sources"]:
        row = _row(row, 4)
        sources.append(Source(id=_text(row[0]), title=_text(row[1]), path=_maybe_text(row[2]),
                              sha256=_maybe_text(row[3])))
    return Pack(
        relayquiz=_whole(value["relayquiz"]), id=_text(value["id"]), title=_text(value["title"]),
        description=_text(value["description"]), language=_text(value["language"]),
        author=_maybe_text(value["author"]), license=_maybe_text(value["license"]), tags=_texts(value["tags"]),
        defaults=Defaults(time_limit=_whole(defaults[0]), points=_whole(defaults[1])), sources=sources,
        questions=[_question_from(row) for row in value["questions"]], meta=_meta(value["meta"]),
    )


_PACK_KEYS = frozenset({"relayquiz", "id", "title", "description", "language", "author", "license", "tags",
                        "defaults", "sources", "meta", "questions"})
