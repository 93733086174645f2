"""A game process that records sessions and says on stdout what it has committed.

Run by the store tests (killed at random points, or two at once):

    python tests/store_writer.py DB SEED SESSIONS

After each committed write it prints one line and flushes:
    S <session id>                                  session and players recorded
    Q <session id> <number> <points per player>     a revealed question and its answers
    A <session id> <position> <points>              an adjustment
    F <session id>                                  the session finished
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from game.quiz import FakeClock, Mode, Session, SessionConfig, State  # noqa: E402
from game.store import Store  # noqa: E402
from game.wiring import SessionRecorder  # noqa: E402
from quizpacks import mixed_pack  # noqa: E402


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(db: str, seed: int, sessions: int) -> int:
    with Store(Path(db)) as store:
        for n in range(sessions):
            clock = FakeClock()
            config = SessionConfig(packs=(mixed_pack("a", 6),), players=("Red", "Blue", "Green"), mode=Mode.PARTY,
                                   question_count=8, seed=seed * 1000 + n)
            session = Session(config, clock)
            recorder = SessionRecorder(store, session)
            say(f"S {recorder.session_id}")
            while session.state is not State.FINISHED:
                q = session.start_question()
                for team in range(3):
                    clock.advance(1 + (seed + team + q.number) % 5)
                    session.answer(team, (q.correct_option + team * (q.number % 2)) % len(q.options))
                result = session.reveal()
                if recorder.error:
                    raise SystemExit(recorder.error)
                say(f"Q {recorder.session_id} {q.number} " + " ".join(str(a.points) for a in result.answers))
                if q.number % 3 == 0:
                    adjustment = session.adjust(q.number % 3, 50)
                    say(f"A {recorder.session_id} {adjustment.player} {adjustment.points}")
                session.next()
            if recorder.error:
                raise SystemExit(recorder.error)
            say(f"F {recorder.session_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
