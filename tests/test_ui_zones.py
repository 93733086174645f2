"""Keyboard zones, game controllers and teacher keys, translated at the edge into actions."""

from __future__ import annotations

import pygame
import pytest

from game.ui.input import actions as A
from game.ui.input.keymap import ANSWER, MENU, InputMap
from game.ui.input.room import Room, TeamInput
from game.ui.input.teacher_keys import teacher_action
from game.ui.input.zones import CLASSROOM_ZONE_ORDER, KEYBOARD_ZONES, PARTY_ZONE_ORDER, Gamepads
from tests.padkit import FakeDevice, FakeOpener, button, plug, posted, unplug
from tests.uikit import key, small_display  # noqa: F401 (a fixture)


pytestmark = pytest.mark.usefixtures("small_display")


def pads_with(*devices: FakeDevice) -> Gamepads:
    return Gamepads(FakeOpener(dict(enumerate(devices))))


def feed(target, events) -> list[A.Action]:
    actions = []
    for event in posted(events):
        actions.extend(target.translate(event))
    return actions


def test_the_four_keyboard_zones_read_left_to_right_like_the_tiles():
    assert [zone.name for zone in KEYBOARD_ZONES] == ["1 2 3 4", "Q W E R", "A S D F", "Z X C V"]
    party = Room.default(4)
    assert [t.zone for t in party.inputs] == list(PARTY_ZONE_ORDER)
    classroom = Room.default(4, classroom=True)
    assert [KEYBOARD_ZONES[t.zone].name for t in classroom.inputs] == ["1 2 3 4", "Z X C V", "Q W E R", "A S D F"]
    assert CLASSROOM_ZONE_ORDER[:2] == (0, 3)


def test_teams_beyond_four_wait_for_a_controller():
    room = Room.default(6)
    assert [t.zone for t in room.inputs[4:]] == [None, None]
    assert room.answer_keys()[4] == ()
    assert room.inputs[5].describe() == "Press a controller button to join"


def test_each_zone_key_answers_its_tile_for_its_team():
    inputs = InputMap(mode=ANSWER, answer_keys=Room.default(4).answer_keys())
    assert inputs.translate(key(pygame.K_3)) == [A.Answer(0, 2)]
    assert inputs.translate(key(pygame.K_w)) == [A.Answer(1, 1)]
    assert inputs.translate(key(pygame.K_a)) == [A.Answer(2, 0)]
    assert inputs.translate(key(pygame.K_v)) == [A.Answer(3, 3)]


def test_a_controller_is_opened_once_even_though_sdl_announces_it_twice():
    pads = pads_with(FakeDevice("Xbox Wireless Controller", "guid-x"))
    actions = feed(pads, plug(0))
    assert actions == [A.PadConnected(100, "Pad 1")]
    assert pads.opener.opened == [100]
    assert pads.get(100).mapped


def test_face_buttons_answer_by_position_top_bottom_right_left():
    pads = pads_with(FakeDevice("Pad", "g"))
    feed(pads, plug(0))
    presses = {
        pygame.CONTROLLER_BUTTON_Y: 0, pygame.CONTROLLER_BUTTON_A: 1, pygame.CONTROLLER_BUTTON_B: 2,
        pygame.CONTROLLER_BUTTON_X: 3, pygame.CONTROLLER_BUTTON_DPAD_UP: 0, pygame.CONTROLLER_BUTTON_DPAD_DOWN: 1,
        pygame.CONTROLLER_BUTTON_DPAD_RIGHT: 2, pygame.CONTROLLER_BUTTON_DPAD_LEFT: 3,
    }
    for which, tile in presses.items():
        assert feed(pads, button(100, which)) == [A.PadButton(100, tile)], which
    assert feed(pads, button(100, pygame.CONTROLLER_BUTTON_START)) == [A.PadButton(100, None)]


def test_a_pad_sdl_has_no_layout_for_answers_with_buttons_one_to_four_and_its_hat():
    pads = pads_with(FakeDevice("Generic USB Gamepad", "g", mapped=False))
    assert feed(pads, plug(0, mapped=False)) == [A.PadConnected(100, "Pad 1")]
    assert [feed(pads, button(100, n, mapped=False)) for n in range(4)] == [[A.PadButton(100, n)] for n in range(4)]
    hat = pygame.event.Event(pygame.JOYHATMOTION, instance_id=100, hat=0, value=(-1, 0))
    assert feed(pads, [hat]) == [A.PadButton(100, 3)]
    centred = pygame.event.Event(pygame.JOYHATMOTION, instance_id=100, hat=0, value=(0, 0))
    assert feed(pads, [centred]) == []


def test_unplugging_is_reported_once_and_the_number_is_free_again():
    pads = pads_with(FakeDevice("A", "ga"), FakeDevice("B", "gb"))
    feed(pads, plug(0) + plug(1))
    assert [p.label for p in pads.pads.values()] == ["Pad 1", "Pad 2"]
    assert feed(pads, unplug(100)) == [A.PadDisconnected(100, "Pad 1")]
    assert not pads.connected(100)
    assert feed(pads, button(100, 0)) == []
    pads.opener.devices[2] = FakeDevice("C", "gc")
    feed(pads, plug(2))
    assert pads.get(102).label == "Pad 1"


def test_a_device_that_cannot_be_opened_is_reported_not_raised():
    pads = pads_with()
    assert feed(pads, plug(5)) == []
    assert "could not be opened" in pads.problem


def test_the_input_map_passes_controller_events_to_the_gamepads():
    pads = pads_with(FakeDevice("Pad", "g"))
    inputs = InputMap(pads=pads)
    assert feed(inputs, plug(0)) == [A.PadConnected(100, "Pad 1")]
    assert feed(inputs, button(100, pygame.CONTROLLER_BUTTON_B)) == [A.PadButton(100, 2)]


def test_a_team_keeps_its_place_when_its_pad_is_unplugged_and_gets_the_same_model_back():
    pads = pads_with(FakeDevice("Pad", "model-1"), FakeDevice("Pad", "model-2"))
    feed(pads, plug(0) + plug(1))
    room = Room([TeamInput(zone=0), TeamInput()])
    room.assign_pad(1, pads.get(100))
    assert room.team_of(100) == 1 and room.answer_keys()[1] == ()
    feed(pads, unplug(100))
    assert room.check_devices(pads) == [1]
    assert room.inputs[1].lost and "unplugged" in room.inputs[1].describe()
    pads.opener.devices[0] = FakeDevice("Pad", "model-1")
    feed(pads, plug(0))                        # the same pad, a new instance id
    assert room.reconnect(pads) == [1]
    assert room.team_of(102) == 1 and not room.inputs[1].lost


def test_a_free_pad_pressed_takes_over_for_a_team_whose_pad_was_unplugged():
    pads = pads_with(FakeDevice("Pad", "model-1"), FakeDevice("Other", "model-2"))
    feed(pads, plug(0) + plug(1))
    room = Room([TeamInput(), TeamInput()])
    room.assign_pad(0, pads.get(100))
    feed(pads, unplug(100))
    room.check_devices(pads)
    team, claimed = room.pad_pressed(A.PadButton(101, 0), pads)
    assert (team, claimed) == (0, True)
    assert room.pad_pressed(A.PadButton(101, 0), pads) == (0, False)


def test_giving_a_pad_to_another_team_takes_it_from_the_first():
    pads = pads_with(FakeDevice("Pad", "g"))
    feed(pads, plug(0))
    room = Room.default(2)
    room.assign_pad(0, pads.get(100))
    room.assign_pad(1, pads.get(100))
    assert room.team_of(100) == 1
    assert room.inputs[0] == TeamInput()


def test_cycling_zones_skips_zones_other_teams_use():
    room = Room.default(3)                     # 1234, QWER, ASDF
    room.cycle_zone(0, 1)
    assert room.inputs[0].zone == 3            # ZXCV, the only free one
    room.cycle_zone(0, 1)
    assert room.inputs[0].zone is None         # no keys: waits for a controller
    room.cycle_zone(0, 1)
    assert room.inputs[0].zone == 0


def test_the_top_five_option_cuts_the_standings_at_five():
    room = Room.default(8)
    assert room.shown_standings(list(range(8))) == list(range(8))
    room.top_five = True
    assert room.shown_standings(list(range(8))) == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("code, command", [
    (pygame.K_p, "pause"), (pygame.K_s, "skip"), (pygame.K_r, "reveal"), (pygame.K_n, "next"), (pygame.K_t, "time"),
    (pygame.K_h, "standings"), (pygame.K_e, "end"), (pygame.K_TAB, "select"), (pygame.K_KP_PLUS, "give"),
    (pygame.K_MINUS, "take"),
])
def test_every_teacher_key_is_a_teacher_command(code, command):
    inputs = InputMap(mode=MENU, teacher=True)
    assert inputs.translate(key(code)) == [A.Teacher(command)]


def test_plus_typed_with_shift_gives_points_and_shift_tab_goes_back():
    inputs = InputMap(mode=MENU, teacher=True)
    assert inputs.translate(key(pygame.K_EQUALS, pygame.KMOD_SHIFT, "+")) == [A.Teacher("give")]
    assert inputs.translate(key(pygame.K_TAB, pygame.KMOD_SHIFT)) == [A.Teacher("select_back")]


def test_a_letter_a_team_answers_with_is_an_answer_while_the_question_runs_and_ctrl_makes_it_the_teachers():
    room = Room.default(4, classroom=True)     # Q W E R and A S D F are live
    inputs = InputMap(mode=ANSWER, answer_keys=room.answer_keys(), teacher=True)
    assert inputs.translate(key(pygame.K_e)) == [A.Answer(2, 2)]
    assert inputs.translate(key(pygame.K_s)) == [A.Answer(3, 1)]
    assert inputs.translate(key(pygame.K_e, pygame.KMOD_LCTRL)) == [A.Teacher("end")]
    assert inputs.translate(key(pygame.K_s, pygame.KMOD_LCTRL)) == [A.Teacher("skip")]
    assert inputs.translate(key(pygame.K_t)) == [A.Teacher("time")]


def test_with_two_keyboard_teams_in_classroom_no_teacher_letter_is_taken():
    room = Room.default(2, classroom=True)
    live = {k for team in room.answer_keys() for keys in team for k in keys}
    for code in (pygame.K_p, pygame.K_s, pygame.K_r, pygame.K_n, pygame.K_t, pygame.K_h, pygame.K_e):
        assert teacher_action(code, 0, "", live) is not None


def test_outside_a_question_the_plain_letters_are_the_teachers():
    room = Room.default(4, classroom=True)
    inputs = InputMap(mode=MENU, answer_keys=room.answer_keys(), teacher=True)
    assert inputs.translate(key(pygame.K_r)) == [A.Teacher("reveal")]
    assert inputs.translate(key(pygame.K_e)) == [A.Teacher("end")]


def test_without_teacher_keys_the_letters_stay_what_they_were():
    inputs = InputMap(mode=MENU)
    assert inputs.translate(key(pygame.K_s)) == [A.Hotkey("s", False, False)]
    assert inputs.translate(key(pygame.K_TAB)) == [A.Navigate(0, 1)]
