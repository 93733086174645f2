"""What the game remembers on this machine: scores and history (SQLite) and settings (YAML).

    from game.store import Store, load_settings, save_settings

    with Store() as store:                      # paths.scores_db_path(); RELAYQUIZ_HOME overrides
        if store.notice: show(store.notice)     # a damaged file was moved aside and replaced
        session_id = store.begin_session(...)   # then record_question, record_skip, finish_session
        store.hall_of_fame(pack="my-pack", limit=10); store.sessions(); store.questions(id)

    loaded = load_settings()                    # .settings (defaults for missing or bad keys),
    loaded.problems                             # .problems with file:line for each bad value
    loaded.settings.volume = 0.5; save_settings(loaded.settings)   # atomic

The store knows nothing of the quiz rules: `game.wiring.SessionRecorder` listens to a quiz
session and writes it here as it is played.
Reports (`build_report`, `write_csv`, `write_html`) are in `game.store.reports`.
Nothing here imports pygame.
"""

from game.lazyexports import lazy_exports

# Each name is imported from its module the first time it is used.
__getattr__, __dir__ = lazy_exports(__name__, {
    "game.store.db": ("StoreError",),
    "game.store.queries": ("FameEntry", "PlayerTotal", "QuestionRow", "SessionSummary"),
    "game.store.settings": ("LoadedSettings", "Settings", "load_settings", "save_settings"),
    "game.store.store": ("AnswerRecord", "QuestionRecord", "Ranked", "Store"),
})

__all__ = [
    "AnswerRecord", "FameEntry", "LoadedSettings", "PlayerTotal", "QuestionRecord", "QuestionRow", "Ranked",
    "SessionSummary", "Settings", "Store", "StoreError", "load_settings", "save_settings",
]
