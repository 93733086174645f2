"""Prompts that stand alone: what the document makes unambiguous is written out in them.

A player reads a prompt without the document. Where a prompt refers to something only the
document names, and the document leaves exactly one thing it can be, the reference is written
out:

- a thing the document names by its kind: "the club" in a history of Owlsmoor Cricket Club is
  "Owlsmoor Cricket Club", "the museum" in a letter about a visit to the Northern Railway
  Museum is "the Northern Railway Museum" (`Subject`, `name_the_subject`);
- a day or a month without its year, when the document dates itself by one period: "on the
  11th" in a weather summary for November 2026 is "on 11 November 2026", "in November" is
  "in November 2026" (`Dating`, `date_the_days`, `date_the_months`);
- a count or a measure with no place or time, in a report on one place over one period: "How
  many days had no sunshine at all?" in that summary becomes "In November 2026 at Kelderby
  Observatory, how many days had no sunshine at all?" (`place_the_measure`);
- a count, an amount or a time asked without the one thing the whole document is about: "Floods
  have exceeded how many m³/s?" in an article on the River Tavish is "On the River Tavish, floods
  have exceeded ...", a library service's yearly figure is "At Kelmscote Borough Library Service
  in 2023–24, ..." (`Topic`, `document_topic`, `frame_the_topic`).

Where the document leaves room for more than one, nothing is written out, and
`confidence.stands_alone` keeps the prompt out of a default pack.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Container
from dataclasses import dataclass, field

from game.generate.elisions import bare_noun_phrase
from game.generate.kinds import AMOUNTS, TIMES
from game.generate.phrasing import describing_word, finite_verb
from game.generate.lexicon import FUNCTION_WORDS, MONTH_NAMES, MONTHS, NUMBER_WORDS, WEEKDAYS, fold, lexicon, plural_noun, word_map, word_set
from game.generate.verbs import readings

_PREPOSITIONS = word_set("prepositions")
# Kind words written before the name: "River Lyde", "Lake Baikal", "Mount Everest".
_LEADING_HEADS = frozenset("river lake loch mount port cape fort isle gulf bay".split())
_AUXILIARIES = word_set("auxiliaries")
# "the Earth", "the Sun": there is one of them, whatever a title ("Restless Earth") names with it.
_ONE_OF_A_KIND = word_set("unique_nouns")
_MONTH_WORDS = "|".join(MONTH_NAMES)
_MONTH_NUMBER = {name: MONTHS[name.lower()] for name in _MONTH_WORDS.split("|")}
_MONTH_NAME = {number: name for name, number in _MONTH_NUMBER.items()}
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_A_MONTH = re.compile(_MONTH_WORDS)  # a quick test before the date patterns
_A_DIGIT = re.compile(r"\d")
_ORDINAL_DAY = r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)"


@dataclass(frozen=True, slots=True)
class Subject:
    """A thing the document names and then calls by its kind alone ("the club")."""

    name: str                 # as the text writes it: "Owlsmoor Cricket Club", "Weaver's Window"
    the: bool                 # the text writes "the Northern Railway Museum", not "Northern Railway Museum"
    nouns: frozenset[str]     # what the text calls it by its kind: "club"; "charity" for Riverside Food Share
    first: int = -1           # the first sentence naming it; -1 when the title or a header line does

    def written(self, opening: bool) -> str:
        """The name as a prompt writes it: with its "the" where the text gives it one."""
        name = f"the {self.name}" if self.the else self.name
        return name[:1].upper() + name[1:] if opening else name


@dataclass(frozen=True, slots=True)
class Dating:
    """The one period a document dates itself by."""

    year: int
    month: int = 0        # 1..12; 0 when it names a year alone
    about: bool = True    # True: the period it reports on (its title's); False: the day it was written


@dataclass(frozen=True, slots=True)
class Topic:
    """The one thing a whole document is about (a river, a library service, a school, a company,
    a country in a national report, a game), and how a prompt that needs it is framed with it."""

    name: str                 # as written mid-sentence: "the River Tavish", "Kelmscote Borough Library Service"
    lead: str                 # the preposition a frame opens with: "On", "At", "In"
    key: str                  # the word that names it in a prompt already, folded: "tavish", "kelmscote"
    place: bool = False       # a place (a river, a country): a prompt naming another place needs no frame
    period: str = ""          # the one period a report reports on: "2023–24", "2023"
    national: bool = False    # the country of a national body's report: "national rainfall" is its
    also: str = ""            # a second word a prompt must name too: "fenwick" of Ashbridge v Fenwick Harlequins
    own: bool = False         # an organisation's own document (its newsletter, budget, review, answers): every
                              # fact in it is the organisation's, whatever kind of answer it asks for
    whole: str = ""           # what the one thing of an article is: "event" (a battle, a flood, a race),
                              # "structure" (a tower, a lighthouse), "living" (a kind of bird or bee)

    def names_it(self, prompt: str) -> bool:
        """Whether the prompt names the topic already: "Kelmscote", or both sides of a match."""
        folded = fold(prompt)
        return bool(re.search(rf"\b{re.escape(self.key)}", folded)) and \
            (not self.also or bool(re.search(rf"\b{re.escape(self.also)}", folded)))

    def frame(self, dated: bool) -> str:
        """"On the River Tavish", "At Kelmscote Borough Library Service in 2023–24", "In Aldmark in 2023"."""
        return f"{self.lead} {self.name}" + (f" in {self.period}" if self.period and not dated else "")


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a document makes unambiguous, read once for all its prompts."""

    subjects: tuple[Subject, ...] = ()
    dating: Dating | None = None
    place: str = ""                    # the one place a report is about: "Kelderby Observatory"
    town: str = ""                     # the one town or city a guide is about: "York"
    service: str = ""                  # the one library, museum or club a notice or FAQ is about
    questions_page: bool = False       # a page of questions and answers ("Library card FAQ")
    month_years: dict[int, frozenset[int]] = field(default_factory=dict)  # month -> the years the text gives it
    lower_words: Container[str] = frozenset()  # words the text writes in lower case
    capital_kinds: frozenset[str] = frozenset()  # kinds written with a capital, "an Order under ...": "order"
    case: str = ""                     # the one court case a summary is about: "Okafor v Marlshire County Council"
    product: str = ""                  # the one product a manual is for, by its model: "Brevio CM-450"
    product_nouns: frozenset[str] = frozenset()  # what the manual calls it: "machine", "kettle"
    owned: dict[str, Subject] = field(default_factory=dict)  # capital kind -> its owner: "Diet" -> Hanseatic League
    done_to: dict[str, str] = field(default_factory=dict)  # "closure" -> "Mill Lane Bridge", the one thing closed
    name_heads: frozenset[str] = frozenset()  # the last words of the text's names: "League", "Council"
    issuer: str = ""                   # the one council, club or company a notice is from
    dish: str = ""                     # the dish a recipe with a yield line is for: "red lentil and carrot soup"
    work: str = ""                     # the one play, book or film a programme or review is about
    work_nouns: frozenset[str] = frozenset()  # what the text calls it: "play", "film"
    topic: Topic | None = None         # the one thing the whole document is about, to frame a prompt with

    def nouns_of(self, prompt: str) -> frozenset[str]:
        """The kind nouns ("club") standing, in this prompt, for a subject the prompt names."""
        lower = prompt.lower()
        found: set[str] = set()
        for subject in self.subjects:
            if any(noun in lower for noun in subject.nouns) and subject.name.split()[-1].lower() in lower \
                    and f" {fold(subject.name)} " in f" {fold(prompt)} ":
                found |= subject.nouns
        return frozenset(found)


# ---------------------------------------------------------------------------------------------
# Reading the document


# Two or more capitalised words, "of", "the", "and", "for" or "&" between them allowed: "Owlsmoor
# Cricket Club", "Bank of England", "Weaver's Window", "Fenland & District Hockey League".
_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|the|and|for|&)\s+)?[A-Z][\w'\u2019-]*)+")
_CALENDAR_WORDS = frozenset(m.lower() for m in MONTHS) | WEEKDAYS
_SPLIT_TITLE = re.compile(r"\s*(?::|\s[-\u2013\u2014|]\s|,)\s*")
# What a text calls itself ("Riverside Food Share is a registered charity"): the noun after "is a".
_DEFINED_AS = r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?([a-z]{4,})(?=\s*[,.;]|\s+(?:that|which|who|in|on|of|at|for|with|based|founded|run|set)\b)"
# Other nouns a kind is called by: a club fields a team.
_ALSO_CALLED = {"club": ("team", "side"), "company": ("firm",)}
# Words before a kind noun that speak of another thing of that kind ("a new bridge", "rival clubs").
_OTHER_ONES = (r"another|other|second|third|new|old|former|each|every|both|several|many|neighbouring|nearby|"
               r"rival|visiting|opposing|different|two|three|four|five|six|seven|eight|nine|ten")


# The lines the cleaning left out that are read as the document's header (its byline, dateline,
# headings): the first few, so that a long input's many dropped lines cost nothing.
HEADER_LINES = 12


def read_anchor(title: str, texts: list[str], header: list[str] = (), lower_words: Container[str] = frozenset(),
                dish: str = "") -> Anchor:
    """What the document makes unambiguous: the things it names and calls by their kind, the
    period it dates itself by, the place a report is about. `texts` are its sentences, `header`
    the lines before and around them that are no prose (a dateline, a byline, headings)."""
    header = list(header)[:HEADER_LINES]
    subjects = document_subjects(title, texts, header)
    dating = document_dating(title, header)
    product, product_nouns = document_product(title, texts, header)
    issuer = document_issuer(title, header, texts)
    topic = document_topic(title, texts, header, subjects, issuer) or whole_topic(title, texts, header)
    issuer = written_name(issuer, texts) if issuer else ""
    if topic is not None and topic.lead == "At" and not any(s.name == topic.name for s in subjects):
        subjects = subjects + organisation_subject(topic.name, texts, subjects)
    place = report_place(title, subjects, dating) if topic is None or not topic.whole else ""
    if topic is not None and len(topic.period) == 4 and (dating is None or not dating.about):
        # "ANNUAL CLIMATE SUMMARY 2023", issued in January 2024: its "9 November" is 2023's
        dating = Dating(int(topic.period), 0, about=True)
    return Anchor(subjects=subjects, dating=dating, topic=topic, place=place,
                  town=document_town(title), service=document_service(title, texts, header),
                  questions_page=questions_page(title, header),
                  month_years=month_years(texts), lower_words=lower_words, capital_kinds=capital_kinds(texts),
                  case=document_case(title, header) or case_from_parties(header), product=product, product_nouns=product_nouns,
                  owned=owned_kinds(subjects, texts), done_to=things_done_to(title, texts, header),
                  name_heads=name_heads(title, texts, header), issuer=issuer, dish=dish,
                  **document_work(title, texts, header))


# A court case's name in a summary's title or header: "OKAFOR v MARLSHIRE COUNTY COUNCIL", "Summary of
# judgment: Harrow Valley Water Ltd v Ellison", "Pellow and Others v SwiftCrate Logistics Ltd".
_VERSUS = re.compile(r"\s+v\.?\s+")
_PARTY_LINKS = frozenset("and of & the".split())
# A party's name ends with these: "SwiftCrate Logistics Ltd Court of Appeal" is SwiftCrate Logistics Ltd's.
_PARTY_ENDS = frozenset("ltd limited plc llp inc council authority trust".split())
# Words that start what a header line says after the parties: the court, the date, the judges.
_AFTER_PARTIES = frozenset("court judgment judgement tribunal decided before judges citation neutral house "
                           "supreme high heard".split())


def document_case(title: str, header: list[str] = ()) -> str:
    """The one court case a summary is about, as its title or a header line names it, written
    as a name is ("Okafor v Marlshire County Council" for "OKAFOR v MARLSHIRE COUNTY COUNCIL");
    '' when none is named there, or more than one."""
    found = set()
    for line in (title, *list(header)[:HEADER_LINES]):
        for match in _VERSUS.finditer(line):
            left = _party_before(line[:match.start()])
            right = _party_after(line[match.end():])
            if left and right:
                name = f"{left} v {right}"
                found.add(_title_case(name.replace(" v ", " V ")).replace(" V ", " v ") if any(
                    len(w) > 2 and w.isupper() for w in name.split()) else name)
    return found.pop() if len(found) == 1 else ""


def _party_before(text: str) -> str:
    words: list[str] = []
    for word in reversed(text.split()):
        if word[:1].isupper() or (words and word.lower() in _PARTY_LINKS):
            if word[-1:] in ":;,.)" and word not in ("Ltd.", "Inc."):
                break
            words.insert(0, word)
        else:
            break
    while words and words[0].lower() in _PARTY_LINKS:
        words.pop(0)
    return " ".join(words)


def _party_after(text: str) -> str:
    words: list[str] = []
    for word in text.split():
        bare = word.rstrip(":;,.)")
        if not bare:
            break
        if words and bare.lower() in _AFTER_PARTIES:
            break
        if words and all(w.isupper() for w in words if len(w) > 1) and not bare.isupper() \
                and bare.lower() not in _PARTY_LINKS:
            break  # "MARLSHIRE COUNTY COUNCIL Court of Appeal": the capitals were the name
        if not (bare[:1].isupper() or (words and bare.lower() in _PARTY_LINKS)):
            break
        words.append(bare)
        if bare != word or bare.lower() in _PARTY_ENDS:
            break
    while words and words[-1].lower() in _PARTY_LINKS:
        words.pop()
    return " ".join(words)


# A model name in a manual's title: a brand and a code with a digit ("Brevio CM-450", "Halden WS-300",
# "AquaBoil 300"), then, in the title, what it is ("Pump Espresso Machine", "burr grinder").
_MODEL = re.compile(r"\b([A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[A-Z]{1,4}-?)?\d{2,5}[A-Za-z]?)\b((?:\s+[A-Za-z][a-z]+){0,3})")
_PRODUCT_NOUNS = word_set("product_nouns")
_NO_MODEL = re.compile(r"(?:^|\s)(?:1[0-9]{3}|20[0-9]{2})$|^(?:Act|Section|Chapter|Part|Route|Level|Year|Class|Stage|"
                       r"Room|Gallery|Platform|Flight|Bus|Road|Highway|Summer|Winter|Spring|Autumn)\b|\bAct\s")


def document_product(title: str, texts: list[str], header: list[str] = ()) -> tuple[str, frozenset[str]]:
    """The one product a manual is for, by the model name its title (or its first header line)
    gives, and the nouns the text calls it by ("the machine", "the kettle"): ('', ()) when the
    title names no model, or the text never calls anything "the machine" or its own kind noun."""
    for line in (title, *list(header)[:1]):
        match = _MODEL.search(line)
        if match is None or _NO_MODEL.search(match.group(1)):
            continue  # "Highways Act 1980", "Section 14", "Summer 2024": a year or a part, no model
        kind = match.group(2).lower().split()
        nouns = set(_PRODUCT_NOUNS)
        if kind:
            nouns |= {kind[-1], " ".join(kind[-2:])}  # "the iron", "the steam iron"
        written = {noun for noun in nouns if any(re.search(rf"\b[Tt]he {noun}\b", text) for text in texts)}
        if written:
            return match.group(1), frozenset(written)
    return "", frozenset()


def name_heads(title: str, texts: list[str], header: list[str] = ()) -> frozenset[str]:
    """The kind words that end the document's names, as written ("League" of Hanseatic League,
    "Council" of Westbrook Borough Council): "the League" alone in a prompt stands for one of
    them, which the prompt must name."""
    heads = set()
    for text in (_title_case(title), *list(header)[:HEADER_LINES], *texts):
        for name in _names_in(text):
            head = name.rsplit(None, 1)[-1]
            if len(head) > 3 and head[:1].isupper() and head[1:].islower():
                heads.add(head)
    return frozenset(head for head in heads if not _a_name_word(head))


_ISSUER_HEADS = frozenset("council club society trust company school library museum association authority college "
                          "university service foundation charity hospital hospitals gallery".split())
# Kinds of issuer found only by a letterhead: a news story naming one company or hospital in its
# headline is about it, not from it.
_LETTERHEAD_KINDS = frozenset("company foundation charity hospital hospitals gallery".split())
_LEGAL_SUFFIXES = word_set("legal_suffixes")
_COMPANY_HEADS = word_set("company_heads")


# Names of what is always a charity, whatever word ends them: "Harbourside Food Bank", "St Wenna's Hospice".
_CHARITY_ENDING = re.compile(r"\b(?:Food\s?[Bb]ank|Hospice)$")


def issuer_kind(name: str) -> str:
    """The kind of organisation a name says it is, by how it ends: "company" for "Northvale Buses
    Group PLC", "Kelvin Holdings" or "Harlow & Co"; "trust" for "Westmarsh Hospitals NHS Foundation
    Trust"; "council" for "Hartwell Town Council"; "charity" for "Harbourside Food Bank" or "St
    Wenna's Hospice"; '' for a name of no organisation ("River Lenn")."""
    last = name.split()[-1]
    if last.lower() in _LEGAL_SUFFIXES:
        return "company"
    if _CHARITY_ENDING.search(name):
        return "charity"
    head = head_noun(name)
    if head in _COMPANY_HEADS:
        return "company"
    return head if head in _ISSUER_HEADS else ""


def document_issuer(title: str, header: list[str] = (), texts: list[str] | None = None) -> str:
    """The one council, club, company or school a notice is from, as its title or header lines
    name it ("HARTWELL TOWN COUNCIL", "Westbury District Council"); '' when none, or several,
    unless the letterhead (the title, or the first header line) is one of them: a budget headed
    "KESTERFORD TOWN COUNCIL" is that council's, whatever county council its figures name. A
    company, a charity or a hospital is the issuer only by its letterhead, and a company only
    where the `texts` speak for it (`speaks_for_itself`): a news story names companies too."""
    lines = [_title_case(line) for line in (title, *list(header)[:HEADER_LINES])]
    found = set()
    for line in lines:
        for name in _names_in(line):
            if issuer_kind(name):
                found.add(name)
    found = {name for name in found if not any(other != name and other.endswith(f" {name}") for other in found)}
    heading = [name for name in found if any(_letterhead(line, name) for line in _heading_lines(lines))]
    if len(found) == 1 and issuer_kind(next(iter(found))) not in _LETTERHEAD_KINDS:
        return found.pop()
    if len(heading) != 1:
        return ""
    if issuer_kind(heading[0]) == "company" and texts is not None and not speaks_for_itself(texts, header):
        return ""
    # "Notice / Ashcombe Town Council / Ashcombe Rowing Club": two bodies at the head is a joint notice
    top = " ".join(list(dict.fromkeys(line.strip() for line in lines))[:3])
    return heading[0] if not any(name != heading[0] and name in top for name in found) else ""


# "We carried 61.3 million passenger journeys", "our fleet", "the Group's revenue": an
# organisation writing of itself.
_OWN_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b|\bthe (?:Company|Group|Board)\b")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")


def speaks_for_itself(texts: list[str], header: list[str] = ()) -> bool:
    """Whether a company's document is its own (an annual report, a results statement) and not a
    news story about it: two sentences or more speak as "we" and "our", or of "the Company" or
    "the Group", outside quotation marks ("'We are sorry,' a spokesperson said" is quoted), and
    no header line is a byline ("By Claire Benton")."""
    if any(_BYLINE.match(line.strip()) for line in list(header)[:HEADER_LINES]):
        return False
    return sum(bool(_OWN_VOICE.search(_QUOTED.sub("", text))) for text in texts) >= 2


_NHS_TRUST = re.compile(r"(\S.*\bHospitals?)\s+NHS(?:\s+Foundation)?\s+Trust$")
_WITH_ITS_KIND = re.compile(r"\s+(?:Group|Holdings)$")


def written_name(name: str, texts: list[str] = ()) -> str:
    """An organisation's name as a prompt writes it: without its legal suffix ("Brackendale Water
    Limited" -> "Brackendale Water"), without "Group" where the text itself writes the name without
    it ("Northvale Buses Group PLC" -> "Northvale Buses"), a hospitals' NHS trust by its hospitals
    ("Westmarsh Hospitals NHS Foundation Trust" -> "Westmarsh Hospitals"), a school without its
    church ("St Alban's Church of England Primary School" -> "St Alban's Primary School")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _LEGAL_SUFFIXES and words[-2] not in ("&", "and"):
        words.pop()  # "Harlow & Co Ltd" is "Harlow & Co"
    written = " ".join(words)
    shorter = _WITH_ITS_KIND.sub("", written)
    if shorter != written and " " in shorter and any(
            re.search(rf"\b{re.escape(shorter)}\b(?!\s+(?:Group|Holdings)\b)", text) for text in texts):
        written = shorter
    hospitals = _NHS_TRUST.match(written)
    if hospitals:
        written = hospitals.group(1)
    return _DENOMINATION.sub(" ", written)


# A council named by the place it governs: "Kesterford Town Council", "Harlow Vale District Council".
_COUNCIL_OF = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+){1,3}?)(?:(?:Town|District|Borough|County|Parish|City|"
                         r"Metropolitan Borough|County Borough|Community)\s+)?Council$")


def _heading_lines(lines: list[str]) -> list[str]:
    """The title and the first header line that is not the title again: where a letterhead is."""
    return list(dict.fromkeys(line.strip() for line in lines))[:2]


def _letterhead(line: str, name: str) -> bool:
    """Whether a heading line is an organisation's name, or opens with it before a year or what
    the document is: "Kesterford Town Council", "Ashcombe Harriers Athletic Club 2024 Season Review"."""
    line = line.strip()
    return line == name or (line.startswith(name) and bool(re.match(r"\s*[\u2013\u2014|:,-]|\s+(?:\d|[A-Z])", line[len(name):])))


# A post or a body inside an organisation, written with capitals: "the Parks Manager", "the Head of
# Highways", "the Traffic Management Team", "the Planning Committee".
_ROLE = re.compile(r"\b([Tt]he)\s+((?:[A-Z][a-z]+\s+){0,3}(?:Manager|Officer|Team|Clerk|Director|Department|Secretary|"
                   r"Committee|Chief Executive|Chair|Treasurer)|Head\s+of\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)\b"
                   r"(?!\s+(?:of|at|for|to)\s+(?:the\s+)?[A-Z])")
# A post someone holds, written with "as" and no "the": "stepped down as Senior Independent
# Director", "retired as Finance Director", "joined as Chief Executive".
_ROLE_HELD = re.compile(r"\b(as)\s+((?:[A-Z][a-z]+\s+){0,3}(?:Manager|Officer|Clerk|Director|Secretary|"
                        r"Chief Executive|Chair|Chairman|Chairwoman|Treasurer|President))\b"
                        r"(?!\s+(?:of|at|for|to)\s+(?:the\s+)?[A-Z]|['\u2019])")


def name_the_role(prompt: str, issuer: str, held: bool = False) -> str:
    """"Anyone who wishes to comment should write to the Parks Manager ..." in a notice from
    Hartwell Town Council says "... to Hartwell Town Council's Parks Manager ...": a post or a
    body of the one organisation a document is from, in a prompt that does not name it. `held`:
    the document is the organisation's own (its report, its review), where a post held "as" is
    its post too: "Who stepped down as Senior Independent Director in July 2024?" in Northvale
    Buses' annual report says "... as Northvale Buses' Senior Independent Director ..."; not in a
    life story, whose posts are held anywhere ("served as President of the Pugwash Conferences")."""
    if issuer in prompt:
        return prompt
    match = _ROLE.search(prompt)
    if match is None:
        match = _ROLE_HELD.search(prompt) if held else None
        if match is None:
            return prompt
        return f"{prompt[:match.start()]}as {_possessive(issuer)} {match.group(2)}{prompt[match.end():]}"
    return f"{prompt[:match.start()]}{_possessive(issuer)} {match.group(2)}{prompt[match.end():]}"


def name_the_dish(prompt: str, dish: str) -> str:
    """"The soup keeps for how many days in the fridge?" in a recipe for red lentil and carrot soup
    says "Red lentil and carrot soup keeps ...", and "The recipe comes from ..." says "The recipe
    for red lentil and carrot soup comes from ...": the dish's own kind word, or "the recipe",
    in a prompt that does not name the dish."""
    if fold(dish) in fold(prompt):
        return prompt
    head = dish.split()[-1]
    match = re.search(rf"\b([Tt]he)\s+({re.escape(head)}|recipe)\b(?!-)", prompt)
    if match is None or not _ends_a_noun_phrase(prompt[match.end():]):
        return prompt
    if match.group(2) == "recipe":
        return f"{prompt[:match.end()]} for {dish}{prompt[match.end():]}"
    written = dish[:1].upper() + dish[1:] if match.start() == 0 else dish
    return prompt[:match.start()] + written + prompt[match.end():]


_WORK_NOUNS = word_set("work_nouns")
_QUOTED_TITLE = re.compile(r"[\"\u201c]([A-Z][^\"\u201d]{2,60})[\"\u201d]")
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][a-z]+")


def document_work(title: str, texts: list[str], header: list[str] = ()) -> dict:
    """The one play, book or film a programme note or a review is about, and what the text calls
    it: the title in quotation marks of a review's title ('Film review: "The Last Keepers" ...'),
    or a title line that a "by ..." line follows ("SHE STOOPS TO CONQUER" / "by Oliver
    Goldsmith") and that the text writes again as a name. {} when there is none, or the text
    never calls anything "the play", "the film"."""
    quoted = _QUOTED_TITLE.search(title)
    header = list(header)[:3]
    if quoted:
        name = quoted.group(1).strip()
    elif len(header) > 1 and header[0].strip() == title.strip() and _BYLINE.match(header[1].strip()):
        name = _title_case(title.strip())
        if not any(name in text for text in texts):
            return {}  # a headline the text never repeats: a news story's, not a work's
    else:
        return {}
    nouns = frozenset(noun for noun in _WORK_NOUNS if any(re.search(rf"\b[Tt]he {noun}\b", text) for text in texts))
    return {"work": name, "work_nouns": nouns} if nouns else {}


def name_the_work(prompt: str, work: str, nouns: frozenset[str]) -> str:
    """"Director Priya Halloran has set the play in what year?" in a programme note for She
    Stoops to Conquer says "... has set She Stoops to Conquer in what year?": the first "the
    play" (or "the film", "the book") of a prompt that does not name the work already."""
    if work in prompt:
        return prompt
    for match in re.finditer(rf"\b([Tt]he)\s+({'|'.join(sorted(nouns))})\b(?!-)", prompt):
        after = prompt[match.end():]
        if after.startswith(("'s", "\u2019s")) or not _ends_a_noun_phrase(after):
            continue
        written = work[:1].upper() + work[1:] if match.start() == 0 or work.startswith("The ") else work
        return prompt[:match.start()] + written + after
    return prompt


_EVENT_VERBS = word_map("event_verbs")


def things_done_to(title: str, texts: list[str], header: list[str] = ()) -> dict[str, str]:
    """For a noun of a thing done ("closure"), the one named thing the document does it to: a
    notice that writes "closure of Mill Lane Bridge" or "intends to close Mill Lane Bridge", and
    closes nothing else it names; "the closure" in its prompts is then "the closure of Mill Lane
    Bridge"."""
    lines = [title, *list(header)[:HEADER_LINES], *texts]
    done: dict[str, str] = {}
    for noun, verb in _EVENT_VERBS.items():
        stem = verb[:-1] if verb.endswith("e") else verb
        pattern = re.compile(rf"\b(?:{noun} of|{stem}(?:e|es|ed|ing|s)?)\s+(?:the\s+)?({_NAME.pattern})")
        names = set()
        for line in lines:
            if noun[:4] not in line and stem not in line:
                continue
            for match in pattern.finditer(line):
                named = _names_in(match.group(1))
                if named:
                    names.add(named[0])
        if len(names) == 1:
            done[noun] = names.pop()
    return done


_DONE_WITHOUT_WHAT = {noun: re.compile(rf"\b[Tt]he {noun}\b(?!\s+(?:of|to|at|on)\b|-)") for noun in _EVENT_VERBS}


def name_what_was_done_to(prompt: str, done_to: dict[str, str]) -> str:
    """"During the closure, traffic will be diverted ..." in a notice of the closure of Mill Lane
    Bridge says "During the closure of Mill Lane Bridge, traffic ...": a thing done, written with
    the one thing the document does it to, where the prompt does not name that thing already."""
    for noun, name in done_to.items():
        if noun not in prompt or name in prompt:
            continue
        match = _DONE_WITHOUT_WHAT[noun].search(prompt)
        if match:
            return f"{prompt[:match.end()]} of {name}{prompt[match.end():]}"
    return prompt


# "Hanseatic Diet", "the League's Diet", "Diet of the League": a kind written with a capital that
# the document gives to its subject.
def owned_kinds(subjects: tuple[Subject, ...], texts: list[str]) -> dict[str, Subject]:
    """Kinds the text writes with a capital and gives to one of its subjects, by one of the
    subject's own words before it ("Hanseatic Diet" in an article on the Hanseatic League) or a
    possessive ("the League's Diet"), and writes after "the" as a kind too ("the last Diet"):
    "the last Diet" is then the Hanseatic League's last Diet."""
    owners: dict[str, set[str]] = {}
    by_name = {subject.name: subject for subject in subjects}
    for subject in subjects:
        words = [w for w in subject.name.split() if len(w) > 3 and w[:1].isupper()]
        head = subject.name.split()[-1]
        own = [re.escape(w) for w in words if w != head]
        nouns = "|".join(sorted({re.escape(n.title()) for n in subject.nouns} | {re.escape(subject.name)}))
        patterns = [rf"\b(?:{nouns})['\u2019]s\s+([A-Z][a-z]{{2,}})\b(?!\s+[A-Z])"]
        if own:
            patterns.append(rf"\b(?:{'|'.join(own)})\s+([A-Z][a-z]{{2,}})\b(?!\s+[A-Z])")
        for text in texts:
            for pattern in patterns:
                for match in re.finditer(pattern, text):
                    kind = match.group(1)
                    if kind != head and kind.lower() not in subject.nouns:
                        owners.setdefault(kind, set()).add(subject.name)
    owned = {}
    for kind, names in owners.items():
        if len(names) == 1 and any(re.search(rf"\b[Tt]he\s+(?:[a-z]+\s+){{0,2}}{kind}\b(?!\s+[A-Z]|\s+of\b)", text)
                                   for text in texts):
            owned[kind] = by_name[names.pop()]
    return owned


# "an Order under section 14", "a Diet of the towns": a kind the text writes with a capital, as
# a notice or a charter writes its own terms, with "a" or "an" before it and no name after it.
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_A_CAPITAL_KIND = re.compile(r"(?=[AaEe])\b(?:[Aa]n?|[Aa]nother|[Ee]ach|[Ee]very|[Aa]ny)\s+([A-Z][a-z]{2,})\b"
                             r"(?=\s*[,.;:)]|\s+(?:under|of|to|for|in|on|at|by|from|with|that|which|who|is|was|"
                             r"will|would|may|must|can|has|had)\b)")


# "the last Diet met", "the first general Chapter met": a capital after a rank, and no name after it.
_RANKED_CAPITAL = re.compile(r"\b[Tt]he\s+(?:first|second|third|fourth|fifth|last|final|next|previous|new|old|"
                             r"original)\s+(?:[a-z]+\s+)?([A-Z][a-z]{2,})\b"
                             r"(?!\s+[A-Z]|['\u2019]|\s+(?:of|de|du|des|la|le|van|von|der|di|da|del)\b)")


def capital_kinds(texts: list[str]) -> frozenset[str]:
    """The kinds the text writes with a capital after "a" or "an" ("an Order under section 14"),
    or after a rank ("the last Diet met in 1669"), folded: "the Order", "the last Diet" in a
    prompt is then one of a kind the player cannot tell, no name."""
    found = set()
    surnames: dict[str, bool] = {}
    for text in texts:
        found.update(match.group(1).lower() for match in _A_CAPITAL_KIND.finditer(text))
        if "he " in text:
            for match in _RANKED_CAPITAL.finditer(text):
                word = match.group(1)
                if word.lower() in found or _a_name_word(word) or not _ends_a_noun_phrase(text[match.end():]):
                    continue  # "the new Baixa district": a name describing the next noun, no kind
                if word not in surnames:
                    surnames[word] = _a_surname(word, texts)
                if not surnames[word]:
                    found.add(word.lower())
    return frozenset(found)


def _a_surname(word: str, texts: list[str]) -> bool:
    """Whether the text writes the word after a given name ("Margaret Trevail"): "the last
    Trevail to run the business" is one of a family, named."""
    pattern = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(word)}\b")
    return any(fold(m.group(1)) in lexicon().given_names for text in texts if word in text
               for m in pattern.finditer(text))


def _a_name_word(word: str) -> bool:
    """Whether a capitalised word is a name the word lists know ("Mozart", "Paris", "Romans"), or
    a month or a weekday: after "the young" or "the old" it stays a name."""
    low = fold(word)
    lex = lexicon()
    return low in _CALENDAR_WORDS or low in lex.given_names or low in lex.surnames \
        or bool(lex.lookup(word)) or low in lex.demonyms or low.rstrip("s") in lex.demonyms


def names_in_text(text: str) -> list[str]:
    """The names of two or more capitalised words a text writes: "Great Fire of London"."""
    return _names_in(text)


def _names_in(text: str) -> list[str]:
    """The multi-word names of a piece of text, without a capitalised word that only opens it."""
    found = []
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in _PREPOSITIONS):
            words.pop(0)
        if len(words) > 2 and words[0].lower().endswith("ing") and words[1].endswith(("'s", "\u2019s")) \
                and any(tense == "ing" for _b, tense in readings(words[0].lower())):
            words.pop(0)  # "Walking York's City Walls": what the title does, then the name it does it to
        while words and words[-1].lower() in _CALENDAR_WORDS:
            words.pop()  # "Lake Harnsby on Saturday", "Fenny Bridge in November": no part of the name
        if len(words) >= 2 and words[-1].lower() not in FUNCTION_WORDS and not _a_person(words) \
                and not any(len(w) > 3 and w.isupper() for w in words):  # "WESTBROOK DISTRICT COUNCIL": a heading's capitals
            found.append(" ".join(words))
    return found


_PERSONAL_TITLES = frozenset("mr mrs ms miss dr sir dame lady lord prof rev".split())


def _a_person(words: list[str]) -> bool:
    """"Gwen Price", "Mr D. Fairbairn": a person's name, whose last word is no kind of thing."""
    first, last = fold(words[0]), fold(words[-1])
    return first.rstrip(".") in _PERSONAL_TITLES or (first in lexicon().given_names and last in lexicon().surnames)


# A name the sentences never write whole, only its title, is written with "the" when its kind
# takes one: "the Fenland & District Hockey League", "the Wendish Salt Union".
_THE_HEADS = frozenset("league alliance society guild confederation association federation union".split())


_SMALL_WORDS = frozenset("of and for the on in at to a an".split())


# Two or more words in capitals (or numbers among them) that open a line: a heading's capitals.
_CAPITALS_RUN = re.compile(r"(?:[A-Z][A-Z'\u2019&-]+\s+(?:[0-9/\u2013-]+\s+)?){2,}(?=[A-Z][a-z])")


def _title_case(title: str) -> str:
    """A title in capitals as a name is written: "LITTLE WEXCOMBE PARISH COUNCIL" -> "Little
    Wexcombe Parish Council", so that it is read as the name it is; any other title as it is."""
    if not any(c.isalpha() for c in title):
        return title
    if not title.isupper():
        # a heading in capitals run into a line's own words: "ASHCOMBE HARRIERS ATHLETIC CLUB 2024
        # SEASON REVIEW Compiled by ..." -> "Ashcombe Harriers Athletic Club 2024 Season Review Compiled by ..."
        run = _CAPITALS_RUN.match(title)
        return _title_case(run.group(0).rstrip()) + " " + title[run.end():] if run else title
    words = title.split()
    return " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w if w in _KEPT_CAPITALS else w[:1] + w[1:].lower()
                    for k, w in enumerate(words))


# Short names a title in capitals writes as they are always written: "WESTMARSH HOSPITALS NHS
# FOUNDATION TRUST" is "Westmarsh Hospitals NHS Foundation Trust".
_KEPT_CAPITALS = frozenset("NHS UK PLC LLP CIC YMCA YWCA".split())


# Kind words that end an institution's name even when an "of" comes before them: "St Alban's
# Church of England Primary School" is a school, "Bank of England" a bank.
_INSTITUTION_HEADS = frozenset("school college academy library service council club society trust company".split())


def head_noun(name: str) -> str:
    """The word of a name that says what kind of thing it is, in lower case: "club" for Owlsmoor
    Cricket Club, "bank" for Bank of England, "window" for Weaver's Window."""
    words = name.split()
    if words[0].lower() in _LEADING_HEADS:
        return words[0].lower()
    if len(words) > 2 and words[-1].lower() in _INSTITUTION_HEADS and words[-2] != "of":
        return words[-1].lower()  # "St Alban's Church of England Primary School": a school
    if " of " in f" {name} ":
        return words[words.index("of") - 1].lower() if "of" in words[1:] else ""
    return words[-1].lower()


def document_subjects(title: str, texts: list[str], header: list[str] = ()) -> tuple[Subject, ...]:
    """The things the document names, in its title, a header line or its first two sentences,
    and then calls by their kind alone ("the club"), where nothing else the text speaks of is of
    that kind: no other name with that head, no "another club", no "clubs"."""
    prominent: dict[str, int] = {}
    for part in [*_SPLIT_TITLE.split(_title_case(title)), *header]:
        for name in _names_in(part):
            prominent.setdefault(name, -1)
    for index, text in enumerate(texts[:2]):
        for name in _names_in(text):
            prominent.setdefault(name, index)
    # "Parish Council" in a header line is the end of the title's "Little Wexcombe Parish Council":
    # one thing, named in full by the longer name.
    for name in [n for n in prominent if any(other != n and other.endswith(f" {n}") for other in prominent)]:
        del prominent[name]
    # A title that is a name ("River Tavish") says what the document is about: another name of its
    # kind that only a list line or a heading gives ("the River Orr, entering from the north") is a
    # part of it, not a rival for "the river" of its sentences.
    titled = _title_case(title).strip()
    if titled in prominent:
        for name in [n for n in prominent if n != titled and prominent[n] == -1 and n not in title
                     and head_noun(n) == head_noun(titled) and not any(n in text for text in texts)]:
            del prominent[name]
    candidates: dict[str, set[str]] = {}  # name -> the kind nouns that may stand for it
    for name in prominent:
        head = head_noun(name)
        if head and head.isalpha() and head not in FUNCTION_WORDS and head not in _ONE_OF_A_KIND \
                and not _names_no_one(name, head):
            candidates[name] = {head, *_ALSO_CALLED.get(head, ())}
    if not candidates:
        return ()
    uses = _kind_noun_uses(texts, candidates)
    subjects = []
    for name, nouns in candidates.items():
        found = uses.names.get(name)
        # "the street" written before "Market Street" is named is some other street
        named_at = found.first if found and prominent[name] >= 0 else (-1, -1)
        nouns = nouns | ({found.defined} if found and found.defined else set())
        nouns = {noun for noun in nouns if uses.only_one(noun, fold(name), named_at)}
        if not nouns:
            continue
        the = found.with_the > found.without_the if found else any(f"the {name}" in line for line in header) \
            or head_noun(name) in _THE_HEADS
        subjects.append(Subject(name, the, frozenset(nouns), prominent[name]))
    # One kind noun, one thing: two names that both claim "the station" leave it to neither.
    claimed: dict[str, int] = {}
    for subject in subjects:
        for noun in subject.nouns:
            claimed[noun] = claimed.get(noun, 0) + 1
    kept = []
    for subject in subjects:
        nouns = frozenset(noun for noun in subject.nouns if claimed[noun] == 1)
        if nouns:
            kept.append(Subject(subject.name, subject.the, nouns, subject.first))
    return tuple(kept)


# Words that make a name of an occasion any company or council may have: "Spring Tour",
# "Ordinary Meeting", "Annual General Meeting". Such a name written in a prompt says no more than
# "the tour" does (whose tour?), so the kind noun is not written out as it.
_OCCASION_WORDS = frozenset("spring summer autumn winter christmas easter annual ordinary extraordinary general special "
                            "monthly weekly national regional".split())


def _names_no_one(name: str, head: str) -> bool:
    """Whether a name is only an occasion's words before its kind noun ("Spring Tour")."""
    words = [w.lower() for w in name.split()]
    rest = [w for w in words if w != head]
    return bool(rest) and all(w in _OCCASION_WORDS for w in rest)


@dataclass(slots=True)
class _NameUse:
    """How the text writes one candidate name."""

    first: tuple[int, int] = (-1, -1)  # (sentence, offset) of its first mention
    with_the: int = 0                  # "the Northern Railway Museum"
    without_the: int = 0               # "Owlsmoor Cricket Club"
    defined: str = ""                  # "charity" in "Riverside Food Share is a registered charity"


@dataclass(slots=True)
class _KindNounUses:
    """What the text says with the candidates' kind nouns, read in one pass over its sentences."""

    names: dict[str, _NameUse] = field(default_factory=dict)
    first_the: dict[str, tuple[int, int]] = field(default_factory=dict)  # noun -> its first "the noun"
    several: set[str] = field(default_factory=set)   # nouns written as plurals or "another noun"
    named_by_head: dict[str, set[str]] = field(default_factory=dict)  # noun -> folded names with that head

    def only_one(self, noun: str, name: str, named_at: tuple[int, int]) -> bool:
        """Whether "the NOUN" in the text can only be the one named thing: the text writes "the
        noun" in lower case, not before it names the thing, names nothing else with that head,
        and never speaks of another one or of several."""
        written = self.first_the.get(noun)
        if written is None or written < named_at or noun in self.several:
            return False
        return not self.named_by_head.get(noun, {name}) - {name}


def _kind_noun_uses(texts: list[str], candidates: dict[str, set[str]]) -> _KindNounUses:
    """How the text writes each candidate name (first, then the nouns defining ones add), then
    where "the noun" is first written, whether the text speaks of several, and the other names
    with a candidate's head: two passes over the sentences, each name or noun looked for only
    in the sentences that hold it."""
    uses = _KindNounUses()
    heads = {head_noun(name) for name in candidates}
    capitals = re.compile("|".join(sorted(re.escape(head[:1].upper() + head[1:]) for head in heads)))
    for name in candidates:
        uses.named_by_head.setdefault(head_noun(name), set()).add(fold(name))
    for index, text in enumerate(texts):
        for name in candidates:
            at = text.find(name)
            if at < 0:
                continue
            use = uses.names.setdefault(name, _NameUse(first=(index, at)))
            with_the = len(re.findall(rf"\b[Tt]he {re.escape(name)}\b", text))
            use.with_the += with_the
            use.without_the += text.count(name) - with_the
            if not use.defined:
                defined = re.search(re.escape(name) + _DEFINED_AS, text)
                use.defined = defined.group(1) if defined else ""
    nouns = {noun for kinds in candidates.values() for noun in kinds} | {u.defined for u in uses.names.values() if u.defined}
    for index, text in enumerate(texts):
        if capitals.search(text):
            for name in _names_in(text):
                head = head_noun(name)
                if head in heads:
                    uses.named_by_head.setdefault(head, set()).add(fold(name))
        for noun in nouns:
            if noun in text or f"the {noun[:1].upper()}{noun[1:]}" in text or f"The {noun[:1].upper()}{noun[1:]}" in text:
                _read_noun(uses, noun, index, text)
    return uses


def _read_noun(uses: _KindNounUses, noun: str, index: int, text: str) -> None:
    if noun not in uses.first_the:
        written = re.search(rf"\b[Tt]he {noun}\b", text)
        if written is None:
            # an encyclopedia writes the kind with a capital: "the League" for the Hanseatic League;
            # not "the Nansen passport", where the capital only describes the next noun
            written = next((m for m in re.finditer(rf"\b[Tt]he {noun[:1].upper()}{noun[1:]}\b", text)
                            if _ends_a_noun_phrase(text[m.end():])), None)
        if written:
            uses.first_the[noun] = (index, written.start())
    if noun not in uses.several and (
            (not noun.endswith("s") and any(not _COMPARED_WITH.search(text, 0, m.start())
                                            for m in re.finditer(rf"\b{plural_noun(noun)}\b", text)))
            or re.search(rf"\b(?i:{_OTHER_ONES})\s+(?:[a-z-]+\s+)?{noun}\b", text)):
        uses.several.add(noun)


# "one of the most important rivers in the region", "the longest of all rivers": the plural is the
# class the subject is measured against, no other one of its kind the text speaks of.
_COMPARED_WITH = re.compile(r"\b(?:one of the|among the|of all(?: the)?)\s+(?:[a-z-]+\s+){0,3}$")


_DATE_IN_TEXT = re.compile(rf"(?:\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<month>{_MONTH_WORDS})\b[\s,]*"
                           rf"(?:(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?)?\b(?P<year>{_YEAR})\b")
_YEAR_RANGE = re.compile(rf"\b{_YEAR}\s*(?:[-\u2013\u2014/]|to|and)\s*(?:{_YEAR}|[0-9]{{2}})\b")


def document_dating(title: str, header: list[str] = ()) -> Dating | None:
    """The one period the document dates itself by: the year (and month) its title names ("Weather
    summary for November 2026"), else the one date its header lines give (a letter's "16 January
    2027", a byline's "April 2026"); None when there is none, or more than one."""
    if _YEAR_RANGE.search(title):
        return None
    found = {(int(m.group("year")), _MONTH_NUMBER.get(m.group("month") or "", 0)) for m in _DATE_IN_TEXT.finditer(title)}
    if len(found) == 1:
        year, month = found.pop()
        return Dating(year, month, about=True)
    if found:
        return None
    dated = {(int(m.group("year")), _MONTH_NUMBER[m.group("month")]) for line in header
             for m in _DATE_IN_TEXT.finditer(line) if m.group("month")}
    if len(dated) == 1:
        year, month = dated.pop()
        return Dating(year, month, about=False)
    return None


def month_years(texts: list[str]) -> dict[int, frozenset[int]]:
    """Month -> the years the text writes after it ("October 1903"), to tell whether a bare
    "October" may take the document's year."""
    seen: dict[int, set[int]] = {}
    for text in texts:
        if not _A_DIGIT.search(text) or not _A_MONTH.search(text):
            continue
        for match in _DATE_IN_TEXT.finditer(text):
            if match.group("month"):
                seen.setdefault(_MONTH_NUMBER[match.group("month")], set()).add(int(match.group("year")))
    return {month: frozenset(years) for month, years in seen.items()}


def report_place(title: str, subjects: tuple[Subject, ...], dating: Dating | None) -> str:
    """The one place (or occasion) a report over one period is about: the name its title gives
    beside the period ("Weather summary for November 2026: Kelderby Observatory", "Dales Girls'
    Hockey Festival 2024: results"); '' otherwise."""
    if dating is None or not dating.about:
        return ""
    titled = [s for s in subjects if s.first == -1 and s.name in title]
    return titled[0].written(False) if len(titled) == 1 else ""


# A town a title names as the owner of what it is about ("Walking York's City Walls"), or a city the
# word lists know that the title names ("A walk around Paris").
_TITLE_OWNER = re.compile(r"\b([A-Z][a-z]{2,})['\u2019]s\s+[A-Z]")


def document_town(title: str) -> str:
    """The one town or city a document (a guide, a walk) is about, as its title names it; ''
    when it names none or several."""
    towns = {match.group(1) for match in _TITLE_OWNER.finditer(title)}
    towns |= {word for word in re.findall(r"\b[A-Z][a-z]{2,}\b", title)
              if any(entry.kind == "city" for entry in lexicon().lookup(word))}
    return towns.pop() if len(towns) == 1 else ""


# What a service's notice or FAQ page is about, named by its title, a header line or its first
# sentence: "Ashgrove Libraries", "Harbourside Library", "Owlsmoor Swimming Club".
_SERVICE_KINDS = ("Library", "Libraries", "Museum", "Club", "Centre", "Center", "Gallery", "Zoo", "School",
                  "College", "Pool", "Reserve", "Park", "Surgery", "Practice")
_SERVICE = re.compile(r"\b(?:[A-Z][a-z'\u2019]+\s+){1,3}(?:" + "|".join(_SERVICE_KINDS) + r")\b")


def document_service(title: str, texts: list[str], header: list[str] = ()) -> str:
    """The one library, museum, club or centre a document is about: named in its title, its
    header lines or its first sentence, with no other of those kinds named there; '' otherwise."""
    found = {match.group(0) for text in (title, *list(header)[:HEADER_LINES], *texts[:1])
             for match in _SERVICE.finditer(text)}
    found = {name.removeprefix("The ") for name in found if name.split()[0] not in _OPENING_WORDS}
    return found.pop() if len(found) == 1 else ""


_OPENING_WORDS = frozenset("A An Our Your Welcome Visit About Every Each".split())


_QUESTIONS_PAGE = re.compile(r"\bFAQs?\b|\bfrequently asked questions\b|\bquestions answered\b|"
                             r"\bquestions and answers\b|\?\s*$", re.I)


def questions_page(title: str, header: list[str] = ()) -> bool:
    """Whether the document is a page of questions and answers: its title says so ("Library card
    FAQ", "Your questions answered"), or a heading is a question ("Who can join?")."""
    return any(_QUESTIONS_PAGE.search(line) for line in (title, *list(header)[:HEADER_LINES]))


# ---------------------------------------------------------------------------------------------
# The one thing a whole document is about


_TOPIC_FRAMES = word_map("topic_frames")
_PLACE_LEADS = frozenset({"On", "In"})
_REPORT_WORDS = word_set("report_words")
_OWN_NEWS_WORDS = word_set("own_news_words")
_ORGANISATION_NOUNS = word_set("organisation_nouns")
# "ALDMARK NATIONAL WEATHER SERVICE", "Norland National Statistics Office": a national body's name
# opens with its country.
_NATIONAL_BODY = re.compile(r"^([A-Z][a-z]{2,})\s+National\s+[A-Z]")
# A game's rules open with its name, then what it is: "A game of trade and tides for 2–4 players".
_A_GAME_LINE = re.compile(r"^(?:An?\s+(?:[a-z-]+\s+){0,3}game\b|(?:[A-Z][a-z]+\s+)?game\s+for\b)", re.I)
# A report's period beside a report word: "ANNUAL PERFORMANCE REPORT 2023–24", "Season review 2024".
_PERIOD = re.compile(rf"(?<![\w/-])({_YEAR}(?:\s*[\u2013/-]\s*(?:{_YEAR}|[0-9]{{2}}))?)(?![\w/-])")


def document_topic(title: str, texts: list[str], header: list[str], subjects: tuple[Subject, ...],
                   issuer: str = "") -> Topic | None:
    """The one thing the whole document is about, where its title, letterhead or headline
    names it: the country of a national body's report ("ALDMARK NATIONAL WEATHER SERVICE" ->
    Aldmark), a title that is a name of a framed kind ("River Tavish"), the council, school or
    service a document is from, a game whose name a "A game of ..." line follows, the
    organisation a press release names in its headline and repeats; None otherwise."""
    header = list(header)[:HEADER_LINES]
    period = document_period(title, header)
    lines = [_title_case(line.strip()) for line in (title, *header)]
    countries = {m.group(1) for line in lines[:3] for m in [_NATIONAL_BODY.match(line)] if m}
    if len(countries) == 1:
        country = countries.pop()
        return Topic(country, "In", fold(country), place=True, period=period, national=True)
    match = match_played(header)
    if match is not None:
        home, away, month = match
        return Topic(f"{home} v {away}" + (f" ({month})" if month else ""), "In", _key_word(home),
                     also=_key_word(away))
    titled = lines[0]
    if _names_in(titled) == [titled] and _TOPIC_FRAMES.get(head_noun(titled)) in _PLACE_LEADS:
        # an article on a river, an island, a county; not a museum's audio tour (about its exhibits)
        subject = next((s for s in subjects if s.name == titled), None)
        head = head_noun(titled)
        with_the, without = article_uses(titled, texts)
        the = with_the > without if with_the or without else subject.the if subject else head in _LEADING_HEADS
        lead = _TOPIC_FRAMES[head]
        return Topic(f"the {titled}" if the else titled, lead, _own_key(titled, head), place=lead in _PLACE_LEADS,
                     period=period)
    kind = issuer_kind(issuer) if issuer else ""
    if kind in _TOPIC_FRAMES and any(_letterhead(line, issuer) for line in _heading_lines(lines)):
        asked = questions_page(title, header)
        notice = serves_people(issuer) and any(word in _NOTICE_WORDS for line in header[:3]
                                               for word in re.findall(r"[a-z]+", line.lower()))
        if (asked or notice) and not period:
            # a council's questions page, "Last reviewed: 6 January 2025": its rules as of that year
            dating = document_dating(title, header)
            period = str(dating.year) if dating is not None else ""
        if period or asked or notice or any(word in _OWN_NEWS_WORDS for line in header[:3]
                                            for word in re.findall(r"[a-z]+", line.lower())):
            # a school's newsletter, a library service's annual report, a council's answers on its
            # own rules: not a notice or a guide a council or a museum issues about something else
            governed = _COUNCIL_OF.match(issuer)
            if governed:
                # a council's budget or rules are its place's: "In Kesterford in 2025/26, ..."
                return Topic(governed.group(1).strip(), "In", _key_word(issuer), period=period, own=True)
            return Topic(written_name(issuer, texts), _TOPIC_FRAMES[kind], _key_word(issuer), period=period, own=True)
    reported = [s for s in subjects if s.first == -1 and s.name in titled and s.nouns & _ORGANISATION_NOUNS]
    if period and len(reported) == 1:
        # "Annual review 2025–26: Riverside Food Share", a charity: its year in numbers
        return Topic(reported[0].written(False), "At", _key_word(reported[0].name), period=period, own=True)
    if any(_A_GAME_LINE.match(line.strip()) for line in (*header[:3], *texts[:3])):
        return Topic(titled, "In", _key_word(titled), period="")  # "LANTERNS OF THE SALT COAST" / "A game of ..."
    released = released_by(title, texts, header)
    if released:
        return Topic(released, "At", _key_word(released), period=period)
    return None


_NOTICE_WORDS = word_set("notice_words")
_SERVING_KINDS = frozenset("hospital hospitals university college".split())


def serves_people(issuer: str) -> bool:
    """Whether an organisation's notice sets out its own rules for the people it serves: a
    hospital's or an NHS trust's to patients and visitors, a university's or a college's to its
    students ("Westmarsh Hospitals NHS Foundation Trust", "Harrowgate College"); not a council's
    notice, which is mostly of something else (a road closure, a planning application)."""
    return issuer_kind(issuer) in _SERVING_KINDS or " NHS " in f" {issuer} "


_WORD_AFTER_NAME = re.compile(r"\s+([a-z]+)")


def article_uses(name: str, texts: list[str]) -> tuple[int, int]:
    """How often the text writes a name with its own "the" ("the Panama Canal") and how often
    without, counting only where the name stands alone: in "Panama Canal Authority" the name
    is a part of a longer one, and in "Harnford's Panama Canal" a possessive stands for its
    article."""
    with_the = without = 0
    pattern = re.compile(rf"(\b[Tt]he\s+|[\w'\u2019]+\s+)?{re.escape(name)}\b(?!\s+(?:of\s+)?[A-Z0-9])")
    for text in texts:
        if name not in text:
            continue
        for match in pattern.finditer(text):
            before = match.group(1) or ""
            if before[:1].isupper() and before.strip().lower() != "the":
                continue  # "Greater Panama Canal", "Harnford's Panama Canal": part of another name
            after = _WORD_AFTER_NAME.match(text, match.end())
            if after and describing_word(after.group(1)):
                continue  # "Panama Canal tolls": the name describes the noun, whose "the" it is
            if before.strip().lower() == "the":
                with_the += 1
            else:
                without += 1
    return with_the, without


# A match report's score line: "ASHBRIDGE 27 FENWICK HARLEQUINS 20", "Ferndown Town 2 Holt United 1".
_SCORE_LINE = re.compile(r"^([A-Z][A-Za-z'\u2019. -]*?[A-Za-z])\s+(\d{1,3})\s*[-\u2013]?\s+"
                         r"([A-Z][A-Za-z'\u2019. -]*?[A-Za-z])\s+(\d{1,3})$")
_MATCH_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+)?({_MONTH_WORDS})\s+({_YEAR})\b")


def match_played(header: list[str]) -> tuple[str, str, str] | None:
    """The one match a report is about, from its score line ("ASHBRIDGE 27 FENWICK HARLEQUINS
    20"), with the month and year a header line dates it by: ("Ashbridge", "Fenwick
    Harlequins", "February 2025"); None when no line or several give a score."""
    scores = []
    for line in header:
        found = _SCORE_LINE.match(line.strip())
        if found and not found.group(1).lower().startswith(("half", "full")):
            scores.append((_title_case(found.group(1)), _title_case(found.group(3))))
    if len(set(scores)) != 1:
        return None
    months = {f"{m.group(1)} {m.group(2)}" for line in header for m in _MATCH_DATE.finditer(line)}
    return (*scores[0], months.pop() if len(months) == 1 else "")


# A school's church, said in its full name and left out where a prompt names it: "St Alban's
# Church of England Primary School" is "St Alban's Primary School".
_DENOMINATION = re.compile(r"\s+(?:Church of England|C of E|CofE|Roman Catholic|Catholic|Methodist)\s+(?=(?:Primary|"
                           r"Junior|Infant|Infants|Secondary|High|First|Middle)\s+School\b)")


def _key_word(name: str) -> str:
    """The word of a name that says which one it is, folded: "tavish" of River Tavish, "alban" of
    St Alban's Church of England Primary School, "lanterns" of Lanterns of the Salt Coast."""
    for word in name.split():
        bare = re.sub(r"['\u2019]s$", "", word)
        low = bare.lower()
        if len(bare) > 2 and low not in FUNCTION_WORDS and low not in _TOPIC_FRAMES and low not in _LEADING_HEADS:
            return fold(bare)
    return fold(name.split()[-1])


def _own_key(name: str, head: str) -> str:
    """The words that name a place in a prompt already: "tavish" of River Tavish, but all of
    "panama canal" for the Panama Canal, whose first word alone names a country (as "Geneva" of
    Lake Geneva names a city): "Panama took full control" does not name the canal."""
    key = _key_word(name)
    if any(entry.kind != head for entry in lexicon().by_key.get(key, ())):
        return fold(name)
    return key


def released_by(title: str, texts: list[str], header: list[str]) -> str:
    """The organisation a press release or a company's story is about: the multi-word name its
    title or headline gives that the text writes most, at least three times, and that calls
    itself by an organisation's noun ("the company"); '' otherwise."""
    counts: dict[str, int] = {}
    for line in (title, *header[:3]):
        for name in _names_in(_title_case(line)):
            if name not in counts:
                counts[name] = sum(text.count(name) for text in texts)
    best = sorted(counts.items(), key=lambda item: -item[1])
    if not best or best[0][1] < 3 or (len(best) > 1 and best[1][1] == best[0][1]):
        return ""
    name = best[0][0]
    if head_noun(name) in _TOPIC_FRAMES or fold(name.split()[0]) in lexicon().given_names:
        return ""  # a school or a river is found by its kind word; a person is no organisation
    if not any(re.search(rf"\b[Tt]he (?:{'|'.join(sorted(_ORGANISATION_NOUNS))})\b", text) for text in texts):
        return ""
    return name


def organisation_subject(name: str, texts: list[str], subjects: tuple[Subject, ...]) -> tuple[Subject, ...]:
    """"The company" of a press release about Norbeck Cycles is Norbeck Cycles: the organisation
    nouns the text writes for the organisation it is about, where it writes no other one of
    that kind ("another company", "companies", "Harlow Bikes Ltd, a rival company") and no other
    subject of the document claims them."""
    claimed = {noun for subject in subjects for noun in subject.nouns}
    nouns = set()
    for noun in _ORGANISATION_NOUNS - claimed:
        if not any(re.search(rf"\b[Tt]he {noun}\b", text) for text in texts):
            continue
        uses = _KindNounUses()
        for index, text in enumerate(texts):
            if noun in text:
                _read_noun(uses, noun, index, text)
        if noun in uses.several or any(re.search(rf"\b(?:an?|one|another)\s+(?:[a-z-]+\s+){{0,2}}{noun}\b", text)
                                       and name not in text for text in texts):
            continue
        nouns.add(noun)
    if not nouns:
        return ()
    the = sum(f"the {name}" in text for text in texts) > sum(text.count(name) for text in texts) / 2
    return (Subject(name, the, frozenset(nouns), -1),)


def document_period(title: str, header: list[str] = ()) -> str:
    """The one period a report says it reports on, as a title or header line with a report word
    gives it ("ANNUAL PERFORMANCE REPORT 2023–24" -> "2023–24", "ANNUAL CLIMATE SUMMARY 2023"
    -> "2023"); '' when no such line gives one, or lines give different ones."""
    found = set()
    for line in (title, *list(header)[:HEADER_LINES]):
        words = re.findall(r"[a-z]+", line.lower())
        if not any(word in _REPORT_WORDS or word in _OWN_NEWS_WORDS for word in words):
            continue  # "Weekly Newsletter – Friday 14 March 2025": an issue's news is of its year
        # "Results for the Year Ended 31 March 2025" covers 2024/25, not 2025
        found.update({financial_year(line)} - {""} or {re.sub(r"\s+", "", m.group(1)) for m in _PERIOD.finditer(line)})
    if not found:
        found = {financial_year(line) for line in (title, *list(header)[:HEADER_LINES])} - {""}
    return found.pop() if len(found) == 1 else ""


# "For the year ended 31 March 2025", "Results for the year to 31 December 2024": a company's year.
_YEAR_ENDED = re.compile(rf"\b[Yy]ear\s+(?:[Ee]nded|[Ee]nding|to)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                         rf"({_MONTH_WORDS})\s+({_YEAR})\b")


def financial_year(line: str) -> str:
    """The year a report's line says it covers, as a prompt writes it: "For the year ended 31
    March 2025" -> "2024/25"; a year ended in December is that calendar year ("Year Ended 31
    December 2024" -> "2024"); '' for a line that says none."""
    match = _YEAR_ENDED.search(line.title() if line.isupper() else line)
    if match is None:
        return ""
    year = int(match.group(2))
    return str(year) if match.group(1) == "December" else f"{year - 1}/{year % 100:02d}"


_TIME_IN_PROMPT = re.compile(rf"\b{_YEAR}\b|\b(?:this|last|next|that) (?:year|season)\b")


_CAPITAL_WORD = re.compile(r"(?<![.?!] )\b[A-Z][a-z]+")


def _names_a_thing(prompt: str) -> bool:
    """Whether a prompt names something after its opening word: "the Fennan Dam", "in the Ost
    valley"; not a month or a weekday ("on 9 November")."""
    return any(fold(m.group(0)) not in _CALENDAR_WORDS for m in _CAPITAL_WORD.finditer(prompt, 1))


_BODY_HEADS = word_set("institution_heads") | _ISSUER_HEADS | frozenset(_TOPIC_FRAMES)


def _names_another_body(prompt: str, topic: Topic) -> bool:
    """Whether the prompt names an organisation or a body other than the topic ("Thornley
    College", "the Regional Growth Fund"), whose the fact is rather than the topic's; in a
    report on one period every figure is the reporting body's."""
    if topic.period:
        return False  # a report's figures are all its own: "the Mobile Library route", "Central Library"
    return any(head_noun(name) in _BODY_HEADS and not topic.names_it(name) for name in _names_in(prompt))


def without_the_frame(prompt: str, topic: Topic | None) -> str:
    """The prompt without a frame `frame_the_topic` wrote before it, to read its own clause: "On
    the River Tavish, floods have exceeded ..." is "floods have exceeded ..."."""
    if topic is None:
        return prompt
    for frame in (topic.frame(dated=True), topic.frame(dated=False), f"In {topic.period}"):
        if prompt.startswith(f"{frame}, "):
            return prompt[len(frame) + 2:]
    return prompt


def needs_the_topic(prompt: str, topic: Topic, asks_time: bool = False) -> bool:
    """Whether a count, an amount or a time asked in a document about one thing still needs that
    thing, after `frame_the_topic`: the prompt does not name it (and, for a place, names no other
    place or thing either), or, in a report on one period, gives neither the period nor a year
    (unless, in an organisation's own report, the time is what it asks: "... stepped down as
    Northvale Buses' Chair in what month and year?" needs no year given)."""
    if topic.names_it(prompt):
        return bool(topic.period) and not (asks_time and topic.own) and not _TIME_IN_PROMPT.search(prompt)
    # a place named ("the River Ost at the Tarnfeld gauge") places it well enough to keep, framed or not
    return not ((topic.place or topic.whole) and _names_a_thing(prompt)) and not _names_another_body(prompt, topic)


# "Harry M.", "Mrs Penrose", "Helen Marchetti": a person a prompt names.
_PERSON_IN_PROMPT = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]|[A-Z][a-z]+\s+[A-Z]\.(?!\w)|"
                               r"([A-Z][a-z]+)\s+[A-Z][a-z]+)")


def names_a_person(prompt: str) -> bool:
    """Whether the prompt names a person: a title before a name, a name and an initial ("Harry
    M."), or a given name the word lists know before a surname."""
    for match in _PERSON_IN_PROMPT.finditer(prompt):
        if match.group(1) is None or fold(match.group(1)) in lexicon().given_names:
            return True
    return False


# A name of several words opening a prompt, small words between them allowed: "Children in Need".
_A_NAME_RUN = re.compile(r"(?!(?:The|A|An|This|These|Each|Every)\s)[A-Z][\w'\u2019-]*\s+(?:(?:of|in|for|the|and|on|&)\s+)?[A-Z]|"
                         r"(?:No|Nos|Number|Route|Platform|Gate|Stand|Flight|Bus)\.?\s+\d")  # "No 8 Marcus Bell"


_NATIONAL = re.compile(r"\b(?:[Nn]ational|[Nn]ationally|[Nn]ationwide|the country)\b")


def frame_the_topic(prompt: str, topic: Topic, lower_words: Container[str] = frozenset(), asks_time: bool = False,
                    person: bool = False, definite: bool = False) -> str:
    """A count, an amount or a time in a document about one thing, when the prompt does not name
    it: "Floods have exceeded how many m³/s?" in an article on the River Tavish is "On the River
    Tavish, floods have exceeded how many m³/s?"; "Wi-Fi connections rose by what percentage?"
    in Kelmscote Borough Library Service's report for 2023–24 is "At Kelmscote Borough Library
    Service in 2023–24, Wi-Fi connections rose by what percentage?". Not where the prompt names
    a person in an organisation's document (the frame might place them wrongly: a pupil's race
    is no school's), nor, for a place with no report period, another thing by its name (a
    national summary's "the Ost valley" still needs the country's year). `definite`: the prompt
    opens with a thing only the document says which ("The locks work by gravity alone, and ...
    from Gatun Lake"), which the place frames however many names follow."""
    if (person and topic.lead == "At") or len(prompt.split()) < 3 or ": " in prompt or bare_noun_phrase(prompt):
        return prompt  # "Summer Reading Challenge: how many ...", "A campaign that raised how much?": no better framed
    if topic.lead == "At" and _NATIONAL.search(prompt):
        return prompt  # "The national cap on single fares rose to £3": no company's nor charity's
    if topic.names_it(prompt):
        if not topic.period or asks_time or _TIME_IN_PROMPT.search(prompt):
            return prompt
        frame = f"In {topic.period}"  # "Kelmscote Borough Library Service ran 1,124 events": in which year?
    else:
        if (topic.place or topic.whole) and not topic.period and _names_a_thing(prompt) and not definite:
            return prompt  # "The Fennan Dam raised the level of Loch Fennan ...": placed by its own names
        if _names_another_body(prompt, topic):
            return prompt  # "Thornley College will train how many apprentices?": the college's, not the company's
        frame = topic.frame(dated=asks_time or bool(_TIME_IN_PROMPT.search(prompt)))
    opening = _OPENING_WORD.match(prompt)
    if opening is None:
        return prompt
    word = opening.group(1)
    own = re.sub(r"['\u2019]s$", "", word)  # "Fenwick's director": a word of the match's own name
    rest = prompt
    counted = word.split("-")[0].lower() in NUMBER_WORDS  # "Nineteen-year-old Kezia Adeyemi": no name opens it
    if (counted or not _A_NAME_RUN.match(prompt)) and own not in topic.name.split() \
            and not _a_name_opening(word, prompt[opening.end():], topic.name, lower_words):
        rest = word.lower() + prompt[len(word):]
    written = f"{frame}, {rest}"
    return written if len(written) <= _LONGEST_WRITTEN else prompt


_OBJECT_NOUNS = word_map("object_nouns")
_OBJECT_WORDS = "|".join(sorted(_OBJECT_NOUNS))
# "Work was begun in 1881", "Construction started ...": such a noun opening the prompt, a verb after it.
_OBJECT_OPENING = re.compile(rf"(?i:({_OBJECT_WORDS}))(?=\s+(?:is|was|were|will|has|had|began|begun|begins|"
                             r"started|starts|finished|ended|continued|resumed|took|stopped)\b)")
# "took full control", "approved an expansion", "the restoration": such a noun after its determiner.
_OBJECT_AFTER = re.compile(rf"\b(?:[Aa]n?|[Tt]he|full|total|complete|partial|joint|major)\s+(?:[a-z]+(?<![^su]s)\s+)?"
                           rf"({'|'.join(sorted(set(_OBJECT_NOUNS) - {'work'}))})\b(?![-'\u2019])")  # "the glass work"
# A definite thing opening a prompt, named by its kind and no name: "The locks work by gravity
# alone", "The lowest toll ever charged was ...", "The estuary mudflats at Saltmarch support ...".
_DEFINITE_OPENING = re.compile(r"The\s+([a-z][a-z-]*)\b(?!['\u2019]|\s+of\s+[A-Z])")  # "The city of Ismailia": named


def definite_opening(prompt: str) -> bool:
    """Whether a prompt opens with "the" and a thing named by its kind ("The locks work by
    gravity alone", "The keepers were paid weekly"), which only the document says which; not
    "The Holm Weir raised ..." nor "The city of Ismailia was founded ..." (a name says which)."""
    opening = _DEFINITE_OPENING.match(prompt)
    return opening is not None and opening.group(1) not in FUNCTION_WORDS


# "spent about US$375 million", "invested how much": money laid out, and nothing said it went on.
_SPENT = re.compile(r"\b(?:(spent|spend|spends|spending)|(invested|invest|invests|investing))\s+"
                    r"(?:(?:about|around|some|nearly|almost|over|roughly|more than|less than)\s+)?"
                    r"(?:how much|(?:[A-Z]{0,3}[$\u00a3\u20ac][\d.,]+|[\d.,]+\s+(?:dollars|pounds|euros))"
                    r"(?:\s*(?:million|billion|thousand|bn|m)\b)?)(?![\w.,]*\d)")


def name_the_object(prompt: str, topic: Topic) -> str:
    """"Panama took full control on 31 December 1999." in an article on the Panama Canal says
    "Panama took full control of the Panama Canal on 31 December 1999."; "Work was begun in 1881"
    says "Work on the Panama Canal was begun in 1881": a noun of doing something to a thing or of
    holding it (`object_nouns`), or money spent, written without the thing, in a document about
    one place, is about that place. Not where the noun has its object ("control of the zone", "work on the
    dam"), describes the next noun ("the expansion project") or the prompt names the place."""
    if topic.names_it(prompt):
        return prompt
    spent = _SPENT.search(prompt)
    if spent and not re.match(r"\s+(?:on|for|to|in(?!\s+\d))\b", prompt[spent.end():]):
        # "The United States spent about US$375 million": on the canal
        return f"{prompt[:spent.end()]} {'on' if spent.group(1) else 'in'} {topic.name}{prompt[spent.end():]}"
    found = _OBJECT_OPENING.match(prompt) or _OBJECT_AFTER.search(prompt)
    if found is None:
        return prompt
    noun = found.group(1).lower()
    after = prompt[found.end(1):]
    following = _WORD_AFTER_NAME.match(after) or re.match(r"\s+([a-z]+)", after)
    if following:
        word = following.group(1)
        if word in ("of", _OBJECT_NOUNS[noun]) or (describing_word(word) and not finite_verb(word)
                                                    and word not in _CLAUSE_GOES_ON):
            return prompt
    elif after[:1] not in ("", ",", ".", ";", "?", " "):
        return prompt
    if re.match(r"[^,;:]*?\bof\b", after):
        return prompt  # "gave the control in which country of a Canal Zone": its object comes later
    return f"{prompt[:found.end(1)]} {_OBJECT_NOUNS[noun]} {topic.name}{after}"


# Words that follow a noun as the clause goes on, never as a noun it describes: "control again".
_CLAUSE_GOES_ON = frozenset("again too also alone".split())


# ---------------------------------------------------------------------------------------------
# Writing a prompt out


def anchor_prompt(prompt: str, anchor: Anchor | None, answer: str = "", *, sentence: str = "",
                  sentence_index: int = 0, asks_time: bool = False, measure: bool = False,
                  stating: bool = False, defining: bool = False) -> str:
    """The prompt with what the document makes unambiguous written out. `asks_time`: the answer
    is a time, so a month takes a year only where the document is a report on that month (the
    year asked is then another's); `measure`: the answer is a count or an amount, so a report's
    place and period may be added; `stating`: a true or false statement, which in an
    organisation's own document is framed with the organisation where it is the body's own
    (`the_bodys_own`: "At Hollins Lane Allotment Society, the 31st Annual Produce Show was held
    ..."); `defining`: a definition, true of its kind anywhere, which no part's frame is written for."""
    if anchor is None or not prompt:
        return prompt
    written = name_the_subject(prompt, anchor.subjects, sentence_index)
    if anchor.dating is not None:
        written = date_the_days(written, anchor.dating)
        written = date_the_months(written, anchor, sentence, asks_time)
    if measure:
        written = place_the_measure(written, anchor)
    if anchor.town:
        written = place_the_landmark(written, anchor.town)
    if anchor.service:
        written = name_the_service(written, anchor.service)
    framed = written
    if anchor.owned:
        framed = name_the_owner(framed, anchor.owned)
    if anchor.done_to:
        framed = name_what_was_done_to(framed, anchor.done_to)
    if anchor.product:
        framed = name_the_product(framed, anchor.product, anchor.product_nouns)
    if anchor.case:
        framed = name_the_case(framed, anchor.case, anchor.lower_words)
    if anchor.work:
        framed = name_the_work(framed, anchor.work, anchor.work_nouns)
    if anchor.issuer:
        framed = name_the_role(framed, anchor.issuer, held=anchor.topic is not None and anchor.topic.own)
    if anchor.dish:
        framed = name_the_dish(framed, anchor.dish)
    site = anchor.topic is not None and anchor.topic.place and not anchor.topic.national and not anchor.topic.period \
        and not anchor.place
    if site and framed == written:
        framed = name_the_object(framed, anchor.topic)  # "took full control" of the one place the text is about
    definite = site and framed == written and definite_opening(framed) \
        and not framed.lower().startswith(f"the {head_noun(anchor.topic.name)} ")  # "the canal" is the canal
    if anchor.topic is not None and (measure or asks_time or definite or (stating and anchor.topic.own
                                                              and not anchor.topic.names_it(framed))
                                     or (anchor.topic.national and _NATIONAL.search(framed))) \
            and not anchor.place and framed == written \
            and (not anchor.topic.own or the_bodys_own(framed, sentence, anchor.topic, stating and not measure)):
        framed = frame_the_topic(framed, anchor.topic, anchor.lower_words, asks_time, names_a_person(framed),
                                 definite=definite)
    if frames_parts(anchor.topic) and not defining and not anchor.place and framed == written:
        framed = frame_the_part(framed, anchor.topic, anchor.lower_words)  # "At the Battle of Hastings, the English army ..."
    if anchor.case and not defining and framed == written:
        framed = frame_the_case_part(framed, anchor.case, anchor.lower_words)  # "In Okafor v Harwood, the judge ..."
    if answer and framed != written and _names_a_word_of(answer, written, framed):
        framed = written  # "In Okafor v Marlshire County Council, who ...?" asking for Daniel Okafor
    if answer and framed != prompt and _gives_away(answer, prompt, framed):
        return prompt
    return framed


_CASE_WORDS = word_set("case_words")
_A_CASE_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*\s+v\.?\s+[A-Z]")


def name_the_case(prompt: str, case: str, lower_words: Container[str] = frozenset()) -> str:
    """"Mr Okafor appealed on one main ground." in a summary of Okafor v Marlshire County Council
    says "In Okafor v Marlshire County Council, Mr Okafor appealed on one main ground.": a prompt
    about the case's events (an appeal, a claim, the court, damages) that names no case."""
    if case in prompt or _A_CASE_NAME.search(prompt):
        return prompt
    if any(" " in party and party in prompt for party in case.split(" v ")):
        return prompt  # "... that Harrow Valley Water Ltd was liable for the flooding of a bakery": said already
    if not any(word in _CASE_WORDS for word in re.findall(r"[a-z]+", prompt.lower())):
        return prompt
    opening = _OPENING_WORD.match(prompt)
    if opening is None:
        return prompt
    word = opening.group(1)
    rest = prompt if _a_name_opening(word, prompt[opening.end():], case, lower_words) \
        else word.lower() + prompt[len(word):]
    written = f"In {case}, {rest}"
    return written if len(written) <= _LONGEST_WRITTEN else prompt


# A prompt written out beyond this many characters is too long to read on a projector in time:
# it is left as it was (and, if it needs the document, out of a default pack).
_LONGEST_WRITTEN = 130


def _a_name_opening(word: str, after: str, case: str, lower_words: Container[str]) -> bool:
    """Whether the word opening a prompt is (the start of) a name, which keeps its capital after
    a frame written before it: "Mr Okafor", "David Stevenson's", "SwiftCrate", "Donoghue" in
    Donoghue v Stevenson; not "Permission", "Damages", "Courts"."""
    low = word.lower()
    if low in FUNCTION_WORDS or low.split("-")[0] in NUMBER_WORDS or (low in lower_words and word[1:].islower()):
        return False  # "Nineteen-year-old Kezia Adeyemi": a count opens it, no name
    if low in _CALENDAR_WORDS or low in _FESTIVALS:
        return True  # "Christmas lights funding ...", "March was the wettest month": names of times
    if after[:1] == " " and after[1:2].isupper():
        return True  # "Lady Justice ...", "David Stevenson's", "County Court"
    if any(c.isupper() for c in word[1:]) or word in case.split() or low.rstrip(".") in _PERSONAL_TITLES:
        return True
    return bool(lexicon().lookup(word)) or low in lexicon().given_names or low in lexicon().surnames \
        or fold(word) in lexicon().demonyms  # "Panamanian voters"


# Feasts and seasons of the year written with a capital as names: "Christmas", "Diwali".
_FESTIVALS = frozenset("christmas easter advent lent whitsun pentecost halloween diwali eid ramadan hanukkah "
                       "passover hogmanay michaelmas candlemas shrovetide".split())


_MACHINE_PARTS = word_set("machine_parts")
# "the orange DESCALE lamp", "the water tank", "the lid": up to three describing words (or words in
# capitals printed on the machine) before a part.
_PART = re.compile(r"\b([Tt]he)\s+((?:(?:[a-z][a-z-]+|[A-Z]{2,}(?:/[A-Z]+)?)\s+){0,3}?)(" +
                   "|".join(sorted(_MACHINE_PARTS, key=len, reverse=True)) + r")\b(?!-)")


def name_the_product(prompt: str, product: str, nouns: frozenset[str]) -> str:
    """"The orange DESCALE lamp lights up ..." in the Brevio CM-450's manual says "The Brevio
    CM-450's orange DESCALE lamp lights up ...", and "The machine heats up ..." says "The Brevio
    CM-450 heats up ...": the first part of a machine, or the machine itself, that a prompt
    naming no model speaks of."""
    if product in prompt or _A_MODEL_CODE.search(prompt):
        return prompt
    candidates = []
    for match in _PART.finditer(prompt):
        describing = match.group(2).split()
        if any(_no_describing_word(w.lower()) or w.lower() in nouns for w in describing):
            continue
        if not _ends_a_noun_phrase(prompt[match.end():]) and not prompt[match.end():].startswith(("s ", "s?", "s.")):
            continue
        opening = match.start() == 0
        written = f"{'The' if opening else 'the'} {_possessive(product)} {match.group(2)}{match.group(3)}"
        candidates.append((match.start(), match.end(), written))
        break
    if nouns:
        machine = re.search(rf"\b([Tt]he)\s+({'|'.join(sorted(nouns, key=len, reverse=True))})\b(?!-)", prompt)
        if machine and _ends_a_noun_phrase(prompt[machine.end():]):
            written = f"{'The' if machine.start() == 0 else 'the'} {product}"
            candidates.append((machine.start(), machine.end(), written))
    if not candidates:
        return prompt
    start, end, written = min(candidates)
    return prompt[:start] + written + prompt[end:]


def _possessive(name: str) -> str:
    """"the Hanseatic League's", "the Guild of Bellfounders'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_NOT_DESCRIBING = frozenset("and or but nor that which who whom whose it its their his her our your my this these "
                            "those a an the there here not".split())


def _no_describing_word(word: str) -> bool:
    """Whether a word between "the" and a noun cannot describe the noun ("the lamp and the tank")."""
    return word in _NOT_DESCRIBING or word in _PREPOSITIONS or word in _AUXILIARIES


_A_MODEL_CODE = re.compile(r"\b[A-Z]{1,4}-\d{2,5}\b")


def name_the_owner(prompt: str, owned: dict[str, Subject]) -> str:
    """"The last Diet met in what year?" in an article on the Hanseatic League, which writes
    "Hanseatic Diet", says "The Hanseatic League's last Diet met in what year?": a kind written
    with a capital that the document gives to its subject (`owned_kinds`), in a prompt that does
    not name the subject already."""
    for kind, subject in owned.items():
        if kind not in prompt or f" {fold(subject.name)} " in f" {fold(prompt)} ":
            continue
        match = re.search(rf"\b([Tt]he)\s+((?:[a-z]+\s+){{0,2}}){kind}\b(?!\s+[A-Z]|\s+of\b|['\u2019]s\b)", prompt)
        if match is None or any(_no_describing_word(w) for w in match.group(2).split()):
            continue
        owner = _possessive(subject.written(match.start() == 0))
        return f"{prompt[:match.start()]}{owner} {match.group(2)}{kind}{prompt[match.end():]}"
    return prompt


# A landmark's name any town may have: "the Red Tower", "the Town Hall", "the Old Bridge".
_COMMON_LANDMARK = re.compile(
    r"\b([Tt]he) ((?:(?:Red|White|Black|Green|Old|New|Great|Little|High|Low|Upper|Lower|North|South|East|West|"
    r"Round|Long|Town|City|Market|Guild|Corn|Stone|Iron|King's|Queen's) ){1,2}"
    r"(?:Tower|Bridge|Hall|Gate|Church|Castle|Square|Cross|Mill|Inn|Wall|Walls|Park|Station|Library|Museum|"
    r"Market|House|Clock|Chapel|Theatre|Pier|Quay|Street|Lane))\b(?!\s+(?:of|in|at)\s+[A-Z])")


def place_the_landmark(prompt: str, town: str) -> str:
    """"The Red Tower was built ..." in a walk around York says "York's Red Tower was built ...":
    the first landmark of a prompt whose name any town might have, where the prompt does not
    name the town already."""
    if town in prompt or " " not in prompt:
        return prompt
    match = _COMMON_LANDMARK.search(prompt)
    if match is None:
        return prompt
    return f"{prompt[:match.start()]}{town}'s {match.group(2)}{prompt[match.end():]}"


# A prompt that opens with who or what a service's rules are about, in the present: "Books are lent
# ...", "Adults can borrow ...", "Card holders can book ...", "Reservations are free ...".
_RULE_OPENING = re.compile(r"([A-Z][a-z]+(?: [a-z]+)?(?:s|ren|ple)) (?:are|can|may|must|need|pay|get|have|do not|cannot) ")


def a_service_rule(prompt: str) -> bool:
    """Whether a prompt is a present-tense rule about people or things in general that names
    nothing: "Books are lent for how many weeks?", "Adults can borrow up to how many items?"."""
    match = _RULE_OPENING.match(prompt)
    return match is not None and not _A_NAME_INSIDE.search(prompt, 1) \
        and fold(match.group(1).split()[0]) not in FUNCTION_WORDS


def name_the_service(prompt: str, service: str) -> str:
    """"Books are lent for how many weeks?" on a library's FAQ page says "At Ashgrove Libraries,
    books are lent for how many weeks?": a service's rule (`a_service_rule`) on a page about one
    service."""
    return f"At {service}, {prompt[:1].lower()}{prompt[1:]}" if a_service_rule(prompt) else prompt


_A_NAME_INSIDE = re.compile(r"(?<![.?!] )\b[A-Z][a-z]")


def _names_a_word_of(answer: str, before: str, after: str) -> bool:
    """Whether a frame (a case, a product, a work, an owner) put a capitalised word of the
    answer into the prompt: "Okafor" of Daniel Okafor in "In Okafor v Marlshire County Council"."""
    words = {fold(word) for word in re.findall(r"\b[A-Z][\w'\u2019-]{2,}", answer)} - FUNCTION_WORDS - _PERSONAL_TITLES
    return any(f" {word} " in f" {fold(after)} " and f" {word} " not in f" {fold(before)} " for word in words)


def _gives_away(answer: str, before: str, after: str) -> bool:
    """Whether writing out put the answer, or a year of it, into the prompt."""
    keys = {fold(answer), *re.findall(rf"\b{_YEAR}\b", answer)} - {""}
    return any(f" {key} " in f" {fold(after)} " and f" {key} " not in f" {fold(before)} " for key in keys)


_SAYS_WHICH = frozenset("of that which who whose called named known".split())


def name_the_subject(prompt: str, subjects: tuple[Subject, ...], sentence_index: int = 0) -> str:
    """"The club was founded ..." in a history of Owlsmoor Cricket Club says "Owlsmoor Cricket
    Club was founded ...": the first "the club" (or "the club's") of a prompt that does not name
    it already; not "the club secretary", whose "club" only describes the next noun."""
    lower = prompt.lower()
    for subject in subjects:
        if not any(noun in lower for noun in subject.nouns):
            continue
        if subject.first > sentence_index or f" {fold(subject.name)} " in f" {fold(prompt)} ":
            continue
        nouns = "|".join(sorted(subject.nouns))
        for match in re.finditer(rf"\b([Tt]he)\s+({nouns}|{nouns.title()})\b(?!-)", prompt):
            after = prompt[match.end():]
            if after.startswith(("'s", "\u2019s")):
                pass
            elif not _ends_a_noun_phrase(after) or (_after_a_preposition(prompt[:match.start()])
                                                    and _described_after(after)):
                continue
            opening = match.start() == 0
            written, rest = subject.written(opening), prompt[match.end():]
            if written.endswith("s") and rest.startswith(("'s", "\u2019s")):
                rest = rest[:1] + rest[2:]  # "the Royal Society of Fenland Naturalists' library"
            prompt = prompt[:match.start()] + written + rest
            break
    return prompt


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'\u2019-]*)")


def _ends_a_noun_phrase(after: str) -> bool:
    """Whether the kind noun ends its noun phrase: a verb, a preposition or a stop follows it,
    not another noun ("club secretary"), a name, or words that say which one ("of", "that")."""
    if not after or after[0] in ",.;:?!)":
        return True
    following = _NEXT_WORD.match(after)
    if not following:
        return False
    word = following.group(1)
    low = word.lower()
    if word[:1].isupper() or low in _SAYS_WHICH:
        return False
    return low in _PREPOSITIONS or low in _AUXILIARIES or low in FUNCTION_WORDS or low.endswith("ly") \
        or low in NUMBER_WORDS or bool(readings(low))  # "have won the league eleven times"


_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")
_DESCRIBING = re.compile(r"\s+([a-z]+)\s+([a-z]+)")


def _after_a_preposition(before: str) -> bool:
    """Whether the words before "the" end with a preposition ("the minutes of the meeting")."""
    last = _LAST_WORD.search(before)
    return bool(last) and last.group(1).lower() in _PREPOSITIONS


def _described_after(after: str) -> bool:
    """Whether a participle and a preposition after a noun say which one it is: "of the meeting
    held on 14 January" (another meeting than the one the document is the minutes of), "in the
    tour planned for the autumn". After a preposition the noun is no subject, so the participle
    is not its verb."""
    words = _DESCRIBING.match(after)
    if not words or words.group(2) not in _PREPOSITIONS:
        return False
    return any(tense == "participle" for _base, tense in readings(words.group(1)))


_ORDINAL_RUN = re.compile(rf"\b(?P<lead>(?i:between|from|on|by|until|till|since|before|after))\s+the\s+(?P<a>{_ORDINAL_DAY})"
                          rf"(?:\s+(?P<link>and|to)\s+(?:the\s+)?(?P<b>{_ORDINAL_DAY}))?\b")
_AFTER_A_DAY = re.compile(rf"\s+(?:of\s+)?(?:{_MONTH_WORDS})\b|\s+([a-z]+)\b")


def _names_a_day(after: str) -> bool:
    """Whether an ordinal is a day of the month: "on the 6th", "the 6th, when", not "the 6th
    century" nor "the 6th of May" (its month is given)."""
    following = _AFTER_A_DAY.match(after)
    if following is None:
        return True
    word = following.group(1)
    return bool(word) and (word in FUNCTION_WORDS or word in _PREPOSITIONS)


_ORDINAL_QUICK = re.compile(r"\d(?:st|nd|rd|th)\b")


def date_the_days(prompt: str, dating: Dating) -> str:
    """"On the 11th" in a summary for November 2026 is "on 11 November 2026"; "between the 3rd
    and the 7th" is "between 3 and 7 November 2026". Only a report over one month says which."""
    if not dating.about or not dating.month or "the " not in prompt or not _ORDINAL_QUICK.search(prompt):
        return prompt
    month = f"{_MONTH_NAME[dating.month]} {dating.year}"

    def written(match: re.Match) -> str:
        if not _names_a_day(prompt[match.end():]):
            return match.group(0)
        first = int(re.match(r"\d+", match.group("a")).group(0))
        if match.group("b"):
            second = int(re.match(r"\d+", match.group("b")).group(0))
            return f"{match.group('lead')} {first} {match.group('link')} {second} {month}"
        return f"{match.group('lead')} {first} {month}"

    return _ORDINAL_RUN.sub(written, prompt)


# A month without a year where it names a time: "in November", "on 11 February", "Thursday 11
# February", "February 11", or opening the prompt ("November was the wettest month ...").
_BARE_MONTH = re.compile(rf"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
                         rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                         rf"\b(?P<month>{_MONTH_WORDS})\b(?P<after>\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)?"
                         rf"(?!s\b|['\u2019]s\b|,?\s+{_YEAR}\b|\s+of\s+{_YEAR}\b|-)")
_TIME_LEAD = re.compile(r"\b(?:in|on|by|until|till|from|since|before|after|during|early|late|mid|of|between|and|to|"
                        r"through|throughout)\s+$", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|plans? to|is due|are due|going to)\b")
_PAST = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b")


def _months_without_year(prompt: str):
    """Each month of the prompt that names one time and has no year: "in November", "on 11
    February", "Thursday 11 February", "November was ..."; not "every November", "the November
    average", "for November" (every November's). Yields (the match, where its date starts)."""
    for match in _BARE_MONTH.finditer(prompt):
        start = match.start("weekday") if match.group("weekday") else match.start("day") if match.group("day") \
            else match.start("month")
        if not (_TIME_LEAD.search(prompt, 0, start) or start == 0 or match.group("day") or match.group("day2")):
            continue
        if _MEASURE_AFTER.match(prompt, match.end()) or _NO_ONE_TIME_BEFORE.search(prompt, 0, start):
            continue
        yield match, start


_MEASURE_AFTER = re.compile(r"\s*(?:average|averages|mean|total|record)\b")
_NO_ONE_TIME_BEFORE = re.compile(r"\b(?:every|each|the|this|last|next)\s+$", re.I)


def undated_dates(prompt: str) -> bool:
    """Whether the prompt names a day or a month without its year, so that only the document
    says which: "on the 6th", "between the 3rd and the 7th", "on 11 February", "reached 3
    percent in September". A month alone in the present tense is a season's, every year's ("open
    from Easter to October"), and needs none."""
    if "the " in prompt and _ORDINAL_QUICK.search(prompt):
        for match in _ORDINAL_RUN.finditer(prompt):
            if _names_a_day(prompt[match.end():]):
                return True
    if not _A_MONTH.search(prompt):
        return False
    for match, _start in _months_without_year(prompt):
        if match.group("day") or match.group("day2") or match.group("weekday"):
            return True
        if _FUTURE.search(prompt) or _PAST.search(prompt) or match.start() == 0:
            return True
    return False


def date_the_months(prompt: str, anchor: Anchor, sentence: str = "", asks_time: bool = False) -> str:
    """"In November" in a summary for November 2026 is "in November 2026"; a month in a letter
    dated 16 January 2027 takes 2027 when the letter speaks of it ahead ("will visit ... on
    Thursday 11 February", a Thursday in 2027) or it is the letter's own month. A month the text
    also writes with another year, or in a sentence naming another year, takes none."""
    if not _A_MONTH.search(prompt):
        return prompt
    dating = anchor.dating
    other_year = any(int(y) != dating.year for y in re.findall(rf"\b{_YEAR}\b", sentence))
    edits: list[tuple[int, str]] = []
    for match, _start in _months_without_year(prompt):
        month = _MONTH_NUMBER[match.group("month")]
        if asks_time and not (dating.about and dating.month == month):
            continue  # "It opened on 1 May in what year?": the year asked may be the month's
        year = _year_for(month, dating, prompt)
        if year is None or other_year or anchor.month_years.get(month, frozenset({year})) - {year}:
            continue
        day = match.group("day") or match.group("day2")
        if match.group("weekday") and day:
            weekday = datetime.date(year, month, int(day)).strftime("%A") if int(day) <= _days_in(year, month) else ""
            if weekday != match.group("weekday"):
                continue  # "Thursday 11 February" is no Thursday that year: not this year
        edits.append((match.end(), f", {year}" if match.group("day2") else f" {year}"))
    for at, text in reversed(edits):
        prompt = prompt[:at] + text + prompt[at:]
    return prompt


def _days_in(year: int, month: int) -> int:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day


def _year_for(month: int, dating: Dating, prompt: str) -> int | None:
    """The year a month of the prompt is in, when the document's dating leaves only one."""
    if dating.about:
        return dating.year if not dating.month or dating.month == month else None
    if month == dating.month:
        return dating.year
    if _FUTURE.search(prompt):
        return dating.year if month > dating.month else None
    if _PAST.search(prompt):
        return dating.year if month < dating.month else None
    return None


_OPENING_WORD = re.compile(r"([A-Za-z][\w'\u2019-]*)")


def place_the_measure(prompt: str, anchor: Anchor) -> str:
    """A count or a measure in a report on one place over one period, when the prompt gives no
    place or no time: "How many days had no sunshine at all?" in a weather summary for November
    2026 at Kelderby Observatory is "In November 2026 at Kelderby Observatory, how many days had
    no sunshine at all?"."""
    dating = anchor.dating
    if not anchor.place or dating is None or not dating.about:
        return prompt
    period = f"{_MONTH_NAME[dating.month]} {dating.year}" if dating.month else str(dating.year)
    dated = bool(re.search(rf"\b{dating.year}\b", prompt))
    own_words = fold(anchor.place).split()[:-1] or fold(anchor.place).split()
    placed = f" {' '.join(own_words)} " in f" {fold(prompt)} "  # "at Kelderby" places it already
    if dated and placed:
        return prompt
    frame = ("" if dated else f"In {period}") + ("" if placed else f"{' at' if not dated else 'At'} {anchor.place}")
    opening = _OPENING_WORD.match(prompt)
    if opening is None:
        return prompt
    word = opening.group(1)
    low = word.lower()
    if low in FUNCTION_WORDS or low in NUMBER_WORDS or low == "how" or \
            (low in anchor.lower_words and low not in WEEKDAYS and word[1:].islower()):
        prompt = low + prompt[len(word):]
    return f"{frame}, {prompt}"


def anchor_fact(fact, anchor: Anchor | None) -> None:
    """Write out, in a fact's question and its statements, what the document makes unambiguous.
    A question asking for a time gets a year only where it cannot be the one asked; a count or
    an amount may get a report's place and period."""
    if anchor is None:
        return
    common = {"sentence": fact.sentence.text, "sentence_index": fact.sentence.index,
              "measure": fact.span.family == AMOUNTS, "defining": fact.rule.startswith("definitions.")}
    if fact.question:
        fact.question = anchor_prompt(fact.question, anchor, fact.answer, asks_time=fact.span.family == TIMES,
                                      **common)
    if fact.statement:
        fact.statement = anchor_prompt(fact.statement, anchor, stating=True, **common)
    anchor_false_statements(fact, anchor)


def anchor_false_statements(fact, anchor: Anchor | None) -> None:
    """The fact's false statements written out as its true one is."""
    if anchor is None or not fact.false_statements:
        return
    fact.false_statements = [(anchor_prompt(text, anchor, sentence=fact.sentence.text,
                                            sentence_index=fact.sentence.index,
                                            measure=fact.span.family == AMOUNTS, stating=True,
                                            defining=fact.rule.startswith("definitions.")), option)
                             for text, option in fact.false_statements]


# ---------------------------------------------------------------------------------------------
# The one event, structure or kind of living thing an article is about, and its parts


_WHOLE_FRAMES = word_map("whole_frames")
_EVENT_HEADS = frozenset("battle siege fire flood floods earthquake eruption storm hurricane marathon race run "
                         "regatta election referendum".split())
_LIVING_CLASSES = word_set("living_classes")
# A year a title puts after or before the name: "The Fenmouth Flood of 1953", "1953 Fenmouth Flood".
_TITLE_YEAR = re.compile(rf"^(?:{_YEAR}\s+)?(?P<name>.+?)(?:\s+(?:of|in)\s+{_YEAR}|\s+\({_YEAR}\))?$")


def whole_topic(title: str, texts: list[str], header: list[str] = ()) -> Topic | None:
    """The one event or structure an article is about, by its title ("Battle of Hastings",
    "Eiffel Tower", "The Fenmouth Flood of 1953") or a name its headline gives and its text
    writes again ("... as Ashbridge Marathon raises £1.4m"); else the kind of living thing its
    title names and its first sentence says it is ("Barn owl" / "The barn owl ... is a species
    of owl"). None otherwise: "Copper" or "Photosynthesis" is no one thing with parts to frame."""
    header = list(header)[:HEADER_LINES]
    titled = _title_case(title.strip())
    event = titled_whole(titled, texts)
    if event is not None:
        return event
    named = {name for line in (titled, *header[:3], *texts[:3]) for name in _names_in(_title_case(line))
             if head_noun(name) in _EVENT_HEADS and sum(text.count(name) for text in texts) >= 2}
    if len(named) == 1:
        name = named.pop()
        return _whole(name, head_noun(name), texts)
    return living_topic(title, texts)


def titled_whole(titled: str, texts: list[str]) -> Topic | None:
    """"Battle of Hastings" -> At the Battle of Hastings; "Kelby Point Lighthouse" -> At Kelby
    Point Lighthouse: a title that is one name of an event or a structure (`whole_frames`), a
    year beside it allowed, that the text writes out, or calls "the lighthouse" twice."""
    bare = _TITLE_YEAR.match(titled.removeprefix("The ").strip())
    if bare is None or _names_in(bare.group("name")) != [bare.group("name")]:
        return None
    head = head_noun(bare.group("name"))
    if head not in _WHOLE_FRAMES:
        return None
    name = titled.removeprefix("The ").strip()
    written = sum(text.count(bare.group("name")) for text in texts)
    called = sum(len(re.findall(rf"\b[Tt]he {head}\b", text)) for text in texts)
    if not written or written + called < 2:
        return None
    return _whole(name, head, texts)


def _whole(name: str, head: str, texts: list[str]) -> Topic:
    with_the, without = article_uses(name, texts)
    the = with_the > without if with_the or without else " of " in f" {name} "  # "the Battle of Hastings"
    key = next((fold(w) for w in name.split() if len(w) > 2 and fold(w) not in FUNCTION_WORDS
                and fold(w) != head and not re.fullmatch(_YEAR, w)), fold(name))
    return Topic(f"the {name}" if the else name, _WHOLE_FRAMES[head], key,
                 whole="event" if head in _EVENT_HEADS else "structure")


def living_topic(title: str, texts: list[str]) -> Topic | None:
    """"Barn owl" whose first sentence is "The barn owl (Tyto alba) is a species of owl found
    ..." -> In barn owls: a title of a few lower-case words (a kind, not a name) that the
    first sentence opens with and says is a species, a bird, an insect (`living_classes`)."""
    words = title.strip().split()
    if not 1 <= len(words) <= 4 or not all(w.isalpha() for w in words) or any(w[:1].isupper() for w in words[1:]):
        return None
    if not texts:
        return None
    opening = re.match(rf"(?:The\s+)?({re.escape(title.strip())})\b[^.]*?\b(?:is|are)\s+(?:an?|the)\s+"
                       rf"(?:[\w-]+\s+){{0,6}}?({'|'.join(sorted(_LIVING_CLASSES))})\b", texts[0], re.I)
    if opening is None:
        return None
    written = opening.group(1)
    written = written if written[1:] != written[1:].lower() or written[:1].islower() else written[:1].lower() + written[1:]
    kind = written.rsplit(None, 1)
    plural = " ".join([*kind[:-1], plural_noun(kind[-1])])
    return Topic(plural, "In", fold(words[-1]), whole="living")


# "three of them", "their hives": a pronoun the sentence before says the meaning of, which no frame says.
_POINTS_ELSEWHERE = re.compile(r"\b(?:they|them|their|it|its|these|those|this|he|she|his|her|him)\b", re.I)
# People and their bodies are no part of a kind of living thing: "Which organisation restricted ...?"
_ASKS_FOR_PEOPLE = re.compile(r"\b(?:[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hich\s+(?:[a-z]+\s+)?(?:organisation|country|company|"
                              r"government|body|scientist|naturalist|king|queen|person))\b")
_PART_DEFINITION = re.compile(r"^(?:An?|The)\s+(?:[\w-]+\s+){1,3}?(?:is|are)\s+(?:an?|the)\s|^What is the term\b")


def a_part_of_the_whole(prompt: str, topic: Topic, lower_words: Container[str] = frozenset()) -> bool:
    """Whether a prompt in an article about one event, structure, place or kind of living thing
    speaks of a part, a member or a moment of it without naming it or anything else: "The
    English army was made up almost entirely of what?" (a people's adjective names nothing),
    "A queen takes about how many days to develop?", "How many levels are open to visitors?";
    not "Harold surprised the invaders at Stamford Bridge ..." (named), nor "A housecarl is a
    ..." (a definition, true anywhere)."""
    if topic.names_it(prompt) or len(prompt.split()) < 3 or _PART_DEFINITION.match(prompt) \
            or _POINTS_ELSEWHERE.search(prompt) or (topic.whole == "living" and _ASKS_FOR_PEOPLE.search(prompt)):
        return False
    opening = _OPENING_WORD.match(prompt)
    if opening is None:
        return False
    word = opening.group(1)
    low = word.lower()
    if not (low in FUNCTION_WORDS or low in NUMBER_WORDS or low.endswith(("ing", "s")) or fold(word) in lexicon().demonyms):
        return False  # "Mellifera is which language ...?": no part's noun phrase opens it
    if _a_name_opening(word, prompt[opening.end():], topic.name, lower_words) and fold(word) not in lexicon().demonyms:
        return False
    return not any(fold(m.group(0)) not in _CALENDAR_WORDS and fold(m.group(0)) not in lexicon().demonyms
                   for m in _CAPITAL_WORD.finditer(prompt, 1))


def frame_the_part(prompt: str, topic: Topic, lower_words: Container[str] = frozenset()) -> str:
    """"The English army was made up almost entirely of what?" in an article on the Battle of
    Hastings says "At the Battle of Hastings, the English army was made up ...?"; "A queen
    takes about how many days ...?" in one on the western honey bee says "In western honey bees,
    a queen takes ...?": a part, a member or a moment of the one thing (`a_part_of_the_whole`),
    framed with it; unchanged where no frame can be written well (too long, a label's words)."""
    if not a_part_of_the_whole(prompt, topic, lower_words):
        return prompt
    return frame_the_topic(prompt, topic, lower_words, definite=True)


def frames_parts(topic: Topic | None) -> bool:
    """Whether a document's topic frames its parts: an event, a structure, a kind of living
    thing, a place an article is about (not a national body's country, not a report's period)."""
    return topic is not None and (bool(topic.whole) or (topic.place and not topic.national and not topic.period))


# "compared with 16.0% in 2022–23", "up from 31 pairs in 2023": a past year the period's figure is set against.
_COMPARED = re.compile(r"\b(?:compared (?:with|to)|up from|down from|rose from|fell from|than in|than the)\b")
# "In 2024, 42 pairs ...", "seven", "three-quarters": a figure a statement gives.
_A_FIGURE = re.compile(r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r")(?:\b|-)", re.I)
_OWN_REPORT_PEOPLE = word_set("own_report_people")
_OUR = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def the_bodys_own(prompt: str, sentence: str, topic: Topic, stating: bool) -> bool:
    """Whether a fact in an organisation's own report is the body's, to be framed "At Western
    Skies Raptor Trust in 2024, ...": not a sentence dated only before the report's period
    ("By 1900 the kite survived only in Wales", background history), and, for a statement framed
    "At" a body (not "In" a council's place), one
    that gives a figure, names the body or speaks of its people ("volunteers", "we"); not "Only a
    remnant population survived in central Wales", true whoever reports it."""
    if topic.period:
        first = int(re.match(r"\d{4}", topic.period).group(0))
        years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", sentence)]
        if years and all(year < first for year in years) and not _COMPARED.search(sentence):
            return False
    if not stating or topic.lead != "At":
        return True  # "In Oakhurst in 2026/27, ...": a place's year holds all its facts
    words = set(re.findall(r"[a-z]+", prompt.lower()))
    return bool(_A_FIGURE.search(prompt)) or topic.names_it(prompt) or bool(words & _OWN_REPORT_PEOPLE) \
        or bool(_OUR.search(prompt))


# A court summary's parties under "BETWEEN:": "(1) DANIEL OKAFOR" ... "Claimants", "and",
# "MARTIN HARWOOD", "Defendant".
_PARTY_NUMBER = re.compile(r"^\(\d+\)\s*")
_SIDE = re.compile(r"^(?:claimants?|appellants?|applicants?|petitioners?|defendants?|respondents?)$", re.I)


def case_from_parties(header: list[str] = ()) -> str:
    """The case a summary is about, from the parties its header lists under "BETWEEN:": "(1)
    DANIEL OKAFOR / (2) FREYA LINDQVIST / Claimants / and / MARTIN HARWOOD / Defendant" ->
    "Okafor and Lindqvist v Harwood"; '' where the header lists no two sides."""
    lines = [line.strip() for line in list(header)[:HEADER_LINES * 2]]
    start = next((k for k, line in enumerate(lines) if line.rstrip(":").lower() == "between"), -1)
    if start < 0:
        return ""
    sides: list[list[str]] = [[]]
    for line in lines[start + 1:]:
        if _SIDE.match(line):
            if len(sides) == 2:
                break
            sides.append([])
        elif line.lower() != "and" and line:
            sides[-1].append(_title_case(_PARTY_NUMBER.sub("", line)))
    if len(sides) != 2 or not sides[0] or not sides[1]:
        return ""
    return f"{_parties(sides[0])} v {_parties(sides[1])}"


def _parties(names: list[str]) -> str:
    """One side as a case's name writes it: a person by surname, an organisation by its name."""
    short = [written_name(name) if issuer_kind(name) else name.split()[-1] for name in names]
    return short[0] if len(short) == 1 else f"{short[0]} and {short[1]}" if len(short) == 2 else f"{short[0]} and Others"


def _case_topic(case: str) -> Topic:
    return Topic(case, "In", _key_word(case))


def frame_the_case_part(prompt: str, case: str, lower_words: Container[str] = frozenset()) -> str:
    """"Applying an apportionment, the judge allowed how much?" in a summary of Okafor and
    Lindqvist v Harwood says "In Okafor and Lindqvist v Harwood, applying an apportionment, the
    judge allowed how much?": a prompt in the past tense (what happened in the case) that names
    nothing; not "A former tenant may apply under section 214", the law for every case."""
    if not _PAST.search(prompt):
        return prompt
    return frame_the_part(prompt, _case_topic(case), lower_words)


def unframed_part(prompt: str, anchor: Anchor | None) -> bool:
    """Whether a prompt speaks of a part, a member or a moment of the one thing its document is
    about (`a_part_of_the_whole`, a case's events) and no frame could be written for it: only
    the document says what it is part of ("How many levels are open to visitors?")."""
    if anchor is None or anchor.place:
        return False
    if frames_parts(anchor.topic) and a_part_of_the_whole(prompt, anchor.topic, anchor.lower_words):
        return True
    return bool(anchor.case) and bool(_PAST.search(prompt)) \
        and a_part_of_the_whole(prompt, _case_topic(anchor.case), anchor.lower_words)


def framed_whole(prompt: str, anchor: Anchor | None) -> int:
    """The length of the frame a prompt opens with that names the one event, structure, kind of
    living thing or case its document is about ("At Kelby Point Lighthouse, "), 0 when it opens
    with none: under such a frame "the tower", "the lamp" are that thing's own."""
    if anchor is None:
        return 0
    frames = [f"In {anchor.case}, "] if anchor.case else []
    if anchor.topic is not None and anchor.topic.whole:  # a place's "the company" may be anyone's
        frames.append(f"{anchor.topic.frame(dated=True)}, ")
    return next((len(frame) for frame in frames if prompt.startswith(frame)), 0)
