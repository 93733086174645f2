"""Rules for answers of every kind: an answer moved out of its clause, and the places no
question word can take (inside a larger name, one of a list, half of a pair, an aside).
They run before the rules of the answer's own family.
"""

from __future__ import annotations

import re

from game.generate.kinds import AMOUNTS, CENTURY, CITY, COUNT, COUNTRY, DATE, MONEY, NAME, PERCENT, PERSON, REGION, STATE, TERMS, YEAR, Span
from game.generate.lexicon import AUXILIARIES, HEAD_KINDS, IRREGULAR_PAST, word_set
from game.generate.lexicon import FUNCTION_WORDS, NUMBER_WORDS
from game.generate.phrasing import (
    PREPOSITIONS, Draft, apposition_left_open, comma_pieces, describing_word, finite_verb, has_lowercase_verb, verbish,
)
from game.generate.verbs import readings
from game.generate.rules.base import REFUSE, Slot, rule_list
from game.generate.verbs import readings

RULES, rule = rule_list(__name__)

NP_MODIFIERS = word_set("np_modifiers")
_MODIFIER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(NP_MODIFIERS)) + r")\s+$")
# After one example of a list, another: ", the lakes in the Łazienki, Kamionek Lake", ", Embu and Kamba".
LIST_GOES_ON = re.compile(r",\s+(?!(?:" + "|".join(sorted(AUXILIARIES)) + r")\b)(?:the\s+)?[\w'\u2019-]+"
                          r"(?:\s+[\w'\u2019-]+){0,4}?(?:,|\s+(?:and|or)\b)")
_COUNTED = frozenset({YEAR, DATE, COUNT, PERCENT, MONEY})


_OPENS_A_RANGE = re.compile(r"[(\u2013\u2014-]\s*$")
_RANGE_GOES_ON = re.compile(r"\s*[\u2013\u2014-]\s*\d")
_OWNER_OR_NUMBER_BEFORE = re.compile(r"(?:[\u2019']s(?<!\bit[\u2019']s)(?<!\bthat[\u2019']s)(?<!\bthere[\u2019']s)"
                                     r"(?<!\bhe[\u2019']s)(?<!\bshe[\u2019']s)(?<!\bwhat[\u2019']s)|\d)\s+$")
_POSSESSIVE_AFTER = re.compile(r"[\u2019'](?:s\b|(?=\s))")
_AND_A_NAME = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?([A-Z0-9][\w-]+)")
_NAMES_LISTED_AFTER = re.compile(r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,|\s+(?:and|or)\b)")
_SECOND_OF_A_PAIR_AFTER = re.compile(r"\s+(?:and|or)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:[,.;:]|$|\s+[a-z])")
_EXAMPLES_BEFORE = re.compile(r"\b(?:like|such\s+as|including|among\s+others)\s+(?:the\s+)?$")
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_NAME_AND_BEFORE = re.compile(r"([A-Z][\w-]*)\s+(?:and|or)\s+$")


def same_sort(a: Span, b: Span) -> bool:
    """Two spans a player reads as two of one sort: two names, or two numbers of one kind."""
    return a.kind == b.kind or (a.names_a_kind and b.names_a_kind and PERSON not in (a.kind, b.kind))


@rule
def according_to_source(slot: Slot):
    """A source named at the end ("..., the space agency said") is asked at the front.

    Example:
        The comet has a rubber duck shape, the European Space Agency said on Wednesday.
        -> According to which space agency, the comet has a rubber duck shape?  [European Space Agency]
    """
    if slot.draft.moved != "according":
        return None
    noun = slot.span.info.noun
    wh = "whom" if slot.kind == PERSON else f"which {noun}" if noun else None
    return slot.place(f"According to {wh}, ", slot.draft.start, slot.draft.start) if wh else REFUSE


@rule
def fronted_period_asked_at_the_end(slot: Slot):
    """A fronted "In the 19th century," is asked at the end of its clause.

    Example:
        In the 19th century the Krasny Garden was remodelled by Franciszek Mazur.
        -> The Krasny Garden was remodelled by Franciszek Mazur in which century?  [19th]
    """
    if slot.draft.moved != "in the":
        return None
    end = slot.draft.end
    return slot.place(" in which century" if slot.kind == CENTURY else " in which decade", end, end)


@rule
def fronted_time_asked_at_the_end(slot: Slot):
    """A fronted "On August 15, 1971," (or "in 1996, when ...") is asked at the end of its clause.

    Example:
        On August 15, 1971, the United States pulled out of the Bretton Woods Accord.
        -> The United States pulled out of the Bretton Woods Accord on what date?  [August 15, 1971]

    The question word never goes in front without "did": "From around what year Appert experimented ...?"
    is not a question.

    Example:
        From around 1795 Nicolas Appert experimented with ways of keeping food in sealed glass jars.
        -> Nicolas Appert experimented with ways of keeping food in sealed glass jars from around what year?  [1795]

    Example:
        By the end of 2022, Apple had sold more than 2.3 billion iPhones worldwide.
        -> Apple had sold more than 2.3 billion iPhones worldwide by the end of what year?  [2022]
    """
    draft = slot.draft
    if not draft.moved:
        return None
    wh = "what year" if slot.kind == YEAR else \
        "what month and year" if re.fullmatch(r"[A-Z][a-z]+\.?\s+(?:of\s+)?\d{4}", slot.span.text) else "what date"
    # "named a new programming language, Ada, in her honour": the name's closing comma comes back
    close = "," if apposition_left_open(draft) else ""
    return slot.place(f"{close} {draft.moved} {wh}", draft.end, draft.end)


_PARTICIPLE = (r"(?:[a-z]{3,}ed|built|written|made|founded|known|begun|drawn|held|won|led|given|taken|shown|seen|"
               r"sold|born|grown|chosen|spoken|laid|paid|set|run|hung|struck|sent|spent|lost|found|bought|brought|"
               r"taught|fought|kept|left|begun|done|designed|opened)")
# "The 25 de Abril Bridge, opened in 1966, is ...": a name, then a participle's aside between commas.
_ASIDE_START = re.compile(r"((?:The\s+)?[A-Z][\w'\u2019-]*(?:\s+(?!(?:is|was|are|were|has|had)\b)[\w'\u2019-]+){0,6}?),\s+"
                          + _PARTICIPLE + r"\b[^,]*$")


@rule
def answer_in_a_participle_aside(slot: Slot):
    """An answer inside an aside after the subject ("X, opened in 1966, is ...") is asked in a
    clause of its own: "X was opened in what year?" (never "X, opened in what year, is ...?").

    Example:
        The 25 de Abril Bridge, opened in 1966, is 2,277 metres long.
        -> The 25 de Abril Bridge was opened in what year?  [1966]
    """
    if slot.draft.moved:
        return None
    aside = _ASIDE_START.match(slot.text, slot.draft.start, slot.start)
    if aside is None or re.search(r"\b(?:and|or|which|who|that)\b", aside.group(1)):
        return None
    if re.match(r"(?:According\s+to|In|On|At|By|From|For|With|After|Before|During|Under)\s", aside.group(1)):
        # "According to the survey, published in the journal Nature, the lake holds ...": what the
        # participle describes is no subject, so no clause of its own can be made of it
        return REFUSE
    close = re.match(r"[^,]*,\s+(?=[a-z])", slot.after)
    if close is None:
        return None
    verb = re.match(r"(\w+)", slot.after[close.end():])
    last = aside.group(1).split()[-1]
    plural = verb.group(1) in ("are", "were", "have") if verb and verb.group(1) in ("are", "were", "have", "is", "was", "has") \
        else last.endswith("s") and not last.endswith(("ss", "us", "is"))
    aside_end = slot.end + close.start() + close.group(0).index(",")
    slot.notes["more"] = ((aside.end(1), aside.end(1) + len(re.match(r",\s+", slot.text[aside.end(1):]).group(0)),
                           " were " if plural else " was "),
                          (aside_end, slot.draft.end, ""))
    return None


# A phrase that opens the sentence with a participle, after a preposition or a subordinator or
# alone: "Born in Truro on 12 June 1955, ...", "Having trained in Leeds, ...", "After leaving
# school in 1956, ...".
_FRONTED_REDUCED = re.compile(r"(?:(?:After|Before|While|When|Since|On|Upon|By|Despite|Without|Though|Although|Once|"
                              r"If|Though|Whilst)\s+)?([A-Z][a-z]+)\s+(?=[a-z])")
_SUBJECT_OPENING = re.compile(r"(?:the|a|an|his|her|its|their|[A-Z][\w'\u2019.-]*)$")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


def main_clause_after(text: str, start: int, end: int) -> tuple[int, int, int, str] | None:
    """The main clause after a phrase put before it: where its comma is, where its subject
    starts and ends, and its verb (", Mary Penhale was ...", ", the house was sold ...")."""
    for comma in re.finditer(r",\s+", text[start:end]):
        at = start + comma.end()
        words = list(re.finditer(r"[\w'\u2019.-]+", text[at:min(end, at + 80)]))
        if not words or not _SUBJECT_OPENING.match(words[0].group(0)):
            continue
        for index, word in enumerate(words[1:8], 1):
            between = text[at + words[index - 1].end():at + word.start()]
            if between.strip():
                break  # a comma or a bracket: the subject goes no further
            token = word.group(0)
            if token[:1].islower() and (finite_verb(token) or token in AUXILIARIES):
                subject_words = [w.group(0) for w in words[:index]]
                if index == 1 and subject_words[0].lower() in ("the", "a", "an", "his", "her", "its", "their"):
                    break
                if any(w[:1].islower() and (finite_verb(w) or w in FUNCTION_WORDS - {"the", "of", "a", "an"})
                       for w in subject_words[1:]):
                    break
                return start + comma.start(), at, at + words[index - 1].end(), token
    return None


def _subject_as_written(slot: Slot, start: int, end: int) -> str:
    """The subject text[start:end] as the draft's edits write it ("he" read as the name it stands for)."""
    return Draft(slot.text, start, end, edits=[e for e in slot.draft.edits if start <= e[0] and e[1] <= end]).render()


@rule
def answer_in_a_fronted_participle(slot: Slot):
    """An answer inside a participle's phrase put before the subject ("Born in Truro on 12 June
    1955, Mary Penhale was ...") says a fact of its own: asked in the sentence, the question word
    sits in the phrase, not in the clause ("Born in Truro on what date, Mary Penhale was ...?").
    A past participle makes a clause of its own with the subject: "Mary Penhale was born in Truro
    on what date?". One after a preposition or in -ing ("After leaving school in 1956, ...",
    "Having trained in Leeds, ...") cannot be turned so: no question.

    Example:
        Born in Truro, Cornwall, on 12 June 1955, Mary Penhale was the youngest of four children of a fisherman.
        -> Mary Penhale was born in Truro, Cornwall, on what date?  [12 June 1955]

    Example:
        Having trained as a nurse in Leeds, Ruth Penrose moved to Exeter in 1962 with her sister.
        -> no question  [Leeds]
    """
    draft = slot.draft
    if draft.moved:
        return None
    opening = _FRONTED_REDUCED.match(slot.text, draft.start)
    if opening is None or opening.end() > slot.start:
        return None
    forms = {tense for _base, tense in readings(opening.group(1).lower())}
    if "participle" not in forms and "ing" not in forms:
        return None
    phrase = slot.text[opening.end():slot.start]
    if opening.group(1) in ("Having", "Being"):
        phrase = re.sub(r"^(?:been\s+)?\S+", "", phrase)  # "Having studied ...": the participle it takes
    if finite_verb(phrase):
        return None  # "Operating profit fell to £212 million": a clause's own verb comes before the answer
    following = re.match(r"[a-z]+", slot.text[opening.end():])
    if "ing" not in forms and following and following.group(0) not in PREPOSITIONS \
            and following.group(0) not in ("as", "by", "to") and not following.group(0).endswith("ly"):
        return None  # "Retired teacher Margaret Oyelaran ...": a participle before its noun, no phrase
    main = main_clause_after(slot.text, opening.end(), draft.end)
    if main is None or main[0] < slot.end:
        # the answer is in the main clause (or no main clause follows the phrase at all)
        return REFUSE if main is None and "," in slot.after else None
    comma, subject_start, subject_end, verb = main
    if "participle" not in forms or opening.start(1) != draft.start or slot.span.family == TERMS:
        return REFUSE  # (a term of the phrase, "Applied to the case, ...", is the text's own: "the case")
    subject = _subject_as_written(slot, subject_start, subject_end)
    if subject.lower() in _SUBJECT_PRONOUNS:
        return REFUSE  # "Born in 1920, he ...": whom "he" stands for is not in the clause
    plural = verb in ("are", "were", "have") or (verb not in ("is", "was", "has")
                                                  and re.search(r"[a-z][^s]s$", subject) is not None
                                                  and subject.split()[-1][:1].islower())
    subject = subject[:1].upper() + subject[1:]
    start = draft.start
    slot.notes["more"] = ((start, start, f"{subject} {'were' if plural else 'was'} "),
                          (start, start + 1, slot.text[start].lower()),
                          (comma, draft.end, ""))
    slot.notes["more_by"] = "shared.answer_in_a_fronted_participle"
    return None


# "fed by glaciers high above", "flowing past the old mill": a participle and a phrase of its own
_PARTICIPLE_AND_ITS_PHRASE = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|ing)\s+(?:" + "|".join(sorted(PREPOSITIONS))
                                        + r")\s+\S+")
_PHRASE_OPENING = re.compile(r"\s*(?:(?:[a-z]+ly|just|only|some|about)\s+)?(?:" + "|".join(sorted(PREPOSITIONS)) + r")\b")


@rule
def phrase_after_an_aside_with_its_own_verb(slot: Slot):
    """A phrase after an aside that has a verb of its own ("..., the tidal river where a wave
    surges upstream, at speeds of up to 20 kilometres an hour") may say how that verb's action
    goes, not the main clause's: with the aside gone, "The village stands beside the Severn at
    speeds of up to how many kilometres an hour?" joins the figure to the wrong verb, and with
    it the question reads as the text does, unsure. No question.

    Example:
        The village stands beside the Severn, the tidal river where a wave called the bore surges upstream, at speeds of up to 20 kilometres an hour.
        -> no question  [20]
    """
    if slot.text.count(", ", slot.draft.start, slot.start + 1) < 2:
        return None  # no aside before the answer's piece
    pieces = comma_pieces(slot.text, slot.draft.start, slot.draft.end)
    index = next((i for i, (a, b) in enumerate(pieces) if a <= slot.start < b), None)
    if index is None or index < 2:
        return None
    a, b = pieces[index]
    aside = slot.text[pieces[index - 1][0]:pieces[index - 1][1]]
    if not _PHRASE_OPENING.match(slot.text, a) or finite_verb(slot.text[a:b]):
        return None  # the answer's piece is a clause of its own ("..., in 1890 it opened ...")
    relative = re.search(r"\b(?:where|which|who|that|when|whose)\b", aside)
    if (relative and finite_verb(aside[relative.end():])) or _PARTICIPLE_AND_ITS_PHRASE.match(aside):
        return REFUSE
    return None


@rule
def conversion_or_range(slot: Slot):
    """A figure in brackets or one end of a dashed range is no fact of its own.

    Example:
        The war lasted from 1939 – 1945 in Europe.
        -> no question  [1939]
    """
    text = slot.text
    if _OPENS_A_RANGE.search(text, slot.draft.start, slot.start) or _RANGE_GOES_ON.match(text, slot.end):
        return REFUSE
    return None


_RUN_PREPOSITIONS = r"(?:in|at|on|from|to|for|with|near|by|through|across|into|under|during|off|outside|inside|among|along|of)"
# Where one phrase of a run ends and the next begins: ", in Novgorod", " and at Bruges", ", and in".
_MEMBER_BREAK = re.compile(r"(,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?=" + _RUN_PREPOSITIONS + r"\s)")
_RUN_PREPOSITION = re.compile(r"\b" + _RUN_PREPOSITIONS + r"\s")


def _plain_phrase(piece: str) -> bool:
    """A piece of a run: no comma, no semicolon and no verb of its own ("in Novgorod in 1392")."""
    return not re.search(r"[,;:()]", piece) and not finite_verb(piece)


def _phrase_ends_the_piece(piece: str) -> int | None:
    """Where the phrase of a run that ends the piece before the run's first break begins: the
    first preposition after the piece's last verb ("opened offices at Bergen in Norway in 1360"
    -> "at Bergen ..."); None when the piece ends with no such phrase."""
    return next((m.start() for m in _RUN_PREPOSITION.finditer(piece) if _plain_phrase(piece[m.start():])), None)


def parallel_run_around(text: str, begin: int, finish: int, start: int, end: int) -> list[tuple[int, int]]:
    """The other phrases of the run of parallel phrases that text[start:end] is in, inside the
    clause text[begin:finish] ([] when it is in none): in "at Bergen in 1360, in Novgorod in 1392
    and at Bruges in 1410" or "at Ely in 1998 and at Wells in 2003". Two or more phrases, each
    opening with a preposition and with no verb of its own, the last joined with "and" or "or"."""
    breaks = [m for m in _MEMBER_BREAK.finditer(text, begin, finish)]
    if not breaks:
        return []
    before = [m for m in breaks if m.end() <= start]
    after = [m for m in breaks if m.start() >= end]
    own_start = before[-1].end() if before and _plain_phrase(text[before[-1].end():start]) else None
    own_end = after[0].start() if after and _plain_phrase(text[end:after[0].start()]) else None
    if own_start is None and own_end is None:
        return []
    if own_start is None and _phrase_ends_the_piece(text[begin:end]) is None:
        return []  # the answer is in the clause's own words, before the run
    if own_end is None:
        stop = re.search(r"[,;]", text[end:finish])
        if not _plain_phrase(text[end:end + stop.start()] if stop else text[end:finish]):
            return []  # "and in Korea the Buddhist text ... was printed": a clause of its own, no phrase
    others: list[tuple[int, int]] = []
    joins: list[str] = []
    if own_end is not None:  # the phrases after the answer's, each up to the next break
        for index, join in enumerate(after):
            stop = after[index + 1].start() if index + 1 < len(after) else finish
            cut = re.search(r"[,;]", text[join.end():stop])
            if not _plain_phrase(text[join.end():join.end() + cut.start()] if cut else text[join.end():stop]):
                break
            others.append((join.end(), join.end() + cut.start() if cut else stop))
            joins.append(join.group(1))
            if cut:
                break
    if own_start is not None:  # the phrases before the answer's
        for index in range(len(before) - 1, -1, -1):
            join = before[index]
            piece_start = before[index - 1].end() if index else begin
            piece = text[piece_start:join.start()]
            if index and _plain_phrase(piece):
                others.insert(0, (piece_start, join.start()))
                joins.insert(0, join.group(1))
                continue
            tail = piece.rsplit(",", 1)[-1]
            opens = _phrase_ends_the_piece(tail)
            if opens is not None:
                others.insert(0, (join.start() - len(tail) + opens, join.start()))
                joins.insert(0, join.group(1))
            break
    return others if joins and re.search(r"\b(?:and|or)\b", joins[-1]) else []


@rule
def one_of_a_run_of_parallel_phrases(slot: Slot):
    """One phrase of a run of parallel phrases ("in Leeds in 1921, in York in 1922 and in Hull in
    1923") is no clause's own: "performed in Leeds in 1921, in which city in 1922 and in Hull in
    1923?" drops the question word into the middle of a list. What the run's phrases share is
    asked ("found at Ballarat and at Bendigo in what year?"): only an answer another phrase of
    the run has its own of is refused.

    Example:
        The touring company performed in Leeds in 1921, in York in 1922 and in Hull in 1923.
        -> no question  [1921]

    Example:
        The choir of St Mawes sang at Ely in 1998 and at Wells in 2003.
        -> no question  [2003]
    """
    if slot.draft.moved:
        return None
    others = parallel_run_around(slot.text, slot.draft.start, slot.draft.end, slot.start, slot.end)
    if any(same_sort(s, slot.span) and a <= s.start and s.end <= b for a, b in others for s in slot.spans):
        return REFUSE
    return None


_NUMBER = r"(?:\d[\d,.]*|one|" + "|".join(sorted(w for w in NUMBER_WORDS if w.isalpha())) + r")"
_RANGE_BEFORE = re.compile(r"\b" + _NUMBER + r"\s+(?:or|to)\s+$|\bbetween\s+" + _NUMBER
                           + r"(?:\s+[a-z]+)?\s+and\s+$")
_CHANGE_BEFORE = re.compile(r"\bfrom\s+\S+\s+to\s+$", re.I)
_RANGE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:or|to|and)\s+" + _NUMBER + r"\b")


@rule
def one_end_of_a_range(slot: Slot):
    """One end of a range or of two figures offered as alternatives ("five or six weeks", "three to
    five eggs", "between 40 and 50 days") is no figure of its own: "five or how many weeks?" gives
    the answer away and asks nothing the text says. ("From 5 to 7 per cent" is a change: its ends
    are asked.)

    Example:
        Each blackbird nest usually holds three to five eggs in spring.
        -> no question  [five]

    Example:
        A newborn foal usually stands within one or two hours of its birth.
        -> no question  [two]
    """
    if slot.span.family != AMOUNTS and slot.kind != YEAR:
        return None
    lead = slot.text[max(slot.draft.start, slot.start - 60):slot.start]
    if _RANGE_BEFORE.search(lead) and not _CHANGE_BEFORE.search(lead):
        return REFUSE
    after = _RANGE_AFTER.match(slot.text, slot.end)
    if after is None:
        return None
    joined = after.group(0).split()[-2]
    if joined == "to" and re.search(r"\bfrom\s+$", lead):
        return None  # "rose from 5 to 7 per cent": a change
    if joined == "and" and not re.search(r"\bbetween\s+$", lead):
        return None  # "in 1998 and 2003": two figures, each a fact (the list rules read them)
    return REFUSE


@rule
def clause_without_its_verb(slot: Slot):
    """A clause that leaves out the verb it shares with the one before ("Grants made up 47 per
    cent, donations from the public 28 per cent, ...") has no verb to ask with: "donations from
    the public what percentage" is no question.

    Example:
        Ticket sales made up 61 per cent, gifts from members 22 per cent, and grants 17 per cent.
        -> no question  [22 per cent]
    """
    lead = slot.lead
    comma = lead.rfind(", ")
    if comma < 0:
        return None
    piece = re.sub(r"^(?:and|or|but)\s+", "", lead[comma + 2:])
    words = piece.split()
    if not words or not words[0].islower() or words[0] in PREPOSITIONS or words[0] in FUNCTION_WORDS \
            or words[0].endswith(("ing", "ed")) or words[-1] in PREPOSITIONS \
            or any((w in AUXILIARIES or w in IRREGULAR_PAST or w.endswith("ed")) and following != "by"
                   for w, following in zip(words, words[1:] + [""])):
        return None  # a clause of its own ("profits rose 22 per cent"); "and fees paid by members 17 per cent" is not
    at = slot.draft.start + comma
    if any(same_sort(s, slot.span) and s.end <= at and re.fullmatch(r"(?:\s+[a-z]+){0,3}", slot.text[s.end:at])
           for s in slot.spans):
        return REFUSE
    return None


_FIGURE_ALONE_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}\s*(?:,|$)")
_COMMA_BEFORE = re.compile(r"[a-z]\s*,\s+(?:(?:about|around|nearly|almost|some|over|roughly|approximately|just|"
                           r"more\s+than|less\s+than|fewer\s+than)\s+)?$")


@rule
def figure_renaming_the_noun_before(slot: Slot):
    """A figure set between commas after a noun renames it ("the strongest gust of the month, 104
    kilometres per hour, recorded at ..."): "..., how many kilometres per hour?" asks nothing a
    clause says.

    Example:
        The highest reading, 31 degrees, was taken at Portmellon in July.
        -> no question  [31]
    """
    if slot.span.family == AMOUNTS and _COMMA_BEFORE.search(slot.lead) \
            and _FIGURE_ALONE_AFTER.match(slot.text, slot.end, slot.draft.end):
        return REFUSE
    return None


@rule
def inside_a_larger_name(slot: Slot):
    """After a possessive or a number the answer is part of a larger name.

    Example:
        Officials prepared the 2014 Winter Games in Sochi for many years.
        -> no question  [Winter Games]
    """
    if _OWNER_OR_NUMBER_BEFORE.search(slot.lead):
        return REFUSE
    return None


# A particle inside a name of another language: "the Bibliothèque nationale de France", "the
# Palazzo della Ragione", "the Rijksmuseum van Oudheden" ("de which country" is no phrase).
_NAME_PARTICLE_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+[a-zà-ÿ]+)?\s+(?:de|du|des|di|da|del|della|delle|dei|"
                                   r"von|van|der|den|het|la|le|les|y)\s+$")


@rule
def after_a_particle_of_a_name(slot: Slot):
    """After a particle of a name in another language the answer is part of that name ("the
    Bibliothèque nationale de which country" is no phrase), and swapped it makes a name no one
    gives.

    Example:
        The notebooks of Marie Curie are kept at the Bibliothèque nationale de France in Paris.
        -> no question  [France]
    """
    if _NAME_PARTICLE_BEFORE.search(slot.lead):
        return REFUSE
    return None



# An honour's name goes on after its head word with the field it is given in: "the Nobel Prize in
# Physiology or Medicine", "the Royal Medal for Engineering", "the Cup for Best in Show" is not.
_HONOURS = r"(?:Prize|Award|Medal|Trophy|Cup|Shield|Chair|Fellowship|Professorship|Lectureship)"
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_HONOUR_FIELD_BEFORE = re.compile(r"(?=[PAMTCSFL])" + _HONOURS + r"\s+(?:in|for|of)\s+(?:[A-Z][\w'-]*\s+(?:(?:or|and|of|in)\s+)?)*$")
_HONOUR_FIELD_AFTER = re.compile(r"\s+(?:in|for|of)\s+[A-Z][\w'-]*")
_HONOUR_AT_THE_END = re.compile(_HONOURS + r"$")


@rule
def inside_the_name_of_an_honour(slot: Slot):
    """An honour named with its field ("the Nobel Prize in Physiology or Medicine") is one name:
    neither its field ("Physiology or which subject") nor its first words ("which prize in
    Physiology or Medicine") are asked, and the name gives its field away.

    Example:
        In 1962 Max Perutz shared the Nobel Prize in Chemistry with John Kendrew.
        -> no question  [Chemistry]

    Example:
        In 1962 Max Perutz shared the Nobel Prize in Chemistry with John Kendrew.
        -> no question  [Nobel Prize]
    """
    if slot.span.text[:1].isupper() and _HONOUR_FIELD_BEFORE.search(slot.lead):
        return REFUSE
    if _HONOUR_AT_THE_END.search(slot.span.text) and _HONOUR_FIELD_AFTER.match(slot.after):
        return REFUSE
    return None


# "St Aldhelm's Church", "King's College": a possessive before a capitalised noun that says a
# kind of place or body is part of a name ("the European Space Agency's Rosetta probe" is not).
_POSSESSIVE_OF_A_NAME = re.compile(r"[\u2019']s\s+([A-Z][a-z]+)\b")


@rule
def possessive_inside_a_name(slot: Slot):
    """A possessive name before a capitalised noun is part of a larger name ("St Aldhelm's
    Church"): "whose Church" is no question.

    Example:
        The choir of St Winifred's Church sang at the opening of the bridge in 1910.
        -> no question  [St Winifred]
    """
    named = _POSSESSIVE_OF_A_NAME.match(slot.after)
    if named is None:
        return None
    saint = re.search(r"\b(?:St\.?|Saint)\s+$", slot.lead) or re.match(r"(?:St\.?|Saint)\s", slot.span.text)
    if named.group(1).lower() in HEAD_KINDS or saint:
        return REFUSE  # "St Luke's Infirmary": a saint's name in a building's, whatever the building
    return None


_CLAUSE_ENDS = re.compile(r"\s*(?:,|$)")
_NOUN_AND_COMMA_BEFORE = re.compile(r"\b[a-z]{3,},\s+$")
_THE_NOUN_AND_COMMA_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?[a-z]+,\s+$")


@rule
def name_renaming_the_noun_before(slot: Slot):
    """A name after a noun and a comma, ending its clause, renames the noun ("after her native
    country, Poland"): "after her native country, which country?" says it twice. (After "the
    capital city," the places rules ask "which capital city".)

    Example:
        Anna Berg named the ship after her adopted country, Norway.
        -> no question  [Norway]
    """
    if _CLAUSE_ENDS.match(slot.after) and _NOUN_AND_COMMA_BEFORE.search(slot.lead) \
            and not _THE_NOUN_AND_COMMA_BEFORE.search(slot.lead) and slot.kind not in _COUNTED \
            and (slot.kind != PERSON or not slot.after.strip()):  # (the people rules read "The mayor, John Smith, ...")
        return REFUSE
    return None


@rule
def possessive_goes_with_the_answer(slot: Slot):
    """"Kenya's", "the United States' ": the possessive mark goes with the answer ("whose").

    Example:
        The programme was based on Ottilie Brandvold's theory of ice ages in 1921.
        -> The programme was based on whose theory of ice ages in 1921?  [Ottilie Brandvold]
    """
    possessive = _POSSESSIVE_AFTER.match(slot.after)
    if possessive:
        slot.possessive = possessive
        slot.end += possessive.end()
        slot.after = slot.text[slot.end:slot.draft.end]
    return None


@rule
def first_of_two_after_between(slot: Slot):
    """The first of the two things "between" joins ("between the green Ljubljanica river and a
    wooded hill"): a question cut at its "and" would ask "between which river?".

    Example:
        The old town of Kranj is squeezed between the green Sava river and a wooded hill.
        -> no question  [Sava]
    """
    if "between" in slot.lead and re.search(r"\bbetween\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$", slot.lead) \
            and re.match(r"(?:\s+[a-z]+){0,2}\s+and\s", slot.text[slot.end:]):  # (past a clause cut at "and")
        return REFUSE
    return None


@rule
def first_of_a_pair(slot: Slot):
    """The first of two names joined by "and": "which city and Houston" reads badly.

    Example:
        Flights left Denver and Houston for the coast in 1999.
        -> no question  [Denver]
    """
    following = _AND_A_NAME.match(slot.after)
    if following and any(same_sort(s, slot.span) and s.start == slot.end + following.start(1) for s in slot.spans):
        return REFUSE
    return None


_DESCRIBED_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+ing|goalkeeper|striker|defender|midfielder|forward|captain|coach|squad|side|team|fans|"
    r"players?|officials?|market|markets|trading)\b")
_DESCRIBED_PLURAL_AND_VERB_AFTER = re.compile(
    r"\s+([a-z]{3,}s)\s+(?:had|have|are|were|will|would|could|must|can|[a-z]{3,}ed)\b")
# Adverbs in -s that may stand between a person's name and the verb: "Darwin always had ...".
_ADVERBS_IN_S = frozenset({"always", "sometimes", "afterwards", "nevertheless", "nonetheless", "towards",
                           "perhaps", "thus", "besides", "alias", "nowadays", "otherwise", "himself"})


def _plural_noun_and_verb_after(slot: Slot) -> bool:
    """Whether a plural noun and a verb follow the name ("OPEC ministers had ...", "St Anselm
    Hospice volunteers raised ..."): the name describes that noun. After a person's name the word
    must be no adverb ("Darwin always had ...") nor a verb's form."""
    plural = _DESCRIBED_PLURAL_AND_VERB_AFTER.match(slot.after)
    if plural is None:
        return False
    if slot.kind != PERSON:
        return True
    word = plural.group(1)
    return word not in _ADVERBS_IN_S and word not in FUNCTION_WORDS and not readings(word)


@rule
def name_used_as_an_adjective(slot: Slot):
    """A name in front of a noun ("Argentina goalkeeper", "Paris trading") describes the noun.

    Example:
        The Argentina goalkeeper Emiliano Martinez saved two penalties in the final.
        -> no question  [Argentina]
    """
    if slot.span.names_a_kind and _DESCRIBED_NOUN_AFTER.match(slot.after):
        return REFUSE
    if slot.span.names_a_kind and _plural_noun_and_verb_after(slot):
        return REFUSE  # "OPEC ministers had not developed ...": the name describes the ministers
    return None


_NOUNS_THEN_A_NAME = re.compile(r"\s+((?:[a-z]+\s+){1,3})[A-Z]")


@rule
def name_describing_a_named_person(slot: Slot):
    """A name before nouns and another person's name describes that person ("the Glasgow glass
    painter Annie Ferrier"): "by which city glass painter Annie Ferrier" is no question.

    Example:
        The chapel window was made in 1889 by the Edinburgh glass painter Morag Lindsay.
        -> no question  [Edinburgh]
    """
    nouns = _NOUNS_THEN_A_NAME.match(slot.after)
    if slot.span.names_a_kind and slot.kind != PERSON and nouns \
            and all(describing_word(word) for word in nouns.group(1).split()):
        return REFUSE
    return None


@rule
def plural_name_as_subject(slot: Slot):
    """"Which waterfall in Laos are ...": a name whose verb is plural cannot become "which X".

    Example:
        The Khone Falls in southern Laos are the largest falls in the region.
        -> no question  [Khone Falls]
    """
    if slot.span.names_a_kind and slot.kind != PERSON and slot.opening \
            and re.match(r"(?:\s+(?:in|of|on|near)\s+[^,]{1,30}?)?\s+(?:are|were|have)\b", slot.after):
        return REFUSE
    return None


@rule
def one_of_a_list(slot: Slot):
    """One name of a list of names: "in which place, Bamburi and Kilifi" reads badly, and so
    does the first of a pair: "two half-brothers named whom and Belgutei".

    Example:
        Ships sailed from Mombasa, Cairo, and Lisbon to India in 1500.
        -> no question  [Mombasa]

    Example:
        Temujin also had two half-brothers named Begter and Belgutei in the camp.
        -> no question  [Begter]
    """
    span = slot.span
    listed = _NAMES_LISTED_AFTER.match(slot.after) or (
        span.names_a_kind or span.kind == PERSON) and _SECOND_OF_A_PAIR_AFTER.match(slot.after)
    in_country = span.kind == CITY and any(s.kind in (COUNTRY, STATE, REGION) and s.start == slot.end + 2
                                             for s in slot.spans)
    if listed and not in_country and span.kind not in _COUNTED:
        return REFUSE
    return None


@rule
def first_of_a_list_of_examples(slot: Slot):
    """The first of a list of examples ("like Czerniaków Lake, the lakes in ...") is no fact alone.

    Example:
        There are several lakes in Tarnow, like Miller Lake, the lakes in the Oak Park, Stone Lake.
        -> no question  [Miller Lake]
    """
    if _EXAMPLES_BEFORE.search(slot.lead) \
            and LIST_GOES_ON.match(slot.after) and slot.kind not in (YEAR, DATE):
        return REFUSE
    return None


_LIST_COMMA = re.compile(r",\s+(?:(?:and|or)\s+)?(?:the\s+)?")


@rule
def last_of_a_list(slot: Slot):
    """The last of a list: "like Czerniaków Lake, the lakes in the Łazienki, which lake".

    Example:
        Ships sailed from Mombasa, Cairo, and Lisbon to India in 1500.
        -> no question  [Lisbon]
    """
    text, start = slot.text, slot.start
    if any(same_sort(s, slot.span) and s.end <= start
           and _LIST_COMMA.fullmatch(text[s.end:start])
           for s in slot.spans) and slot.kind not in _COUNTED:
        return REFUSE
    return None


@rule
def second_half_of_a_broken_pair(slot: Slot):
    """"the East and which park": the word before "and" is no whole name of the same sort.

    Example:
        A new road was built between the West and Hyde Park in London.
        -> no question  [Hyde Park]
    """
    span = slot.span
    prefix = _BRACKETED.sub("", slot.lead)  # asides are not read
    joined = _NAME_AND_BEFORE.search(prefix)
    if joined and span.kind != PERSON \
            and not any((s.kind == span.kind or (s.names_a_kind and span.names_a_kind
                                                 and (s.kind != NAME or len(s.text.split()) >= 2)))
                        and s.text.endswith(joined.group(1)) and s.end <= slot.start for s in slot.spans):
        return REFUSE
    return None


@rule
def inside_a_modified_phrase(slot: Slot):
    """"the first Winter Games", "the southern Alps": the answer is inside a larger phrase.

    Example:
        The team won the first Stanley Cup in its history in 1999.
        -> no question  [Stanley Cup]
    """
    return REFUSE if slot.before_word in NP_MODIFIERS else None


_FRONTED_PREPOSITION = re.compile(r"(?:In|On|At|By|From|During|After|Before|Across|Along|Like|Unlike|As|Among|With|"
                                  r"Without|Despite|Under|Over|Through|Near|Following)\s")


@rule
def fronted_phrase_needs_inversion(slot: Slot):
    """"In Romania and which country the Danube forms ...?" would need the clause turned round.

    Example:
        In Romania and Bulgaria the Danube forms a long border between them.
        -> no question  [Bulgaria]
    """
    lead = slot.lead
    if _FRONTED_PREPOSITION.match(lead) and "," not in lead \
            and not verbish(lead) and slot.kind not in (YEAR, DATE):
        return REFUSE
    return None


@rule
def subject_joined_by_and(slot: Slot):
    """"Who and his empire have ...?" reads badly.

    Example:
        Kublai Khan and his court moved to Beijing in 1264.
        -> no question  [Kublai Khan]
    """
    if slot.at_clause_start and re.match(r"\s+and\s", slot.after) and slot.kind not in (YEAR, DATE):
        return REFUSE
    return None


_VERB_AHEAD = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,5}?(?:" + "|".join(sorted(AUXILIARIES | IRREGULAR_PAST))
                         + r"|[a-z]{3,}ed)\b")


_PREPOSITION_OR_AND_BEFORE = re.compile(r"\b(?:in|at|on|near|of|from|for|with|by|and|or)\s+(?:the\s+)?$")


@rule
def inside_the_subject(slot: Slot):
    """An answer inside the clause's subject, before its verb ("The 1998 Games in which city
    brought ...?", "Farmers digging a well near which city discovered ...?") would need the
    clause turned round; only "Name of which country won ..." reads well.

    Example:
        The 1998 Games in Nagano brought 2,176 athletes from 72 nations.
        -> no question  [Nagano]
    """
    lead = slot.lead
    if slot.at_clause_start or "," in lead or slot.draft.moved or len(lead.split()) < 2 \
            or not _PREPOSITION_OR_AND_BEFORE.search(lead):
        return None  # only an answer after a preposition or an "and" inside the subject
    if has_lowercase_verb(lead):
        return None  # the verb comes before the answer: the answer is in the predicate
    if re.fullmatch(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*\s+(?:of|in|from)\s+(?:the\s+)?", lead):
        return None  # "Eliud Kipchoge of which country won ...?", "Pyeongchang in which country ...?"
    if _VERB_AHEAD.match(slot.after):
        return REFUSE
    return None



# The noun's phrase goes on after the place that says where: "the only gateway in England still
# with its barbican", "the only island in Britain cut off twice a day", "the first woman in
# Norway to vote".
_NOUN_AND_ITS_PLACE = re.compile(r"\b([a-z]{3,})\s+(?:in|of|from)\s+(?:the\s+)?$")
_PHRASE_GOES_ON = re.compile(r"\s+(?:still|also|ever|yet|with|without|to|that|who|whose|[a-z]{3,}ed|[a-z]{3,}ing|"
                             r"cut|built|made|known|held|run|kept|left|set|lived|found|seen|shown|given)\b")


@rule
def place_inside_a_noun_phrase_that_goes_on(slot: Slot):
    """A place between a noun and the words that go on describing it after the verb ("is the only
    gateway in which country still with its barbican?") reads as a relative clause ("in which
    ... still with") and would need the phrase turned round: not asked.

    Example:
        Lindisfarne is the only island in Britain cut off twice a day by the sea.
        -> no question  [Britain]
    """
    if not slot.span.names_a_kind or slot.kind == PERSON:
        return None
    noun = _NOUN_AND_ITS_PLACE.search(slot.lead)
    if noun is None or not describing_word(noun.group(1)) or not _PHRASE_GOES_ON.match(slot.after):
        return None
    if finite_verb(slot.lead[:noun.start()]):
        return REFUSE  # the noun is in the predicate: what follows the place is the noun's
    return None
