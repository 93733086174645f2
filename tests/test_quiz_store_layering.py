import subprocess
import sys

from conftest import ROOT


def test_the_rules_the_records_and_the_phones_never_import_pygame():
    code = ("import sys, game.quiz, game.store, game.store.reports, game.store.report_html, game.store.settings, "
            "game.wiring.recorder, game.wiring.memory_report, "
            "game.net, game.net.link, game.net.server, game.net.qr, game.net.address; "
            "print('pygame' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
