"""The question generator: documents in, a Pack out, fully offline.

Pipeline (see DESIGN.md, "The generator"): read and decode (`document.py`, `decode.py`,
`markup.py`), drop web junk (`clean.py`), split sentences (`sentences.py`), find answer spans
(`spans.py`: names in `names.py`, numbers in `quantities.py`, key terms in `terms.py`, all of
the kinds in `kinds.py`, with the word lists of `data/` via `lexicon.py`), shape the clause of each answer
(`phrasing.py`) and put a wh-phrase in its place (the named rules of `rules/`, one module per
family of answers; its docstring says how to add a rule or a kind of answer), find wrong options
(`distractors.py`, from the documents' spans in `pool.py` first), collect facts (`facts.py`),
choose and write the questions (`select.py`), all driven by `pipeline.py`. No pygame, no
network, no model: everything is patterns and the word lists.

The API the rest of the game calls:

    generate_pack(inputs, options=None, progress=None) -> Pack
        inputs: paths (str or Path; "-" is standard input) or Documents, several make one pack.
        options: GenerateOptions(count=None, types=("choice", "truefalse", "number", "text"),
                 seed=0, pack_id=None, title=None, source_paths={})
                 count None means every good question; source_paths maps a document's name
                 to the path recorded in the pack's sources (else the path as given).
        progress: called with one line of text per step of each document (for a progress
                 indicator; the window runs generation on a worker thread).
        Raises GenerateError (str(error) names the file and says what is wrong) for a missing,
        binary, empty or sentence-less document, or when no question can be written.
        The result is deterministic: same documents and options, same pack.

    read_document(path) -> Document
        Document.title, .text (clean prose), .sentences (Sentence(index, paragraph, text)),
        .sha256, .format, .encoding, .word_count, .neighbours(index, before=1, after=1).
    document_from_bytes(data, name) -> Document      for a dropped file's bytes
    sentence_context(document, quote, before=1, after=1) -> (before, sentence, after) | None
        the sentences around a question's source quote, for the pack editor.

Write the pack with `game.packs.dump.write_pack(pack, path)`.
"""

from game.generate.document import Document, Sentence, document_from_bytes, read_document, sentence_context
from game.generate.errors import GenerateError
from game.generate.pipeline import GenerateOptions, generate_pack

__all__ = [
    "Document", "GenerateError", "GenerateOptions", "Sentence", "document_from_bytes",
    "generate_pack", "read_document", "sentence_context",
]
