"""Facts: one answer span in one sentence, shaped into a prompt and a statement, with its
wrong options. Each fact becomes at most one question of the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.generate.aliases import find_aliases
from game.generate.distractors import options_for
from game.generate.document import Document, Sentence
from game.generate.lexicon import agrees, fold, lexicon, word_set
from game.generate.pool import Pool
from game.generate.phrasing import (
    VERBISH,
    finish_question,
    reads_as_question,
    finish_statement,
    shape,
    statement_body,
    too_long,
)
from game.generate.lexicon import FUNCTION_WORDS
from game.generate.phrasing import OPENING_SUBJECT
from game.generate.pronouns import StandIns, place_kind, settle_pronouns
from game.generate.rules import Placement, place_wh
from game.generate.kinds import (
    ACRONYM,
    ALIAS,
    DATE,
    NAME,
    PERSON,
    TERM,
    YEAR,
    Context,
    Span,
)
from game.generate.spans import find_spans, gather_context

MAX_WRONG = 3
TOO_OBVIOUS = word_set("too_obvious")



@dataclass(slots=True)
class Fact:
    doc_id: str
    doc_index: int
    sentence: Sentence
    span: Span
    question: str | None
    statement: str | None
    wrong: list[str]
    mentions: int
    spans_in_sentence: int
    fronted: bool
    score: float = 0.0
    false_statements: list[tuple[str, str]] = field(default_factory=list)  # (statement, swapped in)
    also_called: list[str] = field(default_factory=list)  # other ways the text names the answer
    identity: str = ""  # who or what the answer is, the same for "Newcomen" and "Thomas Newcomen"
    aside: bool = False  # a name in brackets ("French: le Rhin"), not the sentence's own fact
    rule: str = ""  # the wh-placement rule that placed the question word, or refused to
    widened_by: tuple[str, ...] = ()  # rules that took more of the sentence along with the answer

    @property
    def answer(self) -> str:
        return self.span.text

    @property
    def answer_key(self) -> str:
        return self.identity or fold(self.span.text)

    @property
    def order(self) -> tuple[int, int, int]:
        return (self.doc_index, self.sentence.index, self.span.start)


def _leaks(prompt: str, span: Span, wh: str = "", others: tuple[str, ...] = ()) -> bool:
    """Whether the prompt gives the answer away (the answer or a distinctive word of it). The
    names of other people in the prompt do not count ("Genghis Khan assigned whom ...?" gives
    nothing of "Ogedei Khan"), nor the common-noun head of a term ("The ideal cycle ... is called
    what?" gives nothing of "Rankine cycle")."""
    if wh:
        at = prompt.lower().find(wh.lower())
        if at >= 0:
            prompt = prompt[:at] + " " + prompt[at + len(wh):]
    for other in others:
        if fold(other) != fold(span.text):
            prompt = prompt.replace(other, " ")
    key = fold(span.text)
    padded = f" {fold(prompt)} "
    if f" {key} " in padded:
        return True
    if span.is_number or span.kind == DATE:
        if span.value is None:
            return False
        number = f"{span.value:g}"
        return number in re.findall(r"\d+(?:\.\d+)?", prompt.replace(",", ""))
    words = key.split()
    if len(words) >= 2 and span.text.split()[-1].islower():
        words = words[:-1]  # the head noun of "Rankine cycle" may stand in the prompt
    return any(f" {w} " in padded for w in words if len(w) >= 4 and w not in _COMMON_NAME_WORDS)


_COMMON_NAME_WORDS = word_set("common_name_words")


def _also_called(span: Span, pool: Pool) -> list[str]:
    """Short names the text itself uses for the answer: "ISS" for the International Space
    Station, "Everest" for Mount Everest."""
    words = span.text.split()
    names: list[str] = []
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) >= 2 and len(initials) == len(words) and pool.mentions(initials):
        names.append(initials)
    if len(words) == 2 and fold(words[0]) in ("mount", "lake", "cape", "river") and pool.mentions(words[1]):
        names.append(words[1])
    return names


def _swap(text: str, span: Span, option: str) -> tuple[int, int, str]:
    """The edit that puts a wrong option in the answer's place, with the "the" that goes with a
    name kept or dropped: "of the University of Cambridge" -> "of Radcliffe College", not "of the
    Radcliffe College"."""
    the = re.search(r"\bthe\s+$", text[:span.start])
    words = option.split()
    if the and len(words) >= 2 and " of " not in option and fold(words[-1]) in _NO_THE_HEADS:
        return the.start(), span.end, option
    return span.start, span.end, option


# Names ending so go without "the": "Radcliffe College", "Brown University".
_NO_THE_HEADS = word_set("no_the_heads")


def _swappable(span: Span, option: str) -> bool:
    """Whether a wrong option can stand in the answer's place in a false statement: a key term
    only for one with the same head ("sedimentary rock" for "metamorphic rock"); "the embargo
    caused an dollars" is no statement at all."""
    if span.kind != TERM:
        return True
    return fold(option).split()[-1:] == fold(span.text).split()[-1:] and fold(option) != fold(span.text)


def _in_brackets(text: str, span: Span) -> bool:
    before = text[:span.start]
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


_FIRST_PERSONAL = re.compile(r"\b(he|she|his|her|him)\b", re.I)
_OPENING_SUBORDINATE = re.compile(r"(?:Before|After|When|While|Though|Although|As|Since|Once|Until)\s+")


def _recent_people(document_spans: list[list[Span]], index: int, context: Context, main: str | None,
                   texts: list[str] | None = None, pronoun: str = "") -> list[str]:
    """Who "he" or "she" at the start of sentence `index` most likely is: one name, or several.
    Only people the pronoun can stand for count: "she" is never a man the lists know as one."""
    people: list[str] = []
    for spans in document_spans[max(0, index - 2):index]:
        for span in spans:
            if span.kind == PERSON:
                person = context.people.get(fold(span.text), span.text)
                if agrees(pronoun, person):
                    people.append(person)
    if main and not agrees(pronoun, main):
        main = None
    if len(set(people)) == 1:
        return people[-1:]
    if main and (main in people or not people):
        return [main]  # the person the document is about
    for back in range(index - 1, max(0, index - 3) - 1, -1):
        spans = document_spans[back]
        if spans and spans[0].kind == PERSON and agrees(pronoun, context.people.get(fold(spans[0].text), spans[0].text)) \
                and (spans[0].start == 0 or (
                texts is not None and _OPENING_SUBORDINATE.fullmatch(texts[back][:spans[0].start])
                and re.search(r",\s+(?:he|she)\s", texts[back][spans[0].end:]))):
            # the last sentence's subject, or "Before Genghis Khan died, he ...": the person "he" was
            return [context.people.get(fold(spans[0].text), spans[0].text)]
    return people


def _topic_per_sentence(document: Document, spans_by_sentence: list[list[Span]]) -> list[str]:
    """What a sentence-opening "it" or "they" stands for, sentence by sentence ('' when unsure).

    "It" is read as the thing the text is about only right after a sentence that opens with
    that thing (or with an "it" read so): "The Rhine is a river ... It is the second-longest
    ..."; "they" likewise for a plural thing: "Cyanobacteria are ... They are sometimes called ..."."""
    counts: dict[str, int] = {}
    for spans in spans_by_sentence:
        for span in spans:
            if (span.names_a_kind and span.kind not in (PERSON, NAME)) or span.kind == ACRONYM:
                counts[span.text] = counts.get(span.text, 0) + 1
    words: dict[str, int] = {}
    for sentence in document.sentences:
        for word in re.findall(r"[a-z][a-z-]{4,}", sentence.text.lower()):
            words[word] = words.get(word, 0) + 1
    topics = [""] * len(document.sentences)
    carried, age = "", 0
    for index, sentence in enumerate(document.sentences):
        topics[index] = carried if age <= 2 else ""
        opening = re.match(r"(?:The\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", sentence.text)
        name = opening.group(1) if opening else ""
        thing = re.match(r"([A-Z][a-z-]{4,}(?:\s+[a-z-]{4,})?)(?:\s+(?:are|were|have|had|can|contain|carry|use)\b|"
                         r"[\u2019'](?=\s+(?:main|chief|primary|most|own)?\s*[a-z]+\s+(?:is|are|was|were)\b))", sentence.text)
        defines = index == 0 and name and _DEFINES.match(sentence.text)
        if name and (counts.get(name, 0) >= 3 or defines):
            # ... or the text opens by saying what it is about: "The Eiffel Tower is a ... tower"
            carried, age = (("the " + name) if sentence.text.startswith("The ") else name), 0
        elif thing and _plural(thing.group(1)) and all(words.get(w, 0) >= 3 for w in thing.group(1).lower().split()[-1:]):
            carried, age = thing.group(1), 0  # "Chloroplasts are ...", "Steam engines are ..."
        elif re.match(r"(?:It|Its|They|Their)\b", sentence.text) and topics[index]:
            age = 0
        elif name and name not in ("The", "A", "An") and counts.get(name, 0) >= 2:
            carried = ""  # another thing the text talks about opens the sentence
        else:
            age += 1
    return topics


# A text's opening sentence saying what it is about: "The Eiffel Tower is a ... tower", "The Rhine
# (German: Rhein) is a European river", "Kenya, officially the Republic of Kenya, is a country".
_DEFINES = re.compile(r"(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))?"
                      r"(?:,\s+[^,]{1,60},)?\s+(?:is|was)\s+(?:a|an|the)\s")
_PLURAL_NOUNS = word_set("plural_nouns")


def _plural(noun: str) -> bool:
    last = noun.lower().split()[-1]
    return last.endswith(tuple(_PLURAL_NOUNS)) or (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _main_person(document_spans: list[list[Span]], context: Context) -> str | None:
    counts: dict[str, int] = {}
    for spans in document_spans:
        for span in spans:
            if span.kind == PERSON:
                name = context.people.get(fold(span.text), span.text)
                counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _main_subject(document_spans: list[list[Span]]) -> tuple[str, str, str]:
    """The thing a whole text is about (the city of a city's page), named far more than any
    other, as (folded name, name as written, kind); empty when no name stands out. Asking for
    it would give nothing to think about."""
    counts: dict[str, int] = {}
    first: dict[str, Span] = {}
    for spans in document_spans:
        for span in spans:
            if (span.names_a_kind and span.kind != PERSON) or span.kind == ACRONYM:
                key = fold(span.text)
                counts[key] = counts.get(key, 0) + 1
                first.setdefault(key, span)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if ranked and ranked[0][1] >= 4 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        key = ranked[0][0]
        return key, first[key].text, first[key].kind
    return "", "", ""


_SUBJECT_OPENING = re.compile(r"(?:The|This)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:is|was|has|had|lies|lay|flows|"
                              r"[a-z]+ed|[a-z]+s)\b")


def _stand_ins(document: Document, spans_by_sentence: list[list[Span]], index: int, recent: list[str],
               topic: str, subject: tuple[str, str], people: dict[str, str]) -> StandIns:
    """What a pronoun inside sentence `index` may stand for when its clause names nothing:
    the one person just named, the thing the sentence before opened with, the place the text
    is about."""
    person = recent[0] if len(set(recent)) == 1 else ""
    thing = place = things = ""
    if topic and _plural(topic):
        things = topic
    elif topic:
        thing = topic
    if index > 0 and not thing:
        previous = document.sentences[index - 1].text
        opening = _SUBJECT_OPENING.match(previous)
        named = OPENING_SUBJECT.match(previous)
        first = [s for s in spans_by_sentence[index - 1] if s.start == 0 and named and s.end == named.end(1)]
        if opening and not _plural(opening.group(1)):
            thing = f"the {opening.group(1)}"
            if opening.group(1).split()[-1] in ("lake", "river", "sea", "island", "country", "city", "mountain", "reef"):
                place = thing
        elif named and not named.group(1).startswith("The ") and fold(named.group(1)) not in people \
                and fold(named.group(1).split()[0]) not in FUNCTION_WORDS and not _plural(named.group(1)) \
                and not any(s.kind in (PERSON, DATE) or s.is_number for s in first):
            thing = named.group(1)  # "Rosetta was launched ... In November 2014 its lander ..."
            if first and place_kind(first[0].kind):
                place = thing
    if subject[0] and place_kind(subject[1]):
        place = subject[0]
    return StandIns(person=person, thing=thing, place=place, things=things)


def _score(fact: Fact) -> float:
    score = fact.span.info.weight + 0.25 * min(fact.spans_in_sentence, 4)
    if fact.fronted:
        score += 0.5
    if fact.mentions > 1:
        score += 0.3
    if len(fact.wrong) >= MAX_WRONG:
        score += 0.3
    text = fact.question or fact.statement or ""
    score -= 0.01 * max(0, len(text) - 120)
    score -= 0.02 * fact.sentence.index / 10
    return round(score, 4)


@dataclass(slots=True)
class Reading:
    """What a whole document says, read once before its facts are written a stretch at a time."""

    main: str | None          # the person the document is about
    subject: str              # the thing it is about, folded
    subject_name: str
    subject_kind: str
    topics: list[str]         # what a sentence-opening "it" or "they" stands for, per sentence
    places: set[str]          # every place the document names, folded
    texts: list[str]          # the sentences' texts
    aliases: dict[str, set[str]]  # folded name -> the other names brackets give it, and back


def read_whole(document: Document, spans_by_sentence: list[list[Span]], context: Context) -> Reading:
    subject, subject_name, subject_kind = _main_subject(spans_by_sentence)
    return Reading(main=_main_person(spans_by_sentence, context), subject=subject, subject_name=subject_name,
                   subject_kind=subject_kind, topics=_topic_per_sentence(document, spans_by_sentence),
                   places={fold(s.text) for spans in spans_by_sentence for s in spans if place_kind(s.kind)},
                   texts=[s.text for s in document.sentences], aliases=_aliases(document))


def _aliases(document: Document) -> dict[str, set[str]]:
    """Which names are one thing: "Lake Turkana (formerly called Lake Rudolf)" makes "Lake
    Rudolf" no wrong option for "Lake Turkana", nor the reverse."""
    same: dict[str, set[str]] = {}
    for sentence in document.sentences:
        for alias in find_aliases(sentence.text):
            names = {fold(alias.named), fold(alias.text)} | ({fold(alias.written)} if alias.written else set())
            for name in names:
                same.setdefault(name, set()).update(names - {name})
    return same


def document_facts(document: Document, doc_id: str, doc_index: int, pool: Pool, first_position: int,
                   seed: object, spans_by_sentence: list[list[Span]], context: Context,
                   reading: Reading | None = None, start: int = 0, stop: int | None = None) -> list[Fact]:
    """Every fact of one document (of its sentences `start` to `stop`) that can be asked about
    in at least one way."""
    facts: list[Fact] = []
    reading = reading or read_whole(document, spans_by_sentence, context)
    main, subject, subject_name, subject_kind = reading.main, reading.subject, reading.subject_name, reading.subject_kind
    topics, places, texts = reading.topics, reading.places, reading.texts
    stop = len(document.sentences) if stop is None else stop
    for sentence, spans in zip(document.sentences[start:stop], spans_by_sentence[start:stop]):
        personal = _FIRST_PERSONAL.search(sentence.text)
        recent = _recent_people(spans_by_sentence, sentence.index, context, main, texts,
                                personal.group(1) if personal else "")
        topic = topics[sentence.index]
        people_here = [(s.start, context.people.get(fold(s.text), s.text)) for s in spans if s.kind == PERSON]
        stand_ins = None
        for span in spans:
            if span.kind == NAME or fold(span.text) in TOO_OBVIOUS:
                continue  # a name of unknown kind has no fair wrong options nor a wh-word
            if _in_brackets(sentence.text, span):
                continue  # "(760 mi)", "(formerly Lake Rudolf)": an aside, not the fact
            if stand_ins is None:
                stand_ins = _stand_ins(document, spans_by_sentence, sentence.index, recent, topic,
                                       (subject_name, subject_kind), context.people)
            draft = shape(sentence.text, span, recent, people_here, topic, stand_ins.thing)
            if draft is None:
                continue
            if not settle_pronouns(draft, context.people, places, context.mid_sentence_names, stand_ins, span):
                continue  # "runs along its southern shore": whose shore, the player cannot tell
            placed = place_wh(draft, span, spans)
            replacement = placed.as_edit() if isinstance(placed, Placement) else None
            question = None
            fronted = False
            if replacement is not None:
                body = draft.render(replacement)
                question = finish_question(body) if reads_as_question(body, replacement[2].strip()) else None
                if question and draft.moved == "according":
                    question = _lower_after_according(question, context)
                fronted = body.lower().startswith(replacement[2].lower())
                others = tuple(s.text for s in spans if s.kind == PERSON and s is not span) if span.kind == PERSON else ()
                if question and (too_long(question) or _leaks(question, span, replacement[2], others) or len(question) < 15):
                    question = None
            if question and fold(span.text) == subject:
                question = None  # "Which city ...?" in a text all about Warsaw asks nothing
            statement = finish_statement(statement_body(draft, _cited(sentence.text, span, span.text)) or draft.render())
            if draft.moved == "according":
                statement = _lower_after_according(statement, context)
            if too_long(statement) or len(statement) < 20 or not VERBISH.search(statement.lower()):
                statement = None  # "Yuichi Tsuda, the project manager." states nothing
            if question is None and statement is None:
                continue
            wrong = options_for(span, pool, first_position + sentence.index, 5, seed)
            if span.kind == YEAR:
                wrong = _in_range_order(sentence.text, span, wrong)
            if reading.aliases:
                one_thing = reading.aliases.get(fold(span.text), set())
                wrong = [w for w in wrong if fold(w) not in one_thing]
            if question:
                # An option already written in the question would confuse: "Somalia and which country?"
                shown = f" {fold(question)} "
                wrong = [w for w in wrong if f" {fold(w)} " not in shown]
            false_statements = []
            if statement is not None:
                for option in [w for w in wrong if fold(w) not in fold(sentence.text) and _swappable(span, w)][:2]:
                    swapped = finish_statement(statement_body(draft, _cited(sentence.text, span, option))
                                               or draft.render(_swap(sentence.text, span, option)))
                    if draft.moved == "according":
                        swapped = _lower_after_according(swapped, context)
                    if swapped != statement:
                        false_statements.append((swapped, option))
            mentions = pool.mentions(span.text)
            in_clause = sum(1 for other in spans if draft.start <= other.start and other.end <= draft.end)
            identity = fold(context.people.get(fold(span.text), span.text)) if span.kind == PERSON else ""
            fact = Fact(doc_id, doc_index, sentence, span, question, statement, wrong, mentions,
                        in_clause, fronted, false_statements=false_statements,
                        also_called=_also_called(span, pool), identity=identity, rule=placed.rule,
                        widened_by=placed.widened_by if isinstance(placed, Placement) else ())
            fact.score = _score(fact)
            facts.append(fact)
        facts.extend(_alias_facts(sentence, spans, doc_id, doc_index, pool, first_position + sentence.index, seed))
    return facts


_RANGE_START = re.compile(r"\s*(?:and|to|until|[\u2013-])\s*(\d{4})\b")
_RANGE_END = re.compile(r"\b(\d{4})\s*(?:and|to|until|[\u2013-])\s*$")


def _in_range_order(text: str, span: Span, options: list[str]) -> list[str]:
    """Years that keep a range in order: "between 1887 and 1889" is never made "between 1893 and
    1889" by a wrong option, nor asked with one."""
    after = _RANGE_START.match(text, span.end)
    before = _RANGE_END.search(text, 0, span.start)
    if after and re.search(r"\b(?:between|from|in)\s+$|^$", text[:span.start][-12:]):
        return [o for o in options if o.isdigit() and int(o) < int(after.group(1))]
    if before:
        return [o for o in options if o.isdigit() and int(o) > int(before.group(1))]
    return options


def _cited(text: str, span: Span, name: str) -> str:
    """A name as "According to ..." needs it: with the "the" the text gives the answer ("the World
    Health Organization said"), and with one for a wrong option named like an institution ("the
    Council of Europe", "the International Monetary Fund")."""
    if name == span.text:
        # "the Interfax news agency said": there the "the" goes with "news agency", not the name
        whole = not re.match(r"\s+[a-z]+\s+[a-z]+", text[span.end:]) or re.match(
            r"\s+(?:said|says|told|reported|announced|added|estimated|stated|wrote|warned)\b", text[span.end:])
        return f"the {name}" if whole and re.search(r"\bthe\s+$", text[:span.start], re.I) else name
    words = name.split()
    if len(words) >= 2 and (" of " in name or fold(words[-1]) in _INSTITUTION_HEADS):
        return f"the {name}"
    return name


_INSTITUTION_HEADS = word_set("institution_heads")
_AFTER_ACCORDING = re.compile(r"According to [^,]+, ([A-Z][a-z]+)\b")


def _lower_after_according(question: str, context: Context) -> str:
    """"According to which organisation, measles cases ...?": the word that opened the sentence
    loses its capital when the text never writes it with one mid-sentence."""
    opening = _AFTER_ACCORDING.match(question)
    word = fold(opening.group(1)) if opening else ""
    if opening and word not in context.mid_sentence_names and word not in context.people \
            and word not in context.kinds and not lexicon().lookup(word):
        return question[:opening.start(1)] + opening.group(1).lower() + question[opening.end(1):]
    return question


def _alias_facts(sentence: Sentence, spans: list[Span], doc_id: str, doc_index: int, pool: Pool, position: int,
                 seed: object) -> list[Fact]:
    """The other names a sentence gives in brackets ("French: le Rhin"), as facts of their own:
    the other languages' names are the wrong options; a former name gets names of its kind."""
    facts = []
    for alias in find_aliases(sentence.text):
        named = next((s for s in spans if s.end <= alias.start and fold(s.text) == fold(alias.named)), None)
        kind = named.kind if named is not None and named.kind not in (NAME, PERSON, TERM) else ALIAS
        span = Span(alias.start, alias.end, alias.text, kind, group=alias.language)
        if alias.siblings:
            wrong = list(alias.siblings)  # "Rhein" beside "Rhin": near in spelling, another language's name
        elif alias.language:
            wrong = []  # "Lisboa" among London and Rome would stand out: asked typed, or stated
        elif kind != ALIAS:
            wrong = [w for w in options_for(span, pool, position, 5, seed) if fold(w) != fold(alias.named)]
        else:
            wrong = []
        false_statements = [(alias.statement(w), w) for w in wrong[:2]]
        also = [alias.written] if alias.written and alias.written != alias.text else []
        fact = Fact(doc_id, doc_index, sentence, span, alias.question, alias.statement(), wrong, pool.mentions(alias.text),
                    len(spans), False, false_statements=false_statements, also_called=also, aside=True)
        fact.score = _score(fact)
        facts.append(fact)
    return facts


def spans_of(document: Document, context: Context) -> list[list[Span]]:
    return [find_spans(s.text, context) for s in document.sentences]


def build_context(documents: list[Document]) -> Context:
    return gather_context([s.text for d in documents for s in d.sentences])
