"""The rules screen pages what does not fit: rules too long for their card at a readable size, and
eight teams in large text, four a page. Left/Right turn the pages; Enter starts from any page."""

from __future__ import annotations

import pygame

from game.ui.measure import measure
from tests.test_ui_readable import SCREENS
from tests.uikit import LONG_NAMES, key

LARGE = {"font_scale": 2.0}


def pages_of(setup):
    """The rules and team names shown on each page, turning with Right until the last."""
    first = measure(setup)
    shown = []
    for turns in range(8):
        frame = measure(setup.with_(events=tuple(key(pygame.K_RIGHT) for _ in range(turns)))) if turns else first
        rules = [box.name for box in frame.texts if box.name.startswith("• ")]
        names = [box.name for box in frame.texts if box.name in LONG_NAMES]
        if shown and (rules, names) == shown[-1]:
            break
        shown.append((rules, names))
    return shown


def test_rules_too_long_for_their_card_are_paged_at_a_readable_size_and_none_is_lost():
    setup = SCREENS["rules, classroom"]
    pages = pages_of(setup)
    assert len(pages) >= 2
    frame = measure(setup)
    rules = [box for box in frame.texts if box.name.startswith("• ")]
    assert rules and all(box.px >= 16 for box in rules)
    every = [line for page_rules, _ in pages for text in page_rules for line in text.split("\n")]
    assert len(every) == len(set(every)) and len(every) >= 8       # each rule once, across the pages


def test_eight_teams_in_large_text_show_four_a_page_with_their_keys():
    pages = pages_of(SCREENS["rules, classroom"].with_(settings=dict(LARGE)))
    team_pages = [names for _, names in pages]
    assert team_pages[0] == list(LONG_NAMES[:4])
    assert list(LONG_NAMES[4:8]) in team_pages
    frame = measure(SCREENS["rules, classroom"].with_(settings=dict(LARGE)))
    assert any(box.name.startswith("page 1 of") for box in frame.texts)


def test_enter_starts_the_game_from_any_page():
    frame = measure(SCREENS["rules, classroom"].with_(settings=dict(LARGE),
                                                     events=(key(pygame.K_RIGHT), key(pygame.K_RETURN))))
    assert frame.scene == "question"
