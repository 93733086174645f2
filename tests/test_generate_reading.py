"""Reading documents: encodings, formats, and clear refusals of what is not usable text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from game.generate import GenerateError, document_from_bytes, generate_pack, read_document, sentence_context

DATA = Path(__file__).resolve().parent / "data" / "generate"
TEXT = "The Danube flows through Vienna and Budapest. It reaches the Black Sea in Romania.\n"


@pytest.mark.parametrize("encoded", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),
    TEXT.replace("\n", "\r\n").encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "cp1252-crlf"])
def test_every_common_encoding_reads_to_the_same_sentences(encoded):
    document = document_from_bytes(encoded, "doc.txt")
    assert [s.text for s in document.sentences] == [
        "The Danube flows through Vienna and Budapest.", "It reaches the Black Sea in Romania."]


def test_cp1252_accents_and_quotes_are_read_as_written():
    document = read_document(DATA / "cp1252-news.txt")
    assert document.encoding == "cp1252"
    assert "Léon Dupré" in document.text and "Zürich" in document.text


def test_utf16_file_with_bom_is_read():
    document = read_document(DATA / "utf16-news.txt")
    assert document.encoding.startswith("utf-16")
    assert any("Bosphorus" in s.text for s in document.sentences)


@pytest.mark.parametrize("data, expected", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "zip archive"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (bytes(range(256)) * 4, "binary file"),
])
def test_binary_files_are_refused_with_a_message_naming_the_file(data, expected):
    with pytest.raises(GenerateError) as error:
        document_from_bytes(data, "lesson.docx")
    assert str(error.value).startswith("lesson.docx: ")
    assert expected in str(error.value)
    assert "save it as plain text" in str(error.value)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \n", codecs.BOM_UTF8])
def test_empty_files_are_refused(data):
    with pytest.raises(GenerateError, match=r"^notes.txt: the file is empty"):
        document_from_bytes(data, "notes.txt")


def test_a_file_without_sentences_is_refused():
    with pytest.raises(GenerateError, match="found no sentences"):
        document_from_bytes(b"Home\nNews\nSport\nContact us\n", "menu.txt")


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(GenerateError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(GenerateError, match="this is a folder"):
        read_document(tmp_path)


def test_html_keeps_the_article_and_drops_scripts_menus_captions_and_cookie_banners():
    document = read_document(DATA / "scraped-page.html")
    assert document.format == "html"
    assert document.title == "Library reopens after restoration"
    text = document.text
    assert "Stockholm Public Library reopened on Monday" in text
    for junk in ("dataLayer", "display:flex", "Home", "cookies", "Share on Facebook", "rotunda seen",
                 "Museum opens new wing", "All rights reserved", "Tomas Berg"):
        assert junk not in text, junk


def test_markdown_drops_markup_images_and_takes_its_heading_as_title():
    document = read_document(DATA / "encyclopedia-danube.md")
    assert document.format == "markdown"
    assert document.title == "The Danube"
    assert "second-longest river in Europe, after the Volga." in document.text
    assert "https://" not in document.text and "barge.jpg" not in document.text and "**" not in document.text


def test_html_is_recognised_without_its_suffix():
    page = b"<!DOCTYPE html><html><body><p>The bridge opened in 1932 in Sydney.</p></body></html>"
    assert document_from_bytes(page, "-").format == "html"


def test_sentence_context_gives_the_neighbours_of_a_quote():
    document = read_document(DATA / "news-sports.txt")
    before, sentence, after = sentence_context(document, document.sentences[2].text)
    assert before == [document.sentences[1].text]
    assert sentence == document.sentences[2].text
    assert after == [document.sentences[3].text]
    assert sentence_context(document, "Not in the document at all.") is None


def test_a_sentence_split_by_markup_is_quoted_as_the_file_writes_it():
    from game.generate import document_from_bytes
    page = ('<html><body><p>The <b>Thames Barrier</b> protects <a href="/wiki/London">London</a> '
            'from storm surges &amp; high tides.</p></body></html>')
    (sentence,) = document_from_bytes(page.encode(), "barrier.html").sentences
    assert sentence.text == "The Thames Barrier protects London from storm surges & high tides."
    assert sentence.cited in page
    assert sentence.cited.startswith("The <b>Thames Barrier</b>") and sentence.cited.endswith("high tides.")


def test_markdown_links_and_bold_text_keep_their_sentence_quotable():
    from game.generate import document_from_bytes, sentence_context
    notes = "# Nile\n\nThe **Nile** flows into the [Mediterranean Sea](https://example.org/med) in Egypt.\n"
    document = document_from_bytes(notes.encode(), "nile.md")
    (sentence,) = document.sentences
    assert sentence.cited == "The **Nile** flows into the [Mediterranean Sea](https://example.org/med) in Egypt."
    assert sentence_context(document, sentence.cited)[1] == sentence.text


def test_a_quote_with_markup_reads_as_plain_words():
    from game.packs.quotes import readable_quote
    assert readable_quote('The <b>Thames Barrier</b> protects <a href="/x">London</a> &amp; Kent.') == \
        "The Thames Barrier protects London & Kent."
    assert readable_quote("The **Nile** flows into the [Mediterranean Sea](https://example.org/med).") == \
        "The Nile flows into the Mediterranean Sea."
    assert readable_quote("A plain sentence, as written.") == "A plain sentence, as written."


def test_questions_are_written_from_linked_sentences_and_their_quotes_are_in_the_file():
    from game.generate import generate_pack
    for name in ("linked-page.html", "linked-notes.md"):
        raw = (DATA / name).read_text(encoding="utf-8")
        pack = generate_pack([str(DATA / name)])
        quoted = [q for q in pack.questions if "<" in q.source.quote or "](" in q.source.quote or "**" in q.source.quote]
        assert len(quoted) >= len(pack.questions) // 2, name
        assert all(" ".join(q.source.quote.split()) in " ".join(raw.split()) for q in pack.questions)


def test_a_web_page_takes_its_title_from_the_head_even_with_its_headline_in_the_site_header():
    document = read_document(DATA / "museum-terracotta.html")
    assert document.title == "The Terracotta Army"
    assert "City History Museum" not in document.text  # header, menu and footer are not the article
    assert "Exhibitions" not in document.text and "All rights reserved" not in document.text
    pack = generate_pack([str(DATA / "museum-terracotta.html")])
    assert (pack.id, pack.title) == ("terracotta-army", "The Terracotta Army")


@pytest.mark.parametrize("page, title", [
    ("<html><head><title>Tides explained | Sea Notes</title></head><body><p>The Moon pulls the sea.</p></body></html>",
     "Tides explained"),
    ("<html><body><header class='top'><h1>Tides explained</h1></header><p>The Moon pulls the sea.</p></body></html>",
     "Tides explained"),
    ("<html><head><title>Tides</title></head><body><svg><title>logo</title></svg><p>The Moon pulls the sea.</p></body></html>",
     "Tides"),
])
def test_a_page_title_comes_from_title_or_a_headline_never_from_an_icon(page, title):
    assert document_from_bytes(page.encode(), "page.html").title == title
