"""Answer spans in a sentence: names of people, places, organisations and things; dates,
years, decades, centuries; numbers with their units; sums of money and percentages.

No model is used: names are runs of capitalised words, told apart by the built-in lists, by
the words around them ("President ...", "... River", "in ..."), and by what the rest of the
document says about them (a surname seen before with a given name is a person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from game.generate.lexicon import (
    FUNCTION_WORDS,
    HEAD_KINDS,
    MONTHS,
    NUMBER_WORDS,
    PERSON_ROLES,
    TITLES,
    UNIT_NAMES,
    WEEKDAYS,
    fold,
    lexicon,
)

PERSON = "person"
NAME = "name"  # a proper name of unknown kind
TIME_KINDS = frozenset({"year", "date", "decade", "century", "month"})
NUMBER_KINDS = frozenset({"count", "percent", "money"})


@dataclass(frozen=True)
class Span:
    """A candidate answer: where it is in the sentence, what it is, and what it says."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None      # numbers, years
    unit: str = ""                  # "weeks", "%", "million people"
    role: str = ""                  # "cosmonaut" for "cosmonaut Oleg Kotov"
    group: str = ""                 # a city's country, a name's culture

    @property
    def is_number(self) -> bool:
        return self.kind in NUMBER_KINDS or self.kind in ("year", "decade", "century")


_WORD = re.compile(r"[\w\u00c0-\u024f]+(?:[-'\u2019.][\w\u00c0-\u024f]+)*")
_CONNECTORS = frozenset("of for de del della di da du la le von van der den al bin ibn y".split())
_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
             r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DATE = re.compile(
    rf"\b(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_RE}(?:\s+\d{{4}})?|"
    rf"{_MONTH_RE}\s+(?:of\s+)?\d{{4}})(?![\w])")
_YEAR = re.compile(r"(?<![\w$\u00a3\u20ac.,])(1[0-9]{3}|20[0-9]{2})(?![\w%]|[.,]\d)")
_DECADE = re.compile(r"\b(1[0-9]{2}0|20[0-9]0)s\b")
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]century\b", re.I)
_MONEY = re.compile(r"(?:\b(?:US|A|C|NZ|HK))?[$\u00a3\u20ac]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?\b")
_PERCENT = re.compile(r"\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b)")
_NUMBER = re.compile(
    r"(?<![\w.,$\u00a3\u20ac-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
    r"(?:\s+(thousand|million|billion|trillion))?(?![\w%]|[.,]\d)", re.I)
_UNIT_WORD = re.compile(r"\s+((?:square\s+|cubic\s+)?(?:[a-z]+-?[a-z]+\s+(?=[a-z]+s\b))?[a-z][a-z/²³]*[23]?)(\s+of\s+[a-z]+)?")
_NOT_UNITS = frozenset("""
of and or to in on at by for from with the a an was were is are has have had will would be
than times more less about percent years old per
""".split())


def _tokens(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@dataclass
class Context:
    """What the whole document says about names, gathered before spans are classified."""

    mid_sentence_names: set[str]
    people: dict[str, str]         # folded surname or full name -> full name
    kinds: dict[str, str]          # folded name -> kind decided from a clearer mention
    common_nouns: set[str] = None  # words the document also writes in lower case
    keywords: set[str] = None      # lower-case words the document is about (its key terms)

    def __post_init__(self) -> None:
        if self.common_nouns is None:
            self.common_nouns = set()
        if self.keywords is None:
            self.keywords = set()

    @classmethod
    def empty(cls) -> "Context":
        return cls(set(), {}, {})


def _strip_possessive(word: str) -> str:
    return re.sub(r"[\u2019']s?$", "", word)


def _name_runs(text: str, tokens: list[re.Match]) -> list[tuple[int, int]]:
    """Index ranges of tokens forming runs of capitalised words (with 'of', 'de', ...)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group(0)
        if not _is_capitalised(word):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            gap = text[tokens[j - 1].end():tokens[j].start()]
            initial = gap == ". " and re.fullmatch(r"[A-Z]", tokens[j - 1].group(0))
            if (gap not in (" ", "-") and not initial) or re.search(r"[\u2019']s$", tokens[j - 1].group(0)):
                break
            nxt = tokens[j].group(0)
            if _is_capitalised(nxt) or (nxt.isdigit() and len(nxt) <= 3):
                j += 1
            elif nxt in _CONNECTORS and j + 1 < len(tokens) and _is_capitalised(tokens[j + 1].group(0)) \
                    and text[tokens[j].end():tokens[j + 1].start()] == " ":
                j += 2
            elif nxt == "of" and j + 2 < len(tokens) and tokens[j + 1].group(0) == "the" \
                    and _is_capitalised(tokens[j + 2].group(0)) and text[tokens[j].end():tokens[j + 2].start()] == " the ":
                j += 3  # "European Commission of the Danube"
            elif nxt == "the" and tokens[j - 1].group(0) == "of" and j + 1 < len(tokens) \
                    and _is_capitalised(tokens[j + 1].group(0)):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _sentence_start_indexes(text: str, tokens: list[re.Match]) -> set[int]:
    """Tokens that open the sentence or a quotation, where capitals say nothing."""
    starts = {0}
    for k, tok in enumerate(tokens[1:], start=1):
        before = text[tokens[k - 1].end():tok.start()]
        if re.search(r"[.!?:\"\u201c\u2014]\s*[\"\u201c'\u2018(]?\s*$", before):
            starts.add(k)
    return starts


def gather_context(sentences: list[str]) -> Context:
    """First pass over a document: names seen mid-sentence, and people with their surnames."""
    context = Context.empty()
    surnames: dict[str, str] = {}
    other_name_words: set[str] = set()
    short_names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for text in sentences:
        lower = re.findall(r"\b[a-z]{4,}\b", text)
        context.common_nouns.update(re.findall(r"\b(?:the|a|an|this|that|its|their)\s+([a-z]{4,})\b", text))
        for word in lower:
            counts[word] = counts.get(word, 0) + 1
    common = common_words()
    context.keywords = {w for w, n in counts.items()
                        if (len(w) >= 7 or _TECHNICAL.search(w)) and w not in common and w not in FUNCTION_WORDS
                        and not w.endswith(("ly", "ed", "ing"))
                        and (n >= 2 or _TECHNICAL.search(w))}
    for text in sentences:
        tokens = _tokens(text)
        starts = _sentence_start_indexes(text, tokens)
        for k, tok in enumerate(tokens):
            if k not in starts and _is_capitalised(tok.group(0)):
                context.mid_sentence_names.add(fold(_strip_possessive(tok.group(0))))
        for span in find_spans(text, context):
            if span.kind == PERSON:
                words = span.text.split()
                context.people[fold(span.text)] = span.text
                if len(words) >= 2:
                    surnames.setdefault(fold(words[-1]), span.text)
            elif span.kind != NAME:
                context.kinds.setdefault(fold(span.text), span.kind)
                other_name_words.update(fold(span.text).split())
                words = fold(span.text).split()
                if len(words) == 2 and (words[0] in _SHORTENED or words[1] in _SHORTENED):
                    # "Mount Everest" tells that "Everest" alone is the mountain too.
                    short = words[1] if words[0] in _SHORTENED else words[0]
                    if not short.endswith(("ic", "an", "ese", "ish", "al")):
                        short_names.setdefault(short, span.kind)
            else:
                other_name_words.update(fold(span.text).split()[:1] if len(span.text.split()) > 1 else [])
        for match in _DEFINITION.finditer(text):
            context.kinds.setdefault(fold(match.group(1)), match.group(2).lower())
    for word, kind in short_names.items():
        if word not in context.kinds and word not in surnames:
            context.kinds[word] = kind
    for surname, full in surnames.items():
        # "Harvard" alone is the university when the text also says "Harvard College".
        if surname not in other_name_words:
            context.people.setdefault(surname, full)
    return context


_SHORTENED = frozenset("mount lake river sea island desert cape university college palace park".split())
_DEFINITION = re.compile(
    r"(?:^|[.;]\s+)([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,4}?"
    r"(university|college|city|town|village|river|country|state|company|organisation|organization|"
    r"agency|island|lake|mountain|region|province|party|newspaper|band|team|club|ship|planet|museum)\b")


_INSTITUTION_WORDS = frozenset("""
national international public royal united federal state central general new old great board
heritage trust fund office authority institute agency bureau press times post news herald
""".split())


def _classify_thing(words: list[str], key: str, entries: tuple, context: Context) -> tuple[str, str]:
    """The kind of a name that is not a person's."""
    things = [e for e in entries if e.kind != PERSON]
    if things:
        return things[0].kind, things[0].group
    if key in context.kinds and context.kinds[key] != PERSON:
        return context.kinds[key], ""
    last = fold(words[-1])
    if last in HEAD_KINDS and len(words) >= 2:
        return HEAD_KINDS[last], ""
    if len(words) >= 2 and words[-1].lower() in context.common_nouns:
        return words[-1].lower(), ""
    return NAME, ""


def _classify(words: list[str], before: str, after: str, context: Context, role: str) -> tuple[str, str]:
    """The kind of a name and its group (country of a city, culture of a person's name)."""
    lex = lexicon()
    text = " ".join(words)
    key = fold(text)
    entries = lex.lookup(text)
    if role:
        return PERSON, ""
    if re.search(r"\bthe\s+$", before, re.I):
        return _classify_thing(words, key, entries, context)  # "the Unknown Soldier" is no one's name
    if key in context.people:
        return PERSON, ""
    first, last = fold(words[0]), fold(words[-1])
    if key in context.kinds and not entries:
        return context.kinds[key], ""
    if len(words) >= 2 and last in HEAD_KINDS and not entries:
        return HEAD_KINDS[last], ""  # "Charles River" is a river, whatever "Charles" is
    if len(words) >= 2 and (first in lex.given_names or (last in lex.surnames and not entries)):
        culture = lex.given_names.get(first, (lex.surnames.get(last, ""), ""))[0]
        return PERSON, culture
    if entries:
        entry = entries[0]
        # A word that is both a city and a state or a planet and a god: the city wins near "in".
        for candidate in entries:
            if candidate.kind == "city" and re.search(r"\b(?:in|at|near|from|to|outside)\s*$", before):
                entry = candidate
        return entry.kind, entry.group
    if key in context.kinds:
        return context.kinds[key], ""
    head = fold(words[-1])
    if head in HEAD_KINDS and len(words) >= 2:
        return HEAD_KINDS[head], ""
    if fold(words[0]) in ("mount", "lake", "cape", "fort", "port", "saint", "st"):
        return HEAD_KINDS.get(fold(words[0]), "place"), ""
    if fold(words[0]) == "university":
        return "university", ""
    if text in ("AD", "BC", "CE", "BCE", "AM", "PM", "TV", "OK", "II", "III", "IV"):
        return NAME, ""
    if re.fullmatch(r"[A-Z]{2,6}s?", text):
        return "acronym", ""  # DNA, ATP, NADPH: asked about with "what", against other acronyms
    if len(words) == 1 and words[0] in lex.surnames:
        return PERSON, lex.surnames[words[0]]
    if re.match(r"\s*(?:said|says|told|added|explained|wrote|argued|noted|was born|died|married)\b|"
                r"[\u2019']s\s+(?:father|mother|wife|husband|son|daughter|sons|life|death|reign|birth)\b", after) \
            or re.search(r"\b(?:son|daughter|wife|husband|father|mother|brothers?|sisters?) (?:of |named )?$", before):
        return PERSON, ""
    if len(words) == 1 and first in lex.given_names and not re.match(r"\s+[a-z]+\b(?<!s)", after):
        return PERSON, lex.given_names[first][0]
    if len(words) <= 3 and re.search(r"\b(?:in|near|across|throughout|modern-day|outside)\s+(?:the\s+)?$", before):
        return "place", ""
    if len(words) >= 2 and words[-1].lower() in context.common_nouns and words[-1].lower() not in FUNCTION_WORDS:
        return words[-1].lower(), ""  # "Thames Barrier" beside "the barrier": a barrier
    if 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z\u00e0-\u024f'-]+", w) for w in words) \
            and not any(fold(w) in HEAD_KINDS or fold(w) in _INSTITUTION_WORDS for w in words) \
            and re.match(r"\s+(?:[a-z]+ed|was|is|has|had|will|would|said|says)\b", after):
        return PERSON, ""  # "Gustave Eiffel designed": two plain capitalised words doing something
    return NAME, ""


def _split_at_of(tokens: list[re.Match], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Eliud Kipchoge of Kenya" is a person and a country; "Bank of England" stays one name."""
    lex = lexicon()
    out: list[tuple[int, int]] = []
    for i, j in runs:
        words = [tokens[k].group(0) for k in range(i, j)]
        if "of" in words[1:-1]:
            cut = words.index("of", 1)
            head, tail = words[:cut], words[cut + 1:]
            if lex.lookup(" ".join(tail)) and not lex.lookup(" ".join(words)) \
                    and not any(fold(w) in HEAD_KINDS for w in head):
                out.extend([(i, i + cut), (i + cut + 1, j)])
                continue
        out.append((i, j))
    return out


def _name_spans(text: str, context: Context) -> list[Span]:
    lex = lexicon()
    tokens = _tokens(text)
    starts = _sentence_start_indexes(text, tokens)
    spans: list[Span] = []
    for i, j in _split_at_of(tokens, _name_runs(text, tokens)):
        words = [tokens[k].group(0) for k in range(i, j)]
        role = ""
        # Titles and nationality adjectives in front of a name say what it is, but are not it.
        while words and i < j:
            word_key = fold(words[0])
            if word_key in TITLES or word_key in lex.demonyms or (i in starts and word_key in FUNCTION_WORDS):
                if word_key in TITLES:
                    role = word_key
                words.pop(0)
                i += 1
                continue
            break
        while words and words[-1] in _CONNECTORS:
            words.pop()
            j -= 1
        if not words:
            continue
        words[-1] = _strip_possessive(words[-1])
        if not words[-1]:
            continue
        key = fold(" ".join(words))
        first_key = fold(words[0])
        if first_key in MONTHS or first_key in WEEKDAYS:
            continue
        if len(words) == 1 and i in starts and key not in context.mid_sentence_names \
                and not lex.lookup(words[0]) and key not in context.people:
            continue  # a capital that only says a sentence starts here
        if len(words) == 1 and (key in HEAD_KINDS or key in TITLES):
            continue  # "the University", "the Court": a common noun with a capital
        if len(words) == 1 and (key in lex.demonyms or key.rstrip("s") in lex.demonyms):
            continue
        start = tokens[i].start()
        end = start + len(" ".join(words)) if " ".join(words) == text[start:start + len(" ".join(words))] \
            else tokens[j - 1].start() + len(words[-1])
        before = text[:start]
        after = text[end:]
        role_word = re.search(r"(\w+)\s*$", before)
        if not role and role_word and role_word.group(1).lower().rstrip("s") in PERSON_ROLES:
            role = role_word.group(1).lower().rstrip("s")
        if not role and role_word and role_word.group(1).lower() in PERSON_ROLES:
            role = role_word.group(1).lower()
        if not role and spans and spans[-1].kind == PERSON and spans[-1].role \
                and re.fullmatch(r",?\s+and\s+", text[spans[-1].end:start]):
            role = spans[-1].role  # "cosmonauts Oleg Kotov and Sergei Ryazansky"
        kind, group = _classify(words, before, after, context, role)
        spans.append(Span(start, end, text[start:end], kind, role=role if kind == PERSON else "", group=group))
    return spans


def _number_value(raw: str) -> float | None:
    """The value of "1,050,000", "2.5" or "three"; a scale word stays in the unit ("million people")."""
    raw = raw.lower().replace(",", "")
    value = NUMBER_WORDS.get(raw)
    if value is None:
        try:
            value = float(raw)
        except ValueError:
            return None
    return float(value)


def _unit_after(text: str, end: int) -> tuple[str, int]:
    match = _UNIT_WORD.match(text, end)
    if not match:
        return "", end
    word = match.group(1).split()[-1]
    if any(w in _NOT_UNITS or w.endswith("ly") or w in FUNCTION_WORDS for w in match.group(1).split()):
        return "", end
    plural = word.endswith("s") or word in UNIT_NAMES or word in ("people", "children", "men", "women", "feet", "sheep", "fish", "deer", "staff")
    if not plural:
        return "", end
    unit_end = match.end(2) if match.group(2) else match.end(1)
    return text[match.start(1):unit_end], unit_end


def _compound(text: str, spans: list[Span]) -> list[Span]:
    """Counts that are parts of one quantity ("2 hours, 18 minutes") are not asked about alone."""
    counts = sorted((s for s in spans if s.kind == "count"), key=lambda s: s.start)
    parts: set[int] = set()
    for a, b in zip(counts, counts[1:]):
        if re.fullmatch(r"\s+[a-z]+,?\s+(?:and\s+)?", text[a.end:b.start]):
            parts.update({a.start, b.start})
    for count in counts:
        if re.search(r"\d\s+[a-z]+,?\s+(?:and\s+)?$", text[:count.start]):
            parts.add(count.start)  # "1 minute and 39 seconds": the 39 is half a quantity
    return [s for s in spans if not (s.kind == "count" and s.start in parts)]


def _number_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for match in _DATE.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), "date"))
    for match in _DECADE.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), "decade", value=float(match.group(1))))
    for match in _CENTURY.finditer(text):
        end = match.end() - len("century")
        spans.append(Span(match.start(), end - 1, text[match.start():end - 1], "century", value=float(match.group(1))))
    for match in _MONEY.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), "money"))
    for match in _PERCENT.finditer(text):
        number = re.match(r"\d[\d,]*(?:\.\d+)?", match.group(0)).group(0)
        spans.append(Span(match.start(), match.end(), match.group(0), "percent",
                          value=float(number.replace(",", "")), unit="%"))
    for match in _YEAR.finditer(text):
        spans.append(Span(match.start(), match.end(), match.group(0), "year", value=float(match.group(1))))
    for match in _NUMBER.finditer(text):
        value = _number_value(match.group(1))
        if value is None:
            continue
        unit, unit_end = _unit_after(text, match.end())
        if not unit:
            continue  # a bare number says too little to ask about
        if match.group(2):
            unit = f"{match.group(2)} {unit}"
        spans.append(Span(match.start(), match.end(), match.group(0), "count", value=value, unit=unit))
    return _compound(text, spans)


_TECHNICAL = re.compile(r"(?:sis|phyll|ase|ism|ide|ium|ogen|cyte|plast|sphere|ology|ite|ene|ose|ein|oid|ae)$")
_TERM_BEFORE = re.compile(
    r"(?:\b(?:of|in|into|from|by|with|for|as|at|on|to|than|through|called|named|termed|known as|"
    r"referred to as|contain|contains|contained|produce|produces|produced|store|stores|stored|conduct|"
    r"conducts|form|forms|formed|use|uses|used)(?:\s+(?:the|a|an))?\s+|"
    r"\b(?:is|are|was|were|becomes|became)\s+(?:the|a|an)\s+)$")
_TERM_AFTER = re.compile(r"\s*(?:[.;:)]|,(?!\s+\w+\s+(?:and|or)\b)|$)|\s+(?:while|during)\b")
_NAMED = re.compile(r"\b(?:known as|called|named|termed|referred to as)\s+(?:the\s+|a\s+|an\s+)?"
                    r"((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)(?=\s*[,.;:)]|\s+(?:and|or|in|of|by|for|which|that|because)\b)")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    from game.generate.lexicon import DATA_DIR
    words: set[str] = set()
    for line in (DATA_DIR / "common_words.txt").read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


def _term_spans(text: str, context: Context) -> list[Span]:
    """Key terms where a question can ask 'what' about them: after a preposition or a verb,
    at the end of a phrase ("to conduct photosynthesis", "known as the Calvin cycle")."""
    spans: list[Span] = []
    for match in _NAMED.finditer(text):
        spans.append(Span(match.start(1), match.end(1), match.group(1), "term"))
    if not context.keywords:
        return spans
    for match in re.finditer(r"\b([a-z][a-z-]+)\b", text):
        word = match.group(1)
        if word not in context.keywords:
            continue
        end = match.end()
        if not _TERM_AFTER.match(text, end):
            continue
        start = match.start()
        modifier = re.search(r"\b([a-z][a-z-]{3,})\s+$", text[:start])
        if modifier and modifier.group(1) not in FUNCTION_WORDS and modifier.group(1) not in common_words() \
                and not modifier.group(1).endswith(("ed", "ing", "ly")) and not _TERM_BEFORE.search(text[:start]):
            start = modifier.start(1)
        if not _TERM_BEFORE.search(text[:start]):
            continue
        spans.append(Span(start, end, text[start:end], "term"))
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def find_spans(text: str, context: Context | None = None) -> list[Span]:
    """Every answer span of a sentence, longest first where they overlap, in text order."""
    context = context or Context.empty()
    numbers = _number_spans(text)
    # A year inside a date, a number inside a sum of money: the larger span speaks for both,
    # except that a year inside a date is kept on its own too (it makes a good number question).
    chosen: list[Span] = []
    for span in sorted(numbers, key=lambda s: (-(s.end - s.start), s.start)):
        inside = [c for c in chosen if _overlaps(c, span)]
        if not inside or (span.kind == "year" and all(c.kind == "date" for c in inside)):
            chosen.append(span)
    for span in _name_spans(text, context):
        if not any(_overlaps(c, span) for c in chosen):
            chosen.append(span)
    for span in _term_spans(text, context):
        if not any(_overlaps(c, span) for c in chosen):
            chosen.append(span)
    chosen = [s for s in chosen if s.kind != "acronym" or _TERM_AFTER.match(text, s.end)]
    return sorted(chosen, key=lambda s: (s.start, -s.end))
