"""Lines with no subject give no question: a leaflet's "Replanted in 2009 ...", "Climb 96 steps
...", a timeline's "1216 – Besieged for three weeks ...", a room's "A small chapel ..., uncovered
in 1988". The question word never goes into a participle phrase set before the subject. Each
test uses sentences of its own."""

from __future__ import annotations

import pytest

from game.generate.phrasing import opens_without_subject
from tests.generate_helpers import text_questions, text_statements


@pytest.mark.parametrize("body, wh", [
    ("Replanted in what year to its medieval plan, with a herb bed and a well", "what year"),
    ("Restored between 1990 and 1994 by which charity", "which charity"),
    ("Besieged for three weeks during the First Barons' War in what year", "what year"),
    ("Climb how many steps for views over the valley", "how many"),
    ("Allow around how many hours for the full trail", "how many"),
    ("Press the red button for how many seconds", "how many"),
    ("Which building – Climb 96 steps for views over the valley", "Which building"),
    ("In 1216, Besieged for three weeks during the First Barons' War", ""),
    ("A small chapel with a rare painted ceiling, uncovered during repairs in what year", "what year"),
    ("An iron bell from the old mill, recast at Whitechapel in which year", "which year"),
    ("Perched on a limestone ridge how many metres above the sea, the lighthouse has guided ships since 1812",
     "how many"),
])
def test_a_line_without_a_subject_is_a_fragment(body, wh):
    assert opens_without_subject(body, wh)


@pytest.mark.parametrize("body, wh", [
    ("Founded in 1134, the priory was closed in what year", "what year"),
    ("Built in 1889 for the World's Fair, the tower stands how many metres tall", "how many"),
    ("Harrowgate Priory stands on a low hill above which river", "which river"),
    ("Rain fell on how many days in March", "how many"),
    ("Light from the Sun takes about how many minutes to reach the Earth", "how many"),
    ("Water boils at how many degrees Celsius at sea level", "how many"),
    ("Alfred the Great defeated the Danes at which battle", "which battle"),
    ("The La Rance power station in Brittany, France, opened in what year", "what year"),
    ("The bridge opened in 1890, replacing a ferry that had run since which century", "which century"),
    ("Open days are held at the mill in which month", "which month"),
])
def test_a_clause_with_a_subject_is_no_fragment(body, wh):
    assert not opens_without_subject(body, wh)


LEAFLET = """# Harrowgate Priory

Harrowgate Priory stands on a low hill above the River Wenn in Northumberland. Augustinian canons founded it in 1134, and Henry VIII closed it in 1539.

## What to see

**1. The Cloister Garden** – Replanted in 2009 to its medieval plan, with a herb bed and a well.

**2. The Bell Tower** – Climb 96 steps for views over the valley.

**3. The Lady Chapel** – A small chapel with a rare 14th-century painted ceiling, uncovered during repairs in 1988.

## Timeline

- **1216** – Besieged for three weeks during the First Barons' War; the canons surrender when the well runs dry.
- **1952** – The Ministry of Works takes the ruins into care.
"""


def test_a_leaflets_subjectless_lines_give_no_question_and_its_sentences_still_do():
    questions = text_questions(LEAFLET, "priory.md")
    statements = text_statements(LEAFLET, "priory.md")
    for line in questions + statements:
        for fragment in ("Replanted", "Climb", "Besieged", "A small chapel"):
            assert fragment not in line, line
    # the leaflet's whole sentences are still asked about
    assert any("River Wenn" in q or "Northumberland" in q for q in questions + statements), questions
