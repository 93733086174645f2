"""`relayquiz play --phones --port N`: the page is served while the window runs, the address printed."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_play_with_phones_serves_the_page_on_loopback_and_prints_the_address(relayquiz_home):
    port = _free_port()
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", RELAYQUIZ_HOME=str(relayquiz_home))
    game = subprocess.Popen([sys.executable, "-m", "game", "play", "--phones", "--port", str(port)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = game.stdout.readline()
        assert line.startswith("Phones: open http://") and f":{port}/" in line and "room code" in line
        code = line.split("room code ")[1][:6]
        assert code.isdigit()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            page = response.read()
        assert response.status == 200 and b"Join the game" in page
        assert (relayquiz_home / "blocked-names.txt").exists()
    finally:
        game.send_signal(signal.SIGTERM)
        try:
            game.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            game.kill()
            game.communicate()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:   # the server closed with the window
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
        except OSError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError("the phone page is still served after the game closed")


def test_phones_are_not_for_autoplay():
    done = subprocess.run([sys.executable, "-m", "game", "play", "--autoplay", "--phones"], cwd=ROOT,
                          capture_output=True, text=True, env=dict(os.environ, SDL_VIDEODRIVER="dummy"))
    assert done.returncode == 2 and "--phones does not work with --autoplay" in done.stderr


def test_a_port_out_of_range_is_refused_in_words():
    done = subprocess.run([sys.executable, "-m", "game", "play", "--port", "80"], cwd=ROOT, capture_output=True,
                          text=True)
    assert done.returncode == 2 and "1024 to 65535" in done.stderr
