"""Text of any shape costs the generator work in proportion to its length: what is not prose
(a sentence of 10,000 characters, a 400-digit number, a wall of names, runs of spaces) is
passed over before question writing and listed with the dropped text, and no input raises
anything but GenerateError. Speed itself is measured in bench/bench_shapes.py."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.generate import GenerateError, document_from_bytes, generate_pack
from game.generate import document as reading
from game.generate.quoting import locate

PROSE = ("The Danube is the second-longest river in Europe. It rises in the Black Forest of Germany. "
         "The river flows through Vienna, Budapest and Belgrade before it reaches the Black Sea. "
         "Emperor Trajan built a bridge over it in the year 105. Its delta was protected in 1991.")


def test_a_10_kb_sentence_is_passed_over_and_said_so():
    run_on = "The " + ", ".join(f"river number {i} flows past the old mill" for i in range(300)) + "."
    assert len(run_on) > 10_000
    document = document_from_bytes((PROSE + "\n\n" + run_on).encode(), "long.txt")
    assert all(len(s.text) <= reading.MAX_SENTENCE_CHARS for s in document.sentences)
    assert [s.text for s in document.sentences][:1] == ["The Danube is the second-longest river in Europe."]
    assert any(reason.startswith(f"a sentence of {len(run_on):,} characters") for _, reason in document.dropped)


def test_a_file_that_is_one_long_sentence_is_refused_with_the_reason():
    one_line = "the river flows and " * 5200 + "ends."
    with pytest.raises(GenerateError) as caught:
        document_from_bytes(one_line.encode(), "one-line.txt")
    assert "1 sentence passed over, the first being a sentence of 104,005 characters" in str(caught.value)


def test_a_sentence_with_a_word_of_400_digits_is_passed_over():
    text = PROSE + " It is " + "9" * 400 + " metres deep in a story."
    document = document_from_bytes(text.encode(), "digits.txt")
    assert not any("999" in s.text for s in document.sentences)
    assert any("a word or number of 400 characters" in reason for _, reason in document.dropped)


def test_a_sentence_crowded_with_names_is_passed_over():
    crowd = "The guests were " + ", ".join(f"{first} Smith of {city}" for first in ("John", "Anna", "Olga", "Luis")
                                          for city in ("Paris", "Rome", "Oslo")) + "."
    assert reading.names_and_numbers(crowd) == 36
    document = document_from_bytes((PROSE + " " + crowd).encode(), "crowd.txt")
    assert crowd not in [s.text for s in document.sentences]
    assert ("a sentence of 36 names and numbers (at most 28 are read)" in [reason for _, reason in document.dropped])


def test_text_more_crowded_with_names_and_numbers_than_prose_is_read_only_in_part():
    rows = " ".join(f"In {1900 + i} Anna Berg{i} met Olga Lind{i} in Oslo and Rome." for i in range(400))
    document = document_from_bytes(rows.encode(), "results.txt")
    kept = sum(reading.names_and_numbers(s.text) for s in document.sentences)
    assert kept <= reading.NAMES_AT_ONCE + reading.NAMES_PER_CHAR * len(rows)
    assert len(document.sentences) < 400 and document.sentences  # some, not all
    assert any("more crowded with names and numbers than prose" in reason for _, reason in document.dropped)


def test_ordinary_prose_loses_no_sentence_to_the_limits():
    document = document_from_bytes((PROSE + "\n\n") .encode() * 40, "prose.txt")
    assert len(document.sentences) == 5 * 40 and not document.dropped


def test_runs_of_spaces_and_tabs_become_one_space_and_the_quote_still_matches():
    text = "The Danube flows\tthrough     Vienna and Budapest.\n\nIt was bridged in 105 by Trajan."
    document = document_from_bytes(text.encode(), "spaced.txt")
    assert document.sentences[0].text == "The Danube flows through Vienna and Budapest."
    pack = generate_pack([document])
    squeeze = lambda s: " ".join(s.split())  # noqa: E731 - how quotes are compared
    assert all(squeeze(q.source.quote) in squeeze(text) for q in pack.questions if q.source)


def test_splitting_never_looks_back_over_the_whole_paragraph():
    # "Sun." judged by the words just before it, however long the paragraph before that.
    paragraph = "x " * 50_000 + "We saw the Sun. It rose."
    pieces = [paragraph[s:e] for s, e in reading.split_sentences(paragraph)]
    assert pieces[-1] == "It rose."


@pytest.mark.parametrize("source, sentence, expected", [
    ("<p>The <b>Thames</b> protects <a href='/x'>London</a> &amp; Kent.</p>",
     "The Thames protects London & Kent.", "The <b>Thames</b> protects <a href='/x'>London</a> &amp; Kent."),
    ("The **Nile** flows into the [sea](https://e.org/s) in Egypt.", "The Nile flows into the sea in Egypt.",
     "The **Nile** flows into the [sea](https://e.org/s) in Egypt."),
    ("Price: 5 * 3 = 15 and *bold* text.", "Price: 5 * 3 = 15 and bold text.",
     "Price: 5 * 3 = 15 and *bold* text."),
])
def test_a_sentence_split_by_markup_is_found_as_the_file_writes_it(source, sentence, expected):
    start, end = locate(source, sentence)
    assert source[start:end] == expected


def test_a_sentence_not_in_the_file_is_not_found():
    assert locate("<p>The <b>Thames</b> protects London.</p>", "The Seine protects Paris.") is None


TEXT_PIECES = st.sampled_from([
    "The ", "Danube ", "river ", "flows ", "in ", "1991", "105 ", "Mr. ", "St. ", "U.S. ", "J. ", "Smith ", ". ",
    ", ", "; ", ": ", "! ", "? ", "... ", "\n", "\n\n", "\t", "   ", "\"", "\u201c", "\u201d", "'s ", "(", ")",
    "[", "]", "{", "}", "<b>", "</b>", "<p>", "&amp;", "**", "_", "# ", "- ", "1. ", "@", "http://a.org/x ",
    "km ", "%", "$", "\u20ac", "three ", "million ", "Sun. ", "Paris ", "King ", "of ", "France ", "9" * 120,
    "The Nile is " + "9" * 400 + " km long. ", "In " + "1" * 5000 + " the river flooded Cairo. ",
    "x" * 30, "\u00e9", "\u6771\u4eac", "\x00", "\ufeff",
])


# Whole sentences of prose among the pieces, so that questions are really written around them.
SENTENCES = st.sampled_from([
    "The river flows through Cairo in Egypt. ", "It was measured in 1899 by British engineers. ",
    "Emperor Trajan built a bridge over the Danube in 105. ", "The city of Vienna lies on its banks. ",
    "About 80 million people live in the basin of the river. ", "Marie Curie was born in Warsaw in 1867. ",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(SENTENCES, TEXT_PIECES), max_size=400), st.sampled_from(["doc.txt", "doc.md", "doc.html"]))
def test_generation_never_raises_anything_but_generate_error(pieces, name):
    data = "".join(pieces).encode("utf-8")
    try:
        pack = generate_pack([document_from_bytes(data, name)])
    except GenerateError:
        return
    assert pack.questions


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_generation_of_arbitrary_bytes_never_raises_anything_but_generate_error(data):
    try:
        generate_pack([document_from_bytes(data, "bytes.txt")])
    except GenerateError:
        pass


def test_cleaning_patterns_meet_long_runs_without_backtracking_over_them():
    from game.generate import clean

    # Each of these once made a paragraph's cleaning cost grow with its square (or cube).
    for paragraph in ("{" + ":" * 20_000 + ".", "cookie " * 3000 + ".", "a@" * 10_000 + ".", "<a " * 7000 + "."):
        clean.junk_reason(paragraph)  # returns at once; a backtracking pattern would not
    assert clean._URL.findall("write to ann@example.org or see www.example.org") == \
        ["ann@example.org", "www.example.org"]
    assert clean.junk_reason("We use cookies to improve your experience on this site.") == "a cookie or legal notice"
    assert clean.junk_reason("Follow us on Twitter for more.") == "a promotion, share or site line"
    assert re.search(clean._CAPTION_DATE, "The bridge seen from the river, on May 3, 2011.")
