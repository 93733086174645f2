"""The shipped generated pack: made by the shipped generator, covering the seed's facts."""

from __future__ import annotations

import pytest

from game.cli import main
from game.generate import read_document
from game.packs.load import load_pack
from game.packs.model import TrueFalseQuestion
from tests.generate_helpers import ROOT, folded

PACK = ROOT / "questions" / "sochi-torch-spacewalk.yaml"
SEED = "seeds/000_1cecdf4bdfe468e3.txt"
# The command that made the shipped pack, run from the project root (also in the README).
COMMAND = ["generate", SEED, "--id", "sochi-torch-spacewalk", "--title", "Torch in Space",
           "-o", "questions/sochi-torch-spacewalk.yaml"]

# Facts the pack must ask about: each is a set of phrases that one question's prompt and
# answer must hold together.
FACTS = {
    "Sochi hosts the 2014 Winter Games": ({"sochi", "2014 winter games"},),
    "Columbia carried an unlit torch in 1996": ({"1996", "columbia"}, {"1996", "unlit torch"}),
    "the International Space Station": ({"international space station"}, {"iss"}),
    "the Interfax-AVN news service": ({"interfax avn"},),
}
# Facts of the seed the pack no longer asks about, and why (none of them can be asked as a
# question a teacher keeps unedited without giving another question away):
# - "on the Black Sea coast": its only question names Sochi, the answer of the question above;
# - "the Nov. 25 trip moved three weeks earlier": "so it's how many weeks earlier?" needs the
#   sentence before to say what "it" is;
# - "NASA is an ISS partner": "which space agency is among Russia's ISS partners?" has other
#   partners (ESA, JAXA) among any fair wrong options;
# - "cosmonauts Oleg Kotov and Sergei Ryazansky", "the return to Earth on Nov. 11": read through
#   "That will allow ...", with made-up cosmonauts as options, below the confidence threshold;
# - "no open flame near the Soyuz or the ISS": someone's quoted words, below the threshold.


def test_shipped_pack_is_what_the_generator_writes(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "regenerated.yaml"
    assert main([*COMMAND[:-1], str(out), "-q"]) == 0
    assert out.read_bytes() == PACK.read_bytes(), (
        "questions/sochi-torch-spacewalk.yaml is stale; regenerate it with: relayquiz " + " ".join(COMMAND))


def test_shipped_pack_cites_the_seed_by_its_project_path():
    pack = load_pack(PACK)
    (source,) = pack.sources
    assert source.path == SEED
    assert (ROOT / source.path).is_file()
    seed = read_document(ROOT / SEED)
    assert source.sha256 == seed.sha256
    sentences = {s.text for s in seed.sentences}
    assert all(q.source.quote in sentences for q in pack.questions)


@pytest.mark.parametrize("fact", list(FACTS))
def test_shipped_pack_covers_the_seed_fact(fact):
    pack = load_pack(PACK)
    texts = []
    for q in pack.questions:
        if isinstance(q, TrueFalseQuestion):
            # A true statement states the fact; a false one has it in the explanation shown on reveal.
            texts.append(folded(q.prompt if q.answer else q.explanation or ""))
        else:
            texts.append(folded(f"{q.prompt} {q.answer}"))
    assert any(all(phrase in text for phrase in alternative)
               for alternative in FACTS[fact] for text in texts), fact
