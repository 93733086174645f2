"""Turning a sentence and an answer span into a question, or into a true/false statement.

The sentence is narrowed to the clause that holds the answer, trimmed of what a question does
not need (discourse markers, "he said" attributions, citation marks, quotation marks around a
whole sentence), its leading pronoun resolved or the clause refused, and the answer replaced
by a wh-phrase of its kind in place: at the start of a clause that gives a real question
("Which city hosts ...?"), elsewhere the quiz form ("... in what year?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.generate.lexicon import (
    AUXILIARIES,
    fold,
    lexicon,
    MONTH_NAMES,
    DESCRIPTOR_NOUNS,
    PART_NOUNS,
    PERSONAL_WORDS,
    UNIT_NAMES,
)
from game.generate.spans import NAME, PERSON, Span

MAX_PROMPT_CHARS = 240
MIN_CLAUSE_WORDS = 5

_DISCOURSE = re.compile(
    r"^(?:so|however|meanwhile|moreover|also|but|and|yet|still|instead|indeed|nevertheless|"
    r"nonetheless|furthermore|in addition|in the end|finally|then|now|thus|therefore|hence|"
    r"besides|otherwise|of course|in fact|as a result|in turn|at the time|at first|by then|"
    r"for example|for instance|in other words|in particular|notably|similarly|likewise|"
    r"consequently|ultimately|eventually|later|previously|additionally|importantly|perhaps|probably|"
    r"possibly|[a-z]+ly(?=,))\b,?\s+", re.I)
_REPORTED_FRAGMENT = re.compile(
    r"^(?:[\w'\u2019-]+\s+){0,2}(?:reports?|reported|says?|said|announced|notes?|noted|claims?|"
    r"claimed|writes?|wrote|confirmed|added)\s+that\s+")
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:(?:[\w'\u2019-]+\s+){0,5}?(?:said|says|reported|reports|added|noted|explained|announced|told\s+[\w\s-]+)"
    r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{2,20})?|according\s+to(?:\s+[^,]*)?)\s*$")
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|:\s+(?=[a-z])|\s+[\u2014\u2013]\s+|\s+--\s+|,\s+(?=(?:so|but|while|whereas|although|though|"
    r"because|and then|which|who|where|yet)\b)|\s+(?=when\b)|\s+(?=which\s+(?:was|were|is|are|had|has)\b)")
_LEADING_SUBORDINATE = re.compile(
    r"^(?:while|although|though|because|when|if|as|since|after|before|unless|whereas|once|"
    r"in order to|to|despite|with|during|following)\b[^,]{3,120},\s+", re.I)
_SUBORDINATORS = re.compile(r"^(?:so|but|while|whereas|although|though|because|when|and then|and|yet)\s+", re.I)
_RELATIVE = re.compile(r"^(?:which|who|whom|whose|where|that)\b", re.I)
_ALLOW_REWRITE = re.compile(
    r"^(?:that|this|it)\s+(will|would|could|should|may|might|can)\s+(?:allow|enable|permit|let)\s+", re.I)
_VERBISH = re.compile(
    r"\b(?:" + "|".join(sorted(AUXILIARIES)) + r")\b|\b[a-z]{3,}ed\b|"
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )(?<!\bits )(?<!\btheir )(?<!\bother )(?<!\bmany )(?<!\bsome )"
    r"\b[a-z]{3,}s\s+(?=(?:the|a|an|in|into|on|onto|at|to|from|of|by|for|with|about|over|through|across|"
    r"around|up|out|more|most|only|also|its|their|his|her|[\d$\u00a3\u20ac])\b)", re.I)
_QUOTES_OPEN = "\"\u201c"
_QUOTES_CLOSE = "\"\u201d"
_NP_MODIFIERS = frozenset("first second third fourth fifth last next previous former new old same other "
                          "original early late modern ancient".split())
_YEAR_PREPOSITIONS = frozenset("in since by until from of during before after around circa about".split())
MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES) | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}
_PREPOSITIONS = frozenset("in on at by for from to of with into onto over under after before during "
                          "since until near outside inside across through against among between "
                          "including like about around behind beyond toward towards".split())


@dataclass
class Draft:
    """A sentence being shaped into a prompt: a window of it and edits inside the window."""

    text: str
    start: int
    end: int
    edits: list[tuple[int, int, str]] = field(default_factory=list)
    moved: str = ""  # "in": the answer's phrase was moved out of the window ("in 1996, when ...")

    def window(self) -> str:
        return self.text[self.start:self.end]

    def render(self, replace: tuple[int, int, str] | None = None) -> str:
        edits = sorted(self.edits + ([replace] if replace else []))
        pieces: list[str] = []
        position = self.start
        for start, end, new in edits:
            if start < position:
                continue
            pieces.append(self.text[position:start])
            pieces.append(new)
            position = end
        pieces.append(self.text[position:self.end])
        out = "".join(pieces)
        out = re.sub(r"\s+", " ", out)
        out = re.sub(r"\s+([,.;:?!])", r"\1", out)
        out = re.sub(r",\s*,", ",", out)
        return out.strip(" ,;:")


def _asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Bracketed asides: "(760 mi)", "[note 2]", "(/ˈkɛnjə/; locally [ˈkɛɲa] ( listen))"."""
    found: list[tuple[int, int]] = []
    depth = 0
    opened = -1
    for index in range(start, end):
        ch = text[index]
        if ch in "([":
            if depth == 0:
                opened = index
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                left = opened
                while left > start and text[left - 1] == " ":
                    left -= 1
                found.append((left, index + 1))
    return found


def _quote_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    opened: int | None = None
    for index, ch in enumerate(text):
        if ch == "\u201c" or (ch == '"' and opened is None):
            opened = index
        elif (ch == "\u201d" or ch == '"') and opened is not None:
            regions.append((opened, index + 1))
            opened = None
    if opened is not None:
        regions.append((opened, len(text)))
    return regions


def _clause_bounds(text: str, start: int, end: int, span: Span) -> tuple[int, int] | None:
    """The clause of text[start:end] that holds the span, as (start, end)."""
    cuts = [start]
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        before = text[start:match.start()]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue  # a semicolon inside brackets does not end a clause
        cuts.extend([match.start(), match.end()])
    cuts.append(end)
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    for piece_start, piece_end in pieces:
        if piece_start <= span.start and span.end <= piece_end:
            return piece_start, piece_end
    return None


def _resolve_start(draft: Draft, recent_people: list[str], sentence_people: list[tuple[int, str]] = ()) -> bool:
    """Deal with a pronoun opening the clause; False when it cannot be resolved.

    "He" is the last person named earlier in the same sentence ("Though Chopin was born ...,
    he moved ..."), else the one the previous sentences point to."""
    earlier = [name for offset, name in sentence_people if offset < draft.start]
    if earlier:
        recent_people = earlier[-1:]
    window = draft.window()
    first = re.match(r"[\w']+", window)
    if not first:
        return False
    word = first.group(0).lower()
    rewrite = _ALLOW_REWRITE.match(window)
    if rewrite:
        # "That will allow the torch to be carried" says "the torch will be carried".
        rest = window[rewrite.end():]
        to = re.search(r"\s+to\s+(?=\w)", rest)
        if to is None or to.start() > 80:
            return False
        modal = rewrite.group(1)
        draft.edits.append((draft.start, draft.start + rewrite.end(), ""))
        at = draft.start + rewrite.end() + to.start()
        draft.edits.append((at, at + len(to.group(0)), f" {modal} "))
        return True
    if word in ("he", "she"):
        if len(set(recent_people)) != 1:
            return False
        draft.edits.append((draft.start, draft.start + len(first.group(0)), recent_people[0]))
        return True
    return word not in ("it", "they", "this", "that", "these", "those", "its", "their", "his", "her", "there", "such")


_WHEN_AFTER = re.compile(r",?\s+when\s+")
_SUB_START = re.compile(r"(?:while|although|though|because|when|if|as|since|after|before|unless|whereas|once)\s+", re.I)
_MAIN_CLAUSE = re.compile(r",\s+(?=(?:he|she|it|they|we|there|this|these|the|a|an|[A-Z][\w-]*)\s)")


def _when_clause(text: str, span: Span, recent_people: list[str]) -> Draft | None:
    """'... done in 1996, when the shuttle carried a torch' and 'In 1638, the college became ...'
    -> the clause, with the year moved out to be asked for at its end."""
    if span.kind not in ("year", "date") or not re.search(r"\b[Ii]n\s+$", text[:span.start]):
        return None
    when = _WHEN_AFTER.match(text, span.end)
    if not when and re.fullmatch(r"\s*In\s+", text[:span.start]):
        when = re.compile(r",?\s+(?=[A-Za-z])").match(text, span.end)
    if not when:
        return None
    start = when.end()
    end = len(text.rstrip())
    while end > start and text[end - 1] in ".!?\"\u201d'\u2019 ":
        end -= 1
    stop = _CLAUSE_BREAK.search(text, start, end)
    if stop:
        end = stop.start()
    participle = re.compile(r",\s+(?:[a-z]+ed|[a-z]+ing|and\s+(?=[A-Z]|the\b))\b").search(text, start, end)
    if participle:
        end = participle.start()  # ", carried by the ship ...": would hang off the moved year
    draft = Draft(text, start, end, moved="in")
    window = draft.window()
    if len(window.split()) < MIN_CLAUSE_WORDS or PERSONAL_WORDS.search(window) or not _VERBISH.search(window):
        return None
    if not _resolve_start(draft, recent_people):
        return None
    return draft


_INNER_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?=[a-z])")


def _inner_relative(text: str, start: int, end: int, span: Span) -> tuple[int, int, tuple[int, int, str]] | None:
    """'The barrier, which opened in 1984, has ...' -> window 'The barrier, which opened in 1984'
    with ', which' cut, so the question reads 'The barrier opened in what year?'."""
    for match in _INNER_RELATIVE.finditer(text, start, end):
        close = text.find(",", match.end(), end)
        if close < 0 or not (match.end() <= span.start and span.end <= close):
            continue
        subject = text[start:match.start()]
        if not re.match(r"(?:The|This|A|An)\s|[A-Z]", subject) or len(subject.split()) > 6 or _VERBISH.search(subject.lower().replace("the ", "")) \
                and not re.fullmatch(r"(?:the|a|an)?\s*[\w\s'-]+", subject, re.I):
            continue
        if len(subject.split()) > 6 or any(w in AUXILIARIES for w in subject.lower().split()):
            continue
        return start, close, (match.start(), match.end(), " ")
    return None


def shape(text: str, span: Span, recent_people: list[str], sentence_people: list[tuple[int, str]] = ()) -> Draft | None:
    """The clause of `text` to ask about `span`, trimmed and with its pronoun resolved."""
    moved = _when_clause(text, span, recent_people)
    if moved is not None:
        return moved
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in ".!?\"\u201d'\u2019 " :
        end -= 1
    start = 0
    if text[:1] in _QUOTES_OPEN and any(text.rstrip().endswith(q) for q in _QUOTES_CLOSE):
        start = 1  # a whole sentence of quoted speech: the marks go, the words stay
        if '"' in text[1:end] or "\u201c" in text[1:end] or "\u201d" in text[1:end]:
            return None
    elif any(a <= span.start < b for a, b in _quote_regions(text)):
        return None  # an answer inside someone's words is their claim, not a fact
    else:
        regions = _quote_regions(text)
        if regions and regions[0][0] == 0 and regions[0][1] <= span.start:
            # '"...," a source told the news service': ask about the telling, not the words.
            after = re.match(r"[\s,]*", text[regions[0][1]:])
            start = regions[0][1] + after.end()
    if "?" in text[start:end] or "!" in text[start:end]:
        return None
    sub = _SUB_START.match(text, start)
    if sub:
        # "Though Chopin was born in ..., he moved to ...": two clauses; keep the one asked about.
        mains = [m for m in _MAIN_CLAUSE.finditer(text, sub.end(), end)
                 if text[start:m.start()].count("(") == text[start:m.start()].count(")")]
        if mains:
            cut = mains[-1]
            if cut.start() >= span.end:
                start, end = sub.end(), cut.start()
            elif cut.end() <= span.start:
                start = cut.end()
    if span.end > end or span.start < start:
        return None
    aside = _INNER_RELATIVE.match(text, span.end)
    if aside and text.find(",", aside.end(), end) > 0:
        # "Kipchoge, who was born in Kapsabet, won ...": the aside goes, the clause stays.
        close = text.find(",", aside.end(), end)
        after_span = [(span.end, close + 1, "")]
    else:
        after_span = []
    draft = Draft(text, start, end, edits=list(after_span))
    for aside_start, aside_end in _asides(text, start, end):
        if not (aside_start <= span.start < aside_end):
            draft.edits.append((aside_start, aside_end, ""))
    relative = _inner_relative(text, start, end, span)
    if relative is not None:
        draft.start, draft.end, cut = relative
        draft.edits.append(cut)
        if not _resolve_start(draft, recent_people) or PERSONAL_WORDS.search(draft.window()):
            return None
        return draft
    bounds = _clause_bounds(text, start, end, span)
    if bounds is not None:
        clause = text[bounds[0]:bounds[1]]
        trimmed = _SUBORDINATORS.sub("", clause)
        lead = bounds[0] + len(clause) - len(trimmed)
        words = len(trimmed.split())
        relative = bounds[0] > start and _RELATIVE.match(trimmed)
        if relative:
            return None  # "..., which was later used": the clause has no subject of its own
        if words >= MIN_CLAUSE_WORDS and _VERBISH.search(trimmed):
            draft.start, draft.end = lead, bounds[1]
            if re.match(r"when\s", clause, re.I):
                # "... when he was seven months old": "he" out of its time would mislead.
                recent_people, sentence_people = [], []
    # Leading material a question does not need.
    while True:
        window = draft.window()
        match = _DISCOURSE.match(window) or _REPORTED_FRAGMENT.match(window)
        lead = _LEADING_SUBORDINATE.match(window)
        if match:
            draft.start += match.end()
        elif lead and draft.start + lead.end() <= span.start:
            draft.start += lead.end()
        else:
            break
    trailing = _TRAILING_ATTRIBUTION.search(draft.window())
    if trailing and draft.start + trailing.start() >= span.end:
        draft.end = draft.start + trailing.start()
    elif trailing and span.start >= draft.start + trailing.start() and span.kind not in ("year", "date") \
            and re.fullmatch(r",\s*(?:the\s+)?", draft.text[draft.start + trailing.start():span.start], re.I):
        # "..., the space agency said on Wednesday": ask "According to which space agency, ...?"
        draft.end = draft.start + trailing.start()
        draft.moved = "according"
    if not draft.moved and (span.start < draft.start or span.end > draft.end):
        return None
    window = draft.window()
    if not window[:1].isupper() and not window[:1].isdigit():
        if not window[:1].isalpha():
            return None
        first_word = window.split()[0].lower()
        if _RELATIVE.match(window) or first_word.endswith(("ed", "ing")) or first_word in _PREPOSITIONS:
            return None  # "linked to the ...": a fragment, not a clause
    if PERSONAL_WORDS.search(window):
        return None
    if len(window.split()) < MIN_CLAUSE_WORDS:
        return None
    if not _resolve_start(draft, recent_people, sentence_people):
        return None
    return draft


def _kind_noun(span: Span) -> str | None:
    if span.kind in (PERSON, NAME) or span.is_number or span.kind in ("date", "money"):
        return None
    return {"mountain range": "mountain range", "empire": "empire"}.get(span.kind, span.kind)


def _word_before(text: str, position: int) -> re.Match | None:
    return re.search(r"([\w'\u2019]+)\s*$", text[:position])


def wh_replacement(draft: Draft, span: Span, spans: list[Span]) -> tuple[int, int, str] | None:
    """(start, end, wh-phrase) that turns the draft into a question about the span."""
    if draft.moved == "according":
        noun = _kind_noun(span)
        wh = "whom" if span.kind == PERSON else f"which {noun}" if noun else None
        return (draft.start, draft.start, f"According to {wh}, ") if wh else None
    if draft.moved:
        wh = "what year" if span.kind == "year" else "what month and year" if re.search(r"\d{4}$", span.text) else "what date"
        return draft.end, draft.end, f" {draft.moved} {wh}"
    text = draft.text
    start, end = span.start, span.end
    at_clause_start = not draft.render((draft.start, start, "")).strip() or start == draft.start
    before = _word_before(text, start)
    before_word = before.group(1).lower() if before else ""
    after = text[end:draft.end]

    # "the" in front goes with the answer.
    if before_word == "the" and before.start(1) >= draft.start:
        start = before.start(1)
        before = _word_before(text, start)
        before_word = before.group(1).lower() if before else ""
    if re.search(r"[(\u2013\u2014-]\s*$", text[draft.start:start]) or re.match(r"\s*[\u2013\u2014-]\s*\d", text[end:]):
        return None  # "(85 ha)", "(1869–1909)": a conversion or a range, not a fact of its own
    if re.search(r"(?:(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bhe)(?<!\bshe)(?<!\bwhat)[\u2019']s|\d)\s+$", text[draft.start:start]):
        return None  # "Russia's ISS partners", "the 2014 Winter Games": part of a larger name
    possessive = re.match(r"[\u2019']s?\b", after)
    if possessive:
        end += possessive.end()
        after = text[end:draft.end]

    following = re.match(r",?\s+(?:and|or)\s+(?:the\s+)?([A-Z0-9][\w-]+)", after)
    if following and any(s.kind == span.kind and s.start == end + following.start(1) for s in spans):
        return None  # the first of two names: "which city and Houston" reads badly
    listed = re.match(r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,|\s+(?:and|or)\b)", after)
    in_country = span.kind == "city" and any(s.kind in ("country", "state", "region") and s.start == end + 2 for s in spans)
    if listed and not in_country and span.kind not in ("year", "date", "count", "percent", "money"):
        return None  # one of a list: "in which place, Bamburi and Kilifi" reads badly
    joined = re.search(r"([A-Z][\w-]*)\s+(?:and|or)\s+$", text[draft.start:start])
    if joined and span.kind != PERSON \
            and not any(s.kind == span.kind and s.end == draft.start + joined.end(1) for s in spans):
        return None  # "the East and which park": the first half is not a whole name
    if before_word in _NP_MODIFIERS:
        return None  # "the first Winter Games": the answer is inside a larger phrase
    if span.kind == PERSON:
        other = re.search(r"([a-z]+)\s+((?:[A-Z][\w'.-]*\s+){1,4})and\s+$", text[draft.start:start])
        if span.role and other:
            wh = f"which other {span.role}"
        elif span.role and before_word.rstrip("s") == span.role:
            wh = f"which {span.role}"
            start = before.start(1)
            article = re.search(r"\b(?:the|a|an)\s+$", text[draft.start:start], re.I)
            if article:
                start = draft.start + article.start()
            titled = re.search(r"((?:[A-Z][a-z]+\s+)*)$", text[draft.start:start])
            if before.group(1)[:1].isupper() and titled and titled.group(1):
                # "Russian President Vladimir Putin" -> "which Russian president"
                start = draft.start + titled.start(1)
                wh = f"which {titled.group(1).strip()} {span.role}"
            if possessive:
                wh += "'s"
        elif possessive:
            wh = "whose"
        elif before_word in _PREPOSITIONS and not at_clause_start:
            wh = "whom"
        else:
            wh = "who"
        return start, end, wh

    if span.kind == "year":
        if before_word in MONTH_WORDS:
            return None  # the year of "December 2014" belongs to a date
        if before_word not in _YEAR_PREPOSITIONS and re.match(r"\s*[A-Za-z]", after) \
                and not re.match(r"\s*(?:and|when|while|as|after|before|until)\b", after):
            return None  # "the 2014 Winter Games": a year used as an adjective
        return start, end, "what year"
    if span.kind == "date":
        if before_word not in ("on", "by", "until", "from", "since", "before", "after", "in", "of"):
            return None  # "a planned Nov. 25 trip": a date used as an adjective
        return start, end, "what month and year" if re.fullmatch(r"[A-Z][a-z]+\.?\s+\d{4}", span.text) else "what date"
    if span.kind == "decade":
        return start, end, "which decade"
    if span.kind == "century":
        if re.search(r"\d(?:st|nd|rd|th)\s+(?:and|or|to)\s+$", text[draft.start:start]):
            return None  # "the 19th and which century"
        century = re.match(r"[\s-]century", text[end:])
        if century:
            end += century.end()
        return start, end, "which century"
    if span.kind == "count":
        if before_word in ("the", "these", "those", "all", "its", "their", "his", "her", "our", "each", "both") \
                or re.match(r"\s*[-\u2013]", after):
            return None
        unit = span.unit
        unit_end = text.find(unit.split()[-1] if " of " not in unit else unit, span.end)
        if unit_end < 0:
            return None
        if " of " in unit:
            end = unit_end + len(unit)
        else:
            end = unit_end + len(unit.split()[-1])
        shown_unit = " ".join(UNIT_NAMES.get(word, word) for word in unit.split())
        return start, end, f"how many {shown_unit}"
    if span.kind in ("term", "acronym"):
        if re.match(r"\s+(?:and|or)\s", after) or re.search(r"\b(?:and|or)\s+$", text[draft.start:start]):
            return None  # one of a pair: "in what and algae" reads badly
        return start, end, "what"
    if span.kind == "percent":
        doubled = re.match(r"\s*percent\b", after) if span.text.endswith("%") else None
        return start, end + (doubled.end() if doubled else 0), "what percentage"
    if span.kind == "money":
        return start, end, "how much"

    noun = _kind_noun(span)
    if re.match(r",\s+[A-Z]", after) and span.kind == "city":
        country = next((s for s in spans if s.kind in ("country", "state", "region") and s.start == end + after.index(",") + 2), None)
        if country is not None:
            end = country.end  # "Cologne, Germany": the country belongs to the city
            if text[end:end + 1] == "," and not re.search(r",\s*(?:the\s+)?$", text[draft.start:start]):
                end += 1  # "in Nagano, Japan, brought" -> "in which city brought"
            after = text[end:draft.end]
    if span.kind in ("country", "state", "region") and re.search(r"[A-Z][\w-]+,\s+$", text[draft.start:start]):
        return None  # the ", Germany" of "Cologne, Germany"
    attributive = re.match(r"\s+((?:[a-z]{3,}\s+)?[a-z]{3,})(?=\s*[,.;]|\s+(?:is|was|are|were|has|had|in|of|on|at|for|to|and|with)\b)", after)
    if noun in ("city", "country") and text[start:span.start].lower().startswith("the") and attributive \
            and not any(w in AUXILIARIES or w in _PREPOSITIONS or w in DESCRIPTOR_NOUNS or w in PART_NOUNS
                        or w.endswith("ed") for w in attributive.group(1).split()):
        # "The Berlin course is known for ..." -> "The course in which city is known for ...?"
        return start, end + attributive.end(), f"the {attributive.group(1)} in which {noun}"
    nationality = re.search(r"(?:\b(?:the|a|an)\s+)?([A-Z][a-z]+)\s+$", text[draft.start:start])
    if noun and nationality and fold(nationality.group(1)) in lexicon().demonyms:
        # "the Swedish National Heritage Board" -> "which Swedish board"
        return draft.start + nationality.start(), end, f"which {nationality.group(1)} {noun}"
    apposed = re.search(r"\bthe\s+((?:[a-z]+\s+)?([a-z]+)),\s+$", text[draft.start:start])
    if noun and apposed and (apposed.group(2) == noun or apposed.group(2) in DESCRIPTOR_NOUNS):
        # "the capital city, Nairobi," -> "which capital city,"
        return draft.start + apposed.start(), end, f"which {apposed.group(1)}"
    if noun and before is not None and before_word.endswith(("al", "ic", "ern", "ish", "ian", "ese", "ous", "ive", "ary")) \
            and before_word not in _PREPOSITIONS and before.group(1).islower() and before.start(1) >= draft.start:
        article = re.search(r"\b(?:the|a|an)\s+$", text[draft.start:before.start(1)], re.I)
        return (draft.start + article.start() if article else before.start(1)), end, f"which {before_word} {noun}"
    if noun and (before_word == noun or before_word in DESCRIPTOR_NOUNS) and before is not None:
        # "the river Rhine", "the town of Chur": the kind word goes with the answer.
        start = before.start(1)
        article = re.search(r"\b(?:the|a|an)\s+$", text[draft.start:start], re.I)
        if article:
            start = draft.start + article.start()
        return start, end, f"which {before_word}"
    descriptor = None
    if not possessive:
        descriptor = re.match(r"\s+((news|space|oil|state|football|car|film|music|rock|pop|political|"
                              r"television|radio|research|publishing|record|shipping)\s+([a-z]+))\b", after)
        if descriptor and descriptor.group(3) not in DESCRIPTOR_NOUNS:
            descriptor = None
        if descriptor is None:
            descriptor = re.match(r"\s+(([a-z]+))\b", after)
    if descriptor and descriptor.group(1).split()[-1] in DESCRIPTOR_NOUNS:
        words = descriptor.group(1)
        return start, end + descriptor.end(1), f"which {words}"
    if descriptor and descriptor.group(1) in PART_NOUNS and noun:
        part = descriptor.group(1)
        return start, end + descriptor.end(), f"the {part} of which {noun}"
    if noun is None:
        return None
    if noun in ("organisation", "name"):
        noun = "organisation"
    wh = f"which {noun}"
    if possessive:
        wh += "'s"
    return start, end, wh


def statement_body(draft: Draft, answer: str) -> str:
    """The draft as a statement with `answer` in the answer's place."""
    if draft.moved:
        body = draft.render()
        if re.match(r"(?:The|A|An)\b", body):
            body = body[:1].lower() + body[1:]
        if draft.moved == "according":
            return f"According to {answer}, {body}"
        return f"{draft.moved.capitalize()} {answer}, {body}"
    return ""


_DANGLING = re.compile(r"\b(?:of|in|on|at|to|for|from|by|with|the|a|an|and|or|which|that|whose|its|their)$", re.I)


def reads_as_question(body: str, wh: str) -> bool:
    """A last check that the question is a whole one: it has a verb and does not stop midway."""
    if _DANGLING.search(body.rstrip(" ?.,")) and not body.rstrip(" ?.,").lower().endswith(wh.lower()):
        return False
    rest = body.replace(wh, " ", 1)
    return bool(_VERBISH.search(rest))


def finish_question(body: str) -> str:
    body = body.strip().rstrip(" .;:,")
    body = re.sub(r"^(According to [^,]+, )(The|A|An)\b", lambda m: m.group(1) + m.group(2).lower(), body)
    return body[:1].upper() + body[1:] + "?"


def finish_statement(body: str) -> str:
    body = body.strip().rstrip(" .;:,")
    return body[:1].upper() + body[1:] + "."


def too_long(prompt: str) -> bool:
    return len(prompt) > MAX_PROMPT_CHARS
