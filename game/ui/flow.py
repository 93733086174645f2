"""The whole flow of the game in one table: (scene, outcome) -> next scene.

Scenes never import each other; they finish with an outcome name, and this table says where
that leads. To add a screen, add its class to SCENES and its ways in and out to FLOW.
"""

from __future__ import annotations

from game.ui.scenes.pack_editor import PackEditorScene
from game.ui.scenes.packs import PacksScene
from game.ui.scenes.question_editor import QuestionEditorScene
from game.ui.scenes.review import ReviewScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene

QUIT = "<quit>"

SCENES = {scene.name: scene for scene in (TitleScene, PacksScene, SettingsScene, ReviewScene, PackEditorScene,
                                          QuestionEditorScene)}

FLOW: dict[tuple[str, str], str] = {
    ("title", "play"): "packs",
    ("title", "packs"): "packs",
    ("title", "settings"): "settings",
    ("title", "quit"): QUIT,
    ("packs", "back"): "title",
    ("settings", "back"): "title",
    # The pack editor: review generated questions, list a pack's questions, edit one.
    ("packs", "edit"): "edit_pack",
    ("review", "edit"): "edit_question",
    ("review", "back"): "packs",
    ("review", "quit"): QUIT,
    ("edit_pack", "edit"): "edit_question",
    ("edit_pack", "back"): "packs",
    ("edit_pack", "quit"): QUIT,
    ("edit_question", "review"): "review",
    ("edit_question", "list"): "edit_pack",
    ("edit_question", "back"): "packs",
}
