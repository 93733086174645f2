import pytest

from game.quiz.config import MAX_NAME_LENGTH, ConfigError, Mode, ScoringOptions, SessionConfig, tidy_names
from quizpacks import mixed_pack


def test_names_are_trimmed_and_inner_space_collapsed():
    config = SessionConfig(packs=(mixed_pack(),), players=("  Red  Team ", "Blue"), mode=Mode.PARTY)
    assert config.players == ("Red Team", "Blue")


def test_every_problem_with_the_names_is_reported_at_once():
    with pytest.raises(ConfigError) as caught:
        SessionConfig(packs=(mixed_pack(),), players=("Red", " ", "red", "x" * (MAX_NAME_LENGTH + 1)), mode="party")
    problems = caught.value.problems
    assert "team 2 has no name" in problems
    assert "team 3 has the same name as team 1 ('red')" in problems
    assert f"team 4's name is longer than {MAX_NAME_LENGTH} characters" in problems


@pytest.mark.parametrize("mode,count,ok", [("solo", 1, True), ("solo", 2, False), ("party", 1, False),
                                           ("party", 8, True), ("classroom", 9, False), ("classroom", 2, True)])
def test_player_counts_per_mode(mode, count, ok):
    names = [f"P{i}" for i in range(count)]
    _, problems = tidy_names(names, mode)
    assert (not problems) == ok


def test_options_outside_their_ranges_are_refused():
    with pytest.raises(ConfigError) as caught:
        SessionConfig(packs=(mixed_pack(),), question_count=0, types=("essay",), difficulties=("brutal",),
                      time_limit=241, scoring=ScoringOptions(points=500, standings_every=-1))
    assert len(caught.value.problems) == 6


def test_a_session_needs_a_pack():
    with pytest.raises(ConfigError, match="at least one pack"):
        SessionConfig(packs=())


def test_mode_given_as_text_becomes_the_enum():
    assert SessionConfig(packs=(mixed_pack(),), players=("A", "B"), mode="classroom").mode is Mode.CLASSROOM
