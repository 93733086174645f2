"""Rules for key terms and acronyms: "what", and "do what" or "doing what" for an action.
"""

from __future__ import annotations

import re

from game.generate.kinds import TERMS
from game.generate.lexicon import word_set
from game.generate.rules.base import REFUSE, Slot, rule_list

FAMILIES = (TERMS,)
RULES, rule = rule_list(__name__)
CLASS_NOUNS = word_set("class_nouns")


@rule
def one_of_a_pair_of_terms(slot: Slot):
    """"in what and algae" reads badly.

    Example:
        The pigment was called peridinin or dinoxanthin by the chemists.
        -> no question  [peridinin]
    """
    if re.match(r"\s+(?:and|or)\s+(?!(?:is|are|was|were|has|have|had|then|also)\b|[a-z]+ed\b)", slot.after) \
            or re.search(r"\b(?:and|or)\s+$", slot.lead):
        return REFUSE
    return None


@rule
def term_before_its_examples(slot: Slot):
    """"in terms of what such as gold": the examples belong to the answer.

    Example:
        Gold is a commodity. The price rose in terms of commodities such as gold and silver in 1975.
        -> no question  [commodities]
    """
    if re.match(r",?\s+(?:such\s+as|like|including|especially|notably)\b", slot.after):
        return REFUSE
    return None


@rule
def first_term_of_a_list(slot: Slot):
    """The first of a list: "as what, faculty, or staff".

    Example:
        Rocks form from sediment. Sandstone is made of sediment, shells, and clay from rivers.
        -> no question  [sediment]
    """
    if re.match(r",\s+(?:[\w-]+\s+){0,2}[\w-]+,?\s+(?:and|or)\s", slot.after):
        return REFUSE
    return None


@rule
def term_with_a_relative_clause(slot: Slot):
    """"to do what that has not been touched": the clause belongs to the answer.

    Example:
        The corals were coloured by zooxanthellae that lived in their tissue. Zooxanthellae are algae.
        -> no question  [zooxanthellae]
    """
    if re.match(r"\s+(?:that|which|who)\b", slot.after):
        return REFUSE
    return None


@rule
def source_of_according_to(slot: Slot):
    """The source a sentence opens with ("According to the analysis, ...") is no key term: "According
    to what, ...?" asks nothing a reader could know.

    Example:
        According to the analysis, the atmosphere of the planet holds more carbon than expected.
        -> no question  [analysis]
    """
    if re.fullmatch(r"\s*According\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?", slot.lead, re.I):
        return REFUSE
    return None


@rule
def term_inside_the_subject(slot: Slot):
    """A term after a preposition inside a subject, right before its verb ("starspots on what could
    mimic ...?"), would need the clause turned round: not asked.

    Example:
        The scientist said that traces of chlorophyll could explain the green colour of the rock.
        -> no question  [chlorophyll]
    """
    if re.match(r"(?:\s+(?:in|on|at|of|from)\s+(?:the\s+|a\s+|an\s+)?[a-z]+)?"
                r"\s+(?:could|can|will|would|may|might|must|should|is|are|was|were|has|have|had)\b", slot.after) \
            and re.search(r"\b[A-Za-z]{3,}\s+(?:on|of|in|from|with|at|near|around)\s+(?:the\s+|a\s+|an\s+)?$", slot.lead):
        return REFUSE
    return None


@rule
def term_inside_an_aside(slot: Slot):
    """"Terry Hughes, a coral expert at the university, has ...": inside an aside.

    Example:
        Dr Lee, a specialist in photosynthesis at the university, has studied algae since 1998.
        -> no question  [photosynthesis]
    """
    if re.search(r"[A-Za-z],\s+(?:a|an|the)\s+[^,]*$", slot.lead) and re.match(r"[^,]*,", slot.after):
        return REFUSE
    return None


@rule
def term_inside_a_title_given(slot: Slot):
    """A title someone is named, voted or elected ("named player of the tournament") is said
    whole: "named what of the tournament" and "named player of what" are no questions.

    Example:
        The striker Kim Park was voted player of the tournament by the coaches. The tournament lasted a week.
        -> no question  [tournament]
    """
    given = re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|also\s+)?(?:named|voted|crowned|elected|"
                      r"appointed)\s+(?:(?:the|a|an)\s+)?((?:[a-z]+\s+){0,3})$", slot.lead)
    if given and (given.group(1) or re.match(r"\s+of\b", slot.after)):
        return REFUSE  # ("The city was named European Green Capital": the whole title is asked)
    return None


@rule
def inverted_clause(slot: Slot):
    """"On the membranes are what?": the sentence is turned round.

    Example:
        Inside the chloroplasts are thylakoids in stacks. The thylakoids hold chlorophyll.
        -> no question  [thylakoids]
    """
    if re.match(r"(?:In|On|At|Among|Within|Inside|Beside|Near)\s", slot.lead) \
            and slot.before_word in ("are", "were", "is", "was"):
        return REFUSE
    return None


@rule
def action(slot: Slot):
    """An action is asked "do what", a named action "doing what".

    Example:
        Chloroplasts' main role is to conduct photosynthesis in the cells of plants.
        -> Chloroplasts' main role is to do what in the cells of plants?  [conduct photosynthesis]
    """
    return slot.place(f"{slot.span.group} what") if slot.span.group else None


@rule
def member_of_a_named_class(slot: Slot):
    """A term the text writes after its class noun ("the sugar maltose") is asked "which" of
    that class.

    Example:
        Yeast turns the sugar in grape juice into the gas carbon dioxide.
        -> Yeast turns the sugar in grape juice into which gas?  [carbon dioxide]
    """
    named = _CLASS_BEFORE.search(slot.lead)
    if not named or named.group(1) not in CLASS_NOUNS:
        return None
    return slot.place(f"which {named.group(1)}", start=slot.draft.start + named.start())


_CLASS_BEFORE = re.compile(r"\bthe\s+([a-z]+)\s+$")


@rule
def term(slot: Slot):
    """Any other term is asked "what", with its "a" or "an".

    Example:
        Heat and pressure turn shale into a metamorphic rock called slate.
        -> Heat and pressure turn shale into a metamorphic rock called what?  [slate]
    """
    article = re.search(r"\b(?:a|an)\s+$", slot.lead)
    return slot.place("what", start=slot.draft.start + article.start() if article else slot.start)
