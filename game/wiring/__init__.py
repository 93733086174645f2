"""Where the quiz rules meet the records: the layer above both `game.quiz` and `game.store`.

    from game.wiring import SessionRecorder, report_from_session

    recorder = SessionRecorder(store, session)     # each reveal, skip and adjustment written as played
    report = report_from_session(session)           # the same report, from memory (no database needed)

The quiz knows nothing of the store and the store nothing of the quiz; this is the one place
that knows both. The window and `relayquiz play` use it. Nothing here imports pygame.
"""

from game.lazyexports import lazy_exports

# Each name is imported from its module the first time it is used.
__getattr__, __dir__ = lazy_exports(__name__, {
    "game.wiring.memory_report": ("report_from_session",),
    "game.wiring.recorder": ("SessionRecorder", "question_record"),
})

__all__ = ["SessionRecorder", "question_record", "report_from_session"]
