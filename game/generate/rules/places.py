"""Rules for places and every other named thing asked as "which KIND": cities, countries,
rivers, organisations, spacecraft, wars. The kind word the text puts beside the name ("the
river Rhine", "the Swedish board", "the city of Xi'an", "the Black Sea coast") goes into the
wh-phrase, said once.
"""

from __future__ import annotations

import re

from game.generate.kinds import (CITY, COUNTRY, EVENTS, MATERIAL, NAME, ORGANISATION, ORGANISATIONS, PLACES, REGION,
                                  STATE, THINGS)
from game.generate.lexicon import (
    AUXILIARIES,
    DESCRIPTOR_NOUNS,
    IRREGULAR_PAST,
    PART_NOUNS,
    fold,
    lexicon,
)
from game.generate.lexicon import FUNCTION_WORDS
from game.generate.phrasing import _VERB_WORDS, PREPOSITIONS, describing_word, verbish
from game.generate.rules.base import REFUSE, Slot, rule_list
from game.generate.rules.shared import _MODIFIER_BEFORE

FAMILIES = (PLACES, ORGANISATIONS, EVENTS, THINGS)
RULES, rule = rule_list(__name__)

_GROUP = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+)?(?:[\w'\u2019-]+\s+){0,3}[a-z]{3,}s),\s+(?:including|such\s+as)\s+$")
_CONTAINERS = (COUNTRY, STATE, REGION)


def _noun(slot: Slot) -> str | None:
    return slot.span.info.noun


@rule
def member_of_a_group(slot: Slot):
    """"Russia's ISS partners, including NASA, will need to ...": the clause is about the group,
    and asking which one is in it ("Which space agency is among Russia's ISS partners?") has
    other members among any fair wrong options. Not asked.

    Example:
        In order to do the spacewalk, Russia's ISS partners, including NASA, will need to agree.
        -> no question  [NASA]
    """
    if not _noun(slot):
        return None
    text, draft = slot.text, slot.draft
    group = _GROUP.fullmatch(text, draft.start, slot.start)
    if group is None or not re.match(r",\s+(?:[a-z]+\s+)?(?:will|would|have|had|are|were|must|can|could|need|agreed|"
                                     r"said|[a-z]+ed)\b", text[slot.end:draft.end]):
        return None
    return REFUSE


@rule
def name_after_called(slot: Slot):
    """"the city now called which city" says the kind twice: "called what".

    Example:
        The old fort grew into the city now called Nairobi by the colonists.
        -> The old fort grew into the city now called what by the colonists?  [Nairobi]
    """
    if _noun(slot) and slot.before_word in ("called", "named", "renamed") and slot.before.start(1) >= slot.draft.start:
        return slot.place("what")
    return None


@rule
def kind_then_of(slot: Slot):
    """"near the city of Xi'an" -> "near which city"; "in the Swiss canton of Uri" -> "in which Swiss canton".

    Example:
        The river begins in the Swiss canton of Uri in the high Alps near the pass.
        -> The river begins in which Swiss canton in the high Alps near the pass?  [Uri]
    """
    kind_of = re.search(r"\b(?:the|a|an)\s+((?:[A-Z][a-z]+\s+)?(?:city|town|village|island|province|state|region|county|port|"
                        r"district|canton|municipality|parish))\s+of\s+$", slot.lead)
    if _noun(slot) and kind_of:
        return slot.place(f"which {kind_of.group(1)}", start=slot.draft.start + kind_of.start())
    return None


@rule
def kind_in_apposition(slot: Slot):
    """"The Tonle Sap, a lake in Cambodia, is linked ..." -> "Which lake in Cambodia is linked ...?".

    Example:
        The Tonle Sap, a lake in Cambodia, is linked to the Mekong by a river.
        -> Which lake in Cambodia is linked to the Mekong by a river?  [Tonle Sap]
    """
    noun = _noun(slot)
    apposition = re.match(r",\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?([a-z]+)(?:\s+(?:in|on|of|near)\s+(?:the\s+)?"
                          r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?),", slot.after)
    if noun and slot.opening and apposition and apposition.group(2) == noun:
        return slot.place(f"which {apposition.group(1)}", end=slot.end + apposition.end())
    return None


@rule
def country_goes_with_its_city(slot: Slot):
    """"Cologne, Germany": the country belongs to the city ("in Nagano, Japan, brought" -> "in
    which city brought").

    Example:
        The 1998 Winter Games were held in Nagano, Japan, in February.
        -> The 1998 Winter Games were held in which city in February?  [Nagano]
    """
    if slot.kind == CITY and re.match(r",\s+[A-Z]", slot.after):
        at = slot.end + slot.after.index(",") + 2
        country = next((s for s in slot.spans if s.kind in _CONTAINERS and s.start == at), None)
        if country is not None:
            slot.end = country.end
            if slot.text[slot.end:slot.end + 1] == "," and not re.search(r",\s*(?:the\s+)?$", slot.lead):
                slot.end += 1
            slot.after = slot.text[slot.end:slot.draft.end]
    return None


@rule
def place_after_a_comma_locates_it(slot: Slot):
    """A place after the answer and a comma says where the answer is ("Kensal Green Cemetery,
    London"): it stays in the question as "in London", never left behind the question word
    ("in which place, London?").

    Example:
        The poet was buried in Holywell Cemetery, Oxford.
        -> The poet was buried in which cemetery in Oxford?  [Holywell Cemetery]
    """
    if slot.kind == CITY or not _noun(slot):
        return None
    located = re.match(r",\s+(?=[A-Z])", slot.after)
    if located is None:
        return None
    at = slot.end + located.end()
    place = next((s for s in slot.spans if s.family == PLACES and s.start == at), None)
    if place is None or not re.fullmatch(r"[.,;]?\s*", slot.text[place.end:slot.draft.end]):
        return None
    noun = _noun(slot)
    return slot.place(f"which {ORGANISATION if noun == NAME else noun} in {place.text}", end=place.end)


@rule
def country_after_its_city(slot: Slot):
    """The ", Germany" of "Cologne, Germany" is not asked alone.

    Example:
        Brackwell, Germany, was founded by monks in 1150.
        -> no question  [Germany]
    """
    if slot.kind in _CONTAINERS and re.search(r"[A-Z][\w-]+,\s+$", slot.lead):
        return REFUSE
    return None


@rule
def name_describing_a_noun(slot: Slot):
    """"The Berlin course is known for ..." -> "The course in which city is known for ...?" (but in
    "the United States began to use", "began" is a verb, not a noun the name describes).

    Example:
        The Berlin course is known for its flat and fast roads.
        -> The course in which city is known for its flat and fast roads?  [Berlin]
    """
    noun = _noun(slot)
    attributive = re.match(r"\s+((?:[a-z]{3,}\s+)?[a-z]{3,})(?=\s*[,.;]|\s+(?:is|was|are|were|has|had|in|of|on|at|for|to|and|with)\b)",
                           slot.after)
    if noun in (CITY, COUNTRY) and slot.text[slot.start:slot.span.start].lower().startswith("the") and attributive \
            and not slot.possessive \
            and not any(w in AUXILIARIES or w in PREPOSITIONS or w in DESCRIPTOR_NOUNS or w in PART_NOUNS
                        or w.endswith("ed") or w in IRREGULAR_PAST for w in attributive.group(1).split()):
        return slot.place(f"the {attributive.group(1)} in which {noun}", end=slot.end + attributive.end())
    return None


@rule
def nationality_before(slot: Slot):
    """"the Swedish National Heritage Board" -> "which Swedish board".

    Example:
        The site is protected by the Swedish National Heritage Board since 1990.
        -> The site is protected by which Swedish board since 1990?  [National Heritage Board]
    """
    noun = _noun(slot)
    draft = slot.draft
    nationality = re.search(r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?([A-Z][a-z]+)\s+$", slot.lead)
    if noun and nationality and fold(nationality.group(1)) in lexicon().demonyms:
        if _MODIFIER_BEFORE.search(slot.text, draft.start, draft.start + nationality.start(1)):
            return REFUSE  # "the southeastern Swiss Alps": the answer is inside a larger phrase
        return slot.place(f"which {nationality.group(1)} {noun}", start=draft.start + nationality.start())
    return None


@rule
def kind_before_with_a_comma(slot: Slot):
    """"the capital city, Nairobi," -> "which capital city,".

    Example:
        The government moved to the capital city, Nairobi, in 1907.
        -> The government moved to which capital city, in 1907?  [Nairobi]
    """
    noun = _noun(slot)
    apposed = re.search(r"\bthe\s+((?:[a-z]+\s+)?([a-z]+)),\s+$", slot.lead)
    if noun and apposed and (apposed.group(2) == noun or apposed.group(2) in DESCRIPTOR_NOUNS):
        return slot.place(f"which {apposed.group(1)}", start=slot.draft.start + apposed.start())
    return None


@rule
def adjective_before(slot: Slot):
    """An adjective in front of the name goes into the wh-phrase: "which tropical country".

    Example:
        The expedition crossed tropical Brazil on foot in 1913.
        -> The expedition crossed which tropical country on foot in 1913?  [Brazil]
    """
    noun = _noun(slot)
    before, word = slot.before, slot.before_word
    if noun and before is not None and word.endswith(("al", "ic", "ern", "ish", "ian", "ese", "ous", "ive", "ary")) \
            and word not in PREPOSITIONS and before.group(1).islower() and before.start(1) >= slot.draft.start \
            and not re.match(r"(?:the|a|an)\s", slot.text[slot.start:], re.I):  # "to receive the Gold Medal ...": a verb
        article = re.search(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?$", slot.text[slot.draft.start:before.start(1)], re.I)
        start = slot.draft.start + article.start() if article else before.start(1)
        return slot.place(f"which {word} {noun}", start=start)
    return None


@rule
def kind_word_before(slot: Slot):
    """"the river Rhine", "the town of Chur": the kind word goes with the answer.

    Example:
        Barges carried coal along the river Rhine to Rotterdam in 1900.
        -> Barges carried coal along which river to Rotterdam in 1900?  [Rhine]
    """
    noun = _noun(slot)
    if noun and (slot.before_word == noun or slot.before_word in DESCRIPTOR_NOUNS) and slot.before is not None:
        start = slot.before.start(1)
        article = re.search(r"\b(?:the|a|an)\s+$", slot.text[slot.draft.start:start], re.I)
        if article:
            start = slot.draft.start + article.start()
        return slot.place(f"which {slot.before_word}", start=start)
    return None


_FIELD_NOUN = re.compile(r"\s+((news|space|oil|state|football|car|film|music|rock|pop|political|"
                         r"television|radio|research|publishing|record|shipping)\s+([a-z]+))\b")


def _descriptor(slot: Slot) -> re.Match | None:
    if slot.possessive:
        return None
    descriptor = _FIELD_NOUN.match(slot.after)
    if descriptor and descriptor.group(3) not in DESCRIPTOR_NOUNS:
        descriptor = None
    return descriptor or re.match(r"\s+(([a-z]+))\b", slot.after)


@rule
def kind_word_after(slot: Slot):
    """"the Interfax news agency", "the Kepler telescope": the noun after the name says its kind.

    Example:
        A source told the Interfax-AVN news service that no decision had been made.
        -> A source told which news service that no decision had been made?  [Interfax-AVN]
    """
    descriptor = _descriptor(slot)
    slot.notes["descriptor"] = descriptor
    if descriptor and descriptor.group(1).split()[-1] in DESCRIPTOR_NOUNS:
        described = re.search(r"\b(?:the|a|an)\s+((?:[a-z]+\s+){1,2})$", slot.lead)
        if described and all(describing_word(w) for w in described.group(1).split()):
            # "the green Ljubljanica river" -> "which green river", never "the green which river"
            return slot.place(f"which {described.group(1)}{descriptor.group(1)}",
                              start=slot.draft.start + described.start(), end=slot.end + descriptor.end(1))
        return slot.place(f"which {descriptor.group(1)}", end=slot.end + descriptor.end(1))
    return None


@rule
def part_of_a_place(slot: Slot):
    """"the Black Sea coast" -> "the coast of which sea".

    Example:
        Russia hosts the Games in Sochi, on the Black Sea coast.
        -> Russia hosts the Games in Sochi, on the coast of which sea?  [Black Sea]

    Example:
        The company built new homes across the Manchester metropolitan area in 1990.
        -> The company built new homes across the metropolitan area of which city in 1990?  [Manchester]
    """
    descriptor = slot.notes.get("descriptor")
    noun = _noun(slot)
    if descriptor and descriptor.group(1) in PART_NOUNS and noun and descriptor.group(1) != noun:
        # (the "Ouse valley" of a name whose kind is valley is "which valley", said once, below)
        return slot.place(f"the {descriptor.group(1)} of which {noun}", end=slot.end + descriptor.end())
    described = _DESCRIBED_PART.match(slot.after)
    if described and noun and not slot.possessive and describing_word(described.group(1)) \
            and described.group(2) in PART_NOUNS and described.group(2) != noun:
        # "the Boston metropolitan area" -> "the metropolitan area of which city"
        return slot.place(f"the {described.group(1)} {described.group(2)} of which {noun}",
                          end=slot.end + described.end())
    return None


_DESCRIBED_PART = re.compile(r"\s+([a-z]+)\s+([a-z]+)\b")


# "European planemaker Airbus ...", "Carmaker Toyota ...": a bare description opens the clause.
_BARE_DESCRIPTION = re.compile(r"((?:[A-Z][a-z]+\s+)?(?:[a-z][a-z-]+\s+)?)([A-Za-z][a-z-]{3,})\s+")
_PROPER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ch|ic|i)$")


@rule
def description_opening_the_clause(slot: Slot):
    """A description without "the" before a name that opens the clause is the wh-phrase itself:
    "European planemaker Airbus delivered ..." is asked "Which European planemaker delivered ...?",
    never "European planemaker which company delivered ...?".

    Example:
        European planemaker Airbus delivered 735 commercial aircraft to 87 customers in 2023.
        -> Which European planemaker delivered 735 commercial aircraft to 87 customers in 2023?  [Airbus]
    """
    lead = _BARE_DESCRIPTION.fullmatch(slot.text, slot.draft.start, slot.start)
    if lead is None:
        return None
    words = lead.group(0).split()
    lower = [w.lower() for w in words]
    if any(w in PREPOSITIONS or w in AUXILIARIES or w in FUNCTION_WORDS or w in _VERB_WORDS for w in lower) \
            or lower[-1].endswith(("ed", "ing", "ly", "s")) or verbish(" ".join(lower)) \
            or (len(words) == 1 and not _PROPER_ADJECTIVE.match(words[0]) and words[0][:1].isupper()
                and not lexicon().lookup(words[0]) and words[0].lower() not in DESCRIPTOR_NOUNS | PART_NOUNS
                and not re.search(r"(?:er|or|ist|ant|ent|ian|maker)$", lower[0])):
        return None
    shown = [w if _PROPER_ADJECTIVE.match(w) else w.lower() for w in words]
    return slot.place("which " + " ".join(shown), start=slot.draft.start)


@rule
def second_of_a_pair(slot: Slot):
    """The second of two names of one kind joined by "and" is "which other KIND": "Mills in
    Germany and which country began ..." would leave Germany among the answers.

    Example:
        Paper mills in Germany and Sweden began to use wood pulp in the 1840s.
        -> Paper mills in Germany and which other country began to use wood pulp in the 1840s?  [Sweden]
    """
    noun = _noun(slot)
    if noun and not slot.possessive and re.search(r"\s+and\s+$", slot.lead) \
            and any(s.kind == slot.span.kind and re.fullmatch(r"\s+and\s+", slot.text[s.end:slot.start])
                    for s in slot.spans):
        return slot.place(f"which other {noun}")
    return None


@rule
def material_it_is_made_of(slot: Slot):
    """What a thing is made of, built of or carved from is asked "which material", with the word
    that describes the material ("made from cedar wood": which material, not which wood).

    Example:
        Pencils are writing tools. Most pencils are made from cedar wood.
        -> Most pencils are made from which material?  [cedar wood]
    """
    if slot.kind != MATERIAL:
        return None
    return slot.place("which material")


@rule
def return_to_a_place_fronted(slot: Slot):
    """"Back in Bohemia, Dvorak turned to opera": a fronted "back in" says the place is known to
    the reader already; "Back in which place, ...?" is no question a person would write.

    Example:
        Back in Vienna, Brahms turned mainly to chamber music and songs.
        -> no question  [Vienna]
    """
    if re.fullmatch(r"(?:Back|Home|Once\s+back|Once\s+home)\s+(?:in|to|at)\s+(?:the\s+)?", slot.lead):
        return REFUSE
    return None


@rule
def which_kind(slot: Slot):
    """Any other named thing is asked "which KIND" (a name of unknown kind is not asked).

    Example:
        The Danube flows into the Black Sea through a wide delta.
        -> The Danube flows into which sea through a wide delta?  [Black Sea]

    A name that describes the noun after it ("the Thames estuary ports") takes no question word:

    Example:
        Fishing boats from the Thames estuary ports sailed in convoy in 1940.
        -> no question  [Thames]
    """
    noun = _noun(slot)
    if noun is None:
        return REFUSE
    if noun == NAME:
        noun = ORGANISATION
    wh = f"which {noun}"
    descriptor = slot.notes.get("descriptor")
    end = slot.end
    if slot.possessive:
        wh += "'s"
    elif descriptor and descriptor.group(1) == noun:
        end += descriptor.end(1)  # "at the Macworld conference" -> "at which conference", said once
    elif descriptor and describing_word(descriptor.group(1)):
        return REFUSE  # "throughout the Boston metropolitan area": "which city metropolitan area" is no phrase
    return slot.place(wh, end=end)
