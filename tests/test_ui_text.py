"""The text-fitting helper: wrap, then shrink, and report what did not fit."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.ui.kit.fonts import Fonts
from game.ui.kit.text import ELLIPSIS, TextRenderer
from game.ui.kit.theme import NORMAL, theme_for


@pytest.fixture(scope="module")
def renderer():
    pygame.font.init()
    return TextRenderer(Fonts(NORMAL))


def words_of(lines) -> list[str]:
    return " ".join(lines).split()


def test_short_text_keeps_its_requested_size(renderer):
    fitted = renderer.fit("Sochi", (600, 100), px=40)
    assert fitted.px == 40
    assert fitted.lines == ("Sochi",)
    assert fitted.fits


def test_long_text_wraps_before_it_shrinks(renderer):
    text = "Which city was chosen to host the 2014 Winter Olympic Games on the Black Sea coast?"
    fitted = renderer.fit(text, (500, 400), px=40)
    assert fitted.px == 40
    assert len(fitted.lines) > 1
    assert words_of(fitted.lines) == text.split()


def test_text_too_long_for_the_box_shrinks_until_it_fits(renderer):
    text = "The Olympic flame is lit at Olympia by the rays of the sun, focused by a parabolic mirror. " * 3
    fitted = renderer.fit(text, (700, 200), px=60, min_px=10)
    assert fitted.px < 60
    assert fitted.fits
    assert fitted.surface.get_width() <= 700 and fitted.surface.get_height() <= 200
    assert words_of(fitted.lines) == text.split()


def test_text_that_cannot_fit_even_at_the_smallest_size_reports_the_overflow(renderer):
    text = " ".join(f"word{i}" for i in range(400))
    fitted = renderer.fit(text, (300, 60), px=30, min_px=20)
    assert not fitted.fits
    assert fitted.px == 20
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert fitted.surface.get_height() <= 60
    # The cut line is reported whole with everything after it, so nothing is lost unseen.
    assert words_of(fitted.lines[:-1]) + words_of(fitted.overflow) == text.split()


def test_a_word_wider_than_the_box_is_broken_only_at_the_smallest_size(renderer):
    fitted = renderer.fit("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", (200, 300), px=40, min_px=12)
    assert fitted.px == 12
    assert len(fitted.lines) > 1
    assert fitted.surface.get_width() <= 200


def test_fitting_the_same_text_twice_returns_the_cached_picture(renderer):
    first = renderer.fit("Cached", (300, 80), px=30)
    second = renderer.fit("Cached", (300, 80), px=30)
    assert first is second


def test_greek_and_cyrillic_fall_back_from_the_dyslexia_font(renderer):
    fonts = Fonts(theme_for(dyslexia_font=True))
    latin = fonts.get("body", 30, "Sochi")
    greek = fonts.get("body", 30, "Ολυμπία")
    assert latin is not greek
    assert fonts.get("body", 30, "Сочи") is greek


def test_an_unknown_font_style_is_refused():
    with pytest.raises(ValueError, match="unknown font style"):
        Fonts(NORMAL).get("italic", 20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from("abcdefghij ÉéßЖжΩω\n,.-"), min_size=0, max_size=300),
       width=st.integers(20, 1200), height=st.integers(20, 600), px=st.integers(8, 90))
def test_fitted_text_never_leaves_its_box_and_loses_nothing_silently(renderer, text, width, height, px):
    fitted = renderer.fit(text, (width, height), px=px, min_px=8)
    surface = fitted.surface
    if fitted.fits:
        assert "".join("".join(fitted.lines).split()) == "".join(text.split())
        assert surface.get_height() <= max(height, renderer.fonts.get("body", fitted.px).get_height() + 2)
    else:
        assert fitted.px == 8
        assert fitted.overflow
    assert surface.get_width() <= width + 2
