"""Ctrl+C and SIGTERM: temporary files never stay behind, Ctrl+C exits 130, SIGTERM 143, and
an unattended game stops and records its session as ended early.

Real processes get real signals here, at spread-out moments, several times over.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game import interrupts
from game.atomic import write_atomic
from game.packs.load import try_load_pack

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "tests" / "data" / "generate"
EXIT_FOR = {signal.SIGINT: 130, signal.SIGTERM: 143}

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _hidden_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "game", *args]


def _environment(home: Path) -> dict[str, str]:
    return {**os.environ, "RELAYQUIZ_HOME": str(home), "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


def _signal_after(command: list[str], signum: int, delay: float, home: Path) -> subprocess.CompletedProcess:
    process = subprocess.Popen(command, cwd=ROOT, env=_environment(home), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    _wait_until_caught(process, signum)
    time.sleep(delay)
    process.send_signal(signum)
    out, err = process.communicate(timeout=60)
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _wait_until_caught(process: subprocess.Popen, signum: int, deadline: float = 60.0) -> None:
    """Wait until the program has taken over `signum` (its handler is installed), so a signal
    tests what the program does with it, not an interpreter still starting on a busy machine.
    Reads the process's caught-signal mask on Linux; elsewhere returns at once."""
    status = Path(f"/proc/{process.pid}/status")
    end = time.monotonic() + deadline
    while time.monotonic() < end and process.poll() is None:
        try:
            lines = status.read_text().splitlines()
        except OSError:
            return
        caught = next((int(line.split()[1], 16) for line in lines if line.startswith("SigCgt:")), None)
        if caught is None or caught >> (signum - 1) & 1:
            return
        time.sleep(0.005)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_a_write_waits_until_the_file_is_whole(tmp_path, monkeypatch, signum):
    target = tmp_path / "pack.yaml"
    target.write_bytes(b"old\n")
    real_fsync = os.fsync

    def fsync_then_signal(fd):
        os.kill(os.getpid(), signum)          # arrives in the middle of the write
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_then_signal)
    with interrupts.taken():
        with pytest.raises(KeyboardInterrupt if signum == signal.SIGINT else interrupts.Terminated):
            write_atomic(target, b"new\n", backup=True)
    assert target.read_bytes() == b"new\n" and (tmp_path / "pack.yaml~").read_bytes() == b"old\n"
    assert _hidden_leftovers(tmp_path) == []


def test_a_signal_while_a_failed_write_cleans_up_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "pack.yaml"

    def fsync_fails(_fd):
        os.kill(os.getpid(), signal.SIGTERM)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync_fails)
    with interrupts.taken():
        with pytest.raises(interrupts.Terminated):
            write_atomic(target, b"new\n")
    assert list(tmp_path.iterdir()) == []


def _aiken(path: Path, count: int) -> Path:
    path.write_text("".join(f"Which number comes after {n} in question {n}?\nA. {n + 1}\nB. {n + 2}\nC. {n + 3}\n"
                            "ANSWER: A\n\n" for n in range(count)), encoding="utf-8")
    return path


def _check_stopped_write(result, signum: int, out: Path, before: bytes | None) -> None:
    """Stopped or not, the target is the earlier file untouched or a whole new pack, never part of one."""
    assert result.returncode in (0, EXIT_FOR[signum]), result.stderr
    assert "Traceback" not in result.stderr
    assert _hidden_leftovers(out.parent) == []
    now = out.read_bytes() if out.exists() else None
    if now is None or now == before:
        assert result.returncode == EXIT_FOR[signum]
        assert not out.with_name(out.name + "~").exists()
        return
    loaded = try_load_pack(out)
    assert loaded.pack is not None, loaded.problems
    if before is not None:
        assert out.with_name(out.name + "~").read_bytes() == before


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_import_stopped_by_a_signal_leaves_no_temporary_file(tmp_path, signum):
    source = _aiken(tmp_path / "bank.txt", 3000)
    rng = random.Random(signum)
    stopped = 0
    for attempt in range(6):
        folder = tmp_path / f"run{attempt}"
        folder.mkdir()
        out = folder / "bank.yaml"
        before = None
        if attempt % 2:
            out.write_bytes(b"relayquiz: 1\n# an earlier pack\n")
            before = out.read_bytes()
        result = _signal_after(_command("import", str(source), "--format", "aiken", "-o", str(out)), signum,
                               rng.uniform(0.05, 1.0), tmp_path)
        stopped += result.returncode == EXIT_FOR[signum]
        _check_stopped_write(result, signum, out, before)
    assert stopped, "no run was stopped by the signal; the delays need to be shorter"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_generate_stopped_by_a_signal_leaves_no_temporary_file(tmp_path, signum):
    # Eight copies of every document, so a run lasts some seconds on a fast machine too.
    copies = tmp_path / "documents"
    copies.mkdir()
    documents = []
    for copy in range(8):
        for source in sorted(DOCS.glob("*.txt")):
            target = copies / f"{copy}-{source.name}"
            target.write_bytes(source.read_bytes())
            documents.append(str(target))
    rng = random.Random(100 + signum)
    stopped = 0
    for attempt in range(5):
        out = tmp_path / f"run{attempt}" / "quiz.yaml"
        out.parent.mkdir()
        result = _signal_after(_command("generate", "-q", *documents, "-o", str(out)), signum,
                               rng.uniform(0.05, 1.2), tmp_path)
        stopped += result.returncode == EXIT_FOR[signum]
        assert result.returncode in (0, EXIT_FOR[signum]), result.stderr
        assert "Traceback" not in result.stderr
        assert _hidden_leftovers(out.parent) == []
        if out.exists():
            assert try_load_pack(out).pack is not None
    assert stopped, "no run was stopped by the signal; the delays need to be shorter"


@pytest.mark.parametrize("command", [("packs",), ("validate", "questions"), ("history",), ("schema",)])
def test_ctrl_c_exits_130_from_any_command(tmp_path, command):
    for delay in (0.25, 0.4, 0.6):
        process = subprocess.Popen(_command(*command), cwd=ROOT, env=_environment(tmp_path),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        assert process.returncode in (0, 130), err
        assert "Traceback" not in err


def _sessions(home: Path) -> list[sqlite3.Row]:
    db = home / "scores.sqlite3"
    if not db.exists():
        return []
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    connection.row_factory = sqlite3.Row
    try:
        return connection.execute("SELECT * FROM sessions").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        connection.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_autoplay_stops_on_a_signal_and_records_the_session_as_ended_early(tmp_path, signum):
    command = _command("play", "--autoplay", "--questions", "30", "--players", "2", "--size", "640x360")
    process = subprocess.Popen(command, cwd=ROOT, env=_environment(tmp_path), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not _sessions(tmp_path) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
    time.sleep(1.0)                                  # into the first questions
    process.send_signal(signum)
    out, err = process.communicate(timeout=60)
    assert process.returncode == EXIT_FOR[signum], err
    assert "Traceback" not in err
    (session,) = _sessions(tmp_path)
    assert session["status"] == "ended_early"
    assert f"session {session['id']} is recorded as ended early" in err
    db = sqlite3.connect(tmp_path / "scores.sqlite3")
    played = db.execute("SELECT COUNT(*) FROM questions WHERE session_id = ?", (session["id"],)).fetchone()[0]
    assert played < 30
    # Every total is the sum of the points recorded with it: nothing half written.
    for total, summed in db.execute(
            "SELECT p.score, COALESCE((SELECT SUM(a.points) FROM answers a WHERE a.player_id = p.id), 0) "
            "FROM players p WHERE p.session_id = ?", (session["id"],)):
        assert total == summed
    db.close()
