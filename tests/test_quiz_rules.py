from game.quiz import Mode, ScoringOptions, Session, SessionConfig, FakeClock, describe_rules
from quizpacks import mixed_pack


def _rules(**kwargs):
    scoring = ScoringOptions(**kwargs.pop("scoring", {}))
    config = SessionConfig(packs=(mixed_pack(),), scoring=scoring, **kwargs)
    return describe_rules(config)


def test_default_rules_explain_speed_streaks_and_standings():
    text = "\n".join(_rules())
    assert "10 questions from Pack torch." in text
    assert "1,000 points in the first 0.5 second, falling to 500 at the buzzer" in text
    assert "Streak bonus: +100" in text and "up to +500" in text
    assert "after every question" in text
    assert "one typo" in text


def test_rules_follow_the_options():
    text = "\n".join(_rules(time_limit=45, scoring={"speed": False, "streaks": False, "points": 2000,
                                                    "standings_every": 3}))
    assert "45 seconds per question." in text
    assert "every right answer scores 2,000 points" in text
    assert "Streak" not in text
    assert "every 3 questions and at the end" in text
    assert "secret until the end" in "\n".join(_rules(scoring={"standings_every": 0}))


def test_rules_say_where_the_players_default_time_applies():
    text = "\n".join(_rules(default_time_limit=30))
    assert "the time its pack gives it, or 30 seconds where the pack gives none" in text
    assert "45 seconds per question." in "\n".join(_rules(time_limit=45, default_time_limit=30))


def test_zero_points_says_so_and_mentions_no_scoring_rules():
    lines = _rules(scoring={"points": 0})
    assert "No points this time: play for the fun of it." in lines
    assert not any("Streak" in line or "scores" in line for line in lines)


def test_team_rules_mention_lock_in_closest_number_and_left_out_questions():
    config = SessionConfig(packs=(mixed_pack("a", 4),), players=("A", "B"), mode=Mode.PARTY, question_count=20)
    session = Session(config, FakeClock())
    text = "\n".join(describe_rules(session.config, session.selection))
    assert "the first lock-in counts" in text
    assert "closest team that is not right gets half" in text
    assert "4 questions without options to choose from are left out" in text
    assert "only 12 match" in text


def test_review_round_says_what_it_is():
    config = SessionConfig(packs=(mixed_pack(),), kind="review", question_count=2)
    assert describe_rules(config)[0].startswith("Review round: 2 questions")


def test_solo_rules_explain_typed_numbers_and_a_session_gives_its_own_rules():
    session = Session(SessionConfig(packs=(mixed_pack(),), question_count=3, types=("number",)), FakeClock())
    lines = session.rules()
    assert lines == describe_rules(session.config, session.selection)
    assert any("1,996" in line for line in lines)
    assert not any("one typo" in line for line in lines)
