"""Prompts about a part, a member or a moment of the one thing an article is about, framed with
it; an organisation's frame only on its own doings and figures.

- An article on one event (a flood, a fun run), one structure (a lighthouse) or one kind of
  living thing (the barn owl), or a summary of one court case, frames a prompt that names
  nothing: "At Kelby Point Lighthouse, the lamp burned ...", "In barn owls, a female lays ...",
  "In Sandhu v Greenway Roofing, the judge allowed ...". A prompt that names something else, a
  definition and the law for every case are left as they are; one no frame fits is doubted.
- An organisation's own report frames its own figures ("At Tarnedale Wildlife Trust in 2024,
  volunteers ..."), not its history paragraph nor a statement of no figure about no one of it.

Every document and sentence here is made up for the test."""

from __future__ import annotations

from game.generate import anchoring as A
from game.generate import document_from_bytes
from game.generate.confidence import THRESHOLD
from tests.generate_helpers import text_facts


def _anchor(text: str, name: str = "t.txt") -> A.Anchor:
    document = document_from_bytes(text.encode(), name)
    return A.read_anchor(document.title, [s.text for s in document.sentences],
                         [line for line, _reason in document.dropped])


LIGHTHOUSE = ("# Kelby Point Lighthouse\n\n"
              "Kelby Point Lighthouse is a disused lighthouse on the headland of Kelby Point, on the coast of "
              "Northumberland. It was designed by the engineer Alan Ferrier and first lit on 12 October 1841. "
              "The tower is built of local sandstone and stands 31 metres tall. "
              "A spiral staircase of 142 steps leads from the base to the lantern room. "
              "The lamp burned whale oil until 1868, when it was converted to paraffin. "
              "Three keepers lived in cottages beside the tower until the light was automated in 1962. "
              "The lighthouse was decommissioned in 1998 and is now run as a museum by a local trust.\n")

FLOOD = ("# The Fenmouth Flood of 1953\n\n"
         "The Fenmouth Flood of 1953 struck the low-lying town of Fenmouth on the night of 31 January 1953, "
         "when a storm surge overtopped the sea wall. "
         "The water rose to a depth of 2.4 metres in the lower streets within an hour. "
         "Rescuers worked through the night in fishing boats and farm carts. "
         "The flood killed 58 people and left more than 3,000 homeless. "
         "A new sea wall, two metres higher than the old one, was completed in 1957.\n")

FUN_RUN = ("THE HARWICK ADVERTISER\nMonday 9 June\n\n"
           "Sunshine and smiles as Harwick Fun Run raises £38,000\n\nBy Leah Moss\n\n"
           "More than 1,400 runners took part in the Harwick Fun Run on Sunday, the largest field in its "
           "twelve-year history. The five-kilometre course ran twice around Harwick Park and finished beside "
           "the bandstand. The fastest runner finished in just over sixteen minutes. Organisers said the "
           "Harwick Fun Run had raised £38,000 for the town's hospice. Volunteers handed out 2,000 bottles of "
           "water along the route.\n")

RULING = ("IN THE COUNTY COURT AT NORTHAMPTON\nClaim No. M4NP2281\n\nBETWEEN:\nPRIYA SANDHU\nClaimant\n\nand\n\n"
          "GREENWAY ROOFING LIMITED\nDefendant\n\nSUMMARY OF JUDGMENT\n\n"
          "The claimant paid the defendant £3,200 in May 2023 to replace the roof of her garage. "
          "Within six months the new roof leaked in two places. "
          "The judge found that the felt had been laid without an adequate overlap. "
          "The judge allowed £1,150 for the repairs and £85 for a damaged rug. "
          "A consumer may claim for work not carried out with reasonable care and skill.\n")

BARN_OWL = ("# Barn owl\n\n"
            "The barn owl (Tyto alba) is a species of owl found on every continent except Antarctica. "
            "It hunts mainly at night over open grassland.\n")

TRUST = ("# Otters in the Tarne Valley\n\n"
         "Tarnedale Wildlife Trust — Species Report 2024\n\n"
         "## History\n\n"
         "The otter was once common on every river in the county. "
         "By 1975 the otter had vanished from the Tarne, poisoned by pesticides washing off the fields.\n\n"
         "## Our work in 2024\n\n"
         "In 2024 the Trust surveyed 86 kilometres of riverbank. "
         "Volunteers found otter signs at 41 of the 52 sites checked. "
         "Otters now breed again on every main tributary of the Tarne.\n")


def test_an_event_a_structure_and_a_case_are_read_as_what_the_document_is_about():
    assert A.whole_topic("Kelby Point Lighthouse", ["Kelby Point Lighthouse stands on a headland.",
                                                    "The lighthouse was first lit in 1841."]) == \
        A.Topic("Kelby Point Lighthouse", "At", "kelby", whole="structure")
    flood = _anchor(FLOOD, "flood.md").topic
    assert (flood.name, flood.lead, flood.whole) == ("the Fenmouth Flood of 1953", "In", "event")
    assert _anchor(FLOOD, "flood.md").place == ""  # the flood is framed as the flood, not as a report's place
    run = _anchor(FUN_RUN).topic
    assert (run.name, run.lead, run.whole) == ("the Harwick Fun Run", "In", "event")
    assert _anchor(RULING).case == "Sandhu v Greenway Roofing"
    assert A.case_from_parties(["BETWEEN:", "(1) ANNA REES", "(2) OWEN REES", "Claimants", "and", "TOM BALE",
                                "Defendant"]) == "Rees and Rees v Bale"
    owl = A.living_topic("Barn owl", ["The barn owl (Tyto alba) is a species of owl found on every continent."])
    assert (owl.name, owl.lead, owl.whole) == ("barn owls", "In", "living")
    assert A.living_topic("Copper", ["Copper is a chemical element with the symbol Cu."]) is None
    assert A.whole_topic("Notes on the harvest", ["The harvest was late."]) is None


def test_a_part_of_the_whole_is_framed_with_it():
    lighthouse = A.Topic("Kelby Point Lighthouse", "At", "kelby", whole="structure")
    assert A.frame_the_part("The lamp burned whale oil until what year?", lighthouse) == \
        "At Kelby Point Lighthouse, the lamp burned whale oil until what year?"
    assert A.frame_the_part("How many keepers lived in the cottages?", lighthouse) == \
        "At Kelby Point Lighthouse, how many keepers lived in the cottages?"
    owls = A.living_topic("Barn owl", ["The barn owl (Tyto alba) is a species of owl found in Wales."])
    assert A.frame_the_part("A female usually lays between four and how many eggs?", owls) == \
        "In barn owls, a female usually lays between four and how many eggs?"
    assert A.frame_the_part("Chicks leave the nest about how many weeks after hatching?", owls) == \
        "In barn owls, chicks leave the nest about how many weeks after hatching?"
    battle = A.Topic("the Battle of Carrow Moor", "At", "carrow", whole="event")
    assert A.frame_the_part("The Scottish army was made up mostly of what?", battle) == \
        "At the Battle of Carrow Moor, the Scottish army was made up mostly of what?"


def test_no_part_frame_on_a_prompt_that_names_something_or_defines_or_points_elsewhere():
    lighthouse = A.Topic("Kelby Point Lighthouse", "At", "kelby", whole="structure")
    for prompt in ("Alan Ferrier designed which lighthouse on the coast?",      # names a person
                   "Kelby Point Lighthouse was decommissioned in what year?",   # names it already
                   "The lamp was moved to the Tyne Museum in what year?",       # names another thing
                   "A lantern room is the glazed room at the top of a tower.",  # a definition
                   "They were paid how much a year?"):                          # a pronoun the text explains
        assert A.frame_the_part(prompt, lighthouse) == prompt
    owls = A.Topic("barn owls", "In", "owl", whole="living")
    assert A.frame_the_part("Which organisation banned the pesticide in 2013?", owls) == \
        "Which organisation banned the pesticide in 2013?"  # people's doings are no part of an owl


def test_a_case_frames_what_happened_not_the_law_for_every_case():
    case = "Sandhu v Greenway Roofing"
    assert A.frame_the_case_part("Applying a discount, the judge allowed how much?", case) == \
        "In Sandhu v Greenway Roofing, applying a discount, the judge allowed how much?"
    assert A.frame_the_case_part("A consumer may claim for work not done with reasonable care.", case) == \
        "A consumer may claim for work not done with reasonable care."


def test_documents_frame_their_parts_exactly():
    questions = {f.question for f in text_facts(LIGHTHOUSE, "lighthouse.md") if f.question}
    assert "At Kelby Point Lighthouse, the lamp burned whale oil until what year?" in questions
    assert "At Kelby Point Lighthouse, the tower is built of local sandstone and stands how many metres tall?" \
        in questions
    assert "Kelby Point Lighthouse was decommissioned in what year?" in questions  # named: no frame
    flood = {f.question for f in text_facts(FLOOD, "flood.md") if f.question}
    assert "In the Fenmouth Flood of 1953, the water rose to a depth of how many metres in the lower streets " \
           "within an hour?" in flood
    run = {f.question for f in text_facts(FUN_RUN) if f.question}
    assert "In the Harwick Fun Run, the fastest runner finished in just over how many minutes?" in run
    ruling = {f.question for f in text_facts(RULING) if f.question}
    assert "In Sandhu v Greenway Roofing, within six months the new roof leaked in how many places?" in ruling


def test_a_framed_part_stands_alone_and_an_unframed_one_is_doubted():
    facts = {f.question: f for f in text_facts(LIGHTHOUSE, "lighthouse.md") if f.question}
    framed = facts["At Kelby Point Lighthouse, the tower is built of local sandstone and stands how many metres tall?"]
    assert "needs the document" not in framed.doubts and framed.confidence >= THRESHOLD  # the tower is the lighthouse's
    anchor = _anchor(LIGHTHOUSE, "lighthouse.md")
    assert A.unframed_part("How many levels are open to visitors every day of the year?", anchor)
    assert not A.unframed_part("At Kelby Point Lighthouse, how many levels are open to visitors?", anchor)
    assert A.framed_whole("At Kelby Point Lighthouse, the lamp burned oil.", anchor) == len("At Kelby Point Lighthouse, ")


def test_an_organisation_frames_its_own_figures_not_its_history():
    trust = A.Topic("Tarnedale Wildlife Trust", "At", "tarnedale", period="2024", own=True)
    assert not A.the_bodys_own("By 1975 the otter had vanished from the Tarne.",
                               "By 1975 the otter had vanished from the Tarne, poisoned by pesticides.", trust, True)
    assert not A.the_bodys_own("The otter was once common on every river in the county.",
                               "The otter was once common on every river in the county.", trust, True)
    assert A.the_bodys_own("Volunteers found otter signs at 41 of the 52 sites checked.",
                           "Volunteers found otter signs at 41 of the 52 sites checked.", trust, True)
    statements = {f.statement for f in text_facts(TRUST, "trust.md") if f.statement}
    assert not any(s.startswith("At Tarnedale Wildlife Trust") and ("1975" in s or "once common" in s)
                   for s in statements)
    questions = {f.question for f in text_facts(TRUST, "trust.md") if f.question}
    assert "At Tarnedale Wildlife Trust in 2024, volunteers found otter signs at 41 of how many sites checked?" \
        in questions


def test_a_figure_set_against_a_past_year_is_still_the_bodys():
    trust = A.Topic("Tarnedale Wildlife Trust", "At", "tarnedale", period="2024", own=True)
    assert A.the_bodys_own("Volunteers logged 41 sightings, compared with 29 in 2023.",
                           "Volunteers logged 41 sightings, compared with 29 in 2023.", trust, True)
    council = A.Topic("Oakhurst", "In", "oakhurst", period="2026/27", own=True)
    assert A.the_bodys_own("Hanging baskets are paid for by local shops.",
                           "Hanging baskets are paid for by local shops.", council, True)  # a place's year
