"""The rules of the game as plain Python: a whole session can be played in a REPL or a test.

What to call, in order:

    from game.quiz import FakeClock, Mode, ScoringOptions, Session, SessionConfig, State, describe_rules

    config = SessionConfig(packs=(pack,), players=("Red", "Blue"), mode=Mode.PARTY,
                           question_count=10, seed=7,
                           scoring=ScoringOptions(speed=True, streaks=True, points=1000, standings_every=1))
                           # also: types=("choice", ...), difficulties=("easy",), time_limit=30
                           # (every question), default_time_limit=30 (where the pack gives none)
                           # solo: exactly 1 player; party/classroom: 2 to 8 players or teams
                           # a bad config raises ConfigError; .problems lists every message
    session = Session(config, clock)          # clock: anything with now() -> seconds;
                                              # MonotonicClock() in the game, FakeClock() in tests
    session.rules()                           # list[str] to show before the start; the same as
                                              # describe_rules(session.config, session.selection)

    while session.state is not State.FINISHED:
        q = session.current                   # RoundQuestion: number, prompt, options (at most 4,
                                              # shuffled, seeded; True/False keep their order), typed,
                                              # time_limit, points, unit; q.question.image relative
                                              # to q.pack.base_dir; for the reveal: answer_text,
                                              # correct_option, explanation, source_quote, source_title
        session.start_question()              # READY -> ASKING; the countdown starts
        session.answer(player, 2)             # option index, or typed text when q.typed;
                                              # returns AnswerStatus (ACCEPTED, ALREADY_ANSWERED,
                                              # TIME_UP, PAUSED, NOT_ASKING): the first lock-in counts
        session.time_left(), session.locked_in   # torch height; who has answered (not what)
        session.state                         # LOCKED once all answered or time is up
        result = session.reveal()             # -> REVEALED; QuestionResult with a PlayerAnswer per
                                              # player (correct, close, points, streak_bonus)
        if session.standings_due:             # standings every question / every N / only at the end
            session.show_standings()          # -> STANDINGS; session.standings() any time
        session.next()                        # -> READY of the next question, or FINISHED

    `session.proceed()` does the usual next step from any state (the "next" key).

Teacher controls: `pause()` / `resume()` (time stops exactly), `skip()` (-> SKIPPED, then
`next()`), `reveal()` straight from ASKING ("reveal now"), `add_time(10)`,
`adjust(team, +/-points, reason="teacher")`, `end_round()` (-> FINISHED). A move the state
does not allow raises `IllegalMove`. After the session: `standings()`, `results`,
`adjustments`, `hardest(5)`, `missed_questions()`, and `review_config()` -> a SessionConfig
for a review round of the missed questions (play it as a new `Session`).

Team modes (party, classroom) play every question as a choice: number and text questions
with `wrong:` options become choices, the others are left out (`selection.unplayable`);
`typed_answers=True` keeps them typed (every player has a phone). An `open_room=True` session
(phones) takes up to MAX_ROOM_PLAYERS players and `add_player(name)` while it is played (the
newcomer plays from the next question not yet started) and `rename_player(index, name)`.
To record play, attach a `game.wiring.SessionRecorder`; it listens to the session's events
(`session.subscribe(listener)`, see events.py).

Scoring is in pure functions (`points_for`, `streak_bonus`, `score_question`), and answer
checking in `checking.py` (`check_text`, `check_number`, `parse_number`).
"""

from game.lazyexports import lazy_exports

# Each name is imported from its module the first time it is used.
__getattr__, __dir__ = lazy_exports(__name__, {
    "game.quiz.checking": ("check_number", "check_text", "normalize_text", "parse_number"),
    "game.quiz.clock": ("Clock", "Countdown", "FakeClock", "MonotonicClock"),
    "game.quiz.config": (
        "MAX_NAME_LENGTH", "MAX_PLAYERS", "MAX_ROOM_PLAYERS", "POINTS_CHOICES", "ConfigError", "Mode",
        "QuestionKey", "RoundKind", "ScoringOptions", "SessionConfig", "tidy_names"
    ),
    "game.quiz.events": (
        "AnswerLocked", "CountdownChanged", "Event", "PlayerJoined", "PlayerRenamed", "PointsAdjusted",
        "QuestionRevealed", "QuestionSkipped", "QuestionStarted", "SessionFinished"
    ),
    "game.quiz.questions": ("Response", "RoundQuestion"),
    "game.quiz.rules": ("describe_rules",),
    "game.quiz.scoring": (
        "PlayerAnswer", "max_points", "points_for", "score_question", "speed_points", "streak_bonus"
    ),
    "game.quiz.results": ("Adjustment", "QuestionResult"),
    "game.quiz.selection": ("Outlook", "QuestionTally", "Selection", "select_questions"),
    "game.quiz.session": (
        "TEACHER", "AnswerStatus", "IllegalMove", "Player", "Session", "Standing", "State", "check_something_to_play"
    ),
})

__all__ = [
    "MAX_NAME_LENGTH", "MAX_PLAYERS", "MAX_ROOM_PLAYERS", "POINTS_CHOICES", "TEACHER", "Adjustment",
    "AnswerLocked", "AnswerStatus", "Clock", "ConfigError", "Countdown", "CountdownChanged", "Event", "FakeClock",
    "IllegalMove", "Mode", "MonotonicClock", "Outlook", "Player", "PlayerAnswer", "PlayerJoined",
    "PlayerRenamed", "PointsAdjusted", "QuestionKey", "QuestionResult", "QuestionRevealed", "QuestionSkipped",
    "QuestionStarted", "QuestionTally", "Response", "RoundKind", "RoundQuestion", "ScoringOptions",
    "Selection", "Session", "SessionConfig", "SessionFinished", "Standing", "State", "check_number",
    "check_something_to_play", "check_text", "describe_rules", "max_points", "normalize_text", "parse_number",
    "points_for", "score_question", "select_questions", "speed_points", "streak_bonus", "tidy_names",
]
