"""Shared helpers for the generator tests: paths of the test documents and pack checks."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from game.generate import Document, GenerateOptions, document_from_bytes, generate_pack, read_document
from game.generate.pipeline import collect_facts
from game.packs.dump import dump_pack
from game.packs.load import load_pack_text
from game.packs.model import Pack

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "generate"
SEED = ROOT / "seeds" / "000_1cecdf4bdfe468e3.txt"
NEWS = ("news-science.txt", "news-sports.txt", "news-economy.txt")
ALL_DOCS = sorted(p.name for p in DATA.iterdir())


def folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def generate(*paths: Path, **options) -> Pack:
    return generate_pack([str(p) for p in paths], GenerateOptions(**options))


def round_trip(pack: Pack) -> Pack:
    """The pack as the game would read it back from the file the generator writes."""
    return load_pack_text(dump_pack(pack), "generated.yaml")


def document(name: str) -> Document:
    return read_document(DATA / name)


def text_facts(text: str, name: str = "t.txt"):
    """Every fact the generator reads in `text`, as if it were a file called `name`."""
    return collect_facts([document_from_bytes(text.encode(), name)], ["t"])


def text_questions(text: str, name: str = "t.txt") -> list[str]:
    return [f.question for f in text_facts(text, name) if f.question]


def text_statements(text: str, name: str = "t.txt") -> list[str]:
    """The true statements and the false ones made from them."""
    facts = text_facts(text, name)
    return [f.statement for f in facts if f.statement] + [s for f in facts for s, _o in f.false_statements]
