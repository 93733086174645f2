"""Field sheets: repeated items, each a heading and "Label: value" lines, read as facts about the
items (game/generate/fields.py, game/generate/field_facts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.generate import GenerateOptions, generate_pack
from game.generate.confidence import THRESHOLD
from game.generate.document import comparable, document_from_bytes
from game.generate.facts import build_context, read_whole, spans_of
from game.generate.field_facts import MAX_PER_SHEET, field_facts
from game.generate import field_facts as field_facts_module
from game.generate.fields import (amounts_overlap, item_names, kind_noun, label_in_prose, option_value, pick_wrong,
                                  plural, prose_name, read_field_sheet, shares_a_stem, takes_the, time_of_year,
                                  value_form)

DATA = Path(__file__).parent / "data" / "generate"

ORCHARD = """Bramblecote Orchard: Apple Varieties We Grow

Our orchard has grown apples on the same slope since 1921. These cards describe four of the
varieties sold at the farm shop each autumn.

1. Egremont Russet
Picking: late September
Flavour: nutty and dry
Tree height: 3–4 m
Storage: until December

A russet has a rough, brownish skin that feels like fine sandpaper.

2. Bramley's Seedling
Picking: mid October
Flavour: sharp and tangy
Tree height: 5–6 m
Storage: until March

3. Discovery
Picking: mid August
Flavour: sweet with a hint of strawberry
Tree height: 2.5–3 m
Storage: one or two weeks

4. Ashmead's Kernel
Picking: early October
Flavour: sweet and sharp like a pear drop
Tree height: 3.5–4.5 m
Storage: until February
"""

ROOMS = """# Harbour View Hotel: our rooms

Every room has a kettle, a safe and free wi-fi. Breakfast is served in the Lantern Room from 7 am.

## Garden Double

- **Size:** 18 m²
- **Bed:** one double bed
- **Price per night:** £95
- **Sleeps:** 2

## Harbour Suite

- **Size:** 42 m²
- **Bed:** one super-king bed
- **Price per night:** £210
- **Sleeps:** 3

## Lighthouse Twin

- **Size:** 24 m²
- **Bed:** two single beds
- **Price per night:** £120
- **Sleeps:** 2

## Attic Family Room

- **Size:** 36 m²
- **Bed:** one double and two bunks
- **Price per night:** £165
- **Sleeps:** 4
"""

MAMMALS = """RIVERSIDE WILDLIFE PARK: MAMMAL TRAIL

POST 1 - EUROPEAN BISON
Bison bonasus
RANGE: Forests of Poland and Belarus
LIFESPAN: 18-24 years
DIET: Grasses, leaves and bark

The European bison is the heaviest land animal in Europe. A bull can weigh more than 900 kg.

POST 2 - EURASIAN OTTER
Lutra lutra
RANGE: Rivers across Europe and Asia
LIFESPAN: 8-10 years
DIET: Mostly fish; also frogs and crayfish

POST 3 - RED SQUIRREL
Sciurus vulgaris
RANGE: Conifer woods of northern Britain
LIFESPAN: 3-6 years
DIET: Pine seeds, hazelnuts and fungi

Red squirrels bury food in autumn and find much of it again by smell.

POST 4 - WILDCAT
Felis silvestris
RANGE: Scottish Highlands
LIFESPAN: 10-12 years
DIET: Rabbits and voles
"""

HEDGES = """Hedging Plants for a Windy Garden

A good hedge slows the wind without stopping it. Every plant below has been grown on our
exposed hillside plot for at least ten years.

HAWTHORN
Latin name: Crataegus monogyna
Height: 4–6 m
Soil: Any soil, even heavy clay
Light: Full sun or partial shade
Flowering: May to June

A hawthorn hedge grows thick enough to keep cattle out of a field.

HORNBEAM
Latin name: Carpinus betulus
Height: Up to 5 m
Soil: Moist, well drained
Light: Sun or shade
Flowering: April to May

FIRETHORN
Latin name: Pyracantha coccinea (formerly Mespilus pyracantha)
Height: 2–3 m
Soil: Most soils, not waterlogged
Light: Full sun
Flowering: June

PRIVET
Latin name: Ligustrum vulgare
Height: 1.2–1.8 m
Soil: Fertile, free-draining
Light: Sun or light shade
Flowering: July

Clip the privet twice a year to keep it dense.

ROSEMARY
Latin name: Salvia rosmarinus
Height: 60–150 cm
Soil: Light, sandy, well drained
Light: Full sun
Flowering: March to May

ESCALLONIA
Latin name: Escallonia rubra
Height: 2.5 m
Soil: Rich and moist
Light: Full sun
Flowering: June to October
"""

GAMES = """Family Board Games at the Village Library

The library lends these games for two weeks at a time. Ask at the desk for the spare pieces box.

Harbour Lights
Publisher: Owlhouse Games
Playing time: 30–45 minutes
Theme: Trading spices in a busy port
Box weight: 1.2 kg

Copper Canyon
Publisher: Redfern Press
Playing time: Up to 40 minutes
Theme: Building a railway through the mountains
Box weight: 900 g

Lantern Fair
Publisher: Bright Kettle
Playing time: 60–90 minutes
Theme: Running stalls at a night market
Box weight: 2 kg

Mossbank
Publisher: Little Acre Games
Playing time: 15 minutes
Theme: Growing a garden of moss and ferns
Box weight: 450 g
"""


def _document(text: str, name: str = "sheet.txt"):
    return document_from_bytes(text.encode("utf-8"), name)


def _facts(text: str, name: str = "sheet.txt"):
    document = _document(text, name)
    context = build_context([document])
    reading = read_whole(document, spans_of(document, context), context)
    return document, field_facts(document, "doc", 0, reading, 0)


# Reading a sheet.

def test_numbered_headings_and_shared_labels_make_a_sheet():
    sheet = read_field_sheet(ORCHARD)
    assert sheet is not None
    assert [item.name for item in sheet.items] == ["Egremont Russet", "Bramley's Seedling", "Discovery",
                                                   "Ashmead's Kernel"]
    assert sheet.labels == ("picking", "flavour", "tree height", "storage")


def test_capital_headings_with_scientific_names_make_a_sheet():
    sheet = read_field_sheet(MAMMALS)
    assert sheet is not None
    assert [item.name for item in sheet.items] == ["EUROPEAN BISON", "EURASIAN OTTER", "RED SQUIRREL", "WILDCAT"]
    assert [item.scientific for item in sheet.items] == ["Bison bonasus", "Lutra lutra", "Sciurus vulgaris",
                                                         "Felis silvestris"]


@pytest.mark.parametrize("text", [
    # one block of fields: a report's header, not a sheet of items
    "Ruling summary\nCourt: Court of Appeal\nDecided: 4 May 2021\nJudges: three\n\nThe appeal was dismissed.\n",
    # two items only
    "Lark\nSong: rising trills\nNest: on the ground\n\nWren\nSong: loud and fast\nNest: in a hedge\n",
    # three headed blocks that share no labels
    "Monday\nVenue: hall\nStart: 9 am\n\nTuesday\nCoach: blue\nSeats: 40\n\nWednesday\nLunch: soup\nCost: £3\n",
    # "Label: value" lines that are sentences of prose
    "Notes\nPlease note: the hall is closed on Monday.\nRemember: bring a packed lunch every day.\n",
])
def test_text_that_is_no_sheet_is_not_read_as_one(text):
    assert read_field_sheet(text) is None


def test_a_field_that_is_a_sentence_is_read_as_prose():
    text = ORCHARD.replace("Storage: until March", "Storage: It keeps in a cool shed until March.")
    document = _document(text)
    prose = [s.text for s in document.sentences if not s.label]
    assert "It keeps in a cool shed until March." in prose
    assert not any("cool shed" in s.text for s in document.sentences if s.label)


def test_prose_between_the_items_stays_prose():
    document = _document(ORCHARD)
    assert any(s.text.startswith("A russet has a rough") and not s.label for s in document.sentences)
    fields = [s.text for s in document.sentences if s.label == "field"]
    assert "Tree height: 3–4 m" in fields and len(fields) == 16


def test_every_field_quotes_its_item_heading_as_the_file_writes_it():
    raw = ROOMS
    document = _document(raw, "rooms.md")
    for sentence in document.sentences:
        if sentence.label == "field":
            assert comparable(sentence.cited) in comparable(raw)
            assert sentence.cited.split("\n")[0] in {"Garden Double", "Harbour Suite", "Lighthouse Twin",
                                                    "Attic Family Room"}


def test_a_report_header_of_fields_is_left_as_it_was():
    document = document_from_bytes((DATA / "court-ruling-summary.txt").read_bytes(), "court-ruling-summary.txt")
    assert not any(s.label in ("item", "field", "scientific") for s in document.sentences)


# Wording.

@pytest.mark.parametrize("value, said", [("June to August", "from June to August"),
                                         ("April–May", "from April to May"),
                                         ("late September", "in late September"),
                                         ("in spring", "in spring"),
                                         ("weekly in summer", ""), ("3–4 m", "")])
def test_a_time_of_year_takes_its_preposition(value, said):
    assert time_of_year(value) == said


@pytest.mark.parametrize("heading, prose, name, the", [
    ("EURASIAN OTTER", ["Every Eurasian otter marks its range.", "Otters swim."], "Eurasian otter", True),
    ("WILDCAT", ["Wildcats hunt at dusk."], "wildcat", True),
    ("SAFFRON", ["Saffron comes from a crocus."], "saffron", False),
    ("Common toad", [], "common toad", True),
    ("Arctic fox", [], "Arctic fox", True),
    ("Harbour Suite", [], "Harbour Suite", False),
])
def test_an_item_is_named_as_prose_would_name_it(heading, prose, name, the):
    assert prose_name(heading, prose) == name
    assert takes_the(name, prose) is the


def test_an_item_the_prose_never_names_is_named_like_its_siblings():
    prose = ["A badger digs a sett.", "The stoat turns white in winter.", "Weasels are smaller."]
    assert item_names(["BADGER", "STOAT", "WEASEL", "PINE MARTEN", "POLECAT"], prose) == [
        ("the badger", "Badger"), ("the stoat", "Stoat"), ("the weasel", "Weasel"),
        ("the pine marten", "Pine marten"), ("the polecat", "Polecat")]
    herbs = ["Basil loves heat.", "Grow chives in a pot.", "Sow it with dill and parsley."]
    assert [n for n, _shown in item_names(["BASIL", "CHIVES", "DILL", "SORREL"], herbs)] == [
        "basil", "chives", "dill", "sorrel"]
    models = ["The Trek has a longer cable.", "Every model folds flat."]
    assert [n for n, _shown in item_names(["Roamer Trek", "Roamer Go", "Roamer Air"], models)] == [
        "the Roamer Trek", "the Roamer Go", "the Roamer Air"]


@pytest.mark.parametrize("title, kind", [("Cottage Garden Plant Guide", "plant"),
                                         ("Seabirds of the North Sea Coast", "seabird"),
                                         ("Harbour View Hotel: our rooms", ""),
                                         ("Trees of the park", "tree")])
def test_the_items_kind_comes_from_the_title(title, kind):
    assert kind_noun(title) == kind


def test_kind_nouns_are_made_plural():
    assert [plural(n) for n in ("plant", "species", "butterfly", "finch")] == ["plants", "species", "butterflies",
                                                                               "finches"]


@pytest.mark.parametrize("value, shown", [
    ("Salvia rosmarinus (formerly Rosmarinus officinalis)", "Salvia rosmarinus"),
    ("Carpinus betulus, formerly Carpinus vulgaris", "Carpinus betulus"),
    ("2–3 m (7–10 ft)", "2–3 m"),
    ("Full sun (or light shade) in summer", ""),         # an aside in the middle: not offered
    ("Ligustrum vulgare", "Ligustrum vulgare"),
])
def test_an_option_drops_its_aside_so_that_all_options_have_one_form(value, shown):
    assert option_value(value) == shown


def test_a_long_value_is_cut_at_its_semicolon_or_not_offered():
    assert option_value("Mostly fish; also frogs and crayfish") == "Mostly fish"
    assert option_value("Grasses and leaves, with bark and twigs in winter and acorns in autumn") == ""


@pytest.mark.parametrize("name, scientific, shared", [("okapi", "Okapia johnstoni", True),
                                                      ("Bison", "Bison bonasus", True),
                                                      ("red squirrel", "Sciurus vulgaris", False),
                                                      ("Wildcat", "Felis silvestris", False),
                                                      ("Bigleaf Hydrangea", "Hydrangea macrophylla", True),
                                                      ("Lavender", "Lavandula stoechas", True),
                                                      ("Rosemary", "Salvia rosmarinus", True),
                                                      ("Hornbeam", "Carpinus betulus", False),
                                                      ("Hollyhock", "Alcea rosea", False),
                                                      ("Foxglove", "Digitalis lutea", False)])
def test_a_scientific_name_that_repeats_the_common_name_gives_itself_away(name, scientific, shared):
    assert shares_a_stem(name, scientific) is shared


@pytest.mark.parametrize("a, b, overlap", [
    ("4–6 m", "Up to 5 m", True),                       # "up to" reaches into the range
    ("60–150 cm", "1.2–1.8 m", True),                    # centimetres beside metres
    ("2–3 m", "2.5 m", True),
    ("1.2 kg", "about 1,150 g", True),                   # "about" reads as a little either side
    ("over 3 m", "250–320 cm", True),
    ("4–6 m", "2–3 m", False),
    ("from 2 to 3 m", "4–6 m", False),                   # "from" before a range opens no range
    ("60–150 cm", "2.5 m", False),
    ("Up to 40 minutes", "60–90 minutes", False),
    ("about 12 years", "about 20 years", False),
    ("40 hours", "40 cm", False),                        # two measures never overlap
    ("July to September", "June to August", True),       # times of year sharing a month
    ("May to June", "late June", True),
    ("May to June", "July", False),
    ("March to May", "summer", False),                   # a season is no span of months here
])
def test_amounts_overlap_when_their_ranges_share_a_value(a, b, overlap):
    assert amounts_overlap(a, b) is overlap
    assert amounts_overlap(b, a) is overlap


def test_a_wrong_option_never_overlaps_the_answer():
    wrong = pick_wrong("4–6 m", ["Up to 5 m", "2–3 m", "1.2–1.8 m", "about 450 cm", "60–150 cm"], 0)
    assert sorted(wrong) == ["1.2–1.8 m", "2–3 m", "60–150 cm"]
    assert pick_wrong("2–3 m", ["2.5 m", "Up to 2 m", "over 250 cm", "4–6 m"], 0) == ["4–6 m"]


@pytest.mark.parametrize("value, prose, form", [
    ("Free-draining, even heavy clay", [], ""),          # descriptions of several words
    ("Moist, rich in organic matter", [], ""),
    ("Full sun or partial shade", [], ""),
    ("Rich and moist", [], ""),
    ("Moist", [], ""),                                   # one capital word: a description as likely as a name
    ("4–6 m", [], "amount"),
    ("Up to 40 minutes", [], "amount"),
    ("\u00a3120", [], "amount"),
    ("June to October", [], "time"),
    ("Carpinus betulus", [], "scientific"),
    ("Owlhouse Games", [], "name"),
    ("Chile", ["It grows wild in Chile and Argentina."], "name"),
])
def test_only_values_exclusive_by_their_form_can_be_asked_for(value, prose, form):
    assert value_form(value, prose) == form


@pytest.mark.parametrize("label, said", [("latin name", "Latin name"), ("scientific name", "scientific name"),
                                         ("height", "height"), ("greek name", "Greek name")])
def test_a_label_is_written_with_the_case_a_sentence_gives_it(label, said):
    assert label_in_prose(label) == said


# Questions.

def test_field_questions_take_their_options_from_the_sibling_items():
    _document_, facts = _facts(ORCHARD)
    by_prompt = {f.question: f for f in facts}
    assert facts, "an orchard's variety cards give questions"
    for fact in facts:
        if fact.span.kind == "field value":
            assert len(fact.wrong) >= 3 and fact.answer not in fact.wrong
            label = fact.sentence.text.split(":")[0]
            siblings = [s.text.split(": ", 1)[1] for s in _document_.sentences
                        if s.label == "field" and s.text.startswith(label + ":")]
            assert set(fact.wrong) <= set(siblings)
    heights = [f for f in facts if "tree height" in (f.question or "")]
    assert all(("m" in f.answer.split()) or f.span.kind == "sheet item" for f in heights)
    assert any(q.startswith(("When is", "What is", "Which of these")) for q in by_prompt)


def test_which_item_questions_offer_the_other_items():
    _document_, facts = _facts(ROOMS, "rooms.md")
    asked = [f for f in facts if f.span.kind == "sheet item"]
    every = {"Garden Double", "Harbour Suite", "Lighthouse Twin", "Attic Family Room"}
    for fact in asked:
        assert fact.question.startswith("Which of these has a ")
        assert set(fact.wrong) | {fact.answer} <= every and fact.answer not in fact.wrong


def test_a_sheet_gives_a_handful_not_a_question_per_field():
    document, facts = _facts(MAMMALS)
    fields = sum(1 for s in document.sentences if s.label in ("field", "scientific"))
    assert 3 <= len(facts) <= MAX_PER_SHEET < fields
    answers = [f.answer for f in facts]
    assert len(set(answers)) == len(answers)
    for fact in facts:
        assert not any(f" {other.answer.lower()} " in f" {fact.question.lower()} " for other in facts)


def test_wording_follows_the_label_kind():
    _document_, facts = _facts(MAMMALS)
    prompts = {f.question for f in facts}
    assert any(p.startswith("What is the scientific name of the ") for p in prompts)
    assert not any("scientific name of the European bison" in p for p in prompts)  # Bison bonasus
    assert "Which of these mammals eats grasses, leaves and bark?" in prompts  # not "has a diet of"
    assert "What is the lifespan of the red squirrel?" in prompts  # counted like its siblings
    assert not any(p.startswith("What does") for p in prompts)  # a diet is a description, not asked for


def test_a_time_of_year_is_asked_as_a_time_and_a_value_after_a_preposition_not_at_all():
    _document_, facts = _facts(ORCHARD)
    prompts = [f.question for f in facts]
    assert any(p.startswith("What is the picking time of ") or p.startswith("Which of these has a picking time of ")
               for p in prompts)
    assert not any("storage" in p for p in prompts)  # "the storage of ... ? until March"


def test_field_questions_are_confident_and_no_detail():
    for text, name in ((ORCHARD, "o.txt"), (ROOMS, "rooms.md"), (MAMMALS, "m.txt")):
        _document_, facts = _facts(text, name)
        for fact in facts:
            assert fact.confidence >= THRESHOLD
            assert "detail" not in fact.doubts and "needs the document" not in fact.doubts


@pytest.mark.parametrize("name, least", [("guide-cottage-plants.txt", 4), ("specs-wireless-headphones.md", 3),
                                         ("fact-cards-seabirds.txt", 4)])
def test_field_sheets_give_a_pack_whose_quotes_hold_the_answer(name, least):
    path = DATA / name
    pack = generate_pack([path], GenerateOptions())
    raw = comparable(path.read_text(encoding="utf-8"))
    from_fields = [q for q in pack.questions if "\n" in q.source.quote]
    assert len(from_fields) >= least
    for question in from_fields:
        assert question.type == "choice" and len(question.wrong) == 3
        assert comparable(question.source.quote) in raw
        assert str(question.answer).lower() in question.source.quote.lower()


def test_a_sheet_of_fields_alone_gives_questions():
    text = "\n\n".join(block for block in MAMMALS.split("\n\n") if not block.startswith(("The European", "Red squ")))
    pack = generate_pack([_document(text)], GenerateOptions())
    assert len(pack.questions) >= 3


@pytest.mark.parametrize("a, b, same", [
    ("about 20 years", "about 30 years", False),       # phrases that differ in their numbers
    ("up to 40 hours of play", "up to 55 hours of play", False),
    ("May to July", "July to September", False),        # two times of year sharing a month
    ("late spring to summer", "summer to early autumn", False),
    ("about 20 years", "About 20 years", True),
    ("nutty and dry", "dry and nutty", True),
])
def test_sibling_values_read_as_one_answer_only_when_they_are_one(a, b, same):
    from game.generate.distractors import same_thing
    assert same_thing(a, b) is same


# Which values are asked for, and with which options.

def _candidates(text: str, monkeypatch, name: str = "sheet.txt"):
    """Every question a sheet could give, before a handful of them is chosen."""
    monkeypatch.setattr(field_facts_module, "_handful", lambda facts, items: facts)
    return _facts(text, name)[1]


def test_descriptions_are_not_asked_for_but_amounts_times_and_names_are(monkeypatch):
    facts = _candidates(HEDGES, monkeypatch)
    prompts = [f.question for f in facts]
    assert not any(p.startswith(("What soil", "What light")) for p in prompts)
    assert "What is the height of the hawthorn?" in prompts
    assert "What is the flowering time of the privet?" in prompts
    assert "What is the Latin name of the hornbeam?" in prompts
    games = [f.question for f in _candidates(GAMES, monkeypatch)]
    assert "What is the publisher of Lantern Fair?" in games
    assert "What is the playing time of Lantern Fair?" in games
    # "15 minutes" has "Up to 40 minutes" beside it: two wrong options are left, too few to ask
    assert "What is the playing time of Mossbank?" not in games
    assert not any("theme" in p for p in games)


def test_asking_which_item_has_a_value_keeps_its_rules(monkeypatch):
    facts = _candidates(HEDGES, monkeypatch)
    assert any(f.question == "Which of these plants has a height of 2–3 m?" and f.answer == "Firethorn"
               for f in facts)


def test_a_scientific_name_sharing_the_common_names_stem_is_not_asked(monkeypatch):
    facts = _candidates(HEDGES, monkeypatch)
    asked = {f.question for f in facts if "Latin name" in f.question}
    assert "What is the Latin name of the rosemary?" not in asked       # Salvia rosmarinus
    assert "What is the Latin name of the escallonia?" not in asked     # Escallonia rubra
    assert not any("latin name" in f.question for f in facts)          # "Latin" keeps its capital
    assert {"What is the Latin name of the hawthorn?", "What is the Latin name of the privet?"} <= asked


def test_options_have_no_asides_and_never_overlap_the_answer(monkeypatch):
    for text in (HEDGES, GAMES):
        facts = _candidates(text, monkeypatch)
        values = [f for f in facts if f.span.kind in ("field value", "scientific name")]
        assert values
        for fact in values:
            assert "(" not in fact.answer and not any("(" in w or "formerly" in w for w in fact.wrong)
            assert not any(amounts_overlap(fact.answer, w) for w in fact.wrong), (fact.question, fact.wrong)
    heights = {f.answer: f.wrong for f in _candidates(HEDGES, monkeypatch) if f.question.startswith("What is the height")}
    assert "Up to 5 m" not in heights["4–6 m"] and "2.5 m" not in heights.get("2–3 m", [])
    firethorn = [f for f in _candidates(HEDGES, monkeypatch) if "Latin name of the firethorn" in f.question]
    assert [f.answer for f in firethorn] == ["Pyracantha coccinea"]


def test_a_pack_from_a_sheet_asks_no_description():
    pack = generate_pack([_document(HEDGES)], GenerateOptions())
    from_fields = [q for q in pack.questions if "\n" in q.source.quote]
    assert from_fields
    for question in from_fields:
        assert not question.prompt.startswith(("What soil", "What light"))
        assert not any(amounts_overlap(str(question.answer), w) for w in question.wrong or [])


def test_which_item_questions_offer_no_item_whose_value_overlaps(monkeypatch):
    facts = _candidates(HEDGES, monkeypatch)
    values, heading = {}, ""
    for line in HEDGES.splitlines():
        if line.isupper():
            heading = line.lower()
        elif line.startswith("Height: "):
            values[heading] = line.removeprefix("Height: ")
    asked = [f for f in facts if f.question.startswith("Which of these plants has a height of")]
    assert asked
    for fact in asked:
        height = fact.question.removeprefix("Which of these plants has a height of ").rstrip("?")
        for wrong in fact.wrong:
            theirs = values[wrong.lower()]
            assert not amounts_overlap(height, theirs), (fact.question, wrong, theirs)
