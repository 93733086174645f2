"""A generated question's source sentence, found in its document with its neighbours."""

from __future__ import annotations

from pathlib import Path

from game.editor import EditSession, SourceContexts
from game.editor.context import find_in_sentences, split_plain_sentences
from tests.editorpacks import SEED, generated_pack, write_generated


def question(session: EditSession, question_id: str) -> dict:
    return next(data for _, data, _ in session.iter_questions() if data["id"] == question_id)


def test_the_quoted_sentence_comes_with_the_sentences_before_and_after(tmp_path):
    session = EditSession.from_file(write_generated(tmp_path))
    found = SourceContexts().context(question(session, "planning-stages"), session.header["sources"],
                                     session.base_dir)
    assert found.sentence == "Officials cautioned that the idea is still at the planning stages."
    assert found.before[0].startswith("That will allow the Olympic torch to be carried in space")
    assert found.after[0].startswith("\u201cNo decision has been made so far")
    assert found.document == "Russia: Cosmonauts may carry Olympic torch on spacewalk"


def test_the_first_sentence_has_nothing_before_it_but_the_headline():
    session = EditSession.from_pack(generated_pack())
    found = SourceContexts().context(question(session, "adler-airport"), session.header["sources"], None)
    assert found.before == ("Russia: Cosmonauts may carry Olympic torch on spacewalk",)
    assert found.sentence.startswith("The Olympic Rings are displayed outside Adler airport")


def test_a_document_that_cannot_be_found_still_shows_the_quote():
    session = EditSession.from_pack(generated_pack())
    sources = [{"id": "seed-000", "title": "Gone", "path": "nowhere/missing.txt"}]
    found = SourceContexts().context(question(session, "host-city"), sources, None)
    assert found.before == () and found.after == ()
    assert found.sentence.startswith("Russian President Vladimir Putin")


def test_a_question_without_a_source_has_no_context():
    assert SourceContexts().context({"id": "q", "prompt": "?"}, [], None) is None


def test_documents_handed_over_are_not_read_again(tmp_path):
    reads: list[Path] = []

    def reader(path: Path):
        reads.append(path)
        return "title", []

    contexts = SourceContexts(reader)
    contexts.add_document(SEED, "Handed over", ["Before.", "The quoted sentence.", "After."])
    sources = [{"id": "d", "title": "Handed over", "path": str(SEED)}]
    found = contexts.context({"source": {"doc": "d", "quote": "The quoted  sentence."}}, sources, None)
    assert (found.before, found.sentence, found.after) == (("Before.",), "The quoted sentence.", ("After.",))
    assert reads == []


def test_quote_marks_and_spacing_do_not_hide_a_sentence():
    sentences = ["One.", "Russia\u2019s partners \u2014 NASA among them \u2014 agreed.", "Three."]
    found = find_in_sentences("Russia's partners - NASA among them - agreed.", sentences)
    assert found == (("One.",), sentences[1], ("Three.",))


def test_a_quote_split_across_two_sentences_here_is_found_whole():
    sentences = ["A first.", "It was on Nov.", "25 that it flew.", "Last."]
    found = find_in_sentences("It was on Nov. 25 that it flew.", sentences)
    assert found == (("A first.",), "It was on Nov. 25 that it flew.", ("Last.",))


def test_plain_text_splits_at_full_stops_but_not_after_abbreviations():
    text = "Dr. Ivanova spoke on Nov. 11. She said: \u201cYes.\u201d \u00c9t\u00e9 came.\n\nNew paragraph"
    assert split_plain_sentences(text) == ["Dr. Ivanova spoke on Nov. 11.", "She said: \u201cYes.\u201d",
                                           "\u00c9t\u00e9 came.", "New paragraph"]


def test_a_document_read_from_standard_input_is_found_by_its_hash():
    contexts = SourceContexts(lambda path: ("never read", []))
    contexts.add_document(None, "Pasted", ["First.", "The fact.", "Last."], sha256="ab" * 32)
    sources = [{"id": "d", "title": "Pasted", "sha256": "ab" * 32}]
    found = contexts.context({"source": {"doc": "d", "quote": "The fact."}}, sources, None)
    assert (found.before, found.after, found.document) == (("First.",), ("Last.",), "Pasted")


def test_each_document_is_read_once_however_often_the_screen_asks():
    reads: list[Path] = []

    def reader(path: Path):
        reads.append(path)
        return "Seed", ["One.", "Two."]

    contexts = SourceContexts(reader)
    sources = [{"id": "s", "title": "Seed", "path": str(SEED)}]
    for _ in range(50):
        contexts.context({"source": {"doc": "s", "quote": "Two."}}, sources, None)
        contexts.context({"source": {"doc": "s", "quote": "Not there."}}, sources, None)
    assert reads == [SEED]
