"""Typed answers: the forms a player may type, and the tolerance of a rough figure, are neither
too narrow nor too loose (made-up documents)."""

from __future__ import annotations

from game.generate import document_from_bytes
from game.generate.kinds import COUNT, YEAR, Span
from game.generate.pipeline import collect_facts
from game.generate.quantities import approximate_tolerance, boundary_year
from game.generate.questions import build_question
from game.generate.select import coordinated, possible_types
from game.generate.typed import adjective_variant, given_by_prompt, named_again, with_class_noun

ALL = ("choice", "truefalse", "number", "text")


def _facts(text: str):
    return collect_facts([document_from_bytes(text.encode(), "doc.txt")], ["doc"])


def _asked(text: str, answer: str):
    found = [f for f in _facts(text) if f.answer == answer and f.question]
    assert found, [(f.question, f.answer) for f in _facts(text)]
    return found[0]


def test_the_other_name_a_sentence_gives_right_after_the_answer_is_accepted():
    text = ("The Bronze Age in northern Europe\n\nMetalworking reached the northern coasts late. In the marshes "
            "of Jutland the era in which bronze tools came into common use is usually called the Nordic Bronze "
            "Age, or Montelius Period. Traders carried amber south along the rivers.")
    question = build_question(_asked(text, "Nordic Bronze Age"), "text", True)
    assert question.accept == ["Montelius Period"]


def test_named_again_reads_or_brackets_and_also_called_but_not_a_list():
    def after(text: str, name: str) -> list[str]:
        return named_again(text, text.index(name), text.index(name) + len(name))
    assert after("The old port is called Kestrel Haven, or Kestrel Bay.", "Kestrel Haven") == ["Kestrel Bay"]
    assert after("They reached Lake Ovan (Lake Ovo) at dawn.", "Lake Ovan") == ["Lake Ovo"]
    assert after("The ridge, Tarn Edge, also called the Grey Wall, rises here.", "Tarn Edge") == ["Grey Wall"]
    assert after("Ships sailed to Avonport, Kellby, or Marston.", "Kellby") == []  # one of a list
    assert after("The Forest Survey Office (FSO) counted the trees.", "Forest Survey Office") == []  # a short form


def test_a_member_named_after_its_class_noun_is_the_answer_and_is_asked_which_of_the_class():
    text = ("Enzymes in brewing\n\nBrewers rely on enzymes from malted barley. Each enzyme speeds up one reaction. "
            "Diastase, made in the sprouting grain, breaks down starch into the sugar maltose. The enzyme works "
            "best in warm water. Yeast later turns sugar into alcohol.")
    fact = _asked(text, "maltose")
    assert fact.question == "Diastase, made in the sprouting grain, breaks down starch into which sugar?"
    assert build_question(fact, "text", True).accept == ["sugar maltose"]
    assert not [f for f in _facts(text) if f.answer == "sugar maltose"]


def test_with_class_noun_needs_the_class_noun_after_the():
    text = "The clay holds the mineral kaolinite and some sand."
    assert with_class_noun(text, text.index("kaolinite"), "kaolinite") == ["mineral kaolinite"]
    text = "The clay holds fine kaolinite and some sand."
    assert with_class_noun(text, text.index("kaolinite"), "kaolinite") == []


def test_a_person_named_by_one_name_is_keyed_by_the_full_name_the_document_gives():
    text = ("Village chess open\n\nThe Harbury chess open was won on Saturday by Margaret Olenska, a retired "
            "teacher. Margaret said she had studied the opening for weeks. Her final game lasted five hours.")
    fact = _asked(text, "Margaret")
    assert fact.identity == "margaret olenska"
    question = build_question(fact, "text", True)
    assert (question.answer, question.accept) == ("Margaret Olenska", ["Margaret", "Olenska"])


def test_an_accepted_form_is_never_only_the_class_word_the_prompt_gives():
    text = ("Digestion in the gut\n\nDigestion breaks large food molecules into small ones. The rate of an enzyme "
            "reaction rises with warmth until the enzyme's shape begins to change. The temperature at which an "
            "enzyme works fastest is called the optimum temperature. Above that temperature the enzyme is denatured.")
    fact = _asked(text, "optimum temperature")
    assert build_question(fact, "text", True).accept == ["optimal temperature"]
    assert given_by_prompt("temperature", "optimum temperature", "The temperature at which it works is called what?")
    assert not given_by_prompt("optimum", "optimum temperature", "The temperature at which it works is called what?")
    assert adjective_variant("maximum speed") == ["maximal speed"] and adjective_variant("optimum") == []


def test_a_coordinated_pair_is_asked_with_options_only():
    text = ("Metamorphic rocks\n\nMetamorphic rocks form deep underground. Shale is changed into slate by heat "
            "and pressure. Limestone is changed into marble by heat and pressure over millions of years. Heat and "
            "pressure also turn sandstone into quartzite.")
    facts = [f for f in _facts(text) if f.answer == "heat and pressure" and f.question]
    assert facts and all("text" not in possible_types(f, ALL) for f in facts)
    assert coordinated("farmers and landowners") and not coordinated("Trinidad and Tobago")


ORINOCO = ("The Orinoco basin\n\nThe Orinoco basin holds one of the largest wetlands in South America, with about "
           "1,200 known species of birds. Scientists counted almost 40 kinds of catfish in a single lagoon in 2019. "
           "Maps printed before 1801 show the river flowing into the wrong sea.")


def test_a_rough_figure_is_typed_within_a_tolerance_and_offered_only_far_options():
    fact = _asked(ORINOCO, "40")
    question = build_question(fact, "number", True)
    assert question.tolerance == 4 and all(abs(w - 40) > 4 for w in question.wrong)
    birds = _asked(ORINOCO, "1,200")
    assert birds.wrong and all(abs(float(w.replace(",", "")) - 1200) > 120 for w in birds.wrong)
    assert build_question(_asked(ORINOCO, "2019"), "number", True).tolerance == 0  # an exact year


def test_approximate_tolerance_reads_the_hedge_before_the_figure():
    def tolerance(text: str, number: str, value: float, kind: str = COUNT):
        at = text.index(number)
        return approximate_tolerance(text, Span(at, at + len(number), number, kind, value))
    assert tolerance("The wall is well over 3,000 years old.", "3,000", 3000) == 300
    assert tolerance("The wall is over 3,000 years old.", "3,000", 3000) == 0  # a bound, given exactly
    assert tolerance("The reef is roughly two kilometres wide.", "two", 2) == 0
    assert tolerance("The lake holds some 7 million fish.", "7", 7) == 0  # 8 million is another figure
    assert tolerance("The lake is about 16 metres deep.", "16", 16) == 1
    assert tolerance("The mill was built around 1650.", "1650", 1650, YEAR) == 5
    assert tolerance("The mill was built in 1650.", "1650", 1650, YEAR) == 0


def test_a_boundary_year_is_not_typed_and_not_offered_the_year_next_to_it():
    fact = _asked("Old maps of the Orinoco\n\nPrinted maps of the river are prized by collectors. Maps printed "
                  "before 1801 are known as early maps. The first survey of the delta was made in 1800 by a Spanish "
                  "officer. Most early maps show the river flowing into the wrong sea.",
                  "1801")
    assert "number" not in possible_types(fact, ALL)
    assert fact.wrong and all(abs(int(w) - 1801) > 1 for w in fact.wrong)
    text = "Bells cast after 1750 are rare."
    at = text.index("1750")
    assert boundary_year(text, Span(at, at + 4, "1750", YEAR, 1750))
    text = "Bells were cast in 1750."
    assert not boundary_year(text, Span(text.index("1750"), text.index("1750") + 4, "1750", YEAR, 1750))
