"""`relayquiz scores`, `report` and `history` on real recorded sessions."""

import csv
import io
import json
from html.parser import HTMLParser

from html import escape

import pytest

from game import paths
from game.cli import main
from game.quiz import FakeClock, Mode, Session, SessionConfig, State
from game.store import Store
from game.wiring import SessionRecorder
from game.store.reports import build_report, csv_rows, export_report, spreadsheet_safe, write_csv, write_html
from quizpacks import mixed_pack
from recording import TickingWallClock, play_recorded

HOSTILE = "=HYPERLINK(\"http://x\")<script>"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def recorded():
    """Two finished sessions and one cut short, with a skip, an adjustment and a hostile team name."""
    with Store(wall_clock=TickingWallClock()) as store:
        first, rec1 = play_recorded(store, players=("Red", "Blue"), right=(0,), seed=1)
        clock = FakeClock()
        config = SessionConfig(packs=(mixed_pack("a", 4),), players=("Zoë", HOSTILE, "Green"), mode=Mode.CLASSROOM,
                               question_count=4, seed=9, types=("choice", "number"))
        second = Session(config, clock)
        rec2 = SessionRecorder(store, second)
        while second.state is not State.FINISHED:
            q = second.start_question()
            if q.number == 2:
                second.skip()
                second.next()
                continue
            clock.advance(1.5)
            second.answer(0, q.correct_option)
            clock.advance(2.25)
            second.answer(1, (q.correct_option + 1) % len(q.options))
            second.reveal()
            if q.number == 3:
                second.adjust(2, 150, "teacher")
            second.next()
        third, rec3 = play_recorded(store, players=("Solo",), mode=Mode.SOLO, seed=2, finish=False)
    return {"ids": (rec1.session_id, rec2.session_id, rec3.session_id), "second": second}


def test_scores_with_nothing_recorded_says_so(capsys):
    code, out, _ = run(capsys, "scores")
    assert code == 0 and "No scores yet" in out


def test_scores_lists_the_best_totals_per_pack_and_mode(capsys, recorded):
    code, out, _ = run(capsys, "scores")
    assert code == 0
    assert "Pack a (a) · Party" in out and "Pack a (a) · Classroom" in out
    assert "Solo" not in out  # the solo session never finished
    lines = [line for line in out.splitlines() if "Zoë" in line]
    assert lines and lines[0].split()[0] == "1"


def test_scores_filters_by_pack_and_limits_each_table(capsys, recorded):
    code, out, _ = run(capsys, "scores", "--pack", "a", "--limit", "1", "--json")
    entries = json.loads(out)
    assert code == 0 and len(entries) == 2 and {e["mode"] for e in entries} == {"party", "classroom"}
    code, out, _ = run(capsys, "scores", "--pack", "nope")
    assert code == 0 and "No scores for pack 'nope' yet" in out


def test_scores_refuses_a_limit_below_one(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["scores", "--limit", "0"])
    assert caught.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err


def test_history_lists_sessions_newest_first_with_their_status(capsys, recorded):
    code, out, _ = run(capsys, "history")
    rows = [line for line in out.splitlines()[2:]]
    assert code == 0
    assert [int(r.split()[0]) for r in rows] == list(reversed(recorded["ids"]))
    assert "unfinished" in rows[0] and "finished" in rows[2]
    data = json.loads(run(capsys, "history", "--json")[1])
    assert [s["status"] for s in data] == ["unfinished", "finished", "finished"]
    assert data[1]["players"][0] == {"name": "Zoë", "points": recorded["second"].players[0].score}


def test_history_with_nothing_recorded_says_so(capsys):
    assert run(capsys, "history")[1].startswith("No sessions yet")


def test_report_last_prints_every_answer_totals_and_the_share_right(capsys, recorded):
    code, out, _ = run(capsys, "report", "--session", str(recorded["ids"][1]))
    assert code == 0
    second = recorded["second"]
    assert f"Session {recorded['ids'][1]}: Pack a" in out
    assert "Classroom" in out and "3 of 4 questions" in out
    assert "right: 1 of 3 (33%)" in out
    assert "skipped" in out
    assert "Green: +150 (teacher) during Q3" in out
    for player in second.players:
        assert f"{player.score:,}" in out
    last = run(capsys, "report", "--last")[1]
    assert last.startswith(f"Session {recorded['ids'][2]}:") and "unfinished" in last


def test_report_of_an_unknown_session_says_where_to_look(capsys, recorded):
    code, _, err = run(capsys, "report", "--session", "99")
    assert code == 1 and "there is no session 99" in err and "relayquiz history" in err


def test_report_needs_last_or_a_session(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["report"])
    assert caught.value.code == 2


def test_report_when_nothing_was_played(capsys):
    code, _, err = run(capsys, "report", "--last")
    assert code == 1 and "no session has been played yet" in err


def test_csv_is_one_row_per_player_per_question_in_utf8_with_bom(capsys, recorded, tmp_path):
    target = tmp_path / "out.csv"
    code, out, _ = run(capsys, "report", "--session", str(recorded["ids"][1]), "--csv", str(target))
    assert code == 0 and str(target) in out
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    second = recorded["second"]
    question_rows = [r for r in rows if r["type"] != "adjustment"]
    assert len(question_rows) == 4 * 3
    by_key = {(int(r["question"]), r["player"]): r for r in question_rows}
    for result in second.results:
        for answer in result.answers:
            row = by_key[(result.question.number, spreadsheet_safe(second.players[answer.player].name))]
            assert row["answer"] == spreadsheet_safe(answer.response_text)
            assert row["correct"] == str(int(answer.correct))
            assert int(row["points"]) == answer.points
            assert row["time_s"] == ("" if answer.elapsed is None else str(round(answer.elapsed, 2)))
            assert row["question_id"] == result.question.question.id
    assert all(r["result"] == "skipped" for r in question_rows if r["question"] == "2")
    for player in second.players:
        name = spreadsheet_safe(player.name)
        assert sum(int(r["points"]) for r in rows if r["player"] == name) == player.score
    assert [r["answer"] for r in rows if r["type"] == "adjustment"] == ["teacher"]


def test_a_report_written_over_an_existing_file_keeps_the_old_one_beside_it(capsys, recorded, tmp_path):
    target = tmp_path / "results.csv"
    target.write_text("last week's marks\n", encoding="utf-8")
    code, _out, _ = run(capsys, "report", "--session", str(recorded["ids"][1]), "--csv", str(target))
    assert code == 0
    assert (tmp_path / "results.csv~").read_text(encoding="utf-8") == "last week's marks\n"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_csv_cells_a_spreadsheet_would_run_are_defused(recorded, tmp_path):
    report = build_report(recorded["ids"][1])
    cells = [cell for row in csv_rows(report) for cell in row if isinstance(cell, str)]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert "'" + HOSTILE in cells
    assert spreadsheet_safe(-5) == -5 and spreadsheet_safe("-5") == "'-5" and spreadsheet_safe("Sochi") == "Sochi"


class _Checker(HTMLParser):
    """Collects what a page would fetch and whether every opened tag is closed."""

    VOID = {"meta", "br", "img", "link", "input", "hr", "col", "rect", "path"}

    def __init__(self):
        super().__init__()
        self.stack, self.fetches, self.scripts, self.text = [], [], 0, []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.fetches.append(value)
        self.scripts += tag == "script"
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_html_report_is_one_self_contained_page(capsys, recorded, tmp_path):
    target = tmp_path / "out.html"
    code, _, _ = run(capsys, "report", "--session", str(recorded["ids"][1]), "--html", str(target))
    assert code == 0
    page = target.read_text(encoding="utf-8")
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == [] and checker.fetches == [] and checker.scripts == 0
    assert "url(" not in page and "@import" not in page
    assert "http" not in page.replace(escape(HOSTILE), "")     # nothing links anywhere
    text = " ".join(checker.text)
    assert HOSTILE in text                       # shown as text, never as markup
    assert "<script" not in page
    assert "33%" in text and "1 of 3" in text    # the share of the room per question
    assert "Skipped" in text and "+150" in text and "teacher" in text
    assert "@media print" in page


def test_report_builders_can_be_called_by_the_window(recorded, tmp_path):
    report = build_report()
    assert report.session.id == recorded["ids"][2]
    report = build_report(recorded["ids"][1])
    assert [p.name for p in report.players][0] == "Zoë"
    assert [(q.number, q.share_right) for q in report.hardest(2)] == [(1, 1 / 3), (3, 1 / 3)]
    csv_path = write_csv(report, tmp_path / "r.csv")
    html_path = write_html(report, tmp_path / "r.html")
    assert csv_path.exists() and html_path.exists()


def test_export_puts_both_reports_in_the_documents_folder(recorded):
    csv_path, html_path = export_report(recorded["ids"][0])
    assert csv_path.parent == html_path.parent == paths.user_documents_dir()
    assert csv_path.name.startswith(f"relayquiz-session-{recorded['ids'][0]}-") and csv_path.suffix == ".csv"
    assert html_path.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_a_damaged_database_is_reported_and_the_command_still_works(capsys):
    path = paths.scores_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00garbage" * 300)
    code, out, err = run(capsys, "history")
    assert code == 0 and "No sessions yet" in out
    assert "was damaged" in err and "moved to" in err
