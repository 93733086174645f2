"""Import and export messages in the game's language: real files read under German, Russian
and the pseudo language, with each message's place in the file (`file:line`,
`file:sheet!row`) written exactly as in English."""

from __future__ import annotations

import re

import pytest

from game import i18n
from game.i18n.pseudo import is_pseudo
from game.packs.formats import IMPORTERS, FormatError, export_pack, import_file
from game.packs.model import ChoiceQuestion, NumberQuestion, Pack, TextQuestion, TrueFalseQuestion
from tests.conftest import SHARED

FORMATS = SHARED / "fixtures" / "formats"
needs_fixtures = pytest.mark.skipif(not FORMATS.is_dir(), reason="the shared fixtures are not beside the project")

GIFT = """::Essay::Describe how the torch is lit.{}

::Host::Which city hosted the 2014 Winter Games?{=Sochi ~Turin ~Nagano}
"""
KAHOOT_CSV = ("Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n"
              "Which city hosted the 2014 Games?,Turin,Sochi,,,20,2\n"
              "Pick the two Baltic states,Latvia,Spain,Estonia,,20,\"1,3\"\n")


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_skipped_gift_essay_is_reported_in_german_at_its_line(tmp_path):
    source = _write(tmp_path, "quiz.gift", GIFT)
    i18n.set_language("de")
    result = import_file(source, None, "quiz")
    note, = result.notes
    assert str(note) == (f"{source}:1: übersprungen (Freitext): 'Essay' hat leere Klammern, die Moodle als "
                         "Freitext liest")
    assert result.summary().splitlines() == [
        "1 Frage importiert: 1 choice",
        "1 Frage übersprungen:",
        "  1 × Freitext: eine geschriebene Antwort lässt sich nicht automatisch bewerten",
    ]


def test_a_kahoot_csv_with_two_right_answers_is_refused_in_russian_at_its_line(tmp_path):
    source = _write(tmp_path, "kahoot.csv", KAHOOT_CSV)
    i18n.set_language("ru")
    result = import_file(source, None, "kahoot")
    note, = result.notes
    assert str(note) == (f"{source}:3: пропущен (множественный выбор): 2 верных ответа (1,3): в игре у вопроса "
                         "ровно один верный ответ")
    assert result.summary().splitlines()[0] == "импортирован 1 вопрос: 1 choice"


def test_a_damaged_file_is_refused_in_german_naming_the_file_and_line(tmp_path):
    source = tmp_path / "quiz.gift"
    source.write_bytes("::Q::Was ist richtig?{=Ja ~Nein}\n::R::Gr\xfc\xdfe?{T}\n".encode("cp1252"))
    i18n.set_language("de")
    with pytest.raises(FormatError) as error:
        import_file(source, "gift", "quiz")
    assert str(error.value) == (f"{source}:2: GIFT-Dateien müssen UTF-8 sein, wie Moodle es verlangt; diese ist es "
                                "nicht (Byte 0xfc kann hier kein Zeichen beginnen). Speichern Sie sie als UTF-8 und "
                                "importieren Sie sie erneut")


def test_an_export_names_what_it_left_out_in_german():
    pack = Pack(id="p", title="T", questions=[
        NumberQuestion(id="year", prompt="In what year?", answer=1936),
        ChoiceQuestion(id="host", prompt="Host?", answer="Sochi", wrong=["Turin"], explanation="On the coast."),
    ])
    i18n.set_language("de")
    notes = [str(note) for note in export_pack(pack, "aiken", "").notes]
    assert ("p: Warnung: Frage 'year': nicht geschrieben: Aiken fasst nur Auswahlfragen, und diese Frage vom Typ "
            "number hat keine falschen Antwortmöglichkeiten") in notes
    assert "p: Warnung: Erklärungen von 1 Frage werden nicht übernommen: Aiken hat keinen Platz dafür (host)" in notes


@pytest.mark.parametrize("count, words", [
    (1, "импортирован 1 вопрос: 1 choice"),
    (3, "импортировано 3 вопроса: 3 choice"),
    (5, "импортировано 5 вопросов: 5 choice"),
    (21, "импортирован 21 вопрос: 21 choice"),
])
def test_the_russian_summary_counts_questions_in_the_right_plural_form(tmp_path, count, words):
    rows = "".join(f"Question {n}?,Yes {n},No {n},,,20,1\n" for n in range(count))
    source = _write(tmp_path, "quiz.csv", KAHOOT_CSV.splitlines()[0] + "\n" + rows)
    i18n.set_language("ru")
    assert import_file(source, None, "quiz").summary().splitlines()[0] == words


@pytest.mark.parametrize("count, words", [
    (1, "единицы измерения 1 вопроса не сохраняются: в GIFT для них нет места"),
    (3, "единицы измерения 3 вопросов не сохраняются: в GIFT для них нет места"),
    (21, "единицы измерения 21 вопроса не сохраняются: в GIFT для них нет места"),
])
def test_the_russian_export_notes_count_questions_in_the_right_plural_form(count, words):
    pack = Pack(id="p", title="T", questions=[
        NumberQuestion(id=f"n{n}", prompt=f"How far {n}?", answer=n, unit="km") for n in range(count)])
    i18n.set_language("ru")
    assert any(words in str(note) for note in export_pack(pack, "gift", "").notes)


# --- nothing of the formats' own words stays English ---------------------------------

# What a message may hold that is not its own words: text from the file in quotes, the
# names of the tools and formats (never translated), and the spreadsheet vendors' column
# titles a message quotes so that a teacher can match them (file format syntax).
_QUOTED = re.compile(r"(?<!\w)'.*?'(?!\w)|<[^<>]*>|\([^()]*(?:Question|Answer|Option)[^()]*\)")
_NAMES = {"Kahoot", "Quizizz", "Wayground", "Moodle", "XML", "GIFT", "Aiken", "CSV", "JSON", "ANSWER",
          "PNG", "JPEG", "UTF"}
_ENGLISH_WORD = re.compile(r"\b[A-Za-z]{2,}\b")


def plain_english(text: str, *values: str) -> list[str]:
    """The plain (unaccented) words of a message once the file's own content is taken out:
    the location prefix and every value named, quoted text, and the tools' names."""
    for value in sorted(values, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    text = _QUOTED.sub(" ", text)
    return [word for word in _ENGLISH_WORD.findall(text) if word not in _NAMES]


def _problem_messages(tmp_path) -> list[tuple[str, str]]:
    """(where, message) of every note and refusal the fixtures that have problems produce, and
    of every note of exporting a pack that no target holds whole (`where` is the pack's id)."""
    found: list[tuple[str, str]] = []
    files = ["aiken/aiken_errors.txt", "gift/questions.gift.txt", "gift/examples.txt",
             "kahoot/KahootQuizTemplate.xlsx", "quizizz/quizizz.xlsx",
             "gift/questions_encoding_windows-1252.gift.txt", "opentdb/api_fail_respcode_1.json",
             *(f"moodlexml/moodle-core/{p.name}" for p in sorted((FORMATS / "moodlexml" / "moodle-core").glob("*.xml"))),
             *(f"gift/gift-pegjs/{p.name}" for p in sorted((FORMATS / "gift" / "gift-pegjs").glob("*.gift")))]
    for relative in files:
        try:
            result = import_file(FORMATS / relative, None, "p")
        except FormatError as error:
            found.append((str(error.where), error.message))
            continue
        found += [(str(note.where), note.message) for note in result.notes]
        found.append(("", result.summary()))
    bad_csv = _write(tmp_path, "bad.csv", "Question,Option A,Option B,Answer\nHost?,Sochi,Turin,A\n")
    with pytest.raises(FormatError) as error:
        IMPORTERS["csv"](bad_csv.read_bytes(), str(bad_csv), "p")
    found.append((str(error.value.where), error.value.message))
    mixed = Pack(id="p", title="T", questions=[
        ChoiceQuestion(id="c", prompt="A) looks like an option?", answer="x" * 90, wrong=list("abcdefg"),
                       explanation="Why.", tags=["t"], time_limit=25),
        TrueFalseQuestion(id="tf", prompt="Lit at Olympia?", answer=True, difficulty="easy"),
        NumberQuestion(id="n", prompt="Year?", answer=1936, tolerance=2, unit="AD", wrong=[1940]),
        TextQuestion(id="t", prompt="Sea?", answer="Black Sea", accept=list("abcdef"), wrong=["Red Sea"]),
    ])
    for fmt in ("kahoot", "quizizz", "moodlexml", "gift", "aiken", "csv"):
        found += [("p", note.message) for note in export_pack(mixed, fmt, "").notes]
    return found


@needs_fixtures
def test_every_import_and_export_message_goes_through_the_catalog(tmp_path):
    i18n.set_language("pseudo")
    messages = _problem_messages(tmp_path)
    assert len(messages) > 60
    plain = []
    for where, message in messages:
        for line in message.splitlines():
            # Question ids are pack content, and the question types the pack format's own names
            # (a pack says `type: choice` in every language): both stay as they are.
            words = plain_english(line, where, str(FORMATS), str(tmp_path), "c", "tf", "n", "t",
                                  "choice", "truefalse", "number", "text")
            if not is_pseudo(line) or words:
                plain.append((where, line, words))
    assert plain == []


@needs_fixtures
def test_a_note_keeps_its_english_location_in_the_pseudo_language(tmp_path):
    i18n.set_language("pseudo")
    source = FORMATS / "kahoot" / "KahootQuizTemplate.xlsx"
    note = import_file(source, None, "p").notes[0]
    assert str(note).startswith(f"{source}:Sheet1!9: ") and is_pseudo(str(note))
