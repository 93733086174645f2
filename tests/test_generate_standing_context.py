"""Prompts that stand alone because the document's subject is written into them: a court
summary's case ("In Halloran v Brambleford District Council, the court dismissed the claim ..."),
a manual's product ("The Torvik HX-310's blue STEAM lamp ..."), and a kind an encyclopedia writes
with a capital and gives to its subject ("The Wendish Salt Union's last Moot ..."); where the
document leaves no one owner, the capital kind keeps the prompt out of a default pack. Every
document here is made up for the test."""

from __future__ import annotations

import pytest

from game.generate import anchoring as A
from game.generate import confidence as C
from game.generate.confidence import THRESHOLD
from tests.generate_helpers import text_facts


def _facts_asking(text: str, name: str, answer: str):
    return [f for f in text_facts(text, name) if f.question and f.answer == answer]


def _statements(text: str, name: str) -> list[tuple[str, float]]:
    return [(f.statement, f.statement_confidence) for f in text_facts(text, name) if f.statement]


# --- a court summary's party and events are the case's, and the case is named

CASE = ("CASE SUMMARY\n\n"
        "HALLORAN v BRAMBLEFORD DISTRICT COUNCIL\n"
        "High Court (King's Bench Division)\n"
        "Judgment handed down: 2 June 2026\n\n"
        "BACKGROUND\n\n"
        "On 9 January 2024 Ms Aoife Halloran, a 52-year-old teacher, slipped on ice outside the Brambleford "
        "leisure centre and broke her ankle. "
        "She was off work for nine weeks.\n\n"
        "THE DECISION\n\n"
        "In March 2025 the County Court at Wexley dismissed the claim. "
        "Ms Halloran appealed on two grounds. "
        "The court awarded damages of £21,400.\n")


@pytest.mark.parametrize("line, case", [
    ("HALLORAN v BRAMBLEFORD DISTRICT COUNCIL High Court (King's Bench Division) Judgment handed down: 2 June 2026",
     "Halloran v Brambleford District Council"),
    ("Quayle and Others v Tinmouth Freight Ltd Court of Appeal (Civil Division)", "Quayle and Others v Tinmouth Freight Ltd"),
    ("Summary of judgment: Ostley Mills Ltd v Penrose", "Ostley Mills Ltd v Penrose"),
])
def test_the_case_a_summary_is_about_is_read_from_its_header(line, case):
    assert A.document_case("CASE SUMMARY", [line]) == case
    assert A.document_case(line) == case


def test_two_cases_in_the_header_name_no_one_case():
    assert A.document_case("Two rulings", ["Ostley Mills Ltd v Penrose", "Quayle v Tinmouth Freight Ltd"]) == ""


def test_a_partys_step_in_the_case_is_written_with_the_case_it_belongs_to():
    written = A.name_the_case("Ms Halloran appealed on two grounds.", "Halloran v Brambleford District Council")
    assert written == "In Halloran v Brambleford District Council, Ms Halloran appealed on two grounds."
    written = A.name_the_case("Permission to appeal to which court was refused?", "Halloran v Brambleford District Council")
    assert written == "In Halloran v Brambleford District Council, permission to appeal to which court was refused?"
    # no step of the case in it: the facts of the background stand as they are
    assert A.name_the_case("Ms Aoife Halloran was off work for how many weeks?",
                           "Halloran v Brambleford District Council") == "Ms Aoife Halloran was off work for how many weeks?"
    # a company party named in full says which case already
    prompt = "The court found Ostley Mills Ltd liable for the collapse of which wall?"
    assert A.name_the_case(prompt, "Ostley Mills Ltd v Penrose") == prompt
    # a prompt the case name would make too long to read is left as it was
    prompt = ("On the question of the notice period, the tribunal heard evidence that only how many letters "
              "had been sent over two years?")
    assert A.name_the_case(prompt, "Quayle and Others v Tinmouth Freight Ltd") == prompt


def test_a_claim_dismissed_in_a_named_case_stands_alone():
    facts = _facts_asking(CASE, "case.txt", "March 2025")
    assert facts
    for fact in facts:
        assert fact.question.startswith("In Halloran v Brambleford District Council, ")
        assert fact.confidence >= THRESHOLD, (fact.question, fact.confidence)
    statements = dict(_statements(CASE, "case.txt"))
    assert "In Halloran v Brambleford District Council, Ms Halloran appealed on two grounds." in statements, statements


# --- a manual's parts and "the machine" are its product's

IRON = ("# Torvik HX-310 Steam Iron — Owner's Guide\n\n"
        "## Using steam\n\n"
        "Irons of this kind must never be left face down. "
        "The machine heats up in about 40 seconds. "
        "The blue STEAM lamp goes out after about 90 seconds of continuous use. "
        "The machine switches itself off after 8 minutes without movement.\n")


def test_the_product_a_manual_is_for_is_read_from_its_title():
    assert A.document_product("Torvik HX-310 Steam Iron — Owner's Guide", ["The machine heats up."]) == \
        ("Torvik HX-310", frozenset({"machine"}))
    assert A.document_product("Halvo 220 Bread Maker", ["Put the bread maker on a shelf."]) == \
        ("Halvo 220", frozenset({"bread maker"}))
    # no model named, or nothing the text calls "the machine": no product
    assert A.document_product("Looking after your iron", ["The machine heats up."]) == ("", frozenset())
    assert A.document_product("Torvik HX-310 Steam Iron", ["Irons heat up."]) == ("", frozenset())


def test_a_part_or_the_machine_is_written_as_the_products():
    nouns = frozenset({"machine", "iron"})
    assert A.name_the_product("The blue STEAM lamp goes out after about how many seconds?", "Torvik HX-310", nouns) == \
        "The Torvik HX-310's blue STEAM lamp goes out after about how many seconds?"
    assert A.name_the_product("The water tank holds how many millilitres?", "Torvik HX-310", nouns) == \
        "The Torvik HX-310's water tank holds how many millilitres?"
    assert A.name_the_product("The machine heats up in about how many seconds?", "Torvik HX-310", nouns) == \
        "The Torvik HX-310 heats up in about how many seconds?"
    # a part that words after it say whose, or a prompt naming a model already, stay as they are
    for prompt in ("The lid of the travel case is made of what?",
                   "The hopper of the Brevo CG-200 burr grinder holds how many grams?"):
        assert A.name_the_product(prompt, "Torvik HX-310", nouns) == prompt


def test_a_manuals_lamp_question_names_the_product_and_stands_alone():
    facts = _facts_asking(IRON, "iron.md", "90")
    assert facts
    for fact in facts:
        assert fact.question.startswith("The Torvik HX-310's blue STEAM lamp goes out"), fact.question
        assert fact.confidence >= THRESHOLD, (fact.question, fact.confidence)
    facts = _facts_asking(IRON, "iron.md", "40")
    assert facts
    assert all(f.question.startswith("The Torvik HX-310 heats up") for f in facts), [f.question for f in facts]


# --- a kind written with a capital: its owner's when the document gives it one, else no name

UNION = ("# Wendish Salt Union\n\n"
         "The Wendish Salt Union was an alliance of salt-trading towns on the southern Baltic coast. "
         "Its ruling body was the Wendish Moot, a meeting of the town mayors. "
         "The first general Moot met in Wismar in 1402. "
         "The Union lost its hold on the salt trade after 1520. "
         "The last Moot met in 1611, attended by only five towns.\n")

GUILD = ("# Bellfounding in Silesia\n\n"
         "Bell makers in Silesia formed guilds from the fourteenth century. "
         "They cast bells for churches across the region. "
         "The first general Chapter met in Opava in 1430. "
         "The last Chapter met in 1788, attended by only four masters.\n")


def test_a_capital_kind_the_document_gives_its_subject_is_written_as_the_subjects():
    facts = _facts_asking(UNION, "union.md", "1611")
    assert facts
    for fact in facts:
        assert fact.question.startswith("The Wendish Salt Union's last Moot met"), fact.question
        assert fact.confidence >= THRESHOLD, (fact.question, fact.confidence)


def test_a_capital_kind_after_a_rank_with_no_owner_keeps_the_prompt_out():
    assert A.capital_kinds(["The last Chapter met in 1788."]) == {"chapter"}
    for texts in (["The first Tour de France was held in 1903."],
                  ["The young Mozart played for the court."],
                  ["The new Baixa district was laid out on a grid."],
                  ["Margaret Trevail ran the works.", "The last Trevail to run it closed the works."]):
        assert A.capital_kinds(texts) == frozenset(), texts
    assert C.capital_kind("The last Chapter met in what year?", frozenset({"chapter"}))
    assert C.capital_kind("The first general Chapter met in Opava in what year?", frozenset({"chapter"}))
    assert not C.capital_kind("The Chapter of Opava met in what year?", frozenset({"chapter"}))
    facts = _facts_asking(GUILD, "guild.md", "1788")
    assert facts
    for fact in facts:
        assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)
        assert "needs the document" in fact.doubts


# --- an occasion placed but not dated is any year's

def test_a_place_after_an_occasion_says_where_not_which_one():
    assert C.vague_references("How many riders started the race in Dunmore?") < 1
    assert C.vague_references("How many people watched the match at Brackley Park?") < 1
    # dated, or named by its year, it is one occasion
    assert C.vague_references("How many riders started the race in Dunmore in 1911?") == 1
    assert C.vague_references("How many riders started the 1911 race in Dunmore?") == 1
    # a place still says which one of a thing that does not recur
    assert C.vague_references("How many arches has the bridge in Dunmore?") == 1


RACE = ("Cycling in the Borders\n\n"
        "Cycle racing came to the Borders late. "
        "Local clubs met on Saturdays. "
        "About 120 riders started the race in Kelso, and only nine finished.\n")


def test_a_question_about_the_race_somewhere_stays_out_of_a_default_pack():
    facts = [f for f in text_facts(RACE) if f.question and "the race in Kelso" in f.question and f.answer == "120"]
    assert facts
    for fact in facts:
        assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)
        assert "needs the document" in fact.doubts


# --- an instruction to the reader made into a question asks nothing a player could know

@pytest.mark.parametrize("prompt", [
    "Descale every how many months in hard-water areas?",
    "Hold RESET for how many seconds until the lamp flashes?",
    "Rinse the filter under running water every how many weeks?",
])
def test_an_instruction_made_into_a_question_is_read_as_one(prompt):
    assert C.an_instruction(prompt)


@pytest.mark.parametrize("prompt", [
    "Work began on the canal in what year?",
    "Press coverage of the trial lasted how many weeks?",
    "Mark Carney said inflation would fall by what year?",
])
def test_a_noun_or_a_name_opening_a_prompt_is_no_instruction(prompt):
    assert not C.an_instruction(prompt)


def test_an_instruction_question_stays_out_of_a_default_pack():
    manual = ("# Torvik HX-310 Steam Iron — Owner's Guide\n\n"
              "The machine heats up in about 40 seconds. "
              "Hold CLEAN and STEAM together for 5 seconds until the display shows CAL.\n")
    facts = [f for f in text_facts(manual, "iron.md") if f.question and f.question.startswith("Hold ")]
    assert facts
    for fact in facts:
        assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)


# --- a thing done to the one thing a notice names: "the closure" is its closure

BRIDGE = ("Temporary closure of Pollard Street Footbridge, Nethercott\n\n"
          "Nethercott Town Council intends to close Pollard Street Footbridge from Monday 6 April 2026 "
          "while its deck is replaced. "
          "During the closure, walkers will be sent along Canal Row through the village of Upper Nethercott.\n")


def test_the_thing_a_notice_closes_is_read_and_written_after_the_closure():
    assert A.things_done_to("Temporary closure of Pollard Street Footbridge, Nethercott", []) == \
        {"closure": "Pollard Street Footbridge"}
    assert A.things_done_to("Notice", ["The council will close Pollard Street Footbridge.",
                                       "It will also close Canal Row Car Park."]) == {}
    assert A.name_what_was_done_to("During the closure, walkers will be sent which way?",
                                   {"closure": "Pollard Street Footbridge"}) == \
        "During the closure of Pollard Street Footbridge, walkers will be sent which way?"
    prompt = "The closure of Canal Row lasted how many weeks?"
    assert A.name_what_was_done_to(prompt, {"closure": "Pollard Street Footbridge"}) == prompt
    prompts = [f.question for f in text_facts(BRIDGE) if f.question and "walkers" in f.question]
    assert prompts and all("the closure of Pollard Street Footbridge" in p for p in prompts), prompts


# --- "the League" of a results page: the league its title names, and only when there is one

LEAGUE_PAGE = ("# Fenland & District Hockey League — Premier Division\n\n"
               "Results from Saturday 12 October 2024.\n\n"
               "Wisbech Town beat March Rovers 3-1. "
               "The League was founded in 1952 by six clubs.\n")


def test_a_league_named_with_an_ampersand_is_written_out_whole_with_its_the():
    facts = [f for f in text_facts(LEAGUE_PAGE, "results.md") if f.question and f.answer == "1952"]
    assert facts
    assert all(f.question.startswith("The Fenland & District Hockey League was founded") for f in facts), \
        [f.question for f in facts]


def test_the_league_alone_beside_two_leagues_keeps_the_prompt_out():
    heads = A.name_heads("Football in Wessex", ["The Wessex League and the Hampshire League held talks in 1990."])
    assert "League" in heads
    assert C.unnamed_head("From 1995 the League was run by twelve clubs.", heads)
    assert C.unnamed_head("The League slowly lost influence.", heads)
    assert not C.unnamed_head("From 1995 the Wessex League was run by twelve clubs.", heads)
    assert not C.unnamed_head("William the Conqueror built the castle in what year?", frozenset({"Conqueror"}))
    assert not C.unnamed_head("Nansen created the Nansen passport in what year?", frozenset({"Nansen"}))
    text = ("Football in Wessex\n\n"
            "The Wessex League and the Hampshire League held talks in 1990. "
            "The talks failed. "
            "From 1995 the League was run by twelve clubs.\n")
    facts = [f for f in text_facts(text) if (f.question or "").startswith("From 1995 the League")
             or (f.statement or "").startswith("From 1995 the League")]
    assert facts
    for fact in facts:
        if fact.question:
            assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)
        assert fact.statement_confidence < THRESHOLD, (fact.statement, fact.statement_confidence)


# --- "the final" is a match, and "the overall points trophy" a trophy: both point back unless
# something says which

@pytest.mark.parametrize("prompt", [
    "Brora lost in the final.",
    "The final was decided by a penalty shoot-out.",
    "Leith Rowing Club won the overall points trophy with how many points?",
])
def test_a_final_or_an_overall_trophy_the_prompt_does_not_place_points_back(prompt):
    assert C.vague_references(prompt) < 1


@pytest.mark.parametrize("prompt", [
    "About how many people watched the 1937 final at Hampden Park?",
    "Who beat Brora in the final at Hampden Park?",
    "She was the final to be chosen.",
    "Who was the first woman to row the Atlantic alone?",
])
def test_a_dated_final_or_a_rank_of_what_follows_does_not(prompt):
    assert C.vague_references(prompt) == 1


def test_a_frame_that_would_name_the_answer_is_not_written():
    anchor = A.read_anchor("CASE SUMMARY", ["Ms Halloran appealed on two grounds."],
                           ["HALLORAN v BRAMBLEFORD DISTRICT COUNCIL"])
    assert anchor.case == "Halloran v Brambleford District Council"
    assert A.anchor_prompt("Who appealed on two grounds?", anchor, "Ms Aoife Halloran") == "Who appealed on two grounds?"
    assert A.anchor_prompt("Ms Halloran appealed on how many grounds?", anchor, "two") == \
        "In Halloran v Brambleford District Council, Ms Halloran appealed on how many grounds?"


# --- "the play" of a programme note, "the film" of a review: the work it is about

def test_the_work_a_programme_or_a_review_is_about_is_read_from_its_title():
    assert A.document_work("THE WINTER GUEST", ["When The Winter Guest opened in 1911, the play was a failure."],
                           ["THE WINTER GUEST", "by Harriet Moss", "Lantern Players - Autumn Tour 2026"]) == \
        {"work": "The Winter Guest", "work_nouns": frozenset({"play"})}
    assert A.document_work('Film review: "Salt and Iron" is a slow delight', ["The film runs for 94 minutes."],
                           ['Film review: "Salt and Iron" is a slow delight', "By Tom Reeve"]) == \
        {"work": "Salt and Iron", "work_nouns": frozenset({"film"})}
    # a news headline with a byline, never written again: no work
    assert A.document_work("Storm closes coast road", ["The play area was flooded."],
                           ["Storm closes coast road", "By Tom Reeve"]) == {}


def test_the_play_is_written_as_the_work():
    assert A.name_the_work("Director Ines Calder has set the play in what year?", "The Winter Guest",
                           frozenset({"play"})) == "Director Ines Calder has set The Winter Guest in what year?"
    assert A.name_the_work("The film runs for how many minutes?", "Salt and Iron", frozenset({"film"})) == \
        "Salt and Iron runs for how many minutes?"
    prompt = "The play area was closed for how many weeks?"
    assert A.name_the_work(prompt, "The Winter Guest", frozenset({"play"})) == prompt


@pytest.mark.parametrize("title", ["Highways Act 1980: a summary", "Section 14 notice", "Summer 2024 newsletter"])
def test_a_year_or_a_numbered_part_in_a_title_is_no_model(title):
    assert A.document_product(title, ["The unit was closed.", "The summary is short."]) == ("", frozenset())


# --- a post in the organisation a notice is from: "the Parks Manager" is the council's

def test_a_post_of_the_notices_council_is_written_as_the_councils():
    assert A.document_issuer("ASHCOMBE TOWN COUNCIL", ["PUBLIC NOTICE"]) == "Ashcombe Town Council"
    assert A.document_issuer("Notice", ["Ashcombe Town Council", "Ashcombe Rowing Club"]) == ""
    assert A.name_the_role("Comments should be sent to the Parks Manager by what date?", "Ashcombe Town Council") == \
        "Comments should be sent to Ashcombe Town Council's Parks Manager by what date?"
    assert A.name_the_role("The Head of Highways will decide by what date?", "Ashcombe Town Council") == \
        "Ashcombe Town Council's Head of Highways will decide by what date?"
    prompt = "The Parks Manager of Ashcombe Town Council retired in what year?"
    assert A.name_the_role(prompt, "Ashcombe Town Council") == prompt
    notice = ("ASHCOMBE TOWN COUNCIL\n\nPUBLIC NOTICE\n\n"
              "Ashcombe Town Council intends to drain the boating lake in Victoria Park from 4 May 2026. "
              "The lake was last drained in 1987. "
              "Anyone who wishes to comment should write to the Parks Manager by 17 April 2026.\n")
    prompts = [f.question for f in text_facts(notice) if f.question and "Parks Manager" in f.question]
    assert prompts and all("Ashcombe Town Council's Parks Manager" in p for p in prompts), prompts


# --- a moment of a match the prompt does not name

@pytest.mark.parametrize("prompt", [
    "Ferndown came from how many goals down at half-time?",
    "Who scored twice in the second half?",
    "Mara Lind overtook three riders on the last lap.",
])
def test_a_moment_of_an_unnamed_match_points_back(prompt):
    assert C.unnamed_match(prompt)


@pytest.mark.parametrize("prompt", [
    "Against Poole Harbour, Ferndown came from how many goals down at half-time?",
    "In the 1966 final, who scored in extra time?",
    "Who won the Boston Marathon on the last lap?",
    "How many goals did Ferndown score in the season?",
])
def test_a_moment_of_a_named_match_or_no_moment_does_not(prompt):
    assert not C.unnamed_match(prompt)


def test_a_results_page_question_about_half_time_stays_out():
    page = ("# Wessex Counties Netball League — Division Two results\n\n"
            "Ferndown Falcons beat Poole Harbour 41-38. "
            "Ferndown came from six goals down at half-time. "
            "Shooter Ellie Marsh scored 27 goals for Ferndown.\n")
    facts = [f for f in text_facts(page, "results.md") if f.question and "half-time" in f.question]
    assert facts
    for fact in facts:
        assert fact.confidence < THRESHOLD, (fact.question, fact.confidence)


# --- a recipe's "the soup" is the dish its title names

def test_the_dishs_kind_word_and_the_recipe_are_written_as_the_dish():
    dish = "leek and potato soup"
    assert A.name_the_dish("The soup keeps for how many days in the fridge?", dish) == \
        "Leek and potato soup keeps for how many days in the fridge?"
    assert A.name_the_dish("The recipe comes from which cafe?", dish) == \
        "The recipe for leek and potato soup comes from which cafe?"
    prompt = "Leek and potato soup is served with what?"
    assert A.name_the_dish(prompt, dish) == prompt
    recipe = ("Leek and mushroom soup\n\n"
              "Serves 4. Preparation: 10 minutes. Cooking: 30 minutes.\n\n"
              "This soup comes from a farmhouse kitchen in Wensleydale. "
              "Chestnut mushrooms give the best flavour, and the mushrooms should be sliced thinly. "
              "The soup keeps for three days in the fridge.\n")
    facts = [f for f in text_facts(recipe) if f.question and "fridge" in f.question]
    assert facts
    for fact in facts:
        assert fact.question.startswith("Leek and mushroom soup keeps"), fact.question
        assert fact.confidence >= THRESHOLD, (fact.question, fact.confidence)


def test_a_subjects_name_ending_in_s_takes_an_apostrophe_alone():
    subjects = (A.Subject("Royal Society of Fenland Naturalists", True, frozenset({"society"})),)
    assert A.name_the_subject("The Society's library holds how many volumes?", subjects, 3) == \
        "The Royal Society of Fenland Naturalists' library holds how many volumes?"


# --- "The children should ..." in a letter: the children the letter has in mind, however often it
# speaks of them, are no kind of thing a lesson teaches

def test_a_group_of_people_opening_a_reason_points_back():
    letter = ("Visit to Hexham Abbey\n\n"
              "Dear parents,\n\n"
              "Class 6 will visit Hexham Abbey on Friday 5 June 2026. "
              "The children will see the crypt, and the children will try brass rubbing. "
              "The children should bring a packed lunch, because the abbey cafe will be closed. "
              "The coach leaves school at 8.45am.\n")
    facts = [f for f in text_facts(letter) if (f.statement or "").startswith("The children should bring")]
    assert facts
    for fact in facts:
        assert fact.statement_confidence < THRESHOLD, (fact.statement, fact.statement_confidence)
