"""The pack editor in other languages: its own words in German and Russian (with Russian's three
plural forms and numbers in each language's form), and every screen drawn in the pseudo language
with none of its own words left in plain English, while the pack's content stays as written."""

from __future__ import annotations

import re
from pathlib import Path

import pygame
import pytest

from game import i18n
from game.editor import EditSession, Mark, save
from game.editor.words import _declared, declared
from game.i18n.pseudo import is_pseudo
from game.packs.questiontypes import LEADING_FIELDS, QUESTION_TYPES, TRAILING_FIELDS
from game.ui.editor.generate import GenerateScene
from game.ui.editor.pack_editor import PackEditorScene
from game.ui.editor.parts import counter_line, question_of
from game.ui.editor.question_editor import QuestionEditorScene
from game.ui.editor.review import ReviewScene, doubt_line, doubt_name
from game.ui.handover import Editing
from game.ui.kit import record
from tests.editorpacks import SEED, generated_pack
from tests.uikit import key, make_app, typed

CTRL = pygame.KMOD_LCTRL
ROOT = Path(__file__).resolve().parent.parent


OPENED: list = []


@pytest.fixture(autouse=True)
def closed_window():
    yield
    while OPENED:
        OPENED.pop().close()
    pygame.quit()


def open_editor(start: str, session: EditSession | None = None, **editing):
    session = session or EditSession.from_pack(generated_pack())
    editing.setdefault("review", start == "review")
    app = make_app((1280, 720), start=start, handover=Editing(session, **editing))
    OPENED.append(app)
    app.step(1 / 60, [])
    return app, session


def press(app, code: int, mod: int = 0) -> None:
    app.step(1 / 60, [key(code, mod)])


def write(app, text: str) -> None:
    for ch in text:
        app.step(1 / 60, [typed(ch)])


def session_with_empty_prompts(count: int) -> EditSession:
    questions = [{"id": f"q{n}", "type": "truefalse", "prompt": "", "answer": True} for n in range(count)]
    return EditSession({"relayquiz": 1, "id": "blank", "title": "Blank", "questions": questions})


# -- German and Russian -----------------------------------------------------------------------

def test_the_review_counter_uses_russians_three_plural_forms():
    i18n.set_language("ru")
    counts = {Mark.KEPT: 21, Mark.DROPPED: 3, Mark.UNREVIEWED: 5}
    assert counter_line(counts) == "21 оставлен · 3 отброшено · 5 не проверено"
    assert counter_line({Mark.KEPT: 1, Mark.DROPPED: 1, Mark.UNREVIEWED: 11}) == \
        "1 оставлен · 1 отброшен · 11 не проверено"


@pytest.mark.parametrize("count, words", [(1, "1 проблему"), (3, "3 проблемы"), (5, "5 проблем"),
                                          (21, "21 проблему")])
def test_saving_a_pack_with_problems_says_how_many_in_russian(tmp_path, count, words):
    session = session_with_empty_prompts(count)
    assert len(session.problems()) == count
    i18n.set_language("ru")
    result = save(session, user_dir=tmp_path)
    assert result.error == f"сначала исправьте {words} или сохраните как черновик"


def test_numbers_in_the_editors_sentences_follow_the_language():
    i18n.set_language("de")
    assert question_of(1233, 2000) == "Frage 1.234 von 2.000"
    assert doubt_line(0.58, ["pronoun"]) == "Vom Generator angezweifelt (Sicherheit 0,58): Pronomen"
    i18n.set_language("ru")
    assert question_of(2, 12) == "Вопрос 3 из 12"


def generator_doubts() -> set[str]:
    """Every doubt the generator's confidence can write under meta, read from its sources."""
    found = set()
    for path in (ROOT / "game" / "generate").rglob("*.py"):
        found |= set(re.findall(r'Verdict\(\s*[^,()]+,\s*"([^"]+)"\s*\)', path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("code", ["de", "fr", "es", "ru"])
def test_every_doubt_the_generator_writes_is_named_in_the_reviewers_language(code):
    doubts = generator_doubts()
    assert {"pronoun", "needs the document", "long prompt"} <= doubts
    i18n.set_language(code)
    untranslated = sorted(d for d in doubts if doubt_name(d) == d)
    assert untranslated == [], ("name each in doubt_name (game/ui/editor/review.py), then run "
                                "tools/catalogs.py extract -d editor and update -d editor, and translate")
    i18n.set_language("en")
    assert all(doubt_name(d) == d for d in doubts)


def test_a_doubt_this_version_does_not_know_is_shown_as_written():
    i18n.set_language("ru")
    assert doubt_line(None, ["needs the document", "a new doubt"]) == \
        "Генератор сомневается: нужен документ, a new doubt"


def test_the_question_form_labels_its_fields_in_german():
    i18n.set_language("de")
    app, session = open_editor("edit_question", current=session_with_choice_first().order[0])
    labels = [row.label for row in app.scene.form.rows if row.label]
    assert labels[:3] == ["Frage", "Richtige Antwort", "Falsche Option 1"]
    assert "Schwierigkeit" in labels and "Zeitlimit" in labels
    difficulty = next(row for row in app.scene.form.rows if row.key == "difficulty")
    assert difficulty.option_labels == ("Nicht festgelegt", "Leicht", "Mittel", "Schwer")


def session_with_choice_first() -> EditSession:
    return EditSession.from_pack(generated_pack())


def test_undo_says_what_it_undid_in_german():
    i18n.set_language("de")
    app, session = open_editor("edit_question")
    press(app, pygame.K_DOWN)                      # from the question to the right answer
    assert app.scene.form.focused.key == "answer"
    write(app, "x")
    press(app, pygame.K_z, CTRL)
    assert app.services.notice.message == "Rückgängig: „Richtige Antwort“ geändert"
    press(app, pygame.K_y, CTRL)
    assert app.services.notice.message == "Wiederhergestellt: „Richtige Antwort“ geändert"


def test_the_unsaved_changes_dialog_asks_in_german_and_answers_to_german_initials():
    i18n.set_language("de")
    app, session = open_editor("edit_pack")
    press(app, pygame.K_d, CTRL)                   # duplicate: now there is something unsaved
    press(app, pygame.K_ESCAPE)
    dialog = app.scene.dialog
    assert dialog.message == "Ungespeicherte Änderungen: speichern?"
    assert [label for _key, label in dialog.options] == ["Speichern", "Verwerfen", "Abbrechen"]
    app.step(1 / 60, [typed("v")])                 # V for "Verwerfen": discard and close
    assert app.scene.name != "edit_pack"


def test_the_generate_screen_explains_a_wrong_file_in_russian(tmp_path):
    i18n.set_language("ru")
    picture = tmp_path / "stadium.png"
    picture.write_bytes(b"\x89PNG")
    app = make_app((1280, 720), start="generate", handover=str(picture))
    app.step(1 / 60, [])
    assert app.scene.error == ("stadium.png — не документ, который может прочитать генератор. Перетащите файл "
                               ".txt, .md или .html, чтобы сделать из него викторину.")
    assert app.scene.form.focused.label == "Выбрать другой файл"


def test_every_word_the_format_declares_for_the_editor_has_its_translation():
    words = {rule.label for rule in (*LEADING_FIELDS, *TRAILING_FIELDS) if rule.label}
    words |= {rule.hint for rule in (*LEADING_FIELDS, *TRAILING_FIELDS) if rule.hint}
    for declared_type in QUESTION_TYPES.values():
        words |= {declared_type.label, declared_type.heading}
        words |= {rule.label for rule in declared_type.own_fields if rule.label}
        words |= {rule.hint for rule in declared_type.own_fields if rule.hint}
    assert words - set(_declared()) == set(), "add these words to game/editor/words.py"
    i18n.set_language("de")
    assert {word for word in words if declared(word) == word} == set()


def test_the_screens_titles_and_help_keys_are_in_the_editors_catalog():
    from babel.messages.pofile import read_po

    with (ROOT / "game" / "locale" / "editor.pot").open("rb") as handle:
        catalog = {m.id for m in read_po(handle) if m.id and isinstance(m.id, str)}
    for scene in (PackEditorScene, QuestionEditorScene, ReviewScene, GenerateScene):
        assert scene.title in catalog
        for keys, meaning in scene.help_keys:
            assert meaning in catalog
            assert keys in catalog or only_key_names(keys), keys


# -- the pseudo language ------------------------------------------------------------------------

# Keys keep the names printed on them in every language.
KEY_NAMES = {"Enter", "Esc", "Ctrl", "Shift", "Tab", "Backspace", "F1"}


def only_key_names(words: str) -> bool:
    return all(token in KEY_NAMES or len(token) == 1 for token in re.findall(r"[A-Za-z0-9]+", words))


def content_of(value, found: set[str]) -> set[str]:
    """Every string a pack holds that a person wrote (not its enumerated values such as types)."""
    if isinstance(value, dict):
        for name, item in value.items():
            if name not in ("type", "difficulty", "language", "relayquiz"):
                content_of(item, found)
    elif isinstance(value, list):
        for item in value:
            content_of(item, found)
    elif isinstance(value, str) and len(value) >= 2:
        found.add(value)
    return found


def plain_words(boxes, content: set[str], document: str = "") -> list[str]:
    """The drawn texts with English letters left once the pack's content (and key names on key
    caps) are taken out: words of the editor's own that bypassed the catalog."""
    flat_document = " ".join(document.split())
    found = []
    for box in boxes:
        if not box.is_text:
            continue
        rest = box.name
        for piece in sorted(content, key=len, reverse=True):
            rest = rest.replace(piece, " ")
        if box.panel is not None and box.panel.name == "key cap" and only_key_names(rest):
            continue
        leftover = rest.strip(" \u2026\n")
        if flat_document and leftover and " ".join(leftover.split()) in flat_document:
            continue                                     # the document's sentences around a quote
        if re.search(r"[A-Za-z]", rest):
            found.append(box.name)
    return found


def drawn(app) -> list:
    """What the editor screen itself draws in one frame (not the window's own overlays)."""
    app.step(1 / 60, [])
    with record.recording(app.surface) as recording:
        app.scene.draw(app.surface)
    return recording.boxes


def editor_content(session: EditSession) -> set[str]:
    found = content_of(session.header, set())
    for uid in session.order:                                        # dropped questions too
        content_of(session.question(uid), found)
    found |= {problem.message for problem in session.problems()}     # the validator's own words
    return found


def assert_all_pseudo(app, session: EditSession, extra: set[str] = frozenset()) -> list:
    boxes = drawn(app)
    content = editor_content(session) | set(extra)
    assert plain_words(boxes, content, SEED.read_text(encoding="utf-8")) == []
    assert any(is_pseudo(box.name) for box in boxes if box.is_text)
    return boxes


def test_plain_words_finds_english_that_bypassed_the_catalog():
    # The checker itself: what it must catch, and what it must let through.
    class Box:
        is_text = True
        panel = None

        def __init__(self, name):
            self.name = name
    pseudo_words = i18n.translator(i18n.PSEUDO).gettext("Edit: {title}").format(title="Torch facts")
    boxes = [Box(pseudo_words), Box("Torch facts"), Box("12"), Box("3 questions")]
    assert plain_words(boxes, {"Torch facts"}) == ["3 questions"]


@pytest.mark.parametrize("view", ["one", "list"])
def test_the_review_screen_has_no_plain_english_of_its_own(view):
    session = EditSession.from_pack(generated_pack())
    first = session.review_order()[0]
    session.set_field(first, "meta", {"confidence": 0.4, "doubts": ["pronoun"]})
    session.set_mark(session.order[1], Mark.KEPT)
    i18n.set_language("pseudo")
    app, _session = open_editor("review", session, view=view)
    assert_all_pseudo(app, session)


@pytest.mark.parametrize("qtype", list(QUESTION_TYPES))
def test_the_question_form_of_each_type_has_no_plain_english_of_its_own(qtype):
    session = EditSession.from_pack(generated_pack())
    uid = next(uid for uid in session.order if session.question(uid)["type"] == qtype)
    session.set_field(uid, "explanation", "")
    i18n.set_language("pseudo")
    app, _session = open_editor("edit_question", session, current=uid)
    write(app, " ")                                           # unsaved changes in the header
    boxes = assert_all_pseudo(app, session)
    assert any(box.name == i18n.translator(i18n.PSEUDO).gettext("Question {number} of {total}").format(
        number=session.order.index(uid) + 1, total=len(session)) for box in boxes)


def test_a_question_with_problems_shows_the_validators_words_beside_its_own():
    session = EditSession.from_pack(generated_pack())
    uid = session.order[0]
    session.set_field(uid, "prompt", "")
    i18n.set_language("pseudo")
    app, _session = open_editor("edit_question", session, current=uid)
    assert session.problems_for(uid)
    assert_all_pseudo(app, session)


def test_the_pack_list_has_no_plain_english_of_its_own():
    session = EditSession.from_pack(generated_pack())
    session.set_mark(session.order[0], Mark.DROPPED)
    session.set_field(session.order[1], "prompt", "")
    i18n.set_language("pseudo")
    app, _session = open_editor("edit_pack", session)
    assert_all_pseudo(app, session)
    press(app, pygame.K_t, CTRL)                               # sorted by type
    write(app, "zzz")                                          # a filter nothing matches
    assert_all_pseudo(app, session, {"zzz"})


def test_the_editors_dialogs_have_no_plain_english_of_their_own():
    i18n.set_language("pseudo")
    app, session = open_editor("edit_pack")
    press(app, pygame.K_n, CTRL)                               # which kind of question?
    assert app.scene.dialog is not None
    assert_all_pseudo(app, session)
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_d, CTRL)
    press(app, pygame.K_ESCAPE)                                # unsaved changes: save?
    assert app.scene.dialog is not None
    assert_all_pseudo(app, session)


def test_the_draft_question_and_the_notices_are_pseudo_too(tmp_path, monkeypatch):
    from game import paths

    monkeypatch.setattr(paths, "user_packs_dir", lambda: tmp_path)
    session = EditSession.from_pack(generated_pack())
    session.set_field(session.order[0], "prompt", "")
    i18n.set_language("pseudo")
    app, _session = open_editor("review", session)
    press(app, pygame.K_s, CTRL)                               # problems: save as a draft?
    assert app.scene.dialog is not None
    assert_all_pseudo(app, session)
    app.step(1 / 60, [key(pygame.K_RETURN)])                   # yes, as a draft
    assert session.last_saved is not None and session.last_saved.name.endswith(".draft.yaml")
    assert is_pseudo(app.services.notice.message)
    press(app, pygame.K_z, CTRL)
    assert is_pseudo(app.services.notice.message)
    press(app, pygame.K_p)                                     # play: problems first
    assert is_pseudo(app.services.notice.message)


def test_the_generate_screen_has_no_plain_english_of_its_own(tmp_path, monkeypatch):
    import threading

    from game.ui.editor import generate

    def still_working(path, results):              # the generator reports a line and works on
        results.put(("progress", f"Reading {path.name}"))
        return threading.Thread()

    monkeypatch.setattr(generate, "generate_in_background", still_working)
    i18n.set_language("pseudo")
    app = make_app((1280, 720), start="generate")
    app.step(1 / 60, [])
    boxes = drawn(app)
    assert plain_words(boxes, set()) == [] and any(is_pseudo(b.name) for b in boxes if b.is_text)
    write(app, "/nowhere/notes.pdf")
    press(app, pygame.K_RETURN)                                # refused: not a document
    assert app.scene.state == "failed"
    boxes = drawn(app)
    assert plain_words(boxes, {"notes.pdf", "/nowhere/notes.pdf"}) == []
    app.scene.begin(tmp_path / "torch.txt")                    # working: the generator's lines are its own
    boxes = drawn(app)
    assert app.scene.state == "working" and app.scene.lines == ["Reading torch.txt"]
    assert plain_words(boxes, {"torch.txt", *app.scene.lines}) == []
