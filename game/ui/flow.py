"""The whole flow of the game in one table: (scene, outcome) -> next scene.

Scenes never import each other; they finish with an outcome name, and this table says where
that leads. To add a screen, add its class to SCENES and its ways in and out to FLOW.
"""

from __future__ import annotations

from game.ui.scenes.packs import PacksScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene

QUIT = "<quit>"

SCENES = {scene.name: scene for scene in (TitleScene, PacksScene, SettingsScene)}

FLOW: dict[tuple[str, str], str] = {
    ("title", "play"): "packs",
    ("title", "packs"): "packs",
    ("title", "settings"): "settings",
    ("title", "quit"): QUIT,
    ("packs", "back"): "title",
    ("settings", "back"): "title",
}
