"""The dumper: load -> dump -> load is the identity; dump -> load -> dump is byte-identical."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.packs import dump_pack, load_pack, load_pack_text
from game.packs.model import (
    ChoiceQuestion, Citation, Defaults, Image, NumberQuestion, Pack, Source, TextQuestion, TrueFalseQuestion,
)
from tests.packtext import VALID

ROOT = Path(__file__).resolve().parent.parent

slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
# Any printable text, including accents, quotes, colons, hashes and line breaks.
_pieces = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85\ufeff")
    | st.sampled_from(["\n", ":", "#", "'", '"', "&", "*", "!"]),
    min_size=1, max_size=20,
) | st.sampled_from(["- item", "key: value", "yes", "null", "1996", "0x1F", "~", "@home", "% done", "a  b"])
texts = st.lists(_pieces, min_size=1, max_size=4).map(" ".join).filter(lambda s: s.strip() and s == s.strip())
short_texts = texts.filter(lambda s: "\n" not in s)
tag_texts = short_texts.filter(lambda s: len(s) <= 60)  # the validator's limit for a tag
numbers = st.one_of(st.integers(-10**9, 10**9), st.floats(allow_nan=False, allow_infinity=False, width=32))


def distinct_options(draw, answer: str, count: int, avoid: list[str] = ()) -> list[str]:
    from game.packs.validate import option_key

    seen = {option_key(answer)} | {option_key(a) for a in avoid}
    result = []
    for candidate in draw(st.lists(short_texts, min_size=count, max_size=count + 4)):
        if option_key(candidate) not in seen and len(result) < count:
            seen.add(option_key(candidate))
            result.append(candidate)
    return result


@st.composite
def questions(draw, qid: str, source_ids: list[str]):
    common = dict(
        id=qid, prompt=draw(texts),
        difficulty=draw(st.sampled_from([None, "easy", "medium", "hard"])),
        time_limit=draw(st.one_of(st.none(), st.integers(5, 240))),
        explanation=draw(st.one_of(st.none(), texts)),
        image=draw(st.one_of(st.none(), st.builds(Image, file=st.sampled_from(["images/a.png", "b.jpg"]),
                                                  alt=short_texts))),
        tags=draw(st.lists(tag_texts, max_size=3)),
        source=draw(st.one_of(st.none(), st.builds(Citation, quote=texts,
                                                   doc=st.sampled_from(source_ids) if source_ids else st.none()))),
    )
    kind = draw(st.sampled_from(["choice", "truefalse", "number", "text"]))
    if kind == "choice":
        answer = draw(short_texts)
        wrong = distinct_options(draw, answer, draw(st.integers(1, 5)))
        if not wrong:
            wrong = [answer + " not"]
        return ChoiceQuestion(answer=answer, wrong=wrong, **common)
    if kind == "truefalse":
        return TrueFalseQuestion(answer=draw(st.booleans()), **common)
    if kind == "number":
        answer = draw(numbers)
        wrong = sorted({w for w in draw(st.lists(st.integers(-1000, 1000), max_size=3)) if w != answer})
        return NumberQuestion(answer=answer, tolerance=draw(st.sampled_from([0, 1, 0.5])),
                              unit=draw(st.sampled_from(["", "km", "°C"])), wrong=wrong, **common)
    answer = draw(short_texts)
    accept = draw(st.lists(short_texts, max_size=2))
    return TextQuestion(answer=answer, accept=accept,
                        wrong=distinct_options(draw, answer, draw(st.integers(0, 3)), accept), **common)


@st.composite
def packs(draw):
    source_ids = draw(st.lists(slugs, max_size=3, unique=True))
    sources = [Source(id=s, title=draw(short_texts), path=draw(st.one_of(st.none(), st.just(f"docs/{s}.txt"))),
                      sha256=draw(st.one_of(st.none(), st.just("ab" * 32)))) for s in source_ids]
    ids = draw(st.lists(slugs, max_size=6, unique=True))
    return Pack(
        id=draw(slugs), title=draw(short_texts), description=draw(st.one_of(st.just(""), texts)),
        language=draw(st.sampled_from(["en", "fr", "pt-BR"])), author=draw(st.one_of(st.none(), short_texts)),
        license=draw(st.one_of(st.none(), st.just("CC0-1.0"))), tags=draw(st.lists(tag_texts, max_size=3)),
        defaults=Defaults(time_limit=draw(st.integers(5, 240)), points=draw(st.sampled_from([0, 1000, 2000]))),
        sources=sources, questions=[draw(questions(qid, source_ids)) for qid in ids],
        meta=draw(st.one_of(st.none(), st.just({"generator": {"seed": 3}}))),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(packs())
def test_dump_then_load_gives_the_same_pack(pack):
    text = dump_pack(pack)
    again = load_pack_text(text, "roundtrip.yaml")
    assert again == pack
    assert dump_pack(again) == text


def test_shipped_packs_round_trip_byte_for_byte():
    for path in sorted((ROOT / "questions").glob("*.yaml")):
        pack = load_pack(path)
        first = dump_pack(pack)
        assert load_pack_text(first, path.name) == pack
        assert dump_pack(load_pack_text(first, path.name)) == first


def test_dump_uses_the_format_key_order_and_keeps_unicode():
    pack = load_pack_text(VALID.replace("Black Sea", "Чёрное море"), "p.yaml")
    text = dump_pack(pack)
    assert "Чёрное море" in text
    first_question = text[text.index("  - id: host-city"):text.index("  - id: columbia-torch-lit")]
    keys = [line.strip().split(":")[0] for line in first_question.splitlines() if line.startswith("    ") and
            not line.startswith("      ")]
    assert keys == ["type", "prompt", "answer", "wrong", "difficulty", "source"]
    top = [line.split(":")[0] for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    assert top == ["relayquiz", "id", "title", "description", "language", "defaults", "sources", "questions"]
