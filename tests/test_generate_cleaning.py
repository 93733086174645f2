"""Cleaning: web and layout junk never reaches a sentence, whatever the exact wording."""

from __future__ import annotations

import pytest

from game.generate.clean import clean_paragraphs, split_paragraphs, strip_junk_prefix
from game.generate.sentences import split_sentences

PROSE = "The council approved the new bridge over the river on Tuesday."


@pytest.mark.parametrize("junk", [
    "PHOTO ILLUSTRATION. GlobalPost/Getty Images",
    "Photo: Anna Lee/Reuters",
    "(AP Photo/Mark Smith)",
    "Image courtesy of the city museum",
    "More from GlobalPost: Macho Moment of the Day: Putin and Seagal, together at last",
    "Read more: How the barrier works",
    "Related: Ten bridges to see before you die",
    "Share on Facebook",
    "Subscribe to our newsletter for the latest stories.",
    "Sign up for our daily briefing",
    "Follow us on Twitter",
    "Click here to see the full gallery.",
    "By Laura Whitfield",
    "By Tomas Berg, Arts Correspondent",
    "Published March 3, 2021 8:14 am",
    "Updated: 10:32 GMT",
    "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.",
    "Accept all cookies",
    "© 2021 Example News Ltd. All rights reserved.",
    "Advertisement",
    "Home > News > World > Europe",
    "#reactionDiv_gig_containerParent { display:none; }",
    "The Olympic Rings are displayed outside Adler airport, near Sochi, on February 18, 2013.",
    "A worker checks one of the barrier's gates, March 2, 2021.",
    "Pictured: the mayor opens the new library.",
    "Visit https://example.org/offers for more.",
    "You can also follow @CityNewsDesk on Twitter to get the latest alerts.",
    "Download the app to get breaking news on your phone.",
    "City Chronicle | 07:55 21/03/2018",
    "| Cookie | Duration | Description |",
])
def test_junk_paragraphs_are_dropped(junk):
    kept, dropped = clean_paragraphs([PROSE, junk, PROSE])
    assert kept == [PROSE, PROSE]
    assert [text for text, _reason in dropped] == [junk]


def test_a_list_of_short_link_lines_is_dropped_as_a_menu():
    paragraphs = split_paragraphs("Related stories\nRivers rise across the north\nSandbags handed out in Kent\n"
                                  "Coastal path closed after landslip\n\n" + PROSE)
    kept, dropped = clean_paragraphs(paragraphs)
    assert kept == [PROSE]
    assert {reason for _text, reason in dropped} == {"a menu or list of links"}


def test_a_style_rule_glued_in_front_of_prose_is_cut_off_and_the_prose_kept():
    glued = "#reactionDiv_gig_containerParent { display:none; } reports that officials are considering a spacewalk."
    assert strip_junk_prefix(glued) == "reports that officials are considering a spacewalk."


def test_a_read_more_link_glued_after_prose_is_cut_off():
    assert strip_junk_prefix("The council met on Monday to vote. Continue reading...") == \
        "The council met on Monday to vote."


def test_a_dateline_is_cut_off():
    assert strip_junk_prefix("LONDON \u2014 The Thames Barrier was closed twice.") == "The Thames Barrier was closed twice."
    assert strip_junk_prefix("MOSCOW (Reuters) - Officials said the launch would wait.") == "Officials said the launch would wait."


def test_wrapped_lines_join_into_one_paragraph():
    assert split_paragraphs("The river rises in the\nBlack Forest and flows east.\n") == [
        "The river rises in the Black Forest and flows east."]


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Dr. Jones in St. Louis. They talked.", ["Mr. Smith met Dr. Jones in St. Louis.", "They talked."]),
    ("The trip planned for Nov. 25 moved. It is now Nov. 4.", ["The trip planned for Nov. 25 moved.", "It is now Nov. 4."]),
    ("J. R. R. Tolkien wrote it. The U.S. edition came later.", ["J. R. R. Tolkien wrote it.", "The U.S. edition came later."]),
    ("It costs 2.5 million euros. Work starts in 2025.", ["It costs 2.5 million euros.", "Work starts in 2025."]),
    ('"We will win," she said. The crowd cheered!', ['"We will win," she said.', "The crowd cheered!"]),
    ("It was long.[2] The end came.", ["It was long.[2]", "The end came."]),
])
def test_sentences_split_at_full_stops_but_not_at_abbreviations(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


@pytest.mark.parametrize("line, kept", [
    ("LONDON, July 14 (Reuters) - Carlos Alcaraz beat Novak Djokovic.", "Carlos Alcaraz beat Novak Djokovic."),
    ("TOKYO, Jan. 5 (Reuters) - Shares fell.", "Shares fell."),
])
def test_a_dateline_with_a_date_and_an_agency_is_cut_off(line, kept):
    from game.generate.clean import strip_junk_prefix

    assert strip_junk_prefix(line) == kept


def test_a_unit_letter_after_a_number_ends_a_sentence_but_an_initial_does_not():
    text = "It descends from 599 m to 396 m. It flows through a valley. J. Smith measured it."
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert pieces == ["It descends from 599 m to 396 m.", "It flows through a valley.", "J. Smith measured it."]
