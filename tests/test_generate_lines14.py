"""Lines and names cut or kept wrongly: list items under a lead-in, timeline entries, a quotation
cut from the words that lead to it, names with particles or "St", a name's capital after a frame,
a passive without its "was", and a pluperfect with no time of its own.

Every document and sentence here is made up for the test."""

from __future__ import annotations

from game.generate import document_from_bytes
from game.generate.anchoring import borrowed_name, frame_the_topic
from game.generate.list_items import continues_a_lead_in, without_marker
from game.generate.names import name_candidates
from game.generate.sentencehood import not_a_sentence, passive_without_be
from game.generate.sentences import leads_on, split_sentences
from game.generate.tenses import simple_past_for_stray_pluperfect
from game.generate.verbs import needs_an_object
from tests.generate_helpers import text_facts, text_questions, text_statements


def _sentences(text: str, name: str = "t.txt") -> list[str]:
    return [s.text for s in document_from_bytes(text.encode(), name).sentences]


# ---- list items under a lead-in -------------------------------------------------------------

LICENCE = ("Fishing licences on the Wenlow\n\n"
           "The Wenlow Angling Board issues about 4,200 fishing licences every year from its office in Harby.\n\n"
           "To hold a licence you must:\n\n"
           "1. be at least 12 years old;\n"
           "2. have fished with a licensed angler for at least three seasons before applying.\n"
           "3. The Board checks every application within 28 days.\n")


def test_a_list_item_going_on_from_its_lead_in_is_no_sentence():
    sentences = _sentences(LICENCE)
    assert not any("three seasons" in s for s in sentences)
    assert not any(s.lstrip()[:1].isdigit() and s.split()[0].endswith(".") for s in sentences)
    assert "The Board checks every application within 28 days." in sentences
    assert not any("seasons" in q for q in text_questions(LICENCE))
    assert not any(q.startswith(("2.", "3.")) for q in text_questions(LICENCE) + text_statements(LICENCE))


def test_list_item_rules_alone():
    assert without_marker("4. The ferry leaves at noon.") == "The ferry leaves at noon."
    assert without_marker("(b) The ferry leaves at noon.") == "The ferry leaves at noon."
    assert without_marker("3.5 million people live there.") == "3.5 million people live there."
    assert continues_a_lead_in("have lived in Fife for at least two years.")
    assert continues_a_lead_in("made from unpasteurised goat's milk;")
    assert not continues_a_lead_in("iPod sales fell in 2009.")
    assert not continues_a_lead_in("van Dyck painted the king in 1633.")
    assert not continues_a_lead_in("The king sat for van Dyck.")


# ---- timeline entries ----------------------------------------------------------------------

TIMELINE = ("# The Tarn Valley Railway\n\n"
            "The railway grew slowly after its first section opened at Corbridge.\n\n"
            "Milestones:\n\n"
            "- **1931** – a steam ferry linked Dunmere and Port Ellis.\n"
            "- **1948** – Tarn Valley Railway became part of British Railways.\n"
            "- **1963** – closure of the branch.\n")


def test_a_timeline_entry_in_lower_case_is_stated_with_its_year_as_a_sentence():
    every = text_questions(TIMELINE, "t.md") + text_statements(TIMELINE, "t.md")
    assert not any(line.startswith(("1931", "1948", "1963")) for line in every)
    assert "In 1931, a steam ferry linked Dunmere and Port Ellis." in every
    assert not any("closure" in line for line in every)  # no verb: a note


# ---- a quotation the words before lead on to -----------------------------------------------

def test_a_long_sentence_is_not_cut_before_the_title_its_words_lead_to():
    text = ('On 3 March 1902 the weekly Courier de Namur printed a long poem, the "Lament for the '
            'Drowned Mill at Salzinnes", whose verses named the miller, his two sons, the ferryman of the '
            'upper reach and every family of the lower town who had lost a house in the great flood of '
            'that terrible winter.')
    sentences = _sentences(text + "\n")
    assert len(sentences) == 1 and sentences[0].startswith("On 3 March 1902")
    assert not any(s.rstrip(".").endswith(" the") for s in text_statements(text + "\n"))
    assert leads_on("printed a long poem, the")
    assert leads_on("a ballad called")
    assert not leads_on("The crowd fell silent.")
    paragraph = ("The old ferryman of the lower reach said that he had never seen the water rise so fast "
                 "in all his years on the river and that the town would not forget that night "
                 '"We lost everything in one hour and nobody came to help us at all," said one of the millers.')
    assert len(split_sentences(paragraph)) == 2  # a new quotation after a full clause still opens a sentence


# ---- names with particles and "St" ---------------------------------------------------------

def test_a_name_with_particles_is_one_name():
    words = [c.words for c in name_candidates("Pieter Claesz van der Heyden painted the harbour at Delft.")]
    assert ("Pieter", "Claesz", "van", "der", "Heyden") in words
    words = [c.words for c in name_candidates("Anna Maria zur Linden taught music in Kassel.")]
    assert ("Anna", "Maria", "zur", "Linden") in words
    text = "Konrad Ebner zum Felde was a Bavarian clockmaker who built the first tower clock in Landshut.\n"
    for fact in text_facts(text):
        assert fact.answer not in ("Konrad Ebner", "Felde", "zum Felde")


def test_saint_stays_in_the_name_and_a_name_describing_volunteers_is_not_asked_with_who():
    text = ("The Harby fun run raised £8,000 for the hospice on Sunday. "
            "St Anselm Hospice volunteers served 640 cups of tea at the finish. "
            "St Aidan sailed from Iona to Lindisfarne in 635.\n")
    facts = text_facts(text)
    assert not any(f.answer in ("Anselm Hospice", "Aidan") for f in facts)
    assert not any((f.question or "").startswith("Who volunteers") for f in facts)
    aidan = [f for f in facts if f.answer == "St Aidan" and f.question]
    assert aidan and aidan[0].question.startswith("Who sailed from Iona")


# ---- a name's capital after a frame --------------------------------------------------------

def test_a_borrowed_name_keeps_its_capital_after_a_frame():
    assert borrowed_name("Ōshima", frozenset())
    assert not borrowed_name("Café", frozenset({"café"}))
    assert not borrowed_name("Floods", frozenset())
    text = ("# The Tavish Estuary\n\n"
            "The Tavish reaches the sea through a wide estuary. "
            "Île Brune, the island at its mouth, covers about 14 square kilometres. "
            "Île Brune has a lighthouse.\n")
    asked = [q for q in text_questions(text, "t.md") if "square kilometres" in q]
    assert asked and all("île Brune" not in q for q in asked)


# ---- a passive without its "was" -----------------------------------------------------------

def test_a_bare_participle_of_any_verb_needing_an_object_is_a_passive_without_be():
    assert needs_an_object("granted") and needs_an_object("kept") and needs_an_object("stolen")
    assert not needs_an_object("closed") and not needs_an_object("won") and not needs_an_object("table")
    assert passive_without_be("The market charter granted in what year")
    assert passive_without_be("The goat most often kept for milk")
    assert passive_without_be("The one most widely grown for cider")
    assert not passive_without_be("The mill closed in 1965")
    assert not passive_without_be("The club won in 2011")
    assert not passive_without_be("The charter granted in 1189 gave the town a market")
    assert not_a_sentence("The one most widely kept for wool and milk.") == "passive without be"
    text = ("Wensleydale ewes are the most prized of the dale breeds and the one most often kept for wool.\n")
    assert not any(s.startswith("The one") for s in text_statements(text))


# ---- a pluperfect with no time of its own --------------------------------------------------

def test_a_stray_pluperfect_becomes_the_simple_past_or_is_refused():
    f = simple_past_for_stray_pluperfect
    assert f("Ines Kovac had built the first glass kiln in Brno.") == "Ines Kovac built the first glass kiln in Brno."
    assert f("Who had written the first guide to the caves?") == "Who wrote the first guide to the caves?"
    assert f("The abbot had never visited the farm.") == "The abbot never visited the farm."
    assert f("The abbot had not visited the farm.") == "The abbot did not visit the farm."
    assert f("By 1820 the mill had doubled its output.") == "By 1820 the mill had doubled its output."
    assert f("The bridge had been rebuilt twice.") == "The bridge was rebuilt twice."
    assert f("How many lambs had been sold?") == "How many lambs were sold?"
    assert f("The walls of the keep had been rebuilt twice.") is None
    assert f("She had sailed to Oslo and had met the king.") is None
    assert f("He had two sons.") == "He had two sons."
    text = ("On a cold morning in 1874 a young chemist heated the sample over a spirit lamp. "
            "Her assistant wrote down every reading in a notebook. "
            "Ines Kovac had isolated the new element.\n")
    lines = text_questions(text) + text_statements(text)
    assert "Ines Kovac isolated the new element." in lines
    assert not any(" had isolated" in line for line in lines)


def test_an_amount_after_the_verb_is_its_object_and_meetings_meet():
    assert not passive_without_be("In 2021 the museum received about how many visitors")
    assert not passive_without_be("The new roof cost about £2 million")
    assert not passive_without_be("The synod met in Whitby in 664")
    text = "In 2022 the harbour at Kellan received about 3,400 cruise passengers.\n"
    assert any("about how many cruise passengers" in q for q in text_questions(text))


def test_an_including_list_keeps_the_items_that_hold_the_answer_with_their_head():
    text = ("Grants totalling £9,300 were agreed, including the youth club's rent, £2,150 to Tarnside Rowing Club "
            "for a new boat, and £640 for the war memorial.\n")
    for line in text_questions(text) + text_statements(text):
        assert "agreed £2,150" not in line and "agreed how much" not in line


def test_a_pluperfect_after_another_past_verb_keeps_its_time():
    f = simple_past_for_stray_pluperfect
    assert f("The ranger noticed that the otters had left the weir.") == "The ranger noticed that the otters had left the weir."
    assert f("A keeper who had fed the bears was dismissed in what year?") \
        == "A keeper who had fed the bears was dismissed in what year?"
    assert f("The organ had been tuned in what year?") == "The organ was tuned in what year?"
    assert f("Two of the organ's pipes had been tuned in what year?") is None


def test_verbs_that_take_a_preposition_and_no_object_are_no_passives():
    assert not passive_without_be("Ransome insisted on a survey of the cliffs")
    assert not passive_without_be("The council called for a new bridge")
    assert not passive_without_be("The chapel dated from the twelfth century")
    assert not passive_without_be("The Employment Tribunal found in favour of the drivers")
