"""Every colour, font, size and timing of the window, named for what it is for.

A `Theme` is a frozen dataclass with a typed default for each field. Presets are built by
copying the normal theme and changing fields (`NORMAL.with_(...)`), and the player's settings
(font scale, high contrast, reduced motion, dyslexia font) are applied in one place,
`theme_for`, so every screen follows them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

Colour = tuple[int, int, int]

# The Olympic ring colours first, then more lanes for bigger rooms.
RING_COLOURS: tuple[Colour, ...] = (
    (0, 129, 200), (252, 177, 49), (20, 20, 24), (0, 166, 81), (238, 51, 78),
    (146, 86, 196), (0, 178, 178), (236, 120, 40),
)
RING_NAMES: tuple[str, ...] = ("Blue", "Yellow", "Black", "Green", "Red", "Purple", "Teal", "Orange")

SHAPES: tuple[str, ...] = ("triangle", "diamond", "circle", "square", "star", "hexagon")

# An outline needs at least this contrast with what it is drawn on to be seen (WCAG's floor for
# graphical objects is 3; edges beside a colour stripe can do with less).
MIN_EDGE_CONTRAST = 1.8


def relative_luminance(colour: Colour) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Colour, b: Colour) -> float:
    """WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class Theme:
    name: str = "normal"
    high_contrast: bool = False
    reduced_motion: bool = False
    font_scale: float = 1.0
    dyslexia_font: bool = False

    # The night sky behind every screen, and the warm glow that rises from the torch.
    background_top: Colour = (12, 16, 38)
    background_bottom: Colour = (40, 20, 44)
    background_glow: Colour = (120, 52, 18)
    background_star: Colour = (190, 196, 230)
    # Cards, panels and their edges.
    panel: Colour = (26, 30, 58)
    panel_raised: Colour = (38, 44, 80)
    panel_edge: Colour = (78, 86, 140)
    overlay_dim: int = 190
    # Text.
    text: Colour = (246, 242, 232)
    text_muted: Colour = (176, 180, 206)
    text_dark: Colour = (22, 18, 14)
    text_shadow: Colour = (6, 6, 16)
    # The gold of the torch, used for focus, buttons and highlights.
    accent: Colour = (244, 182, 58)
    accent_soft: Colour = (150, 104, 34)
    focus_ring: Colour = (255, 214, 102)
    # The flame, from its white-hot core out; it reddens when time runs short.
    flame_core: Colour = (255, 246, 214)
    flame_mid: Colour = (255, 184, 64)
    flame_outer: Colour = (236, 92, 28)
    flame_danger: Colour = (226, 36, 30)
    ember: Colour = (255, 150, 60)
    # The torch itself.
    torch_metal_light: Colour = (236, 206, 140)
    torch_metal_dark: Colour = (136, 98, 44)
    torch_grip: Colour = (70, 50, 36)
    # Answer tiles: colour and shape together, so colour is never the only clue.
    tile_triangle: Colour = (206, 52, 46)
    tile_diamond: Colour = (34, 104, 206)
    tile_circle: Colour = (226, 164, 20)
    tile_square: Colour = (30, 142, 80)
    tile_star: Colour = (134, 72, 190)
    tile_hexagon: Colour = (0, 134, 140)
    tile_text_on_triangle: Colour = (255, 255, 255)
    tile_text_on_diamond: Colour = (255, 255, 255)
    tile_text_on_circle: Colour = (24, 18, 8)
    tile_text_on_square: Colour = (255, 255, 255)
    tile_text_on_star: Colour = (255, 255, 255)
    tile_text_on_hexagon: Colour = (255, 255, 255)
    tile_edge_width: float = 0.0
    tile_dimmed_alpha: int = 95          # how much of a faded tile still shows: its words stay legible
    correct: Colour = (72, 210, 120)
    wrong: Colour = (236, 78, 78)
    # The relay track of the standings.
    lane_colours: tuple[Colour, ...] = RING_COLOURS
    lane_on_dark: Colour = (200, 202, 214)     # how a lane too dark for the panels is outlined
    track_surface: Colour = (168, 64, 46)
    track_surface_alt: Colour = (156, 58, 42)
    track_line: Colour = (244, 236, 226)
    track_infield: Colour = (34, 96, 58)
    # Podium and cauldron.
    podium_gold: Colour = (232, 186, 62)
    podium_silver: Colour = (192, 198, 210)
    podium_bronze: Colour = (196, 120, 64)
    podium_side: Colour = (60, 48, 40)
    cauldron_metal: Colour = (112, 96, 84)
    cauldron_rim: Colour = (220, 188, 120)

    # Fonts (files in assets/fonts) and type sizes as fractions of the screen's unit height.
    font_body: str = "NotoSans-Regular.ttf"
    font_bold: str = "NotoSans-Bold.ttf"
    font_display: str = "NotoSansDisplay-Bold.ttf"
    size_title: float = 0.13
    size_heading: float = 0.062
    size_prompt: float = 0.064
    size_tile: float = 0.052
    size_body: float = 0.036
    size_small: float = 0.027
    size_min: float = 0.018
    # The floor no text goes below unless its box cannot hold it: 16 px in a 1280x720 window.
    size_floor: float = 0.0225
    # The height of a menu screen's title band, as a share of the unit.
    header_height: float = 0.11

    # Timings, in seconds.
    danger_seconds: float = 5.0
    standings_run_seconds: float = 2.2
    reveal_grace_seconds: float = 0.6
    podium_light_seconds: float = 3.2
    scene_fade_seconds: float = 0.22

    def with_(self, **changes) -> "Theme":
        """A copy with some fields changed; an unknown field name is an error, not ignored."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown theme field(s): {', '.join(unknown)}")
        return dataclasses.replace(self, **changes)

    def tile_colour(self, index: int) -> Colour:
        return (self.tile_triangle, self.tile_diamond, self.tile_circle, self.tile_square,
                self.tile_star, self.tile_hexagon)[index % len(SHAPES)]

    def tile_text_colour(self, index: int) -> Colour:
        return (self.tile_text_on_triangle, self.tile_text_on_diamond, self.tile_text_on_circle,
                self.tile_text_on_square, self.tile_text_on_star,
                self.tile_text_on_hexagon)[index % len(SHAPES)]

    def lane_colour(self, index: int) -> Colour:
        return self.lane_colours[index % len(self.lane_colours)]

    def lane_edge(self, index: int) -> Colour:
        """A team's colour as an outline on the panels: the colour itself, or the light line the
        black ring is drawn with on dark ground when the colour would vanish there."""
        colour = self.lane_colour(index)
        return colour if contrast_ratio(colour, self.panel) >= MIN_EDGE_CONTRAST else self.lane_on_dark

    def medal_colour(self, place: int) -> Colour:
        return (self.podium_gold, self.podium_silver, self.podium_bronze)[min(place, 2)]


NORMAL = Theme()

HIGH_CONTRAST = NORMAL.with_(
    name="high contrast",
    high_contrast=True,
    background_top=(0, 0, 0),
    background_bottom=(0, 0, 0),
    background_glow=(0, 0, 0),
    background_star=(0, 0, 0),
    panel=(0, 0, 0),
    panel_raised=(16, 16, 16),
    panel_edge=(255, 255, 255),
    overlay_dim=235,
    text=(255, 255, 255),
    text_muted=(230, 230, 230),
    accent=(255, 220, 0),
    accent_soft=(255, 220, 0),
    focus_ring=(0, 255, 255),
    tile_triangle=(255, 90, 70),
    tile_diamond=(90, 170, 255),
    tile_circle=(255, 220, 0),
    tile_square=(60, 230, 120),
    tile_star=(210, 140, 255),
    tile_hexagon=(0, 230, 230),
    tile_text_on_triangle=(0, 0, 0),
    tile_text_on_diamond=(0, 0, 0),
    tile_text_on_circle=(0, 0, 0),
    tile_text_on_square=(0, 0, 0),
    tile_text_on_star=(0, 0, 0),
    tile_text_on_hexagon=(0, 0, 0),
    tile_edge_width=0.006,
    tile_dimmed_alpha=125,
    correct=(0, 255, 120),
    wrong=(255, 80, 80),
    track_surface=(0, 0, 0),
    track_surface_alt=(20, 20, 20),
    track_line=(255, 255, 255),
    track_infield=(0, 0, 0),
    lane_colours=((60, 160, 255), (255, 220, 0), (235, 235, 235), (0, 230, 110), (255, 80, 90),
                  (210, 140, 255), (0, 240, 240), (255, 150, 60)),
)

PRESETS = {"normal": NORMAL, "high contrast": HIGH_CONTRAST}

DYSLEXIA_FONTS = {"font_body": "OpenDyslexic-Regular.otf", "font_bold": "OpenDyslexic-Bold.otf",
                  "font_display": "OpenDyslexic-Bold.otf"}

FONT_SCALE_RANGE = (0.75, 2.0)

# The projector profile: high contrast, type at least this much larger, and text never
# shrunk below this share of the screen height, so the back row can read it.
PROJECTOR_FONT_SCALE = 1.3
PROJECTOR_SIZE_MIN = 0.024
# ... and the floor no text goes below unless its box cannot hold it: 24 px on a 1024x768
# projector, what the back row of a classroom reads.
PROJECTOR_SIZE_FLOOR = 0.042
# Small print (notes, key hints, labels) in the projector profile, before the profile's scale:
# at least the floor.
PROJECTOR_SIZE_SMALL = 0.033
# A taller title band, so a long note beside the title fits two lines at the floor.
PROJECTOR_HEADER_HEIGHT = 0.14


def theme_for(*, high_contrast: bool = False, font_scale: float = 1.0,
              reduced_motion: bool = False, dyslexia_font: bool = False, projector: bool = False) -> Theme:
    """The theme the player's accessibility settings ask for (the projector profile on top)."""
    base = HIGH_CONTRAST if high_contrast or projector else NORMAL
    low, high = FONT_SCALE_RANGE
    scale = max(float(font_scale), PROJECTOR_FONT_SCALE) if projector else float(font_scale)
    changes: dict = {"font_scale": min(high, max(low, scale)),
                     "reduced_motion": bool(reduced_motion), "dyslexia_font": bool(dyslexia_font)}
    if projector:
        changes.update(name="projector", size_min=max(base.size_min, PROJECTOR_SIZE_MIN),
                       size_floor=max(base.size_floor, PROJECTOR_SIZE_FLOOR),
                       size_small=max(base.size_small, PROJECTOR_SIZE_SMALL),
                       header_height=PROJECTOR_HEADER_HEIGHT)
    if dyslexia_font:
        changes.update(DYSLEXIA_FONTS)
    return base.with_(**changes)
