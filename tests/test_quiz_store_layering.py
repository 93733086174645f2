import subprocess
import sys

from conftest import ROOT


def test_the_rules_and_the_records_never_import_pygame():
    code = ("import sys, game.quiz, game.store, game.store.reports, game.store.report_html, game.store.settings; "
            "print('pygame' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
