"""Who made what: who coined, invented, founded, discovered, designed, wrote or named a thing
("Who invented the telephone?" -> Alexander Graham Bell), what someone made ("What did
Alexander Fleming discover?" -> penicillin), and who or what a thing is named after.

The maker must be a person the names finder knows as one, alone (not "Morse and his
assistant"): "Who invented ...?" has one answer. The thing made must make sense without the
document: "the telephone" does, "the system" does not.
"""

from __future__ import annotations

import re

from game.generate import verbs
from dataclasses import replace

from game.generate.kinds import CREATION, MAKERS, NAME, PERSON, Span
from game.generate.lexicon import fold, word_map, word_set
from game.generate.rules.base import rule_list
from game.generate.rules.clauses import (
    MAX_QUESTION_CHARS,
    VAGUE_HEADS,
    Asked,
    Clause,
    lower_first,
    stands_alone,
    without_article,
)

FAMILIES = (MAKERS,)
RULES, rule = rule_list(__name__)

# participle -> the past a "Who ...?" question uses ("written" -> "wrote")
MAKING = word_map("making_verbs")
_MAKING = "|".join(sorted(MAKING, key=len, reverse=True))
# What a made thing is, by how it was made: its wrong options are things made the same way.
_SORTS = {"invent": "invention", "devise": "invention", "develop": "invention", "design": "invention",
          "pioneer": "invention", "patent": "invention", "build": "invention", "formulate": "idea",
          "found": "foundation", "establish": "foundation", "discover": "discovery", "write": "work",
          "compose": "work", "paint": "work", "coin": "word", "name": "name"}
_NOT_PEOPLE = word_set("institution_words") | word_set("organisation_kinds") | word_set("place_kinds")
_MADE_BY = re.compile(r"\b(?:" + "|".join(sorted(MAKING)) + r")\b(?:\s+\S+){0,4}\s+by\s")
_ROLE_BEFORE = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:[A-Za-z-]+\s+){0,2}?$")
_AFTER_MAKER = re.compile(r"\s*(?:$|,|\s(?:in|around|about|during|at|on|while|after|before|when|from|because)\s)")
_PASSIVE = re.compile(r"(?P<thing>.+?)\s+(?P<aux>was|were|is|are|has\s+been|had\s+been)\s+"
                      r"(?P<adverb>(?:first|originally|later|jointly)\s+)?(?P<verb>" + _MAKING + r")\s+"
                      r"(?P<extra>(?:in|around|about|during|on)\s+[^,]{1,30}?\s+)?by\s+")


def _person_at(clause: Clause, position: int) -> Span | None:
    """The person named from `position` on, after at most a role ("the engineer ..."), and
    alone: "by Morse and his assistant Alfred Vail" names two. A name of unknown kind of two or
    three words ("Hiram Sibley") is a person here: "founded by" names its founder."""
    for span in clause.spans:
        if span.start < position or span.start > position + 40:
            continue
        if span.kind == NAME and 2 <= len(span.text.split()) <= 3 and \
                not set(fold(span.text).split()) & _NOT_PEOPLE:
            span = replace(span, kind=PERSON)
        if span.kind != PERSON:
            continue
        between = clause.masked[position:span.start]
        if not _ROLE_BEFORE.fullmatch(between):
            return None
        if re.match(r",?\s+(?:and|or|with)\s", clause.masked[span.end:clause.end]):
            return None
        if not _AFTER_MAKER.match(clause.masked, span.end):
            return None
        return span
    return None


def _thing(clause: Clause, phrase: str, kinds_ok: bool = False) -> str | None:
    """The thing made as a question names it, or None when it needs the document ("the
    telephone" names a kind of thing when it was invented, `kinds_ok`)."""
    phrase = re.sub(r",\s+(?:a|an|the)\s[^,]*,\s*", " ", phrase).strip()  # "The Beaufort scale, a scale that ..., "
    if "," in phrase or not phrase or len(phrase.split()) > 8:
        return None
    words = phrase.split()
    if len(words) <= 2 and fold(words[-1]) in VAGUE_HEADS:
        return None  # "the system", "a method"
    return stands_alone(clause, lower_first(clause, phrase), kinds_ok=kinds_ok)


def _sort(participle: str) -> str:
    past = MAKING[participle]
    base = verbs.base_of(past, verbs.PAST) or verbs.base_of(participle, verbs.PARTICIPLE) or past
    return _SORTS.get(base, "")


def _names_kinds(participle: str) -> bool:
    """Whether "the X" made this way is a kind of thing ("invented the telephone"), not one
    thing of the text ("founded the company")."""
    return _sort(participle) in ("invention", "discovery", "idea", "word")


def _asked(clause: Clause, maker: Span, thing: str, thing_start: int, verb: str, adverb: str = "",
           passive: str = "", stated: bool = True) -> list[Asked]:
    """The questions about a maker and a thing made: "Who invented X?" (with the fact stated in
    the sentence's own words: actively, or with `passive`, the auxiliary it used) and, where
    the thing is short and the maker named in full, "What did Y invent?"."""
    past = MAKING[verb]
    base = verbs.base_of(past, verbs.PAST) or verbs.base_of(verb, verbs.PARTICIPLE) or past
    question = f"Who {adverb}{past} {thing}?"
    if len(question) > MAX_QUESTION_CHARS or {w for w in fold(maker.text).split() if len(w) >= 4} & set(fold(thing).split()):
        return []  # "Who developed the Richter scale?": the prompt gives the answer away
    identity = f"made:{fold(thing)}"
    if passive:
        statement = f"{thing[:1].upper() + thing[1:]} {passive} {adverb}{verb} by {maker.text}."
        swap = (len(statement) - len(maker.text) - 1, len(statement) - 1)
    else:
        statement = f"{maker.text} {adverb}{past} {thing}."
        swap = (0, len(maker.text))
    asked = [Asked(PERSON, question, maker.text, maker.start, maker.end, form="person", sort=_SORTS.get(base, ""),
                   about=fold(thing), statement=statement if stated else None, swap=swap, identity=identity)]
    made = thing if re.match(r"the\s+(?:first|second|last|only|[a-z]+est)\s", thing, re.I) else without_article(thing)
    at = clause.text.lower().find(made.lower(), thing_start) if thing_start >= 0 else -1
    if at >= 0:
        made = clause.text[at:at + len(made)]
        made = made if not made[:1].isupper() or clause.is_name(made.split()[0]) else made[:1].lower() + made[1:]
    surname = fold(maker.text.split()[-1])
    if at >= 0 and len(made.split()) <= 5 and surname not in fold(made).split() and len(maker.text.split()) >= 2:
        reverse = f"What did {maker.text} {adverb}{base} ?".replace(" ?", "?")
        accept = (thing,) if thing != made else ()
        asked.append(Asked(CREATION, reverse, made, at, at + len(made), form="creation",
                           sort=_SORTS.get(base, ""), about=fold(maker.text), accept=accept, identity=identity))
    return asked


@rule
def made_by_someone(clause: Clause):
    """A thing that "was invented by" (founded, discovered, designed, written ...) one person.

    Example:
        The telephone was invented by Alexander Graham Bell in 1876.
        -> Who invented the telephone?  [Alexander Graham Bell]

    Example:
        Penicillin was discovered by Alexander Fleming in 1928.
        -> What did Alexander Fleming discover?  [penicillin]
    """
    match = _PASSIVE.match(clause.masked, clause.start, clause.end) if _MADE_BY.search(clause.body) else None
    if match is None:
        return None
    maker = _person_at(clause, match.end())
    if maker is None:
        return None
    thing = _thing(clause, match.group("thing"), _names_kinds(match.group("verb")))
    if thing is None:
        return None
    adverb = "first " if match.group("adverb") and match.group("adverb").strip() == "first" else ""
    return _asked(clause, maker, thing, match.start("thing"), match.group("verb"), adverb,
                  passive=" ".join(match.group("aux").split()))


_APPOSITIVE = re.compile(r",\s+(?P<verb>" + _MAKING + r")\s+(?P<extra>(?:in|around|about)\s+\d{4}\s+)?by\s+")


@rule
def made_by_in_apposition(clause: Clause):
    """A thing followed by ", invented by ..." between commas or at the clause's end.

    Example:
        The first successful engine was the atmospheric engine, invented by Thomas Newcomen around 1712.
        -> Who invented the atmospheric engine?  [Thomas Newcomen]
    """
    if not _MADE_BY.search(clause.body):
        return None
    for match in _APPOSITIVE.finditer(clause.masked, clause.start, clause.end):
        maker = _person_at(clause, match.end())
        if maker is None:
            continue
        before = clause.masked[clause.start:match.start()].rstrip()
        if not before:
            continue
        if re.fullmatch(r"(?:The\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*", before):
            phrase, phrase_start = before, clause.start  # "Western Union, founded by ..."
        else:
            named = _LAST_NOUN_PHRASE.search(before)
            if named is None:
                continue
            phrase, phrase_start = named.group(0), clause.start + named.start()
        thing = _thing(clause, phrase, _names_kinds(match.group("verb")))
        if thing is None:
            continue
        return _asked(clause, maker, thing, phrase_start, match.group("verb"), stated=False)
    return None


# The noun phrase that ends a clause: "... was the atmospheric engine".
_LAST_NOUN_PHRASE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:is|was|are|were|the|a|an)\b)[\w-]+\s+){0,4}"
                               r"(?!(?:is|was|are|were)\b)[\w-]+$")
_ACTIVE_VERBS = {past: participle for participle, past in MAKING.items()}
_ACTIVE = re.compile(r"(?P<verb>" + "|".join(sorted(_ACTIVE_VERBS, key=len, reverse=True)) + r")\s+(?P<thing>.+)")
_THING_END = re.compile(r",|\s+(?:in|around|about|during|at|on|while|after|before|when|which|that|with|for|from|"
                        r"because|so|and\s+(?:was|is|became|later))\b|$")


_GAVE_NAME = re.compile(r"\s+(?P<adverb>first\s+)?named\s+(?:(?:the|a|an|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?\s+|"
                        r"it\s+|them\s+)?[\"\u201c](?P<name>[\w' -]{1,40})[\"\u201d]\s*(?:$|,|\s(?:in|after|because)\s)")


@rule
def someone_named_it(clause: Clause):
    """A person "named" a thing a quoted name ("Fleming named the substance "penicillin""): who
    gave the name is asked, whatever the words before the name needed to say what it was.

    Example:
        In 1800 William Herschel named the invisible rays beyond red light "calorific rays".
        -> Who named calorific rays?  [William Herschel]
    """
    if "named" not in clause.body:
        return None
    people = clause.context.people if clause.context is not None else {}
    for span in clause.spans:
        if span.start < clause.start or span.end > clause.end:
            continue
        full = people.get(fold(span.text), "" if span.kind == NAME else span.text)
        if span.kind not in (PERSON, NAME) or not full:
            continue  # a surname alone is a person the text names in full elsewhere ("Fleming")
        lead = clause.masked[clause.start:span.start]
        if lead.strip() and not re.fullmatch(r"(?:In|On|By|in|on|by)\s+[^,]{1,30}?,?\s+", lead):
            return None
        match = _GAVE_NAME.match(clause.text, span.end, clause.end)
        if match is None:
            return None
        name = match.group("name").strip()
        if not name or set(fold(name).split()) & set(fold(full).split()) or len(name.split()) > 4:
            return None  # "Herschel named it "Herschel's planet"": the prompt gives the answer
        adverb = "first " if match.group("adverb") else ""
        question = f"Who {adverb}named {name}?"
        if len(question) > MAX_QUESTION_CHARS:
            return None
        return [Asked(PERSON, question, full, span.start, span.end, form="person", sort="name",
                      about=fold(name), statement=None, identity=f"made:{fold(name)}")]
    return None


# "he" or "she" opening the clause, after a time or place: "in 1874 he invented ...".
_PRONOUN_OPENING = re.compile(r"(?:(?:In|On|By|During|Around|About|in|on|by|during|around|about)\s+[^,]{1,30}?,?\s+)?"
                              r"(he|she)\s")


@rule
def someone_made(clause: Clause):
    """A person "invented" (founded, discovered, wrote ...) a thing; "he" is the person the
    sentence named just before ("Edison began ..., and in 1874 he invented ...").

    Example:
        In 1874 Thomas Edison invented the quadruplex telegraph.
        -> Who invented the quadruplex telegraph?  [Thomas Edison]

    Example:
        Thomas Edison was a telegraph operator, and in 1874 he invented the quadruplex telegraph.
        -> What did Thomas Edison invent?  [quadruplex telegraph]
    """
    spans = list(clause.spans)
    pronoun = _PRONOUN_OPENING.match(clause.masked[clause.start:clause.end])
    if pronoun and clause.previous_subject:
        earlier = [s for s in clause.spans if s.kind == PERSON and s.text == clause.previous_subject and s.end <= clause.start]
        if earlier:
            at = clause.start + pronoun.start(1)
            spans = [Span(at, at + len(pronoun.group(1)), earlier[0].text, PERSON), *spans]
            clause.resolved.append("pronoun in its sentence")  # the subject of the clause before
    for span in spans:
        if span.kind != PERSON:
            continue
        lead = clause.masked[clause.start:span.start]
        if lead.strip() and not re.fullmatch(r"(?:In|On|By|During|Around|About|in|on|by|during|around|about)\s+"
                                             r"[^,]{1,30}?,?\s+", lead):
            continue
        match = _ACTIVE.match(clause.masked, span.end + 1) if clause.masked[span.end:span.end + 1] == " " else None
        if match is None:
            return None
        stop = _THING_END.search(clause.masked, match.start("thing"), clause.end)
        phrase = clause.masked[match.start("thing"):stop.start() if stop else clause.end]
        if match.group("verb") == "named" and re.search(r"[\"\u201c\u201d]", phrase):
            return None  # the name it was given, in quotation marks: `someone_named_it` asks who gave it
        thing = _thing(clause, phrase, _names_kinds(_ACTIVE_VERBS[match.group("verb")]))
        if thing is None:
            return None
        if clause.text[span.start:span.end] != span.text:
            maker = next(s for s in clause.spans if s.kind == PERSON and s.text == span.text and s.end <= clause.start)
            return _asked(clause, maker, thing, match.start("thing"), _ACTIVE_VERBS[match.group("verb")])
        return _asked(clause, span, thing, match.start("thing"), _ACTIVE_VERBS[match.group("verb")])
    return None


_NAMED_AFTER = re.compile(r"(?P<thing>.+?)\s+(?P<aux>is|are|was|were)\s+(?P<adverb>(?:probably|perhaps|possibly|"
                          r"also)\s+)?named\s+(?:after|for)\s+")


@rule
def named_after(clause: Clause):
    """What a thing is named after: a person ("Who ...?") or another name ("What ...?").

    Example:
        The state of Pennsylvania is named after William Penn, who founded it in 1681.
        -> Who is the state of Pennsylvania named after?  [William Penn]
    """
    match = _NAMED_AFTER.match(clause.masked, clause.start, clause.end) if "named" in clause.body else None
    if match is None:
        return None
    after = match.end()
    named = next((s for s in clause.spans if after <= s.start <= after + 30
                  and _ROLE_BEFORE.fullmatch(clause.masked[after:s.start])
                  and s.names_a_kind and s.kind != "name"), None)
    if named is None or re.match(r",?\s+(?:and|or)\s", clause.masked[named.end:clause.end]):
        return None
    subject = match.group("thing").strip()
    if subject in ("It", "They") and clause.topic:
        subject = clause.topic
        clause.resolved.append("pronoun")
    thing = _thing(clause, subject)
    if thing is None or {w for w in fold(named.text).split() if len(w) >= 4} & set(fold(thing).split()):
        return None  # "the Republic of Kenya ... Mount Kenya": the prompt would give the answer away
    wh = "Who" if named.kind == PERSON else "What"
    question = f"{wh} {match.group('aux')} {thing} named after?"
    statement = f"{thing[:1].upper() + thing[1:]} {match.group('aux')} named after {named.text}."
    at = len(statement) - len(named.text) - 1
    return [Asked(named.kind, question, named.text, named.start, named.end, form="name", about=fold(thing),
                  statement=statement, swap=(at, at + len(named.text)), identity=f"named:{fold(thing)}")]
