"""Dropping web and layout junk from a document's paragraphs by general patterns.

Scraped pages carry more than the article: style rules, photo credits, captions, bylines,
datelines, "More from ..." promotions, share and subscribe lines, cookie notices, menus and
lists of links. A paragraph is kept only when it reads as the article's own prose; a junk
prefix glued to a real sentence (a style rule, a dateline) is cut off, never text in the
middle, so that every kept sentence is still an exact piece of the document.
"""

from __future__ import annotations

import re

from game.generate.lexicon import FUNCTION_WORDS, word_set
from game.generate.phrasing import describing_word, finite_verb
from game.generate.verbs import readings

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")

_CSS_PREFIX = re.compile(r"^\s*(?:[#.@]?[\w-][^{}\n.!?]{0,80}\{[^{}:]*:[^{}]*\}\s*)+")
_CODE = re.compile(r"\{[^{}:]*:[^{};]*;[^{}]*\}|\bfunction\s*\(|\b(?:var|let|const)\s+\w+\s*=|"
                   r"\bwindow\.\w|\bdocument\.\w|=>|^\s*[@.#][\w-]+\s*\{|^\s*\}\s*$|</?\w[^<>]*>")
# One of these is in every paragraph `_CODE` finds (most paragraphs hold none): a quick test first.
_CODE_MARKS = ("{", "}", "=", "<", "function", "window.", "document.")
_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|images?|illustration|picture|credit|courtesy|file photo|getty|"
    r"shutterstock|istock|reuters|associated press|afp|ap photo|globalpost)\b|\u00a9|\(c\)\s", re.I)
_AGENCY_SLASH = re.compile(r"\b\w+\s*/\s*(?:Getty|AFP|AP|Reuters|EPA|Shutterstock|Alamy)\b|\bGetty Images\b")
_PROMO = re.compile(
    r"^\W*(?:more from|more on|more:|read more|read next|read also|also read|related(?: stories| articles| content)?\s*:|"
    r"see also|recommended|you may also|you might also|don'?t miss|watch:|watch now|listen:|"
    r"click here|sign up|subscribe|follow us|follow \w+ on|share (?:this|on|via)|share$|tweet|"
    r"email (?:this|us)|print(?: this)?$|advertisement|sponsored|trending|most (?:read|popular)|"
    r"top stories|editor'?s picks?|latest news|next article|previous article|comments?\b|"
    r"join the conversation|skip to|jump to|back to top|log ?in|sign ?in|register|menu$|home$|"
    r"loading|this article (?:was|is) (?:originally )?(?:published|updated)|originally published|"
    r"copyright|all rights reserved|terms of (?:use|service)|privacy (?:policy|notice)|contact us)",
    re.I)
_COOKIE_WORD = re.compile(r"\bcookies?\b", re.I)
_COOKIE_TERMS = re.compile(r"\b(?:use|accept|consent|settings|policy|browsing|experience|agree|preferences)\b", re.I)
_LEGAL = re.compile(r"\b(?:accept|reject) all\b|\bprivacy policy\b|\ball rights reserved\b", re.I)
_BYLINE = re.compile(
    r"^(?:by|written by|posted by|reporting by|reported by|edited by|words by|story by)\s+"
    r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|de|van|von))*\s*(?:[,|\u2022\u00b7-].*)?$", re.I)
_STAMP = re.compile(
    rf"^(?:(?:published|updated|posted|last (?:updated|modified)|first published)\b.*|"
    rf"(?:\w+day,?\s+)?(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}}.*|\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm|a\.m\.|p\.m\.)?.*|"
    rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}.*|\d+\s+(?:min(?:ute)?s?|hours?)\s+(?:read|ago)\.?)$", re.I)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s+(?:\d{1,2}\s+)?[A-Z][\w.]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?\s*"
    r"(?:\([A-Za-z .]+\))?\s*[\u2014\u2013-]+\s+)"
    r"(?=[A-Z\"\u201c])")  # "LONDON —", "PARIS, France (AP) -", "LONDON, July 14 (Reuters) -", "OBAN, 2 June 2026 -"
_CAPTION_CUE = re.compile(
    r"^(?:above|below|pictured|photo|image|top|left|right|main image|file|caption)\s*[:|-]|"
    r"\((?:left|right|center|centre|top|bottom|l|r|c)\)|\b(?:pictured|poses? for|posing|seen here|"
    r"from left|left to right|is seen|are seen|is pictured|are pictured|is shown|are shown|"
    r"are displayed|is displayed|looks on|look on)\b", re.I)
_CAPTION_DATE = re.compile(rf"(?:,|(?<!\s))\s+(?:(?:on|in)\s*)?(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}\.?$|"
                           rf",\s+(?:{MONTHS})\s+\d{{4}}\.?$")
_FOLLOW = re.compile(r"\b(?:follow|like) (?:us|@\w+)\b", re.I)
_NETWORK = re.compile(r"\b(?:twitter|facebook|instagram|tiktok|youtube|x)\b", re.I)
_PROMO_ANYWHERE = re.compile(
    r"\bget the latest (?:alerts|news|updates)\b|\bdownload (?:the|our) app\b|\bnews app\b|"
    r"\bsign up (?:for|to) (?:our|the)\b|\bsubscribe (?:to|for) (?:our|the)\b|"
    # a closing plug: "X's honey is on sale at Wellbridge market every Saturday from 8am.",
    # "Photographs are available on request", "Next month: a bookbinder who ..."
    r"\b(?:is|are) on sale (?:at|in|from)\b.*\b(?:every|each|daily|weekly|from \d)|\bavailable on request\b|"
    r"^next (?:month|week|issue|time)\s*:", re.I)
_JUNK_SUFFIX = re.compile(r"(?<!\s)\s*(?:Continue reading|Read more|Read the full (?:story|article)|Keep reading)\s*(?:\.{3}|\u2026|>>|\u00bb|:)?\s*$", re.I)
_SOURCE_STAMP = re.compile(r"^[\w .&'-]{2,40}\s*[|\u2022\u00b7]\s*\d{1,2}[:.]\d{2}\b")
_CONTINUING = word_set("continuing_words")
_OPENING = word_set("opening_words")
_URL = re.compile(r"https?://\S+|www\.\S+|(?<![^\s@])[^\s@]+@[^\s.@]+(?:\.[^\s.@]+)*\.\w+")
_BREADCRUMB = re.compile(r"\S\s+(?:>|\u00bb|\u203a|/|\|)\s+\S.*\s(?:>|\u00bb|\u203a|/|\|)\s")
_HANDLE = re.compile(r"^[@#]\w+")
# A numbered note or reference under a page's "Notes" or "References": "[1] The legend of ...".
_NOTE = re.compile(r"^\[\d+\]\s")
# A credit, byline or attribution: who prepared, wrote, compiled or photographed the page, and
# nothing else ("Prepared by the Learning Unit, Westbury Museum.", "Photo: Anna Kowalska.",
# "Words by Tom Reid."). Made, designed or painted by is an object's maker, which labels ask about.
_CREDIT_LINE = re.compile(
    r"^(?:(?:Prepared|Compiled|Written|Edited|Produced|Researched|Translated|Photographed|Illustrated|Reported|"
    r"Reporting|Additional\s+reporting|Words|Text|Story|Research|Photos?|Photographs?|Photography|Pictures?|"
    r"Images?|Illustrations?|Graphics|Layout|Editing|Interviews?)\s+by|"
    r"(?:Words|Text|Story|Photos?|Photographs?|Photography|Pictures?|Images?|Illustrations?|Graphics|Layout|Editor|"
    r"Editors|Author|Authors|Credits?|Sources?|Compiled|Prepared|Research|Reporting)\s*:)\s*"
    r"(?:the\s+)?[A-Z][\w.'\u2019-]*"
    r"(?:(?:\s+|\s*,\s*|\s*&\s*|\s*/\s*)(?:[A-Z][\w.'\u2019-]*|the|of|and|for|at|in|de|van|von|la|le|du|der|\d{4}))*"
    r"\s*\.?$")
# Parts joined by separators: a breadcrumb or a gallery sign ("Home > News > Science",
# "Gallery 14 | Ancient Iran and Egypt").
MAX_CREDIT_LINE = 200
_SEPARATOR = re.compile(r"\s(?:\||>|\u00bb|\u203a|/|\u2022|\u00b7)\s")


def is_credit_line(text: str) -> bool:
    """Whether a line or sentence only says who made the page ("Compiled by the Parish Records
    Group.", "Photo: Helen Ashdown."): nothing to ask about, nothing to state."""
    text = text.strip()
    return len(text) <= MAX_CREDIT_LINE and bool(_CREDIT_LINE.match(text))


def is_navigation(line: str) -> bool:
    """Whether a line is a breadcrumb or a gallery sign: short parts joined by separators, no
    sentence ("Home > News > Science", "Gallery 14 | Ancient Iran and Egypt"). It is never a
    document's title nor an object's name."""
    line = line.strip()
    if _TERMINAL.search(line) or not _SEPARATOR.search(line):
        return False
    return all(1 <= len(part.split()) <= 6 for part in _SEPARATOR.split(line))
# A dateline ("LONDON, July 14 (Reuters) -") is a few words at the very start of a paragraph.
DATELINE_SPAN = 200
_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\[[^\]]{1,20}\])*$")


def split_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines; wrapped lines joined, lists kept one item a line."""
    paragraphs: list[str] = []
    # A rule of = - _ * ~ # signs ("=====", "-----") closes a section or underlines its heading:
    # the text on either side is never one sentence ("6. NOTES ==== Figures are ..." is no prompt).
    for block in re.split(r"\n\s*\n|^[ \t]*[-=_*~#]{3,}[ \t]*$", text, flags=re.M):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and all(len(line) < 70 and not _TERMINAL.search(line) for line in lines):
            paragraphs.extend(lines)  # a menu, a link list or a list of items: one per line
            continue
        current = [lines[0]]  # the lines of the paragraph being joined
        for previous, line in zip(lines, lines[1:]):
            last_word = previous.rsplit(None, 1)[-1].lower()
            first_word = line.split(None, 1)[0].lower()
            label = (len(previous) < 60 and not _TERMINAL.search(previous) and line[:1].isupper()
                     and last_word not in _CONTINUING and (first_word in _OPENING or _SOURCE_STAMP.match(previous)
                                                           or _heads_block(previous, line, current)))
            if re.match(r"^(?:[-*\u2022+]|\d+[.)]|\[\d+\]|\([a-z\d]{1,3}\))\s", line) or label \
                    or _item_heading(current, line):
                # A list item, a note ("[1] ..."), or a line after a headline or a "Source | 07:55" stamp.
                paragraphs.append(" ".join(current))
                current = [line]
            else:
                current.append(line)
        paragraphs.append(" ".join(current))
    return paragraphs


def _item_heading(current: list[str], line: str) -> bool:
    """Whether the list item being joined is a heading line of its own, the line after it the
    item's prose ("* Year 5 – Trip to Carrow Castle, 2–4 June 2025" / "Final balance of £80 is
    due ..."): one line, no full stop, ending in a date's number, and the next line opens a
    sentence with a capital. A wrapped sentence does not break after a number without a comma."""
    return len(current) == 1 and bool(re.match(r"[-*\u2022+]\s", current[0])) and bool(re.search(r"\d$", current[0])) \
        and line[:1].isupper() and bool(re.search(r"[.!?]", line))


def _heads_block(previous: str, line: str, current: list[str]) -> bool:
    """Whether `previous`, the first line of its block, is a section heading over the paragraph
    that starts on the next line ("Death and reputation" / "Brunel married ...", "25/05 PUBLIC
    PARTICIPATION" / "Two residents ..."): a few words without a full stop, and the line after it
    is prose far longer than a wrapped line beside it would be."""
    if len(current) != 1 or len(previous.split()) > 8 or previous.endswith((",", ";", ":", "-")):
        return False
    return len(line) >= max(60, 2 * len(previous)) and bool(re.search(r"[.!?]", line))


def strip_junk_prefix(paragraph: str) -> str:
    """A paragraph without a glued-on style rule or dateline in front of its prose."""
    css = _CSS_PREFIX.match(paragraph)
    if css and re.search(r"[:;]", css.group(0)):
        paragraph = paragraph[css.end():]
    suffix = _JUNK_SUFFIX.search(paragraph)
    if suffix and suffix.start() > 0:
        paragraph = paragraph[:suffix.start()]  # "... a powerful legacy Continue reading..."
    dateline = _DATELINE.match(paragraph[:DATELINE_SPAN])
    if dateline and len(dateline.group(0).split()) <= 6:
        paragraph = paragraph[dateline.end():]
    return paragraph.lstrip("\u2022*-\u2013\u2014 ").strip()


def _word_count(text: str) -> int:
    return len(text.split())


def junk_reason(paragraph: str) -> str | None:
    """Why a paragraph is not article prose, or None when it is."""
    words = _word_count(paragraph)
    if any(mark in paragraph for mark in _CODE_MARKS) and _CODE.search(paragraph):
        return "code or style rules"
    if _URL.search(paragraph) and (words <= 12 or len(_URL.findall(paragraph)) > 1):
        return "a link"
    if _PROMO.search(paragraph):
        return "a promotion, share or site line"
    if _after(_COOKIE_WORD, _COOKIE_TERMS, paragraph) or _LEGAL.search(paragraph):
        return "a cookie or legal notice"
    if words <= 40 and (_after(_FOLLOW, _NETWORK, paragraph) or _PROMO_ANYWHERE.search(paragraph)):
        return "a promotion, share or site line"
    if _SOURCE_STAMP.match(paragraph):
        return "a date stamp"
    if words <= 15 and (_CREDIT.search(paragraph) and not _TERMINAL.search(paragraph)
                        or _AGENCY_SLASH.search(paragraph)):
        return "a photo credit"
    if words <= 25 and _AGENCY_SLASH.search(paragraph):
        return "a photo credit"
    if words <= 12 and _BYLINE.match(paragraph):
        return "a byline"
    if words <= 25 and is_credit_line(paragraph):
        return "a credit line"
    if words <= 12 and _STAMP.match(paragraph):
        return "a date stamp"
    if _BREADCRUMB.search(paragraph) and not _TERMINAL.search(paragraph):
        return "navigation"
    if _HANDLE.match(paragraph) and words <= 12:
        return "a social media line"
    if words <= 40 and (_CAPTION_CUE.search(paragraph) or _CAPTION_DATE.search(paragraph)) and _single_sentence(paragraph):
        return "a caption"
    return None


def _after(first: re.Pattern, then: re.Pattern, text: str) -> bool:
    """Whether `then` is found after the first match of `first`: one pass over the text, where
    a pattern like 'first.*then' goes to the end and back once for every match of `first`."""
    found = first.search(text)
    return found is not None and then.search(text, found.end()) is not None


def _single_sentence(paragraph: str) -> bool:
    inner = paragraph.rstrip(".!?\"'\u201d ")
    return not re.search(r"[a-z0-9)][.!?][\"'\u201d]?\s+[A-Z\"\u201c]", inner)


_SENTENCE_END_INSIDE = re.compile(r"[a-z0-9)][.!?][\"'\u201d\u2019]?\s+[\"\u201c]?[A-Z]")


def is_prose(paragraph: str) -> bool:
    """A paragraph of sentences rather than a heading, a menu item or a label. Sentences that end
    in an attribution without a full stop ('"We knew," one of them later told a reporter') are
    prose all the same when a full sentence comes before them."""
    if paragraph.endswith(":") and _word_count(paragraph) >= 10 and re.search(r"[a-z0-9][.!?]\s+[A-Z]", paragraph):
        return True  # sentences that lead into a list
    if _TERMINAL.search(paragraph):
        return _word_count(paragraph) >= 4
    return _word_count(paragraph) >= 15 and bool(_SENTENCE_END_INSIDE.search(paragraph))


def clean_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The prose paragraphs kept, and (paragraph, reason) for every one dropped."""
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    short_run: list[str] = []

    def flush_run() -> None:
        # Three or more short lines in a row without full stops are a menu or a list of links.
        reason = "a menu or list of links" if len(short_run) >= 3 else "a heading or label"
        dropped.extend((line, reason) for line in short_run)
        short_run.clear()

    for raw in paragraphs:
        paragraph = strip_junk_prefix(raw)
        reason = junk_reason(paragraph) if paragraph else "empty"
        if reason:
            flush_run()
            dropped.append((raw, reason))
            continue
        if not is_prose(paragraph):
            short_run.append(raw)
            continue
        flush_run()
        kept.append(paragraph)
    flush_run()
    return kept, dropped


# A line that opens with a participle and its preposition: "Issued by the observers of ... on
# 2 December 2026.", "Published on 3 May.", "Recorded at the Town Hall.".
_PARTICIPLE_OPENING = re.compile(r"([A-Z][a-z]+(?:ed|en|t))\s+(?:by|on|in|at|for|from|to|with|under)\b")
# A caption's label before its words, inside a paragraph of other lines: "Caption: Bob Pascoe
# beside the lighthouse, where he served from 1983 to 1990."
_CAPTION_LABEL = re.compile(r"(?:Caption|Photo|Photograph|Picture|Pictured|Image|Above|Below)\s*:\s", re.I)
# A heading's noun phrase: a bare noun, then its preposition ("Transcript of the recording for
# visitors to ...", "Minutes of the meeting", "Notes on ...").
_NOUN_OPENING = re.compile(r"([A-Z][a-z]+)\s+(?:of|for|on|to|from|about)\s")
# After a comma, the main clause of a sentence that opens with a participle's phrase: "Published
# in 1851, the novel sold poorly." (a subject, then a lower-case word).
_MAIN_CLAUSE_AFTER = re.compile(r",\s+(?:the|a|an|this|these|his|her|its|their|he|she|it|they|[A-Z][\w'-]*)\s")


def is_page_furniture(sentence: str) -> bool:
    """Whether a "sentence" is a line of the page rather than a statement: an issue or
    publication line with no subject ("Issued by the volunteer observers of the Kelderby Weather
    Station on 2 December 2026."), a heading's noun phrase with no verb ("Transcript of the
    recording for visitors to St Aldhelm's Church, Tollbridge."), or a numbered note or
    reference ("[1] The legend of a Napoleonic prize first appears ..."), or a caption after its
    label ("Caption: Bob Pascoe beside the lighthouse."). None is asked nor stated."""
    if _NOTE.match(sentence) or _CAPTION_LABEL.match(sentence):
        return True
    opening = _PARTICIPLE_OPENING.match(sentence)
    participle = opening.group(1).lower() if opening else ""
    if opening and (participle.endswith("ed") or any(tense in ("past", "participle") for _base, tense in readings(participle))) \
            and not _MAIN_CLAUSE_AFTER.search(sentence, opening.end()):
        return True
    noun = _NOUN_OPENING.match(sentence)
    return bool(noun) and noun.group(1).lower() not in _NOT_A_HEADING and not readings(noun.group(1).lower()) \
        and not finite_verb(_ADJECTIVE_IN_ED.sub(lambda m: " " if describing_word(m.group(2)) else m.group(0), sentence))


# A word in -ed before a noun is an adjective, no verb: "the Grade II listed former tannery".
_ADJECTIVE_IN_ED = re.compile(r"\b([a-z]{3,}ed)\s+(?=([a-z]+)\b)")


# Words that open a sentence's subject before "of" and are no heading: "Most of the rain ...".
_NOT_A_HEADING = frozenset("most some many much more all each both one none half part few several any "
                           "either neither".split())


_INSTRUCTION_VERBS = word_set("instruction_verbs")
# A capitalised word, then its object: "Tip the hot peppers into a bowl", "Cover it tightly".
_BARE_VERB_OPENING = re.compile(r"([A-Z][a-z]+)\s+(?:the|a|an|your|it|them|each|all|both|some|any)\s+(?=[a-z])")
# Words that open a sentence before "the" and are no verb: "Today the club runs ...", "When the ...".
_NOT_A_VERB_OPENING = frozenset(
    "today yesterday tomorrow tonight then now here there later soon once meanwhile sometimes often still also "
    "thus hence together instead afterwards nowadays overall first next last finally only even just not almost "
    "nearly perhaps maybe half when while although though if as because where whether unless so but and yet or "
    "nor since until before after during despite unlike like within beyond above below behind beneath inside "
    "outside near across along around throughout towards toward against among amid upon without with from into "
    "onto over under by at in on of for to about between through past per via what which who whose how why "
    "every many most much more less few several such this that these those his her its their our my".split())


def _bare_verb(word: str) -> bool:
    """Whether a capitalised word opening a sentence before its object can only be a verb of a step."""
    return word not in _NOT_A_VERB_OPENING and word not in FUNCTION_WORDS and not word.endswith(("ly", "ed", "ing")) \
        and not (word.endswith("s") and not word.endswith("ss"))
# A leading condition or time before the step: "If the soup is too thick, thin it", "Once a
# month, run an empty wash"; "Never use a wire brush"; "To find out how ...": an aim, no fact.
_BEFORE_STEP = re.compile(r"(?:(?:If|When|Once|After|Before|While|Every|Each|For|Using|With)\b[^,]{1,80},\s+)?"
                          r"(?:(?:Never|Always|Please|Then|Now|Next|First|Finally|Carefully|Gently|Slowly)\s+|"
                          r"(?:Do\s+not|Don't)\s+)?([A-Za-z]+)\b(?![-'\u2019])")

# A frame before advice: "As a guide, descale every 3 months", "As a rule, wipe the wand after use".
_AS_A_GUIDE = re.compile(r"As\s+an?\s+[a-z]+(?:\s+[a-z]+)?,\s+")

# After a fronted phrase, a lower-case word that is no subject, straight before its object.
_BARE_VERB_AFTER_A_PHRASE = re.compile(
    r"(?!(?:it|they|we|you|he|she|there|this|these|those|that|one|some|most|many|all|each|both|such|"
    r"no|not|only|few|several|more|less)\b)[a-z]+(?<!s)\s+(?:the|a|an|your|any|all|each|every|both|\d)")


# A short label before a colon: "A note on paprika: buy the Spanish smoked kind ...".
_LABEL_BEFORE = re.compile(r"[A-Z][\w'\u2019 -]{0,40}:\s+(?=[a-z])")


# The marks a task is worth: "(2 marks)", "[4 marks]", "(1 mark)".
_MARKS = re.compile(r"[(\[]\s*\d+\s+marks?\s*[)\]]", re.I)


def exercise_paragraphs(texts: list[str], paragraphs: list[int]) -> frozenset[int]:
    """The paragraphs (a list item is one) that set a task, by the marks it is worth: what they
    say ("Bacteria are described as prokaryotic. Describe one way ... (2 marks)") is the task's
    premise, written to be worked on, not a fact the text teaches."""
    return frozenset(paragraph for text, paragraph in zip(texts, paragraphs) if _MARKS.search(text))


def is_instruction(sentence: str) -> bool:
    """Whether a sentence tells the reader to do something (a recipe's step, an exercise, a
    manual's instruction), after a label or not ("A note on paprika: buy the Spanish smoked
    kind ..."), or states an aim ("To find out how ..."): nothing to ask about."""
    label = _LABEL_BEFORE.match(sentence)
    if label and not finite_verb(label.group(0)):
        if _BARE_VERB_AFTER_A_PHRASE.match(sentence, label.end()):
            return True  # "A note on paprika: buy the ...": a verb no list names, then its object
        sentence = sentence[label.end():].capitalize()
    if sentence.startswith("To") and re.match(r"To\s+[a-z]+\s", sentence):
        return True
    bare = _BARE_VERB_OPENING.match(sentence)
    if bare and _bare_verb(bare.group(1).lower()):
        return True  # "Tip the hot peppers into a bowl": a verb no list names, then its object
    guide = _AS_A_GUIDE.match(sentence)
    if guide and _BARE_VERB_AFTER_A_PHRASE.match(sentence, guide.end()) \
            and sentence[guide.end():].split(None, 1)[0] in _INSTRUCTION_VERBS:
        return True  # "As a guide, descale every 3 months": a manual's advice, nothing it states
    step = _BEFORE_STEP.match(sentence)
    if step and step.start(1) > 0 and _BARE_VERB_AFTER_A_PHRASE.match(sentence, step.start(1)):
        return True  # "Once a month, grind 35 g of tablets": a verb no list names, then its object
    if not step or step.group(1).lower() not in _INSTRUCTION_VERBS:
        return False
    rest = sentence[step.end(1):]
    if re.match(r"\s+(?:is|are|was|were|has|have|had|of|will|would|can|could|may|[a-z]+ed|began|became|said|says|"
                r"took|made|grew|rose|fell|came|went)\b", rest):
        return False  # "Work began in 1889": a noun, then its verb
    if re.match(r"\s+[A-Z]", rest) and step.group(1)[:1].isupper():
        return False  # "Mark Carney said ...": a name
    joined = re.match(r"\s+(?:and|or)\s+([a-z]+)", rest)
    if joined and joined.group(1) not in _INSTRUCTION_VERBS:
        return False  # "Heat and pressure turn shale into slate": two nouns, the subject
    return not re.match(r"\s+(?:in|on|at|by|during)\s+(?:[A-Z]|\d)", rest)  # "Set in 1850, the novel ..."



# A notice's formula ("NOTICE IS HEREBY GIVEN that ...", "TAKE NOTICE that ...") and a run of
# four words in capitals; a museum label's credit and catalogue lines
# ("Gift of Mrs Eleanor Carrow, 1931 (Acc. no. 1931.44)", "Bequeathed by ...", "Inv. no. 214").
_BOILERPLATE = re.compile(
    r"\b(?i:hereby)\b|\bTAKE\s+NOTICE\b|\b[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}\b|"
    r"\b(?:Acc|Accession|Inv|Cat|Reg|Object)\.?\s+(?:no|num|number)\b\.?|"
    r"\b(?:Gift|Bequest|Purchase)\s+of\s+(?:Mrs?|Miss|Ms|Dr|Sir|Lady|the)\b[^.]*?,\s+\d{4}\b|"
    r"\b(?:Given|Bequeathed|Lent)\s+by\s+(?:Mrs?|Miss|Ms|Dr|Sir|Lady)\b[^.]*?,\s+\d{4}\b")


# A run-in label before a sentence's words: a list item's topic before a colon ("Summer Reading
# Challenge: 1,460 children took part", "Cross-country: Twelve children ran ..."), or a diary
# line's date before a dash ("Friday 4 April – School closes at 2:00 p.m.").
_RUN_IN_COLON = re.compile(r"([A-Z0-9][^:.!?;,]{0,60}?):\s+\S")
_RUN_IN_DASH = re.compile(r"([A-Z0-9][^:.!?;,\u2013\u2014]{0,40}?)\s+[\u2013\u2014-]\s+(?=[A-Z])")
MAX_RUN_IN_WORDS = 6


def run_in_label(text: str) -> str:
    """The label a prompt or statement opens with, when it has one; else ''. A label is a few
    words without a verb before a colon ("Summer Reading Challenge: how many children took
    part?"), or a date or number before a dash, with no second dash after it that would make
    it an aside ("Friday 4 April – School closes ..."). A reader takes either for a heading
    printed into the question: the words after it are asked without their frame, and the
    label cannot be read into the clause, so neither question nor statement is written."""
    colon = _RUN_IN_COLON.match(text)
    if colon and len(colon.group(1).split()) <= MAX_RUN_IN_WORDS and not finite_verb(colon.group(1)):
        return colon.group(1)
    dash = _RUN_IN_DASH.match(text)
    if dash and len(dash.group(1).split()) <= MAX_RUN_IN_WORDS and re.search(r"\d", dash.group(1)) \
            and not finite_verb(dash.group(1)) and not re.search(r"\s[\u2013\u2014-]\s", text[dash.end():]):
        return dash.group(1)
    return ""


def is_boilerplate(sentence: str) -> bool:
    """Whether a sentence is a notice's legal formula or a label's credit or catalogue line: page
    furniture, no fact to ask about nor to state."""
    return bool(_BOILERPLATE.search(sentence))
