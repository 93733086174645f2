"""Facts: one answer span in one sentence, shaped into a prompt and a statement, with its
wrong options. Each fact becomes at most one question of the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Mapping

from game.generate.aliases import defined_abbreviations, find_aliases
from game.generate.anchoring import (Anchor, anchor_fact, anchor_false_statements, article_uses, head_noun, read_anchor,
                                     names_in_text as _names_in)
from game.generate.distractors import divided_another_way, era_year_options, one_of_own_names, named_as_a_thing, options_for, person_sex, rough_year_options
from game.generate.document import Document, Sentence
from game.generate.clean import exercise_paragraphs, glossary_term, is_boilerplate, is_instruction, run_in_label
from game.generate.sentencehood import not_a_sentence
from game.generate.tenses import simple_past_for_stray_pluperfect
from game.generate.distractors import stable_order
from game.generate.labels import MATERIAL_FAMILIES, MATERIALS, date_of, material_of, object_name, recipe_dish, serving_of
from game.generate.confidence import THRESHOLD, Candidate, assess, options_fit, written_years
from game.generate.fitting import Mates, about_what_is_to_come, fitting_options, named_kind, read_mates
from game.generate.lives import asked_sex
from game.generate.fullnames import PeopleNames, full_names_in_fact, full_names_in_false_statements
from game.generate.geography import demonym_forms, document_containment, hint_forms
from game.generate.lexicon import HEAD_KINDS, agrees, fold, lexicon, word_map, word_set
from game.generate.passersby import passers_by
from game.generate.pool import Pool
from game.generate.phrasing import (
    verbish,
    historic_present,
    aside_chunks,
    finish_question,
    garbled,
    needs_the_document,
    opens_without_subject,
    participle_only,
    reads_as_question,
    relative_cut_short,
    relative_only,
    run_on,
    finish_statement,
    shape,
    statement_body,
    too_long,
)
from game.generate.lexicon import FUNCTION_WORDS
from game.generate.phrasing import describing_word
from game.generate.phrasing import OPENING_SUBJECT, Draft
from game.generate.pronouns import (
    StandIns,
    grammar_mentions,
    people_by_grammar,
    place_kind,
    same_person,
    settle_pronouns,
    unknown_people,
)
from game.generate.rules import Placement, place_wh
from game.generate.kinds import (
    AMOUNTS,
    CENTURY,
    TIMES,
    PLACES,
    EVENTS,
    MATERIAL,
    COUNTRY,
    REGION,
    STATE,
    ACRONYM,
    ALIAS,
    COUNT,
    DATE,
    NAME,
    PERSON,
    PLACE,
    TERM,
    YEAR,
    Context,
    Span,
)
from game.generate.names import defined_kind
from game.generate.quantities import approximate_tolerance, boundary_year, leading_number
from game.generate.verbs import readings
from game.generate.spans import find_spans, gather_context

MAX_WRONG = 3
TOO_OBVIOUS = word_set("too_obvious")



_TWO_LOWER_WORDS = re.compile(r"\s+[a-z]+\s+[a-z]+")
_SPEAKING_VERB = re.compile(r"\s+(?:said|says|told|reported|announced|added|estimated|stated|wrote|warned)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$")


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
    in_full: str = ""  # the full name of a person the sentence names by one name ("Sarah Whitfield" for "Sarah")
    aside: bool = False  # a name in brackets ("French: le Rhin"), not the sentence's own fact
    rule: str = ""  # the wh-placement rule that placed the question word, or refused to
    widened_by: tuple[str, ...] = ()  # rules that took more of the sentence along with the answer
    resolved: tuple[str, ...] = ()  # what the prompt reads from other sentences: "pronoun", "reference"
    named_term: bool = False  # a key term the text names ("known as the Calvin cycle")
    kind_known: bool = False  # a name whose kind the lists, its head word or the text itself say
    options_from_document: int = 0  # wrong options the document itself names
    confidence: float = 0.0  # of the question asking for the answer
    doubts: list[str] = field(default_factory=list)
    statement_confidence: float = 0.0  # of the true/false statement
    statement_doubts: list[str] = field(default_factory=list)
    conflicts: int = 0  # facts of other sentences whose prompt names this answer (see select.count_conflicts)
    hints: tuple[str, ...] = ()  # words that give a place away: what lies inside it, its adjective (geography.py)
    options_ready: bool = True  # False: too unsure to be asked, so no wrong options were looked for
    # finds the wrong options of a fact not `options_ready`, should it be asked after all
    complete: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    @property
    def answer(self) -> str:
        return self.span.text

    @property
    def answer_key(self) -> str:
        return self.identity or fold(self.span.text)

    @property
    def best_confidence(self) -> float:
        return max(self.confidence if self.question else 0.0, self.statement_confidence if self.statement else 0.0)

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
        if fold(other) != fold(span.text) and f" {fold(span.text)} " not in f" {fold(other)} ":
            # (a relative who bears the answer's whole name gives it away: "Augusta Ada Byron,
            # the only child of which poet?" is Byron)
            prompt = prompt.replace(other, " ")
    key = fold(span.text)
    padded = f" {fold(prompt)} "
    if f" {key} " in padded:
        return True
    if span.kind == DATE:
        year = re.search(r"\d{4}", span.text)
        return bool(year) and year.group(0) in re.findall(r"\d{4}", prompt)  # "The 1973 crisis began in what month?"
    if span.is_number:
        if span.value is None:
            return False
        number = f"{span.value:g}"
        return number in re.findall(r"\d+(?:\.\d+)?", prompt.replace(",", ""))
    words = key.split()
    if len(words) >= 2 and span.text.split()[-1].islower():
        words = words[:-1]  # the head noun of "Rankine cycle" may stand in the prompt
    return any(f" {w} " in padded for w in words if len(w) >= 4 and w not in _COMMON_NAME_WORDS)


_COMMON_NAME_WORDS = word_set("common_name_words")


_SHORT_NAMES = {fold(country): tuple(names.split(",")) for country, names in word_map("country_short_names").items()}


def _also_called(span: Span, pool: Pool, word_counts: Mapping[str, int] | None = None,
                 abbreviations: Mapping[str, str] | None = None) -> list[str]:
    """Short names the text itself uses for the answer: "ISS" for the International Space
    Station, "Everest" for Mount Everest; the short name or the full name the text defines in
    brackets ("the National Health Service (NHS)" gives both), and the names a player gives a
    country ("USA", "US", "America" for the United States)."""
    words = span.text.split()
    names: list[str] = []
    defined = abbreviations.get(fold(span.text)) if abbreviations else None
    if defined:
        names.append(defined)
    names.extend(_SHORT_NAMES.get(fold(span.text), ()) if span.kind == COUNTRY else ())
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) >= 2 and len(initials) == len(words) and pool.mentions(initials):
        names.append(initials)
    if len(words) == 2 and fold(words[0]) in ("mount", "lake", "river") \
            or len(words) == 2 and fold(words[0]) == "cape" and pool.mentions(words[1]):
        names.append(words[1])  # "Everest", "Constance", "Thames": what a player types; a cape only as the text says it
    names.extend(_shorter_names(span, pool))
    if span.kind == TERM and len(words) >= 2 and span.text.islower() and word_counts is not None \
            and word_counts.get(words[-1], 0) > max(1, pool.mentions(span.text)):
        names.append(words[-1])  # "pigments" for "photosynthetic pigments", when the text says "pigments" alone
    return list(dict.fromkeys(names))


_LEGAL_SUFFIXES = word_set("legal_suffixes")


def _shorter_names(span: Span, pool: Pool) -> list[str]:
    """A name as people say it: a company without its legal suffix ("Zipwell Toys" for "Zipwell
    Toys Ltd"), and the first words of a name when the text itself writes them alone as the
    name ("SwiftCrate" for "SwiftCrate Logistics Ltd"). A person's short name is their surname
    (`select.accepted_forms`), never their first name."""
    words = span.text.split()
    if span.kind == PERSON or len(words) < 2 or not words[0][:1].isupper():
        return []
    names: list[str] = []
    if fold(words[-1]) in _LEGAL_SUFFIXES:
        words = words[:-1]
        names.append(" ".join(words).rstrip(","))
    for size in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:size])
        if words[size - 1][:1].isupper() and fold(words[size - 1]) not in FUNCTION_WORDS and pool.mentions(prefix):
            names.append(prefix)
    return names


def _swap(text: str, span: Span, option: str, takes_the: bool | None = None) -> tuple[int, int, str]:
    """The edit that puts a wrong option in the answer's place, with the "the" that goes with a
    name kept or dropped: "of the University of Cambridge" -> "of Radcliffe College", not "of the
    Radcliffe College"; "World War II changed ..." -> "The First World War changed ..."
    (`takes_the`: whether the option is written with "the", None when unknown); and with the
    possessive its name needs: "the United States' oldest college" -> "Canada's oldest college"."""
    start, end, new = _swap_name(text, span, option, takes_the)
    if text[span.end:span.end + 1] in ("'", "\u2019") and text[span.end + 1:span.end + 2] != "s" \
            and not option.endswith("s"):
        return start, span.end + 1, new + text[span.end] + "s"
    return start, end, new


def _swap_name(text: str, span: Span, option: str, takes_the: bool | None) -> tuple[int, int, str]:
    after = _WORD_AFTER_NAME.match(text, span.end)
    if after and describing_word(after.group(1)):
        return span.start, span.end, option  # "the Massachusetts legislature": the "the" is the legislature's
    the = _THE_BEFORE.search(text, 0, span.start)
    if takes_the is not None and the and not takes_the and the.end() == span.start:
        return the.start(), span.end, option
    if takes_the and not the:
        return span.start, span.end, f"the {option}"
    words = option.split()
    if the and len(words) >= 2 and " of " not in option and fold(words[-1]) in _NO_THE_HEADS:
        return the.start(), span.end, option
    if span.kind in (COUNTRY, REGION, STATE):
        # "in the United States" -> "in Canada", never "in the Canada"; "in Canada" -> "in the Netherlands".
        if the and not _takes_the(option):
            return the.start(), span.end, option
        if not the and _takes_the(option) and not _takes_the(span.text):
            return span.start, span.end, f"the {option}"
    return span.start, span.end, option


_THE_COUNTRY_HEADS = frozenset({"republic", "islands", "kingdom", "states", "emirates", "netherlands", "philippines",
                                "bahamas", "maldives", "gambia", "union", "isles", "balkans", "alps", "americas",
                                "caribbean", "sahara", "arctic", "antarctic", "middle", "far", "congo"})


def _takes_the(name: str) -> bool:
    """Whether a country or region's name is written with "the": the United States, the Netherlands."""
    words = fold(name).split()
    return bool(words) and (words[0] in ("united", "middle", "far") or words[-1] in _THE_COUNTRY_HEADS
                            or words[-1] == "east" and len(words) > 1)


# Names ending so go without "the": "Radcliffe College", "Brown University".
_NO_THE_HEADS = word_set("no_the_heads")


def _swappable(span: Span, option: str) -> bool:
    """Whether a wrong option can stand in the answer's place in a false statement: a key term
    only for one with the same head ("sedimentary rock" for "metamorphic rock"); "the embargo
    caused an dollars" is no statement at all."""
    if span.kind != TERM:
        return True
    return fold(option).split()[-1:] == fold(span.text).split()[-1:] and fold(option) != fold(span.text)


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Miss|Ms|Mx|Dr|Sir|Dame|Lady|Lord|Colonel|Captain|Major|General|"
                               r"Professor|Prof|Rev|Father|Sister|Brother)\.?\s+$")


# A count repeated in a pair ("two high and two low tides"): changing one of them reads as absurd.
_PAIRED_COUNT = re.compile(r"\b(\w+)\s+[a-z]+\s+(?:and|or)\s+\1\s+[a-z]+", re.I)


def _false_but_fair(text: str, span: Span, option: str, pool: Pool, reading: Reading) -> bool:
    """Whether swapping `option` in makes a statement that is surely false: a person only for
    someone the document names as written ("Mr Marlow" is no one when it names Edith Marlow and
    Mr Hesketh), never the thing the whole text is about (a hide "at Hollins Moss" is at Curlew
    Pool as well, on the reserve the leaflet is about)."""
    if span.kind == PERSON and (not pool.mentions(option) or _HONORIFIC_BEFORE.search(text, 0, span.start)):
        return False  # "Mr Marlow" is made up even where Edith Marlow is named
    if span.family == PLACES and named_kind(span.text) and not pool.mentions(option):
        return False  # "the Ligurian Sea" from the lists for a Baltic town's sea: false at a glance
    if span.family == AMOUNTS and _PAIRED_COUNT.search(text, max(0, span.start - 40), min(len(text), span.end + 40)) \
            and text.count(f" {span.text} ") + text.startswith(f"{span.text} ") >= 2:
        return False  # "two high and three low tides" for "two high and two low": absurd, not false
    if "of" in span.text and re.search(r"\bof\s+[A-Z][\w'\u2019-]*$", span.text) and re.match(r"\s+and\s+[A-Z][\w'\u2019-]*\b(?!\s+[A-Z])",
                                                                      text[span.end:]):
        return False  # "the Royal Welsh College of Music and Drama": never "the University of Pennsylvania and Drama"
    if span.family == AMOUNTS and not _amounts_in_order(text[:span.start] + option + text[span.end:]):
        return False  # "rents will rise from £48 to £42", "between £45,000 and £30,000": absurd, not false
    if span.family == TIMES and not _ranges_in_order(text[:span.start] + option + text[span.end:]):
        return False  # "closed from 3 March 2035 until 28 March 2025", "in 1078-69": absurd, not false
    if fold(option) in _DEMONYM_OF and re.search(rf"\b(?:{'|'.join(_DEMONYM_OF[fold(option)])})\b", text, re.I):
        return False  # "a war that cut England off from English supplies": the sentence says otherwise
    if span.kind == PERSON and _titled_otherwise(text, span, option):
        return False  # "King Elizabeth I of Denmark"
    if span.kind in (COUNTRY, REGION, STATE) and _takes_the(option) and not _takes_the(span.text) \
            and re.search(r"\b(?!(?:the|a|an|of|in|on|at|to|from|by|for|with|and|or)\b)[a-z]+\s+$", text[:span.start]):
        return False  # "off the coast of central Norway": never "of central the Netherlands"
    if span.kind == YEAR and option.isdigit() and span.value is not None and _moved_inside_a_span(text, span, int(option)):
        return False  # "almost tripled between 1761 and 1850" for 1750: near enough to be so as well
    if span.kind == CENTURY and _THROUGH_A_CENTURY.search(text, max(0, span.start - 20), span.start):
        return False  # "During the 19th century the river powered mills": nothing says it stopped in the 18th
    return not (reading.topic_name and fold(option) == fold(reading.topic_name))


_YEAR_RANGE = re.compile(r"\b(?:between\s+(1\d{3}|20\d{2})\s+and\s+(1\d{3}|20\d{2})|"
                         r"from\s+(1\d{3}|20\d{2})\s+(?:to|until|till)\s+(1\d{3}|20\d{2})|"
                         r"(1\d{3}|20\d{2})\s*[\u2013\u2014-]\s*(1\d{3}|20\d{2}))\b")
_THROUGH_A_CENTURY = re.compile(r"\b(?:during|throughout)\s+(?:the\s+)?(?:whole\s+|early\s+|late\s+)?$", re.I)


def _moved_inside_a_span(text: str, span: Span, option: int) -> bool:
    """Whether a year that opens or closes a long span of years ("between 1750 and 1850") is
    moved by less than a quarter of the span: what held over the span held over most of the
    shorter or longer one too, so the statement is not clearly false."""
    for match in _YEAR_RANGE.finditer(text):
        years = [(match.start(k), int(match.group(k))) for k in range(1, 7) if match.group(k)]
        if len(years) != 2 or span.start not in (years[0][0], years[1][0]):
            continue
        length = abs(years[1][1] - years[0][1])
        return abs(option - int(span.value)) < length / 4
    return False


def _demonyms_by_country() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for demonym, country in lexicon().demonyms.items():
        found.setdefault(fold(country), []).append(re.escape(demonym))
    return found


_DEMONYM_OF = _demonyms_by_country()
_MALE_TITLE = re.compile(r"\b(?:King|Emperor|Tsar|Czar|Prince|Duke|Sir|Lord|Mr|Count|Baron)\.?\s+$")
_FEMALE_TITLE = re.compile(r"\b(?:Queen|Empress|Tsarina|Princess|Duchess|Dame|Lady|Mrs|Miss|Ms|Countess|Baroness)\.?\s+$")


def _titled_otherwise(text: str, span: Span, option: str) -> bool:
    """Whether the title before a person's name says the other sex than the option's name."""
    sex = person_sex(option)
    if not sex:
        return False
    before = text[max(0, span.start - 12):span.start]
    return bool(_MALE_TITLE.search(before) and sex == "f" or _FEMALE_TITLE.search(before) and sex == "m")


_MONTH_NUMBER = {m: n for n, m in enumerate(("january february march april may june july august september "
                                                "october november december").split(), 1)}
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_DATED = re.compile(r"(?=[\dJFMASOND])(?:(\d{1,2})\s+)?(?:(January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)\s+)?(\d{4})(?:\s*[\u2013-]\s*(\d{2,4})\b)?")
_RANGE_OPENS = re.compile(r"\b(?:from|between)\b[^.;]{0,30}$", re.I)
_RANGE_CLOSES = re.compile(r"^[^.;]{0,30}?\b(?:until|till|to|and)\b[^.;]{0,30}$", re.I)


# "the English the Crimean War": an article, at most one word, then another article.
_DOUBLE_ARTICLE = re.compile(r"\b(?:the|a|an)\s+(?:[\w'\u2019-]+\s+)?the\s", re.I)
_AMOUNT = r"([$\u00a3\u20ac]?\d[\d,]*(?:\.\d+)?)"
_RISING = re.compile(r"\b(?:rise|rises|rose|risen|rising|increase|increases|increased|grow|grows|grew|grown|climb|"
                     r"climbs|climbed|go up|goes up|went up)\b[^.;]{0,40}?\bfrom\s+" + _AMOUNT + r"[^.;\d]{0,30}?\bto\s+"
                     + _AMOUNT, re.I)
_FALLING = re.compile(r"\b(?:fall|falls|fell|fallen|drop|drops|dropped|decrease|decreases|decreased|shrink|shrank|"
                      r"cut|cuts|go down|goes down|went down)\b[^.;]{0,40}?\bfrom\s+" + _AMOUNT + r"[^.;\d]{0,30}?\bto\s+"
                      + _AMOUNT, re.I)
_BETWEEN = re.compile(r"\bbetween\s+" + _AMOUNT + r"\s+and\s+" + _AMOUNT)


def _amount(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text) or 0)


def _amounts_in_order(text: str) -> bool:
    """Whether the amounts of a sentence keep the order its words give them: what rises from one
    figure to another rises, what falls falls, and "between" runs from the lower to the higher."""
    if "from" not in text.lower():  # (every rise and fall is "from ... to ...": the quick test first)
        return all(_amount(m.group(1)) < _amount(m.group(2)) for m in _BETWEEN.finditer(text))
    for match in _RISING.finditer(text):
        if _amount(match.group(1)) >= _amount(match.group(2)):
            return False
    for match in _FALLING.finditer(text):
        if _amount(match.group(1)) <= _amount(match.group(2)):
            return False
    return all(_amount(m.group(1)) < _amount(m.group(2)) for m in _BETWEEN.finditer(text))


def _ranges_in_order(text: str) -> bool:
    """Whether every range of dates or years in a sentence runs forwards: "from 3 March 2025 until
    28 March 2025", "between 1887 and 1889", "in 1068-69"."""
    dates = []
    for match in _DATED.finditer(text):
        day, month, year, end = match.groups()
        key = (int(year), _MONTH_NUMBER.get((month or "").lower(), 0), int(day or 0))
        if end:
            last = int(end) if len(end) == 4 else int(year) // 100 * 100 + int(end)
            if last < int(year):
                return False  # "1078-69"
        dates.append((match.start(), match.end(), key))
    for (start, end, first), (next_start, _e, second) in zip(dates, dates[1:]):
        if _RANGE_OPENS.search(text[:start]) and _RANGE_CLOSES.search(text[end:next_start]) and second < first:
            return False
    return True


def _in_brackets(text: str, span: Span) -> bool:
    before = text[:span.start]
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_FIRST_PERSONAL = re.compile(r"(?=[hs])\b(he|she|his|her|him)\b", re.I)


_BORN_BEFORE = re.compile(r"\bborn\s+$")


def _recent_people(document_spans: list[list[Span]], index: int, context: Context, main: str | None,
                   pronoun: str = "", texts: list[str] | None = None,
                   grammar: Mapping[str, str] | None = None) -> list[str]:
    """Who "he" or "she" at the start of sentence `index` may be: every person of the two
    sentences before (of the four, when those two name no one) that the pronoun can stand for
    ("she" is never a man the lists know as one), or the person the document is about when
    they name no one else. The pronoun is read only when exactly one person is left. A name
    someone was born with ("born Maria Sklodowska") is the same person, not another one."""
    people: list[str] = []
    for back in (2, 4):
        for number, spans in enumerate(document_spans[max(0, index - back):index], start=max(0, index - back)):
            for span in spans:
                if span.kind == PERSON and not (texts and _BORN_BEFORE.search(texts[number], 0, span.start)):
                    person = context.people.get(fold(span.text), span.text)
                    if main and fuller_name_of(person, main):
                        person = main  # "Astrid Kristine Lunde was born ...": the Astrid Lunde the text is about
                    if agrees(pronoun, person) and person not in people:
                        people.append(person)
            if grammar and texts:
                # "Darius divided his lands ...": a person no list knows is a person all the same,
                # and nearer than the one the document is mostly about.
                for _at, named in grammar_mentions(texts[number], grammar, pronoun):
                    person = context.people.get(fold(named), named)
                    if main and (fuller_name_of(person, main) or same_person(person, main)):
                        person = main
                    if not any(same_person(person, other) for other in people):
                        people.append(person)
        if people and pronoun and texts:
            for number in range(max(0, index - back), index):
                if _named_after_a_pronoun(pronoun, texts[number], document_spans[number], context):
                    # "In 1996 she became the second woman, after Caroline Herschel, ... She
                    # campaigned ...": the "she" before is not Caroline Herschel, so the new
                    # "she" may be either woman, and is not read.
                    people.append(main if main and agrees(pronoun, main) and main not in people else _SOMEONE)
                    break
        pattern = _PRONOUNS_OF.get(pronoun.lower())
        if people and pattern and texts and (not main or main not in people) \
                and any(_beside_the_pronoun(pattern, texts[number], person)
                        for person in people if person[:1] != "\x00" and not person_sex(person)
                        for number in range(max(0, index - back), index)):
            # "... her doctorate with the physicist J. D. Bernal. With Bernal she took ... She
            # returned ...": the "she" of the sentences before is someone beside the name of
            # unknown sex, so the new "she" may be either, and is not read.
            people.append(main if main and main not in people and agrees(pronoun, main) else _SOMEONE)
        if texts and pronoun and any(_another_candidate(pronoun, texts[number], people)
                                     for number in range(max(0, index - back), index)):
            # "The third keeper, Davey Sinclair, was a former fisherman ... He is the one who
            # tells ...": with no one the lists know named nearer, a name they do not know is
            # whom the pronoun stands for, not the person the document is about; and a ship
            # ("She is 46 metres long" after "The Aurora was built ...") may be what "she" is.
            people.extend((_SOMEONE, _SOMEONE_ELSE))  # two at least: the pronoun is not read
        if people:
            break  # a nearer sentence names someone: the ones further back are not looked at
    if main and agrees(pronoun, main) and (not people or people == [main]):
        return [main]  # the person the document is about
    return people


def _beside_the_pronoun(pattern: re.Pattern, text: str, person: str) -> bool:
    """Whether `text` uses the pronoun and names `person` after a preposition ("With Bernal she
    took ...", "... with the physicist J. D. Bernal"): the pronoun there is someone else."""
    if not pattern.search(text) or person.split()[-1] not in text:
        return False  # (the quick tests first: the pattern is new for each person)
    surname = re.escape(person.split()[-1])
    return bool(re.search(r"\b(?:[Ww]ith|by|for|to|under|beside|alongside)\s+(?:the\s+(?:[a-z]+\s+){1,2})?"
                          r"(?:[A-Z][\w.'-]*\s+){0,3}" + surname + r"\b", text))


# A ship, which English may call "she": "The Aurora was built ...", "the MV Aurora", "the ferry".
_VESSEL = re.compile(r"\b(?:MV|HMS|SS|RMS|USS)\s+[A-Z]|\b(?:ship|ferry|vessel|boat|yacht|liner|steamer|tanker|"
                     r"schooner|frigate|submarine)s?\b|(?:^|[.;:]\s+)The\s+[A-Z][a-z]+\s+(?:was|is|has|had|will)\b")


def _another_candidate(pronoun: str, text: str, people: list[str]) -> bool:
    """Whether `text` names someone or something besides `people` that "he" or "she" may stand for.
    A ship named after the sentence's own "she" is not what a later "she" stands for: "She took
    students out on the research vessel" is about the person, the vessel only where she went."""
    if pronoun.lower() in ("she", "her"):
        vessel = _VESSEL.search(text)
        if vessel and not _SHE.search(text, 0, vessel.start()):
            return True
    if people:
        return False
    pattern = _PRONOUNS_OF.get(pronoun.lower())
    for named in unknown_people(text, pronoun):
        at = text.find(named)
        if at < 0 or re.search(r"\bthe\s+$", text[:at], re.I):
            continue  # "the Carnegie Institution" is no one
        if pattern and pattern.search(text, 0, at):
            continue  # "In 1965 she joined ...": the sentence is about the "she" before, not the name
        return True
    return False


_WHAT = re.compile(r"\bwhat\b", re.I)
_SHE = re.compile(r"\b(?:she|her)\b", re.I)
_HE = re.compile(r"\b(?:he|his|him)\b", re.I)
_PRONOUNS_OF = {"she": _SHE, "her": _SHE, "he": _HE, "his": _HE, "him": _HE}
_SOMEONE = "\x00someone"  # a person a sentence before speaks of without a name
_SOMEONE_ELSE = "\x00someone else"


def _named_after_a_pronoun(pronoun: str, text: str, spans: list[Span], context: Context) -> bool:
    """Whether a sentence speaks of someone as "she" (or "he") before it names anyone that
    pronoun could stand for: the person named later in it is someone else."""
    pattern = _PRONOUNS_OF.get(pronoun.lower())
    found = pattern.search(text) if pattern else None
    if not found:
        return False
    named = [s for s in spans if s.kind == PERSON and agrees(pronoun, context.people.get(fold(s.text), s.text))]
    return bool(named) and all(s.start > found.start() for s in named)


# "the city", "the tower": a noun that may stand for the thing the text is about.
# Not "the river Rhine": a name after the noun says which already.
# "The clock's pendulum" is the Brindley Town Clock's pendulum all the same.
_BARE_NOUN = re.compile(r"\b([Tt]he)\s+([a-z]+)\b(?!\s+(?:of|that|which|who|called|named|known)\b|['\u2019](?!s\b)|-|\s+[A-Z])")


def _name_the_subject(draft: Draft, span: Span, reading: Reading, index: int = -1) -> None:
    """"The city was ruled by the Moors ..." in a text about Lisbon says "Lisbon was ruled by
    the Moors ...": the noun names the thing the whole text is about, so the prompt can too,
    unless the sentence before (or this one, before the noun) names another thing it may be
    ("... opened in Keswick, near Borrowdale. The town is home to ...": the town is Keswick)."""
    topic = bool(reading.topic_name) and len(fold(reading.topic_name).split()) <= 5
    if not topic and not reading.only_named and not reading.parts:
        return
    for match in _BARE_NOUN.finditer(draft.text, draft.start, draft.end):
        if match.start() <= span.start < match.end() or span.start <= match.start() < span.end:
            continue
        if any(a < match.end() and match.start() < b for a, b, _new in draft.edits):
            continue
        noun = match.group(2)
        phrase = _PART_PHRASE.match(draft.text, match.start()) if reading.parts and match.start() == draft.start else None
        if phrase and phrase.group(1) in reading.parts and not draft.moved and _VERB_AFTER.match(draft.text, phrase.end()):
            # "The grind ring sets the gap ..." in the grinder's manual
            draft.edits.append((match.start(), phrase.end(), f"The {phrase.group(1)} of {reading.owner}"))
            draft.resolved.append("subject")
            continue
        if topic and (noun in reading.topic_nouns or defined_kind(noun) == reading.topic_kind):
            if _another_nearby(reading, index, noun, draft.text[:match.start()]):
                continue
            name = f"the {reading.topic_name}" if reading.subject_has_the else reading.topic_name
        elif noun in reading.only_named and fold(reading.only_named[noun]) != fold(span.text):
            name = reading.only_named[noun]  # "the bridge" in a notice naming one bridge: Mill Lane Bridge
        elif noun in reading.parts and match.start() == draft.start and not draft.moved \
                and _VERB_AFTER.match(draft.text, match.end()):
            name = f"the {noun} of {reading.owner}"  # "The hopper holds ..." in the grinder's manual
        else:
            continue
        if match.start() == draft.start and not draft.moved:
            name = name[:1].upper() + name[1:]
        draft.edits.append((match.start(), match.end(), name))
        draft.resolved.append("subject")


def _another_nearby(reading: Reading, index: int, noun: str, before: str) -> bool:
    """Whether the sentence before `index`, or its own text `before` the noun, names a place other
    than the text's topic that "the town" (`noun`, a place of no particular kind: "town",
    "village") may stand for. A noun of a kind ("the river") is the topic of that kind, even
    after another is named in passing ("longest river in the world, ahead of the Amazon")."""
    if index < 0 or not reading.places_named or defined_kind(noun) != "place":
        return False
    named = list(reading.places_named[index - 1]) if index > 0 else []
    named += [name for name in reading.places_named[index] if name in before]
    return any(fold(name) != fold(reading.topic_name) for name in named)


# A word after a name that makes the name describe it: "the Borrowdale graphite", "the Ouse valley".
_WORD_AFTER_NAME = re.compile(r"\s+([a-z]+)")
_THE_RIGHT_BEFORE = re.compile(r"(?<![\w'\u2019-])[Tt]he\s+$")


def article_counts(texts: list[str], spans_by_sentence: list[list[Span]]) -> dict[str, tuple[int, int]]:
    """For every name the document gives (not a person's), how often it writes the name with its
    own "the" and how often without, counted where the name stands alone: in "the Borrowdale
    graphite" the "the" is the graphite's. Read once, in one pass over the names found."""
    counts: dict[str, list[int]] = {}
    for text, spans in zip(texts, spans_by_sentence):
        for span in spans:
            if not span.names_a_kind or span.kind == PERSON:
                continue
            after = _WORD_AFTER_NAME.match(text, span.end)
            if after and describing_word(after.group(1)):
                continue
            counted = counts.setdefault(span.text, [0, 0])
            counted[0 if _THE_RIGHT_BEFORE.search(text, max(0, span.start - 5), span.start) else 1] += 1
    return {name: (with_the, without) for name, (with_the, without) in counts.items()}


def written_with_the(name: str, counts: Mapping[str, tuple[int, int]]) -> bool:
    """Whether the text gives a name its own "the" ("the Northern Railway Museum", never bare
    "Northern Railway Museum"; Borrowdale of "the Borrowdale graphite" takes none)."""
    with_the, without = counts.get(name, (0, 0))
    return with_the > without


def _takes_its_the(name: str, from_title: bool, texts: list[str], counts: Mapping[str, tuple[int, int]]) -> bool:
    """Whether the text's topic is written with "the": as the text writes it, or, for a name only
    the title gives ("Brindley Town Clock: a timeline", the text saying "the clock"), unless its
    head is one that goes without ("Greystones Primary School")."""
    if re.match(r"[A-Z][\w-]*['\u2019]s\s", name):
        return False  # "York's City Walls" owns its "the"
    if from_title and not any(name in text for text in texts):
        return fold(name).split()[-1] not in _NO_THE_HEADS
    if name not in counts:
        with_the, without = article_uses(name, texts)  # "the Great Fire of London", no one span
        return with_the > without
    return written_with_the(name, counts)


def identity_of(span: Span, context: Context) -> str:
    """Who a person is, the same for "Newcomen" and "Thomas Newcomen", and for "Sarah" and
    "Sarah Whitfield" where no one else of the text is a Sarah; '' for anything else."""
    if span.kind != PERSON:
        return ""
    return fold(person_in_full(span, context) or context.people.get(fold(span.text), span.text))


def person_in_full(span: Span, context: Context) -> str:
    """The full name the document gives a person it names here by their given name alone:
    "Sarah Whitfield" for "Sarah said she had trained ..." beside "... saved for Sarah
    Whitfield"; '' for a name already full, a surname, a name two people share or one the
    document never completes."""
    if span.kind != PERSON or len(span.text.split()) != 1:
        return ""
    names = context.people_names
    if names is None or fold(span.text) in names.unsure:
        return ""
    # the names' full reading knows whose a shared surname is ("Hodgkin" alone in a life of
    # Dorothy Hodgkin, her husband Thomas Hodgkin named too)
    full = names.full.get(fold(span.text), "")
    # only a given name is completed: a surname alone may be a relative's ("Hodgkin" for
    # Dorothy or for her husband Thomas) and is itself an accepted form of the full name
    return full if len(full.split()) >= 2 and fold(full.split()[0]) == fold(span.text) else ""


# What a sentence opens with, for the topic it carries: a name ("The Eiffel Tower ..."), a plural
# thing said of ("Chloroplasts are ...", "Steam engines' main ... is"), or a pronoun ("It", "Their").
_OPENING_NAME = re.compile(r"(?:The\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
_OPENING_THING = re.compile(r"([A-Z][a-z-]{4,}(?:\s+[a-z-]{4,})?)(?:\s+(?:are|were|have|had|can|contain|carry|use)\b|"
                            r"[\u2019'](?=\s+(?:main|chief|primary|most|own)?\s*[a-z]+\s+(?:is|are|was|were)\b))")
_OPENING_IT_OR_THEY = re.compile(r"(?:It|Its|They|Their)\b")
_LONGER_WORD = re.compile(r"[a-z][a-z-]{4,}")


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
        for word in _LONGER_WORD.findall(sentence.text.lower()):
            words[word] = words.get(word, 0) + 1
    topics = [""] * len(document.sentences)
    carried, age = "", 0
    for index, sentence in enumerate(document.sentences):
        topics[index] = carried if age <= 2 else ""
        opening = _OPENING_NAME.match(sentence.text)
        name = opening.group(1) if opening else ""
        thing = _OPENING_THING.match(sentence.text)
        defines = index == 0 and name and _DEFINES.match(sentence.text)
        if name and (counts.get(name, 0) >= 3 or defines):
            # ... or the text opens by saying what it is about: "The Eiffel Tower is a ... tower"
            carried, age = (("the " + name) if sentence.text.startswith("The ") else name), 0
        elif thing and _plural(thing.group(1)) and all(words.get(w, 0) >= 3 for w in thing.group(1).lower().split()[-1:]):
            carried, age = thing.group(1), 0  # "Chloroplasts are ...", "Steam engines are ..."
        elif _OPENING_IT_OR_THEY.match(sentence.text) and topics[index]:
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


def _main_person(document_spans: list[list[Span]], context: Context, texts: list[str] | None = None) -> str | None:
    counts: dict[str, int] = {}
    for spans in document_spans:
        for span in spans:
            if span.kind == PERSON:
                name = context.people.get(fold(span.text), span.text)
                counts[name] = counts.get(name, 0) + 1
    ranked = sorted(_with_middle_names_merged(counts).items(), key=lambda item: (-item[1], item[0]))
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return _opening_person(document_spans, context, texts or [])


def fuller_name_of(name: str, short: str) -> bool:
    """Whether `name` is `short` with middle names between its first and last ("Ingrid Margrethe
    Halvorsen" for "Ingrid Halvorsen"): the same person, as a life story names them at the birth."""
    words, short_words = name.split(), short.split()
    return len(short_words) == 2 and len(words) > 2 and fold(words[0]) == fold(short_words[0]) \
        and fold(words[-1]) == fold(short_words[-1])


def _with_middle_names_merged(counts: dict[str, int]) -> dict[str, int]:
    """How often each person is named, a full name with middle names ("Ingrid Margrethe
    Halvorsen", as a life story gives it once at the birth) counted with the shorter name of
    the same first and last name ("Ingrid Halvorsen") that the text calls the person by."""
    shorter = [name for name in counts if len(name.split()) == 2]
    merged: dict[str, int] = {}
    for name, count in counts.items():
        key = next((short for short in shorter if fuller_name_of(name, short)), name)
        merged[key] = merged.get(key, 0) + count
    return merged


_OPENING_PRONOUN = re.compile(r"(?:[A-Z][^,]{0,40}, )?(he|she)\b", re.I)
MIN_PRONOUN_OPENINGS = 3


def _opening_person(document_spans: list[list[Span]], context: Context, texts: list[str]) -> str | None:
    """The person a life story is about when the text calls them by several names ("Vera
    Rubin", "Vera Florence Cooper", "Rubin"): the one its first sentence opens with, when at
    least three later sentences open with a "she" (or "he") that can stand for them and no
    one else is named that often."""
    if not texts or not document_spans or not document_spans[0]:
        return None
    first = min(document_spans[0], key=lambda s: s.start)
    if first.kind != PERSON or first.start != 0:
        return None
    person = context.people.get(fold(first.text), first.text)
    openings = [m.group(1).lower() for m in (_OPENING_PRONOUN.match(t) for t in texts[1:]) if m]
    if not openings:
        return None
    pronoun = max(set(openings), key=lambda p: (openings.count(p), p))
    if openings.count(pronoun) < MIN_PRONOUN_OPENINGS or not agrees(pronoun, person):
        return None
    return person


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


# "Red lentils do not need soaking": the capital opens a noun phrase, "lentils" is no verb.
_ADJECTIVE_OPENING = re.compile(r"[A-Z][a-z]+\s+[a-z]+s\s+(?:do|does|did|are|were|is|was|have|has|can|could|will|"
                                r"would|must|should|may|might)\b")
_SUBJECT_OPENING = re.compile(r"(?:The|This)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:is|was|has|had|lies|lay|flows|"
                              r"[a-z]+ed|[a-z]+s)\b")


def _stand_ins(document: Document, spans_by_sentence: list[list[Span]], index: int, recent: list[str],
               topic: str, subject: tuple[str, str], people: dict[str, str],
               lower_words: Mapping[str, int] | frozenset = frozenset()) -> StandIns:
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
                and not any(s.kind in (PERSON, DATE) or s.is_number for s in first) \
                and (first or len(named.group(1).split()) > 1
                     or (fold(named.group(1)) not in lower_words and not _ADJECTIVE_OPENING.match(previous))):
            # "Rosetta was launched ... In November 2014 its lander ...", but not the "Red" of
            # "Red lentils do not need soaking": a capital that only opens the sentence
            thing = named.group(1)
            if first and place_kind(first[0].kind):
                place = thing
    if subject[0] and place_kind(subject[1]):
        place = subject[0]
    return StandIns(person=person, thing=thing, place=place, things=things)


_NAMING = re.compile(r"\b(?:known\s+as|called|named|termed|referred\s+to\s+as)\s+(?:the\s+|a\s+|an\s+)?[\"\u201c]?$")


def _kind_known(span: Span, context: Context) -> bool:
    if span.kind == MATERIAL:
        return True  # a material the list knows, read after "made of" or "built from"
    words = fold(span.text).split()
    return bool(lexicon().lookup(span.text)) or fold(span.text) in context.kinds \
        or bool(words and (words[-1] in HEAD_KINDS or words[0] in HEAD_KINDS))


def _assess(fact: Fact, reading: Reading) -> None:
    """The confidence of asking the fact and of stating it (see confidence.py), once what the
    document makes unambiguous is written out in them (see anchoring.py), and the people they
    name by a single name are named in full (see fullnames.py)."""
    full_names_in_fact(fact, reading.people_names)
    anchor_fact(fact, reading.anchor)
    if fact.span.family == PLACES or demonym_forms(fact.span.text):
        fact.hints = hint_forms(fact.span.text, reading.inside)
    first_seen = reading.first_seen
    if fact.question:
        fact.confidence, fact.doubts = assess(Candidate(fact, fact.question, True, reading.title, reading.opening,
                                                        first_seen, reading.keywords, reading.names,
                                                        (reading.label_name,), reading.topic_name,
                                                        reading.subject_words, reading.anchor, reading.passers_by,
                                                        reading.people_names.unsure, reading.years))
    if fact.statement:
        fact.statement_confidence, fact.statement_doubts = assess(
            Candidate(fact, fact.statement, False, reading.title, reading.opening, first_seen, reading.keywords,
                      reading.names, (reading.label_name,), reading.topic_name, reading.subject_words,
                      reading.anchor, reading.passers_by, reading.people_names.unsure, reading.years))



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
    places_named: list[tuple[str, ...]] = field(default_factory=list)  # per sentence: the places it names
    articles: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> times written with "the", without
    subject_has_the: bool = False  # the text writes "the Eiffel Tower", not "Eiffel Tower"
    topic_name: str = ""          # what "the river", "the tower" stand for: the subject, else the title's name
    topic_kind: str = ""
    topic_nouns: frozenset[str] = frozenset()  # the nouns that stand for it: its kind, "programme", "tower"
    only_named: dict[str, str] = field(default_factory=dict)  # kind -> the one thing of that kind the text names,
    # with the "the" the text gives it ("the Northern Railway Museum")
    owner: str = ""               # the thing a manual's title names, "the Brevo CG-200 burr grinder"
    parts: frozenset[str] = frozenset()  # its parts the text speaks of again and again: "hopper", "motor"
    label_name: str = ""          # the object a label block is about: "the ritual wine vessel"
    dish: str = ""                # the dish a recipe with a yield line is for: "red lentil and carrot soup"
    title: str = ""               # folded
    opening: str = ""             # the first two sentences, folded
    first_seen: dict[str, int] = field(default_factory=dict)  # lower-case word -> first sentence it is in
    word_counts: dict[str, int] = field(default_factory=dict)  # lower-case word -> how often it is written
    abbreviations: dict[str, str] = field(default_factory=dict)  # folded name -> the short or full name brackets define
    keywords: frozenset[str] = frozenset()
    mates: Mates | None = None  # who the document lists or relates beside whom
    passers_by: frozenset[str] = frozenset()  # folded names of people quoted in passing (passersby.py)
    names: frozenset[str] = frozenset()  # words written with a capital mid-sentence, folded
    subject_words: frozenset[str] = frozenset()  # the title's words the text writes again: what it is about
    anchor: Anchor | None = None  # what the document makes unambiguous (anchoring.py)
    grammar_people: dict[str, str] = field(default_factory=dict)  # unlisted names its grammar shows are people's
    exercises: frozenset[int] = frozenset()  # paragraphs that set a task worth marks: no facts taught there
    people_names: PeopleNames = field(default_factory=PeopleNames.empty)  # single names -> full names (fullnames.py)
    inside: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded place -> what the text puts in it
    years: frozenset[int] = frozenset()  # every year the text writes


def _topic(document: Document, spans_by_sentence: list[list[Span]], subject: tuple[str, str, str]) -> tuple[str, str]:
    """What a bare "the river" or "the tower" stands for: the thing the text is about, else a
    name the title gives that the text names at least twice."""
    if subject[1]:
        return subject[1], subject[2]
    title = f" {fold(document.title)} "
    counts: dict[str, int] = {}
    first: dict[str, Span] = {}
    for spans in spans_by_sentence:
        for span in spans:
            if span.names_a_kind and span.kind not in (PERSON, NAME):
                counts[fold(span.text)] = counts.get(fold(span.text), 0) + 1
                first.setdefault(fold(span.text), span)
    named = [key for key, n in counts.items() if n >= 2 and f" {key} " in title]
    whole = _whole_title_name(document)
    if whole and any(f" {key} " in f" {fold(whole)} " and key != fold(whole) for key in named):
        return whole, head_noun(whole)  # "Great Fire of London": the fire, not London
    if len(named) == 1:
        return first[named[0]].text, first[named[0]].kind
    # "Biology practical 7: the enzyme catalase": a kind noun, then the term the text is about.
    term = _TITLE_KIND_TERM.search(document.title)
    if term and not term.group(1).endswith(_ADJECTIVE_ENDINGS):
        written = re.compile(rf"\b{term.group(2)}\b")
        if sum(len(written.findall(s.text)) for s in document.sentences) >= 3:
            return term.group(2), term.group(1)
    titled = _title_name(document)
    if titled:
        return titled, fold(titled).split()[-1]
    return "", ""


def _whole_title_name(document: Document) -> str:
    """The title when it is one name whose head the text writes in lower case as "the fire",
    "the canal" (at least twice), and that the text writes out: "Great Fire of London", "Panama
    Canal"; '' otherwise. Such a title names the thing the text is about, not the place a word of
    it names ("London", "Panama")."""
    title = document.title.strip()
    if _names_in(title) != [title]:
        return ""
    head = head_noun(title)
    if not head.isalpha() or head in FUNCTION_WORDS:
        return ""
    texts = [s.text for s in document.sentences if s.label != "title"]
    if not any(title in text for text in texts):
        return ""
    bare = sum(len(re.findall(rf"\b[Tt]he {head}\b", text)) for text in texts)
    return title if bare >= 2 else ""


# A title that opens with one thing's name, its last word a common noun: "Brindley Town Clock: a timeline".
_TITLE_NAME = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+){1,4}([A-Z][a-z]{3,}))\s*(?::|\s[-\u2013\u2014]\s|$)")


def _title_name(document: Document) -> str:
    """The name the title gives to the one thing the text calls "the clock" (at least twice, in
    lower case, and never naming another "... Clock"): "Brindley Town Clock" for "Brindley Town
    Clock: a timeline"; '' when the title names no such thing."""
    named = _TITLE_NAME.match(document.title)
    if named is None:
        return ""
    head = named.group(2).lower()
    texts = [s.text for s in document.sentences if s.label != "title"]
    bare = sum(len(re.findall(rf"\b[Tt]he {head}\b", t)) for t in texts)
    other = any(re.search(rf"\b[A-Z]\w+ {named.group(2)}s?\b", t) for t in texts)
    name = named.group(1).strip()
    doing = _DOING_FIRST.match(name)
    if doing and readings(doing.group(1).lower()):
        name = name[doing.end():]  # "Walking York's City Walls": the walls are "York's City Walls"
    return name if bare >= 2 and not other else ""


# A title that opens with what the reader does, then a possessive name: "Walking York's City Walls".
_DOING_FIRST = re.compile(r"([A-Z][a-z]+ing)\s+(?=[A-Z][\w-]*['\u2019]s\s)")


_ADJECTIVE_ENDINGS = ("al", "ic", "ed", "ing", "ous", "ful", "ive", "ary", "ern", "ese", "ish", "an")
# A title naming one made thing, its own name or model first: "Brevo CG-200 burr grinder: care and
# cleaning", "Using your electric kettle" (the head noun last, in lower case).
_TITLE_THING = re.compile(r"^(?:(?:[A-Z][a-z]+ing|[Yy]our|[Tt]he)\s+)*((?:[A-Z][\w-]*\s+)*(?:[a-z][\w-]*\s+){0,2}([a-z]{4,}))$")
_TITLE_PARTS = re.compile(r"\s*(?::|\s[\u2014\u2013-]\s|\s\|\s|\()")


def _owner_and_parts(document: Document, topic_name: str) -> dict:
    """The thing a manual or a guide is about, as its title names it, and the parts the text
    speaks of as "the hopper", "the motor" (at least three times each): "The hopper holds ..."
    is "the hopper of the Brevo CG-200 burr grinder". Nothing when the text names its topic."""
    if topic_name:
        return {}
    head = _TITLE_PARTS.split(document.title, maxsplit=1)[0].strip()
    thing = _TITLE_THING.match(head)
    if not thing:
        return {}
    counts: dict[str, int] = {}
    subjects: set[str] = set()
    pairs: dict[str, int] = {}  # "grind ring" -> how often the text writes "the grind ring"
    for sentence in document.sentences:
        for match in _THE_PAIR.finditer(sentence.text):
            pairs[match.group(1)] = pairs.get(match.group(1), 0) + 1
    for sentence in document.sentences:
        for match in _BARE_NOUN.finditer(sentence.text):
            counts[match.group(2)] = counts.get(match.group(2), 0) + 1
            if match.start() == 0 and _VERB_AFTER.match(sentence.text, match.end()):
                subjects.add(match.group(2))
        phrase = _PART_PHRASE.match(sentence.text)
        if phrase and _VERB_AFTER.match(sentence.text, phrase.end()) and phrase.group(1) not in counts \
                and phrase.group(1).split()[1] not in FUNCTION_WORDS:
            # "The grind ring sets ...": a part of two words, written "the grind ring" elsewhere too
            counts[phrase.group(1)] = pairs.get(phrase.group(1), 0)
            subjects.add(phrase.group(1))
    noun = thing.group(2)
    if counts.get(noun, 0) < 3:
        return {}  # the text does not speak of "the grinder" itself: not a manual of one thing
    # A part opens a sentence as its subject somewhere, and is never written without a
    # determiner ("the hopper", "its motor"; not "coffee", "water": a substance, no part).
    bare: set[str] = set()
    for sentence in document.sentences:
        words = _PLAIN_WORD.findall(sentence.text)
        for before, word in zip([""] + words, words):
            if before.lower() not in _PART_DETERMINERS:
                bare.add(word)
    parts = frozenset(word for word, n in counts.items()
                      if n >= (2 if " " in word else 3) and word != noun and word in subjects and word not in bare
                      and word not in FUNCTION_WORDS and (" " in word or not word.endswith(("ing", "ed", "ly"))))
    return {"owner": f"the {thing.group(1)}", "parts": parts}


_VERB_AFTER = re.compile(r"\s+(?:(?:can|will|must|may|should|is|are|was|were|has|have|had|does|do)\b|[a-z]{3,}(?:s|ed)\b)")
_PLAIN_WORD = re.compile(r"[A-Za-z]+")
_PART_PHRASE = re.compile(r"[Tt]he ([a-z]{3,} [a-z]{3,})\b")
_THE_PAIR = re.compile(r"\b[Tt]he ([a-z]{3,} [a-z]{3,})\b")
_PART_DETERMINERS = frozenset("the its a an each both this that either".split())
_TITLE_KIND_TERM = re.compile(r"(?:^|:\s+)[Tt]he\s+([a-z]{3,})\s+([a-z]{4,})$")


def _only_named(document: Document, spans_by_sentence: list[list[Span]], topic_kind: str) -> dict[str, str]:
    """Kinds of thing the text names exactly one of, at least twice and in its opening, and never
    speaks of another of ("Mill Lane Bridge" and no other bridge): there "the bridge" is that one."""
    names: dict[str, dict[str, int]] = {}
    shown: dict[str, str] = {}
    for spans in spans_by_sentence:
        for span in spans:
            if span.names_a_kind and span.kind not in (PERSON, NAME) and re.fullmatch(r"[a-z]+", span.kind) \
                    and span.kind != topic_kind and fold(span.text).endswith(span.kind):
                key = fold(span.text)
                names.setdefault(span.kind, {})
                names[span.kind][key] = names[span.kind].get(key, 0) + 1
                shown.setdefault(key, span.text)
    # ... and names it in its opening: "the road" in a notice about a bridge is not Station Road,
    # named once further down.
    opening = fold(" ".join(s.text for s in document.sentences[:2]))
    single = [kind for kind, counted in names.items() if len(counted) == 1 and next(iter(counted.values())) >= 2
              and f" {next(iter(counted))} " in f" {opening} "]
    if not single:
        return {}
    kinds = "|".join(sorted(map(re.escape, single)))
    more_than_one = re.compile(rf"\b(?:(?:an?|another|other|new|second|each|every|one|two|three|several|many)\s+"
                               rf"(?:[a-z-]+\s+)?({kinds})|({kinds})s)\b", re.I)
    others: set[str] = set()  # "a new bridge", "bridges": more than the one named
    for sentence in document.sentences:
        for match in more_than_one.finditer(sentence.text):
            others.add((match.group(1) or match.group(2)).lower())
    return {kind: shown[next(iter(names[kind]))] for kind in single if kind not in others}


# "Doctor Who is a British science-fiction television programme produced by ...": the noun the
# text defines its topic by.
_DEFINING_NOUN = re.compile(r"\s+(?:is|was|are|were)\s+(?:also\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?([a-z]{3,})"
                            r"(?=\s+(?:that|which|who|produced|built|made|located|situated|founded|in|on|of|at|from|"
                            r"with|by|for|and)\b|[,.;])")


def _topic_nouns(document: Document, name: str, kind: str) -> frozenset[str]:
    if not name:
        return frozenset()
    nouns = {kind, fold(name).split()[-1]}
    for sentence in document.sentences[:3]:
        at = sentence.text.find(name)
        if at >= 0:
            defined = _DEFINING_NOUN.match(sentence.text, at + len(name))
            if defined:
                nouns.add(defined.group(1))
                break
    return frozenset(n for n in nouns if n)


def read_whole(document: Document, spans_by_sentence: list[list[Span]], context: Context) -> Reading:
    subject, subject_name, subject_kind = _main_subject(spans_by_sentence)
    topic_name, topic_kind = _topic(document, spans_by_sentence, (subject, subject_name, subject_kind))
    first_seen: dict[str, int] = {}
    word_counts: dict[str, int] = {}
    for sentence in document.sentences:
        for word in _LOWER_WORDS.findall(sentence.text):
            first_seen.setdefault(word, sentence.index)
            word_counts[word] = word_counts.get(word, 0) + 1
    texts = [s.text for s in document.sentences]
    articles = article_counts(texts, spans_by_sentence)
    only_named = {kind: (f"the {name}" if written_with_the(name, articles) else name)
                  for kind, name in _only_named(document, spans_by_sentence, topic_kind).items()}
    main = _main_person(spans_by_sentence, context, texts)
    return Reading(main=main, subject=subject, subject_name=subject_name,
                   subject_kind=subject_kind, topics=_topic_per_sentence(document, spans_by_sentence),
                   places={fold(s.text) for spans in spans_by_sentence for s in spans if place_kind(s.kind)},
                   texts=texts, aliases=_aliases(document),
                   places_named=[tuple(s.text for s in spans if place_kind(s.kind)) for spans in spans_by_sentence],
                   title=fold(document.title), opening=fold(" ".join(s.text for s in document.sentences[:2])),
                   first_seen=first_seen, word_counts=word_counts, abbreviations=defined_abbreviations(texts),
                   keywords=frozenset(context.keywords),
                   mates=read_mates([s.text for s in document.sentences], spans_by_sentence),
                   names=frozenset(context.mid_sentence_names),
                   passers_by=passers_by(texts, spans_by_sentence, main),
                   subject_has_the=bool(topic_name) and _takes_its_the(topic_name, topic_name == _title_name(document),
                                                                       texts, articles),
                   articles=articles,
                   topic_name=topic_name, topic_kind=topic_kind, grammar_people=people_by_grammar(texts),
                   people_names=context.people_names or PeopleNames.empty(),
                   inside=document_containment(texts), years=written_years(texts),
                   exercises=exercise_paragraphs(texts, [s.paragraph for s in document.sentences]),
                   label_name=next((object_name(s.text) for s in document.sentences if s.label == "title"), ""),
                   dish=recipe_dish(document.title) if any(s.label == "serving" for s in document.sentences) else "",
                   topic_nouns=_topic_nouns(document, topic_name, topic_kind),
                   only_named=only_named,
                   **_owner_and_parts(document, topic_name),
                   subject_words=subject_words(document.title, word_counts, context.mid_sentence_names),
                   anchor=read_anchor(document.title, [s.spoken or s.text for s in document.sentences],
                                      [text for text, _reason in document.dropped], first_seen,
                                      dish=recipe_dish(document.title)
                                      if any(s.label == "serving" for s in document.sentences) else ""))


def subject_words(title: str, word_counts: dict[str, int], names: set[str] | frozenset[str]) -> frozenset[str]:
    """The words of the title that say what the document is about, folded: those of four
    letters or more the text itself writes at least twice ("soda bread", "enzyme", "catalase"
    for "Biology practical 7: the enzyme catalase"; not "practical", written only there)."""
    found = set()
    for word in re.findall(r"[a-z][a-z-]{3,}", fold(title)):
        if word in FUNCTION_WORDS:
            continue
        written = word_counts.get(word, 0) + word_counts.get(word + "s", 0)
        if written >= 2 or word in names:
            found.add(word)
    return frozenset(found)


_LOWER_WORDS = re.compile(r"\b[a-z][a-z-]{2,}\b")


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
                   reading: Reading | None = None, start: int = 0, stop: int | None = None,
                   keep_all: bool = True) -> list[Fact]:
    """Every fact of one document (of its sentences `start` to `stop`) that can be asked about
    in at least one way."""
    facts: list[Fact] = []
    reading = reading or read_whole(document, spans_by_sentence, context)
    main, subject, subject_name, subject_kind = reading.main, reading.subject, reading.subject_name, reading.subject_kind
    # A title that is a name and nothing more ("Doctor Who", "p06 doctor who") names what the text is about.
    title_name = " ".join(w for w in fold(document.title or "").split() if not any(c.isdigit() for c in w)) or None
    topics, places, texts = reading.topics, reading.places, reading.texts
    stop = len(document.sentences) if stop is None else stop
    for sentence, spans in zip(document.sentences[start:stop], spans_by_sentence[start:stop]):
        if sentence.label:
            facts.extend(_label_facts(sentence, doc_id, doc_index, pool, first_position + sentence.index, seed,
                                      reading))
            continue
        if is_instruction(sentence.text) or sentence.paragraph in reading.exercises:
            continue  # "Add the carrots ...", "Label the diagram": a step to do, not a fact
        if is_boilerplate(sentence.text):
            continue  # "NOTICE IS HEREBY GIVEN that ...", "Gift of Mrs ..., 1931 (Acc. no. ...)"
        if glossary_term(sentence.text):
            continue  # "Danelaw – the part of England under ...": a definition, for the definitions rules
        personal = _FIRST_PERSONAL.search(sentence.text)
        recent = _recent_people(spans_by_sentence, sentence.index, context, main,
                                personal.group(1) if personal else "", texts, reading.grammar_people)
        topic = topics[sentence.index]
        people_here = [(s.start, context.people.get(fold(s.text), s.text)) for s in spans if s.kind == PERSON]
        if reading.grammar_people:
            people_here = sorted(people_here + [(at, name) for at, name in grammar_mentions(sentence.text, reading.grammar_people)
                                                if not any(a == at for a, _n in people_here)])
        stand_ins = None
        for span in spans:
            if span.kind == NAME or fold(span.text) in TOO_OBVIOUS:
                continue  # a name of unknown kind has no fair wrong options nor a wh-word
            if _in_brackets(sentence.text, span):
                continue  # "(760 mi)", "(formerly Lake Rudolf)": an aside, not the fact
            if span.kind == PERSON and named_as_a_thing(span.text) and not _kind_known(span, context):
                continue  # "Orchard Close", "Annual Produce Show" guessed to be people: "who" would be wrong
            if stand_ins is None:
                stand_ins = _stand_ins(document, spans_by_sentence, sentence.index, recent, topic,
                                       (subject_name, subject_kind), context.people, reading.first_seen)
            draft = shape(sentence.text, span, recent, people_here, topic, stand_ins.thing, reading.label_name)
            if draft is None:
                continue
            # "1961 – Lady Constance gives the castle ...": a past year's line is asked in the past
            draft.edits.extend(edit for edit in historic_present(sentence.text, draft.start, draft.end)
                               if not (edit[0] < span.end and span.start < edit[1]))
            if not settle_pronouns(draft, context.people, places, context.mid_sentence_names, stand_ins, span):
                continue  # "runs along its southern shore": whose shore, the player cannot tell
            _name_the_subject(draft, span, reading, sentence.index)
            if main and recent == [main]:
                # "He" in a text about one man, with no other man named in the two sentences before.
                draft.resolved[:] = ["main person" if r == "pronoun" else r for r in draft.resolved]
            placed = place_wh(draft, span, spans)
            replacement = placed.as_edit() if isinstance(placed, Placement) else None
            question = None
            fronted = False
            asides = aside_chunks(draft, (span.start, span.end) if not draft.moved else (-1, -1))
            if replacement is not None:
                kept = (replacement[0], replacement[1]) if not draft.moved else (-1, -1)
                more = tuple(placed.more) + tuple(e for e in aside_chunks(draft, kept)
                                                  if not any(e[0] < b and a < e[1] for a, b, _n in placed.more))
                body = draft.render(replacement, more)
                question = finish_question(body) if reads_as_question(body, replacement[2].strip()) else None
                if question and draft.moved == "according":
                    question = _lower_after_according(question, context)
                fronted = body.lower().startswith(replacement[2].lower())
                others = tuple(s.text for s in spans if s.kind == PERSON and s is not span) if span.kind == PERSON else ()
                if question and (too_long(question) or _leaks(question, span, replacement[2], others) or len(question) < 15
                                 or len(_WHAT.findall(question)) > 1):
                    question = None  # "... set out what became known as what?": a free "what" is not read
            if question and run_on(question):
                question = None  # "Which country was defeated, and the Treaty ... gave ...?"
            if question and run_in_label(question):
                question = None  # "Summer Reading Challenge: how many children took part?"
            if question:
                question = simple_past_for_stray_pluperfect(question)  # "Who had made ...?" -> "Who made ...?"
            if question and not_a_sentence(question, replacement[2].strip()):
                question = None  # "Dogs welcome in the garden rooms for how much per night?": a note, no clause
            if question and needs_the_document(question):
                question = None  # "A short walk further on is the Dragon Bridge, opened in what year?"
            if question and (fold(span.text) in (subject, title_name)
                             or (main and identity_of(span, context) == fold(main))):
                question = None  # "Which city ...?" in a text all about Warsaw asks nothing
            if question and span.kind == YEAR and state_at_year(sentence.text, span):
                question = None  # "Fewer than 2 in every 100 homes owned a fridge in 1948": so in 1946 too
            if question and span.kind == PLACE and _WHICH_PLACE.search(question) and holds_the_place_before(sentence.text, span):
                question = None  # "found at Borrowdale in which place?": Cumbria, England and Europe all hold it
            statement = finish_statement(statement_body(draft, _cited(sentence.text, span, span.text), asides)
                                         or draft.render(None, tuple(asides)))
            if draft.moved == "according":
                statement = _lower_after_according(statement, context)
            statement = simple_past_for_stray_pluperfect(statement)
            if statement is None or too_long(statement) or len(statement) < 20 or not verbish(statement.lower()) or needs_the_document(statement) \
                    or garbled(statement) or participle_only(statement) or relative_only(statement) \
                    or relative_cut_short(statement) or run_in_label(statement) or opens_without_subject(statement) \
                    or not_a_sentence(statement):
                statement = None  # "Yuichi Tsuda, the project manager." states nothing
            if question is None and statement is None:
                continue
            mentions = pool.mentions(span.text)
            in_clause = sum(1 for other in spans if draft.start <= other.start and other.end <= draft.end)
            identity = identity_of(span, context)
            fact = Fact(doc_id, doc_index, sentence, span, question, statement, [], mentions,
                        in_clause, fronted, also_called=_also_called(span, pool, reading.word_counts, reading.abbreviations), identity=identity,
                        in_full=person_in_full(span, context),
                        rule=placed.rule,
                        widened_by=placed.widened_by if isinstance(placed, Placement) else (),
                        resolved=tuple(draft.resolved), named_term=bool(_NAMING.search(sentence.text[:span.start])),
                        kind_known=_kind_known(span, context), options_ready=False)
            fact.score = _score(fact)
            _assess(fact, reading)
            position = first_position + sentence.index
            if keep_all or fact.best_confidence >= THRESHOLD:
                # Wrong options are found only for a fact that may be asked or stated false: the
                # confidence without them is an upper bound (they can only lower it).
                _complete(fact, draft, asides, pool, position, seed, reading, context)
            else:
                # ... or, later, for one of a document's few best facts should none be confident
                # enough (see select._one_for_every_document).
                fact.complete = partial(_complete, fact, draft, asides, pool, position, seed, reading, context)
            facts.append(fact)
        facts.extend(_alias_facts(sentence, spans, doc_id, doc_index, pool, first_position + sentence.index, seed,
                                  reading))
    return facts


def _complete(fact: Fact, draft: Draft, asides: list[tuple[int, int, str]], pool: Pool, position: int,
              seed: object, reading: Reading, context: Context) -> None:
    """Find the fact's wrong options and lower its confidence for what they show."""
    fact.complete = None
    _add_options(fact, draft, asides, pool, position, seed, reading, context)
    full_names_in_false_statements(fact, reading.people_names)
    anchor_false_statements(fact, reading.anchor)
    if fact.question:
        fact.confidence, fact.doubts = assess(Candidate(fact, fact.question, True), [options_fit],
                                              fact.confidence, fact.doubts)
    if fact.span.kind == TERM and fact.false_statements:
        # "from a sucrose solution" for "from a dilute solution": a swapped term may not be false
        fact.statement_confidence = round(fact.statement_confidence * 0.85, 2)
        fact.statement_doubts = [*fact.statement_doubts, "swapped term"]


def _add_options(fact: Fact, draft: Draft, asides: list[tuple[int, int, str]], pool: Pool, position: int,
                 seed: object, reading: Reading, context: Context) -> None:
    """The fact's wrong options, fitting its prompt, and the false statements they make."""
    span, sentence, question, statement = fact.span, fact.sentence, fact.question, fact.statement
    wrong = options_for(span, pool, position, _option_count(span, question or statement or "", reading), seed)
    by_year = False
    rough = None
    if span.kind == YEAR:
        rough = _ROUGH_YEAR.search(sentence.text, max(0, span.start - 30), span.start)
        era_bound = None if span.text.isdigit() else _ERA_BOUND.search(sentence.text, max(0, span.start - 30),
                                                                       span.start)
        if era_bound:
            # "by 3000 BC", "before AD 400": a later year would be right too ("since 500 BC": an
            # earlier one), so only the other side is offered, far enough away to be clearly
            # wrong, and no statement is made false with a year (it may be so as well)
            side = "later" if era_bound.group(1).lower() in ("after", "since") else "earlier"
            wrong = era_year_options(span.text, int(span.value), 5, seed, side=side)
            by_year, rough = True, None
        elif rough and span.text.isdigit() and not (rough.group(1).lower() == "by" and (about_what_is_to_come(sentence.text)
                                                                            or _TARGET.search(sentence.text))):
            # (a target "by 2026" is no rough year: earlier ones would be absurd, later ones fair)
            by_year = rough.group(1).lower() == "by"
            wrong = [str(y) for y in rough_year_options(int(span.value), 5, seed, by_year)]
        elif span.text.isdigit() and state_at_year(sentence.text, span):
            by_year, rough = True, None  # a state that held in 1948 held in 1946 too: no year swapped in
        elif rough and rough.group(1).lower() != "by":
            wrong = era_year_options(span.text, int(span.value), 5, seed, rough=True)  # "around 3200 BC"
            rough = None
        else:
            rough = None
        wrong = _in_range_order(sentence.text, span, wrong)
        if boundary_year(sentence.text, span):
            wrong = [w for w in wrong if (n := leading_number(w)) is None or abs(n - span.value) > 1]  # "before 1501": 1500 is the same edge
    bounded = ""
    value = span.value if span.value is not None else leading_number(span.text)
    if span.family == AMOUNTS and value is not None:
        bound = _BOUND_BEFORE.search(sentence.text, max(0, span.start - 20), span.start)
        if bound and bound.group(1).lower() in ("over", "under") \
                and re.search(r"(?:ed|spread|held|run|ran|lasted|spanning)\s+$", sentence.text[:bound.start()]):
            bound = None  # "spread over 17 days", "held under ...": a preposition of the verb, no bound
        if bound:
            # "more than 90 towns": 70 is right too, so only more is offered, and no statement is
            # made false with a number (more than 200 may be so as well)
            bounded = "more" if bound.group(1).lower() in _LOWER_BOUNDS else "less"
            wrong = [w for w in options_for(span, pool, position, 12, seed) if _beyond(w, value, bounded)]
    tolerance = approximate_tolerance(sentence.text, span) if span.family == AMOUNTS and value is not None else 0
    if tolerance:
        # "about 1,200 species": 1,100 would be right too, so only figures beyond the answer's
        # tolerance are offered (`quantities.approximate_tolerance`), more found when too few are
        def far(option: str) -> bool:
            number = leading_number(option)
            return number is not None and abs(number - value) > tolerance
        wrong = [w for w in wrong if far(w)]
        if len(wrong) < 5 and not bounded:
            wrong += [w for w in options_for(span, pool, position, 12, seed) if far(w) and w not in wrong][:5 - len(wrong)]
    if span.kind == DATE:
        # "opened on 6 February and ... closing on 17 May": the sentence's other date is the answer
        # to its other question, and offered here it reads as the answer itself
        wrong = [w for w in wrong if not written_in(sentence.text, w)]
    if span.family in (AMOUNTS, TIMES):
        # "rents will rise from how much to £42?" is never offered £48, nor "from 3 March until
        # when?" a day before it: the sentence's own order rules them out
        in_order = _amounts_in_order if span.family == AMOUNTS else _ranges_in_order
        wrong = [w for w in wrong if in_order(sentence.text[:span.start] + w + sentence.text[span.end:])]
    if reading.aliases:
        one_thing = reading.aliases.get(fold(span.text), set())
        wrong = [w for w in wrong if fold(w) not in one_thing]
    if question:
        # An option already written in the question would confuse: "Somalia and which country?"
        shown = f" {fold(question)} "
        wrong = [w for w in wrong if f" {fold(w)} " not in shown]
    if span.kind == TERM:
        wrong = _of_the_named_kind(span, wrong, question, context)
    if span.kind == PERSON:
        wrong = [w for w in wrong if not one_of_own_names(span.text, w, context)]
    wrong = fitting_options(span, wrong, question or statement or "", reading.mates, seed,
                            ("by" if by_year else "about") if span.kind == YEAR and rough else "")
    false_statements = []
    if statement is not None and fact.rule not in _NOT_SWAPPED and not by_year and not bounded:
        # (a count the clause works out is false at a glance with another: "Eight schools took
        # part, split into three groups of four."; an honour's field swapped for another makes
        # a name no one gives: "the Nobel Prize in Physiology or Astronomy", "the Bibliothèque
        # nationale de Belgium"; what was so by 1600
        # may have been so by 1550 too)
        for option in [w for w in wrong if fold(w) not in fold(sentence.text) and _swappable(span, w)
                       and _false_but_fair(sentence.text, span, w, pool, reading)][:2]:
            swapped = finish_statement(statement_body(draft, _cited(sentence.text, span, option), asides)
                                       or draft.render(_swap(sentence.text, span, option,
                                                             _option_takes_the(span, option, reading)),
                                                       tuple(asides)))
            if draft.moved == "according":
                swapped = _lower_after_according(swapped, context)
            swapped = simple_past_for_stray_pluperfect(swapped)
            if swapped is None:
                continue
            if _DOUBLE_ARTICLE.search(swapped) and not _DOUBLE_ARTICLE.search(statement):
                continue  # "buried during the English the Crimean War": the option's "the" does not fit there
            if swapped != statement:
                false_statements.append((swapped, option))
    fact.wrong = wrong
    fact.false_statements = false_statements
    fact.options_from_document = sum(1 for w in wrong[:MAX_WRONG] if pool.mentions(w))
    fact.options_ready = True


def _option_count(span: Span, prompt: str, reading: Reading) -> int:
    """How many wrong options to draw before the prompt's own bounds sift them: more for a person
    when the sifting may take many ("Who was the fastest woman?" among the men of a race; the
    author and the narrator's own names in a guide to a novel)."""
    people = reading.mates.people if reading.mates is not None else None
    if span.kind == PERSON and people is not None and (asked_sex(prompt) or people.authors or people.other_names):
        return 10
    return 5


def _of_the_named_kind(span: Span, wrong: list[str], question: str | None, context: Context) -> list[str]:
    """A key term's options that are of its kind: of its head word when the prompt says that word
    ("Cells that ... are called what?" for "eukaryotic cells": no "organelles"), and none that
    names the kind by another division ("leaf cells", which may be eukaryotic too)."""
    words = fold(span.text).split()
    if question and len(words) >= 2:
        said = set(fold(question).split())
        head = words[-1]
        if {head, head.rstrip("s"), head + "s"} & said:
            wrong = [w for w in wrong if fold(w).split()[-1:] == [head]]
    return [w for w in wrong if not divided_another_way(span.text, w, context)]


def _option_takes_the(span: Span, option: str, reading: Reading) -> bool | None:
    """Whether a wrong option swapped in for a name is written with "the": as the document writes
    it when it names it, else, for a war or another event from the word lists, unless its name
    ends in a number ("the First World War", "World War II"); None when not known."""
    if not span.names_a_kind or span.kind == PERSON:
        return None
    with_the, without = reading.articles.get(option, (0, 0))
    if with_the or without:
        return with_the > without
    if span.family == EVENTS:
        return not re.search(r"\b(?:[IVX]+|\d+)$", option)
    return None


# A share or a count given as a bound, an "only" or a "still" ("fewer than 2 in every 100 homes",
# "only 40 families", "still half of them"), then a verb of having or being (not of doing): a state.
_BOUNDED_QUANTITY = re.compile(
    r"\b(?:fewer than|less than|more than|over|under|only|just|still|at least|at most|as few as|as many as|nearly|"
    r"almost|barely|hardly|no more than|up to)\s+(?:about\s+|around\s+)?(?:\d|half\b|a (?:third|quarter|fifth|tenth|"
    r"handful|few)\b|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a hundred)", re.I)
_STATIVE = re.compile(r"\b(?:owned|had|possessed|lived|remained|belonged|lacked|contained|numbered|knew|spoke|used|"
                      r"existed|survived|(?:was|were)(?!\s+(?:\w+ed|born|built|made|given|taken|killed|sold|won|"
                      r"shown|found|seen|held|written)\b))\b", re.I)
_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")


def state_at_year(text: str, span: Span) -> bool:
    """Whether a year is when a state held, given as a bound ("Fewer than 2 in every 100 British
    homes owned a fridge in 1948", "In 1900 only 3% of homes had a bathroom"): the state held in the
    years around it as well, and on one side of it for as long as nothing says, so no other year is
    a fair wrong option and the year is no fair question (it may be stated true)."""
    if not _IN_BEFORE.search(text, max(0, span.start - 4), span.start):
        return False
    clause_start = max(text.rfind(";", 0, span.start), text.rfind(":", 0, span.start), 0)
    clause_end = min([i for i in (text.find(";", span.end), text.find(":", span.end)) if i >= 0] or [len(text)])
    clause = text[clause_start:span.start] + " " + text[span.end:clause_end]
    bound = _BOUNDED_QUANTITY.search(clause)
    return bool(bound) and bool(_STATIVE.search(clause, bound.end()))


# "which place": a place of no known kind.
_WHICH_PLACE = re.compile(r"\bwhich place\b", re.I)
# A capitalised name, then "in" or a comma, right before the answer: "Borrowdale in Cumbria".
_PLACE_IN_BEFORE = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*(?:\s+in|,)\s+(?:the\s+)?$")


def holds_the_place_before(text: str, span: Span) -> bool:
    """Whether the answer is the larger place a name before it sits in ("found at Borrowdale in
    Cumbria", "Spurn Head in East Yorkshire"): "Borrowdale in which place?" is answered as well by
    the county, the country or the region, so without the kind the question has several answers."""
    return bool(_PLACE_IN_BEFORE.search(text, max(0, span.start - 60), span.start))


# A year given roughly, or as the latest it was so by: a year or two off would be right too.
_ROUGH_YEAR = re.compile(r"\b(around|about|circa|c\.|ca\.|roughly|approximately|some|by)\s+$", re.I)
# A BC or AD year given as a bound: "by 3000 BC", "before AD 410", "since about 500 BC".
_ERA_BOUND = re.compile(r"\b(by|before|until|till|after|since)\s+(?:about\s+|around\s+|c\.\s*|circa\s+)?$", re.I)
# A figure given as a bound: "more than 90", "at least 40", "fewer than 12", "up to 250".
_LOWER_BOUNDS = frozenset({"more than", "over", "at least", "upwards of", "in excess of"})
_BOUND_BEFORE = re.compile(r"\b(more than|over|at least|upwards of|in excess of|fewer than|less than|under|"
                           r"up to|at most|no more than)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$\u00a3\u20ac]?$", re.I)


def written_in(text: str, words: str) -> bool:
    """Whether `words` are written in `text` as a whole ("4 March 2023" is not in "14 March 2023")."""
    return words in text and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _beyond(option: str, value: float, side: str) -> bool:
    """Whether an option's number lies beyond the bound the text gives (`side` "more" or "less")."""
    number = leading_number(option)
    if number is None:
        return False
    return number > value if side == "more" else number < value


_TARGET = re.compile(r"\b(?:aim(?:s|ed)?|plan(?:s|ned)?|targets?|intend(?:s|ed)?|hoped?|promised|pledged|vowed)\b")
_WORKED_OUT = "amounts.count_the_clause_works_out"
_NOT_SWAPPED = frozenset({_WORKED_OUT, "shared.inside_the_name_of_an_honour", "shared.after_a_particle_of_a_name",
                          "shared.possessive_inside_a_name"})  # "St Mary's Hospital" is never "St Chain's Hospital"
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


_THE_IN_ANY_CASE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _cited(text: str, span: Span, name: str) -> str:
    """A name as "According to ..." needs it: with the "the" the text gives the answer ("the World
    Health Organization said"), and with one for a wrong option named like an institution ("the
    Council of Europe", "the International Monetary Fund")."""
    if name == span.text:
        # "the Interfax news agency said": there the "the" goes with "news agency", not the name
        whole = not _TWO_LOWER_WORDS.match(text, span.end) or _SPEAKING_VERB.match(text, span.end)
        return f"the {name}" if whole and _THE_IN_ANY_CASE_BEFORE.search(text[:span.start]) else name
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
                 seed: object, reading: Reading) -> list[Fact]:
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
                    len(spans), False, false_statements=false_statements, also_called=also, aside=True,
                    kind_known=True, options_from_document=len(alias.siblings))
        fact.score = _score(fact)
        _assess(fact, reading)
        facts.append(fact)
    return facts


def _label_facts(sentence: Sentence, doc_id: str, doc_index: int, pool: Pool, position: int, seed: object,
                 reading: Reading) -> list[Fact]:
    """A label's lines as facts about its object: "What is the ritual wine vessel made of?",
    "When was the ritual wine vessel made?", "Who made ...?"."""
    if sentence.label == "serving":
        return _serving_facts(sentence, doc_id, doc_index, pool, reading)
    name = reading.label_name
    if not name:
        return []
    # The statements below are templates filled with str.format: braces in the name are text.
    subject = _capital(name).replace("{", "{{").replace("}", "}}")
    text = sentence.text
    if sentence.label == "material":
        found = material_of(text)
        if not found:
            return []
        at = text.find(found)
        span = Span(at, at + len(found), found, MATERIAL)
        family = MATERIAL_FAMILIES.get(found.lower(), "")
        others = stable_order(sorted(MATERIALS - {found.lower()}), seed, found)
        others.sort(key=lambda m: MATERIAL_FAMILIES[m] != family)  # other metals first for bronze
        wrong = [w.capitalize() if found[:1].isupper() else w for w in others][:5]
        question, stated = f"What is {name} made of?", f"{subject} is made of {{}}."
    elif sentence.label == "date":
        found = date_of(text)
        spans = [s for s in find_spans(text) if found and s.start <= text.find(found) < s.end + 1] if found else []
        if not found or not spans:
            return []
        span = max(spans, key=lambda s: s.end - s.start)
        wrong = options_for(span, pool, position, 5, seed)
        question, stated = f"When was {name} made?", f"{subject} was made in {{}}."
    elif sentence.label == "maker":
        found = re.sub(r"^(?:Made by|Maker|Artist|Workshop of|Attributed to|Designed by|Painted by|By)\b[:\s]*", "", text)
        found = found.split(",")[0].strip()
        if not found:
            return []
        at = text.find(found)
        span = Span(at, at + len(found), found, PERSON)
        wrong = options_for(span, pool, position, 5, seed)
        question, stated = f"Who made {name}?", f"{subject} was made by {{}}."
    else:
        return []
    shown = span.text.lower() if sentence.label == "material" else span.text
    false_statements = [(stated.format(w.lower() if sentence.label == "material" else w), w) for w in wrong[:2]]
    fact = Fact(doc_id, doc_index, sentence, span, question, stated.format(shown), wrong, pool.mentions(span.text),
                1, True, false_statements=false_statements, kind_known=True, resolved=("label",),
                options_from_document=0)
    fact.score = _score(fact)
    _assess(fact, reading)
    return [fact]


def _serving_facts(sentence: Sentence, doc_id: str, doc_index: int, pool: Pool, reading: Reading) -> list[Fact]:
    """A recipe's yield line as a fact about the dish: "How many people does the recipe for
    red lentil and carrot soup serve?" (4), with other numbers of people as the wrong options."""
    served = serving_of(sentence.text)
    if not reading.dish or served is None:
        return []
    text = sentence.text
    at = re.search(rf"\b{served}\b", text).start()
    span = Span(at, at + len(str(served)), str(served), COUNT, value=float(served), unit="people")
    wrong = [str(n) for n in (served + 2, served - 2, served + 4, served - 1, served + 1) if 1 < n != served][:MAX_WRONG]
    recipe = f"the recipe for {reading.dish}"
    stated = f"{_capital(recipe)} serves {{}}."
    fact = Fact(doc_id, doc_index, sentence, span, f"How many people does {recipe} serve?", stated.format(served),
                wrong, 1, 1, True, false_statements=[(stated.format(w), w) for w in wrong[:2]], kind_known=True,
                resolved=("label",), options_from_document=0)
    fact.score = _score(fact)
    _assess(fact, reading)
    return [fact]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def spans_of(document: Document, context: Context, first: int = 0) -> list[list[Span]]:
    """The answer spans of each sentence (`first`: the position of the document's first sentence
    among all the documents', for the name candidates the context found)."""
    found = context.name_candidates
    if found is None or len(found) < first + len(document.sentences):
        return [find_spans(s.text, context) for s in document.sentences]
    return [find_spans(s.text, context, found[first + k]) for k, s in enumerate(document.sentences)]


def build_context(documents: list[Document]) -> Context:
    return gather_context([s.text for d in documents for s in d.sentences], [d.title for d in documents])
