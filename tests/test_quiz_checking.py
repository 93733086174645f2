import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.quiz.checking import check_number, check_text, normalize_text, parse_number, typo_distance


@pytest.mark.parametrize("typed", ["1996", "1,996", "1996.0", " 1996 ", "1 996", "+1996", "1996.000"])
def test_number_input_in_everyday_forms_is_read(typed):
    assert parse_number(typed) == 1996


@pytest.mark.parametrize("typed", ["", "abc", "19 96x", "1..2", "nan", "inf", "1,9,9,6", "--3"])
def test_number_input_that_is_not_a_number_is_none(typed):
    assert parse_number(typed) is None


def test_number_input_reads_a_decimal_comma_a_unicode_minus_and_the_unit():
    assert parse_number("2,5") == 2.5
    assert parse_number("\u22124") == -4
    assert parse_number("8848 m", unit="m") == 8848
    assert parse_number("8,848 M", unit="m") == 8848


def test_number_within_tolerance_is_right_and_outside_is_wrong():
    assert check_number("1995", 1996, tolerance=1)
    assert check_number("1997", 1996, tolerance=1)
    assert not check_number("1994", 1996, tolerance=1)
    assert not check_number("1997", 1996)
    assert check_number("0.3", 0.1 + 0.2)


def test_number_answer_given_as_words_is_wrong_not_an_error():
    assert not check_number("nineteen ninety six", 1996)


@pytest.mark.parametrize("typed", ["black sea", "BLACK SEA", "  Black Sea!  ", "the Black Sea", "Black-Sea",
                                   "\"Black Sea\"", "Euxine", "black  sea."])
def test_text_ignores_case_punctuation_articles_and_takes_accepted_alternatives(typed):
    assert check_text(typed, "Black Sea", accept=["Euxine"])


def test_text_ignores_accents_both_ways():
    assert check_text("Sao Paulo", "São Paulo")
    assert check_text("Zürich", "Zurich")
    assert check_text("PELÉ", "Pelé")


def test_text_forgives_one_typo_in_answers_of_five_or_more_letters():
    assert check_text("Sochy", "Sochi")
    assert check_text("Nagnao", "Nagano")      # two letters swapped
    assert check_text("Atlant", "Atlanta")     # one letter missing
    assert not check_text("Sochyy", "Sochi")   # two typos


def test_text_forgives_no_typo_in_short_answers():
    assert check_text("Rome", "Rome")
    assert not check_text("Roma", "Rome")
    assert not check_text("Oslu", "Oslo")


def test_text_forgives_no_typo_in_numbers():
    assert not check_text("19366", "19365")
    assert not check_text("1937", "1936")


def test_typed_answer_equal_to_a_wrong_option_never_passes():
    assert not check_text("Austria", "Australia", accept=["Austria"], wrong=["Austria"])
    assert not check_text("Rea Sea", "Red Sea", wrong=["Dead Sea", "Rea Sea"])


def test_typo_nearer_a_wrong_option_than_the_answer_is_wrong():
    assert check_text("Austrie", "Austria", wrong=["Australia"])
    assert not check_text("Austral", "Austria", wrong=["Australia"])  # one from each: not taken


def test_empty_answer_is_wrong():
    assert not check_text("", "Black Sea")
    assert not check_text("  the  ", "Black Sea")


def test_leading_article_only_dropped_before_other_words():
    assert normalize_text("The") == "the"
    assert normalize_text("The Hague") == "hague"
    assert normalize_text("l'Elysée", "fr") == "elysee"


def test_typo_distance_counts_a_swap_as_one():
    assert typo_distance("abcd", "abdc") == 1
    assert typo_distance("kitten", "sitting") == 3
    assert typo_distance("", "abc") == 3


@given(st.text(max_size=30))
def test_any_answer_matches_itself(text):
    if normalize_text(text):
        assert check_text(text, text)


@given(st.text(max_size=30), st.text(max_size=30))
def test_a_wrong_option_typed_exactly_never_passes(answer, wrong):
    if normalize_text(wrong) and normalize_text(wrong) != normalize_text(answer):
        assert not check_text(wrong, answer, wrong=[wrong])


@given(st.integers(-10**9, 10**9))
def test_any_integer_written_with_thousands_commas_reads_back(value):
    assert parse_number(f"{value:,}") == value
    assert parse_number(f" {value} ") == value


@given(st.text(max_size=40))
def test_number_parsing_never_raises(text):
    result = parse_number(text)
    assert result is None or isinstance(result, float)


@pytest.mark.parametrize("typed, answer", [
    ("three", 3.0), ("Twelve", 12.0), ("a dozen", 12.0), ("twenty", 20.0),
])
def test_a_small_number_may_be_typed_as_a_word(typed, answer):
    assert check_number(typed, answer)


@pytest.mark.parametrize("typed, answer", [
    ("vaccine", "vaccines"), ("vaccines", "vaccine"), ("3 weeks", "three weeks"), ("colonies", "colony"),
    ("the glaciers", "glacier"),
])
def test_singular_plural_and_digits_for_words_are_the_same_typed_answer(typed, answer):
    assert check_text(typed, answer)


def test_a_plain_form_equal_to_a_wrong_option_is_still_wrong():
    assert not check_text("3 weeks", "three weeks", wrong=["3 week"])
    assert not check_text("four weeks", "three weeks")
