"""The quiz core and the records: playing, recording and reporting a big classroom session."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from game.packs.model import ChoiceQuestion, Pack
from game.quiz import FakeClock, Mode, Session, SessionConfig, State
from game.store import Store
from game.wiring import SessionRecorder
from game.store.reports import build_report, write_csv, write_html

TEAMS = ("Red", "Blue", "Yellow", "Green", "Black", "Orange", "Purple", "Silver")


def _pack(count: int) -> Pack:
    return Pack(id="bench", title="Bench", questions=[
        ChoiceQuestion(id=f"q{n}", prompt=f"Question {n}?", answer=f"right {n}", wrong=[f"a{n}", f"b{n}", f"c{n}"])
        for n in range(count)])


def _play(session: Session, clock: FakeClock) -> None:
    while session.state is not State.FINISHED:
        q = session.start_question()
        for team in range(len(session.players)):
            clock.advance(0.7)
            session.answer(team, (q.correct_option + team % 2) % len(q.options))
        session.reveal()
        session.show_standings()
        session.next()


def run(quick: bool) -> dict[str, float]:
    questions = 50
    sessions = 5 if quick else 20
    pack = _pack(200)
    config = SessionConfig(packs=(pack,), players=TEAMS, mode=Mode.CLASSROOM, question_count=questions, seed=1)

    start = time.perf_counter()
    for _ in range(sessions):
        clock = FakeClock()
        _play(Session(config, clock), clock)
    play_us = (time.perf_counter() - start) / (sessions * questions) * 1e6

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "scores.sqlite3"
        record_times = []
        with Store(db) as store:
            for _ in range(sessions):
                clock = FakeClock()
                session = Session(config, clock)
                SessionRecorder(store, session)
                start = time.perf_counter()
                _play(session, clock)
                record_times.append((time.perf_counter() - start) / questions)
            last = store.last_session_id()
            start = time.perf_counter()
            report = build_report(last, store)
            build_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        write_csv(report, Path(folder) / "r.csv")
        write_html(report, Path(folder) / "r.html")
        export_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        Store(db).close()
        open_ms = (time.perf_counter() - start) * 1000
    record_times.sort()
    return {
        "quiz_question_us": round(play_us, 1),
        "record_question_ms_median": round(record_times[len(record_times) // 2] * 1000, 2),
        "report_build_ms": round(build_ms, 2),
        "report_csv_html_ms": round(export_ms, 2),
        "store_open_ms": round(open_ms, 2),
    }
