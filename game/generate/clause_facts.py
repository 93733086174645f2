"""Facts of the kinds asked whole from a clause: definitions, makers, reasons and purposes.

Their rules (`rules/definitions.py`, `makers.py`, `reasons.py`, `purposes.py`) write each
question as an `Asked`; here every document is read for them once, and each Asked becomes a
`Fact` like any other (the same fields, so choosing, writing and scoring a pack treat them
alike), with wrong options of its own sort:

- a term: the document's other defined terms, those of the same genus ("a *rock* that ...")
  or the same sense first, then its key terms of the same head, then terms of the same sort
  from the word list (data/terms.txt);
- a meaning, a reason or a purpose: the document's other meanings, reasons or purposes that
  read the same way (a clause among clauses, "so that ..." among "so that ...", a verb phrase
  made to agree with the question's subject), never one about the same thing;
- a person (a maker, a namesake): other people, as for any person;
- a creation: the document's other creations made the same way by someone else.

Without three such options a term or a creation is asked typed (when short) and a meaning,
reason or purpose is not asked at all.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Mapping

from game.generate.anchoring import anchor_fact
from game.generate.fullnames import full_names_in_fact
from game.generate.confidence import Candidate, assess
from game.generate.clean import is_instruction
from game.generate.distractors import divided_another_way, one_of_own_names, options_for, same_thing, stable_order, term_sense
from game.generate.document import Document
from game.generate.facts import MAX_WRONG, Fact, Reading
from game.generate.fitting import named_in_prompt, names_what_the_prompt_names
from game.generate.kinds import CREATION, DEFINED_TERM, MEANING, PERSON, PURPOSE, REASON, TERM, Context, Span
from game.generate.lexicon import DATA_DIR, fold, plural_noun, word_map, word_set
from game.generate.pool import Pool
from game.generate.phrasing import needs_the_document, plain_opening
from game.generate.rules import CLAUSE_MODULES
from game.generate.rules.clauses import Asked, Subject, clauses_of, content_words, is_plural_phrase, overlap, run_rules
from game.generate.rules.purposes import DOES, agreeing

NEAREST = 40  # questions of the same kind looked at for wrong options, from the nearest sentences
WANTED = 5  # options gathered per question (the pack shows MAX_WRONG; the rest serve false statements)
# Genera of definitions that name a process or a state: their terms are options for each other
# ("evaporation" for "condensation", "humidity" for "air pressure").
ABSTRACT_GENERA = word_set("abstract_genera")
GENUS_GROUPS = word_map("genus_groups")
GENUS_LISTS = word_map("genus_lists")


def read_clauses(document: Document, spans_by_sentence: list[list[Span]], context: Context,
                 reading: Reading) -> list[list[Asked]]:
    """Every question the clause rules write about the document, sentence by sentence."""
    subject = Subject(reading.topic_name, reading.topic_nouns, reading.subject_has_the)
    lower_words = frozenset(reading.first_seen)
    found: list[list[Asked]] = []
    for sentence, spans in zip(document.sentences, spans_by_sentence):
        asked: list[Asked] = []
        if sentence.label or is_instruction(sentence.text) or sentence.paragraph in reading.exercises:
            found.append(asked)
            continue  # a label line or a step to do: no clause to read
        for clause in clauses_of(sentence.text, sentence.index, spans, reading.topics[sentence.index], subject,
                                 context, lower_words):
            for module in CLAUSE_MODULES:
                asked.extend(run_rules(module.RULES, clause))
        found.append(asked)
    return found


def clause_facts(document: Document, doc_id: str, doc_index: int, pool: Pool, first_position: int, seed: object,
                 context: Context, reading: Reading, asked_by_sentence: list[list[Asked]], start: int = 0,
                 stop: int | None = None) -> list[Fact]:
    """The facts of sentences `start` to `stop` asked by the clause rules, each with its
    confidence (the same features as every other fact, `confidence.py`)."""
    stop = len(document.sentences) if stop is None else stop
    by_kind: dict[str, list[tuple[int, Asked]]] = {}
    for index, found in enumerate(asked_by_sentence):
        for asked in found:
            by_kind.setdefault(asked.kind, []).append((index, asked))
    facts: list[Fact] = []
    emphasised = _emphasised_terms(document) if DEFINED_TERM in by_kind else ()
    for sentence in document.sentences[start:stop]:
        spans_here = len(asked_by_sentence[sentence.index])
        for asked in asked_by_sentence[sentence.index]:
            if needs_the_document(asked.question):
                continue  # "What did the other one do?": only the document says which
            question = None if asked.stated_only else asked.question
            others = _nearest(by_kind[asked.kind], sentence.index)
            wrong = _options(asked, others, pool, first_position + sentence.index, seed, sentence.text, emphasised,
                             context, reading.first_seen)
            wrong = [w for w in wrong if f" {fold(w)} " not in f" {fold(asked.question)} "]
            span = Span(asked.start, asked.end, asked.answer, asked.kind)
            if span.names_a_kind:
                named = named_in_prompt(asked.question or "")
                wrong = [w for w in wrong if not names_what_the_prompt_names(w, named)]
            identity = _identity(asked, context)
            # A false statement swaps in another reason, never an effect: "... because deserts are
            # cold at night" would be nonsense rather than a fact to weigh.
            effects = {o.effect for o in others if o.effect}
            statement, false_statements = _statements(asked, [w for w in wrong if w not in effects])
            if asked.stated_only:
                false_statements = []  # "Pepsin is an enzyme found in ...": another of the kind may be too
            if statement and needs_the_document(statement):
                statement, false_statements = None, []  # "I was trying very hard not to be seen": who?
            mentions = max(1, pool.mentions(asked.answer))
            from_document = sum(1 for w in wrong[:MAX_WRONG] if pool.mentions(w)) if span.names_a_kind or \
                asked.kind == PERSON else min(len(wrong), MAX_WRONG)  # the clause kinds' options are the document's own
            fact = Fact(doc_id, doc_index, sentence, span, question, statement, wrong[:WANTED], mentions,
                        spans_here, True, false_statements=false_statements, also_called=list(asked.accept),
                        identity=identity, rule=asked.rule, resolved=asked.resolved, kind_known=True,
                        options_from_document=from_document)
            fact.score = _score(fact)
            _assess(fact, reading)
            facts.append(fact)
    return facts


def _nearest(found: list[tuple[int, Asked]], index: int, limit: int = NEAREST) -> list[Asked]:
    """The questions of one kind from the sentences nearest to sentence `index` (not its own),
    nearest first: the same topic, usually, and a bounded search on a long input."""
    at = bisect.bisect_left(found, index, key=lambda item: item[0])
    left, right = at - 1, at
    out: list[Asked] = []
    while len(out) < limit and (left >= 0 or right < len(found)):
        take_right = right < len(found) and (left < 0 or found[right][0] - index <= index - found[left][0])
        position, asked = found[right] if take_right else found[left]
        if take_right:
            right += 1
        else:
            left -= 1
        if position != index:
            out.append(asked)
    return out


def _assess(fact: Fact, reading: Reading) -> None:
    """The confidence of asking the fact and of stating it, by the features every fact is read by."""
    def candidate(prompt: str, asking: bool) -> Candidate:
        return Candidate(fact, prompt, asking, reading.title, reading.opening, reading.first_seen, reading.keywords,
                         reading.names, (reading.label_name,), reading.topic_name, reading.subject_words,
                         reading.anchor, reading.passers_by, reading.people_names.unsure)

    full_names_in_fact(fact, reading.people_names)
    anchor_fact(fact, reading.anchor)

    if fact.question:
        fact.confidence, fact.doubts = assess(candidate(fact.question, True))
    if fact.statement:
        fact.statement_confidence, fact.statement_doubts = assess(candidate(fact.statement, False))


def _identity(asked: Asked, context: Context) -> str:
    """One fact asked two ways shares an identity, so that a pack keeps one of them: a maker
    and what they made are both the person."""
    if asked.kind == PERSON:
        return fold(context.people.get(fold(asked.answer), asked.answer))
    if asked.kind == CREATION:
        return fold(context.people.get(asked.about, asked.about))
    return asked.identity


def _score(fact: Fact) -> float:
    """How good a question it is before anything else: what its kind is worth, whether it has its
    options, how long it is to read."""
    score = fact.span.info.weight + 0.5
    if len(fact.wrong) >= MAX_WRONG:
        score += 0.3
    if fact.mentions > 1:
        score += 0.3
    score -= 0.01 * max(0, len(fact.question or "") - 120)
    score -= 0.02 * fact.sentence.index / 10
    return round(score, 4)


# ---------------------------------------------------------------------------------------------
# Wrong options


def _options(asked: Asked, others: list[Asked], pool: Pool, position: int, seed: object, sentence: str,
             emphasised: tuple[str, ...] = (), context: Context | None = None,
             written: Mapping[str, int] | None = None) -> list[str]:
    if asked.kind == DEFINED_TERM:
        return _term_options(asked, others, pool, position, seed, sentence, emphasised, context, written)
    if asked.kind in (MEANING, REASON, PURPOSE):
        return _phrase_options(asked, others)
    if asked.kind == CREATION:
        return _creation_options(asked, others)
    span = Span(asked.start, asked.end, asked.answer, asked.kind)
    return [o for o in options_for(span, pool, position, WANTED + 2, seed) if fold(o) not in asked.about
            and not (asked.kind == PERSON and one_of_own_names(asked.answer, o, context))]


def _pick(answer: str, candidates: list[str], count: int = WANTED) -> list[str]:
    """The first `count` candidates that read as another answer than the answer and each other,
    none a length a player would tell from the answer's at a glance ("fetch" beside "wave-cut
    platform")."""
    chosen: list[str] = []
    for option in candidates:
        if len(chosen) >= count:
            break
        if max(len(answer), len(option)) > 8 and not _near_length(answer, option):
            continue
        if same_thing(answer, option) or any(same_thing(option, other) for other in chosen):
            continue
        chosen.append(option)
    return chosen


def _term_options(asked: Asked, others: list[Asked], pool: Pool, position: int, seed: object,
                  sentence: str = "", emphasised: tuple[str, ...] = (), context: Context | None = None,
                  written: Mapping[str, int] | None = None) -> list[str]:
    """The document's other defined terms of the same sort (the same genus, "an *instrument*
    that ..."; the same known sense; or, for a process or a state, other processes and states),
    then its key terms of the same head or sense, then terms of the word lists' sort, those the
    document itself writes first (`written`: its lower-case words): a lesson on changes of state
    offers "evaporation" for "condensation" before "infiltration", a term of the same list it
    never teaches; always of the same number. Short of three, the other terms it defines of any
    sort fill them (`_lesson_term`)."""
    plural = is_plural_phrase(asked.answer)
    sense = term_sense(asked.answer)
    named = asked.answer[:1].isupper()

    def fits(other: Asked) -> bool:
        if other.identity == asked.identity or is_plural_phrase(other.answer) != plural:
            return False
        if other.answer[:1].isupper() != named:
            return False
        return same_sort(asked.sort, other.sort) or bool(sense) and term_sense(other.answer) == sense

    defined = sorted((a for a in others if fits(a)),
                     key=lambda a: (a.sort != asked.sort, abs(len(a.answer) - len(asked.answer)), a.answer))
    head = fold(asked.answer).split()[-1:]
    terms = [s.text for s in pool.near(TERM, position) if is_plural_phrase(s.text) == plural
             and len(head[0]) > 3 and fold(s.text).split()[-1:] == head and " and " not in s.text
             and not divided_another_way(asked.answer, s.text, context)]
    shown = f" {fold(asked.question)} {fold(sentence)} "
    listed = [t if not plural else plural_noun(t) for t in _listed_like(asked)]
    listed = [t for t in stable_order(listed, seed, asked.answer) if f" {fold(t)} " not in shown] if not named else []
    if written:
        listed = sorted(listed, key=lambda t: not all(w in written for w in fold(t).split()))
    fitting = [a.answer for a in defined] + sorted(set(terms)) + listed
    if genus_in_the_name(asked):
        # "What are cells that have ... called?": the answer is a kind of cell, and so must every
        # option be; "organelles" beside "eukaryotic cells" is of another kind and gives it away.
        fitting = [t for t in fitting if fold(t).split()[-1:] == head]
    chosen = _pick(asked.answer, fitting)
    if len(chosen) >= MAX_WRONG or genus_in_the_name(asked):
        return chosen
    plural = _plural_defined(asked)  # "villi", "projections": of a plural genus
    lesson = sorted((a for a in others if _lesson_term(asked, a, plural, named)),
                    key=lambda a: (abs(len(a.answer) - len(asked.answer)), a.answer))
    filled = _pick(asked.answer, fitting + [a.answer for a in lesson])
    if len(filled) < MAX_WRONG:
        # A term only set in bold is no defined one: it fills the options to three, no spare
        # to swap in, so that a "main vent" seldom stands beside "an opening ... through which".
        marked = [t for t in emphasised if _emphasised_fits(asked, t, plural) and f" {fold(t)} " not in shown]
        filled = _pick(asked.answer, fitting + [a.answer for a in lesson] + marked, MAX_WRONG)
    return filled if len(filled) >= MAX_WRONG else chosen  # one or two would only keep their own questions out


def genus_in_the_name(asked: Asked) -> bool:
    """Whether a defined term of two words or more ends in a word its prompt says ("eukaryotic
    cells" for "What are cells that have ... called?"): the prompt names the answer's kind, so an
    option of another head is of another kind, and gives the answer away."""
    words = fold(asked.answer).split()
    if len(words) < 2:
        return False
    head = _singular_term(words[-1])
    said = {_singular_term(w) for w in fold(f"{asked.question} {asked.sort}").split()}
    return head in said


# A lower-case term set in bold where a noun stands ("the **mantle**", "a bowl-shaped **crater**",
# "is called **lava**"): a textbook's key term. Not an adjective or a verb set in bold ("are
# **fertile**", "Scientists **monitor**"), which no article or "called" comes before.
_EMPHASISED = re.compile(r"(?:\b(?:a|an|the|its|their|called|as)|\w['\u2019]s)\s+(?:[a-z][\w-]*\s+)?"
                         r"(\*\*|__)([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})\1(?![\w*])")
_PROCESS_ENDING = re.compile(r"(?:tion|sion|ment|ing|ance|ence|sis)$")


def _emphasised_terms(document: Document) -> tuple[str, ...]:
    """The key terms a Markdown text sets in bold, each once, in the order it gives them."""
    found: dict[str, None] = {}
    for sentence in document.sentences:
        quote = sentence.quote or sentence.text
        if "**" in quote or "__" in quote:
            for match in _EMPHASISED.finditer(quote):
                found.setdefault(match.group(2), None)
    return tuple(found)


def _emphasised_fits(asked: Asked, term: str, plural: bool) -> bool:
    """Whether a term the text sets in bold is a fair wrong option for a defined term: of its
    number, a process for a process, and sharing no word with it."""
    if asked.answer[:1].isupper() or is_plural_phrase(term) != plural or not asked.sort:
        return False
    if bool(_PROCESS_ENDING.search(fold(term))) != _process(asked.answer, asked.sort):
        return False
    answer_words = {_singular_term(w) for w in fold(asked.answer).split()}
    return not answer_words & {_singular_term(w) for w in fold(term).split()}


def _plural_defined(defined: Asked) -> bool:
    """Whether a defined term is plural: by its own ending, or a Latin plural by its genus's
    ("villi" are "projections")."""
    return is_plural_phrase(defined.answer) or fold(defined.answer).endswith(("i", "a", "ae")) and \
        is_plural_phrase(defined.sort)


def _process(term: str, genus: str) -> bool:
    """Whether a defined term names a process or a state: by its genus ("the change of ...") or
    its own ending ("digestion", "the breakdown of ...")."""
    return genus in ABSTRACT_GENERA or bool(_PROCESS_ENDING.search(fold(term)))


def _lesson_term(asked: Asked, other: Asked, plural: bool, named: bool) -> bool:
    """Whether another term the document defines is a fair wrong option though its genus is of
    another sort: a lesson's glossary ("magma", "crater", "epicentre") is what a teacher offers
    for one of its terms. Not a term that names the answer's kind or is named by it ("shield
    volcanoes" are volcanoes), one with a word of the answer, a process for a thing or a thing
    for a process ("evaporation" for "barometer"), nor one of another number or a name."""
    if other.identity == asked.identity or not other.sort or _plural_defined(other) != plural:
        return False
    if other.answer[:1].isupper() != named or named or not asked.sort:
        return False
    if _process(asked.answer, asked.sort) != _process(other.answer, other.sort):
        return False
    answer_words = {_singular_term(w) for w in fold(asked.answer).split()}
    other_words = {_singular_term(w) for w in fold(other.answer).split()}
    if answer_words & other_words:
        return False
    return _singular_term(fold(other.sort)) not in answer_words and _singular_term(fold(asked.sort)) not in other_words


@lru_cache(maxsize=1)
def _term_lists() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """data/terms.txt: term -> its sort, and sort -> its terms."""
    sort_of: dict[str, str] = {}
    terms: dict[str, list[str]] = {}
    for line in (DATA_DIR / "terms.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            term, sort = (field.strip() for field in line.split("|"))
            sort_of[term] = sort
            terms.setdefault(sort, []).append(term)
    return sort_of, {sort: tuple(found) for sort, found in terms.items()}


def _listed_like(asked: Asked) -> tuple[str, ...]:
    """Terms of the word list of the answer's sort: the sort the list gives the answer itself
    ("evaporation": the water cycle), else the sort of its definition's genus ("a *bend* in a
    river": a landform); none for a genus of no known sort, or when the two disagree."""
    sort_of, terms = _term_lists()
    key = fold(asked.answer)
    singular = _singular_term(key)
    own = sort_of.get(key) or sort_of.get(singular, "")
    by_genus = GENUS_LISTS.get(asked.sort, "")
    if own and by_genus and own != by_genus:
        return ()  # "moraine" defined as "the rock and soil that ...": not the sort the list says
    return tuple(t for t in terms.get(own or by_genus, ()) if t not in (key, singular))


def _singular_term(term: str) -> str:
    if term.endswith(("oes", "ches", "shes", "sses", "xes")):
        return term[:-2]
    if term.endswith("ies"):
        return term[:-3] + "y"
    return term[:-1] if term.endswith("s") and not term.endswith(("ss", "sis", "us")) else term


def same_sort(genus: str, other: str) -> bool:
    """Whether two definitions' genera name the same sort of thing: the same word, two processes
    or states, or two words of one group ("bend" and "lake" are both landforms)."""
    if genus == other:
        return True
    if genus in ABSTRACT_GENERA and other in ABSTRACT_GENERA:
        return True
    group = GENUS_GROUPS.get(genus)
    return bool(group) and GENUS_GROUPS.get(other) == group


def _phrase_options(asked: Asked, others: list[Asked]) -> list[str]:
    """Other meanings, reasons or purposes that read the same way and are about something else;
    for a reason, also the effects of the document's other reasons ("Why do coastal places have
    milder winters?" -> "deserts are cold at night")."""
    fitting = []
    effects = [(other, other.effect) for other in others if other.effect and other.effect_form == asked.form]
    for other, text in [(other, other.answer) for other in others] + effects:
        if (other.form != asked.form and text == other.answer) or other.identity == asked.identity:
            continue
        if overlap(other.about, asked.about) >= 0.5 or fold(text) == fold(asked.answer):
            continue
        if asked.kind == MEANING and (content_words(other.about) & content_words(asked.answer)
                                      or not same_sort(asked.sort, other.sort)):
            continue  # a meaning that names the term asked about, or describes another sort of thing
        if asked.form == DOES:
            text = agreeing(text, asked.sort == "plural")
            if text is None:
                continue
        if not _near_length(asked.answer, text):
            continue
        fitting.append((other.sort != asked.sort, _pointing(text), abs(len(text) - len(asked.answer)), text))
    fitting.sort()
    return _pick(asked.answer, [text for *_key, text in fitting])


def _creation_options(asked: Asked, others: list[Asked]) -> list[str]:
    """Things the document says someone else made the same way."""
    fitting = sorted((o.sort != asked.sort, abs(len(o.answer) - len(asked.answer)), o.answer) for o in others
                     if o.about != asked.about and o.answer[:1].isupper() == asked.answer[:1].isupper())
    return _pick(asked.answer, [text for *_key, text in fitting])


def _near_length(answer: str, option: str) -> bool:
    """Lengths a player would not tell apart at a glance (and the checker's three times)."""
    a, o = len(answer), len(option)
    return a / 2.8 <= o <= a * 2.8


def _pointing(text: str) -> int:
    """How many words of an option point at something only its own sentence names."""
    return len(re.findall(r"\b(?:it|its|they|their|them|he|she|his|her|there)\b", text, re.I))


# ---------------------------------------------------------------------------------------------
# True/false statements


# A pronoun in an option taken from another sentence stands for something of that sentence.
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|this|these|those|he|she|him|his|her)\b", re.I)


def _statements(asked: Asked, wrong: list[str]) -> tuple[str | None, list[tuple[str, str]]]:
    """The fact stated, and stated falsely with a wrong option in the answer's place."""
    if asked.statement is None or asked.swap is None:
        return None, []
    a, b = asked.swap
    statement = plain_opening(_capital(asked.statement))
    false = []
    if asked.kind == REASON:
        # Another sentence's reason tacked on ("should wear a waterproof coat, because a family
        # cannot pay") is a non sequitur anyone calls false, or a cause that holds as well.
        return statement, false
    for option in wrong[:2]:
        if asked.kind == DEFINED_TERM and option[:1].isupper() != asked.answer[:1].isupper():
            continue
        if _POINTS_BACK.search(option):
            continue  # "... because the river has too little energy to carry them": them, in another sentence
        swapped = plain_opening(_capital(_articled(asked.statement[:a], option) + option + asked.statement[b:]))
        if swapped != statement:
            false.append((swapped, option))
    return statement, false


def _articled(before: str, option: str) -> str:
    """"a" or "an" before the option as its first sound needs."""
    article = re.search(r"\b(a|an|A|An)\s+$", before)
    if article is None:
        return before
    wanted = "an" if option[:1].lower() in "aeiou" else "a"
    if article.group(1)[:1].isupper():
        wanted = wanted.capitalize()
    return before[:article.start(1)] + wanted + before[article.end(1):]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
