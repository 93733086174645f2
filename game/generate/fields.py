"""Field sheets: documents made of repeated items, each a heading naming the item (with its
scientific name on the next line, perhaps) and then short "Label: value" lines: a plant guide
("Height: 60–90 cm", "Flowering: June to August"), a zoo's enclosure signs ("STATUS:
Endangered"), a product range ("Battery life: 40 hours"), a set of fact cards.

Such lines have no full stop and would be dropped as headings or menus, yet each is a fact about
its item. Read as a sheet, they give questions whose wrong options are the same field of the
sibling items, which are always of the right kind: "What is the height of the foxglove?"
(1–1.5 m, beside the other plants' heights), "Which of these plants flowers from May to July?"
(the foxglove, beside the other plants), "What is the scientific name of the okapi?".

A field whose value is a sentence ("Tip: Trim lightly after flowering.") is prose: its
sentence is read by the normal rules. A sheet gives a handful of questions, not one per field
(see `MAX_PER_ITEM`, `MAX_PER_LABEL`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.generate.distractors import same_thing, stable_order
from game.generate.lexicon import FUNCTION_WORDS, MONTH_NAMES, MONTHS, fold, plural_noun, word_set

MIN_ITEMS = 3            # a sheet: at least three items sharing at least two labels
MIN_SHARED_LABELS = 2
MAX_LABEL_WORDS = 3
MAX_VALUE_WORDS = 25     # a field's whole value, as a line of the sheet
MAX_OPTION_WORDS = 7     # a value short enough to be shown as an option
MAX_HEADING_WORDS = 8
MAX_PER_ITEM = 2         # questions about one item
MAX_PER_LABEL = 1        # questions asking one field's value (of all the items), and as many asking whose it is;
# two on a sheet of SPARE_ITEMS items or more, where a question has a spare option to show in
# place of one another question asks for
SPARE_ITEMS = 5
MAX_WRONG = 3
MAX_SPARE = 5

# "Light: full sun", "- **Battery life:** 40 hours", "STATUS: Endangered": a short label of
# words (no digits), a colon, a value.
_FIELD = re.compile(r"^(?:[-*\u2022+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z'\u2019&/ -]{0,40}?)(?:\*\*|__)?\s*:"
                    r"(?:\*\*|__)?\s+(\S.*)$")
# A heading's numbering before the item's name: "SIGN 1 – RED PANDA", "Card 3: Kittiwake", "2. Foxglove".
_NUMBERING = re.compile(r"^(?:[A-Za-z]+\.?\s+)?(?:No\.\s*)?\d{1,3}[.):]?\s*(?:[:\u2013\u2014-]\s*)?(?=\S)")
_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
# A scientific name under the heading: "Lavandula angustifolia", "Panthera tigris sumatrae",
# "Nepeta x faassenii" (a genus with a capital, then one or two lower-case epithets).
_SCIENTIFIC = re.compile(r"^[A-Z][a-z]{2,}(?:\s+(?:x|\u00d7))?(?:\s+[a-z][a-z-]{2,}){1,2}$")
_MONTHS = "|".join(MONTH_NAMES)
_SEASONS = "spring|summer|autumn|fall|winter"
# A time of year: "June to August", "May–July", "late summer", "in spring".
_TIME_OF_YEAR = re.compile(rf"^(?:(?:early|mid|late|in)[\s-]+)?(?:{_MONTHS}|{_SEASONS})\b"
                           rf"(?:\s*(?:to|[\u2013\u2014-]|until|and)\s*(?:(?:early|mid|late)[\s-]+)?(?:{_MONTHS}|{_SEASONS}))?$",
                           re.I)
_RANGE = re.compile(r"\s*(?:to|[\u2013\u2014-]|until)\s*")
_DIGIT = re.compile(r"\d")
_CATEGORY_NOUNS = word_set("category_nouns")
# Labels that say what the item eats or needs: the question is written with that verb ("What
# does the meerkat eat?", "What light does lavender need?"), where "the food of the meerkat"
# or "the light of lavender" would not be English.
EATING_LABELS = frozenset("food diet prey".split())
NEEDING_LABELS = frozenset("light sun soil position aspect water shade".split())
# A label that already says it is a time: "Flowering season", "Nesting period".
TIME_NOUNS = frozenset("time season period months month".split())
# A value that opens with a preposition is no noun phrase: "Storage: until March".
_PREPOSITION_FIRST = re.compile(r"(?i)^(?:until|till|from|in|at|on|for|by|before|after|during|up\s+to|about|around|"
                                r"over|under|within|between|every|each)\b")


@dataclass(frozen=True, slots=True)
class FieldLine:
    """One "Label: value" line: its label (folded), the label and value as written, and the
    line's number in the text it was read from."""

    label: str
    written_label: str
    value: str
    line: int


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a sheet: the heading line as written, the name read from it, its scientific
    name if the next line gives one, and its fields."""

    heading: str
    name: str
    heading_line: int
    scientific: str
    scientific_line: int
    fields: tuple[FieldLine, ...]
    prose: tuple[int, ...] = ()  # lines whose value is a sentence, read as prose

    def field(self, label: str) -> FieldLine | None:
        return next((f for f in self.fields if f.label == label), None)


@dataclass(frozen=True, slots=True)
class FieldSheet:
    items: tuple[Item, ...]
    labels: tuple[str, ...]  # the labels at least two items share, in the order first written

    def lines(self) -> set[int]:
        """Every line of the text the sheet takes (headings, scientific names, fields)."""
        taken = set()
        for item in self.items:
            taken.add(item.heading_line)
            if item.scientific:
                taken.add(item.scientific_line)
            taken.update(f.line for f in item.fields)
        return taken


def read_field_line(line: str) -> tuple[str, str, str] | None:
    """(folded label, label as written, value) of a "Label: value" line, else None."""
    found = _FIELD.match(line.strip())
    if not found:
        return None
    label, value = found.group(1).strip(), found.group(2).strip().strip("*_").strip()
    words = label.split()
    if not words or len(words) > MAX_LABEL_WORDS or not value or len(value.split()) > MAX_VALUE_WORDS:
        return None
    if any(w.lower() in FUNCTION_WORDS for w in words[:1]):
        return None  # "The plan: ...", "Note that: ...": a sentence's opening, not a label
    return " ".join(words).lower(), label, value


def is_sentence_value(value: str) -> bool:
    """Whether a field's value is a sentence of prose ("Trim lightly after flowering."), read
    by the normal rules rather than as a field."""
    return bool(_TERMINAL.search(value)) and len(value.split()) >= 4


def heading_name(line: str) -> str:
    """The item's name from its heading: "SIGN 1 – RED PANDA" -> "RED PANDA"."""
    line = line.strip().strip("#*_ ").strip()
    stripped = _NUMBERING.sub("", line, count=1)
    return stripped.strip(" :\u2013\u2014-") or line


def _heading_like(line: str) -> bool:
    """A line that can name an item: a few words with letters, no full stop, no rule of signs,
    no field of its own ("Card 3: Kittiwake" is none: a label holds no digits)."""
    text = line.strip()
    if not text or _TERMINAL.search(text) or not re.search(r"[A-Za-z]", text) or re.fullmatch(r"[-=_*~#\s]+", text):
        return False
    return len(text.split()) <= MAX_HEADING_WORDS and read_field_line(text) is None


def read_field_sheet(text: str) -> FieldSheet | None:
    """The items of a field sheet in `text` (lines as the document's reader splits them), or
    None when the text is not one: fewer than MIN_ITEMS headed blocks of at least two fields
    sharing MIN_SHARED_LABELS labels."""
    lines = text.split("\n")
    items: list[Item] = []
    k = 0
    while k < len(lines):
        if read_field_line(lines[k]) is None:
            k += 1
            continue
        # A run of field lines (blank lines between them allowed, as Markdown lists leave).
        run: list[int] = []
        j = k
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            if read_field_line(lines[j]) is None:
                break
            run.append(j)
            j += 1
        item = _item(lines, k, run)
        if item is not None:
            items.append(item)
        k = j
    return _sheet(items)


def _previous_line(lines: list[str], k: int) -> int:
    """The nearest non-blank line before line k (at most two blank lines between), or -1."""
    j, blanks = k - 1, 0
    while j >= 0 and not lines[j].strip():
        blanks += 1
        if blanks > 3:
            return -1
        j -= 1
    return j


def _item(lines: list[str], first: int, run: list[int]) -> Item | None:
    if len(run) < 2:
        return None
    above = _previous_line(lines, first)
    if above < 0:
        return None
    scientific, scientific_line = "", -1
    candidate = lines[above].strip()
    if _SCIENTIFIC.match(candidate):
        scientific, scientific_line = candidate, above
        above = _previous_line(lines, above)
        if above < 0:
            return None
    heading = lines[above].strip()
    if not _heading_like(heading):
        return None
    fields, prose = [], []
    for j in run:
        label, written, value = read_field_line(lines[j])
        if is_sentence_value(value):
            prose.append(j)
        else:
            fields.append(FieldLine(label, written, value, j))
    if len(fields) < 2:
        return None
    return Item(heading, heading_name(heading), above, scientific, scientific_line, tuple(fields), tuple(prose))


def _sheet(items: list[Item]) -> FieldSheet | None:
    counts: dict[str, int] = {}
    order: list[str] = []
    for item in items:
        for label in dict.fromkeys(f.label for f in item.fields):
            counts[label] = counts.get(label, 0) + 1
            if label not in order:
                order.append(label)
    shared = [label for label in order if counts[label] >= 2]
    members = [item for item in items if sum(1 for f in item.fields if f.label in shared) >= MIN_SHARED_LABELS]
    names = {fold(item.name) for item in members}
    if len(members) < MIN_ITEMS or len(shared) < MIN_SHARED_LABELS or len(names) < len(members):
        return None
    return FieldSheet(tuple(members), tuple(shared))


# Naming the items in prompts and options.

def prose_name(name: str, texts: list[str]) -> str:
    """How the item is written mid-sentence. A heading in capitals ("RED PANDA") takes the case
    the prose gives it away from a sentence's start ("a red panda"), else lower case. A heading
    in sentence case ("Common eider", "Atlantic puffin") has its first capital from its place
    unless the word is a proper adjective ("Atlantic", "Sumatran") or the prose writes it with a
    capital mid-sentence; any other heading keeps its case ("Soundfield Go")."""
    if name.isupper() and len(name) > 3:
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?:s|es)?(?![\w-])", re.I)
        for text in texts:
            for found in pattern.finditer(text):
                if found.start() == 0:
                    continue  # a sentence's first word has its capital from its place
                written = text[found.start():found.start() + len(name)]
                if not written.isupper():
                    return written
        return _own_case(name.lower())
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or any(w[:1].isupper() for w in words[1:]):
        return name
    first = words[0]
    capital_inside = re.compile(rf"\S\s+{re.escape(first)}\b")
    if first.lower().endswith(_PROPER_ADJECTIVE) or any(capital_inside.search(text) for text in texts):
        return name
    return first.lower() + name[len(first):]


def _own_case(name: str) -> str:
    """A name read from capitals, in lower case but for the words before its head that are
    adjectives made from names: "EURASIAN OTTER" -> "Eurasian otter"."""
    words = name.split()
    return " ".join(w.capitalize() if k < len(words) - 1 and w.endswith(_PROPER_ADJECTIVE) else w
                    for k, w in enumerate(words))


# How adjectives made from names end: "Atlantic", "Arctic", "Sumatran", "Chinese", "British".
_PROPER_ADJECTIVE = ("ic", "an", "ese", "ish", "ian")


def _the_evidence(name: str, texts: list[str]) -> bool | None:
    """Whether the prose counts the item ("a red panda", "the okapi", "Hollyhocks are"): True;
    writes it bare like a substance ("Lavender has been grown", "roll in catmint"): False;
    never writes it: None. A proper name ("Soundfield Trek") is counted when the prose writes
    "the" before it or before its last word ("The Trek has ...")."""
    words = name.split()
    if words[-1][:1].isupper():
        last = re.escape(words[-1])
        return True if any(re.search(rf"\b[Tt]he\s+(?:{re.escape(name)}|{last})\b", t) for t in texts) else None
    head = re.escape(words[-1])
    whole = re.escape(name)
    counted = re.compile(rf"\b(?:the|a|an|one|each|every|this|that)\s+(?:[\w-]+\s+)?{head}\b|\b{head}(?:s|es)\b", re.I)
    if any(counted.search(text) for text in texts):
        return True
    bare = re.compile(rf"(?:^|\b(?:in|of|with|and|or|from|like)\s+){whole}\b(?!['\u2019])", re.I)
    if any(bare.search(text) for text in texts):
        return False
    return None


def takes_the(name: str, texts: list[str]) -> bool:
    """Whether a prompt writes "the" before the item, from the prose alone (see `item_names`);
    when the prose never names it, a common name of two words or more takes it ("the common
    eider"), one word or a proper name does not."""
    said = _the_evidence(name, texts)
    return _by_its_shape(name) if said is None else said


def _by_its_shape(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and not words[-1][:1].isupper()


def item_names(headings: list[str], texts: list[str]) -> list[tuple[str, str]]:
    """(as a prompt writes it mid-sentence, as an option shows it) for each item of a sheet. An
    item the prose never names takes "the" as most of its siblings the prose names do (a sheet's
    items are of one kind: all counted, or all like substances); a common name of two words or
    more ("common eider") takes it anyway."""
    names = [prose_name(h, texts) for h in headings]
    evidence = [_the_evidence(n, texts) for n in names]
    counted = sum(1 for e in evidence if e is True)
    bare = sum(1 for e in evidence if e is False)
    result = []
    for name, said in zip(names, evidence):
        if said is None:
            said = counted > bare if counted != bare else _by_its_shape(name)
        result.append((f"the {name}" if said else name, shown_name(name)))
    return result


def shown_name(name: str) -> str:
    """The item as an option: "red panda" -> "Red panda"."""
    return name[:1].upper() + name[1:]


# Kinds of label: how a question about the field is worded.

def names_a_property(label: str) -> bool:
    """A label that names a property of the item with a singular noun ("height", "battery life",
    "status"), so that "the height of ..." is English; not "sleeps", "eggs", "watering",
    "introduced"."""
    last = label.split()[-1]
    if last.endswith(("ing", "ed")) or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        return False
    return all(w.isalpha() for w in label.replace("-", "").split())


def starts_with_a_preposition(value: str) -> bool:
    return bool(_PREPOSITION_FIRST.match(value)) and not has_digit(value.split()[1] if len(value.split()) > 1 else "")


def in_a_prompt(value: str) -> str:
    """A value as written inside a sentence: its capital dropped when only its place gave it
    ("Mainly bamboo leaves" -> "mainly bamboo leaves"; "Critically Endangered" keeps it)."""
    words = value.split()
    if words and words[0][:1].isupper() and not words[0].isupper() and (len(words) == 1 or words[1][:1].islower()) \
            and fold(words[0]) not in {fold(m) for m in MONTH_NAMES}:
        return value[:1].lower() + value[1:]
    return value


def option_value(value: str) -> str:
    """The part of a value shown as an option: the first clause before a semicolon ("Mainly
    bamboo leaves and shoots; also fruit ..." -> "Mainly bamboo leaves and shoots"), without an
    aside at its end ("Salvia rosmarinus (formerly Rosmarinus officinalis)" -> "Salvia
    rosmarinus"), so that every option has the same form; '' when that is still too long to be an
    option, or holds an aside in its middle."""
    head = value.split(";")[0].strip().rstrip(",")
    head = _ASIDE.sub("", head).strip().rstrip(",")
    if "(" in head or ")" in head:
        return ""
    return head if head and len(head.split()) <= MAX_OPTION_WORDS else ""


# An aside ending a value: "(formerly Rosmarinus officinalis)", ", formerly Rosmarinus", "(3–5 ft)".
_ASIDE = re.compile(r"(?:\s*\([^()]*\)|[,\s]+(?:formerly|previously|syn\.|synonym)\b.*)$", re.I)


def time_of_year(value: str) -> str:
    """"from June to August", "in late summer": a value that is a time of year, with its
    preposition; '' otherwise."""
    if not _TIME_OF_YEAR.match(value):
        return ""
    if _RANGE.search(value) and not re.match(r"(?i)in\s", value):
        start, end = _RANGE.split(value, maxsplit=1)
        return f"from {in_a_prompt(start)} to {in_a_prompt(end)}"
    if re.match(r"(?i)in\s", value):
        return in_a_prompt(value)
    return f"in {in_a_prompt(value)}"


def kind_noun(title: str) -> str:
    """What the items are, from the first word of the title naming a kind of thing (or ending
    in one): "Cottage Garden Plant Guide" -> "plant", "Seabirds of the North Sea Coast" ->
    "seabird"; '' when the title names none."""
    for word in re.findall(r"[a-z][a-z-]+", fold(title)):
        singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        for noun in (singular, word):
            if noun in _CATEGORY_NOUNS or any(noun.endswith(k) and len(noun) - len(k) >= 3 for k in _CATEGORY_NOUNS):
                return noun
    return ""


def plural(noun: str) -> str:
    """"plant" -> "plants", "species" -> "species", "fish" -> "fish", "butterfly" -> "butterflies"."""
    if noun.endswith(("species", "fish", "sheep", "deer")):
        return noun
    return plural_noun(noun)


def shares_a_stem(name: str, other: str) -> bool:
    """Whether a word of one name begins like a word of the other (five letters, or the whole
    of a shorter word): "Okapi" and "Okapia johnstoni", "Humboldt penguin" and "Spheniscus
    humboldti", "Sumatran tiger" and "Panthera tigris sumatrae"; or, as Latin and English spell
    one stem, with the same three letters and the same first four consonants: "Lavender" and
    "Lavandula angustifolia", "Rosemary" and "Salvia rosmarinus". The one gives the other away."""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{4,}", fold(text))}

    def consonant_stems(text: str) -> set[str]:
        return {w[:3] + re.sub(r"[aeiou]", "", w)[:4] for w in re.findall(r"[a-z]{5,}", fold(text))
                if len(re.sub(r"[aeiou]", "", w)) >= 4}
    return bool(stems(name) & stems(other)) or bool(consonant_stems(name) & consonant_stems(other))


# Labels whose value is the item's scientific name ("Latin name: Lavandula angustifolia").
SCIENTIFIC_LABELS = frozenset({"scientific name", "latin name", "botanical name", "binomial name", "species name"})
# Words of a label a sentence writes with a capital wherever they stand: "the Latin name".
_PROPER_LABEL_WORDS = {w.lower(): w for w in "Latin Greek English Welsh Gaelic French German Spanish Italian "
                       "Japanese Chinese Maori UK US EU".split()}


def label_in_prose(label: str) -> str:
    """A folded label as a sentence writes it: "latin name" -> "Latin name", "height" -> "height"."""
    return " ".join(_PROPER_LABEL_WORDS.get(w, w) for w in label.split())


def is_scientific_name(value: str) -> bool:
    return bool(_SCIENTIFIC.match(value))


# Kinds of value a question may ask for, because two different values of the kind never both
# answer it: an amount with its unit, a time of year, a scientific name, a proper name. A
# description ("Free-draining, even poor or chalky", "Moist, rich in organic matter") is none:
# two items' descriptions can both be true of one item.

def value_form(value: str, prose: list[str] = ()) -> str:
    """"amount", "time", "scientific" or "name" for a value of such a kind, else ''. A value of
    one word is a name only when the prose writes it with a capital inside a sentence (a single
    capital word in a sheet may be a description: "Moist", "Chalky")."""
    if amount_interval(value) is not None and _UNIT_OR_CURRENCY.search(value):
        return "amount"
    if time_of_year(value):
        return "time"
    if is_scientific_name(value) and not any(w in FUNCTION_WORDS for w in value.split()[1:]):
        return "scientific"  # not "Rich and moist"
    words = value.split()
    if not words or len(words) > 4 or not words[0][:1].isupper():
        return ""
    if not all(w[:1].isupper() or has_digit(w) for w in words[1:]):
        return ""
    if len(words) == 1:
        inside = re.compile(rf"\S\s+{re.escape(value)}\b")
        return "name" if any(inside.search(text) for text in prose) else ""
    return "name"


_UNIT_OR_CURRENCY = re.compile(r"[A-Za-z%\u00a3$\u20ac\u00b2\u00b3]")
# Units of one measure, with their size in its base unit: "40–60 cm" and "Up to 1.5 m" compare.
_UNIT_SCALES = {"mm": ("length", 0.001), "cm": ("length", 0.01), "m": ("length", 1.0), "km": ("length", 1000.0),
                "in": ("length", 0.0254), "ft": ("length", 0.3048),
                "mg": ("mass", 0.001), "g": ("mass", 1.0), "kg": ("mass", 1000.0), "t": ("mass", 1e6),
                "ml": ("volume", 0.001), "l": ("volume", 1.0),
                "min": ("time", 60.0), "mins": ("time", 60.0), "minutes": ("time", 60.0), "minute": ("time", 60.0),
                "h": ("time", 3600.0), "hr": ("time", 3600.0), "hrs": ("time", 3600.0), "hour": ("time", 3600.0),
                "hours": ("time", 3600.0)}
_BELOW = r"up\s+to|under|less\s+than|below|max\.?|maximum|at\s+most"
_ABOVE = r"over|more\s+than|at\s+least|min\.?|minimum|from"
_NEAR = r"about|around|approx\.?|approximately|roughly|c\.|ca\.|nearly|almost"
_AMOUNT = re.compile(
    rf"^(?:(?P<bound>{_BELOW}|{_ABOVE}|{_NEAR})\s+)?"
    r"(?P<cur>[\u00a3$\u20ac])?\s?(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?P<low_unit>[a-z]{1,3}\b)?"
    r"(?:\s*(?:[\u2013\u2014-]|to)\s*[\u00a3$\u20ac]?\s?(?P<high>\d[\d,]*(?:\.\d+)?))?"
    r"\s*(?P<unit>[^\d\s][^\d]*)?$", re.I)
NEAR_SHARE = 0.1  # "about 12 years": 10.8 to 13.2 years


def amount_interval(value: str) -> tuple[str, float, float] | None:
    """(measure, least, most) of an amount, in the measure's base unit: "1–1.5 m" ->
    ("length", 1, 1.5), "Up to 1.5 m" -> ("length", 0, 1.5), "40–60 cm" -> ("length", 0.4, 0.6),
    "about 12 years" -> ("year", 10.8, 13.2), "over 2 kg" -> ("mass", 2000, inf); None when
    the value is no amount."""
    found = _AMOUNT.match(value.strip())
    if not found:
        return None
    unit = fold(found.group("unit") or "").strip()
    low_unit = (found.group("low_unit") or "").lower()
    if low_unit and found.group("high") is None:
        unit, low_unit = f"{low_unit} {unit}".strip(), ""  # "30 cm": the unit of the one number
    measure, scale = _measure(unit, found.group("cur") or "")
    low_scale = _measure(low_unit, found.group("cur") or "")[1] if low_unit else scale
    if low_unit and _measure(low_unit, "")[0] != measure:
        return None
    low = float(found.group("low").replace(",", "")) * low_scale
    high = float(found.group("high").replace(",", "")) * scale if found.group("high") else low
    bound = re.sub(r"\s+", " ", (found.group("bound") or "").lower())
    one_number = found.group("high") is None  # "from 2 to 3 m" is no open range
    if one_number and re.fullmatch(_BELOW, bound):
        low = 0.0
    elif one_number and re.fullmatch(_ABOVE, bound):
        high = float("inf")
    elif re.fullmatch(_NEAR, bound):
        low, high = low * (1 - NEAR_SHARE), high * (1 + NEAR_SHARE)
    return measure, min(low, high), max(low, high)


def _measure(unit: str, currency: str) -> tuple[str, float]:
    """(measure, size) of a unit as written: "cm" -> ("length", 0.01); any other unit is a measure
    of its own, singular and plural alike ("years", "year")."""
    if currency:
        return currency + unit, 1.0
    if unit in _UNIT_SCALES:
        return _UNIT_SCALES[unit]
    return re.sub(r"(?<=[a-z]{3})s\b", "", unit), 1.0


def months_interval(value: str) -> tuple[str, float, float] | None:
    """("months", first, last) of a time of year named by months: "May to July" -> ("months", 5,
    7), "late June" -> ("months", 6, 6); None for seasons, and for a span across the new year."""
    if not _TIME_OF_YEAR.match(value):
        return None
    words = re.findall(r"[a-z]+", value.lower())
    named = [MONTHS[w] for w in words if w in MONTHS]
    if not named or any(w in _SEASONS.split("|") for w in words) or named[-1] < named[0]:
        return None
    return "months", float(named[0]), float(named[-1])


def amounts_overlap(a: str, b: str) -> bool:
    """Whether two amounts of one measure, or two times of year, share a value, so that both
    could answer: "1–1.5 m" and "Up to 1.5 m" do, and "July to September" and "June to August";
    "1–1.5 m" and "40–60 cm" do not."""
    first, second = amount_interval(a) or months_interval(a), amount_interval(b) or months_interval(b)
    if first is None or second is None or first[0] != second[0]:
        return False
    return first[1] <= second[2] and second[1] <= first[2]


def pick_wrong(answer: str, others: list[str], seed: object) -> list[str]:
    """Up to MAX_SPARE other values, none reading as the answer or as each other, in a fixed
    pseudo-random order: the first MAX_WRONG are shown, the rest replace one that another
    question of the pack asks for."""
    distinct = [answer]
    for other in others:
        if amounts_overlap(answer, other):
            continue  # "Up to 1.5 m" beside "1–1.5 m", "June to August" beside "July to September"
        if other and not any(same_thing(other, kept) for kept in distinct):
            distinct.append(other)
    distinct = distinct[1:]
    return stable_order(distinct, seed, answer)[:MAX_SPARE]


def has_digit(value: str) -> bool:
    return bool(_DIGIT.search(value))
