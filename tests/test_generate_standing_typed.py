"""Prompts that need the document the generator used to let through, and typed answers a player
would give that it used to refuse. Each test is on new sentences of the shape the blind reading
of the v5 documents found: "reported the find to Hannah Lisle", "the Ordinary Meeting held on",
"Spring Tour opened at ...", "was runner-up, just two points behind", "United States" typed as
"USA"."""

from __future__ import annotations

from types import SimpleNamespace

from game.generate import anchoring as A
from game.generate import confidence as C
from game.generate.aliases import defined_abbreviations
from game.generate.facts import _also_called
from game.generate.kinds import ORGANISATION, PERSON, Span
from game.generate.pool import Pool
from game.generate.select import accepted_forms, answer_forms
from game.quiz.checking import check_text
from tests.generate_helpers import generate, text_facts

# --- a "the" and a noun that only a person after it seems to identify


def test_a_person_after_a_preposition_does_not_say_which_thing_is_meant():
    # "the discovery to Anna Webb": which discovery? A person says nothing of it.
    assert C.vague_references("Mr Turner reported the discovery to Anna Webb.") < 1
    assert C.vague_references("The keeper handed the letter to Mrs Dunstan.") < 1
    assert C.vague_references("Dr Shaw sent the samples to Peter Quill in what year?") < 1
    # a place after the preposition still says which one
    assert C.vague_references("Brunel entered a competition to bridge the gorge at Clifton.") == 1
    assert C.vague_references("The tunnel under the Thames opened in what year?") == 1


# --- a kind noun that the words after it say is another one


MEETING = A.Subject("Annual Parish Meeting", True, frozenset({"meeting"}))


def test_a_kind_noun_a_participle_describes_after_a_preposition_is_not_written_out():
    # "of the meeting held on ..." is the meeting those words pick out, maybe another one
    prompt = "The minutes of the meeting held on what date were signed by the chairman?"
    assert A.name_the_subject(prompt, (MEETING,)) == prompt
    prompt = "Complaints about the meeting planned for the spring reached how many people?"
    assert A.name_the_subject(prompt, (MEETING,)) == prompt
    # as the subject, the participle is the noun's verb: written out as before
    assert A.name_the_subject("The meeting held a vote on which road?", (MEETING,)) == \
        "The Annual Parish Meeting held a vote on which road?"
    assert A.name_the_subject("The minutes of the meeting were signed by whom?", (MEETING,)) == \
        "The minutes of the Annual Parish Meeting were signed by whom?"


# --- a name made only of an occasion's words names no one


def test_a_name_of_an_occasion_any_company_may_have_is_not_what_its_kind_noun_stands_for():
    found = A.document_subjects("Northgate Players - Summer Tour 2026",
                                ["The tour opened in Harrogate on 3 March and closes in York in June.",
                                 "The tour visits eleven theatres."], [])
    assert "tour" not in {noun for subject in found for noun in subject.nouns}, found
    found = A.document_subjects("Minutes of the Extraordinary General Meeting",
                                ["The meeting opened at 7pm.", "The meeting approved the accounts."], [])
    assert not found, found
    # a name with a word of its own still counts
    found = A.document_subjects("Kirkby Summer Festival 2026",
                                ["The festival opened in Kirkby on 3 July.", "The festival sold 4,000 tickets."], [])
    assert {noun: s.name for s in found for noun in s.nouns} == {"festival": "Kirkby Summer Festival"}


# --- a place in a contest with nothing to place it against


def _standing(prompt: str) -> float:
    fact = next(f for f in text_facts("Barges carried coal along the river Rhine to Rotterdam in 1900.")
                if f.answer == "1900")
    names = frozenset({"priya", "shah", "tomas", "berg", "wimbledon", "farah", "edith", "hale", "ripon"})
    verdict = C.stands_alone(C.Candidate(fact, prompt, False, names=names))
    return C.BASE * 1.08 * (verdict.factor if verdict else 1.0)


def test_a_runner_up_or_a_margin_behind_no_one_named_needs_the_document():
    for prompt in ("Priya Shah was runner-up, just three points behind.",
                   "Tomas Berg finished second, a length ahead.",
                   "Priya Shah was the runner-up for the second year running."):
        assert _standing(prompt) < C.THRESHOLD, prompt
    for prompt in ("Priya Shah was runner-up in the Wimbledon final of 1977.",
                   "Tomas Berg finished two seconds behind Farah in Wimbledon."):
        assert _standing(prompt) >= C.BASE, prompt


# --- typed answers a player would give


def test_a_country_is_accepted_by_the_names_players_type_for_it():
    facts = text_facts("Hartfield Pottery\n\nIn 1954 the Hartfield Pottery opened a showroom in the United States, "
                       "where it sold tea sets to hotels in Chicago.\n")
    fact = next(f for f in facts if f.answer == "United States" and f.question)
    accepted = accepted_forms(fact)
    for typed in ("USA", "US", "U.S.", "America", "the United States of America"):
        assert check_text(typed, fact.answer, accepted), (typed, accepted)
    assert not check_text("Canada", fact.answer, accepted)
    # "us" the pronoun in another prompt gives nothing away
    assert "us" not in answer_forms(fact)


def test_a_short_name_the_text_defines_in_brackets_is_accepted_both_ways():
    texts = ["In 2012 the mill was bought by the Heritage Lottery Fund (HLF) and the Tyne Rivers Trust.",
             "Its repairs were paid for by the Ministry of Defence (MoD) in 1999."]
    defined = defined_abbreviations(texts)
    assert defined["heritage lottery fund"] == "HLF" and defined["hlf"] == "Heritage Lottery Fund"
    pool = Pool()
    full = Span(0, 21, "Heritage Lottery Fund", ORGANISATION)
    short = Span(0, 3, "HLF", ORGANISATION)
    assert "HLF" in _also_called(full, pool, abbreviations=defined)
    assert "Heritage Lottery Fund" in _also_called(short, pool, abbreviations=defined)
    # brackets that are not the name's initials define nothing
    assert not defined_abbreviations(["The Tyne Rivers Trust (founded 2004) planted trees."])
    assert "mod" not in defined  # "MoD": not all capitals, not read


def test_a_typed_country_question_in_a_pack_accepts_usa(tmp_path):
    doc = tmp_path / "pottery.txt"
    doc.write_text("Hartfield Pottery\n\nHartfield Pottery was founded in Stoke-on-Trent in 1887 by the potter "
                   "Edith Marsh.\n\nIn 1954 the pottery opened a showroom in the United States, where it sold tea "
                   "sets to hotels.\n\nEdith Marsh died in 1931 in Stoke-on-Trent.\n", encoding="utf-8")
    questions = [q for q in generate(doc, keep_all=True, types=("text",)).questions if q.answer == "United States"]
    assert questions, "no typed question about the United States"
    assert {"USA", "US", "America"} <= set(questions[0].accept), questions[0].accept


# --- a superlative whose noun phrase runs on before what ranks it


def test_a_superlative_ranked_after_the_rest_of_its_noun_phrase_stands_alone():
    assert C.vague_references("Chester has the most complete Roman city walls in Britain.") == 1
    assert C.vague_references("Ripon has the oldest stone market cross in England.") == 1
    # with nothing after it, or only "a ...", it points back
    assert C.vague_references("Ripon has the oldest stone market cross.") < 1
    assert C.vague_references("Mr Hale found the first tiles in a muddy ditch near Ripon.") < 1


# --- "other" and a share that say no more than the sentence before


def test_other_things_and_a_share_of_nothing_named_need_the_document():
    for prompt in ("Other towns had no water as clean as Ripon's.",
                   "Mrs Hale says her share will pay for a new roof.",
                   "Edith Hale's design was chosen in what year?"):  # the design of what?
        assert _standing(prompt) < C.THRESHOLD, prompt
    for prompt in ("Mrs Hale says her share of Ripon's lottery money will pay for a new roof.",
                   "Tin and other metals were mined at Ripon in 1850.",
                   "Edith Hale's design for the Ripon footbridge was chosen in what year?"):
        assert _standing(prompt) >= C.BASE, prompt


# --- a title in capitals, or one that opens with what the reader does, names the thing


def test_a_title_in_capitals_names_the_thing_its_kind_noun_stands_for_in_full():
    found = A.document_subjects("ASHLEY GREEN PARISH COUNCIL",
                                ["The minutes were approved.", "The council agreed to mend the bus shelter."],
                                ["MINUTES of the meeting of the Parish Council held on 3 March 2026"])
    assert {noun: s.name for s in found for noun in s.nouns} == {"council": "Ashley Green Parish Council"}


def test_a_title_that_opens_with_a_walk_names_what_is_walked(tmp_path):
    doc = tmp_path / "walls.md"
    doc.write_text("# Exploring Chester's Roman Walls: a short guide\n\n"
                   "Chester has the most complete Roman city walls in Britain. The walls run for about three "
                   "kilometres around the old town.\n\nEastgate Clock was added to the walls in 1899 to mark "
                   "Queen Victoria's jubilee. The walls were repaired after the Civil War siege of 1645.\n",
                   encoding="utf-8")
    prompts = [p for q in generate(doc, keep_all=True).questions for p in (q.prompt,)]
    assert prompts
    assert not any("Exploring" in p for p in prompts), prompts


# --- a recipe's yield line: the question a recipe of steps gives


RECIPE = ("Spiced Parsnip and Apple Soup\n"
          "Serves 6 | Prep 20 min | Cook 45 min\n\n"
          "By Tom Reid, Saturday Kitchen column\n\n"
          "I first made this soup on a cold night when the shops were shut. "
          "Peel the parsnips and cut them into chunks. "
          "Fry the onion in the butter until soft, then add the parsnips and the apple. "
          "Pour in the stock and simmer for 30 minutes. "
          "Blend until smooth and season with salt and pepper.\n")


def test_a_recipe_of_steps_asks_how_many_its_yield_line_serves(tmp_path):
    doc = tmp_path / "soup.txt"
    doc.write_text(RECIPE, encoding="utf-8")
    pack = generate(doc)
    assert [q.prompt for q in pack.questions] == ["How many people does the recipe for spiced parsnip and apple soup "
                                                  "serve?"]
    question = pack.questions[0]
    assert question.answer in ("6", 6) and len(question.wrong) == 3
    assert question.source.quote == "Serves 6 | Prep 20 min | Cook 45 min"
    # asked because nothing else is: its doubt is named
    assert question.meta["confidence"] < C.THRESHOLD and question.meta["doubts"]


def test_a_yield_as_a_first_sentence_is_read_and_a_range_is_not(tmp_path):
    doc = tmp_path / "bread.txt"
    doc.write_text("Oat and treacle bread\n\nServes 8. Preparation: 15 minutes.\n\n"
                   "Warm the oven. Mix the oats with the flour and the treacle.\n", encoding="utf-8")
    assert [q.answer for q in generate(doc).questions] in (["8"], [8])
    doc.write_text("Oat and treacle bread\n\nServes 6-8 | Prep 15 min\n\n"
                   "Warm the oven. Mix the oats with the flour and the treacle. The loaf keeps for a week.\n",
                   encoding="utf-8")
    pack = generate(doc, keep_all=True)
    assert not any("serve" in q.prompt for q in pack.questions), [q.prompt for q in pack.questions]


# --- an "-ing" word that ends the prompt, and a "them" the prompt itself names


def test_a_participle_ending_the_prompt_does_not_say_which_thing_is_meant():
    assert C.vague_references("How many women spent a week without rest keeping the fire burning?") < 1
    # with words after it, it says which
    assert C.vague_references("The satellite orbiting Venus sent back how many images?") == 1
    # "for the third year running" is no reference back
    assert C.vague_references("Which team won the Ashby Cup for the third year running?") == 1


def test_a_them_after_a_preposition_stands_for_the_plural_the_prompt_names():
    assert not C.dangling_object("The 1992 Games in Albertville drew how many skiers, more than any Games before them?")
    assert not C.dangling_object("Only six bells still hang in the tower, and one of them was cast in what year?")
    # a "them" right after a verb: its subject is not what it stands for
    assert C.dangling_object("Gardeners planted them over how many weekends?")
    assert C.dangling_object("Ann Shaw stored them in her attic until what year?")
    assert C.dangling_object("Ann Shaw read the letter on it in what year?")
    # copies, without saying of what
    assert _standing("Fewer than twelve copies survive, and one of them is kept in Ripon?") < C.THRESHOLD


# --- a name written with a capital inside is a name


def test_a_name_with_a_capital_inside_says_which_thing_is_meant():
    assert C.vague_references("The first eReader went on sale in Wimbledon in what year?") == 1
    assert C.vague_references("The first reader went on sale in Wimbledon in what year?") < 1


# --- a "him" that stood for a name only an aside wrote out


def test_a_him_after_an_aside_whose_his_was_written_out_is_written_out_too(tmp_path):
    doc = tmp_path / "turner.txt"
    doc.write_text("Thomas Turner\n\nThomas Turner was an English civil engineer who built bridges across the "
                   "River Severn.\n\nTurner entered a competition to bridge the Severn at Bewdley. His plan for the "
                   "bridge was chosen in 1958, but the money ran out and the Bewdley Bridge was finished only in "
                   "1965, after his death, as a memorial to him. Turner was appointed chief engineer of the "
                   "Western Railway in 1960.\n", encoding="utf-8")
    prompts = [q.prompt for q in generate(doc, keep_all=True).questions]
    assert not any(p.endswith("memorial to him?") or p.endswith("memorial to him.") for p in prompts), prompts
    assert any(p.endswith(("as a memorial to Turner?", "as a memorial to Thomas Turner?")) for p in prompts), prompts


# --- a company's name as people say it


def test_a_company_is_accepted_without_its_legal_suffix():
    pool = Pool()
    for name, short in (("Bramwell Cycles Ltd", "Bramwell Cycles"), ("Ostrava Glassworks plc", "Ostrava Glassworks"),
                        ("Pellman Foods Limited", "Pellman Foods"), ("Harbour Tech Inc.", "Harbour Tech")):
        assert short in _also_called(Span(0, len(name), name, ORGANISATION), pool), name
        assert check_text(short, name, _also_called(Span(0, len(name), name, ORGANISATION), pool))
    # a name with no legal suffix is not cut short on its own
    assert _also_called(Span(0, 15, "Bramwell Cycles", ORGANISATION), pool) == []


def test_a_company_is_accepted_by_the_short_name_the_text_writes_alone():
    pool = Pool()
    pool.add(40, Span(40, 48, "Kestrava", ORGANISATION))
    full = Span(0, 26, "Kestrava Freight Services", ORGANISATION)
    assert "Kestrava" in _also_called(full, pool)
    # a first word the text never writes alone stays unaccepted
    assert "Orlin" not in _also_called(Span(0, 19, "Orlin Freight Ltd", ORGANISATION), pool)
    # a person is never accepted by a first name, however often the text writes it
    pool.add(60, Span(60, 65, "Maria", PERSON))
    assert "Maria" not in _also_called(Span(0, 12, "Maria Kovacs", PERSON), pool)


def test_a_typed_company_question_in_a_pack_accepts_the_name_people_say(tmp_path):
    doc = tmp_path / "recall.txt"
    doc.write_text("Product recall: Skylark 2 kick scooter\n\nTallowmere Toys Ltd is recalling the Skylark 2 kick "
                   "scooter because its folding hinge can crack.\n\nAbout 4,200 scooters were sold in the United "
                   "Kingdom between March and June 2025.\n\nCustomers should stop using the scooter at once and "
                   "return it to the shop for a full refund.\n", encoding="utf-8")
    questions = [q for q in generate(doc, keep_all=True, types=("text",)).questions if q.answer == "Tallowmere Toys Ltd"]
    assert questions, "no typed question about the company"
    assert "Tallowmere Toys" in questions[0].accept, questions[0].accept


# --- names typed without accents, or without the kind word a player leaves off


def test_an_accented_answer_lists_its_form_without_accents():
    def fact(answer, kind, also=()):
        return SimpleNamespace(answer=answer, also_called=list(also), span=Span(0, len(answer), answer, kind))

    accepted = accepted_forms(fact("Louis Blériot", PERSON))
    assert {"Blériot", "Louis Bleriot", "Bleriot"} <= set(accepted), accepted
    accepted = accepted_forms(fact("Nelahozeves Château", ORGANISATION, ["Zámek Nelahozeves"]))
    assert "Nelahozeves Chateau" in accepted and "Zamek Nelahozeves" in accepted, accepted
    # a name with no accents gets nothing more
    assert accepted_forms(fact("John Alcock", PERSON)) == ["Alcock"]
    assert accepted_forms(fact("Lake Erie", ORGANISATION)) == []


def test_a_lake_mountain_or_river_is_accepted_by_its_bare_name():
    pool = Pool()
    for name, bare in (("Lake Constance", "Constance"), ("Mount Kenya", "Kenya"), ("River Severn", "Severn")):
        assert bare in _also_called(Span(0, len(name), name, ORGANISATION), pool), name
    # a cape only when the text writes its name alone: "Horn" is not what the text calls Cape Horn
    assert "Horn" not in _also_called(Span(0, 9, "Cape Horn", ORGANISATION), pool)
    pool.add(30, Span(30, 35, "Wrath", ORGANISATION))
    assert "Wrath" in _also_called(Span(0, 10, "Cape Wrath", ORGANISATION), pool)
