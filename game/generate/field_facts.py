"""Questions from a field sheet (see fields.py): about each item's fields, with the same field of
the sibling items as the wrong options, and about which item has a field's value, with the
sibling items as the wrong options.

Each label's kind says how its question is worded:
- a property named by a singular noun: "What is the height of the foxglove?" and, for an
  amount, "Which of these plants has a height of 1–1.5 m?";
- a time of year ("Flowering: June to August", "Harvest: late September"): "What is the
  flowering time of lavender?", "Which of these plants has a flowering time of May to July?";
- what it eats ("Diet", "Food"): "What does the meerkat eat?";
- what it needs ("Light", "Soil"): "What light does lavender need?";
- the scientific name under the heading, or a "Latin name" field: "What is the scientific name
  of the okapi?", "What is the Latin name of the hornbeam?" (not when it repeats the common
  name: "Lavandula angustifolia" for lavender).
Labels of any other shape ("Watering", "Eggs", "Sleeps"), and values that are no noun phrase
("Storage: until March"), are not asked about. A field's value is asked for only when it has a
form that no sibling's value can share in meaning (an amount, a time of year, a scientific or a
proper name; see `value_form`), so descriptions ("Soil: Moist, rich in organic matter", "Diet:
Rabbits and voles") are not; the questions asking which item has a value take any value.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.generate.confidence import THRESHOLD, Candidate, assess
from game.generate.document import Document, Sentence
from game.generate.facts import Fact, Reading
from game.generate.fields import (EATING_LABELS, MAX_PER_ITEM, MAX_PER_LABEL, MAX_WRONG, MIN_ITEMS, NEEDING_LABELS,
                                  SCIENTIFIC_LABELS, SPARE_ITEMS, TIME_NOUNS, amounts_overlap, has_digit, heading_name,
                                  in_a_prompt, item_names, kind_noun, label_in_prose, names_a_property, option_value, pick_wrong,
                                  plural, read_field_line, shares_a_stem, starts_with_a_preposition, time_of_year,
                                  value_form)
from game.generate.kinds import FIELD_VALUE, SCIENTIFIC_NAME, SHEET_ITEM as ITEM, Span
from game.generate.lexicon import fold

# At most this many questions from one sheet, besides what its prose gives: a handful about
# the items, not one for every field.
MAX_PER_SHEET = 6


@dataclass
class _Item:
    heading: Sentence
    scientific: Sentence | None
    fields: dict[str, Sentence]  # folded label -> the field's sentence
    name: str = ""               # as a prompt writes it mid-sentence, with its "the"
    shown: str = ""              # as an option shows it


def _items_of(document: Document) -> list[_Item]:
    items: list[_Item] = []
    for sentence in document.sentences:
        if sentence.label == "item":
            items.append(_Item(sentence, None, {}))
        elif items and sentence.label == "scientific":
            items[-1].scientific = sentence
        elif items and sentence.label == "field":
            read = read_field_line(sentence.text)
            if read is not None:
                items[-1].fields.setdefault(read[0], sentence)
    return items


def _value(sentence: Sentence) -> tuple[str, str, int]:
    """(label as written, value, where the value starts in the sentence)."""
    _label, written, value = read_field_line(sentence.text)
    return written, value, sentence.text.rindex(value)


def field_facts(document: Document, doc_id: str, doc_index: int, reading: Reading, seed: object) -> list[Fact]:
    """The questions a field sheet gives, a handful at most (see `_handful`)."""
    items = _items_of(document)
    if len(items) < MIN_ITEMS:
        return []
    prose = [s.text for s in document.sentences if not s.label]
    for item, (name, shown) in zip(items, item_names([heading_name(i.heading.text) for i in items], prose)):
        item.name, item.shown = name, shown
    kind = kind_noun(document.title)
    labels = list(dict.fromkeys(label for item in items for label in item.fields))
    facts: list[Fact] = []
    known = tuple(item.name for item in items)
    for item in items:
        facts.extend(_scientific_fact(item, items, doc_id, doc_index, reading, seed, known))
    for label in labels:
        having = [item for item in items if label in item.fields]
        if len(having) < MIN_ITEMS:
            continue
        for item in having:
            facts.extend(_label_facts(label, item, having, kind, doc_id, doc_index, reading, seed, known, prose))
    return _handful(facts, len(items))


def _scientific_fact(item: _Item, items: list[_Item], doc_id: str, doc_index: int, reading: Reading, seed: object,
                     known: tuple[str, ...]) -> list[Fact]:
    if item.scientific is None:
        return []
    answer = item.scientific.text
    if shares_a_stem(item.name, answer):
        return []  # "Okapia johnstoni" for the okapi: the prompt gives it away
    wrong = pick_wrong(answer, [other.scientific.text for other in items if other.scientific and other is not item],
                       seed)
    if len(wrong) < MAX_WRONG:
        return []
    span = Span(0, len(answer), answer, SCIENTIFIC_NAME)
    return [_fact(item.scientific, span, f"What is the scientific name of {item.name}?", wrong, doc_id, doc_index,
                  reading, known, "scientific name")]


def _label_facts(label: str, item: _Item, having: list[_Item], kind: str, doc_id: str, doc_index: int,
                 reading: Reading, seed: object, known: tuple[str, ...], prose: list[str]) -> list[Fact]:
    sentence = item.fields[label]
    written, value, at = _value(sentence)
    shown = option_value(value)
    if not shown:
        return []
    others = [(other, option_value(_value(other.fields[label])[1])) for other in having if other is not item]
    # A value is asked for only when no other item's value of its kind could answer too (see
    # `value_form`); its wrong options are values of that kind.
    form = value_form(shown, prose)
    alike = [v for _o, v in others if v and value_form(v, prose) == form]
    phrase_of_label = label_in_prose(label)
    asked_by_value = ""
    asked_by_item = ""
    these = f"these {plural(kind)}" if kind else "these"
    values = [value] + [v for _o, v in others if v]
    if all(time_of_year(v) for v in values):
        # "Flowering: June to August", "Harvest: late September": the flowering time of lavender
        phrase = label if label.split()[-1] in TIME_NOUNS else f"{label} time"
        asked_by_value = f"What is the {phrase} of {item.name}?"
        asked_by_item = f"Which of {these} has {_article(phrase)} {phrase} of {in_a_prompt(shown)}?"
    elif label in EATING_LABELS:
        asked_by_value = f"What does {item.name} eat?"
        asked_by_item = f"Which of {these} eats {in_a_prompt(shown)}?" if kind else ""
    elif label in NEEDING_LABELS:
        asked_by_value = f"What {label} does {item.name} need?"
    elif label in SCIENTIFIC_LABELS:
        asked_by_value = f"What is the {phrase_of_label} of {item.name}?"
    elif names_a_property(label) and not starts_with_a_preposition(shown):
        asked_by_value = f"What is the {phrase_of_label} of {item.name}?"
        if has_digit(shown):
            asked_by_item = f"Which of {these} has {_article(label)} {phrase_of_label} of {shown}?"
    if not form or (form == "scientific" and shares_a_stem(item.name, shown)):
        asked_by_value = ""  # "Lavandula angustifolia" for lavender gives itself away, as under a heading
    facts: list[Fact] = []
    wrong = pick_wrong(shown, alike, seed)
    if asked_by_value and len(wrong) >= MAX_WRONG:
        kind_of_span = SCIENTIFIC_NAME if form == "scientific" else FIELD_VALUE
        span = Span(at, at + len(shown), shown, kind_of_span)
        facts.append(_fact(sentence, span, asked_by_value, wrong, doc_id, doc_index, reading, known, label))
    unique = all(fold(v) != fold(shown) for _o, v in others)
    if asked_by_item and unique:
        # an item whose value overlaps the answer's ("1–1.5 m" beside "1–2 m") could answer too
        apart = [o.shown for o, v in others if not (v and amounts_overlap(shown, v))]
        wrong_items = pick_wrong(item.shown, apart, seed)
        if len(wrong_items) >= MAX_WRONG:
            span = Span(0, len(item.shown), item.shown, ITEM)
            # "Which of these plants ...": the options name the set the prompt asks among.
            these = asked_by_item.split(" has ")[0].split(" eats ")[0].removeprefix("Which of ")
            facts.append(_fact(sentence, span, asked_by_item, wrong_items, doc_id, doc_index, reading,
                               known + (these,), label))
    return facts


def _article(noun: str) -> str:
    return "an" if noun[:1] in "aeiou" else "a"


def _fact(sentence: Sentence, span: Span, question: str, wrong: list[str], doc_id: str, doc_index: int,
          reading: Reading, known: tuple[str, ...], label: str) -> Fact:
    fact = Fact(doc_id, doc_index, sentence, span, question, None, list(wrong), 2, 1, True,
                kind_known=True, resolved=("field",), options_from_document=len(wrong), rule=f"fields.{label}")
    fact.score = span.info.weight + 0.5  # a fact the sheet states outright, as a label's line
    fact.confidence, fact.doubts = assess(Candidate(fact, question, True, reading.title, reading.opening,
                                                    reading.first_seen, reading.keywords, reading.names, known,
                                                    reading.topic_name, reading.subject_words, reading.anchor))
    return fact


def _handful(facts: list[Fact], items: int) -> list[Fact]:
    """The best of a sheet's questions: the fields taken in turn (each starting at another item,
    so that the questions spread over the items), at most MAX_PER_ITEM about one item,
    MAX_PER_LABEL asking one field's value and as many asking which item has a value (one more
    on a sheet of SPARE_ITEMS items or more),
    MAX_PER_SHEET in all, no two with one answer and none whose answer another chosen prompt
    names. (Two questions on one field would each show the other's answer as an option.)"""
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.confidence >= THRESHOLD:
            groups.setdefault(fact.rule, []).append(fact)
    queues = []
    for number, group in enumerate(groups.values()):
        turn = (2 * number) % len(group)
        queues.append(group[turn:] + group[:turn])
    chosen: list[Fact] = []
    per_item: dict[str, int] = {}
    per_label: dict[tuple[str, str], int] = {}
    limit = min(MAX_PER_SHEET, items + 1)
    per_label_limit = MAX_PER_LABEL + (items >= SPARE_ITEMS)
    while len(chosen) < limit and any(queues):
        for queue in queues:
            while queue and len(chosen) < limit:
                fact = queue.pop(0)
                item, label = _quoted_item(fact), (fact.rule, fact.span.kind)
                if per_item.get(item, 0) >= MAX_PER_ITEM or per_label.get(label, 0) >= per_label_limit:
                    continue
                if any(fold(other.answer) == fold(fact.answer) or _names(other.question, fact.answer)
                       or _names(fact.question, other.answer) for other in chosen):
                    continue
                chosen.append(fact)
                per_item[item] = per_item.get(item, 0) + 1
                per_label[label] = per_label.get(label, 0) + 1
                break
    return sorted(chosen, key=lambda f: f.order)


def _quoted_item(fact: Fact) -> str:
    """The item a fact is about: the first line of its quote, its heading."""
    return fact.sentence.cited.split("\n", 1)[0]


def _names(prompt: str | None, answer: str) -> bool:
    return bool(prompt) and f" {fold(answer)} " in f" {fold(prompt)} "
