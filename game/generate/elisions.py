"""What a prompt leaves out that only the document supplies: the noun a count counts, the one
thing a "previous" or a "next" is ordered against, where something "was brought", and the clause a
bare noun phrase hangs from.

Each is a shape of English, not a word of one document:

- a count standing in for its noun: "A household would own two or three so that ..." (two or
  three what?), "Only one survives." (`elided_count`);
- an order word that ranks a thing against the document's own time line: "the previous record",
  "the next full council meeting", "the current holder" (which one, of what?), where nothing after
  it names what it is ranked in (`relative_order`);
- "bring", which moves a thing towards the speaker: "Lapis lazuli had to be brought more than
  2,000 kilometres from ..." is brought to where the text is, which the prompt never says
  (`missing_goal`);
- a noun phrase with its wh-word inside a relative clause and no verb of its own: "A fundraising
  campaign that raised how much?" is no question (`bare_noun_phrase`).
"""

from __future__ import annotations

import re

from game.generate.lexicon import MONTH_NAMES, WEEKDAYS, word_set
from game.generate.verbs import readings

_COUNTS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|dozens|hundreds|"
           r"thousands)")
_A_COUNT = rf"{_COUNTS}(?:\s+(?:or|and|to)\s+{_COUNTS})?"
# Parts of those words, one of which a prompt must hold for `elided_count` to read it (a quick test).
COUNT_HINTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
               "few", "several", "dozens", "hundreds", "thousands", "per cent", "percent", "%", "percentage",
               "proportion")
# A count as the object of a verb of having, getting or using, with nothing after it that it counts:
# "would own two or three so that", "bought six.", "kept one, and ...". Not "owned two mills",
# "has hundreds of fjords", "made one of the first ...".
_COUNTED_OBJECT = re.compile(
    r"\b(?:own|owned|owns|owning|had|has|have|having|buy|buys|bought|keep|keeps|kept|use|uses|used|need|needs|"
    r"needed|carry|carries|carried|sell|sells|sold|find|finds|found|hold|holds|held)\s+"
    rf"(?:only\s+|just\s+|about\s+|around\s+)?({_A_COUNT})"
    r"(?=\s*[,.;:?!]|\s+(?:so|and|but|or|to|for|in|at|on|with|while|because|that|which|when|each|apiece|a|an|the|"
    r"every|per)\b)", re.I)
# A count as the subject, opening the prompt or a clause: "Two were found in 1990", "Only one survives".
_COUNTED_SUBJECT = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:and|but|while|when|because|although)\s+)(?:(?i:only|just|all|all\s+but)\s+)?"
    rf"((?i:{_A_COUNT}))\s+(?:is|was|were|are|has|had|have|survives?|survived|remains?|remained|still|"
    r"[a-z]{3,}ed)\b")


def elided_count(prompt: str) -> bool:
    """Whether the prompt has a count with no noun to count: "A household would own two or three
    so that one could heat while another was in use", "Only one survives in the collection",
    "Two were stolen in 1990"; not "owned two mills", "has hundreds of fjords", "one could heat"
    (the pronoun "one", which stands for anybody)."""
    return bool(_COUNTED_OBJECT.search(prompt) or _COUNTED_SUBJECT.search(prompt) or elided_share(prompt))


def elided_share(prompt: str) -> bool:
    """Whether a share opens a clause as its subject with nothing to say of what: "28 per cent were
    women, up from 19 per cent", "what percentage were women" (of whom?); not "28 per cent of
    the new drivers were women", "what percentage of households were online"."""
    return bool(_SHARE_SUBJECT.search(prompt))


_ORDER_WORDS = "previous|next|latest|current|former|preceding|forthcoming|upcoming|outgoing|incoming|new|old"
_ORDERED = re.compile(rf"\b[Tt]he\s+({_ORDER_WORDS})\b")
_WORD = re.compile(r"\s+([a-z][\w-]*)")
_PERIOD_NOUNS = frozenset("year years month months week weeks day days decade decades century season seasons time "
                          "spring summer autumn winter morning evening night weekend term".split())
_CALENDAR = frozenset(m.lower() for m in MONTH_NAMES) | WEEKDAYS
_STOPS = word_set("function_words") | word_set("auxiliaries") | word_set("prepositions")
# After the noun, what says which one it is: "of Nigeria", "visible in Britain", "for Wales", "'s", a
# relative clause.
_SAYS_WHICH = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:of|in|at|for|on|to|from|between)\s+(?:the\s+)?([A-Z][\w'\u2019-]*)|"
                         r"['\u2019]s\b|\s+(?:called|named|known|that|which|who|whose)\b")  # "the old tramway that carried ..."


def relative_order(prompt: str) -> bool:
    """Whether the prompt ranks a thing against the document's own time line with nothing to say
    which it is: "The previous record of 4:19.40 was set by ...", "at the next full council
    meeting", "the current holder", "the new stadium"; not "the former capital of Nigeria", "the
    next total eclipse visible in Britain", "the previous year" (a time, read by `relative_time`),
    nor "the New Forest" (a name)."""
    for match in _ORDERED.finditer(prompt):
        # the noun phrase: up to three lower-case words, to the last before a small word or a
        # participle that starts what follows it ("the next meeting held in ...")
        head, end = "", match.end()
        for _word in range(3):
            word = _WORD.match(prompt, end)
            if word is None or word.group(1) in _STOPS or (head and word.group(1).endswith(("ed", "ing", "ly"))):
                break
            head, end = word.group(1), word.end()
        if not head or head in _PERIOD_NOUNS:
            continue
        following = _SAYS_WHICH.match(prompt, end)
        if following and (following.group(1) is None or following.group(1).lower() not in _CALENDAR):
            continue
        return True
    return False


# "be brought" with no "to", "into", "here" or other goal after it, but a source ("from ...").
_BROUGHT = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+brought\b(?!\s+(?:to|into|in|back|up|down|home|here|"
                      r"together|about|forward|on|out|under|over|round|around|before|against|low|forth)\b)")


# "was added", "were attached" with no "to" after: a thing put onto another the prompt leaves unsaid.
_ADDED = re.compile(r"(?:\b(?:be|been|being|is|are|was|were)\s+(?:later\s+)?|,\s+)(?:added|attached|appended|affixed)\b")


def missing_goal(prompt: str) -> bool:
    """Whether the prompt says a thing "was brought" from somewhere and not where to: "bring" moves
    a thing towards where the speaker is ("brought more than 2,000 kilometres from Afghanistan",
    to the museum's seal, to Ur), so without a goal it points to a place only the document
    names; not "brought to England", "brought in", "brought together". Likewise a thing that
    "was added" or "attached" and not to what ("An inscription ... was added in 1681")."""
    added = _ADDED.search(prompt)
    if added is not None and not re.search(r"\b(?:to|onto|into|on|in front of|beside)\s+(?!what\b|which\b)[a-zA-Z]",
                                             prompt[added.end():]):
        return True  # "An inscription blaming Catholics was added in what year?": added to what?
    match = _BROUGHT.search(prompt)
    if match is None:
        return False
    rest = prompt[match.end():]
    return bool(re.search(r"\bfrom\b", rest)) and not re.search(r"\b(?:to|into|as far as)\s", rest)


_PERSON_ROLES = word_set("person_roles")
# "The 41-year-old former Rovers midfielder", "the former Rovers captain": a person by description.
_DESCRIBED = re.compile(rf"\b[Tt]he\s+((?:[\w'\u2019-]+\s+){{1,4}})({'|'.join(sorted(_PERSON_ROLES))})\b(?!\s+[A-Z])")


def described_person(prompt: str) -> bool:
    """Whether the prompt speaks of a person only by a description a document gives after naming
    them: "The 41-year-old former Rovers midfielder made how many appearances ...?", "the former
    captain"; an age ("41-year-old") or "former" before a noun that names what a person is. Not
    where the name follows ("the 41-year-old Darren Holloway")."""
    if "year-old" not in prompt and "former" not in prompt:
        return False
    for match in _DESCRIBED.finditer(prompt):
        words = match.group(1)
        if "year-old" in words or "former " in words:
            return True
    return False


# "A fundraising campaign that raised how much?", "A fundraising campaign that raised £42,000.": a
# noun phrase and its relative clause, and nothing else.
_NOUN_PHRASE_ONLY = re.compile(r"(?:An?|The|Some)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:that|which|who|whose)\s+((?:[^,;:]|,(?=\d))+)[?.]$")


def bare_noun_phrase(prompt: str) -> bool:
    """Whether the prompt is a noun phrase with a relative clause and no verb of its own: "A
    fundraising campaign that raised how much?", "The pupils who won which cup?", "A fundraising
    campaign that raised £42,000."; not "A campaign that raised how much was launched in 2020?"
    (its own verb follows the clause's)."""
    match = _NOUN_PHRASE_ONLY.match(prompt)
    if match is None:
        return False
    verbs = [word for word in re.findall(r"[A-Za-z'\u2019]+", match.group(1)) if readings(word.lower())]
    return len(verbs) <= 1

# A share as the subject, opening the prompt or a clause, its verb straight after it: "28 per cent
# were women", "What percentage were women".
_SHARE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|when|because|although)\s+)(?:[Ww]hat\s+(?:percentage|proportion)|"
    r"\d+(?:\.\d+)?\s*(?:per\s*cent|%))\s+(?:is|was|were|are)\b")
