"""Generation on text of every awkward shape, against ordinary prose of the same size.

    python bench/run.py --only bench_shapes [--quick]

Each input is about 1 MB (--quick: 64 KB): ordinary prose, and shapes that once made the
generator's work grow faster than the text (one sentence of the whole file, runs of spaces,
a word without end, walls of names or numbers, markup around every word, mutated prose).
Each runs once in a fresh child process; its figure is its CPU time over prose's. The promise
is that no shape goes over 3; `shapes_worst_ratio` is the largest of them.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024

FIRST = ["John", "Mary", "Pierre", "Anna", "Luis", "Chen", "Olga", "Kwame"]
LAST = ["Smith", "Dubois", "Garcia", "Ivanov", "Okafor", "Tanaka", "Muller", "Rossi"]
FILLER = "was born in the city near the old river where many people lived and worked for years".split()
NUMBER_WORDS = "two three four five six seven eight nine ten twelve twenty hundred".split()
UNITS = "weeks days hours metres kilometres people years tonnes species miles".split()
MUTATIONS = list(".,;:!?'\"()[]{}<>-/|@#$%&*_=+~ \n\t0123456789Aa") + [
    "The ", " of ", "Mr. ", "St. ", " U.S. ", "1999", "John ", "Paris", "\n\n", "http://", "<b>", "</b>",
    "&amp;", "**", "# ", "- ", "\u201c", "\u201d", "\u2026", " million", "...", "  ", "\t\t", "three "]


def _prose(size: int) -> str:
    from bench.bench_generate import varied_text

    return varied_text(size).decode("utf-8")[:size]


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _sentences(size: int, make) -> str:
    rng = random.Random(7)
    out: list[str] = []
    total = 0
    while total < size:
        sentence = make(rng)
        out.append(sentence)
        total += len(sentence) + 1
    return " ".join(out)


def _capped(words: list[str], limit: int = 990) -> str:
    return ("The " + " ".join(words))[:limit].rsplit(" ", 1)[0] + "."


def _names(count: int, padding: int):
    def make(rng: random.Random) -> str:
        words: list[str] = []
        for _ in range(count // 2):
            words += [rng.choice(FIRST), rng.choice(LAST)] + rng.sample(FILLER, padding)
        return _capped(words)
    return make


def _years(count: int, padding: int):
    def make(rng: random.Random) -> str:
        words: list[str] = []
        for _ in range(count):
            words += [str(rng.randint(1000, 2030))] + rng.sample(FILLER, padding)
        return _capped(words)
    return make


def _number_words(rng: random.Random) -> str:
    return _capped([f"{rng.choice(NUMBER_WORDS)} {rng.choice(UNITS)} and" for _ in range(80)])


def _mutated(size: int) -> str:
    rng = random.Random(11)
    text = list(_prose(size))
    for _ in range(size // 20):
        at = rng.randrange(len(text) + 1)
        roll = rng.random()
        if roll < 0.5:
            text.insert(at, rng.choice(MUTATIONS))
        elif roll < 0.7 and text:
            del text[min(at, len(text) - 1)]
        elif roll < 0.85:
            text[at:at] = text[at:at + rng.randrange(1, 80)] * rng.randrange(1, 30)
        else:
            text[at:at] = [rng.choice(MUTATIONS)] * rng.randrange(1, 500)
    return "".join(text)[:size]


def _long_sentences(size: int) -> str:
    """Prose whose sentences are joined by semicolons into sentences of just under 1,000 characters."""
    joined: list[str] = []
    current = ""
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(_prose(size).split())):
        if current and len(current) + len(sentence) > 950:
            joined.append(current + ".")
            current = ""
        current = f"{current}; {sentence.rstrip('.!?')}" if current else sentence.rstrip(".!?")
    joined.append(current + ".")
    return "\n\n".join(" ".join(joined[i:i + 3]) for i in range(0, len(joined), 3))


def _html_words(size: int) -> str:
    paragraphs = _prose(size).split("\n\n")
    return "<html><body>" + "".join("<p>" + " ".join(f"<b>{w}</b>" for w in p.split()) + "</p>"
                                    for p in paragraphs) + "</body></html>"


def _markdown_words(size: int) -> str:
    return "\n\n".join(" ".join(f"**{w}**" if i % 2 else f"[{w}](http://x.org/{i})" for i, w in enumerate(p.split()))
                       for p in _prose(size).split("\n\n"))


END = " The end of the story is near. Paris is a city in France."

# name -> (builder of about `size` characters, the file name it is read as)
SHAPES = {
    "prose": (_prose, "prose.txt"),
    "one_sentence": (lambda n: " ".join(re.sub(r"[.!?]+(\s)", r",\1", _prose(n)).split()) + ".", "one.txt"),
    "one_line": (lambda n: " ".join(_prose(n).split()).rsplit(".", 1)[0] + ".", "line.txt"),
    "long_sentences": (lambda n: _long_sentences(n), "long.txt"),
    "names_in_long_sentences": (lambda n: _sentences(n, _names(27, 9)), "names.txt"),
    "names_in_short_sentences": (lambda n: _sentences(n, _names(27, 1)), "names.txt"),
    "years_in_long_sentences": (lambda n: _sentences(n, _years(27, 5)), "years.txt"),
    "years_in_short_sentences": (lambda n: _sentences(n, _years(27, 1)), "years.txt"),
    "repeated_title": (lambda n: _sentences(n, lambda r: _capped(["King of France and"] * 16, 300)), "king.txt"),
    "number_words": (lambda n: _sentences(n, _number_words), "numbers.txt"),
    "markup_around_every_word": (_html_words, "page.html"),
    "markdown_around_every_word": (_markdown_words, "notes.md"),
    "runs_of_spaces": (lambda n: _fill("A" + " " * 500, n) + END, "spaces.txt"),
    "tabs_between_names": (lambda n: _fill("Paris\t", n) + END, "tabs.txt"),
    "one_long_word": (lambda n: _fill("x", n) + END, "word.txt"),
    "digits": (lambda n: _fill("1,", n) + END, "digits.txt"),
    "at_signs": (lambda n: _fill("a@", n) + END, "at.txt"),
    "braces_and_colons": (lambda n: "{" + _fill(":", n) + END, "braces.txt"),
    "cookie_words": (lambda n: _fill("cookie ", n) + END, "cookie.txt"),
    "full_stops": (lambda n: _fill(".", n) + END, "dots.txt"),
    "open_brackets": (lambda n: _fill("[a", n) + END, "brackets.txt"),
    "open_tags": (lambda n: _fill("<a ", n) + END, "tags.txt"),
    "initials": (lambda n: _fill("a. B ", n) + END, "initials.txt"),
    "mutated_prose": (_mutated, "fuzz.txt"),
}


def _measure_child(name: str, size: int) -> None:
    """Run in a child: build the shape, generate once, print its CPU seconds."""
    from game.generate import GenerateError, document_from_bytes, generate_pack

    build, file_name = SHAPES[name]
    data = build(size).encode("utf-8")
    start = time.process_time()
    try:
        questions = len(generate_pack([document_from_bytes(data, file_name)]).questions)
    except GenerateError:
        questions = 0
    print(json.dumps({"seconds": time.process_time() - start, "bytes": len(data), "questions": questions}))


def _measure(name: str, size: int) -> dict:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); "
            "from bench.bench_shapes import _measure_child; _measure_child(sys.argv[2], int(sys.argv[3]))")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT), name, str(size)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool) -> dict[str, float]:
    size = 64 * 1024 if quick else MB
    seconds = {name: _measure(name, size)["seconds"] for name in SHAPES}
    # Prose is measured first and last and the faster taken, so a busy machine makes the
    # ratios look worse, never better.
    prose = min(seconds["prose"], _measure("prose", size)["seconds"])
    figures = {"shapes_prose_s_per_mb": round(prose * MB / size, 2)}
    ratios = {name: value / prose for name, value in seconds.items() if name != "prose"}
    figures.update({f"shape_{name}_ratio": round(ratio, 2) for name, ratio in ratios.items()})
    figures["shapes_worst_ratio"] = round(max(ratios.values()), 2)
    return figures


if __name__ == "__main__":
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for figure, value in run("--quick" in sys.argv).items():
        print(f"{figure}  {value}")
