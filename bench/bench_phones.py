"""Phones on loopback: 200 simulated phones join and answer within the same second, 20 questions.

The window's side runs here, in this process: the server on its thread, and a 60-frames-a-second
loop that drains the phones' queue into a real quiz session (`PhoneLink.pump`) and times each
frame's work. The phones run in another process (so their own work does not count against the
server), each answering at a random moment of the same second and timing send -> "locked in".
A second run adds a hostile phone in a third process: 10,000 messages a second, 1 MB frames
and broken UTF-8, reconnecting whenever it is cut off.

    python bench/bench_phones.py [--quick]          (or through bench/run.py)
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PHONES = 200
QUESTIONS = 20
FRAME = 1 / 60
ANSWER_SPREAD = 1.0       # seconds: every phone answers within the same second
LOCK_WAIT = 10.0          # seconds a phone waits for "locked in" before counting the answer lost


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


# The phones' process ---------------------------------------------------------------------

async def _phone(url: str, code: str, number: int, seconds: list[float], lost: list[int], start_join: float) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(url, max_msg_size=0) as ws:
            await asyncio.sleep(max(0.0, start_join - time.monotonic()) + random.random() * ANSWER_SPREAD)
            await ws.send_str(json.dumps({"type": "join", "code": code, "name": f"Phone {number:03d}"}))
            sent: dict[int, float] = {}
            answered: set[int] = set()
            pending: dict[int, asyncio.TimerHandle] = {}
            loop = asyncio.get_running_loop()

            def answer(question: int, options: int) -> None:
                sent[question] = time.perf_counter()
                asyncio.ensure_future(ws.send_str(json.dumps(
                    {"type": "answer", "question": question, "choice": random.randrange(options)})))

            async for frame in ws:
                if frame.type is not aiohttp.WSMsgType.TEXT:
                    break
                message = json.loads(frame.data)
                if message.get("type") != "state":
                    continue
                phase = message.get("phase")
                if phase == "question":
                    question = message["number"]
                    if message.get("locked"):
                        if question in sent and question not in answered:
                            answered.add(question)
                            seconds.append(time.perf_counter() - sent[question])
                    elif question not in sent and question not in pending:
                        pending[question] = loop.call_later(random.random() * ANSWER_SPREAD, answer, question,
                                                            message["options"])
                elif phase == "finished":
                    break
            lost.append(len(set(sent) - answered))


async def _phones(url: str, code: str, count: int) -> dict:
    seconds: list[float] = []
    lost: list[int] = []
    start = time.monotonic() + 0.5
    tasks = [asyncio.ensure_future(_phone(url, code, n, seconds, lost, start)) for n in range(count)]
    done, _ = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    failures = [str(t.exception()) for t in done if t.exception() is not None]
    return {"lock_ms": [s * 1000 for s in seconds], "lost": sum(lost), "failures": failures}


# The hostile phone's process -------------------------------------------------------------

async def _hostile(url: str, seconds: float) -> dict:
    import aiohttp

    end = time.monotonic() + seconds
    sent = connections = 0
    big = "x" * (1024 * 1024)
    async with aiohttp.ClientSession() as http:
        kind = 0
        while time.monotonic() < end:
            try:
                async with http.ws_connect(url, max_msg_size=0) as ws:
                    connections += 1
                    kind += 1
                    if kind % 5 == 0:
                        await ws.send_str(big)
                    elif kind % 5 == 1:
                        await ws.send_frame(b'{"type": "join", "name": "\xff\xfe\xc0\xaf"}', aiohttp.WSMsgType.TEXT)
                    # The rest of the time: 10,000 messages a second until the server cuts it off.
                    tick = time.monotonic()
                    while not ws.closed and time.monotonic() < end:
                        for _ in range(100):
                            await ws.send_str('{"type": "answer", "question": 1, "choice": 0}')
                            sent += 1
                        tick += 0.01
                        await asyncio.sleep(max(0.0, tick - time.monotonic()))
            except (aiohttp.ClientError, ConnectionError, RuntimeError):
                await asyncio.sleep(0.01)
    return {"sent": sent, "connections": connections}


# The window's side, in this process ------------------------------------------------------

def _pack(count: int):
    from game.packs.model import ChoiceQuestion, Pack

    return Pack(id="phones-bench", title="Phones bench", questions=[
        ChoiceQuestion(id=f"q{n}", prompt=f"Question {n}?", answer=f"right {n}", wrong=[f"a{n}", f"b{n}", f"c{n}"],
                       time_limit=60)
        for n in range(count)])


def _play(questions: int, hostile: bool) -> dict:
    from game.net import PhoneLink, WordList
    from game.quiz import Mode, Session, SessionConfig, State

    link = PhoneLink(words=WordList(), max_players=PHONES)
    link.start("127.0.0.1", 0)
    url = link.address.replace("http://", "ws://") + "ws"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    phones = subprocess.Popen([sys.executable, __file__, "--phones", url, link.code, str(PHONES)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    flood = subprocess.Popen([sys.executable, __file__, "--hostile", url, "600"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env) if hostile else None
    frames: list[float] = []
    accepted = 0

    def frame(work=None) -> None:
        started = time.perf_counter()
        link.pump()
        if work is not None:
            work()
        frames.append((time.perf_counter() - started) * 1000)
        time.sleep(max(0.0, FRAME - (time.perf_counter() - started)))

    try:
        deadline = time.monotonic() + 60
        while len(link.players()) < PHONES and time.monotonic() < deadline:
            frame()
        config = SessionConfig(packs=(_pack(questions),), players=link.player_names(), mode=Mode.CLASSROOM,
                               question_count=questions, seed=1, open_room=True)
        session = Session(config)
        link.attach(session)
        while session.state is not State.FINISHED:
            frame(session.start_question)
            deadline = time.monotonic() + ANSWER_SPREAD + LOCK_WAIT
            while session.state is State.ASKING and time.monotonic() < deadline:
                frame()
            accepted += len(session.locked_in)
            frame(session.reveal)
            for _ in range(6):
                frame()
            frame(session.next)
        for _ in range(30):
            frame()
        out, err = phones.communicate(timeout=120)
        if phones.returncode != 0:
            raise RuntimeError(f"the simulated phones failed:\n{err}")
        result = json.loads(out.strip().splitlines()[-1])
    finally:
        if flood is not None:
            flood.terminate()
            flood.communicate(timeout=30)
        if phones.poll() is None:
            phones.kill()
            phones.communicate()
        link.stop()
    expected = PHONES * questions
    return {
        "lost": max(expected - accepted, result["lost"]),
        "lock_p99_ms": _percentile(result["lock_ms"], 0.99),
        "lock_p50_ms": _percentile(result["lock_ms"], 0.5),
        "frame_max_ms": max(frames),
        "failures": result["failures"],
    }


def run(quick: bool) -> dict[str, float]:
    from game.i18n import LANGUAGES
    from game.net.server import page_bytes

    questions = 5 if quick else QUESTIONS
    calm = _play(questions, hostile=False)
    stormy = _play(questions, hostile=True)
    return {
        "phones_answers_lost": calm["lost"] + stormy["lost"],
        "phones_lock_p50_ms": round(calm["lock_p50_ms"], 1),
        "phones_lock_p99_ms": round(calm["lock_p99_ms"], 1),
        "phones_frame_max_ms": round(max(calm["frame_max_ms"], stormy["frame_max_ms"]), 2),
        "phone_page_kb": round(len(page_bytes("en")) / 1024, 1),
        # The page as served in its longest language (every page carries its language's words).
        "phone_page_kb_largest": round(max(len(page_bytes(code)) for code in LANGUAGES) / 1024, 1),
        "phones_lock_p99_ms_under_flood": round(stormy["lock_p99_ms"], 1),
    }


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--phones":
        print(json.dumps(asyncio.run(_phones(sys.argv[2], sys.argv[3], int(sys.argv[4])))))
    elif len(sys.argv) > 1 and sys.argv[1] == "--hostile":
        print(json.dumps(asyncio.run(_hostile(sys.argv[2], float(sys.argv[3])))))
    else:
        for name, value in run("--quick" in sys.argv).items():
            print(f"{name}  {value}")
