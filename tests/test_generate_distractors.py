"""Wrong options: the same kind as the answer, plausible, and never the answer in disguise."""

from __future__ import annotations

import pytest

from game.generate.distractors import format_like, is_plural, options_for, same_thing, term_sense, written_kind
from game.generate.pool import Pool
from game.generate.spans import Span


@pytest.mark.parametrize("a, b", [
    ("Sochi", "sochi"), ("Sochi", "Sochi, Russia"), ("the Black Sea", "Black Sea"),
    ("International Space Station", "ISS"), ("Zürich", "Zurich"), ("Oleg Kotov", "Kotov"),
])
def test_the_answer_in_disguise_is_the_same_thing(a, b):
    assert same_thing(a, b)


@pytest.mark.parametrize("a, b", [
    ("Space Shuttle Columbia", "Space Shuttle Challenger"), ("Black Sea", "Red Sea"), ("1996", "1997"),
    ("Moscow", "Kazan"),
])
def test_different_things_of_one_kind_are_not_the_same(a, b):
    assert not same_thing(a, b)


@pytest.mark.parametrize("value, text, expected", [
    (4, "US$3", "US$4"), (4, "three", "four"), (4, "Three", "Four"), (1500000, "1,050,000", "1,500,000"),
    (2.5, "$3 billion", "$2.5 billion"), (30, "34%", "30%"), (5, "3 percent", "5 percent"),
])
def test_numbers_are_written_like_the_answer(value, text, expected):
    assert format_like(value, text) == expected


def _options(span: Span, *others: Span) -> list[str]:
    pool = Pool()
    for index, other in enumerate((span, *others)):
        pool.add(index, other)
    pool.finish()
    return options_for(span, pool, 0, 3, seed=0)


def test_a_city_gets_other_cities_of_its_country_first():
    options = _options(Span(0, 5, "Sochi", "city", group="Russia"))
    assert len(options) == 3
    assert {"Moscow", "Kazan", "Murmansk", "Saint Petersburg", "Novosibirsk", "Yekaterinburg", "Vladivostok",
            "Volgograd", "Krasnoyarsk"} >= set(options)


def test_a_sea_gets_other_seas_and_the_document_comes_first():
    options = _options(Span(0, 9, "Black Sea", "sea"), Span(0, 7, "Red Sea", "sea"))
    assert options[0] == "Red Sea" and all(o.endswith(("Sea", "Ocean")) or o.startswith("Sea of") for o in options)


def test_a_year_gets_nearby_years():
    options = _options(Span(0, 4, "1996", "year", value=1996.0))
    assert len(options) == 3 and all(abs(int(o) - 1996) <= 12 for o in options)


def test_a_person_gets_people_of_the_same_culture_and_role():
    answer = Span(0, 16, "Sergei Ryazansky", "person", role="cosmonaut")
    options = _options(answer, Span(0, 14, "Vladimir Putin", "person", role="president"))
    assert "Vladimir Putin" not in options
    assert len(options) == 3 and all(written_kind(o) == "name" and len(o.split()) == 2 for o in options)


def test_a_date_gets_dates_of_the_same_shape():
    options = _options(Span(0, 7, "Nov. 11", "date"), Span(0, 7, "Nov. 25", "date"),
                       Span(0, 16, "January 18, 1974", "date"))
    assert options[0] == "Nov. 25"
    assert all(o.startswith(("Nov.", "Oct.", "Dec.")) for o in options)


def _term(text: str) -> Span:
    return Span(0, len(text), text, "term")


@pytest.mark.parametrize("term, sense", [
    ("carbon dioxide", "substance"), ("plant cells", "living"), ("blue-green algae", "living"),
    ("high pressure", "quantity"), ("divergent boundaries", "earth"), ("steam turbines", "machine"),
    ("photosynthesis", "process"), ("structural geology", "field"), ("physical basis", ""),
    ("groundwater", "substance"), ("transpiration", "process"), ("population", ""),
])
def test_a_key_term_has_the_sort_of_its_last_word(term, sense):
    assert term_sense(term) == sense


def test_a_key_term_gets_only_terms_of_its_own_sort():
    others = [_term(t) for t in ("plant cells", "high pressure", "blue-green algae", "structural geology",
                                 "organic molecules", "mitochondria", "oxygen", "Calvin cycle", "thylakoids")]
    options = _options(_term("carbon dioxide"), *others)
    assert set(options) == {"organic molecules", "oxygen"}
    living = _options(_term("cyanobacteria"), *others)
    assert set(living) <= {"plant cells", "blue-green algae", "mitochondria", "thylakoids"}
    assert len(living) >= 3


def test_a_key_term_prefers_options_of_its_own_number():
    others = [_term(t) for t in ("chloroplast", "leaf cell", "thylakoids", "mitochondria", "plant cell", "prokaryotes")]
    options = _options(_term("organelles"), *others)
    assert all(is_plural(o) for o in options), options


def test_a_term_of_no_known_sort_is_offered_only_terms_of_its_own_head():
    # "A covered iron pot called a bastible": "buttermilk" or "quick bread" beside it are other
    # things altogether, so they are no options for it; "broad outline" may have "rough outline".
    others = [_term(t) for t in ("physical basis", "main idea", "general rule")]
    assert _options(_term("broad outline"), *others) == []
    alike = [_term(t) for t in ("rough outline", "short outline", "full outline", "main idea")]
    assert set(_options(_term("broad outline"), *alike)) == {"rough outline", "short outline", "full outline"}


@pytest.mark.parametrize("a, b", [
    ("United Kingdom", "England"), ("Wales", "United Kingdom"), ("Netherlands", "Holland"),
    ("United States", "America"), ("Britain", "Scotland"),
])
def test_a_country_and_its_part_or_other_name_are_the_same_answer(a, b):
    assert same_thing(a, b)


def test_a_country_is_never_offered_its_own_part():
    options = _options(Span(0, 14, "United Kingdom", "country", group="Europe"))
    assert len(options) == 3
    assert not {"England", "Scotland", "Wales", "Britain", "Northern Ireland"} & set(options), options


def test_a_country_gets_countries_a_player_knows_first():
    from game.generate.lexicon import WELL_KNOWN_COUNTRIES, fold

    options = _options(Span(0, 14, "United Kingdom", "country", group="Europe"))
    assert all(fold(o) in WELL_KNOWN_COUNTRIES for o in options), options


def test_a_person_of_a_nationality_without_name_lists_gets_no_made_up_names():
    greek = _options(Span(0, 10, "Anaxagoras", "person", role="philosopher", group="greek"))
    assert greek == []
    french = _options(Span(0, 15, "Pierre Perrault", "person", role="scientist", group="french"))
    assert len(french) == 3


def test_a_nationality_before_a_person_gives_the_culture_of_the_name():
    from game.generate import document_from_bytes
    from game.generate.facts import build_context, spans_of

    document = document_from_bytes(b"The Greek philosopher Anaxagoras described the cycle around 450 BC. "
                                   b"The British engineer Isambard Brunel built the bridge in 1864.", "t.txt")
    spans = [s for ss in spans_of(document, build_context([document])) for s in ss if s.kind == "person"]
    assert {(s.text, s.group) for s in spans} == {("Anaxagoras", "greek"), ("Isambard Brunel", "english")}


def test_a_man_is_offered_men_and_a_woman_women_where_the_first_names_tell():
    answer = Span(0, 12, "Pierre Curie", "person")
    others = [Span(0, 11, "Marie Curie", "person"), Span(0, 14, "Henri Becquerel", "person"),
              Span(0, 13, "Claire Martin", "person"), Span(0, 12, "Paul Langevin", "person")]
    options = _options(answer, *others)
    assert "Marie Curie" not in options and "Claire Martin" not in options, options
    assert {"Henri Becquerel", "Paul Langevin"} <= set(options), options
