"""The phones in the room's language: the page served in the game's language, a language picked
on a phone winning over it, the game's switches reaching the phones that did not pick, and the
projector's phone screens with no word of their own left untranslated."""

from __future__ import annotations

import json
import re
import urllib.request

import pygame
import pytest

from game import i18n
from game.i18n.pseudo import is_pseudo
from game.net.names import MAX_PHONE_NAME, NameRefused, check_name
from game.net.server import page_bytes
from game.net.words import PAGE, Say, ordinal, page_words, state_words
from phonekit import Phone, make_link, make_session, pump_until, run


@pytest.fixture
def link():
    link = make_link()
    yield link
    link.stop()


def served(link) -> tuple[str, dict]:
    """The page as a phone gets it, and the words written into it."""
    with urllib.request.urlopen(link.address, timeout=5) as response:
        page = response.read().decode("utf-8")
    boot = re.search(r"var BOOT = (\{.*?\}) \|\|", page)
    assert boot, "the page carries no words"
    return page, json.loads(boot.group(1))


# The page as served -------------------------------------------------------------------


def test_the_page_is_served_in_german_when_the_game_speaks_german(link):
    i18n.set_language("de")
    page, boot = served(link)
    assert '<html lang="de">' in page
    assert boot["lang"] == "de"
    assert boot["words"]["join"] == "Mach mit!"
    assert boot["words"]["go"] == "Beitreten"
    assert boot["words"]["qnum"] == "Frage {number} von {total}"
    assert boot["words"]["send"] == "Festlegen"


def test_the_page_is_served_in_russian_as_readable_utf8_with_every_word_translated(link):
    i18n.set_language("ru")
    page, boot = served(link)
    assert '<html lang="ru">' in page and "Присоединяйся к игре" in page      # not \u escapes
    assert boot["words"]["locked"] == "Ответ принят"
    assert boot["words"]["reconnecting"] == "Переподключение…"
    english = page_words("en")
    assert set(boot["words"]) == set(PAGE)
    untranslated = [key for key, text in boot["words"].items() if text == english[key]]
    assert untranslated == []


def test_the_picker_lists_every_language_by_its_own_name():
    boot = json.loads(re.search(r"var BOOT = (\{.*?\}) \|\|", page_bytes("fr").decode()).group(1))
    assert boot["languages"] == [["en", "English"], ["de", "Deutsch"], ["fr", "Français"], ["es", "Español"],
                                 ["ru", "Русский"]]
    assert boot["words"]["auto"] == "Comme sur le grand écran"


def test_every_language_keeps_the_page_small_and_without_markup_in_its_words():
    for code in (*i18n.LANGUAGES, i18n.PSEUDO):
        page = page_bytes(code)
        assert len(page) < 60 * 1024, code
        words = page_words(code)
        assert not any("<" in text or ">" in text for text in words.values()), code


# Counts, plurals and numbers ----------------------------------------------------------


@pytest.mark.parametrize("points, word", [(1, "очко"), (3, "очка"), (5, "очков"), (21, "очко")])
def test_the_final_place_in_russian_takes_the_plural_its_count_needs(points, word):
    say = state_words({"phase": "finished", "place": 2, "of": 28, "score": points}, "ru")
    assert say["text"] == f"Итог: 2-е место из 28, {points} {word}."
    assert say["title"] == "Игра окончена"


@pytest.mark.parametrize("count, word", [(1, "игрок"), (3, "игрока"), (5, "игроков"), (21, "игрок")])
def test_a_full_room_says_how_many_players_in_russian(count, word):
    from game.net.roster import Roster

    roster = Roster(count)
    for n in range(count):
        roster.join(f"Player {n}", None)
    with pytest.raises(NameRefused) as refused:
        roster.join("One more", None)
    assert refused.value.say.text("ru") == f"Комната заполнена ({count} {word})."
    assert str(refused.value) == f"The room is full ({count} player{'s' if count != 1 else ''})."


def test_a_result_is_worded_with_the_languages_numbers_and_places():
    state = {"phase": "result", "number": 3, "total": 10, "answered": True, "correct": True, "close": False,
             "points": 1250, "streak": 3, "score": 12345, "place": 1, "of": 28}
    german = state_words(state, "de")
    assert german == {"title": "Richtig!", "points": "+1.250", "streak": "3 in Folge", "place": "1.",
                      "of": "Platz von 28", "score": "12.345"}
    russian = state_words(state, "ru")
    assert russian["score"] == "12\xa0345" and russian["place"] == "1-е" and russian["streak"] == "3 подряд"
    assert state_words(state, "en")["place"] == "1st"
    assert state_words(state, "fr")["place"] == "1re" and state_words(state, "es")["place"] == "1.º"


def test_english_places_take_their_suffixes():
    assert [ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]


def test_a_refused_name_is_worded_for_whoever_reads_it():
    with pytest.raises(NameRefused) as refused:
        check_name("x" * (MAX_PHONE_NAME + 1), [])
    assert str(refused.value) == f"Use at most {MAX_PHONE_NAME} characters."
    assert refused.value.say.text("de") == f"Höchstens {MAX_PHONE_NAME} Zeichen, bitte."
    assert refused.value.say.text("ru") == f"Не больше {MAX_PHONE_NAME} символов."
    with pytest.raises(NameRefused) as taken:
        check_name("ana", ["Ana"])
    assert taken.value.say.text("es") == "Ya hay alguien que se llama ana; añade una inicial."


def test_a_message_for_a_phone_follows_the_game_when_no_language_is_given():
    say = Say.of("That is not this room's code.")
    i18n.set_language("fr")
    assert say.text() == "Ce n'est pas le code de cette salle."
    assert str(say) == "That is not this room's code."


# The protocol: a phone's pick, the game's switch ---------------------------------------


def test_a_phone_that_picks_german_is_answered_in_german_while_the_game_speaks_english(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.send({"type": "language", "lang": "de"})
        words = await phone.next("words")
        assert words["lang"] == "de" and words["picked"] is True and words["words"]["go"] == "Beitreten"
        await phone.send({"type": "join", "code": "000000", "name": "Ana"})
        assert (await phone.next("refused"))["reason"] == "Das ist nicht der Code dieses Raums."
        await phone.send({"type": "join", "code": "123456", "name": "x" * 30})
        assert (await phone.next("refused"))["reason"] == f"Höchstens {MAX_PHONE_NAME} Zeichen, bitte."
        await phone.close()
    assert i18n.language() == "en"
    run(scenario())


def test_the_pick_wins_over_the_game_and_the_game_switching_reaches_phones_that_did_not_pick(link):
    async def scenario():
        picked, follower = await Phone.open(link), await Phone.open(link)
        await picked.send({"type": "language", "lang": "ru"})
        await picked.next("words")
        await picked.join("Ana", link)
        await follower.join("Ben", link)
        session, clock = make_session(players=("Ana", "Ben"), count=2)
        link.attach(session)
        question = session.start_question()
        await pump_until(link, lambda news: True)
        session.answer(0, question.correct_option)
        session.answer(1, question.correct_option)
        session.reveal()
        ana = await picked.state(link, lambda m: m.get("phase") == "result")
        ben = await follower.state(link, lambda m: m.get("phase") == "result")
        assert ana["say"]["title"] == "Верно!" and ben["say"]["title"] == "Right!"

        i18n.set_language("de")                          # the teacher switches the game to German
        words = await follower.next("words")
        assert words["lang"] == "de" and words["picked"] is False and words["words"]["answer"] == "Die Antwort"
        again = await follower.state(link, lambda m: m.get("phase") == "result")
        assert again["say"]["title"] == "Richtig!" and again["say"]["of"] == "Platz von 2"
        await picked.send({"type": "ping"})
        await picked.next("pong")
        assert not any(m.get("type") == "words" and m.get("lang") == "de" for m in picked.seen)

        await picked.send({"type": "language", "lang": ""})   # back to the big screen's language
        back = await picked.next("words")
        assert back["lang"] == "de" and back["picked"] is False
        assert (await picked.state(link, lambda m: m.get("phase") == "result"))["say"]["title"] == "Richtig!"
        await picked.close()
        await follower.close()
    run(scenario())


def test_a_language_the_game_does_not_speak_leaves_the_phone_with_the_games(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.send({"type": "language", "lang": "tlh"})
        words = await phone.next("words")
        assert words["lang"] == "en" and words["picked"] is False
        await phone.send({"type": "language", "lang": 5})
        assert (await phone.next("error"))["kind"] == "wrong type"
        await phone.close()
    run(scenario())


def test_a_phones_notices_are_in_its_language(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.send({"type": "language", "lang": "es"})
        await phone.next("words")
        await phone.join("Ana", link)
        session, _ = make_session(players=("Ana",), count=2)
        link.attach(session)
        question = session.start_question()
        session.pause()
        await phone.send({"type": "answer", "question": question.number, "choice": 0})
        notice = await phone.next("notice", link=link)
        assert notice["message"] == "El juego está en pausa; responde otra vez cuando siga."
        await phone.close()
    run(scenario())


def test_a_phone_taken_out_is_told_why_in_its_language(link):
    async def scenario():
        phone = await Phone.open(link)
        await phone.send({"type": "language", "lang": "fr"})
        await phone.next("words")
        await phone.join("Ana", link)
        link.remove(link.players()[0].id)
        assert (await phone.next("removed"))["reason"] == "L'enseignant t'a retiré de la partie."
        await phone.close()
    run(scenario())


# The projector's phone screens in the pseudo language ------------------------------------


def _plain(pieces, allowed: set[str]) -> list[str]:
    """Lines drawn that are neither in the pseudo language nor people's names, addresses, codes."""
    found = []
    for piece in pieces:
        for line in piece.text.splitlines():
            if line.strip() and not is_pseudo(line) and line not in allowed:
                found.append(line)
    return found


def test_the_lobby_in_the_pseudo_language_shows_no_plain_words_of_its_own():
    from game.ui.phones.shown import shown_address, shown_code
    from test_ui_phones_screens import CLASS, class_on_phones
    from tests.test_ui_screens import audited_frame
    from tests.uikit import FakeSettings

    i18n.set_language("pseudo")
    app, link = class_on_phones((1280, 720), FakeSettings())
    try:
        assert app.scene.name == "lobby"
        app.step(1 / 60, [])
        pieces = audited_frame(app)
        keys = {"R", "N", "Enter", "Esc"}                               # key caps keep their names
        allowed = set(CLASS) | keys | {shown_address(link), shown_code(link.code), link.code}
        assert _plain(pieces, allowed) == []
        assert any("Ĵöîñ" in piece.text for piece in pieces)     # "Join on your phone", accented
    finally:
        app.close()
        link.stop()


def test_the_team_screens_phone_card_in_the_pseudo_language_shows_no_plain_words():
    from game.ui.input.room import PHONES_IN_TEAMS, PHONES_ONLY, Room
    from game.ui.kit.layout import Screen
    from game.ui.phones.teamoption import PhonesOption
    from tests.uikit import FakeSettings, make_services

    pygame.init()
    i18n.set_language("pseudo")
    services = make_services(FakeSettings())
    services.phones = make_link()
    try:
        surface = pygame.Surface((1280, 720))
        screen = Screen(1280, 720)
        for mode in (PHONES_ONLY, PHONES_IN_TEAMS):
            room = Room.default(2)
            room.phones = mode
            option = PhonesOption(services, room)
            audit: list = []
            services.text.audit = audit
            option.draw_summary(surface, screen, pygame.Rect(40, 40, 600, 300))
            option.draw_sitting_out(surface, screen, [pygame.Rect(40, 400, 300, 200), pygame.Rect(360, 400, 300, 200)])
            services.text.audit = None
            assert len(audit) == 2 and _plain(audit, set()) == []
    finally:
        services.phones.stop()
