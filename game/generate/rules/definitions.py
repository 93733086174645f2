"""Definitions, asked both ways: the term for a description ("What is the term for a wide bend
in a river?" -> meander) and what a term is ("What is an oxbow lake?" -> a curved lake that
forms when ...).

Only a clause that is a definition and nothing else is read: a lower-case term (or a named one
with a lower-case head, "Morse code"), a verb that defines ("is a", "refers to", "is defined
as", "is called") and a description that says which one ("a bend *in a river*", "a substance
*in which* ..."). "Kenya is a country in Africa" (a name), "Erosion is the main cause of ..." (a
ranking) and "Granite is a rock" (nothing says which) are not definitions.
"""

from __future__ import annotations

import re

from game.generate.kinds import DEFINED_TERM, DEFINITIONS, MEANING
from game.generate.distractors import term_sense
from game.generate.lexicon import FUNCTION_WORDS, fold, word_set
from game.generate.clean import a_description
from game.generate.rules.base import rule_list
from game.generate.terms import TECHNICAL
from game.generate.rules.clauses import (
    MAX_ANSWER_WORDS,
    MAX_QUESTION_CHARS,
    PRONOUNS,
    RANKING_WORDS,
    REFERRING,
    VAGUE_HEADS,
    Asked,
    Clause,
    head_of,
    is_plural_phrase,
    lower_first,
    parse_clause,
    stands_alone,
    verbs_after,
)

FAMILIES = (DEFINITIONS,)
RULES, rule = rule_list(__name__)

_TERM = r"(?P<det>(?:A|An|The|a|an|the)\s+)?(?P<term>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
_IS_A = re.compile(_TERM + r"\s+(?P<verb>is|are|was|were)\s+")
_APPOSITION = re.compile(_TERM + r",\s+(?=(?:a|an|the)\s)")
_REFERS = re.compile(_TERM + r"\s+(?P<verb>refers|refer)\s+to\s+")
_DEFINED = re.compile(_TERM + r"\s+(?P<verb>is|are)\s+defined\s+as\s+")
# What makes a description say which one: a relative clause, a phrase after the noun, a participle.
_RESTRICTOR = re.compile(
    r"\s+(?:that|which|who|whose|where|(?:in|by|through|on|from|with|at|to|for|of|during)\s+which|of|for|with|in|"
    r"on|from|at|between|across|along|into|inside|near|made|used|found|formed|caused|carried|covered|produced|"
    r"built|filled|known|located|surrounded|lined|composed|living|consisting|constantly|usually)\b")
# A word of the genus (one to five lower-case words, taken one more at a time until what follows narrows it).
_GENUS_WORD = re.compile(r"[a-z][\w-]*")


def term_of(clause: Clause, det: str, term: str, at: int) -> str | None:
    """The term as an answer ("delta", "Morse code", "oxbow lakes"), or None when the words are
    no term: a name, a pronoun, a word that names nothing in particular."""
    words = term.split()
    if not words or len(words) > 4:
        return None
    if any(w.lower() in FUNCTION_WORDS or w.lower() in PRONOUNS for w in words):
        return None
    first = words[0]
    if first[:1].isupper():
        opening = at == clause.start and not det
        if opening and not clause.is_name(first) and (len(words) > 1 or common_noun(clause, first)):
            term = first.lower() + term[len(first):]  # "Erosion is ..." at the start of a sentence
        elif len(words) == 1:
            return None  # "Kenya is a country ...", "Olkhon is the largest island ...": a name, not a term
    if fold(words[-1]) in VAGUE_HEADS and len(words) == 1:
        return None
    lower = term.lower()
    if det.strip().lower() == "the" and len(words) == 1 and not (
            TECHNICAL.search(lower) or _NOUN_ENDING.search(lower)
            or len(lower) >= 7 and lower not in _GENERIC_NOUNS and lower not in REFERRING):
        return None  # "The show is ...": "the show" is one thing of the text, not a term it defines
    return term


# Endings of English common nouns: "Humidity", "Erosion", "Osmosis" opening a sentence are no names.
_NOUN_ENDING = re.compile(r"(?:tion|sion|sis|ity|ment|ness|ance|ence|ism|asm|ure|age|ery|ogy|ics|ists?|ency|ancy|"
                          r"ing|ide|ate|ene|ine|ogen|cyte|plast|phyll|meters?|scopes?|graphs?)s?$")
_GENERIC_NOUNS = word_set("generic_nouns")
_SUPERLATIVE = re.compile(r"(?:[a-z]+est|most|least)\b")


def common_noun(clause: Clause, word: str) -> bool:
    """Whether a capitalised word opening a sentence is a common noun: the text also writes it in
    lower case, or it ends like one ("-tion", "-ity", "-osis"), or the word lists know its sort."""
    lower = word.lower()
    forms = {lower, lower[:-1] if lower.endswith("s") else lower + "s"}
    if forms & clause.lower_words:
        return True
    context = clause.context
    if context is not None and forms & (context.common_nouns | context.nouns | context.keywords):
        return True
    if re.search(rf"(?<![A-Za-z]){re.escape(lower)}s?\b", clause.text[clause.start + len(word):]):
        return True
    return bool(_NOUN_ENDING.search(lower) or TECHNICAL.search(lower) or term_sense(lower))


def definiens_of(clause: Clause, start: int, end: int, plural: bool,
                 definite_term: bool = False) -> tuple[str, int, int, str] | None:
    """The description from `start` to the clause's end, with its genus ("wide bend"), when it
    says which one; (text, start, end, genus)."""
    text = clause.masked
    while start < end and text[start] == " ":
        start += 1
    words = text[start:end].split()
    if not words or len(words) > 30:
        return None
    article = re.match(r"(?:a|an|the)\s+", text[start:end])
    if article is None and not plural:
        return None
    genus_start = start + (article.end() if article else 0)
    genus_end = -1
    for found in list(_GENUS_WORD.finditer(text, genus_start, end))[:5]:
        if not re.fullmatch(r"[\s,]*(?:and\s+)?", text[genus_start if genus_end < 0 else genus_end:found.start()]):
            break
        genus_end = found.end()
        if _RESTRICTOR.match(text, genus_end, end):
            break
    else:
        return None
    if genus_end < 0 or not _RESTRICTOR.match(text, genus_end, end):
        return None
    noun = text[genus_start:genus_end].strip()
    if article is not None and article.group(0).strip() == "the" and _SUPERLATIVE.match(noun) and definite_term:
        return None  # "The blue whale is the largest animal ...": which one it is, not what the word means
    if article is None and not is_plural_phrase(noun):
        return None  # "fifteen ships were trapped in ...": no kind is named
    if noun.split()[0] in RANKING_WORDS or noun.split()[0] in ("one", "other", "same"):
        return None  # "the main cause of", "one of the largest": a description, not a definition
    if any(w in FUNCTION_WORDS and w not in ("and",) for w in noun.replace(",", " ").split()):
        return None
    description = clause.plain(start, end)
    if stands_alone(clause, description, inside_ok=True, kinds_ok=True) is None:
        return None
    return description, start, end, head_of(noun + " of")


def _forward(clause: Clause, term: str, description: str, tense: str) -> str | None:
    """"What is the term for a wide bend in a river?": only for a definition in the present, and
    only when no word of the term but its head stands in the description."""
    if tense not in ("is", "are"):
        return None
    shown = {w.lower() for w in re.findall(r"[A-Za-z]+", description)}
    words = [w.lower() for w in term.split()]
    if any(w in shown for w in words[:-1] if len(w) >= 3) or (len(words) == 1 and words[0] in shown):
        return None
    question = f"What is the term for {description}?"
    return question if len(question) <= MAX_QUESTION_CHARS else None


# A kind narrowed only by where its members are found: "an enzyme found in almost all organisms".
_WHERE_FOUND = r"\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:found|located|present|common|seen|occurring|native|widespread)" \
               r"\s+(?:in|on|at|throughout|across|among|inside|within)\b"


def only_where_found(description: str, genus: str) -> bool:
    """Whether a description narrows its kind only by where it is found ("an enzyme found in almost
    all organisms that use oxygen", "a plant common on chalk downs"): many of the kind are found
    there, so "What is the term for ...?" has several answers. "What is catalase?" still has one."""
    head = genus.split()[-1:] if genus else []
    if not head:
        return False
    if description.isascii() and head[0].isascii() and head[0].lower() not in description.lower():
        return False  # (the quick test first: the pattern is new for each kind)
    return bool(re.match(rf"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?{re.escape(head[0])}{_WHERE_FOUND}",
                         description, re.I))


def _reverse(det: str, term: str, tense: str, verb: str = "") -> str:
    """"What is an oxbow lake?", "What does climate refer to?"."""
    article = det.strip().lower()
    named = f"{article} {term}".strip()
    if verb == "refers":
        return f"What does {named} refer to?"
    if verb == "defined":
        return f"How {tense} {named} defined?"
    return f"What {tense} {named}?"


def _accepted(term: str, countable: bool) -> tuple[str, ...]:
    """The other number of a term a player may type: "tornado" for "tornadoes", "deltas" for
    "delta" (only for a term the text counts, "a delta"; never "photosynthesi")."""
    words = term.split()
    last = words[-1]
    if is_plural_phrase(term):
        if last.endswith("oes") or last.endswith(("ches", "shes", "sses", "xes")):
            other = last[:-2]
        elif last.endswith("ies"):
            other = last[:-3] + "y"
        else:
            other = last[:-1]
    elif countable and not last.endswith(("s", "x", "z", "ch", "sh")):
        other = last[:-1] + "ies" if last.endswith("y") and last[-2:-1] not in "aeiou" else last + "s"
    else:
        return ()
    return (" ".join([*words[:-1], other]),)


def _both_ways(clause: Clause, match: re.Match, description: tuple[str, int, int, str], tense: str,
               verb: str = "", stated: bool = True) -> list[Asked]:
    """The term asked for its description and, when the description is short, the reverse; the
    definition stated as the sentence words it (`stated`) for true/false questions."""
    det = match.group("det") or ""
    written = match.group("term")
    term = term_of(clause, det, written, match.start("det") if det else match.start("term"))
    if term is None:
        return []
    text, start, end, genus = description
    identity = f"definition:{fold(term)}"
    linking = {"refers": "refers to", "defined": f"{tense} defined as"}.get(verb, tense)
    article = det.strip().lower()
    opening = f"{article} " if article else ""
    statement = f"{opening}{term} {linking} {text}."
    asked = []
    forward = _forward(clause, term, text, tense)
    if forward:
        asked.append(Asked(DEFINED_TERM, forward, term, match.start("term"), match.end("term"), form="term",
                           sort=genus, about=fold(text), statement=statement if stated else None,
                           swap=(len(opening), len(opening) + len(term)),
                           accept=_accepted(term, article in ("a", "an")),
                           identity=identity, stated_only=only_where_found(text, genus)))
    answer = clause.verbatim(start, end)
    if answer and len(answer.split()) <= MAX_ANSWER_WORDS:
        asked.append(Asked(MEANING, _reverse(det, term, tense, verb), answer, start, start + len(answer),
                           form="meaning", sort=genus, about=fold(term), identity=identity))
    return asked


@rule
def is_a_kind_that(clause: Clause):
    """A term, "is" and a kind narrowed by what follows it: asked both ways.

    Example:
        A meander is a wide bend in a river.
        -> What is the term for a wide bend in a river?  [meander]

    Example:
        A plunge pool is a deep hollow at the foot of a waterfall.
        -> What is a plunge pool?  [a deep hollow at the foot of a waterfall]
    """
    match = _IS_A.match(clause.masked, clause.start, clause.end)
    if match is None:
        return None
    plural = match.group("verb") in ("are", "were")
    description = definiens_of(clause, match.end(), clause.end, plural,
                               definite_term=(match.group("det") or "").strip().lower() == "the")
    if description is None:
        return None
    return _both_ways(clause, match, description, match.group("verb"))


@rule
def term_in_apposition(clause: Clause):
    """A term and its description between commas, before the clause goes on.

    Example:
        The cell wall, a rigid layer made of cellulose, gives a plant cell its shape.
        -> What is the term for a rigid layer made of cellulose?  [cell wall]
    """
    match = _APPOSITION.match(clause.masked, clause.start, clause.end)
    if match is None:
        return None
    close = clause.masked.find(",", match.end(), clause.end)
    if close < 0 or not verbs_after(clause, close + 1):
        return None
    description = definiens_of(clause, match.end(), close, plural=False)
    if description is None:
        return None
    return _both_ways(clause, match, description, "is", stated=False)


# A term a verb or a preposition leads to, just before a colon: "can produce *pyroclastic flows*:".
# No "the" before it: "The commonest fault is also the simplest: ..." names no term.
_COLON_LEAD = re.compile(r"\b(?:produces?|produced|forms?|formed|contains?|contained|includes?|included|causes?|caused|"
                         r"releases?|released|creates?|created|makes?|made|of|from|into|as|called)\s+(?:(?:a|an)\s+)?"
                         r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*$")
_COLON_TERM = re.compile(_TERM + r":\s+")


@rule
def term_before_colon(clause: Clause):
    """A term and, after a colon, a description that says what it is: asked for the term.

    Example:
        Some eruptions produce lahars: mudflows of volcanic ash and water that rush down river valleys.
        -> What is the term for mudflows of volcanic ash and water that rush down river valleys?  [lahars]
    """
    colon = clause.masked.find(": ", clause.start, clause.end)
    if colon < 0 or clause.masked.find(":", colon + 1, clause.end) >= 0:
        return None
    lead = _COLON_LEAD.search(clause.masked, clause.start, colon)
    if lead is None:
        return None
    match = _COLON_TERM.match(clause.masked, lead.start("term"), clause.end)
    if match is None or match.group("det") or match.end("term") != colon:
        return None
    term = match.group("term")
    plural = is_plural_phrase(term)
    description = definiens_of(clause, match.end(), clause.end, plural)
    if description is None or is_plural_phrase(description[3]) != plural:
        return None  # "... produces one gas: oxygen and ...": a list, or a member of the kind, not its meaning
    return _both_ways(clause, match, description, "are" if plural else "is", stated=False)


@rule
def term_refers_to(clause: Clause):
    """"X refers to ...": asked both ways.

    Example:
        Climate refers to the average weather of a region over thirty years.
        -> What does climate refer to?  [the average weather of a region over thirty years]
    """
    match = _REFERS.match(clause.masked, clause.start, clause.end)
    if match is None:
        return None
    description = definiens_of(clause, match.end(), clause.end, plural=True)
    if description is None:
        return None
    return _both_ways(clause, match, description, "is", verb="refers")


@rule
def term_defined_as(clause: Clause):
    """"X is defined as ...": asked both ways.

    Example:
        Condensation is defined as the change of water vapour into liquid water.
        -> What is the term for the change of water vapour into liquid water?  [condensation]
    """
    match = _DEFINED.match(clause.masked, clause.start, clause.end)
    if match is None:
        return None
    description = definiens_of(clause, match.end(), clause.end, plural=True)
    if description is None:
        return None
    return _both_ways(clause, match, description, match.group("verb"), verb="defined")


# A glossary's line: a term, a dash and what it means ("Longship – a long, narrow wooden ship ...").
_GLOSSARY = re.compile(_TERM + r"\**\s+[\u2013\u2014-]\s+(?=(?:a|an|the)\s)")


@rule
def glossary_entry(clause: Clause):
    """A term, a dash and its description: a glossary's or a key-words list's line, a definition.

    Example:
        Longshore drift – the movement of sand and shingle along a coast by the waves.
        -> What is the term for the movement of sand and shingle along a coast by the waves?  [longshore drift]
    """
    match = _GLOSSARY.match(clause.masked, clause.start, clause.end)
    if match is None or re.search(r"\s[\u2013\u2014-]\s", clause.masked[match.end():clause.end]):
        return None  # "Paris – the capital – is ...": an aside between dashes
    description = definiens_of(clause, match.end(), clause.end, plural=False)
    if description is None:
        return None
    if not a_description(match.group("term"), description[0]):
        return None  # "Hydraulic action – the force of the water compresses air ...": a clause, not a noun's description
    return _both_ways(clause, match, description, "is", stated=False)


_CALLED = re.compile(
    r"(?P<subject>.+?)\s+(?P<aux>is|are|was|were)\s+(?P<adverb>(?:also|now|sometimes|often|usually|commonly|"
    r"generally|later|initially|originally|first|still|widely|simply)\s+)?(?P<verb>called|known\s+as|termed|"
    r"referred\s+to\s+as)\s+(?P<name>.+)")
# (?=[...]) in front: the letters a match can begin with, so that a search passes over the rest at once
_NAMING = re.compile(r"(?=[ckrt])\b(?:called|known as|termed|referred to as)\b")
_NAME_END = re.compile(r",|\s+(?:because|even|although|though|while|when|after|before|since|until|by|in|for|from|"
                       r"after|and|or|which|who)\b|$")


@rule
def called_or_known_as(clause: Clause):
    """A description "is called" or "is known as" a term: "What is ... called?".

    Example:
        The place where a river begins is called its source.
        -> What is the place where a river begins called?  [source]

    A clause that says "what is known as" names no description to ask about ("Farmers now grow
    what is known as winter wheat").
    """
    match = _CALLED.fullmatch(clause.masked, clause.start, clause.end) if _NAMING.search(clause.body) else None
    if match is None:
        return None
    subject = match.group("subject").strip()
    if re.search(r"\bwhat$", subject, re.I):
        return None  # "Scientists now use what is known as eDNA": no description is named, a clause is
    if subject in ("It", "They") and clause.topic:
        subject = clause.topic
        clause.resolved.append("pronoun")
    elif subject.split()[0] in ("It", "They", "He", "She", "This", "These") and len(subject.split()) < 3:
        return None
    elif len(subject.split()) == 1 and subject[:1].isupper() and not clause.is_name(subject):
        return None  # "Pluto was called a planet": a name the text never shows mid-sentence
    subject = stands_alone(clause, lower_first(clause, subject), inside_ok=True)
    if subject is None or len(subject.split()) > 16:
        return None
    name_start = match.start("name")
    text = clause.masked
    owner = re.match(r"(?:its|their|the|a|an)\s+", text[name_start:clause.end])
    if owner:
        name_start += owner.end()
    quoted = text[name_start:name_start + 1] in "\"\u201c"
    if quoted:
        close = re.search(r"[\"\u201d]", text[name_start + 1:clause.end])
        if close is None:
            return None
        name_end = name_start + 1 + close.start()
        name_start += 1
        if re.match(r"\s+or\b", text[name_end + 1:clause.end]):
            return None  # "New College" or "the college at New Towne": two names
    else:
        stop = _NAME_END.search(text, name_start, clause.end)
        name_end = stop.start() if stop else clause.end
        if re.match(r"\s+or\b", text[name_end:clause.end]):
            return None
    name = clause.verbatim(name_start, name_end)
    if not name:
        return None
    name = name.rstrip(".,\"\u201d")
    if owner and owner.group(0).strip() in ("a", "an") and subject[:1].isupper():
        return None  # "Pluto was called a planet": a class it was put in, not its name
    words = name.split()
    if not 1 <= len(words) <= 4 or any(w.lower() in PRONOUNS for w in words):
        return None
    if fold(name) in fold(subject).split() or fold(name) in fold(subject):
        return None
    verb = " ".join(match.group("verb").split())
    adverb = (match.group("adverb") or "").strip()
    question = f"What {match.group('aux')} {subject} {adverb} {verb}?".replace("  ", " ")
    if len(question) > MAX_QUESTION_CHARS:
        return None
    accept = () if name[:1].isupper() else _accepted(name, False)
    return [Asked(DEFINED_TERM, question, name, name_start, name_start + len(name), form="term",
                  sort=head_of(subject), about=fold(subject), accept=accept, identity=f"definition:{fold(name)}")]


# The rest of a clause that ends on a kind and its term: "[broken] into large pieces called
# tectonic plates", "an enzyme called amylase, which ...".
_KIND_CALLED = re.compile(r"(?P<before>(?:[a-z][\w-]*\s+){0,3}?)(?P<prep>(?:in|into|on|from|with|through)\s+)?"
                          r"(?:(?:a|an)\s+)?(?P<genus>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:called|known\s+as)\s+"
                          r"(?:(?:a|an)\s+)?(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*$")


@rule
def kind_called_a_term(clause: Clause):
    """A clause that ends on a kind of thing "called" its term: the kind asked for, with what
    the clause says of it.

    Example:
        The Earth's crust is broken into large pieces called tectonic plates.
        -> What are the large pieces into which the Earth's crust is broken called?  [tectonic plates]

    Example:
        Cheese makers add an enzyme called rennet.
        -> What is the enzyme that cheese makers add called?  [rennet]
    """
    if not _NAMING.search(clause.body):
        return None
    parsed = parse_clause(clause)
    if parsed is None or parsed.fronted or parsed.adverbs or parsed.subject.split()[0].lower() in PRONOUNS:
        return None
    match = _KIND_CALLED.fullmatch(parsed.rest)
    if match is None:
        return None  # "an enzyme called amylase, which starts ...": what it does is the point, not its name
    before, prep = match.group("before").strip(), (match.group("prep") or "").strip()
    genus, term = match.group("genus"), match.group("term")
    if parsed.tense == "aux" and not before or not prep and (before or parsed.tense == "aux"):
        return None  # "is an enzyme called ...": a definition the other rules read; "is broken" needs its participle
    if any(w in FUNCTION_WORDS for w in genus.split()) or fold(genus.split()[-1]) in VAGUE_HEADS:
        return None
    plural = is_plural_phrase(genus)
    if plural != is_plural_phrase(term) or set(term.split()) & set(genus.split()):
        return None
    subject = stands_alone(clause, lower_first(clause, parsed.subject))
    if subject is None:
        return None
    verb = parsed.verb if parsed.tense == "aux" else clause.masked[parsed.verb_start:parsed.rest_start].strip()
    said = " ".join(f"{subject} {verb} {before}".split())
    link = f"{prep} which" if prep else "that"
    question = f"What {'are' if plural else 'is'} the {genus} {link} {said} called?"
    if len(question) > MAX_QUESTION_CHARS or not term_of(clause, "", term, clause.start + 1):
        return None
    at = clause.text.find(term, parsed.rest_start)
    if at < 0:
        return None
    return [Asked(DEFINED_TERM, question, term, at, at + len(term), form="term", sort=head_of(genus + " of"),
                  about=fold(f"{genus} {said}"), accept=_accepted(term, False),
                  identity=f"definition:{fold(term)}")]


def plural_term(term: str) -> bool:
    return is_plural_phrase(term)
