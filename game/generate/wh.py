"""The wh-phrase that replaces an answer in its clause: "which city", "who", "in what year",
"how many weeks", "the coast of which sea", "which Russian president".

The phrase takes along what belongs to the answer (its "the", a possessive, a title or a
nationality in front, a kind word after it) and refuses the places where no question reads
well: inside a larger name, in a list, as the first half of a pair, in an aside.
"""

from __future__ import annotations

import re

from game.generate.lexicon import (
    AUXILIARIES,
    DESCRIPTOR_NOUNS,
    IRREGULAR_PAST,
    MONTH_NAMES,
    PART_NOUNS,
    UNIT_NAMES,
    fold,
    lexicon,
)
from game.generate.phrasing import PREPOSITIONS, VERBISH, Draft
from game.generate.spans import NAME, PERSON, Span

_NP_MODIFIERS = frozenset("first second third fourth fifth last next previous former new old same other "
                          "original early late modern ancient north south east west north-east north-west "
                          "south-east south-west northern southern eastern western central upper lower "
                          "northeastern northwestern southeastern southwestern north-eastern north-western "
                          "south-eastern south-western".split())
_YEAR_PREPOSITIONS = frozenset("in since by until from of during before after around circa about".split())
MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES) | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}


def _kind_noun(span: Span) -> str | None:
    if span.kind in (PERSON, NAME) or span.is_number or span.kind in ("date", "money"):
        return None
    return {"mountain range": "mountain range", "empire": "empire"}.get(span.kind, span.kind)


_GROUP = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+)?(?:[\w'\u2019-]+\s+){0,3}[a-z]{3,}s),\s+(?:including|such\s+as)\s+$")


def _one_of_group(draft: Draft, span: Span, start: int, end: int, noun: str | None) -> tuple[int, int, str] | None:
    """"Russia's ISS partners, including NASA, will need to ..." -> "Which space agency is among
    Russia's ISS partners?": the clause is about the group; the question asks who is in it."""
    if not noun or span.kind in ("term", "acronym"):
        return None
    text = draft.text
    group = _GROUP.fullmatch(text, draft.start, start)
    if group is None or not re.match(r",\s+(?:[a-z]+\s+)?(?:will|would|have|had|are|were|must|can|could|need|agreed|"
                                      r"said|[a-z]+ed)\b", text[end:draft.end]):
        return None
    words = group.group(1)
    if any(w.lower() in PREPOSITIONS or w.lower() in AUXILIARIES for w in words.split()):
        return None  # "Lenders in the city" is more than a group's name
    head = words[:1].lower() + words[1:] if not re.match(r"[A-Z][\w-]*(?:[\u2019']s)?\s+[A-Z]", words) \
        and fold(words.split()[0]) not in lexicon().demonyms and not re.match(r"[A-Z][\w-]*[\u2019']s\b", words) else words
    return draft.start, draft.end, f"which {noun} is among {head}"


def _names_a_kind(span: Span) -> bool:
    """Whether the span is a name (of a person, place, organisation, thing), not a number."""
    return not span.is_number and span.kind not in ("date", "money", "term", "acronym")


def _same_sort(a: Span, b: Span) -> bool:
    """Two spans a player reads as two of one sort: two names, or two numbers of one kind."""
    return a.kind == b.kind or (_names_a_kind(a) and _names_a_kind(b) and PERSON not in (a.kind, b.kind))


# After one example of a list, another: ", the lakes in the Łazienki, Kamionek Lake", ", Embu and Kamba".
_LIST_GOES_ON = re.compile(r",\s+(?!(?:" + "|".join(sorted(AUXILIARIES)) + r")\b)(?:the\s+)?[\w'\u2019-]+"
                           r"(?:\s+[\w'\u2019-]+){0,4}?(?:,|\s+(?:and|or)\b)")


# A verb right after a name: the name is the subject of its own clause ("after Schimper observed").
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|" + "|".join(sorted(AUXILIARIES)) + r")\b")
_MODIFIER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_NP_MODIFIERS)) + r")\s+$")


# "of Kenya", "of the Czech Republic": where a person is from, right after the name.
_ORIGIN = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")
# ", a goldsmith from Mainz,": who a person is, between commas right after the name.
_ROLE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+((?:[A-Za-z-]+\s+){0,3}[a-z]+(?:\s+(?:from|of|in|at|for)\s+"
                              r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?),(?=\s+[a-z])")


def _word_before(text: str, position: int) -> re.Match | None:
    return re.search(r"([\w'\u2019]+)\s*$", text[:position])


def wh_replacement(draft: Draft, span: Span, spans: list[Span]) -> tuple[int, int, str] | None:
    """(start, end, wh-phrase) that turns the draft into a question about the span."""
    if draft.moved == "according":
        noun = _kind_noun(span)
        wh = "whom" if span.kind == PERSON else f"which {noun}" if noun else None
        return (draft.start, draft.start, f"According to {wh}, ") if wh else None
    if draft.moved == "in the":
        return draft.end, draft.end, " in which century" if span.kind == "century" else " in which decade"
    if draft.moved:
        wh = "what year" if span.kind == "year" else \
            "what month and year" if re.fullmatch(r"[A-Z][a-z]+\.?\s+(?:of\s+)?\d{4}", span.text) else "what date"
        return draft.end, draft.end, f" {draft.moved} {wh}"
    text = draft.text
    start, end = span.start, span.end
    if start > 0 and text[start - 1] in "\"\u201c" and text[end:end + 1] in ("\"", "\u201d"):
        start, end = start - 1, end + 1  # 'called the "first oil shock"': the marks go with the answer
    at_clause_start = not draft.render((draft.start, start, "")).strip() or start == draft.start
    before = _word_before(text, start)
    before_word = before.group(1).lower() if before else ""
    after = text[end:draft.end]

    # "the" in front goes with the answer.
    if before_word == "the" and before.start(1) >= draft.start:
        start = before.start(1)
        before = _word_before(text, start)
        before_word = before.group(1).lower() if before else ""
    opening = not text[draft.start:start].strip()  # the answer (with its "the") opens the clause
    if re.search(r"[(\u2013\u2014-]\s*$", text[draft.start:start]) or re.match(r"\s*[\u2013\u2014-]\s*\d", text[end:]):
        return None  # "(85 ha)", "(1869–1909)": a conversion or a range, not a fact of its own
    if re.search(r"(?:(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bhe)(?<!\bshe)(?<!\bwhat)[\u2019']s|\d)\s+$", text[draft.start:start]):
        return None  # "Russia's ISS partners", "the 2014 Winter Games": part of a larger name
    possessive = re.match(r"[\u2019'](?:s\b|(?=\s))", after)  # "Kenya's", "the United States' "
    if possessive:
        end += possessive.end()
        after = text[end:draft.end]

    following = re.match(r",?\s+(?:and|or)\s+(?:the\s+)?([A-Z0-9][\w-]+)", after)
    if following and any(_same_sort(s, span) and s.start == end + following.start(1) for s in spans):
        return None  # the first of two names: "which city and Houston" reads badly
    if _names_a_kind(span) and re.match(r"\s+(?:[a-z]+ing|goalkeeper|striker|defender|midfielder|forward|captain|"
                                         r"coach|squad|side|team|fans|players?|officials?|market|markets|trading)\b", after):
        return None  # "Argentina goalkeeper Emiliano Martinez", "Paris trading": a name used as an adjective
    if _names_a_kind(span) and span.kind != PERSON and opening \
            and re.match(r"(?:\s+(?:in|of|on|near)\s+[^,]{1,30}?)?\s+(?:are|were|have)\b", after):
        return None  # "Which waterfall in Laos are ...": the verb agrees with a plural name
    listed = re.match(r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,|\s+(?:and|or)\b)", after)
    in_country = span.kind == "city" and any(s.kind in ("country", "state", "region") and s.start == end + 2 for s in spans)
    if listed and not in_country and span.kind not in ("year", "date", "count", "percent", "money"):
        return None  # one of a list: "in which place, Bamburi and Kilifi" reads badly
    if re.search(r"\b(?:like|such\s+as|including|among\s+others)\s+(?:the\s+)?$", text[draft.start:start]) \
            and _LIST_GOES_ON.match(after) and span.kind not in ("year", "date"):
        return None  # the first of a list of examples: "like Czerniaków Lake, the lakes in ..."
    if any(_same_sort(s, span) and s.end <= start
           and re.fullmatch(r",\s+(?:(?:and|or)\s+)?(?:the\s+)?", text[s.end:start])
           for s in spans) \
            and span.kind not in ("year", "date", "count", "percent", "money"):
        return None  # the last of a list: "like Czerniaków Lake, the lakes in the Łazienki, which lake"
    prefix = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", text[draft.start:start])  # asides are not read
    joined = re.search(r"([A-Z][\w-]*)\s+(?:and|or)\s+$", prefix)
    if joined and span.kind != PERSON \
            and not any((s.kind == span.kind or (_names_a_kind(s) and _names_a_kind(span)
                                                 and (s.kind != NAME or len(s.text.split()) >= 2)))
                        and s.text.endswith(joined.group(1)) and s.end <= start for s in spans):
        return None  # "the East and which park": the first half is not a whole name
    if before_word in _NP_MODIFIERS:
        return None  # "the first Winter Games": the answer is inside a larger phrase
    lead = text[draft.start:start]
    if re.match(r"(?:In|On|At|By|From|During|After|Before|Across|Along)\s", lead) and "," not in lead \
            and not VERBISH.search(lead) and span.kind not in ("year", "date"):
        return None  # "In Romania and which country the Danube forms ...?" would need the clause turned round
    if at_clause_start and re.match(r"\s+and\s", after) and span.kind not in ("year", "date"):
        return None  # "Who and his empire have ...?" reads badly
    if span.kind == PERSON and re.search(r"\b[a-z]{3,},\s+$", text[draft.start:start]) and re.match(r",", after):
        return None  # "The mayor, John Smith, said ...": "The mayor, who, said ...?" reads badly
    if span.kind == PERSON and before_word == "born":
        return None  # "Marie Curie was born Maria Sklodowska": a name she had, not someone to ask "who" about
    if span.kind == PERSON and at_clause_start:
        age = re.match(r",\s+\d{1,3},", after)
        if age:
            end += age.end()  # "Messi, 35, was named ..." -> "Who was named ...?"
            after = text[end:draft.end]
        origin = _ORIGIN.match(after)
        if origin:
            end += origin.end()  # "Who of Kenya won ...?" -> "Who won ...?"
            after = text[end:draft.end]
        role = _ROLE_APPOSITION.match(after)
        if role and opening and not origin and not age:
            # "Johannes Gutenberg, a goldsmith from Mainz, built ..." -> "Which goldsmith from Mainz
            # built ...?" ("Who, a goldsmith from Mainz, built ...?" reads badly)
            return start, end + role.end(), f"which {role.group(1)}"
    if span.kind == PERSON and not at_clause_start:
        origin = _ORIGIN.match(after)
        if origin and re.search(r"\bby\s+$", text[draft.start:start]):
            end += origin.end()  # "won by whom of the Czech Republic?" -> "won by whom?"
            after = text[end:draft.end]
    if span.kind == PERSON:
        other = re.search(r"([a-z]+)\s+((?:[A-Z][\w'.-]*\s+){1,4})and\s+$", text[draft.start:start])
        if span.role and other:
            wh = f"which other {span.role}"
        elif span.role and before_word.rstrip("s") == span.role \
                and re.search(r"\b(?:his|her|their|its|my|our|your)\s+\w+\s+$", text[draft.start:start]):
            return None  # "son of his father Yesügei": "his which father" cannot be said
        elif span.role and before_word.rstrip("s") == span.role:
            wh = f"which {span.role}"
            start = before.start(1)
            article = re.search(r"\b(?:the|a|an)\s+$", text[draft.start:start], re.I)
            if article:
                start = draft.start + article.start()
            titled = re.search(r"((?:[A-Z][a-z]+\s+)*)$", text[draft.start:start])
            nationality = re.search(r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?([A-Z][a-z]+)\s+$", text[draft.start:start])
            if nationality and fold(nationality.group(1)) in lexicon().demonyms and not before.group(1)[:1].isupper():
                start = draft.start + nationality.start()
                wh = f"which {nationality.group(1)} {span.role}"  # "which Italian engineer"
            elif before.group(1)[:1].isupper() and re.search(r"\bthe\s+([a-z]+)\s+$", text[draft.start:before.start(1)]):
                # "the poet Lord Byron" -> "which poet"
                described = re.search(r"\bthe\s+([a-z]+)\s+$", text[draft.start:before.start(1)])
                start = draft.start + described.start()
                wh = f"which {described.group(1)}"
            elif re.fullmatch(r"(?:[A-Z][\w'-]*\s+)+", text[draft.start:start]) and not before.group(1)[:1].isupper():
                # "Argentina goalkeeper Emiliano Martinez" -> "which Argentina goalkeeper"
                wh = f"which {text[draft.start:start].strip()} {span.role}"
                start = draft.start
            elif before.group(1)[:1].isupper() and titled and titled.group(1):
                # "Russian President Vladimir Putin" -> "which Russian president"; "Prime Minister
                # Chris Hipkins" -> "which prime minister" (a word of the title, not a nationality)
                start = draft.start + titled.start(1)
                title = " ".join(w if fold(w) in lexicon().demonyms or lexicon().lookup(w) else w.lower()
                                 for w in titled.group(1).split())
                wh = f"which {title} {span.role}"
            if possessive:
                wh += "'s"
        elif possessive:
            wh = "whose"
        elif not at_clause_start and before_word not in PREPOSITIONS \
                and (re.search(r"[a-z]+ed\s+$", text[draft.start:start]) or before_word in IRREGULAR_PAST) \
                and not _VERB_NEXT.match(after):
            wh = "whom"  # "Genghis Khan assigned whom as his successor", "Alcaraz beat whom": a verb's object
        elif before_word in PREPOSITIONS and not at_clause_start \
                and not _VERB_NEXT.match(after):
            wh = "whom"  # "remodelled by whom"; but "after who observed ...": the subject of its own clause
        else:
            wh = "who"
        return start, end, wh

    range_end = re.search(r"\bfrom\s+\d{4}\s+to\s+$", text[draft.start:start])
    if span.kind == "year" and range_end and VERBISH.search(text[draft.start:draft.start + range_end.start()]) \
            and not re.match(r"\s*[A-Za-z]", after):
        # "The programme ran from 1963 to 1989" -> "... ran from 1963 to what year?": how long it lasted
        return start, end, "what year"
    if span.kind == "year" and (re.search(r"\b(?:from|between)\s+$", text[draft.start:start], re.I)
                                and re.match(r"\s+(?:to|and)\s+\d{4}\b", after)
                                or re.search(r"\b(?:from|between)\s+\d{4}\s+(?:to|and)\s+$", text[draft.start:start], re.I)):
        return None  # "from 1947 to 1967": one end of a span of years is no fact of its own
    if span.kind == "year":
        if re.fullmatch(r"\s*In\s+", text[draft.start:span.start]):
            return None  # "In what year she met ...?" would need the clause turned round
        if before_word in MONTH_WORDS or re.search(r"[A-Z][a-z]+\.?\s+\d{1,2},\s*$", text[draft.start:start]):
            return None  # the year of "December 2014" belongs to a date
        adjective = re.match(r"\s*[A-Za-z]", after) and not re.match(r"\s*(?:and|when|while|as|after|before|until)\b", after)
        if adjective and (before_word not in _YEAR_PREPOSITIONS or re.search(r"\bthe\s+$", text[:span.start])):
            return None  # "the 2014 Winter Games", "in the 2013 Christmas special": a year used as an adjective
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
        if before_word == "some" and before.start(1) >= draft.start:
            start = before.start(1)  # "Some 40 professors" asks "how many professors", not "Some how many"
        unit = span.unit
        unit_end = text.find(unit.split()[-1] if " of " not in unit else unit, span.end)
        if unit_end < 0:
            return None
        if " of " in unit:
            end = unit_end + len(unit)
        else:
            end = unit_end + len(unit.split()[-1])
        if re.match(r",?\s+(?:and\s+)?\d", text[end:draft.end]) or _LIST_GOES_ON.match(text, end, draft.end):
            return None  # "150 Nobel laureates, 18 Fields Medalists and 13 ...": one count of a list
        shown_unit = " ".join(UNIT_NAMES.get(word, word) for word in unit.split())
        existential = re.fullmatch(r"There\s+(is|are|was|were)\s+(?:(?:over|about|around|some|nearly|almost|approximately)\s+)?",
                                   text[draft.start:start])
        if existential:
            # "There are 13 natural reserves in Warsaw" -> "How many natural reserves are there in Warsaw?"
            return draft.start, end, f"how many {shown_unit} {existential.group(1)} there"
        return start, end, f"how many {shown_unit}"
    if span.kind in ("term", "acronym"):
        if re.match(r"\s+(?:and|or)\s+(?!(?:is|are|was|were|has|have|had|then|also)\b|[a-z]+ed\b)", after) \
                or re.search(r"\b(?:and|or)\s+$", text[draft.start:start]):
            return None  # one of a pair: "in what and algae" reads badly
        if re.match(r",?\s+(?:such\s+as|like|including|especially|notably)\b", after):
            return None  # "in terms of what such as gold": the examples belong to the answer
        if re.match(r",\s+(?:[\w-]+\s+){0,2}[\w-]+,?\s+(?:and|or)\s", after):
            return None  # the first of a list: "as what, faculty, or staff"
        if re.match(r"\s+(?:that|which|who)\b", after):
            return None  # "to do what that has not been touched": the clause belongs to the answer
        if re.search(r"[A-Za-z],\s+(?:a|an|the)\s+[^,]*$", text[draft.start:start]) and re.match(r"[^,]*,", after):
            return None  # "Terry Hughes, a coral expert at the university, has ...": inside an aside
        if re.match(r"(?:In|On|At|Among|Within|Inside|Beside|Near)\s", text[draft.start:start]) \
                and before_word in ("are", "were", "is", "was"):
            return None  # "On the membranes are what?": the sentence is turned round
        if span.group:
            return start, end, f"{span.group} what"  # "to do what", "capable of doing what"
        article = re.search(r"\b(?:a|an)\s+$", text[draft.start:start])
        return (draft.start + article.start() if article else start), end, "what"
    if span.kind == "percent":
        doubled = re.match(r"\s*percent\b", after) if span.text.endswith("%") else None
        return start, end + (doubled.end() if doubled else 0), "what percentage"
    if span.kind == "money":
        return start, end, "how much"

    noun = _kind_noun(span)
    member = _one_of_group(draft, span, start, end, noun)
    if member is not None:
        return member
    if noun and before_word in ("called", "named", "renamed") and before.start(1) >= draft.start:
        return start, end, "what"  # "the city now called which city" says the kind twice
    kind_of = re.search(r"\b(?:the|a|an)\s+((?:[A-Z][a-z]+\s+)?(?:city|town|village|island|province|state|region|county|port|"
                        r"district|canton|municipality|parish))\s+of\s+$", text[draft.start:start])
    if noun and kind_of:
        # "near the city of Xi'an" -> "near which city"; "in the Swiss canton of ..." -> "in which Swiss canton"
        return draft.start + kind_of.start(), end, f"which {kind_of.group(1)}"
    apposition = re.match(r",\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?([a-z]+)(?:\s+(?:in|on|of|near)\s+(?:the\s+)?"
                          r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?),", after)
    if noun and opening and apposition and apposition.group(2) == noun:
        # "The Tonle Sap, a lake in Cambodia, is linked ..." -> "Which lake in Cambodia is linked ...?"
        return start, end + apposition.end(), f"which {apposition.group(1)}"
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
    if noun in ("city", "country") and text[start:span.start].lower().startswith("the") and attributive and not possessive \
            and not any(w in AUXILIARIES or w in PREPOSITIONS or w in DESCRIPTOR_NOUNS or w in PART_NOUNS
                        or w.endswith("ed") or w in IRREGULAR_PAST for w in attributive.group(1).split()):
        # "The Berlin course is known for ..." -> "The course in which city is known for ...?" (but in
        # "the United States began to use", "began" is a verb, not a noun the name describes)
        return start, end + attributive.end(), f"the {attributive.group(1)} in which {noun}"
    nationality = re.search(r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?([A-Z][a-z]+)\s+$", text[draft.start:start])
    if noun and nationality and fold(nationality.group(1)) in lexicon().demonyms:
        if _MODIFIER_BEFORE.search(text, draft.start, draft.start + nationality.start(1)):
            return None  # "the southeastern Swiss Alps": the answer is inside a larger phrase
        # "the Swedish National Heritage Board" -> "which Swedish board"
        return draft.start + nationality.start(), end, f"which {nationality.group(1)} {noun}"
    apposed = re.search(r"\bthe\s+((?:[a-z]+\s+)?([a-z]+)),\s+$", text[draft.start:start])
    if noun and apposed and (apposed.group(2) == noun or apposed.group(2) in DESCRIPTOR_NOUNS):
        # "the capital city, Nairobi," -> "which capital city,"
        return draft.start + apposed.start(), end, f"which {apposed.group(1)}"
    if noun and before is not None and before_word.endswith(("al", "ic", "ern", "ish", "ian", "ese", "ous", "ive", "ary")) \
            and before_word not in PREPOSITIONS and before.group(1).islower() and before.start(1) >= draft.start:
        article = re.search(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?$", text[draft.start:before.start(1)], re.I)
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
    elif descriptor and descriptor.group(1) == noun:
        end += descriptor.end(1)  # "at the Macworld conference" -> "at which conference", said once
    return start, end, wh
