import os

import pytest

from hypothesis import given, settings as hsettings
from hypothesis import strategies as st

from game import paths
from game.store.settings import Settings, load_settings, save_settings


def _write(text: str):
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_the_defaults_and_no_problems():
    loaded = load_settings()
    assert loaded.settings == Settings() and loaded.problems == []


def test_every_listed_setting_is_read():
    _write("fullscreen: true\nwindow_size: [1920, 1080]\nfont_scale: 1.5\nhigh_contrast: true\n"
           "reduced_motion: true\nvolume: 0.35\nmute: true\ndefault_time_limit: 45\nlanguage: pt-BR\n")
    loaded = load_settings()
    assert loaded.problems == []
    assert loaded.settings == Settings(fullscreen=True, window_size=(1920, 1080), font_scale=1.5, high_contrast=True,
                                       reduced_motion=True, volume=0.35, mute=True, default_time_limit=45,
                                       language="pt-BR")


def test_missing_keys_take_their_defaults():
    _write("volume: 1\n")
    loaded = load_settings()
    assert loaded.settings == Settings(volume=1.0)


def test_bad_values_are_reported_with_their_line_and_replaced_by_defaults():
    path = _write("fullscreen: maybe\nvolume: 80\nwindow_size: tiny\nfont_scale: 1.25\ndefault_time_limit: 2\n")
    loaded = load_settings()
    assert loaded.settings == Settings(font_scale=1.25)
    messages = [str(p) for p in loaded.problems]
    assert messages == [
        f"{path}:1:13: 'fullscreen' must be true or false, not 'maybe'; using false",
        f"{path}:2:9: 'volume' must be a number from 0 to 1, not 80; using 0.8",
        f"{path}:3:14: 'window_size' must be [width, height] in pixels, from 640x360 to 7680x4320, not 'tiny'; "
        "using [1280, 720]",
        f"{path}:5:21: 'default_time_limit' must be a whole number from 5 to 240, not 2; using 20",
    ]


def test_the_default_time_limit_takes_exactly_the_seconds_a_pack_question_may_have():
    """Settings keep their own range; it must stay the pack format's, or a default would be
    refused by the quiz (or a pack's limit refused as a default)."""
    from game.packs.questiontypes import TIME_LIMIT_RANGE
    from game.store.settings import DEFAULT_TIME_LIMIT_RANGE

    assert DEFAULT_TIME_LIMIT_RANGE == TIME_LIMIT_RANGE
    low, high = TIME_LIMIT_RANGE
    for seconds, kept in ((low - 1, False), (low, True), (high, True), (high + 1, False)):
        _write(f"default_time_limit: {seconds}\n")
        loaded = load_settings()
        assert (loaded.settings.default_time_limit == seconds) is kept and bool(loaded.problems) is not kept


def test_window_size_may_be_written_as_width_x_height():
    _write("window_size: 2560x1440\n")
    assert load_settings().settings.window_size == (2560, 1440)


def test_an_unknown_key_is_a_warning_with_a_suggestion_and_is_kept():
    path = _write("langauge: fr\nvolume: 0.2\n")
    loaded = load_settings()
    (problem,) = loaded.problems
    assert problem.warning and str(problem) == (f"{path}:1:1: warning: unknown setting 'langauge' "
                                                "(did you mean 'language'?); kept but not used")
    save_settings(loaded.settings)
    assert "langauge: fr" in path.read_text(encoding="utf-8")


def test_unreadable_yaml_is_moved_aside_and_the_defaults_used():
    path = _write("volume: [10\n")
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.moved_to is not None and loaded.moved_to.read_text() == "volume: [10\n"
    assert not path.exists()
    assert f"moved to {loaded.moved_to}" in str(loaded.problems[0])
    assert str(loaded.problems[0]).startswith(f"{path}:")


@pytest.mark.parametrize("broken", ["volume: [10", "\tvolume: 0.3", "volume: 0.3: 4"])
def test_one_unreadable_line_is_moved_aside_with_the_file_and_the_other_settings_are_kept(broken):
    original = f"# mine\nmute: true\n{broken}\nfont_scale: 1.5\nprojector: true\n"
    path = _write(original)
    loaded = load_settings()
    assert loaded.settings.mute is True and loaded.settings.font_scale == 1.5 and loaded.settings.projector is True
    assert loaded.settings.volume == Settings().volume
    assert loaded.moved_to is not None and loaded.moved_to.read_text() == original  # nothing lost
    message = str(loaded.problems[0])
    assert message.startswith(f"{path}:") and "the settings on the other lines are kept" in message


def test_only_safe_yaml_is_read():
    _write("volume: !!python/object/apply:os.system ['echo hacked']\n")
    loaded = load_settings()
    assert loaded.settings.volume == 0.8
    assert loaded.problems


def test_a_file_that_is_not_a_mapping_gives_the_defaults():
    _write("- just\n- a list\n")
    loaded = load_settings()
    assert loaded.settings == Settings() and "name: value" in str(loaded.problems[0])


def test_saving_is_atomic_and_leaves_no_temporary_files():
    path = save_settings(Settings(volume=0.5, window_size=(1600, 900)))
    assert path == paths.settings_path()
    assert load_settings().settings == Settings(volume=0.5, window_size=(1600, 900))
    # Beside it only the cache folder, where the snapshot of what it says is kept (whole too).
    assert sorted(p.name for p in path.parent.iterdir()) == ["cache", "settings.yaml"]
    assert [p.name for p in (path.parent / "cache").iterdir()] == ["settings.json"]
    assert "window_size: [1600, 900]" in path.read_text()


def test_saving_over_an_existing_file_replaces_it_whole():
    save_settings(Settings(volume=0.5))
    before = os.stat(paths.settings_path()).st_ino
    save_settings(Settings(volume=0.6))
    assert load_settings().settings.volume == 0.6
    assert os.stat(paths.settings_path()).st_ino != before  # a new file renamed into place


settings_values = st.builds(
    Settings, fullscreen=st.booleans(), window_size=st.tuples(st.integers(640, 7680), st.integers(360, 4320)),
    font_scale=st.floats(0.5, 3.0), high_contrast=st.booleans(), reduced_motion=st.booleans(),
    volume=st.floats(0.0, 1.0), mute=st.booleans(), default_time_limit=st.integers(5, 240),
    language=st.sampled_from(["en", "fr", "pt-BR", "de-CH"]), dyslexia_font=st.booleans(),
)


@given(settings_values)
@hsettings(max_examples=30)
def test_saved_settings_read_back_the_same(value):
    save_settings(value)
    loaded = load_settings()
    assert loaded.problems == [] and loaded.settings == value


def test_the_window_changes_settings_in_place_and_saves_them():
    loaded = load_settings()
    loaded.settings.mute = True
    loaded.settings.dyslexia_font = True
    save_settings(loaded.settings)
    again = load_settings().settings
    assert again.mute and again.dyslexia_font


def test_the_projector_profile_is_kept_and_a_bad_value_is_reported(tmp_path):
    path = tmp_path / "settings.yaml"
    loaded = load_settings(path)
    loaded.settings.projector = True
    save_settings(loaded.settings, path)
    assert load_settings(path).settings.projector
    path.write_text("projector: sometimes\n")
    again = load_settings(path)
    assert not again.settings.projector
    assert "'projector' must be true or false" in again.problems[0].message


def test_the_phone_settings_have_safe_defaults_and_are_checked(relayquiz_home):
    from game.store import load_settings

    loaded = load_settings()
    assert loaded.settings.phones_show_prompt is False and loaded.settings.phones_port == 8765
    (relayquiz_home / "settings.yaml").write_text("phones_show_prompt: yes please\nphones_port: 80\n")
    loaded = load_settings()
    assert loaded.settings.phones_show_prompt is False and loaded.settings.phones_port == 8765
    assert len(loaded.problems) == 2 and "phones_port" in " ".join(str(p) for p in loaded.problems)
