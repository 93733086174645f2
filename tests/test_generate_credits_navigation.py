"""Lines about the page rather than its subject: a credit, byline or attribution ("Prepared by
the Learning Unit, ...", "Photo: ...", "Words by ...", "Compiled by ...") is never asked about
nor stated, and a breadcrumb or gallery sign ("Home > News > Science", "Gallery 14 | Ancient
Iran and Egypt") is never a document's title, an object's name or the subject of a prompt."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.generate import GenerateOptions, document_from_bytes, generate_pack, read_document
from game.generate.clean import is_credit_line, is_navigation

DATA = Path(__file__).parent / "data" / "generate"
CREDITS = ("Prepared by", "Compiled by", "Words by", "Photo:")


def _texts(pack) -> list[str]:
    """Every prompt and every source quote of a pack."""
    return [q.prompt for q in pack.questions] + [q.source.quote for q in pack.questions if q.source]


@pytest.mark.parametrize("line", [
    "Prepared by the Learning Unit, Westbury Museum and Art Centre.",
    "Prepared by the Conservation Unit, Lyde Valley Trust.",
    "Photo: Anna Kowalska, Lyde Valley Trust.",
    "Words by Tom Reid.",
    "Compiled by the Parish Records Group.",
    "Photograph by J. M. Carter, 1932.",
])
def test_credit_lines_are_recognised(line):
    assert is_credit_line(line)


@pytest.mark.parametrize("sentence", [
    "Written by Leo Tolstoy in 1869, the novel follows five aristocratic families.",
    "Designed by Gustave Eiffel's company, the tower opened in 1889.",
    "Compiled by monks over three centuries, the chronicle records every flood of the Nile.",
    "Photos of the comet were taken by the Rosetta probe in 2014.",
])
def test_sentences_that_only_open_like_a_credit_are_prose(sentence):
    assert not is_credit_line(sentence)


def test_credit_lines_never_become_questions_or_statements():
    pack = generate_pack([DATA / "newsletter-river-survey.txt"], GenerateOptions(keep_all=True))
    texts = _texts(pack)
    assert pack.questions
    assert not any(text.startswith(CREDITS) or "Parish Records" in text or "Conservation Unit" in text
                   for text in texts), texts


def test_a_credit_glued_to_the_end_of_a_paragraph_is_no_sentence():
    text = ("Mill Lane Bridge was built of sandstone in 1902 to carry the road over the River Lyde. "
            "Trams crossed it until 1951, when buses replaced them. Photo: Helen Ashdown.")
    document = document_from_bytes(text.encode(), "bridge.txt")
    assert [s.text for s in document.sentences][-1].startswith("Trams crossed")
    pack = generate_pack([document], GenerateOptions(keep_all=True))
    assert not any("Ashdown" in t for t in _texts(pack))


@pytest.mark.parametrize("line, navigation", [
    ("Home > News > Science", True),
    ("Gallery 14 | Ancient Iran and Egypt", True),
    ("Collections \u00bb Ceramics \u00bb Tang dynasty", True),
    ("Painted coffin of Nesmin", False),
    ("Egypt, Ptolemaic period, 300\u2013250 BC", False),
    ("The ratio of 3 / 4 is written as a fraction.", False),
])
def test_breadcrumbs_and_gallery_signs_are_navigation(line, navigation):
    assert is_navigation(line) is navigation


def test_a_gallery_sign_above_a_label_is_not_the_objects_name():
    document = read_document(DATA / "museum-label-coffin.txt")
    assert document.title == "Painted coffin of Nesmin"
    pack = generate_pack([document], GenerateOptions(keep_all=True))
    prompts = [q.prompt for q in pack.questions]
    assert "When was the painted coffin of Nesmin made?" in prompts
    assert not any("|" in p or "gallery 14" in p.lower() for p in prompts), prompts


def test_a_breadcrumb_is_not_a_documents_title():
    document = read_document(DATA / "newsletter-river-survey.txt")
    assert document.title == "River survey finds otters back on the Lyde"
    assert ("Home > News > Science", "navigation") in document.dropped


def test_a_plural_subjects_list_of_nouns_in_s_is_not_cut_as_a_second_predicate():
    text = ("Volunteers found otter tracks and droppings at 14 of the 20 sites they checked between Ashford and "
            "the estuary. Otters had been missing from the River Lyde since the 1970s.")
    pack = generate_pack([document_from_bytes(text.encode(), "otters.txt")], GenerateOptions(keep_all=True))
    prompts = [q.prompt for q in pack.questions]
    assert not any(p.startswith("Volunteers droppings") for p in prompts), prompts
    assert any(p.startswith("Volunteers found otter tracks and droppings") for p in prompts), prompts
