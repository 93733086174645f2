"""Every reader counts as it reads: nesting, nodes and bytes past a limit are refused at the
first one past it, with a located message, never after building the whole thing.

A refusal "while reading" is shown without a clock: a file that breaks a limit early and
is broken (a syntax error, a bad checksum) only later gets the limit's message. A reader
that built everything first would meet the later damage instead, or run out of memory.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.generate import GenerateError, read_document
from game.packs import PackError, load_pack_text
from game.packs.formats import FormatError, export_pack, import_file
from game.packs.formats import xmltree
from game.packs.formats.opentdb import import_opentdb
from game.packs.formats.sheets import read_workbook
from game.packs.model import ChoiceQuestion, Pack
from game.safeyaml import Limits, parse

# -- YAML ------------------------------------------------------------------------------------


def test_a_yaml_file_of_too_many_nodes_is_refused_before_the_rest_is_read():
    # 600,000 values, then a syntax error: the count stops reading long before it.
    text = "relayquiz: 1\nmeta: [" + "1," * 600_000 + "1]\n]]] not yaml {{{\n"
    with pytest.raises(PackError) as caught:
        load_pack_text(text, "many.yaml")
    (problem,) = caught.value.problems
    assert "more than 500,000 YAML nodes" in problem.message and problem.line == 2


def test_the_node_count_follows_the_limits_given():
    text = "a: [" + ", ".join(["x"] * 50) + "]\nb: ]\n"
    with pytest.raises(PackError, match="more than 20 YAML nodes"):
        parse(text, "small.yaml", Limits(max_read_nodes=20))


def test_yaml_nested_100000_deep_is_refused_at_the_first_level_too_deep():
    text = "a: " + "[" * 100_000 + "]" * 100_000 + "\n"
    with pytest.raises(PackError) as caught:
        parse(text, "deep.yaml")
    (problem,) = caught.value.problems
    # Refused at the first level past the limit that the parser hands over (libyaml reads up to
    # its own 1,000 levels ahead in a flow list), never after reading all 100,000.
    assert "nested more than 32 levels deep" in problem.message or "nested too deeply" in problem.message
    assert problem.line == 1 and problem.column <= 1100
    block = "a:\n" + "".join("  " * level + "- \n" for level in range(40))
    with pytest.raises(PackError) as caught:
        parse(block, "block.yaml")
    (problem,) = caught.value.problems
    assert "nested more than 32 levels deep" in problem.message and problem.line == 33


def test_composed_yaml_keeps_what_pyyaml_refuses():
    for text, words in (("a: *nowhere\n", "undefined alias"), ("a: &x 1\nb: &x 2\n", "duplicate anchor"),
                        ("a: 1\n---\nb: 2\n", "single document")):
        with pytest.raises(PackError, match=words):
            parse(text, "odd.yaml")


def test_aliases_merges_and_locations_read_as_before():
    document = parse("base: &b {x: 1, y: [2, 3]}\nuse:\n  <<: *b\n  z: 0x10\n", "m.yaml")
    assert document.data == {"base": {"x": 1, "y": [2, 3]}, "use": {"x": 1, "y": [2, 3], "z": 16}}
    assert document.locate(("use", "z")) == (4, 6)
    assert document.locate(("base", "y", 1)) == (1, 24)


# -- Open Trivia DB JSON ---------------------------------------------------------------------

QUESTION = {"type": "multiple", "difficulty": "easy", "category": "General Knowledge",
            "question": "Which city hosted the 2014 Winter Olympics?", "correct_answer": "Sochi",
            "incorrect_answers": ["Vancouver", "Turin", "Nagano"]}


def test_json_nested_100000_deep_is_refused_not_a_recursion_error():
    with pytest.raises(FormatError) as caught:
        import_opentdb(("[" * 100_000 + "]" * 100_000).encode(), "deep.json", "p")
    assert "nested more than 32 levels deep" in str(caught.value)


def test_json_with_too_many_values_is_refused_before_its_syntax_error():
    text = '{"response_code": 0, "results": [' + "0," * 300_000 + "0]\n,,, broken"
    with pytest.raises(FormatError) as caught:
        import_opentdb(text.encode(), "wide.json", "p")
    assert "more than 200,000 values" in str(caught.value) and str(caught.value).startswith("wide.json:1:")


def test_a_json_number_of_5000_digits_is_refused_where_it_stands():
    data = ('{"response_code": 0,\n "results": [],\n "n": ' + "9" * 5000 + "}").encode()
    with pytest.raises(FormatError) as caught:
        import_opentdb(data, "big.json", "p")
    assert str(caught.value).startswith("big.json:3:") and "5,000 characters" in str(caught.value)


def test_ordinary_open_trivia_json_still_imports_with_each_question_on_its_line():
    text = json.dumps({"response_code": 0, "results": [QUESTION, dict(QUESTION, question="Where is Nice?")]},
                      indent=1)
    result = import_opentdb(text.encode(), "ok.json", "p")
    assert [q.prompt for q in result.pack.questions] == [QUESTION["question"], "Where is Nice?"]


# -- Moodle XML ------------------------------------------------------------------------------


def test_xml_of_too_many_elements_is_refused_before_it_ends_badly():
    data = b"<?xml version='1.0'?><quiz>" + b"<a/>" * 300_000 + b"<unclosed>"
    with pytest.raises(FormatError) as caught:
        xmltree.parse_xml(data, "wide.xml")
    assert "more than 250,000 elements and attributes" in str(caught.value)


def test_a_tag_with_a_wall_of_attributes_is_refused_before_the_parser_builds_it():
    data = b"<?xml version='1.0'?><quiz><question " + b" ".join(b'a%d="1"' % i for i in range(40_000)) + b"/></quiz>"
    with pytest.raises(FormatError, match="an XML tag is longer than 256 KB"):
        xmltree.parse_xml(data, "attrs.xml")


@given(st.lists(st.sampled_from([b"<", b">", b"a", b" ", b"1", b"\n", b"=", b'"', b"<b", b"</"]), max_size=80),
       st.integers(1, 12))
@settings(max_examples=300, deadline=None)
def test_the_long_tag_walk_finds_what_a_pattern_tried_at_every_bracket_finds(pieces, longest):
    data = b"".join(pieces)
    found = re.search(rb"<[A-Za-z_:][^<>]{%d}" % longest, data)
    assert xmltree.long_tag_start(data, longest) == (found.start() if found else None)


def test_a_long_tag_is_found_across_block_edges_and_at_the_end_of_the_file():
    for before in (0, 1, 255, 256, 257, 700):
        data = b"x" * before + b"<q " + b"a" * 600
        assert xmltree.long_tag_start(data, 256) == before
        assert xmltree.long_tag_start(data + b">", 256) == before
        assert xmltree.long_tag_start(b"x" * before + b"<q " + b"a" * 250 + b">" + b"a" * 600, 256) is None


def test_xml_of_too_many_pieces_of_text_is_refused(monkeypatch):
    monkeypatch.setattr(xmltree, "MAX_TEXT_PIECES", 1000)
    data = b"<?xml version='1.0'?><quiz><q>" + b"&amp;" * 5000 + b"</q></quiz>"
    with pytest.raises(FormatError, match="more than 1,000 pieces of text"):
        xmltree.parse_xml(data, "amp.xml")


def test_xml_elements_still_carry_their_lines_and_text():
    root = xmltree.parse_xml(b"<quiz>\n<question type='x'>\n<text>A &amp; B</text></question></quiz>", "q.xml")
    (question,) = root.findall("question")
    assert question.line == 2 and question.attrs == {"type": "x"} and question.text_of("text") == "A & B"


# -- Workbooks -------------------------------------------------------------------------------


def kahoot_workbook() -> bytes:
    pack = Pack(id="p", title="T", questions=[ChoiceQuestion(id="q", prompt="Where?", answer="Sochi",
                                                             wrong=["Turin"])])
    return export_pack(pack, "kahoot", "").data


def with_parts(workbook: bytes, replace: dict[str, bytes] = {}, extra: dict[str, bytes] = {},
               level: int = 9) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
        for name, data in extra.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_a_small_workbook_whose_strings_unzip_to_255_mb_is_refused_by_its_stated_size():
    strings = (b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               + b"<si><t>a</t></si>" * 15_000_000 + b"</sst>")
    data = with_parts(kahoot_workbook(), extra={"xl/sharedStrings.xml": strings})
    del strings
    assert len(data) < 1_000_000
    with pytest.raises(FormatError) as caught:
        read_workbook(data, "bomb.xlsx")
    assert "xl/sharedStrings.xml unpacks to 243.2 MB" in str(caught.value)
    assert "at most 8.0 MB a part" in str(caught.value)


def test_a_workbook_whose_parts_add_up_past_the_total_is_refused():
    parts = {f"xl/media/image{i}.png": bytes(7 * 1024 * 1024) for i in range(5)}
    with pytest.raises(FormatError, match="unpacks to 35.0 MB.*at most 32.0 MB"):
        read_workbook(with_parts(kahoot_workbook(), extra=parts, level=1), "heavy.xlsx")


def test_a_workbook_of_too_many_tags_is_refused_at_the_first_one_past_the_count():
    sheet = b"<worksheet><sheetData>" + b"<row/>" * 250_000 + b"</sheetData></worksheet>"
    data = with_parts(kahoot_workbook(), replace={"xl/worksheets/sheet1.xml": sheet})
    with pytest.raises(FormatError, match="more than 200,000 tags .*xl/worksheets/sheet1.xml"):
        read_workbook(data, "tags.xlsx")


def test_a_workbook_part_nested_too_deep_is_refused():
    sheet = b"<worksheet><sheetData>" + b"<a>" * 10_000 + b"</a>" * 10_000 + b"</sheetData></worksheet>"
    data = with_parts(kahoot_workbook(), replace={"xl/worksheets/sheet1.xml": sheet})
    with pytest.raises(FormatError, match="nested more than 64 levels deep"):
        read_workbook(data, "deep.xlsx")


def test_a_workbook_of_thousands_of_parts_is_refused_from_its_directory():
    parts = {f"x/{i}": b"" for i in range(1_001)}
    with pytest.raises(FormatError, match=r"holds 1,0\d\d parts, .*\(at most 1,000\)"):
        read_workbook(with_parts(kahoot_workbook(), extra=parts), "parts.xlsx")


def central_entry(data: bytes, name: str) -> int:
    """Where the zip's directory entry for `name` starts."""
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + length] == name.encode():
            return at
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{name} is not in the archive")


def test_a_part_that_states_less_than_it_holds_is_refused_not_unpacked_in_full():
    data = bytearray(with_parts(kahoot_workbook(), replace={"xl/worksheets/sheet1.xml": b"<a/>" * 100_000}))
    entry = central_entry(bytes(data), "xl/worksheets/sheet1.xml")
    data[entry + 24:entry + 28] = (100).to_bytes(4, "little")  # the stated unpacked size
    with pytest.raises(FormatError, match="damaged"):
        read_workbook(bytes(data), "liar.xlsx")


def test_a_part_whose_packed_data_is_broken_is_refused_as_damaged():
    data = bytearray(with_parts(kahoot_workbook(), replace={"xl/worksheets/sheet1.xml": b"<a/>" * 1000}))
    local = bytes(data).find(b"xl/worksheets/sheet1.xml") - 30      # the part's own header comes first
    start = local + 30 + int.from_bytes(data[local + 26:local + 28], "little") + \
        int.from_bytes(data[local + 28:local + 30], "little")
    data[start:start + 5] = b"\x00\x01\x00\x00\x00"        # a stored block whose length check fails
    with pytest.raises(FormatError, match="damaged"):
        read_workbook(bytes(data), "broken.xlsx")


def test_an_ordinary_workbook_passes_every_check():
    (sheet,) = read_workbook(kahoot_workbook(), "fine.xlsx")
    assert any("Sochi" in str(cell) for row in sheet.rows for cell in row)


# -- Bytes counted as they are read ----------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_import_of_dev_zero_stops_at_the_cap():
    with pytest.raises(FormatError, match="more than 64 MB"):
        import_file("/dev/zero", None, "p")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_generate_from_dev_zero_stops_at_the_cap():
    with pytest.raises(GenerateError, match="more than 64 MB"):
        read_document("/dev/zero")


class EndlessInput(io.RawIOBase):
    """Standard input that never ends (a 3 GB pipe is the same as far as the cap goes); it
    fails the test instead of eating memory if more than twice the cap is asked of it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.served += len(buffer)
        assert self.served < 2 * 64 * 1024 * 1024 + 2 * 1024 * 1024, "read far past the cap"
        buffer[:] = b"a" * len(buffer)
        return len(buffer)


def test_an_endless_pipe_into_generate_stops_at_the_cap(monkeypatch):
    endless = EndlessInput()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    with pytest.raises(GenerateError, match="standard input holds more than 64 MB"):
        read_document("-")
    assert endless.served <= 64 * 1024 * 1024 + 1024 * 1024


# -- The packs folder ------------------------------------------------------------------------


def test_the_pack_list_of_a_hostile_folder_names_every_hostile_entry_and_lists_the_good_packs(capsys):
    # bench_hostile_packs measures the time and memory of this very folder.
    from bench.bench_hostile_packs import hostile_folder
    from game import paths
    from game.cli import main

    folder = paths.user_packs_dir()
    hostile_folder(folder, good=6)
    hostile = sorted(entry.name for entry in folder.iterdir() if not entry.name.startswith("user-pack-")
                     and entry.name != "class")
    for _ in range(2):                                   # read afresh, then from the pack cache
        assert main(["packs"]) == 0
        out, err = capsys.readouterr()
        assert all(f"user-pack-{index}" in out for index in range(6))
        reported = sorted({line.split(":", 1)[0].rsplit("/", 1)[-1] for line in err.splitlines() if line})
        assert reported == hostile and "Traceback" not in err
