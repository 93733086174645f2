"""The whole flow of the game in one table: (scene, outcome) -> next scene.

Scenes never import each other; they finish with an outcome name, and this table says where
that leads. To add a screen, add where its class is to SCENES and its ways in and out to FLOW.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

QUIT = "<quit>"
# The target of a way out that resumes what was waiting: the scene (and hand-over) carried by
# the outcome's `handover.Waiting`.
RESUME = "<resume>"
# Screens only party and classroom games pass through.
TEAM_SCENES = frozenset({"teams", "lobby", "summary"})
# The screens of a game from its setup to its summary: the phones' server, when it runs, stays
# up on these and closes as soon as the window goes anywhere else (the game is over).
PHONE_SCENES = frozenset({"loading", "setup", "packs", "teams", "lobby", "intro", "question", "reveal", "standings",
                          "podium", "summary"})
# Screens that show or play the pack library. While it is still being read in the background,
# the App enters LOADING instead, which shows the reading's progress and then resumes.
LIBRARY_SCENES = frozenset({"packs", "setup", "review", "edit_pack", "edit_question"})
LOADING = "loading"


class SceneTable(Mapping):
    """Scene classes by name, each module imported the first time its scene is entered, so
    the title opens without loading the play screens, the editor or the generator."""

    def __init__(self, where: dict[str, str]) -> None:
        self._where = dict(where)
        self._classes: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        found = self._classes.get(name)
        if found is None:
            module, _, attribute = self._where[name].partition(":")
            found = self._classes[name] = getattr(importlib.import_module(module), attribute)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, name: object) -> bool:
        return name in self._where


SCENES = SceneTable({
    "title": "game.ui.scenes.title:TitleScene",
    "loading": "game.ui.scenes.loading:LoadingScene",
    "packs": "game.ui.scenes.packs:PacksScene",
    "setup": "game.ui.scenes.setup:SetupScene",
    "intro": "game.ui.scenes.intro:IntroScene",
    "question": "game.ui.scenes.question:QuestionScene",
    "reveal": "game.ui.scenes.reveal:RevealScene",
    "standings": "game.ui.scenes.standings:StandingsScene",
    "podium": "game.ui.scenes.podium:PodiumScene",
    "hall": "game.ui.scenes.hall:HallScene",
    "settings": "game.ui.scenes.settings:SettingsScene",
    "generate": "game.ui.editor.generate:GenerateScene",
    "review": "game.ui.editor.review:ReviewScene",
    "edit_pack": "game.ui.editor.pack_editor:PackEditorScene",
    "edit_question": "game.ui.editor.question_editor:QuestionEditorScene",
    "summary": "game.ui.scenes.summary:SummaryScene",
    "teams": "game.ui.scenes.teams:TeamsScene",
    "lobby": "game.ui.phones.lobby:LobbyScene",
})

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
    ("teams", "lobby"): "lobby",               # with phones: they join first
    ("lobby", "start"): "intro",
    ("lobby", "back"): "teams",
    ("intro", "lobby"): "lobby",               # with phones: back from the rules to the lobby
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
    ("summary", "review"): "intro",            # a review round has its own rules screen
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
    # In front of a library screen while the packs are still being read.
    ("loading", "ready"): RESUME,
    ("loading", "back"): "title",
}
