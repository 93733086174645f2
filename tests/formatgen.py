"""Hypothesis strategies for packs that one export format can express exactly.

Each format holds a different part of a pack; `CAPABILITIES` says which, and `packs(fmt)`
draws only packs inside it, so that export -> import must give the same questions back.
Texts are "tidy": words separated by single spaces, as every importer normalises spacing.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from hypothesis import strategies as st

from game.packs.model import (
    ChoiceQuestion, Image, NumberQuestion, Pack, TextQuestion, TrueFalseQuestion, format_number,
)
from game.packs.validate import option_key


def png(width: int, height: int, shade: int = 0) -> bytes:
    """A small valid PNG (grey pixels), for picture round trips."""
    rows = b"".join(b"\x00" + bytes([shade]) * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


PICTURES = {"images/flag.png": png(3, 2, 10), "images/map.png": png(2, 5, 200)}


@dataclass(frozen=True)
class Capabilities:
    kinds: tuple[str, ...]
    max_wrong: int = 5
    prompt_max: int = 300
    option_max: int = 80
    multiline: bool = True
    times: tuple[int, ...] | None = None  # allowed time limits; None: time limits are not kept
    ids: bool = False
    explanation: bool = False
    tags: bool = False
    difficulty: bool = False
    image: bool = False
    unit: bool = False
    text_wrong: bool = False
    max_accept: int = 3
    number_wrong: bool = False
    no_arrows: bool = False  # GIFT reads '->' in a short answer as a matching pair
    aiken_prompt: bool = False


CAPABILITIES = {
    "kahoot": Capabilities(("choice", "truefalse"), max_wrong=3, prompt_max=120, option_max=75,
                           times=(5, 10, 20, 30, 60, 90, 120, 240)),
    "quizizz": Capabilities(("choice", "truefalse", "text"), max_wrong=4, explanation=True, max_accept=4,
                            times=(5, 10, 20, 30, 45, 60, 120, 180)),
    "moodlexml": Capabilities(("choice", "truefalse", "text", "number"), ids=True, explanation=True, tags=True,
                              image=True, unit=True, text_wrong=True, number_wrong=True),
    "gift": Capabilities(("choice", "truefalse", "text", "number"), ids=True, explanation=True, tags=True,
                         text_wrong=True, number_wrong=True, no_arrows=True),
    "aiken": Capabilities(("choice", "truefalse"), multiline=False, aiken_prompt=True),
    "csv": Capabilities(("choice", "truefalse", "text", "number"), times=tuple(range(5, 241)), ids=True,
                        explanation=True, tags=True, difficulty=True, image=True, unit=True, text_wrong=True,
                        number_wrong=True),
}

_characters = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn", "Zs", "Zl", "Zp"),
                            blacklist_characters="\ufeff\u180e")
_symbols = st.sampled_from(list("<>&#{}~=:\\%[]\"'/-*_|;,.!?$@+") + ["->", "<b>", "&amp;", "[html]", "%50%", "//",
                                                                     "::", "\\n", "####", "ANSWER:", "'=", "''+"])
_word = st.one_of(st.text(_characters, min_size=1, max_size=8), _symbols,
                  st.sampled_from(["Sochi", "torch", "1936", "true", "Black", "Sea", "ok"]))
line = st.lists(_word, min_size=1, max_size=6).map(" ".join)


def _text(multiline: bool, max_size: int) -> st.SearchStrategy[str]:
    lines = st.lists(line, min_size=1, max_size=3 if multiline else 1).map("\n".join)
    return lines.filter(lambda t: 2 <= len(t) <= max_size)


numbers = st.one_of(st.integers(-10**6, 10**9), st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False))


def _distinct(values: list, key) -> list:
    seen, result = set(), []
    for value in values:
        if key(value) not in seen:
            seen.add(key(value))
            result.append(value)
    return result


@st.composite
def question(draw, caps: Capabilities, index: int):
    kind = draw(st.sampled_from(caps.kinds))
    prompt = draw(_text(caps.multiline, caps.prompt_max))
    if caps.aiken_prompt:
        prompt = draw(_text(False, caps.prompt_max).filter(_aiken_safe))
    option = _text(False, caps.option_max)
    if caps.no_arrows and kind == "text":
        option = option.filter(lambda t: "->" not in t)
    common = {"id": f"q{index}-" + draw(st.from_regex(r"[a-z0-9]{1,6}", fullmatch=True)), "prompt": prompt}
    if caps.times:
        common["time_limit"] = draw(st.one_of(st.none(), st.sampled_from(caps.times)))
    if caps.explanation:
        common["explanation"] = draw(st.one_of(st.none(), _text(caps.multiline, 400)))
    if caps.tags:
        tag = _text(False, 60).filter(lambda t: "]" not in t and "[" not in t)
        common["tags"] = _distinct(draw(st.lists(tag, max_size=3)), option_key)
    if caps.difficulty:
        common["difficulty"] = draw(st.sampled_from([None, "easy", "medium", "hard"]))
    if caps.image and draw(st.booleans()):
        common["image"] = Image(file=draw(st.sampled_from(sorted(PICTURES))), alt=draw(_text(False, 100)))
    if kind == "truefalse":
        return TrueFalseQuestion(answer=draw(st.booleans()), **common)
    if kind == "number":
        answer = draw(numbers)
        wrong = []
        if caps.number_wrong:
            wrong = _distinct([w for w in draw(st.lists(numbers, max_size=caps.max_wrong))
                               if format_number(w) != format_number(answer)], format_number)
        unit = draw(st.one_of(st.just(""), _text(False, 30))) if caps.unit else ""
        tolerance = draw(st.one_of(st.just(0), st.integers(0, 100), st.floats(0, 1e6, allow_nan=False)))
        return NumberQuestion(answer=answer, tolerance=tolerance, unit=unit, wrong=wrong, **common)
    options = _distinct(draw(st.lists(option, min_size=2, max_size=1 + caps.max_wrong + caps.max_accept)), option_key)
    if kind == "choice":
        options = options[:1 + caps.max_wrong]
        if len(options) < 2 or (len(options) == 2 and {option_key(o) for o in options} == {"true", "false"}):
            options = [options[0], options[0] + " not"]
        return ChoiceQuestion(answer=options[0], wrong=options[1:], **common)
    accept_count = draw(st.integers(0, min(caps.max_accept, len(options) - 1)))
    accept = options[1:1 + accept_count]
    wrong = options[1 + accept_count:1 + accept_count + caps.max_wrong] if caps.text_wrong else []
    return TextQuestion(answer=options[0], accept=accept, wrong=wrong, **common)


def _aiken_safe(text: str) -> bool:
    import re

    return not re.match(r"^[A-Z][).]|^ANSWER:", text)


@st.composite
def packs(draw, fmt: str) -> Pack:
    caps = CAPABILITIES[fmt]
    count = draw(st.integers(1, 4))
    questions = [draw(question(caps, index)) for index in range(count)]
    return Pack(id="round-trip", title="Round trip", questions=questions)
