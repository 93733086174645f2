"""Definitions, makers, reasons and purposes: asked only where the rules read the clause whole,
with wrong options of the same sort, and never leaning on the document or giving the answer
away. (What each rule writes is specified by the examples in its docstring, run by
test_generate_rules.py; these are the cases the rules must refuse, and how the questions fit
into facts and packs.)"""

from __future__ import annotations

import re

import pytest

from game.generate import document_from_bytes, generate_pack
from game.generate import verbs
from game.generate.kinds import CLAUSE_FAMILIES, kind_of
from game.generate.pipeline import collect_facts
from game.generate.select import possible_types
from game.packs.model import ChoiceQuestion, TextQuestion, TrueFalseQuestion
from tests.generate_helpers import DATA, folded

KIND_RULES = CLAUSE_FAMILIES


def _facts(text: str):
    return collect_facts([document_from_bytes(text.encode(), "t.txt")], ["t"])


def _clause_facts(text: str):
    return [f for f in _facts(text) if f.rule.partition(".")[0] in KIND_RULES]


def _by_rule(text: str, rule: str):
    """The facts one clause rule (`definitions.term_before_colon`, ...) reads in `text`."""
    return [f for f in _clause_facts(text) if f.rule == rule]


def _asked(text: str) -> dict[str, str]:
    return {f.question: f.answer for f in _clause_facts(text)}


def _document_facts(name: str):
    path = DATA / name
    return [f for f in collect_facts([document_from_bytes(path.read_bytes(), name)], ["d"])
            if f.rule.partition(".")[0] in KIND_RULES]


# ---------------------------------------------------------------------------------------------
# What the rules refuse


@pytest.mark.parametrize("text", [
    "Kenya is a country in East Africa with a coastline on the Indian Ocean.",      # a name, not a term
    "Olkhon is the largest island in the lake and home to a small fishing village.",  # a name the text never lowers
    "Erosion is the main cause of the damage to the coastal path.",                 # a ranking, not a definition
    "Granite is a rock.",                                                             # nothing says which rock
    "The show is a significant part of British popular culture.",                   # "the show": one thing of the text
    "Pluto was called a planet until 2006.",                                          # a class it was put in, not a name
    "It was initially called New College or the college at New Towne.",             # two names, and "it" unknown
    "The blue whale is the largest animal known to have ever existed.",             # which one it is, not a meaning
])
def test_descriptions_that_are_not_definitions_are_not_asked_as_definitions(text):
    assert not [q for q in _asked(text) if q.startswith(("What is the term", "What was", "What is"))], _asked(text)


@pytest.mark.parametrize("text", [
    "Morse code was developed by Samuel Morse and his assistant Alfred Vail.",       # two makers: "Who ...?" has no one answer
    "The system was designed by Joseph Bazalgette in 1859.",                        # "the system": which one?
    "The Richter scale was developed by Charles Richter in 1935.",                   # the name gives the maker away
    "The Republic of Kenya is named after Mount Kenya.",                             # the name gives the namesake away
])
def test_makers_the_prompt_cannot_name_fairly_are_not_asked(text):
    assert not [q for q in _asked(text) if q.startswith(("Who", "What did", "What is the Republic"))], _asked(text)


@pytest.mark.parametrize("text", [
    "The soft rock is worn away faster because it offers less resistance to the water.",  # faster than what?
    "Levees are raised banks that are built along a river so that floodwater stays in the channel.",  # a relative clause
    "Many of them died of cholera because the camps had little clean water.",        # "them"
    "The company sold its shares in 1875 because it could not pay its debts.",       # "the company"
    "The crisis led to the approval of a new sewer system for the whole city.",      # "the crisis", "the whole city"
    "The blockage was caused by strong winds and a sandstorm.",                      # "the blockage"
    "The guarantee does not cover damage caused by limescale.",                      # "caused by" is no cause's clause
    "Nights can be freezing because the heat escapes quickly into the clear sky.",   # nights where?
    "Many riders were injured because they fell forward over the high wheel.",       # riders of what?
])
def test_reasons_that_lean_on_the_document_are_not_asked(text):
    assert not [q for q in _asked(text) if q.startswith(("Why", "What led", "What caused", "What leads"))], _asked(text)


@pytest.mark.parametrize("text", [
    "Saliva contains an enzyme called amylase, which starts the digestion of starch.",  # containing is not doing
    "The lid release button is used to open the lid.",                                 # the answer repeats the prompt
    "Scale makes the kettle slower and noisier.",                                       # an effect, not a function
    "The Blue Nile supplies most of the water and silt of the river.",                  # a name does not "do"
    "Substances move into and out of cells in three main ways.",                        # not a part's function
    "When a plant cell takes in water, its vacuole swells and the cell becomes turgid.",  # no subject opens it
])
def test_purposes_that_are_not_what_a_thing_is_for_are_not_asked(text):
    assert not [q for q in _asked(text) if q.startswith("What")], _asked(text)


def test_a_question_of_these_kinds_never_holds_a_pronoun_that_points_outside_it():
    for name in ("textbook-rivers.md", "textbook-cells.txt", "textbook-weather.txt", "encyclopedia-suez.txt",
                 "encyclopedia-telegraph.txt"):
        for fact in _document_facts(name):
            question = fact.question
            assert not re.search(r"\b(?:he|she|him|his|her|this|these|those)\b", question, re.I), (name, question)
            # "it", "they", "its": only after what they stand for ("stones as they knock", "Egypt ... its shares")
            first = re.search(r"\b(?:it|its|they|their|them)\b", question, re.I)
            assert first is None or len(question[:first.start()].split()) >= 3, (name, question)


# ---------------------------------------------------------------------------------------------
# Turning clauses round


@pytest.mark.parametrize("text, question", [
    ("Egypt sold its shares to the British government in 1875 because Egypt could not pay its foreign debts.",
     "Why did Egypt sell its shares to the British government in 1875?"),
    ("Coastal places have milder winters than inland places because the sea cools down more slowly than the land.",
     "Why do coastal places have milder winters than inland places?"),
    ("However, the Doctor's TARDIS remains fixed as a blue police box due to a malfunction in the chameleon circuit.",
     "Why does the Doctor's TARDIS remain fixed as a blue police box?"),
    ("In 1956 President Gamal Abdel Nasser nationalised the Suez Canal so that its tolls could pay for a dam.",
     "Why did President Gamal Abdel Nasser nationalise the Suez Canal in 1956?"),
    ("The first transatlantic cable was laid in 1858, but it failed after three weeks due to poor insulation.",
     "Why did the first transatlantic cable fail after three weeks?"),
])
def test_a_why_question_turns_the_clause_round_with_its_verb(text, question):
    assert question in _asked(text), _asked(text)


def test_verb_forms_are_read_both_ways():
    assert verbs.base_of("sold", verbs.PAST) == "sell"
    assert verbs.base_of("stopped", verbs.PAST) == "stop"
    assert verbs.base_of("carries", verbs.THIRD) == "carry"
    assert verbs.base_of("nationalised", verbs.PAST) == "nationalise"
    assert verbs.third_person("carry") == "carries" and verbs.third_person("push") == "pushes"
    assert verbs.base_of("table", verbs.PAST) is None


# ---------------------------------------------------------------------------------------------
# Wrong options and statements


def test_a_term_is_offered_only_terms_of_its_sort():
    facts = {f.question: f for f in _document_facts("textbook-weather.txt")}
    barometer = facts["What is the term for an instrument that measures air pressure?"]
    assert barometer.answer == "barometer"
    # the document's other instrument first, then measuring instruments from the word list
    assert barometer.wrong[0] == "anemometer" and len(barometer.wrong) >= 3, barometer.wrong
    assert all(w.endswith(("meter", "gauge")) for w in barometer.wrong), barometer.wrong
    storm = facts["What is the term for a violent tropical storm with winds of more than 119 kilometres per hour?"]
    assert set(storm.wrong) <= {"tornado", "blizzard", "thunderstorm", "sandstorm"} and len(storm.wrong) >= 3, storm.wrong


def test_a_term_of_no_known_sort_gets_no_options_from_the_word_lists():
    # a "device" may be anything: instruments from the list beside "derailleur" would be absurd
    fact = next(f for f in _clause_facts("A derailleur is a device that moves the chain between gears.")
                if f.answer == "derailleur")
    assert fact.wrong == []


def test_what_a_part_does_is_offered_what_the_other_parts_do_in_agreement_with_the_question():
    facts = {f.question: f for f in _document_facts("textbook-cells.txt")}
    membrane = facts["What does the cell membrane do?"]
    mitochondria = facts["What do mitochondria do?"]
    assert len(membrane.wrong) >= 3 and all(w.split()[0].endswith("s") for w in membrane.wrong), membrane.wrong
    assert "releases energy from glucose during respiration" in membrane.wrong
    # only the verb that answers agrees: "controls which substances enter and leave", not "... and leaves"
    assert "controls which substances enter and leave the cell" in facts["What does the vacuole do?"].wrong
    assert len(mitochondria.wrong) >= 3 and "make proteins by joining amino acids together" in mitochondria.wrong


def test_a_reason_is_offered_the_documents_other_reasons_of_the_same_form_never_its_own_sentences():
    for fact in _document_facts("textbook-weather.txt") + _document_facts("textbook-rivers.md"):
        if kind_of(fact.span.kind).family != "reasons":
            continue
        assert all(w not in fact.sentence.text for w in fact.wrong), (fact.question, fact.wrong)
        if fact.answer.startswith("so that"):
            assert all(w.startswith("so that") for w in fact.wrong)


def test_a_reason_is_also_offered_the_effects_of_other_reasons_but_a_false_statement_only_reasons():
    facts = {f.question: f for f in _document_facts("textbook-weather.txt")}
    deserts = facts["Why are deserts cold at night?"]
    assert len(deserts.wrong) >= 3
    assert "places near the equator are hot" in deserts.wrong  # the effect of another reason
    for statement, option in deserts.false_statements:
        assert option in ("the sea cools down more slowly than the land",
                          "the Sun's rays strike the ground almost vertically there"), statement


def test_a_reason_without_three_options_is_stated_not_asked():
    fact = next(f for f in _clause_facts("Deserts are cold at night because there are few clouds to trap the heat.")
                if f.question == "Why are deserts cold at night?")
    assert fact.answer == "there are few clouds to trap the heat"
    assert possible_types(fact, ("choice", "text", "truefalse", "number")) == ["truefalse"]
    assert fact.statement == "Deserts are cold at night because there are few clouds to trap the heat."


def test_a_false_definition_swaps_the_term_and_fits_its_article():
    facts = {f.question: f for f in _document_facts("textbook-rivers.md")}
    meander = facts["What is the term for a wide bend in a river?"]
    assert meander.statement == "A meander is a wide bend in a river."
    for statement, option in meander.false_statements:
        article = "An" if option[0] in "aeiou" else "A"
        assert statement == f"{article} {option} is a wide bend in a river."


def test_a_term_typed_accepts_its_other_number_only_when_the_text_counts_it():
    facts = {f.question: f for f in _document_facts("textbook-weather.txt")}
    assert facts["What is the term for scientists who study the atmosphere and forecast the weather?"] \
        .also_called == ["meteorologist"]
    assert facts["What is the term for an instrument that measures air pressure?"].also_called == ["barometers"]
    assert facts["What is the term for the change of liquid water into water vapour?"].also_called == []


# ---------------------------------------------------------------------------------------------
# In packs


def test_one_definition_is_asked_one_way_in_a_pack():
    pack = generate_pack([str(DATA / "textbook-weather.txt")], None)
    asked = [q.prompt for q in pack.questions if not isinstance(q, TrueFalseQuestion)]
    assert not ("What is a barometer?" in asked and "What is the term for an instrument that measures air pressure?" in asked)
    for question in pack.questions:
        if isinstance(question, (ChoiceQuestion, TextQuestion)):
            assert folded(question.answer) in folded(question.source.quote), question


def test_packs_of_textbook_prose_ask_definitions_reasons_and_purposes():
    tags = set()
    for name in ("textbook-rivers.md", "textbook-cells.txt", "textbook-weather.txt", "encyclopedia-telegraph.txt"):
        for question in generate_pack([str(DATA / name)], None).questions:
            tags.update(question.tags)
    assert {"definitions", "purposes", "reasons"} <= tags, tags


# A lesson's glossary: the terms a text defines are wrong options for each other even when their
# genera are of no known sort, as a teacher's matching exercise offers them.

_SKY = ("A comet is a ball of ice and dust that orbits the Sun. "
        "A nebula is a vast cloud of gas and dust in space. "
        "An asteroid is a rocky object that orbits the Sun between Mars and Jupiter. "
        "A galaxy is a huge group of stars held together by gravity. "
        "A neutron star is a tiny, dense core that remains after a giant star explodes. "
        "A red giant is a star that has swollen as it runs out of hydrogen. "
        "Fusion is the process in which light nuclei join into heavier ones.")


def _term_fact(text: str, term: str):
    return next(f for f in _clause_facts(text) if f.answer == term and f.question.startswith("What is the term"))


def test_a_term_of_no_known_sort_is_offered_the_other_terms_its_document_defines():
    comet = _term_fact(_SKY, "comet")
    assert len(comet.wrong) >= 3, comet.wrong
    assert set(comet.wrong[:3]) <= {"nebula", "asteroid", "galaxy", "neutron star", "red giant"}, comet.wrong
    assert possible_types(comet, ("choice",)) == ["choice"]


def test_a_glossary_option_never_names_the_answers_kind_nor_shares_its_words():
    # a red giant is a star: "neutron star" beside "red giant" and "star" beside either would be right too
    giant = _term_fact(_SKY, "red giant")
    assert len(giant.wrong) >= 3 and not any("star" in w for w in giant.wrong), giant.wrong
    neutron = _term_fact(_SKY, "neutron star")
    assert "red giant" not in neutron.wrong, neutron.wrong


def test_a_glossary_never_offers_a_process_for_a_thing_nor_a_thing_for_a_process():
    for term in ("comet", "nebula", "asteroid", "galaxy"):
        wrong = _term_fact(_SKY, term).wrong
        assert len(wrong) >= 3 and "fusion" not in wrong, wrong
    assert not {"comet", "nebula", "asteroid", "galaxy"} & set(_term_fact(_SKY, "fusion").wrong)


def test_conditions_are_a_state_offered_the_other_states_and_processes_defined():
    text = ("Humidity is the amount of water vapour in the air. "
            "Climate is the usual conditions of a region over many years. "
            "Condensation is the change of water vapour into liquid water. "
            "Transpiration is the loss of water vapour from the leaves of plants. "
            "A hygrometer is an instrument that measures humidity.")
    climate = _term_fact(text, "climate")
    assert len(climate.wrong) >= 3 and "hygrometer" not in climate.wrong, climate.wrong
    assert set(climate.wrong) <= {"humidity", "condensation", "transpiration"} | set(climate.wrong[3:]), climate.wrong


# Who gave a thing the quoted name it bears: the words that say what it was may lean on the
# sentence ("the substance it produced"), the name does not.

def test_who_gave_a_quoted_name_is_asked_with_the_full_name_the_text_gives():
    text = ("Mary Anning was a fossil collector who lived in Lyme Regis. In 1823 she found a complete skeleton. "
            "Anning named the creature it came from \"the sea dragon\" in a letter to a friend.")
    named = _by_rule(text, "makers.someone_named_it")
    assert [(f.question, f.answer) for f in named] == [("Who named the sea dragon?", "Mary Anning")]
    assert not any('"' in (f.question or "") for f in _clause_facts(text))


def test_a_name_quoted_in_someones_words_or_holding_the_namer_is_not_asked():
    assert not _clause_facts('Bell said, "We named it the photophone because it spoke with light."')
    assert not [f for f in _clause_facts('Edmond Halley named the comet "Halley\'s return" in 1705.')
                if f.rule == "makers.someone_named_it"]


# A term just before a colon, its description after it.

def test_a_term_before_a_colon_is_asked_for_its_description():
    asked = _asked("Lichens often grow on bare rock, where they release acids: chemicals that slowly "
                   "dissolve the minerals of the stone.")
    assert asked.get("What is the term for chemicals that slowly dissolve the minerals of the stone?") == "acids"


def test_a_colon_after_a_superlative_a_list_or_an_instance_gives_no_definition():
    for text in ("The most common fault is also the simplest: a loose wire inside the plug.",
                 "The reaction produces two gases: oxygen and hydrogen.",
                 "The kiln made one colour of glass: green glass that the monks used in their windows.",
                 "The guide made the point plainly: a visitor who strays from the path may fall."):
        assert not _by_rule(text, "definitions.term_before_colon"), text


# A Markdown lesson's key terms set in bold fill a defined term's options to three.

_GLACIER_LESSON = ("# Ice at work\n\n"
                   "A **glacier** is a slow river of ice that moves down a valley under its own weight. "
                   "Rock frozen into the ice scrapes the **bedrock** below. "
                   "Where two glaciers meet, a long **ridge** of rubble runs down the middle of the ice. "
                   "At the snout the ice melts and leaves its load in a **moraine**. "
                   "Some valley sides are **steep** because the ice has cut into them. "
                   "Scientists **measure** the ice every spring.\n")


def _lesson_fact(text: str, term: str):
    facts = collect_facts([document_from_bytes(text.encode(), "lesson.md")], ["t"])
    return next(f for f in facts if f.answer == term and (f.question or "").startswith("What is the term"))


def test_a_term_is_offered_the_nouns_a_markdown_lesson_sets_in_bold():
    glacier = _lesson_fact(_GLACIER_LESSON, "glacier")
    assert set(glacier.wrong) == {"bedrock", "ridge", "moraine"}, glacier.wrong


def test_an_adjective_or_a_verb_set_in_bold_is_no_option_and_bold_terms_never_fill_past_three():
    glacier = _lesson_fact(_GLACIER_LESSON.replace("a long **ridge**", "a long ridge"), "glacier")
    assert glacier.wrong == [], glacier.wrong  # "steep" and "measure" are not terms: two are too few


def test_a_defined_terms_options_are_never_a_length_a_player_tells_apart_at_a_glance():
    lesson = ("# Ice at work\n\nA **terminal moraine** is a ridge of rubble that a glacier leaves at its furthest "
              "point. Below the peak lies a small **tarn** of cold water. The ice carves a deep **corrie** high on "
              "the mountain. At the snout the ice leaves a **drumlin** of clay. Between two valleys stands a sharp "
              "**arête** of rock. Melting ice feeds a **meltwater stream**.\n")
    moraine = _lesson_fact(lesson, "terminal moraine")
    assert len(moraine.wrong) >= 3, moraine.wrong
    too_short = [w for w in moraine.wrong if len(w) < len("terminal moraine") / 2.8]
    assert too_short == [], moraine.wrong        # "fjord" or "delta" beside "terminal moraine"


# ", so" joins a reason to what followed from it.

def _reasons(text: str) -> dict[str, str]:
    return {f.question: f.answer for f in _by_rule(text, "reasons.so_as_a_result")}


def test_what_followed_after_so_is_asked_why_with_the_first_clause_as_the_answer():
    assert _reasons("The old harbour had silted up, so in 1820 the merchants moved their ships to Bristol.") == {
        "Why did the merchants move their ships to Bristol in 1820?": "the old harbour had silted up"}
    assert _reasons("Dutch engineers knew how to drain marshes, so the fens were drained by Dutch workers.") == {
        "Why were the fens drained by Dutch workers?": "Dutch engineers knew how to drain marshes"}


def test_so_after_a_pronoun_a_hedge_an_opening_phrase_or_before_two_verbs_gives_no_reason():
    for text in ("It was raining hard, so the match was called off.",
                 "The bridge may have been weakened by the flood, so the council closed the road.",
                 "After the storm, the roads were blocked, so the school stayed shut.",
                 "The river was low, so far fewer boats could pass the weir.",
                 "Ice wedges open the cracks, so the rock is weakened and breaks into blocks.",
                 "The soil was thin, so they kept sheep on the hills.",
                 "The jar was made of dark glass, so nobody could see what was inside."):
        assert not _reasons(text), text


def test_a_cause_owned_by_the_questions_subject_is_asked():
    asked = _asked("Sand dunes move inland because of their constant exposure to the wind.")
    assert asked.get("Why do sand dunes move inland?") == "their constant exposure to the wind"
    # "their" with a singular subject belongs to someone the sentence does not name
    assert not [q for q in _asked("The dune moved inland because of their grazing sheep.") if q.startswith("Why")]


# A clause that ends on a kind "called" its term asks for the term.

def test_a_kind_called_a_term_at_the_end_of_a_clause_is_asked_for_the_term():
    asked = _asked("Limestone uplands are divided into steep valleys called dales.")
    assert asked.get("What are the steep valleys into which limestone uplands are divided called?") == "dales"
    asked = _asked("Bakers add a fungus called yeast.")
    assert asked.get("What is the fungus that bakers add called?") == "yeast"


def test_a_kind_called_a_term_is_not_asked_for_a_person_a_name_or_what_the_clause_goes_on_to_say():
    for text in ("He met an old man called Walter Pym.",
                 "The museum holds a painting called the Harvest.",
                 "Saliva contains an enzyme called amylase, which starts the digestion of starch.",
                 "It is carried by a current called the Gulf Stream."):
        assert not _by_rule(text, "definitions.kind_called_a_term"), text


def test_a_latin_plural_takes_plural_options_by_its_genus():
    text = ("Villi are tiny finger-like projections that line the small intestine. "
            "Cilia are tiny hairs that sweep mucus out of the airways. "
            "Alveoli are tiny air sacs where oxygen enters the blood. "
            "Capillaries are narrow vessels that carry blood between cells. "
            "The trachea is a stiff tube that carries air to the lungs. "
            "The diaphragm is a sheet of muscle that lies below the lungs. "
            "The villi, cilia, alveoli and capillaries are all found inside the body.")
    villi = _term_fact(text, "villi")
    assert len(villi.wrong) >= 3 and not {"trachea", "diaphragm"} & set(villi.wrong), villi.wrong
