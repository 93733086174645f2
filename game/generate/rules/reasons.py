"""Reasons and causes: "Why do plants wilt on hot days?" (because ...), "Why was the Suez Canal
closed from 1967 to 1975?" (as a result of ...), "What led to the Suez Crisis?" (... led to).

The clause that says what happened must be simple enough to turn round (a subject, a verb,
the rest, no relative clause inside) and stand without the document; the reason must be short
enough to be an option beside the document's other reasons. A reason written as a clause
("because the sea cools slowly") is offered among other clauses, one written as a noun phrase
("due to poor insulation") among other noun phrases.
"""

from __future__ import annotations

import re

from game.generate.kinds import REASON, REASONS
from game.generate.lexicon import fold, lexicon, word_set
from game.generate.phrasing import PREPOSITIONS
from game.generate.rules.base import rule_list
from game.generate.rules.clauses import (
    MAX_ANSWER_WORDS,
    MAX_QUESTION_CHARS,
    PRONOUNS,
    Asked,
    Clause,
    Parsed,
    is_plural_phrase,
    lower_first,
    parse_clause,
    question_from,
    stands_alone,
    stated,
    vague_comparison,
)
from game.generate import verbs

FAMILIES = (REASONS,)
RULES, rule = rule_list(__name__)

CLAUSE = "clause"            # because the sea cools down slowly
SO_THAT = "so that"          # so that floodwater stays in the channel
TO_VERB = "to-verb"          # to build and run the canal
NOUN_PHRASE = "noun phrase"  # poor insulation, the Six-Day War

_TIME_NOUNS = word_set("time_nouns") | {"nights", "mornings", "evenings", "summers", "winters"}
_HEDGED = re.compile(r"\b(?:probably|possibly|perhaps|may|might|reportedly|apparently|allegedly)\b", re.I)
_BECAUSE = re.compile(r",?\s+because\s+(?!of\b)")
_SO_THAT = re.compile(r",?\s+(?=so\s+that\s)")
_TO = re.compile(r"\s+(?:in\s+order\s+)?(?=to\s+[a-z]+\b)")
_CAUSED_BY = re.compile(r"(?P<effect>.+?)\s+(?P<aux>is|are|was|were)\s+(?:(?:mainly|mostly|partly|largely|often|"
                        r"usually)\s+)?caused\s+by\s+")
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when|while|if|although|though)\b", re.I)
_CREATING = word_set("creating_verbs")
# Where a cause written as a noun phrase stops: a verb joined by "and", a relative clause, a participle.
_NOUN_PHRASE_END = re.compile(r",|;|\s+(?:and|or)\s+(?=(?:is|are|was|were|has|have|had|then)\b)|\s+(?:which|who|where|"
                              r"while|whereas|when|because|so)\b|"
                              # "that" opens a relative clause, not "at that time of year"
                              r"(?<!\bat)(?<!\bin)(?<!\bon)(?<!\bby)(?<!\bof)(?<!\bfor)(?<!\bfrom)\s+that\b")


def _why(clause: Clause, parsed: Parsed, rest: str | None = None, wh: str = "Why") -> str | None:
    """The "Why ...?" question of a simple clause, or None when it would not stand alone or the
    text only guesses the reason ("probably because of ...")."""
    rest = parsed.rest if rest is None else rest
    if _HEDGED.search(rest) or _HEDGED.search(parsed.adverbs):
        return None
    if _RELATIVE.search(rest) or _RELATIVE.search(parsed.subject) or vague_comparison(rest):
        return None
    if any(w.lower() in ("not", "no", "never") for w in parsed.adverbs.split()):
        return None
    question = question_from(clause, parsed, wh, rest)
    if question is None:
        return None
    body = question[len(wh) + 1:-1]
    written = stands_alone(clause, body, kinds_ok=True)
    if written is None:
        return None
    question = f"{wh} {written}?"
    return question if len(question) <= MAX_QUESTION_CHARS else None


def _reason(clause: Clause, start: int, end: int, form: str, limit: int = MAX_ANSWER_WORDS,
            owner: str = "") -> tuple[str, int] | None:
    """The reason as an answer: the sentence's own words, short, with nothing the player cannot
    place ("this", "these changes")."""
    answer = clause.verbatim(start, end)
    if answer is None:
        return None
    answer = answer.rstrip(" .")
    words = answer.split()
    if not 1 <= len(words) <= limit:
        return None
    if any(w.lower() in ("this", "these", "those") for w in words):
        return None
    if words[-1].lower() in PREPOSITIONS or words[-1].lower() in ("the", "a", "an", "and", "or"):
        return None  # "storms at" (of "storms at that time of year"): a phrase cut in the middle
    if form == NOUN_PHRASE and any(w.lower() in PRONOUNS for w in words[:1]) and words[0].lower() != owner:
        return None  # "... because of their own weight" only where the question names whose
    at = clause.text.find(answer, start)
    return answer, at


def _asked(clause: Clause, question: str, answer: tuple[str, int], form: str, about: str, identity: str = "",
           state: bool = True, effect: Parsed | None = None, effect_end: int = 0) -> list[Asked]:
    """The reason asked; with `state`, also stated as the sentence says it (a false statement then
    gives another of the document's reasons). The effect, where it stands alone, is kept as a
    wrong option for the document's other reasons ("Why do coastal places have milder winters?"
    -> "deserts are cold at night")."""
    text, at = answer
    statement, swap = stated(clause, text) if state else (None, None)
    said = _effect_said(clause, effect, effect_end) if effect is not None else ""
    return [Asked(REASON, question, text, at, at + len(text), form=form, about=fold(about), statement=statement,
                  swap=swap, identity=identity or f"reason:{fold(question)}", effect=said,
                  effect_form=CLAUSE if said else "")]


def _effect_said(clause: Clause, parsed: Parsed, end: int) -> str:
    """The effect clause as an option: in its own words, short, standing alone."""
    if parsed.fronted:
        return ""
    kept = list(clause.resolved)
    said = stands_alone(clause, lower_first(clause, clause.plain(parsed.subject_start, end)), kinds_ok=True)
    clause.resolved = kept
    if not said or said.split()[0].lower() in PRONOUNS or not 3 <= len(said.split()) <= MAX_ANSWER_WORDS:
        return ""
    return said


def _effect(clause: Clause, end: int) -> Parsed | None:
    """The clause of what happens, with a subject a player can place: not a pronoun, not "days"
    or "nights" alone (where? the sentence before says), not "many riders" (of what?)."""
    parsed = parse_clause(clause, clause.start, end)
    if parsed is not None and len(parsed.subject.split()) == 1 and fold(parsed.subject) in _TIME_NOUNS:
        return None
    if parsed is not None and re.fullmatch(r"(?:many|most|some|few|several|all)\s+[a-z]+", parsed.subject, re.I):
        return None  # "Many riders were injured ...": riders of what, the sentence before says
    if parsed is None or parsed.subject.split()[0].lower() in PRONOUNS | {"there", "it"}:
        if parsed is not None and clause.previous_subject and parsed.subject.lower() in ("it", "they") \
                and not parsed.fronted:
            clause.resolved.append("pronoun in its sentence")  # the subject of the clause before
            return Parsed(parsed.fronted, clause.previous_subject, parsed.adverbs, parsed.verb, parsed.tense,
                          parsed.base, parsed.rest, parsed.subject_start, parsed.verb_start, parsed.rest_start)
        return None
    return parsed


@rule
def because_clause(clause: Clause):
    """What happens "because" of a clause: "Why ...?", the reason clause as the answer.

    Example:
        Deserts are cold at night because there are few clouds to trap the heat.
        -> Why are deserts cold at night?  [there are few clouds to trap the heat]
    """
    text = clause.masked
    match = _BECAUSE.search(text, clause.start, clause.end) if "because" in clause.body else None
    if match is None:
        return None
    parsed = _effect(clause, match.start())
    if parsed is None:
        return None
    question = _why(clause, parsed)
    answer = _reason(clause, match.end(), clause.end, CLAUSE)
    if question is None or answer is None:
        return None
    return _asked(clause, question, answer, CLAUSE, parsed.subject, effect=parsed, effect_end=match.start())


_CAUSE_WORDS = re.compile(r"\b(?:because of|due to|result of|owing to|account of)\b")
_CAUSE_LINK = re.compile(r",?\s+(?:because\s+of|due\s+to|as\s+a\s+result\s+of|owing\s+to|on\s+account\s+of)\s+")


@rule
def because_of_a_cause(clause: Clause):
    """What happens "due to", "because of" or "as a result of" something: "Why ...?", with the
    cause as a noun phrase.

    Example:
        The first transatlantic cable failed after three weeks due to poor insulation.
        -> Why did the first transatlantic cable fail after three weeks?  [poor insulation]

    Example:
        The Suez Canal was closed from 1967 to 1975 as a result of the Six-Day War.
        -> Why was the Suez Canal closed from 1967 to 1975?  [the Six-Day War]
    """
    text = clause.masked
    match = _CAUSE_LINK.search(text, clause.start, clause.end) if _CAUSE_WORDS.search(clause.body) else None
    if match is None:
        return None
    stop = _NOUN_PHRASE_END.search(text, match.end(), clause.end)
    end = stop.start() if stop else clause.end
    participle = re.search(r"\s+(?=[a-z]+(?:ed|en)\s+(?:in|by|at|on|from|during)\b)", text[match.end():end])
    if participle:
        end = match.end() + participle.start()  # "canalisation projects completed in the 19th century"
    parsed = _effect(clause, match.start())
    if parsed is None:
        return None
    # "Glaciers move downhill because of their own great weight": "their" is the glaciers'
    owner = "" if parsed.subject.split()[0].lower() in PRONOUNS or clause.resolved else \
        "their" if is_plural_phrase(parsed.subject) else "its"
    answer = _reason(clause, match.end(), end, NOUN_PHRASE, limit=8, owner=owner)
    if answer is None:
        return None
    if parsed.tense == "aux" and not parsed.rest and parsed.base in ("is", "are", "was", "were"):
        question = _why(clause, parsed, rest="", wh="What")
        question = question[:-1] + " due to?" if question and "due to" in match.group(0) else None
    else:
        question = _why(clause, parsed)
    if question is None:
        return None
    return _asked(clause, question, answer, NOUN_PHRASE, parsed.subject, effect=parsed, effect_end=match.start())


@rule
def so_that(clause: Clause):
    """What is done "so that" something follows: "Why ...?", the purpose as the answer.

    Example:
        Steam-powered dredgers were brought in during the 1860s so that the work could go faster.
        -> Why were steam-powered dredgers brought in during the 1860s?  [so that the work could go faster]
    """
    text = clause.masked
    match = _SO_THAT.search(text, clause.start, clause.end) if "so that" in clause.body else None
    if match is None:
        return None
    parsed = _effect(clause, match.start())
    if parsed is None:
        return None
    answer = _reason(clause, match.end(), clause.end, SO_THAT, limit=MAX_ANSWER_WORDS + 2)
    question = _why(clause, parsed)
    if question is None or answer is None:
        return None
    return _asked(clause, question, answer, SO_THAT, parsed.subject, effect=parsed, effect_end=match.start())


# ", so" before the clause of what followed; not "so that", "so much", "so far", "so-called".
_DEMONYMS = frozenset(lexicon().demonyms)
_SO_RESULT = re.compile(r",\s+so\s+(?!that\b|much\b|many\b|far\b|long\b|as\b|-)")
_SO_WHEN = re.compile(r"(?:in|on|during|by)\s+(?:\d{4}|(?:[A-Z][a-z]+\s+)?\d{4}|the\s+\d{4}s)\s+(?=\w)")


@rule
def so_as_a_result(clause: Clause):
    """A clause and, after ", so", what followed from it: "Why ...?" of what followed, the first
    clause as the answer.

    Example:
        Cotton mills needed fast-flowing water, so the first mills were built beside steep rivers.
        -> Why were the first mills built beside steep rivers?  [cotton mills needed fast-flowing water]
    """
    text = clause.masked
    match = _SO_RESULT.search(text, clause.start, clause.end) if ", so " in clause.body else None
    if match is None or text.find(",", clause.start, match.start()) >= 0:
        return None  # "After the flood, the mill closed, so ...": which clause is the reason is unclear
    cause = parse_clause(clause, clause.start, match.start())
    if cause is None or cause.fronted or cause.subject.split()[0].lower() in PRONOUNS | {"there", "it"}:
        return None  # "It was cold, so ...": what "it" is, only the sentence before says
    if _HEDGED.search(text[clause.start:match.start()]):
        return None
    when = _SO_WHEN.match(text, match.end(), clause.end)
    parsed = parse_clause(clause, when.end() if when else match.end(), clause.end)
    if parsed is None or parsed.fronted or parsed.subject.split()[0].lower() in PRONOUNS | {"there", "it"}:
        return None
    if when:  # "so in 1941 Florey and Heatley travelled ...": the time goes to the question's end
        parsed = Parsed(when.group(0).strip(), *(getattr(parsed, f) for f in (
            "subject", "adverbs", "verb", "tense", "base", "rest", "subject_start", "verb_start", "rest_start")))
    if any(verbs.is_form(m.group(1), t) for m in re.finditer(r"\band\s+([a-z]+)", parsed.rest)
           for t in (verbs.PAST, verbs.THIRD)):
        return None  # "... is eroded and becomes a cliff": one auxiliary cannot ask both verbs
    if re.search(r"\bwhat\b", parsed.rest):
        return None  # "... could see what was inside": inside what, the sentences before say
    question = _why(clause, parsed)
    answer = _reason(clause, clause.start, match.start(), CLAUSE)
    if question is None or answer is None:
        return None
    text_answer, at = answer
    first = text_answer.split()[0]
    if not clause.is_name(first) and fold(first) not in _DEMONYMS:
        text_answer = text_answer[:1].lower() + text_answer[1:]  # as the other reasons read: "water conducts ..."
    return _asked(clause, question, (text_answer, at), CLAUSE, parsed.subject, state=False)


@rule
def made_for_a_purpose(clause: Clause):
    """A thing made, founded or brought in "to" do something: "Why was ... founded?".

    Example:
        The Suez Canal Company was founded in 1858 to build and run the canal.
        -> Why was the Suez Canal Company founded in 1858?  [to build and run the canal]

    Example:
        The levees were raised in 1910 in order to keep floodwater in the channel.
        -> Why were the levees raised in 1910?  [to keep floodwater in the channel]
    """
    text = clause.masked
    match = _TO.search(text, clause.start, clause.end) if " to " in clause.body else None
    if match is None:
        return None
    infinitive = re.match(r"to\s+([a-z]+)", text[match.end():clause.end])
    if infinitive is None or verbs.base_of(infinitive.group(1), verbs.BASE) is None:
        return None
    parsed = _effect(clause, match.start())
    if parsed is None:
        return None
    ordered = "in order" in text[match.start():match.end()]
    first = parsed.rest.split()[0] if parsed.rest else ""
    if not ordered and not (parsed.tense == "aux" and first in _CREATING):
        return None  # "began to", "wanted to": not a purpose
    answer = _reason(clause, match.end(), clause.end, TO_VERB)
    question = _why(clause, parsed)
    if question is None or answer is None:
        return None
    return _asked(clause, question, answer, TO_VERB, parsed.subject)


_LEAD_WORDS = re.compile(r"\b(?:lead|leads|led|result|results|resulted|caused|causes)\b")
_LEADS = re.compile(r"\s+(?P<verb>led\s+to|leads\s+to|lead\s+to|resulted\s+in|results\s+in|result\s+in|caused|causes)"
                    r"\s+(?!by\b)")


@rule
def led_to(clause: Clause):
    """A cause that "led to" (resulted in, caused) an effect: "What led to ...?" and, where the
    cause stands alone, "What did ... lead to?".

    Example:
        Heavy rain on frozen ground leads to rapid flooding.
        -> What leads to rapid flooding?  [heavy rain on frozen ground]
    """
    text = clause.masked
    match = _LEADS.search(text, clause.start, clause.end) if _LEAD_WORDS.search(clause.body) else None
    if match is None:
        return None
    cause = clause.plain(clause.start, match.start())
    if not cause or _RELATIVE.search(cause) or "," in cause or len(cause.split()) > 8 \
            or re.search(r"\b(?:is|are|was|were|be|been|being)$", cause):
        return None
    if cause.split()[0].lower() in PRONOUNS | {"there", "it", "such"}:
        return None
    stop = _NOUN_PHRASE_END.search(text, match.end(), clause.end)
    effect_end = stop.start() if stop else clause.end
    effect = clause.plain(match.end(), effect_end)
    if not effect or len(effect.split()) > 12:
        return None
    effect = stands_alone(clause, effect, kinds_ok=True)
    verb = " ".join(match.group("verb").split())
    answer = _reason(clause, clause.start, match.start(), NOUN_PHRASE, limit=8)
    if effect is None or answer is None:
        return None
    text_answer, at = answer
    if text_answer[:1].isupper() and not clause.is_name(text_answer.split()[0]):
        text_answer = text_answer[:1].lower() + text_answer[1:]
    if stands_alone(clause, text_answer, kinds_ok=True) != text_answer:
        return None  # "the crisis": which crisis, only the sentence before says
    question = f"What {verb} {effect}?"
    identity = f"cause:{fold(effect)}"
    return [Asked(REASON, question, text_answer, at, at + len(text_answer), form=NOUN_PHRASE, about=fold(effect),
                  identity=identity, effect=effect if len(effect.split()) <= 8 else "",
                  effect_form=NOUN_PHRASE if len(effect.split()) <= 8 else "")]


@rule
def caused_by(clause: Clause):
    """An effect "caused by" something: "What caused ...?".

    Example:
        The great flood of 1953 was caused by a storm surge in the North Sea.
        -> What caused the great flood of 1953?  [a storm surge in the North Sea]
    """
    match = _CAUSED_BY.match(clause.masked, clause.start, clause.end) if "caused by" in clause.body else None
    if match is None:
        return None
    effect = stands_alone(clause, lower_first(clause, clause.plain(match.start("effect"), match.end("effect"))))
    if effect is None or _RELATIVE.search(effect) or "," in effect:
        return None
    stop = _NOUN_PHRASE_END.search(clause.masked, match.end(), clause.end)
    answer = _reason(clause, match.end(), stop.start() if stop else clause.end, NOUN_PHRASE, limit=8)
    if answer is None:
        return None
    verb = "caused" if match.group("aux") in ("was", "were") else "causes"
    question = f"What {verb} {effect}?"
    return _asked(clause, question, answer, NOUN_PHRASE, effect, identity=f"cause:{fold(effect)}", state=False)
