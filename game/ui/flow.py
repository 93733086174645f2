"""The whole flow of the game in one table: (scene, outcome) -> next scene.

Scenes never import each other; they finish with an outcome name, and this table says where
that leads. To add a screen, add its class to SCENES and its ways in and out to FLOW.
"""

from __future__ import annotations

from game.ui.editor.generate import GenerateScene
from game.ui.scenes.hall import HallScene
from game.ui.scenes.intro import IntroScene
from game.ui.editor.pack_editor import PackEditorScene
from game.ui.scenes.packs import PacksScene
from game.ui.scenes.podium import PodiumScene
from game.ui.scenes.question import QuestionScene
from game.ui.editor.question_editor import QuestionEditorScene
from game.ui.scenes.reveal import RevealScene
from game.ui.editor.review import ReviewScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.setup import SetupScene
from game.ui.scenes.standings import StandingsScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.teams import TeamsScene
from game.ui.scenes.title import TitleScene

QUIT = "<quit>"
# Screens only party and classroom games pass through.
TEAM_SCENES = frozenset({"teams", "summary"})

SCENES = {scene.name: scene for scene in (
    TitleScene, PacksScene, SetupScene, IntroScene, QuestionScene, RevealScene, StandingsScene, PodiumScene,
    HallScene, SettingsScene, GenerateScene, ReviewScene, PackEditorScene, QuestionEditorScene,
    SummaryScene, TeamsScene,
)}

FLOW: dict[tuple[str, str], str] = {
    ("title", "play"): "setup",
    ("title", "packs"): "packs",
    ("title", "hall"): "hall",
    ("title", "settings"): "settings",
    ("title", "quit"): QUIT,
    ("title", "generate"): "generate",
    ("packs", "next"): "setup",
    ("packs", "back"): "title",
    ("packs", "generate"): "generate",
    ("setup", "start"): "intro",
    ("intro", "go"): "question",
    ("intro", "back"): "setup",
    ("intro", "teams"): "teams",               # party and classroom: back to the team screen
    ("setup", "teams"): "teams",               # party and classroom: who answers on what
    ("teams", "start"): "intro",
    ("teams", "back"): "setup",
    ("setup", "packs"): "packs",
    ("setup", "back"): "title",
    ("setup", "generate"): "generate",
    ("generate", "review"): "review",
    ("generate", "back"): "title",
    ("question", "reveal"): "reveal",
    ("question", "abandon"): "title",
    ("question", "next"): "question",          # the teacher skipped the question
    ("question", "finished"): "podium",        # ... the last one, or ended the round
    ("reveal", "standings"): "standings",
    ("reveal", "next"): "question",
    ("reveal", "finished"): "podium",
    ("reveal", "abandon"): "title",
    ("standings", "next"): "question",
    ("standings", "finished"): "podium",
    ("standings", "abandon"): "title",
    ("podium", "next"): "hall",
    ("podium", "summary"): "summary",          # party and classroom: hardest questions, review, report
    ("summary", "next"): "hall",
    ("summary", "review"): "question",
    ("summary", "back"): "title",
    ("podium", "back"): "title",
    ("hall", "back"): "title",
    ("settings", "back"): "title",
    # The pack editor: review generated questions, list a pack's questions, edit one.
    ("packs", "edit"): "edit_pack",
    ("review", "edit"): "edit_question",
    ("review", "back"): "packs",
    ("review", "quit"): QUIT,
    ("edit_pack", "edit"): "edit_question",
    ("edit_pack", "review"): "review",
    ("edit_pack", "back"): "packs",
    ("edit_pack", "quit"): QUIT,
    ("edit_question", "review"): "review",
    ("edit_question", "list"): "edit_pack",
    ("edit_question", "back"): "packs",
    ("edit_question", "quit"): QUIT,
    ("review", "play"): "setup",
    ("edit_pack", "play"): "setup",
}
