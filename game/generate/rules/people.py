"""Rules for people: "who", "whom", "whose", and "which goldsmith" or "which Russian president"
when the text says what the person is.
"""

from __future__ import annotations

import re

from game.generate.kinds import PEOPLE
from game.generate.lexicon import AUXILIARIES, IRREGULAR_PAST, TITLES, fold, lexicon, word_set
from game.generate.phrasing import PREPOSITIONS, describing_word
from game.generate.rules.base import REFUSE, Slot, rule_list
from game.generate.terms import common_words
from game.generate.verbs import readings

FAMILIES = (PEOPLE,)
RULES, rule = rule_list(__name__)

# "of Kenya", "of the Czech Republic": where a person is from, right after the name.
_ORIGIN = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")
# ", a goldsmith from Mainz,": who a person is, between commas right after the name.
_ROLE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+((?:[A-Za-z-]+\s+){0,3}[a-z]+(?:\s+(?:from|of|in|at|for)\s+"
                              r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?),(?=\s+[a-z])")
# A verb right after a name: the name is the subject of its own clause ("after Schimper observed").
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|" + "|".join(sorted(AUXILIARIES)) + r")\b")


@rule
def name_after_its_role_between_commas(slot: Slot):
    """"The mayor, John Smith, said ...": "The mayor, who, said ...?" reads badly.

    Example:
        The new mayor, John Smith, opened the bridge over the river in 1999.
        -> no question  [John Smith]
    """
    if re.search(r"\b[a-z]{3,},\s+$", slot.lead) and re.match(r",", slot.after):
        return REFUSE
    return None


@rule
def name_at_birth(slot: Slot):
    """"Marie Curie was born Maria Sklodowska": a name she had, not someone to ask "who" about.

    Example:
        The singer was born Anna Kowalska in a village near Krakow in 1950.
        -> no question  [Anna Kowalska]
    """
    return REFUSE if slot.before_word == "born" else None


# "Henry, Earl of Ormond": a title of nobility or of the church after a first name, part of the name.
_TITLE_OF_A_PLACE = re.compile(r",\s+(?:the\s+)?(?:Duke|Duchess|Earl|Count|Countess|Marquess|Marquis|Baron|Baroness|"
                               r"Viscount|Lord|Lady|Prince|Princess|King|Queen|Bishop|Archbishop|Abbot|Abbess)\s+of\b")
# 'Robert "Bob" ': a first name and a nickname in quotation marks before the surname.
_NICKNAME_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s+[\"\u201c\u2018'][A-Z][\w-]*[\"\u201d\u2019']\s+$")


@rule
def part_of_a_longer_name(slot: Slot):
    """A name that is only part of how the text names the person: a first name before its title
    ("among them who, Earl of Ormond, ...?") or a surname after a nickname ('Robert "Bob" who,
    78, ...?'). The question word would stand inside the name.

    Example:
        The heads were shown on the gate, among them Henry, Earl of Ormond, after the battle in 1471.
        -> no question  [Henry]
    """
    if _TITLE_OF_A_PLACE.match(slot.after) or _NICKNAME_BEFORE.search(slot.lead):
        return REFUSE
    return None


@rule
def age_goes_with_the_subject(slot: Slot):
    """"Messi, 35, was named ..." -> "Who was named ...?": the age between commas goes.

    Example:
        Lionel Messi, 35, was named the best player of the tournament in Qatar.
        -> Who was named the best player of the tournament in Qatar?  [Lionel Messi]
    """
    if not slot.at_clause_start:
        return None
    age = re.match(r",\s+\d{1,3},", slot.after)
    if age:
        slot.end += age.end()
        slot.after = slot.text[slot.end:slot.draft.end]
        slot.notes["age"] = True
    return None


@rule
def origin_goes_with_the_subject(slot: Slot):
    """"Who of Kenya won ...?" -> "Who won ...?": where the subject is from goes with the name.

    Example:
        Eliud Kipchoge of Kenya won the marathon in Berlin in 2022.
        -> Who won the marathon in Berlin in 2022?  [Eliud Kipchoge]
    """
    if not slot.at_clause_start:
        return None
    origin = _ORIGIN.match(slot.after)
    if origin:
        slot.end += origin.end()
        slot.after = slot.text[slot.end:slot.draft.end]
        slot.notes["origin"] = True
    return None


@rule
def role_in_apposition(slot: Slot):
    """"Johannes Gutenberg, a goldsmith from Mainz, built ..." -> "Which goldsmith from Mainz
    built ...?" ("Who, a goldsmith from Mainz, built ...?" reads badly).

    Example:
        Johannes Gutenberg, a goldsmith from Mainz, built a printing press around 1440.
        -> Which goldsmith from Mainz built a printing press around 1440?  [Johannes Gutenberg]
    """
    if not slot.at_clause_start:
        return None
    role = _ROLE_APPOSITION.match(slot.after)
    if role and slot.opening and "origin" not in slot.notes and "age" not in slot.notes:
        return slot.place(f"which {role.group(1)}", end=slot.end + role.end())
    return None


@rule
def origin_after_by(slot: Slot):
    """"won by whom of the Czech Republic?" -> "won by whom?".

    Example:
        The women's title was won by Barbora Krejcikova of the Czech Republic in 2021.
        -> The women's title was won by whom in 2021?  [Barbora Krejcikova]
    """
    if slot.at_clause_start:
        return None
    origin = _ORIGIN.match(slot.after)
    if origin and re.search(r"\bby\s+$", slot.lead):
        slot.end += origin.end()
        slot.after = slot.text[slot.end:slot.draft.end]
    return None


def _possessed(slot: Slot, wh: str) -> str:
    return wh + "'s" if slot.possessive else wh


HONORIFICS = word_set("honorifics")


def _role(slot: Slot) -> str:
    return "" if slot.span.role in HONORIFICS else slot.span.role


@rule
def honorific_goes_with_the_name(slot: Slot):
    """"Dr Lee", "Lady Justice Okafor": a title of courtesy (and any title after it) is part of the
    name, never "which dr" or "which lady justice".

    Example:
        Dr Anna Lee studied the corals of the reef in 1998.
        -> Who studied the corals of the reef in 1998?  [Anna Lee]
    """
    titles = re.search(r"((?:[A-Z][a-z]+\.?\s+)+)$", slot.lead)
    words = [fold(w) for w in titles.group(1).split()] if titles else []
    if words and words[0] in HONORIFICS and all(w in TITLES for w in words) \
            and not re.search(r"\bthe\s+[a-z]+\s+$", slot.text[slot.draft.start:slot.draft.start + titles.start(1)]):
        slot.start = slot.draft.start + titles.start(1)  # "Lady Justice Okafor": who, not "which lady justice"
        slot.moved()
        slot.at_clause_start = not slot.lead.strip()
        slot.opening = slot.at_clause_start
    return None


@rule
def another_of_the_same_role(slot: Slot):
    """"cosmonauts Oleg Kotov and Sergei Ryazansky" -> "and which other cosmonaut".

    Example:
        The torch was carried by cosmonauts Oleg Kotov and Sergei Ryazansky on a spacewalk.
        -> The torch was carried by cosmonauts Oleg Kotov and which other cosmonaut on a spacewalk?  [Sergei Ryazansky]
    """
    other = re.search(r"([a-z]+)\s+((?:[A-Z][\w'.-]*\s+){1,4})and\s+$", slot.lead)
    if _role(slot) and other:
        return slot.place(f"which other {slot.span.role}")
    return None


@rule
def second_of_two_people(slot: Slot):
    """The second of two people joined by "and" is "and which other judge" when both carry one
    title that names what they are; with no such title ("Lord Buckmaster and who dissented?",
    "Ruth Kemp and whom") it is not asked.

    Example:
        Judge Ellis and Judge Moran dissented from the ruling of the court in 1931.
        -> Judge Ellis and which other judge dissented from the ruling of the court in 1931?  [Moran]

    Example:
        The prize was shared by Ruth Kemp and John Larsen in Leeds in 1950.
        -> no question  [John Larsen]
    """
    first = next((s for s in slot.spans if s.kind == slot.span.kind and s.end <= slot.start
                  and re.fullmatch(r"\s+and\s+(?:[A-Z][\w.]*\s+)*", slot.text[s.end:slot.span.start])), None)
    if first is None:
        return None
    titles = [re.search(r"([A-Z][a-z]+)\.?\s+$", slot.text[slot.draft.start:start]) for start in (first.start, slot.span.start)]
    title = titles[1].group(1).lower() if titles[1] else ""
    if titles[0] and title == titles[0].group(1).lower() and title in _TITLES_THAT_NAME:
        return slot.place(_possessed(slot, f"which other {title}"), start=slot.draft.start + titles[1].start(1))
    return REFUSE


# Titles that say what a person is, so that "which other judge" asks about one of them.
_TITLES_THAT_NAME = frozenset("lord lady judge justice professor captain colonel general senator president king "
                              "queen prince princess bishop cardinal admiral governor mayor".split())


@rule
def role_after_a_possessive(slot: Slot):
    """"son of his father Yesügei": "his which father" cannot be said.

    Example:
        The khan named Ogedei as heir, and his father Yesugei was a chief of the clan.
        -> no question  [Yesugei]
    """
    role = _role(slot)
    if role and slot.before_word.rstrip("s") == role \
            and re.search(r"\b(?:his|her|their|its|my|our|your)\s+\w+\s+$", slot.lead):
        return REFUSE
    return None


@rule
def role_before_the_name(slot: Slot):
    """"Russian President Vladimir Putin" -> "which Russian president"; "the poet Lord Byron" ->
    "which poet"; "Argentina goalkeeper Emiliano Martinez" -> "which Argentina goalkeeper".

    Example:
        Russian President Vladimir Putin opened the new stadium in Sochi in 2013.
        -> Which Russian president opened the new stadium in Sochi in 2013?  [Vladimir Putin]

    A description of several words before the role is one person's, said whole ("the French
    officer and which inventor" would make two people of one):

    Example:
        The chapel window was made in 1889 by the Edinburgh glass painter Morag Lindsay.
        -> The chapel window was made in 1889 by which Edinburgh glass painter?  [Morag Lindsay]

    A name renaming a noun inside the subject ("her husband, the marine biologist ...,") is not asked:

    Example:
        Anna Berg's husband, the marine biologist John Larsen, died in Oslo in 1950.
        -> no question  [John Larsen]

    Example:
        The Scottish engineer and inventor Alexander Bain patented an electric clock in London in 1841.
        -> Which Scottish engineer and inventor patented an electric clock in London in 1841?  [Alexander Bain]
    """
    text, draft = slot.text, slot.draft
    before = slot.before
    role = _role(slot) or (slot.span.role if before is not None and re.search(
        r"\bthe\s+[a-z]+\s+$", text[draft.start:before.start(1)]) else "")  # "the poet Lord Byron"
    if not role or slot.before_word.rstrip("s") != role:
        return None
    wh = f"which {role}"
    start = before.start(1)
    article = re.search(r"\b(?:the|a|an)\s+$", text[draft.start:start], re.I)
    if article:
        start = draft.start + article.start()
    titled = re.search(r"((?:[A-Z][a-z]+\s+)*)$", text[draft.start:start])
    nationality = re.search(r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?([A-Z][a-z]+)\s+$", text[draft.start:start])
    if nationality and fold(nationality.group(1)) in lexicon().demonyms and not before.group(1)[:1].isupper():
        start = draft.start + nationality.start()
        wh = f"which {nationality.group(1)} {role}"  # "which Italian engineer"
    elif before.group(1)[:1].isupper() and re.search(r"\bthe\s+([a-z]+)\s+$", text[draft.start:before.start(1)]):
        described = re.search(r"\bthe\s+([a-z]+)\s+$", text[draft.start:before.start(1)])
        start = draft.start + described.start()
        wh = f"which {described.group(1)}"
    elif re.fullmatch(r"(?:[A-Z][\w'-]*\s+)+", text[draft.start:start]) and not before.group(1)[:1].isupper():
        # (the article that opens the sentence is the wh-word's: "The Roman general Agricola" ->
        # "which Roman general", never "which The Roman general")
        described_by = re.sub(r"^(?:The|A|An)\s+", "", text[draft.start:start].strip())
        if described_by == text[draft.start:start].strip():
            described_by = _lower_opening_word(described_by)  # "Retired teacher Ann Roe" -> "which retired teacher"
        wh = f"which {described_by} {role}"
        start = draft.start
    elif before.group(1)[:1].isupper() and titled and titled.group(1):
        # "Prime Minister Chris Hipkins" -> "which prime minister" (a word of the title, not a nationality)
        start = draft.start + titled.start(1)
        title = " ".join(w if fold(w) in lexicon().demonyms or lexicon().lookup(w) else w.lower()
                         for w in titled.group(1).split())
        wh = f"which {title} {role}"
    described = _DESCRIPTION_BEFORE.search(text, draft.start, start) if start == before.start(1) else None
    apposed = _APPOSITION_BEFORE.search(text, draft.start, described.start() if described else start)
    opening = re.match(r"[A-Za-z]+", text[draft.start:apposed.start()]) if apposed else None
    if apposed and (opening is None or opening.group(0).lower() not in _OPENING_ADJUNCTS):
        # "Rosalind's husband, the marine biologist Tor Eikeland, whom ...": the name renames
        # the noun before it, inside the subject; "husband, which marine biologist, ..." is no question.
        return REFUSE
    words = described.group(1).split() if described else []
    if words and _in_a_description(words[-1]):
        # "the French officer and inventor Nicolas-Jacques Conté" is one person: the whole
        # description goes into the wh-phrase, or the question is not asked ("a long ball from
        # defender Zara Kaur" has none: "from" ends no description).
        if not all(_in_a_description(w) for w in words) or words[0] == "and":
            return REFUSE
        return slot.place(_possessed(slot, f"which {' '.join(words)} {role}"), start=described.start())
    return slot.place(_possessed(slot, wh), start=start)


def _lower_opening_word(words: str) -> str:
    """The words before a role with their first in lower case when only its place at the
    sentence's start gave it a capital: a participle or a verb's form ("Retired", "Trained"), or
    a common word ("Local"); a nationality or a name ("Scottish", "Argentina") keeps it."""
    first, _space, rest = words.partition(" ")
    low = first.lower()
    if fold(first) in lexicon().demonyms or lexicon().lookup(first):
        return words
    if low.endswith(("ed", "ing")) or readings(low) or low in common_words():
        return f"{low} {rest}".strip()
    return words


# A comma, then the article of the description: "husband, the marine [biologist] ...".
_APPOSITION_BEFORE = re.compile(r"[a-z],\s+$")
# Words that open a phrase set before a clause's subject: "In 1795, during a war ..., the officer ...".
_OPENING_ADJUNCTS = frozenset("in on at by during after before from since until with without despite under over "
                              "through throughout following unlike like as when while although though because if "
                              "once whereas".split())
# The words of a description between its article and the role before a name: "the French
# officer and [inventor] ...", "the Glasgow glass [painter] ...".
_DESCRIPTION_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[\w'\u2019-]+\s+){1,4})$")


def _in_a_description(word: str) -> bool:
    return word[:1].isupper() or word == "and" or describing_word(word)


_AND_A_DESCRIBED_PERSON = re.compile(r"\s+(?:and|or)\s+(?:his|her|their|its|the|a|an)\s+(?:[a-z]+\s+){1,3}[A-Z]")


@rule
def first_of_two_people_joined_with_a_description(slot: Slot):
    """The first of two people when the second is described ("Samuel Morse and his assistant
    Alfred Vail"): "by whom and his assistant Alfred Vail?" reads badly.

    Example:
        The code was developed by Samuel Morse and his assistant Alfred Vail.
        -> no question  [Samuel Morse]
    """
    following = _AND_A_DESCRIBED_PERSON.match(slot.after)
    if following and any(s.kind == slot.span.kind and s.start == slot.end + following.end() - 1 for s in slot.spans):
        return REFUSE
    return None


@rule
def owner_asked_with_whose(slot: Slot):
    """A person's possessive becomes "whose".

    Example:
        The survey supported Ottilie Brandvold's theory of ice ages in 1921.
        -> The survey supported whose theory of ice ages in 1921?  [Ottilie Brandvold]
    """
    return slot.place("whose") if slot.possessive else None


# "the stillness of Ian McEwan", after "or": a second person in the same parallel phrase.
_PARALLEL_PERSON = re.compile(r"\s+(?:or|and|nor)\s+(?:the|a|an|his|her|their)\s+(?:[a-z]+\s+){1,3}of\s+[A-Z]")


@rule
def one_of_a_parallel_pair(slot: Slot):
    """"the wild settings of Anne Tyler or the stillness of Ian McEwan": the name is one half of
    a pair of phrases, and "the wild settings of whom or the stillness of ..." is no question.

    Example:
        Readers who loved the wild settings of Anne Tyler or the stillness of Ian McEwan will find much to admire.
        -> no question  [Anne Tyler]
    """
    return REFUSE if _PARALLEL_PERSON.match(slot.after) else None


@rule
def object_of_a_verb(slot: Slot):
    """"Genghis Khan assigned whom as his successor", "Alcaraz beat whom": a verb's object.

    Example:
        In the final Carlos Alcaraz beat Novak Djokovic in five sets.
        -> In the final Carlos Alcaraz beat whom in five sets?  [Novak Djokovic]
    """
    lead = slot.lead
    if not slot.at_clause_start and slot.before_word not in PREPOSITIONS \
            and (re.search(r"[a-z]+ed\s+$", lead) or slot.before_word in IRREGULAR_PAST) \
            and not _VERB_NEXT.match(slot.after):
        return slot.place("whom")
    return None


@rule
def object_of_a_preposition(slot: Slot):
    """"remodelled by whom"; but "after who observed ...": the subject of its own clause.

    Example:
        The chapel ceiling was painted by Tobiah Vancek in 1702.
        -> The chapel ceiling was painted by whom in 1702?  [Tobiah Vancek]
    """
    if slot.before_word in PREPOSITIONS and not slot.at_clause_start and not _VERB_NEXT.match(slot.after):
        return slot.place("whom")
    return None


_NOUN_BEFORE_THE_NAME = re.compile(r"\b[Tt]he\s+([a-z]+)\s+$")


@rule
def noun_before_the_name(slot: Slot):
    """A name after "the" and a noun the lists do not know as a role ("the collector Arthur
    Hartley") is asked with that noun: "by which collector", never "by the collector who".

    Example:
        The coffin was brought to England by the collector Arthur Hartley in 1894.
        -> The coffin was brought to England by which collector in 1894?  [Arthur Hartley]
    """
    if slot.at_clause_start:
        return None
    noun = _NOUN_BEFORE_THE_NAME.search(slot.lead)
    if noun is None or not describing_word(noun.group(1)) or noun.group(1) in _NOT_A_ROLE:
        return None
    start = slot.draft.start + noun.start()
    return slot.place(_possessed(slot, f"which {noun.group(1)}"), start=start)


# Nouns before a name that say what it names, not who the person is: "the year Elizabeth II ...".
_NOT_A_ROLE = frozenset({"year", "day", "time", "name", "word", "title", "same", "late", "young", "old"})


# A passive of founding or setting up: what it says of its subject is said of a company, a
# school or a town, never of a person ("Who was founded in 1962 ...?").
_FOUNDED_AFTER = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|originally\s+|later\s+)?"
                            r"(?:founded|established|incorporated|registered|set\s+up|listed|headquartered|"
                            r"based|founded|launched|opened)\b")


@rule
def founded_is_said_of_no_person(slot: Slot):
    """A name that "was founded", "was established" or "is based" is a firm's, a club's or a
    school's, even where the lists took it for a person's: "who" would be the wrong word.

    Example:
        Harlow Ovens was founded in 1958 by Peter Harlow in a rented shed in Bexley.
        -> no question  [Harlow Ovens]
    """
    return REFUSE if slot.at_clause_start and _FOUNDED_AFTER.match(slot.after) else None


@rule
def subject_who(slot: Slot):
    """Anyone else is asked with "who", in the subject's place: a "who" inside the clause ("his
    assistant who?", "by the collector who in 1894?") is no question.

    Example:
        Gustave Eiffel designed the tower for the fair in Paris in 1889.
        -> Who designed the tower for the fair in Paris in 1889?  [Gustave Eiffel]

    Example:
        The code was developed by Samuel Morse and his assistant Alfred Vail.
        -> no question  [Alfred Vail]
    """
    if not slot.at_clause_start and re.search(r"\b(?:the|a|an|his|her|their|its|our|my|your)\s+(?:[\w'-]+\s+){1,2}$",
                                              slot.lead, re.I):
        return REFUSE  # (a name after a determiner and a word is a thing's: "The 31st who was held ...")
    if re.search(r"\b(?:as|because|since|while|although|though|if|so|that|whereas)\s+$",
                 slot.lead, re.I) and slot.lead.strip().count(" ") >= 1:
        return REFUSE  # "The post is vacant as who is standing down?": the subject of a clause inside the sentence
    if re.match(r"\s+of\s+(?:the\s+)?[a-z]", slot.after):
        return REFUSE  # "Who of the county museum examined them?": the phrase described the name
    if re.fullmatch(r"(?:The|A|An)\s[^,]*,\s+", slot.lead):
        return REFUSE  # "The tallest of the four gateways, who was built ...?" reads as a relative clause
    return slot.place("who")
