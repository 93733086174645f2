"""Pack reading, validation, the quiz rules and the generator speak the game's language: whole
sentences from the packs catalog, with the file:line:column location unchanged."""

from __future__ import annotations

import pytest

from game import i18n
from game.i18n.pseudo import is_pseudo
from game.packs.cache import PackCache
from game.packs.load import read_pack_text
from game.quiz import SessionConfig, describe_rules
from quizpacks import mixed_pack

BROKEN = """\
relayquiz: 1
id: Rivers Of Europe
title: ""
questions:
  - id: q1
    type: choise
    prompt: Which river?
    answer: Rhine
  - id: q2
    type: number
    prompt: How long is the Rhine?
    answer: lots
    tolerance: -3
  - id: q2
    type: truefalse
    prompt: The Rhine is long.
    answer: maybe
"""


def messages(language: str) -> list[str]:
    i18n.set_language(language)
    return [str(problem) for problem in read_pack_text(BROKEN, "rivers.yaml").problems]


def test_validation_messages_in_german_keep_the_location():
    found = messages("de")
    assert "rivers.yaml:2:5: die Paket-ID 'Rivers Of Europe' darf nur a-z, 0-9 und einzelne Bindestriche " \
           "enthalten; zum Beispiel 'rivers-of-europe'" in found
    assert "rivers.yaml:3:8: 'title' darf nicht leer sein" in found
    assert "rivers.yaml:6:11: unbekannter Fragetyp 'choise'; meinten Sie 'choice'?" in found
    assert "rivers.yaml:12:13: die Zahlenantwort: muss eine Zahl sein, nicht der Text 'lots'" in found
    assert "rivers.yaml:14:9: doppelte Fragen-ID 'q2' (auch Frage 2 des Pakets)" in found


def test_validation_messages_in_russian():
    found = messages("ru")
    assert "rivers.yaml:3:8: 'title' не может быть пустым" in found
    assert "rivers.yaml:13:16: 'tolerance': не может быть отрицательным" in found
    assert any(line.startswith("rivers.yaml:17:13: 'answer' вопроса типа truefalse должно быть true или false")
               for line in found)


def test_validation_messages_in_english_are_unchanged():
    found = messages("en")
    assert "rivers.yaml:6:11: unknown question type 'choise'; did you mean 'choice'?" in found
    assert "rivers.yaml:12:13: a number answer must be a number, not the text 'lots'" in found
    assert "rivers.yaml:14:9: duplicate question id 'q2' (also question 2 of the pack)" in found


def test_every_validation_message_goes_through_the_catalog():
    found = [str(problem).split(": ", 1)[1] for problem in
             (i18n.set_language("pseudo") and read_pack_text(BROKEN, "rivers.yaml").problems)]
    assert found and all(is_pseudo(message) for message in found), found


def test_yaml_and_file_problems_are_translated():
    i18n.set_language("fr")
    found = [str(p) for p in read_pack_text("relayquiz: 1\nid: a\nid: b\n", "p.yaml").problems]
    assert "p.yaml:3:1: clé en double 'id' (la dernière l'emporterait)" in found
    assert "p.yaml:1:1: le pack\u202f: la clé obligatoire 'title' manque" in found
    i18n.set_language("es")
    problems = read_pack_text("relayquiz: 1\n\tid: a\n", "p.yaml").problems
    assert str(problems[0]).startswith("p.yaml:2:1: error de sintaxis YAML: ")


@pytest.mark.parametrize("count, russian", [
    (1, "1 вопрос из набора Pack torch."), (3, "3 вопроса из набора Pack torch."),
    (5, "5 вопросов из набора Pack torch."), (21, "21 вопрос из набора Pack torch."),
])
def test_rules_count_questions_in_russian_plural_forms(count, russian):
    i18n.set_language("ru")
    assert describe_rules(SessionConfig(packs=(mixed_pack(),), question_count=count))[0] == russian


def test_rules_in_german_use_the_german_number_format():
    i18n.set_language("de")
    lines = describe_rules(SessionConfig(packs=(mixed_pack(),), question_count=10))
    assert lines[0] == "10 Fragen aus Pack torch."
    assert "Eine richtige Antwort bringt in den ersten 0,5 Sekunden 1.000 Punkte, bis zum Schlusssignal sinkt das " \
           "auf 500: je schneller, desto mehr." in lines


def test_every_rule_is_translated():
    i18n.set_language("pseudo")
    lines = describe_rules(SessionConfig(packs=(mixed_pack(),), question_count=10))
    assert lines and all(is_pseudo(line) for line in lines), lines


def test_cached_problems_are_read_again_in_another_language(tmp_path):
    pack = tmp_path / "packs" / "rivers.yaml"
    pack.parent.mkdir()
    pack.write_text(BROKEN, encoding="utf-8")
    cache = PackCache(tmp_path / "cache")
    english = [p.message for p in cache.load_pack(pack).problems]
    assert "'title' must not be empty" in english
    i18n.set_language("de")
    german = [p.message for p in PackCache(tmp_path / "cache").load_pack(pack).problems]
    assert "'title' darf nicht leer sein" in german
    i18n.set_language("en")
    again = PackCache(tmp_path / "cache")
    assert [p.message for p in again.load_pack(pack).problems] == english


@pytest.mark.parametrize("pack_language, articles", [("en", "“the”, “a”, “an”"), ("de", "“der”, “die”, “das”")])
def test_typed_answer_rule_names_the_packs_articles_whatever_the_game_speaks(pack_language, articles):
    import dataclasses

    from game.quiz import Mode

    pack = dataclasses.replace(mixed_pack(), language=pack_language)
    config = SessionConfig(packs=(pack,), question_count=10, mode=Mode.SOLO)
    i18n.set_language("ru")
    rule = next(line for line in describe_rules(config) if line.startswith("В набранных ответах"))
    assert rule == (f"В набранных ответах не важны регистр букв, диакритика и артикль в начале ({articles}), "
                    "а в длинных словах прощается одна опечатка.")


def test_typed_answer_rule_of_a_russian_pack_names_no_article():
    import dataclasses

    pack = dataclasses.replace(mixed_pack(), language="ru")
    i18n.set_language("de")
    lines = describe_rules(SessionConfig(packs=(pack,), question_count=10))
    assert ("Bei getippten Antworten zählen Groß- und Kleinschreibung und Akzente nicht, und in längeren Wörtern "
            "wird ein Tippfehler verziehen.") in lines
