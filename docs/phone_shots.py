"""Screenshots of the phone page for the docs, taken in headless Chromium.

    python docs/phone_shots.py [OUT_DIR] [--lang de]   (needs Debian's chromium and chromium-driver, and selenium)

Writes phone-join.png, phone-tiles.png, phone-locked.png, phone-result.png and phone-final.png
at 390x844 (a phone), and the same with -768 at 768x1024 (a tablet). With --lang, the game
speaks that language and the names end in -de, -ru...; each screen's text that runs out of its
box is listed (nothing listed: nothing overflows).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))


# Elements whose text is wider than their box, or whose box leaves the screen.
OVERFLOW = """
var found = [];
document.querySelectorAll("section.on *, #net.on, #toast.on").forEach(function (e) {
  if (!e.offsetParent && e.id !== "net" && e.id !== "toast") return;
  var r = e.getBoundingClientRect();
  if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "hidden" && e.tagName !== "svg")
    found.push(e.tagName + "#" + e.id + " " + e.textContent.slice(0, 40));
  if (r.right > window.innerWidth + 1 || r.left < -1) found.push("off screen: " + e.tagName + "#" + e.id);
});
return found;
"""


def save(chrome, path: Path) -> None:
    chrome.save_screenshot(str(path))
    for problem in chrome.execute_script(OVERFLOW):
        print(f"{path.name}: overflows: {problem}")


def shoot(out: Path, width: int, height: int, suffix: str) -> None:
    from browserkit import close_browser, open_browser
    from phonekit import make_link

    from game.packs.load import load_pack
    from game.paths import shipped_packs_dir
    from game.quiz import FakeClock, Mode, Session, SessionConfig

    link = make_link()
    chrome = open_browser(width, height)

    def until(check):
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            link.pump()
            try:
                if check():
                    return
            except Exception:
                pass
            time.sleep(0.02)
        raise RuntimeError("the page did not get there")

    try:
        chrome.get(link.join_url)
        chrome.find_element("id", "name").send_keys("Ana")
        save(chrome, out / f"phone-join{suffix}.png")
        chrome.find_element("id", "joinbtn").click()
        until(lambda: chrome.find_element("id", "lobby").is_displayed())
        pack = load_pack(shipped_packs_dir() / "olympic-flame-history.yaml")
        clock = FakeClock()
        session = Session(SessionConfig(packs=(pack,), players=("Front row",) + link.player_names(),
                                        mode=Mode.CLASSROOM, question_count=5, types=("choice",), seed=9,
                                        open_room=True), clock)
        link.attach(session)
        for _ in range(2):   # a streak to show on the result
            q = session.start_question()
            until(lambda: chrome.find_element("id", "question").is_displayed())
            clock.advance(3)
            chrome.find_elements("css selector", "#tiles .tile")[q.correct_option].click()
            until(lambda: chrome.find_element("id", "locked").is_displayed())
            save(chrome, out / f"phone-locked{suffix}.png")
            session.answer(0, (q.correct_option + 1) % len(q.options))
            session.reveal()
            until(lambda: chrome.find_element("id", "result").is_displayed())
            if session.players[1].streak == 2:
                break
            session.next()
        save(chrome, out / f"phone-result{suffix}.png")
        session.next()
        session.start_question()
        until(lambda: chrome.find_element("id", "question").is_displayed())
        time.sleep(0.6)   # the time bar has moved a little
        save(chrome, out / f"phone-tiles{suffix}.png")
        session.end_round()
        until(lambda: chrome.find_element("id", "message").is_displayed())
        save(chrome, out / f"phone-final{suffix}.png")
    finally:
        close_browser(chrome)
        link.stop()


def main() -> int:
    import argparse

    from game import i18n

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--lang", default="en", choices=sorted(i18n.LANGUAGES))
    args = parser.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("RELAYQUIZ_HOME", tempfile.mkdtemp(prefix="relayquiz-shots-"))
    i18n.set_language(args.lang)
    tag = "" if args.lang == "en" else f"-{args.lang}"
    shoot(out, 390, 844, tag)
    shoot(out, 768, 1024, f"-768{tag}")
    for name in sorted(out.glob("phone-*.png")):
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
