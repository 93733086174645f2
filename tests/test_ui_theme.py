"""The theme: named, typed fields; presets copied then changed; settings applied in one place."""

from __future__ import annotations

import dataclasses

import pytest

from game.ui.kit.theme import HIGH_CONTRAST, NORMAL, RING_COLOURS, SHAPES, Theme, theme_for


def contrast(a, b) -> float:
    def lum(c):
        def channel(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        r, g, b_ = (channel(x) for x in c)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_an_unknown_theme_field_is_an_error_not_ignored():
    with pytest.raises(ValueError, match="unknown theme field"):
        NORMAL.with_(flame_colour=(1, 2, 3))


def test_presets_are_copies_of_the_normal_theme():
    assert NORMAL.with_(name="x").flame_core == NORMAL.flame_core
    assert HIGH_CONTRAST.font_body == NORMAL.font_body
    with pytest.raises(dataclasses.FrozenInstanceError):
        NORMAL.text = (0, 0, 0)  # type: ignore[misc]


def test_settings_choose_the_preset_font_scale_motion_and_font():
    theme = theme_for(high_contrast=True, font_scale=1.5, reduced_motion=True, dyslexia_font=True)
    assert theme.high_contrast and theme.reduced_motion
    assert theme.font_scale == 1.5
    assert theme.font_body.startswith("OpenDyslexic")
    assert theme_for(font_scale=9).font_scale == 2.0


def test_every_answer_tile_has_its_own_colour_and_shape():
    for theme in (NORMAL, HIGH_CONTRAST):
        colours = {theme.tile_colour(i) for i in range(len(SHAPES))}
        assert len(colours) == len(SHAPES)
    assert SHAPES[:4] == ("triangle", "diamond", "circle", "square")


def test_lanes_start_with_the_olympic_ring_colours():
    assert NORMAL.lane_colours[:5] == RING_COLOURS[:5]
    assert len(NORMAL.lane_colours) >= 8


@pytest.mark.parametrize("theme", [NORMAL, HIGH_CONTRAST], ids=["normal", "high contrast"])
def test_text_and_tile_labels_are_readable(theme: Theme):
    assert contrast(theme.text, theme.background_top) >= 7
    assert contrast(theme.text, theme.panel) >= 7
    for index in range(len(SHAPES)):
        fill = theme.tile_colour(index) if not theme.high_contrast else (0, 0, 0)
        ink = theme.tile_text_colour(index) if not theme.high_contrast else theme.text
        assert contrast(ink, fill) >= 3.0, index


def test_high_contrast_is_higher_contrast():
    assert contrast(HIGH_CONTRAST.text, HIGH_CONTRAST.background_top) > contrast(NORMAL.text, NORMAL.background_top)
