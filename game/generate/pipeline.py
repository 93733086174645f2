"""The generator from end to end: documents in, a Pack out."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence, Union

from game.generate.clause_facts import clause_facts, read_clauses
from game.generate.document import Document, read_document
from game.generate.errors import GenerateError
from game.generate.field_facts import field_facts
from game.generate.language import refuse_other_language
from game.generate.ownvoice import in_own_voice, said_by_the_file
from game.generate.facts import Fact, build_context, document_facts, read_whole, spans_of
from game.generate.questions import build_question, slug, unique_ids
from game.generate.select import choose_in_stretches
from game.generate.pool import Pool
from game.generate.kinds import Span
from game.generate.terms import kind_mates
from game.i18n import _, ngettext
from game.packs.model import QUESTION_TYPES, Pack, Source
from game.packs.validate import MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH

Progress = Callable[[str], None]
DocumentInput = Union[str, Path, Document]
# Sentences whose facts are written and chosen together; a long input is read in stretches of
# this many, so that memory holds one stretch's facts at a time (every usual document is one).
STRETCH = 2000


@dataclass
class GenerateOptions:
    """What the author asks for; every field has a sensible default."""

    count: int | None = None                      # None: every confident question the text supports
    keep_all: bool = False                        # every candidate that passes the hard rules, least confident last
    types: tuple[str, ...] = QUESTION_TYPES
    seed: int = 0
    pack_id: str | None = None
    title: str | None = None
    source_paths: dict[str, str] = field(default_factory=dict)  # document name -> path to record

    def __post_init__(self) -> None:
        unknown = [t for t in self.types if t not in QUESTION_TYPES]
        if unknown or not self.types:
            raise ValueError(_("unknown question type {types}; choose from {choices}").format(
                types=", ".join(unknown) or _("(none)"), choices=", ".join(QUESTION_TYPES)))
        if self.count is not None and self.count < 1:
            raise ValueError(_("the question count must be at least 1"))


def _as_document(item: DocumentInput) -> Document:
    return item if isinstance(item, Document) else read_document(item)


def generate_pack(inputs: Sequence[DocumentInput], options: GenerateOptions | None = None,
                  progress: Progress | None = None) -> Pack:
    """Write a pack from documents (paths, `-` for stdin, or Documents). Raises GenerateError."""
    options = options or GenerateOptions()
    if not inputs:
        raise GenerateError("generate", _("no documents given"))
    documents: list[Document] = []
    for item in inputs:
        document = _as_document(item)
        refuse_other_language(document.name, document.text)
        documents.append(document)
        if progress:
            progress(_("{name}: {words}, {sentences}").format(
                name=document.name,
                words=ngettext("{count} word", "{count} words", document.word_count).format(count=document.word_count),
                sentences=ngettext("{count} sentence", "{count} sentences", len(document.sentences)).format(
                    count=len(document.sentences))))
    doc_ids = _doc_ids(documents)
    chosen = choose_in_stretches(fact_stretches(documents, doc_ids, options.seed, progress,
                                                keep_all=options.keep_all or options.count is not None),
                                 options.count, tuple(options.types), options.seed, options.keep_all)
    if not chosen:
        names = ", ".join(d.name for d in documents)
        count = sum(len(d.sentences) for d in documents)
        raise GenerateError(names, ngettext(
            "read {count} sentence but found no facts to ask about in it (names of people or places, dates, numbers "
            "with units, key terms in a clause a question can be made of); try a longer or more factual text",
            "read {count} sentences but found no facts to ask about in them (names of people or places, dates, "
            "numbers with units, key terms in a clause a question can be made of); try a longer or more factual "
            "text", count).format(count=count))
    questions = [build_question(fact, qtype, truth) for fact, qtype, truth in chosen]
    unique_ids(questions)
    title = within(options.title or documents[0].title, MAX_TITLE_LENGTH)
    sources = [Source(id=doc_ids[i], title=d.title, path=options.source_paths.get(d.name, _recorded_path(d)),
                      sha256=d.sha256) for i, d in enumerate(documents)]
    return Pack(
        id=options.pack_id or _pack_id(title, documents[0]),
        title=title,
        description=within(_description(documents), MAX_DESCRIPTION_LENGTH),
        language="en",
        sources=sources,
        questions=questions,
    )


def collect_facts(documents: list[Document], doc_ids: list[str], seed: int = 0,
                  progress: Progress | None = None) -> list[Fact]:
    """Every fact of the documents that could become a question, before any is chosen."""
    return [fact for stretch in fact_stretches(documents, doc_ids, seed, progress) for fact in stretch]


def fact_stretches(documents: list[Document], doc_ids: list[str], seed: int = 0,
                   progress: Progress | None = None, keep_all: bool = True) -> Iterator[list[Fact]]:
    """The facts of the documents, a stretch of about STRETCH sentences at a time (whole short
    documents go together), so that a long input never holds all its facts at once."""
    spared = _SparedFromCollection()
    try:
        yield from _fact_stretches(documents, doc_ids, seed, progress, keep_all, spared)
    finally:
        spared.release()


def _fact_stretches(documents: list[Document], doc_ids: list[str], seed: int, progress: Progress | None,
                    keep_all: bool, spared: _SparedFromCollection) -> Iterator[list[Fact]]:
    documents = [in_own_voice(document) for document in documents]  # "we" in a charity's review: the charity
    context = build_context(documents)
    firsts = [sum(len(d.sentences) for d in documents[:k]) for k in range(len(documents))]
    spans_per_doc = [spans_of(d, context, first) for d, first in zip(documents, firsts)]
    context.name_candidates = None  # read: no longer needed
    pool = Pool()
    first_positions = []
    position = 0
    for document, spans_by_sentence in zip(documents, spans_per_doc):
        first_positions.append(position)
        # kinds of a key term's head named where no question asks about them: wrong options only
        mates: dict[int, list[Span]] = {}
        for index, span in kind_mates([s.text for s in document.sentences], spans_by_sentence, context):
            mates.setdefault(index, []).append(span)
        for index, spans in enumerate(spans_by_sentence):
            for span in sorted([*spans, *mates.get(index, ())], key=lambda s: s.start):
                pool.add(position, span)
            position += 1
    pool.finish()
    stretch: list[Fact] = []
    sentences = 0
    for index, (document, spans_by_sentence) in enumerate(zip(documents, spans_per_doc)):
        reading = read_whole(document, spans_by_sentence, context)
        asked = read_clauses(document, spans_by_sentence, context, reading)
        spared.spare()  # all read so far lives until the document's last stretch is written
        found = 0
        for start in range(0, len(document.sentences), STRETCH):
            stop = min(start + STRETCH, len(document.sentences))
            facts = document_facts(document, doc_ids[index], index, pool, first_positions[index], seed,
                                   spans_by_sentence, context, reading, start, stop, keep_all)
            facts.extend(clause_facts(document, doc_ids[index], index, pool, first_positions[index], seed,
                                      context, reading, asked, start, stop))
            if stop == len(document.sentences):
                facts.extend(field_facts(document, doc_ids[index], index, reading, seed))  # after the prose
            facts = [fact for fact in facts if said_by_the_file(fact)]
            found += len(facts)
            stretch.extend(facts)
            sentences += stop - start
            if sentences >= STRETCH:
                yield stretch
                stretch, sentences = [], 0
        if progress:
            progress(ngettext("{name}: {count} fact to ask about", "{name}: {count} facts to ask about", found).format(
                name=document.name, count=found))
    if stretch:
        yield stretch


class _SparedFromCollection:
    """What a generation reads once and keeps to its end (every sentence's spans, the names'
    context, the pool of answers, a document's reading) put out of the cyclic garbage
    collector's sight (`gc.freeze`) until the generation ends. Each full collection walks every
    object it can see, and a longer input brings more full collections as well as more objects,
    so that without this the collections' share of the time grows with the input. When
    something else has frozen objects already (the game's pack library), nothing is frozen:
    putting ours back would put theirs back too."""

    def __init__(self) -> None:
        self._allowed = gc.get_freeze_count() == 0
        self._frozen = False

    def spare(self) -> None:
        if self._allowed:
            gc.freeze()
            self._frozen = True

    def release(self) -> None:
        if self._frozen:
            gc.unfreeze()
            self._frozen = False


def _pack_id(title: str, document: Document) -> str:
    """A slug from the title, else from the file name (a title in another script gives none)."""
    for text in (title, Path(document.name).stem):
        made = slug(text, 60)
        if made != "q":
            return made
    return "generated-pack"


def _recorded_path(document: Document) -> str | None:
    if document.path is None:
        return None
    return document.path.as_posix()


def _doc_ids(documents: list[Document]) -> list[str]:
    ids: list[str] = []
    for document in documents:
        base = f"doc-{slug(Path(document.name).stem if document.name != '-' else 'stdin', 30)}"
        candidate, n = base, 2
        while candidate in ids:
            candidate, n = f"{base}-{n}", n + 1
        ids.append(candidate)
    return ids


def within(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, at a word where there is one, marked with '…'."""
    if len(text) <= limit:
        return text
    cut = " ".join(text.split())[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def _description(documents: list[Document]) -> str:
    if len(documents) == 1:
        return f"Questions written by Torch Relay Quiz from \"{within(documents[0].title, MAX_TITLE_LENGTH)}\"."
    return f"Questions written by Torch Relay Quiz from {len(documents)} documents."
