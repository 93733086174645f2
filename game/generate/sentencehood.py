"""Whether a prompt or a statement is a sentence at all.

Revision notes, brochures and textbooks hold lines that are no sentences: a note whose "=" or
"e.g." stands for the verb, a heading run into the line before " - ", a noun phrase with no
finite verb ("Dogs welcome in all rooms"), a passive without its "was" ("The tower added in
1884"), two clauses spliced with a comma. A question word put into such a line asks nothing a
reader can parse, and a true-or-false statement made of it states nothing; so neither is
written. Each shape is one small function below; `not_a_sentence` asks them all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from game.generate.lexicon import AUXILIARIES, FUNCTION_WORDS, IRREGULAR_PAST, word_set
from game.generate.phrasing import PREPOSITIONS, comma_pieces, finite_verb
from game.generate.verbs import needs_an_object, readings

PLAIN_ADJECTIVES = word_set("plain_adjectives")
_FINITE = frozenset(AUXILIARIES | IRREGULAR_PAST)

_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# Plural nouns that do not end in -s.
_IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "police", "cattle", "mice", "geese",
                                "teeth", "feet", "they", "we", "you", "i", "staff", "crew", "poultry"})


def _plural(word: str) -> bool:
    """Whether a word may be a plural subject: "meerkats", "Dogs", "people", "they"."""
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))


_VERB_PREFIX = re.compile(r"(?:over|under|out|up|with|fore|mis|re)(?=[a-z]{3})")
# Adverbs that may stand between a subject and its verb: "Eclipses also repeat ...".
_BETWEEN = frozenset({"also", "often", "usually", "only", "still", "never", "always", "sometimes", "then", "now",
                      "generally", "mostly", "rarely", "seldom", "even", "all", "both"})


def _verb_form(word: str) -> bool:
    """Whether a lower-case word is a finite verb by its form alone: an auxiliary, a past or a
    third person the verb list knows ("became", "spread", "lies"), or a regular past in -ed."""
    if word in _FINITE or (len(word) >= 5 and word.endswith("ed") and word.isalpha()):
        return True
    if any(tense in ("past", "third") for _base, tense in readings(word)):
        return True
    prefix = _VERB_PREFIX.match(word)  # "overthrew", "upheld", "withstood": a past the list holds without its prefix
    return prefix is not None and (word[prefix.end():] in IRREGULAR_PAST
                                   or any(t == "past" for _b, t in readings(word[prefix.end():])))


# What follows an imperative's verb: "Hold SET and MODE ...", "Press the button", "Allow 20 minutes".
_IMPERATIVE_OBJECT = re.compile(r"(?:[A-Z]|(?:the|a|an|your|this|these|those|its|their|each|every|all|some|around|"
                                r"about|how|\d)\b)")
# What follows a verb's base before its object or infinitive: "plan to fire", "grow the most tea".
_OBJECT_AFTER_A_BASE = re.compile(r"\s+(?:to\s+[a-z]+|the|a|an|its|their|his|her|this|these|those|\d)\b")
_SUBJECT_OPENINGS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "which", "what", "whose",
                               "each", "every", "our"})


def _after_a_subject(words: list[tuple[str, int]], number: int) -> bool:
    """Whether the word at `number` follows what can only be a subject: a determiner and at
    most two words at the line's start ("The river meanders ...", "Which river meanders ..."),
    or a name inside the line ("Mount Etna spews ..."). "Food shortages in ..." and "the garden
    cottages for ..." are noun phrases."""
    if not number:
        return False
    if words[0][0].lower() in _SUBJECT_OPENINGS and number <= 3 \
            and not any(w.lower() in PREPOSITIONS or w.lower() in FUNCTION_WORDS for w, _e in words[1:number]):
        return True
    return number >= 2 and words[number - 1][0][:1].isupper()


def has_main_verb(text: str) -> bool:
    """Whether `text` holds a finite verb, read generously so that no sentence is taken for a
    note: a lower-case verb form (`_verb_form`), a lower-case word in -s before another word
    ("The river meanders through ...", a verb the list may lack), or a word after a plural
    subject that is no small word ("Hyenas belong to ...", "Sheep graze on ..."), except a
    plain adjective before a preposition or the end ("Dogs welcome in ..." is a note)."""
    if finite_verb(text):
        return True
    words = [(m.group(0), m.end()) for m in _WORD.finditer(text)]
    if len(words) > 1 and any(t == "base" for _b, t in readings(words[0][0].lower())) \
            and _IMPERATIVE_OBJECT.match(text, words[1][1] - len(words[1][0])):
        return True  # "Hold SET and MODE together ...": an imperative, for the instruction rules
    for number, (word, end) in enumerate(words):
        if not word[:1].islower():
            continue
        if _verb_form(word):
            return True
        following = words[number + 1][0] if number + 1 < len(words) else ""
        gap = text[end:words[number + 1][1] - len(following)] if following else ""
        if word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")) and len(word) > 3 \
                and following and gap.strip() == "" and word not in FUNCTION_WORDS and _after_a_subject(words, number):
            return True  # "The river meanders through ..." (a verb the list may lack)
        if number and following and any(t == "base" for _b, t in readings(word)) \
                and _OBJECT_AFTER_A_BASE.match(text, end) \
                and words[number - 1][0].lower() not in FUNCTION_WORDS | PREPOSITIONS | {"to"} \
                and any(_plural(w) for w, _e in words[:number - 1]):
            return True  # "Mission scientists in which city plan to fire ...": the plural subject further back
        back = number - 1
        while back > 0 and (words[back][0] in _BETWEEN or words[back][0].endswith("ly")):
            back -= 1  # "Eclipses also repeat ...", "Otters usually hunt ..."
        if number and _plural(words[back][0]) and not re.search(r"[^\w\s'\u2019-]", text[words[back][1]:end - len(word)]) \
                and word not in FUNCTION_WORDS and word not in PREPOSITIONS and not word.endswith(("ing", "ly")) \
                and (any(t == "base" for _b, t in readings(word))
                     or not word.endswith(("al", "ous", "ful", "ic", "ive", "able", "ible"))):
            if word in PLAIN_ADJECTIVES and (not following or following.lower() in PREPOSITIONS):
                continue  # "Dogs welcome in ...": "are" left out
            return True
    return False


# A word of two letters or more, then "=": "Killer = ...", "MAIN = ..." (not "V = IR", a formula);
# an arrow between words: "blamed Serbia → ultimatum → war".
_SYMBOL_FOR_A_VERB = re.compile(r"[A-Za-z]{2,}[*_)]*\s*=(?![=>])|\w[*_)]*\s*(?:→|->|=>|⇒|⟶)\s*[*_(]*\w")


def symbol_note(text: str) -> bool:
    """Whether a line is a note whose "=" or arrow stands for a verb ("Killer = a Bosnian Serb,
    19, linked to ...", "The Tsar mobilised → Germany declared war"). A formula of one-letter
    symbols ("where V = IR") is no such note."""
    return ("=" in text or ">" in text or "→" in text or "⇒" in text or "⟶" in text) \
        and _SYMBOL_FOR_A_VERB.search(text) is not None


# "e.g." or "i.e." and the example it opens, to the next comma or the end.
_EXAMPLE = re.compile(r",?\s*\b(?:e\.\s?g|i\.\s?e|eg)\.?(?=\s)[^,;]*,?", re.I)
_EXAMPLE_WORD = re.compile(r"\b(?:e\.\s?g|i\.\s?e|eg)\.?(?=\s)", re.I)  # found faster without the comma before


def example_note(text: str) -> bool:
    """Whether a line is a note whose "e.g." or "i.e." stands where a verb should be: no verb
    outside the example ("Trade for spices, e.g. pepper from which country?"); "Many birds,
    e.g. swifts, migrate to Africa" has one."""
    if not _EXAMPLE_WORD.search(text):
        return False
    return not has_main_verb(_EXAMPLE.sub(" ", text))


# A heading run into its line: a few words before a spaced dash, then the line ("Soil acidity -
# most crops grow best ...").
_HEADING_DASH = re.compile(r"([A-Z][^.!?;:,\u2013\u2014]{0,60}?)\s+[-\u2013\u2014]\s+(?=\S)")
MAX_HEADING_WORDS = 6


def run_in_heading(text: str) -> str:
    """The heading a line opens with before " - " or " \u2013 ", when it has one; else ''. A
    heading is a few words without a verb ("Soil acidity - most crops grow best in what pH?");
    a second dash after it makes the first open an aside ("The keep - rebuilt in 1200 - is ...")."""
    dash = _HEADING_DASH.match(text)
    if dash is None or len(dash.group(1).split()) > MAX_HEADING_WORDS or has_main_verb(dash.group(1)):
        return ""
    if re.search(r"\s[-\u2013\u2014]\s", text[dash.end():]):
        return ""
    return dash.group(1)


# A noun phrase, then a participle and a phrase after it: "The east wing added in what year?".
_NOUN_THEN_PARTICIPLE = re.compile(r"((?:[A-Z][\w'\u2019-]*|the|a|an|its|his|her|their)(?:\s+[\w'\u2019-]+){0,6}?)\s+"
                                   r"([a-z]+)(?=\s+(?:" + "|".join(sorted(PREPOSITIONS)) + r")\b|\s*[?.]?$)")


# An amount after a verb, opened by a word that is a preposition elsewhere: "about 4.5 million".
_AMOUNT_AFTER = re.compile(r"\s*(?:about|around|over|under|nearly|almost|roughly|approximately|some|up\s+to|"
                           r"more\s+than|less\s+than|fewer\s+than)\s+(?:[$£€]?\d|how\b|what\b)")


def passive_without_be(text: str) -> bool:
    """Whether a line is a passive without its "was": a noun phrase and the participle of a verb
    that needs an object (`verbs.needs_an_object`), then a phrase or nothing ("The east wing
    added in what year?", "Its chapel built in 1450.", "The one most widely kept for honey."),
    with no finite verb before nor after it. "The bridge opened in 1890" (a verb that may go
    without an object) and "The wing added in 1884 is the oldest" (a verb after) are sentences."""
    match = _NOUN_THEN_PARTICIPLE.match(text.strip())
    if match is None or not needs_an_object(match.group(2)):
        return False
    before, after = match.group(1), text.strip()[match.end():]
    if _AMOUNT_AFTER.match(after):
        return False  # "In 2019 Lisbon received about 4.5 million visitors": "about" opens the object
    return not has_main_verb(before) and not has_main_verb(after)


# A clause's own subject and its verb at the start of a piece after a comma: "the army
# retreated", "Prussia felt ...", "he was ...".
_CLAUSE_START = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|which|what)\s+"
    r"((?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)"
    r"|[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3}|he|she|it|they|we)\s+"
    r"(?:(?:also|then|later|soon|still|now|never|quickly)\s+)?([a-z][\w'-]*)(\s+by\b)?")
# What opens a piece that is no main clause: a subordinator, a relative word, a participle.
_NOT_A_MAIN_CLAUSE = re.compile(r"(?:when|while|as|if|although|though|because|since|after|before|until|once|whereas|"
                                r"which|who|whom|whose|where|that|and|but|or|so|then|yet|according)\b|"
                                r"[A-Za-z]+ing\b|[A-Z][a-z]+ed\b", re.I)


def comma_splice(text: str) -> bool:
    """Whether a line is two main clauses joined by a comma alone ("Which duchy wanted to leave
    the union, Prussia felt threatened?"): a piece with its own finite verb, then a piece that
    opens with a subject and its verb. A phrase before the subject ("In 1864, Prussia ..."), a
    subordinate clause ("When the war ended, ...") and an aside ("Its founder, John Nash, was
    ...") are no main clause before the comma."""
    if ", " not in text:
        return False
    pieces = comma_pieces(text, quotes=True)
    if any(re.match(r"\s*(?:and|or|but)\s", text[start:end]) for start, end in pieces[2:]):
        return False  # "Insurers paid £1m, the council gave £455,000, and an appeal raised ...": a list of clauses
    for (start, end), (next_start, next_end) in zip(pieces, pieces[1:]):
        piece, following = text[start:end].strip(), text[next_start:next_end].strip()
        asks = start == 0 and re.match(r"(?:Which|Who|Whose|What)\b", piece)  # the question's own word
        opener = piece.split(None, 1)[0].lower() if piece else ""
        if not piece or (_NOT_A_MAIN_CLAUSE.match(piece) and not asks) or opener in PREPOSITIONS \
                or opener in ("by", "despite") or not finite_verb(piece):
            continue
        clause = _CLAUSE_START.match(following)
        if clause is None or clause.group(3):
            continue
        inner = (clause.group(1) or "").split()
        if any(word in FUNCTION_WORDS or word in PREPOSITIONS or _verb_form(word) for word in inner):
            continue  # "the first of which was ...", ", which was built ...": a relative clause, not a subject
        verb = clause.group(2)
        if verb in _FINITE or (verb.endswith("ed") and len(verb) >= 5) \
                or any(tense in ("past", "third") for _base, tense in readings(verb)):
            return True
    return False


# Where a subordinate or relative clause opens after the line's first words.
_SUBORDINATE = re.compile(r"\s(?:after|before|when|while|because|since|until|although|though|whereas|where|once|"
                          r"which|who|whom|whose|that)\b")
# What follows a relative "which" or "whose" ("over which the wind blows"); after the question's
# "which" comes its noun ("the kangaroo rat of which continent gets ...").
_AFTER_A_RELATIVE = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|is|are|was|"
                               r"were|has|have|had|can|could|will|would|[a-z]+ed)\b")
_VERB_GROUP_WORD = re.compile(r"[a-z][\w'-]*")


def _verb_groups(text: str) -> int:
    """How many finite verbs a piece holds, an auxiliary and the verb after it counted once."""
    groups, last = 0, -9
    words = _VERB_GROUP_WORD.findall(text)
    for number, word in enumerate(words):
        if _verb_form(word):
            if number - last > 2 or words[last] not in AUXILIARIES:
                groups += 1  # ("... blows is called ...": two verbs, not "was called", one)
            last = number
    return groups


def _subordinate_opening(text: str, wh: str) -> re.Match | None:
    """Where the first subordinate or relative clause of a line opens (`_SUBORDINATE`), passing
    over the question's own wh-phrase and a "which" or "whose" before its noun."""
    for opening in _SUBORDINATE.finditer(text):
        word = opening.group(0).strip()
        if wh and text.startswith(wh, opening.start() + 1):
            continue
        if word in ("which", "whose") and not _AFTER_A_RELATIVE.match(text, opening.end()):
            continue
        return opening
    return None


def verb_only_in_a_subordinate(text: str, wh: str = "") -> bool:
    """Whether a line's only verb is in the subordinate or relative clause it ends with, its
    main clause a noun phrase alone ("Franco-Spanish trade war after which country closed its
    ports?", "The year in which the mill closed."). "The man who built the bridge died in 1890"
    goes on with its main verb after the relative clause."""
    opening = _subordinate_opening(text, wh)
    if opening is None:
        return False
    head, tail = text[:opening.start()], text[opening.start():]
    if not head.strip() or has_main_verb(head) or ", " in tail or not _WORD.match(head.strip()):
        return False
    if head.strip().split()[0].lower() in FUNCTION_WORDS and head.strip().split()[0].lower() not in (
            "the", "a", "an", "its", "his", "her", "their", "this", "these", "those"):
        return False  # "In 1906, ...", "According to ...": a phrase before the main clause
    return _verb_groups(tail) <= 1


def verbless(text: str) -> bool:
    """Whether a line has no finite verb at all (`has_main_verb`): "Dogs welcome in the
    garden rooms for how much per night?", "Trade for spices and which other goods?"."""
    return not has_main_verb(text)


# The facts of one sentence share its statement, which is read once (a cache of a few
# hundred sentences: a document's, not a whole run's).
@lru_cache(maxsize=1024)
def not_a_sentence(text: str, wh: str = "") -> str:
    """The name of the first shape above that `text` (a prompt or statement, or its body, asking
    with the wh-phrase `wh` if it is a question) has, else '': such a line gives no question and
    no statement."""
    body = text.strip().rstrip(" ?.!")
    for name, test in (("symbol note", symbol_note), ("example note", example_note),
                       ("run-in heading", run_in_heading), ("passive without be", passive_without_be),
                       ("comma splice", comma_splice), ("verbless", verbless)):
        if test(body):
            return name
    if verb_only_in_a_subordinate(body, wh):
        return "verb only in a subordinate"
    return ""
