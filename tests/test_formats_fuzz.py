"""Damaged and arbitrary input: an importer either reads it or raises FormatError, nothing else.

A teacher's file can be cut short, edited by hand or simply be something else; the command
line must then print a message, never a traceback.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.packs.formats import IMPORTERS, FormatError, export_pack
from game.packs.model import ChoiceQuestion, NumberQuestion, Pack, TextQuestion, TrueFalseQuestion

PACK = Pack(id="fuzz", title="Fuzz", questions=[
    ChoiceQuestion(id="c", prompt="Host city?", answer="Sochi", wrong=["Turin", "Oslo"], explanation="Coast."),
    TrueFalseQuestion(id="t", prompt="Lit at Olympia?", answer=True),
    NumberQuestion(id="n", prompt="Year?", answer=1936, tolerance=1, wrong=[1948]),
    TextQuestion(id="s", prompt="Sea?", answer="Black Sea", accept=["the Black Sea"], wrong=["Red Sea"]),
])
SAMPLES = {fmt: export_pack(PACK, fmt, "").data for fmt in ("kahoot", "quizizz", "moodlexml", "gift", "aiken", "csv")}
SAMPLES["opentdb"] = (b'{"response_code":0,"results":[{"type":"multiple","difficulty":"easy","category":"Art",'
                      b'"question":"Who?","correct_answer":"A","incorrect_answers":["B","C"]}]}')


def reads_or_refuses(fmt: str, data: bytes) -> None:
    try:
        result = IMPORTERS[fmt](data, f"fuzz.{fmt}", "fuzz", None)
    except FormatError as error:
        assert error.message
        return
    assert result.pack.id == "fuzz"


@st.composite
def damaged(draw, fmt: str) -> bytes:
    data = bytearray(SAMPLES[fmt])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        where = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "cut":
            del data[where:]
        elif kind == "flip" and data:
            data[where] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b"{", b"}", b"~", b"=", b"#", b"::", b"<", b"]]>", b"&x;", b"\n\n", b"ANSWER: Z\n", b'"', b"%",
                 b"\xff\xfe", b"\r"]))
        elif data:
            del data[where:where + draw(st.integers(1, 16))]
    return bytes(data)


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(data=st.data(), fmt=st.sampled_from(sorted(SAMPLES)))
def test_damaged_files_are_read_or_refused_with_a_message(data, fmt):
    reads_or_refuses(fmt, data.draw(damaged(fmt)))


@FUZZ
@given(fmt=st.sampled_from(sorted(SAMPLES)), data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_arbitrary_bytes_are_read_or_refused_with_a_message(fmt, data):
    reads_or_refuses(fmt, data)


cells = st.one_of(st.none(), st.booleans(), st.integers(-10, 10), st.floats(allow_nan=True),
                  st.text(max_size=20), st.sampled_from(["1,2", "2", " 3 ", "0", "Checkbox", "Poll", "x", "999"]))


@FUZZ
@given(fmt=st.sampled_from(["kahoot", "quizizz"]), rows=st.lists(st.lists(cells, min_size=0, max_size=12), max_size=6))
def test_sheets_with_any_cell_values_under_a_real_header_are_read_or_refused(fmt, rows):
    import io

    import openpyxl

    from game.packs.formats.kahoot import HEADERS as KAHOOT
    from game.packs.formats.quizizz import HEADERS as QUIZIZZ

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([None, *KAHOOT] if fmt == "kahoot" else list(QUIZIZZ))
    data = io.BytesIO()
    try:
        for row in rows:
            sheet.append(row)
        workbook.save(data)
    except Exception:  # openpyxl refuses control characters in cells; not our concern here
        return
    reads_or_refuses(fmt, data.getvalue())
    csv_text = "\n".join(",".join("" if v is None else str(v).replace(",", " ").replace("\n", " ") for v in row)
                         for row in [[None, *KAHOOT] if fmt == "kahoot" else list(QUIZIZZ), *rows])
    reads_or_refuses("csv", csv_text.encode("utf-8", "replace"))


_TOKENS = ["::", "{", "}", "~", "=", "#", "####", "%50%", "%-100%", "->", "\n", "\n\n", "[html]", "[markdown]",
           "$CATEGORY: a/b", "// [tag:x]", "//", "T", "FALSE", "#1..5", ":", "..", "\\", "\\n", "1822", "-3.5", "*",
           "A) ", "B. ", "ANSWER: A", "ANSWER:", "<p>", "&amp;", "<img src='@@PLUGINFILE@@/a.png'>", "word", " "]


@FUZZ
@given(fmt=st.sampled_from(["gift", "aiken", "csv"]), tokens=st.lists(st.sampled_from(_TOKENS), max_size=60))
def test_text_made_of_format_tokens_is_read_or_refused(fmt, tokens):
    reads_or_refuses(fmt, "".join(tokens).encode())


_VALUES = st.sampled_from(["100", "0", "50", "-50", "33", "abc", "nan", "inf", "-inf", "1e999", "", "1,5", "*",
                           "1822", "true", "false", "<p>x</p>", "&lt;b&gt;", " 3 ", "-0"])


@FUZZ
@given(qtype=st.sampled_from(["multichoice", "truefalse", "shortanswer", "numerical", "matching", "weird", ""]),
       answers=st.lists(st.tuples(_VALUES, _VALUES, _VALUES), max_size=5), single=_VALUES, unit=_VALUES)
def test_moodle_questions_with_odd_values_are_read_or_refused(qtype, answers, single, unit):
    from xml.sax.saxutils import quoteattr

    body = "".join(f"<answer fraction={quoteattr(f)}><text>{t}</text><tolerance>{tol}</tolerance>"
                   f"<feedback><text>{t}</text></feedback></answer>" for f, t, tol in answers)
    xml = (f'<quiz><question type="{qtype}"><name><text>n</text></name><questiontext format="html"><text>Q?</text>'
           f"</questiontext><single>{single}</single>{body}<units><unit><multiplier>{unit}</multiplier>"
           f"<unit_name>{unit}</unit_name></unit></units></question></quiz>")
    reads_or_refuses("moodlexml", xml.encode())
