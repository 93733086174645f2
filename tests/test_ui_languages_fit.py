"""Every screen fits in every language: the readable screens (eight long team names where teams
show) in German, French, Spanish and Russian at 1280x720, and in the pseudo language (every
string accented and 40% longer) at 1280x720, 1920x1080 and 1024x768.

A screen fits when no text is cut short, no text leaves its box's panel or the window, no two
texts (or a text and a shape) touch, and no text is drawn below the window's type floor: 16 px
at 1280x720 as tests/test_ui_readable.py requires of English, and the same share of the window
at the other sizes (what `Screen.floor_text_px` gives: 24 px at 1920x1080, 13 px at 1024x768).
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from game import i18n
from game.ui.kit.layout import Screen
from game.ui.measure import Measured, measure
from tests.test_ui_readable import SCREENS

SIZES = {"1280x720": (1280, 720), "1920x1080": (1920, 1080), "1024x768": (1024, 768)}
CASES = [(language, "1280x720") for language in ("de", "fr", "es", "ru")] + \
        [("pseudo", size) for size in SIZES]
PARAMS = [pytest.param(screen, language, size, id=f"{screen}-{language}-{size}")
          for language, size in CASES for screen in SCREENS]

# Measured and not met yet, as (check, screen, language, size). Strict xfails: a fix shows up as an
# unexpected pass, to be removed here. None today: every screen fits in every language measured.
KNOWN_GAPS: frozenset[tuple[str, str, str, str]] = frozenset()


@lru_cache(maxsize=None)
def measured(screen: str, language: str, size: str) -> Measured:
    """One frame of `screen` in `language` at `size` (each opened once for the three checks)."""
    i18n.set_language(language)
    try:
        return measure(SCREENS[screen].with_(size=SIZES[size]))
    finally:
        i18n.set_language("en")


CHECKS = {"test_no_text_is_cut_or_leaves_its_panel": "cut", "test_no_two_texts_overlap": "overlap",
          "test_no_text_is_below_the_windows_type_floor": "small"}


@pytest.fixture(autouse=True)
def known_gap(request):
    params = getattr(getattr(request.node, "callspec", None), "params", {})
    check = CHECKS.get(request.node.originalname)
    if check and (check, params.get("screen"), params.get("language"), params.get("size")) in KNOWN_GAPS:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=f"{check}: a known gap, measured"))


def listing(boxes) -> str:
    return "; ".join(box.describe() for box in boxes)


def where(screen: str, language: str, size: str) -> str:
    return f"{screen} in {language} at {size}"


@pytest.mark.parametrize("screen, language, size", PARAMS)
def test_no_text_is_cut_or_leaves_its_panel(screen, language, size):
    frame = measured(screen, language, size)
    assert frame.scene == SCREENS[screen].start
    cut = frame.cut()
    assert not cut, f"{where(screen, language, size)}: cut short: {listing(cut)}"
    escapes = [f"{box.describe()} outside {tuple(panel)}" for box, panel in frame.escapes(margin=1)]
    assert not escapes, f"{where(screen, language, size)}: " + "; ".join(escapes)


@pytest.mark.parametrize("screen, language, size", PARAMS)
def test_no_two_texts_overlap(screen, language, size):
    frame = measured(screen, language, size)
    overlaps = [f"{a.describe()} touches {b.describe()}" for a, b in frame.overlaps(margin=1)]
    assert not overlaps, f"{where(screen, language, size)}: " + "; ".join(overlaps)


@pytest.mark.parametrize("screen, language, size", PARAMS)
def test_no_text_is_below_the_windows_type_floor(screen, language, size):
    frame = measured(screen, language, size)
    floor = Screen(*SIZES[size]).floor_text_px(frame.theme)
    if size == "1280x720":
        assert floor == 16                      # the floor tests/test_ui_readable.py holds English to
    small = [box for box in frame.texts if box.px < floor]
    assert not small, f"{where(screen, language, size)}: below {floor} px: {listing(small)}"


def test_the_languages_are_really_drawn():
    german = measured("title", "de", "1280x720")
    pseudo = measured("title", "pseudo", "1024x768")
    assert "Spielen" in {box.name for box in german.texts}
    assert any(box.name.startswith("[") and box.name.endswith("]") for box in pseudo.texts)
