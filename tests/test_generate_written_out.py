"""A "the ..." that only the document makes clear is written out where the document itself
says which one it is: a part of the one thing a manual is about ("The hopper holds ..." is "The
hopper of the Brevo CG-200 burr grinder holds ..."), the one bridge a notice names ("the
bridge" is Mill Lane Bridge), the term a handout's title names after its kind ("the enzyme" in
"Biology practical 7: the enzyme catalase" is catalase). Where the text leaves room for another
(a new bridge, water that is no part), nothing is written out."""

from __future__ import annotations

from pathlib import Path

from game.generate import GenerateOptions, document_from_bytes, generate_pack

DATA = Path(__file__).parent / "data" / "generate"


def _prompts(source, keep_all: bool = True) -> list[str]:
    document = source if not isinstance(source, str) else document_from_bytes(source.encode(), "doc.md")
    return [q.prompt for q in generate_pack([document], GenerateOptions(keep_all=keep_all)).questions]


def test_a_part_of_the_thing_a_manual_is_about_is_written_with_the_things_name():
    prompts = _prompts(DATA / "manual-coffee-grinder.md", keep_all=False)
    assert "The hopper of the Brevo CG-200 burr grinder holds up to how many grams of coffee beans?" in prompts
    every = _prompts(DATA / "manual-coffee-grinder.md")
    assert "The grounds container of the Brevo CG-200 burr grinder collects the ground coffee and holds up to how " \
           "many grams?" in every


def test_a_substance_the_text_writes_without_the_is_no_part():
    text = ("# Kestrel K-9 kettle: care\n\nAlways unplug the kettle before you clean it. The kettle holds 1.7 litres. "
            "Descale the kettle every month. The water boils in about 90 seconds in the kettle. Never fill it with "
            "hot water from the tap. The water reaches 100 degrees at sea level. Pour the water away after use.\n")
    assert not any("water of the" in p.lower() for p in _prompts(text)), _prompts(text)


def test_the_bridge_in_a_notice_that_names_one_bridge_is_that_bridge():
    prompts = _prompts(DATA / "council-notice-bridge.txt")
    assert "Mill Lane Bridge has carried a weight limit of how many tonnes since the inspection?" in prompts


def test_the_bridge_is_not_written_out_when_the_text_speaks_of_another():
    text = ("Mill Lane Bridge was built of sandstone in 1847 to carry the road over the River Lyde. "
            "Mill Lane Bridge was closed in 1990, and a new bridge was built beside it. "
            "The bridge has carried a weight limit of 7.5 tonnes since 1992.")
    assert not any(p.startswith("Mill Lane Bridge has carried") for p in _prompts(text)), _prompts(text)


def test_the_kind_a_handouts_title_gives_its_term_stands_for_that_term():
    prompts = _prompts(DATA / "lab-handout-catalase.md")
    assert "Catalase contains iron at the centre of each of its four subunits, in a group called what?" in prompts


def test_a_street_named_only_further_down_is_not_the_street_of_the_opening():
    text = ("Mill Lane Bridge was built of sandstone in 1847 to carry the street over the River Lyde. "
            "Mill Lane Bridge will close for repairs in March 2025. Buses will be diverted along Market Street. "
            "A temporary stop will be placed on Market Street. The street will reopen to traffic in April 2025.")
    prompts = _prompts(text)
    assert not any("Market Street over" in p or p.startswith("Market Street will reopen") for p in prompts), prompts
