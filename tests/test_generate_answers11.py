"""Typed answers a player would give, options that fit the prompt, and people quoted in passing.
Every sentence is made up."""

from __future__ import annotations

from game.generate.confidence import Candidate, passer_by
from game.generate.document import document_from_bytes
from game.generate.distractors import options_for
from game.generate.fitting import Mates, fitting_options, named_in_prompt, read_mates
from game.generate.kinds import COUNTRY, PERSON, Span
from game.generate.passersby import passers_by
from game.generate.pool import Pool
from game.generate.questions import build_question
from game.generate.select import surname_of
from game.generate.typed import alternatives, other_spellings, without_asked_head
from game.quiz.checking import check_text
from tests.generate_helpers import text_facts


def _typed(text: str, answer: str):
    """The typed question the generator writes for the fact of `text` whose answer is `answer`."""
    facts = [f for f in text_facts(text) if f.answer == answer and f.question]
    assert facts, [(f.answer, f.question) for f in text_facts(text)]
    return build_question(facts[0], "text", True)


def _right(question, typed: str) -> bool:
    return check_text(typed, question.answer, question.accept, question.wrong)


# A name without the kind word the prompt asks for, and the kind word's short form.

def test_the_name_alone_answers_which_kind():
    for prompt, answer, name in (
            ("The mill was built beside which river in 1790?", "Harn River", "Harn"),
            ("Convicts were sent to which island?", "Carrow Island", "Carrow"),
            ("The bakery stands on which street?", "Tanner Street", "Tanner"),
            ("The choir sang in which English hall?", "Carlin Hall", "Carlin"),
            ("Which park hosts the fair?", "Fenby Park", "Fenby")):
        assert without_asked_head(answer, prompt) == [name], prompt


def test_the_name_alone_is_refused_when_the_prompt_asks_another_kind_or_nothing_is_left():
    assert without_asked_head("Harn River", "The mill was built in which place?") == []
    assert without_asked_head("Great Hall", "Which hall is 22 metres long?") == []  # "Great" names nothing
    assert without_asked_head("North Sea", "Which sea did the ferry cross?") == []
    assert without_asked_head("Red Lake", "The camp was beside which lake?") == []
    # "Tanner Road" among the options: "Tanner" would be right for it too
    assert without_asked_head("Tanner Street", "The bakery stands on which street?", ["Tanner Road", "Mill Lane"]) == []


def test_a_kind_word_is_accepted_short_and_written_out():
    assert "Tanner St" in other_spellings("Tanner Street")
    assert "Carlow Rd" in other_spellings("Carlow Road")
    assert "Mt Harrow" in other_spellings("Mount Harrow")
    assert "Tanner Street" in other_spellings("Tanner St")
    assert "Saint Bride's Church" in other_spellings("St Bride's Church")
    assert other_spellings("Streetly") == []


def test_each_of_two_names_given_with_or():
    assert alternatives("Hansa or Hanse") == ["Hansa", "Hanse"]
    assert alternatives("Old Norse or Norn") == ["Old Norse", "Norn"]
    assert alternatives("tea or coffee") == []


def test_a_typed_question_accepts_the_name_alone_and_the_short_street():
    question = _typed("In 1854 the doctor traced the outbreak to a single pump on Tanner Street.", "Tanner Street")
    assert "which street" in question.prompt
    for typed in ("Tanner Street", "Tanner", "tanner st", "Tanner St.", "the Tanner Street"):
        assert _right(question, typed), (typed, question.accept)
    assert not _right(question, "Street")
    question = _typed("Jane Doe runs a bakery on Mercer Street in Harnford.", "Mercer Street")
    assert _right(question, "Mercer") and _right(question, "Mercer St")
    question = _typed("The prisoners were held for 18 years on Carrow Island, far off the coast.", "Carrow Island")
    assert _right(question, "Carrow") and _right(question, "carrow island")
    question = _typed("Engineers built a reservoir by damming the Harn River with a stone weir.", "Harn River")
    assert _right(question, "Harn") and _right(question, "River Harn") is False


# The list: a surname alone, a long term's head noun the document uses alone, "the",
# singular or plural, small numbers in words or digits.

def test_a_person_is_answered_by_the_surname_and_a_generation_is_no_surname():
    assert surname_of("Ottilie Brandt") == "Brandt"
    assert surname_of("Karl Weber II") == "Weber"
    assert surname_of("Oswin Carter Jr.") == "Carter"
    assert surname_of("Edmund II") == "" and surname_of("Henry VIII") == ""
    question = _typed("The first lighthouse on the cape was designed by the engineer Ottilie Brandt in 1871.",
                      "Ottilie Brandt")
    assert _right(question, "Brandt") and _right(question, "ottilie brandt")
    assert not _right(question, "Ottilie")


def test_the_head_of_a_long_term_the_document_uses_alone():
    for text, term, head in (
            ("Scribes wrote on clay with a sharpened reed stylus. The stylus left wedge-shaped marks. "
             "A broken stylus was found in the tomb. Each stylus was cut from river reeds.",
             "sharpened reed stylus", "stylus"),
            ("Root hair cells take in mineral ions by active transport. Active transport needs energy. "
             "Transport of ions against the gradient is slow. Transport stops when cells die.",
             "active transport", "transport")):
        question = _typed(text, term)
        assert _right(question, head) and _right(question, term) and _right(question, "the " + head), question.accept


def test_the_article_number_and_small_numbers_are_forgiven():
    question = _typed("The treaty was signed at Carlin Hall in the spring of 1612.", "Carlin Hall")
    assert "which building" in question.prompt  # the prompt asks no hall: "Carlin" alone is not enough
    assert _right(question, "the Carlin Hall") and not _right(question, "Carlin")
    assert check_text("glaciers", "glacier") and check_text("glacier", "glaciers")
    assert check_text("3 weeks", "three weeks") and check_text("three weeks", "3 weeks")


# An option never names someone or something the prompt names, in full or in part.

def test_an_option_that_names_the_prompts_own_person_is_no_option():
    assert "ada" in named_in_prompt("Ada was introduced to which engineer?")
    assert "which" not in named_in_prompt("Which engineer met Ada?")
    span = Span(0, 13, "Ivor Penrose", PERSON)
    for prompt, left_out in (("In 1830 Ada was introduced to which engineer?", "Ada Lovelace"),
                             ("Which engineer did Bram Tolley hire in 1851?", "Tess Tolley"),
                             ("Lord Ewart's daughter married which engineer?", "Hugh Ewart")):
        kept = fitting_options(span, [left_out, "Mary Somers", "Owen Price", "Hal Greaves"], prompt, Mates(), "s")
        assert left_out not in kept and "Mary Somers" in kept, prompt


# An island that is part of a country is offered other such islands, never island nations.

def test_an_island_of_a_country_is_offered_no_island_nations():
    span = Span(0, 6, "Sicily", "island", group="Europe")
    options = options_for(span, Pool(), 0, 5, "seed")
    assert options and not {"Iceland", "Cyprus"} & set(options), options
    span = Span(0, 7, "Iceland", "island", group="Europe")
    assert "Sardinia" not in options_for(span, Pool(), 0, 5, "seed")


# The places a prompt's own people came from are no wrong options.

def test_the_homelands_of_the_prompts_people_are_no_options():
    texts = ["The Normans were warriors from Normandy and Brittany who settled in England.",
             "Frisian traders came from Friesland, in the north of the Netherlands.",
             "The Rus were merchants from Sweden who sailed down the Volga."]
    spans = []
    for text in texts:
        found = []
        for name, kind in (("Normandy", "region"), ("Brittany", "region"), ("England", COUNTRY),
                           ("Friesland", "region"), ("Netherlands", COUNTRY), ("Sweden", COUNTRY), ("Volga", "river")):
            at = text.find(name)
            if at >= 0:
                found.append(Span(at, at + len(name), name, kind))
        spans.append(sorted(found, key=lambda s: s.start))
    mates = read_mates(texts, spans)
    england = Span(0, 7, "England", COUNTRY)
    kept = fitting_options(england, ["Normandy", "Brittany", "Scotland", "Wales"],
                           "Norman knights seized which country in 1066?", mates, "s")
    assert kept == ["Scotland", "Wales"], kept
    kept = fitting_options(Span(0, 6, "Norway", COUNTRY), ["Sweden", "Denmark", "Finland"],
                           "Rus merchants traded with which country?", mates, "s")
    assert "Sweden" not in kept and "Denmark" in kept
    # a place the sentence puts before "from" is no people: England gets no homelands
    assert "england" not in mates.origins


# People a report introduces by name, age and what they do, only to quote them.

_REPORT = ("The new ferry from Carrow to Harnby entered service on Monday, the council said. "
           "Retired nurse Janet Orme, 68, travelled from Westcliffe with her husband. "
           "\"It is quicker than the old boat,\" she said. "
           "Kieran Dale, 21, an apprentice at the shipyard, said the crossing would save him 40 minutes a day. "
           "Lena Marsh, who runs a fish stall on Quay Street, said trade had doubled. "
           "The ferry cost £4 million and carries 120 passengers. "
           "Harbour master Tom Keel, 54, who has led the project since 2019, said the harbour had been dredged. "
           "Tom Keel said the ferry would run every hour. Keel added that fares would stay low. "
           "Keel thanked the crew.")


def _report_spans(texts: list[str]) -> list[list[Span]]:
    people = ("Janet Orme", "Kieran Dale", "Lena Marsh", "Tom Keel")
    found = []
    for text in texts:
        here = []
        for name in people:
            at = text.find(name)
            if at >= 0:
                here.append(Span(at, at + len(name), name, PERSON))
        found.append(here)
    return found


def test_people_quoted_in_passing_are_passers_by():
    texts = [s.text for s in document_from_bytes(_REPORT.encode(), "r.txt").sentences]
    found = passers_by(texts, _report_spans(texts))
    assert {"janet orme", "kieran dale", "lena marsh"} <= found
    assert "tom keel" not in found  # named again and again: the report is about him too
    assert "tom keel" not in passers_by(texts, _report_spans(texts), main="Tom Keel")


def test_an_aged_person_of_the_story_who_is_not_quoted_is_no_passer_by():
    texts = ["Striker Ben Ayling, 24, joined from Dunmere for £85,000.", "The club finished 17th last season."]
    spans = [[Span(8, 18, "Ben Ayling", PERSON)], []]
    assert passers_by(texts, spans) == frozenset()


def test_facts_about_a_passer_by_are_doubted():
    facts = text_facts(_REPORT, "report.txt")
    about_them = [f for f in facts if any(name in f.sentence.text for name in ("Janet Orme", "Kieran Dale", "Lena Marsh"))]
    assert about_them
    for fact in about_them:
        doubts = fact.doubts if fact.question else fact.statement_doubts
        assert "passer-by" in doubts, (fact.question or fact.statement, doubts)
    others = [f for f in facts if "£4 million" in f.sentence.text or "120 passengers" in f.sentence.text]
    assert others and all("passer-by" not in f.doubts + f.statement_doubts for f in others)


def test_the_passer_by_feature_reads_the_sentence_and_the_answer():
    fact = next(f for f in text_facts(_REPORT, "report.txt") if "Kieran Dale" in f.sentence.text)
    assert passer_by(Candidate(fact, fact.question or fact.statement or "", True,
                               passers_by=frozenset({"kieran dale"}))).doubt == "passer-by"
    assert passer_by(Candidate(fact, fact.question or fact.statement or "", True)) is None
