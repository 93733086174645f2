"""Museum and catalogue labels: a title line, then short lines without full stops that give the
object's date, place, material, maker and credit, before (or instead of) sentences of prose.

Such a block would otherwise be dropped as a menu or headings. Read as a label, its lines are
facts about the object: "When was the ritual wine vessel made?" (380–246 BC), "What is the
ritual wine vessel made of?" (bronze). Every question quotes the label line as the file writes
it; a "this jar" of the prose after the label is the object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.generate.clean import is_navigation
from game.generate.kinds import MATERIAL, Span
from game.generate.lexicon import FUNCTION_WORDS, MONTH_NAMES, word_map

MATERIAL_FAMILIES = word_map("materials")
MATERIALS = frozenset(MATERIAL_FAMILIES)
_MATERIAL = re.compile(r"\b(" + "|".join(sorted((re.escape(m) for m in MATERIALS), key=len, reverse=True)) + r")\b",
                       re.I)
ERA = r"(?:BC|BCE|AD|CE)"
# "380–246 BC", "c. 1500–1450 BC", "1st century BC", "AD 79", "210 BC", "about 1890", "1889"
_DATE_LINE = re.compile(r"\b(?:(?:about|c\.|circa|ca\.)\s*)?(?:\d{1,4}\s*[\u2013\u2014-]\s*\d{1,4}\s*" + ERA + r"|\d{1,4}\s*" + ERA
                        + r"|(?:AD|CE)\s+\d{1,4}|\d{1,2}(?:st|nd|rd|th)\s+centur(?:y|ies)(?:\s+" + ERA
                        + r")?|1[0-9]{3}(?:\s*[\u2013\u2014-]\s*\d{2,4})?)\b")
_CREDIT = re.compile(r"^(?:Gift of|Given by|Bequeathed by|Bequest of|Purchased|Lent by|On loan from|Accession|"
                     r"Acquired|Transferred|Museum purchase|Inv\.|Object number)\b", re.I)
_MAKER = re.compile(r"^(?:Made by|Maker|Artist|Workshop of|Attributed to|Designed by|Painted by|By)\b[:\s]*(.+)$", re.I)
# "Court: House of Lords", "Decided: 26 May 1932": the fields of a report's header, not a label.
_FIELD = re.compile(r"^([A-Z][a-z]+(?:\s[a-z]+)?):\s")
_LABEL_FIELDS = frozenset("maker artist date dates material materials medium period culture place origin "
                          "dimensions made by".split())
MAX_LABEL_LINES = 8
MAX_LINE_WORDS = 14


@dataclass(frozen=True, slots=True)
class LabelLine:
    """One line of a label: its text as written and what it says ("title", "date", "material",
    "maker", "credit", "place")."""

    text: str
    role: str


# "By Hannah Okafor, Weeknight Kitchen column", "By our sports desk · Updated Sunday": a byline,
# who wrote the page, not who made a thing.
_BYLINE = re.compile(r"^By\s+[^,]+,.*\b(?:column|columnist|magazine|newspaper|news|reporter|correspondent|editor|"
                     r"writer|staff|blog|contributor)\b|^By\s+(?:our|the|a)\s+(?:[\w-]+\s+){0,3}?(?:desk|staff|"
                     r"reporters?|correspondents?|team|editors?|newsroom|writers?)\b", re.I)


# A person's life ("Born 3 May 1938; died 21 August 2025") or a day of the calendar ("14 March
# 2025"): an obituary's or a newspaper's heading, never the date an object was made, which a
# label gives as a year, a range or a century.
_LIFE_OR_ISSUE = re.compile(r"\b(?i:born|died)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(MONTH_NAMES) + r")\s+\d{4}\b")


def _role(line: str) -> str:
    if _CREDIT.match(line) or _BYLINE.match(line):
        return "credit"
    if _MAKER.match(line):
        return "maker"
    if _DATE_LINE.search(line) and not _LIFE_OR_ISSUE.search(line):
        return "date"
    if _MATERIAL.search(line) and len(line.split()) <= 8:
        return "material"
    return ""


# What names the house that shows objects rather than an object: a heading over a page of labels.
_HOUSE = re.compile(r"\b(?i:museum|gallery|galleries|archives?)\b")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+\S")


def read_label(paragraphs: list[str]) -> list[LabelLine]:
    """The label block opening a document: a title line, then at least two lines that give a
    date, a material, a maker or a credit. [] when the document opens otherwise."""
    lines: list[LabelLine] = []
    for index, paragraph in enumerate(paragraphs[:MAX_LABEL_LINES]):
        text = paragraph.strip()
        if not text or re.search(r"[.!?]$", text) or len(text.split()) > MAX_LINE_WORDS:
            break
        if index and is_navigation(text):
            return []  # "Home | Our Breads | Shops": a web page's menu under its title, no object's label
        if re.search(r"\b(?i:since|established|est\.|founded)\s+1[0-9]{3}\b", text):
            break  # "BAKING IN BRADLEY CROSS SINCE 1868": a motto's year, not when an object was made
        field = _FIELD.match(text)
        if field and field.group(1).lower() not in _LABEL_FIELDS:
            return []  # a header of named fields opens a report or a notice, not an object's label
        if index == 0 and _HOUSE.search(text):
            return []  # "BRAMBLEY MUSEUM OF EVERYDAY LIFE": the gallery's own heading, no object's title
        if index and _NUMBERED.match(text):
            return []  # "1. FLAT IRON" under the heading: a page of several labels, not one object's
        role = _role(text)
        if index == 0 and role in ("", "material"):
            role = "title"
        elif not role:
            role = "place" if index <= 2 and "," in text or index == 1 else ""
            if not role:
                break
        lines.append(LabelLine(text, role))
    useful = [line for line in lines if line.role in ("date", "material", "maker")]
    if not lines or lines[0].role != "title" or len(useful) < 1 or len(lines) < 3:
        return []
    return lines


def object_name(title: str) -> str:
    """How prose names the object: "Ritual wine vessel (hu)" -> "the ritual wine vessel"."""
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", title).strip()
    if re.match(r"(?:The|A|An)\s", name):
        name = name.split(" ", 1)[1]
    words = name.split()
    if words and words[0][:1].isupper() and not (len(words) > 1 and words[1][:1].isupper()):
        name = words[0].lower() + name[len(words[0]):]
    return f"the {name}"


def material_of(line: str) -> str | None:
    found = _MATERIAL.search(line)
    return found.group(1) if found else None


# "Most pencils are made from cedar wood", "The bridge was built of sandstone in 1847": a passive
# of making, then the material (with one describing word at most) ending its phrase. Only the
# materials the list knows, so that a wrong option is always a material of the same family.
_MADE_OF = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:(?:usually|mostly|mainly|largely|often|traditionally|still|once|"
    r"originally|always|generally|typically|commonly|sometimes)\s+)?(?:made|built|carved|cast|woven|forged|"
    r"constructed|moulded|molded)\s+(?:out\s+of|of|from|in)\s+(?:(?:a|an)\s+)?((?:[a-z]+\s+)?(" + "|".join(
        sorted((re.escape(m) for m in MATERIALS), key=len, reverse=True)) + r"))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|by|with|until|during|before|after|for|and\s+(?:then|later))\b)")


def made_of_spans(text: str) -> list[Span]:
    """What a sentence says a thing is made of, as a material answer: "Most pencils are made from
    cedar wood" -> "cedar wood"; not "a coat of paint" or "made in 1889"."""
    found = []
    for match in _MADE_OF.finditer(text):
        words = match.group(1).split()
        start = match.start(1)
        if len(words) == 2 and (words[0] in FUNCTION_WORDS or words[0].endswith("ly")):
            start = match.start(2)  # "made of the finest oak": the material alone
        found.append(Span(start, match.end(1), text[start:match.end(1)], MATERIAL))
    return found


def date_of(line: str) -> str | None:
    found = _DATE_LINE.search(line)
    return found.group(0) if found else None


# A recipe's yield, on a line of its own or as its first sentence: "Serves 4 | Prep 15 min",
# "Serves 4.", "Feeds 6". A range ("Serves 4-6") says no one number.
_SERVING = re.compile(r"^(?:Serves|Feeds)\s+([1-9][0-9]?)\b(?!\s*(?:[-\u2013/]|to\b|or\b))")
SERVING_LINES = 4  # the serving line is among the first lines of a recipe


def serving_of(line: str) -> int | None:
    """How many people a recipe's yield line says it serves: 4 for "Serves 4 | Prep 15 min"."""
    found = _SERVING.match(line.strip())
    return int(found.group(1)) if found else None


def recipe_dish(title: str) -> str:
    """The dish a recipe's title names, as a prompt writes it mid-sentence: "Smoky Red Lentil and
    Roasted Pepper Soup" -> "smoky red lentil and roasted pepper soup"; the capital of a name
    the title keeps ("Irish soda bread")."""
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", title).split(":")[0].strip()
    name = re.sub(r"^(?:(?:A|An|The)\s+)?(?:(?:Recipe|Recipes)\s+for\s+)?", "", name, flags=re.I)
    name = re.sub(r"\s+recipe$", "", name, flags=re.I)
    from game.generate.lexicon import fold, lexicon
    known = lexicon()
    words = [w if fold(w) in known.demonyms or fold(w) in known.continent_of else w.lower() for w in name.split()]
    return " ".join(words)
