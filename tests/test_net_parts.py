"""The phones' parts that need no network: names, the word list, addresses, the QR code, messages."""

from pathlib import Path

import pytest
import segno
from hypothesis import given
from hypothesis import strategies as st

from game.net.address import (
    Interface,
    choose_interface,
    is_local_address,
    join_url,
    next_interface,
    order_interfaces,
    parse_route_table,
)
from game.net.names import WORD_LIST_NAME, NameRefused, WordList, check_name, load_word_list
from game.net.protocol import AnswerMessage, Join, ProtocolError, RateLimit, parse_message
from game.net.qr import QUIET_ZONE, qr_grid
from game.net.server import page_bytes

# Names -------------------------------------------------------------------------------


def test_a_name_is_tidied_and_kept_as_typed():
    assert check_name("  Zoë   van  Dijk ", []) == "Zoë van Dijk"


@pytest.mark.parametrize("raw, why", [
    (None, "Type a name"), (17, "Type a name"), ("", "Type a name"), ("\t ", "Type a name"),
    ("x" * 21, "at most 20"), ("Ana\x00", "letters"), ("Ana\u200b", "letters"), ("Ana\n", "letters"),
    ("<>", "letter or a digit"), ("ZOË VAN DIJK", "already called"),
])
def test_bad_names_are_refused_with_a_reason(raw, why):
    with pytest.raises(NameRefused, match=why):
        check_name(raw, ["Zoë van Dijk"])


def test_markup_in_a_name_is_kept_as_plain_text_for_the_page_to_show_as_text():
    assert check_name("<b>Al</b>", []) == "<b>Al</b>"


@pytest.mark.parametrize("name", ["Bad Word", "badword", "B4D W0RD", "b a d w o r d", "Mr Bad-Word", "Rude",
                                  "r.u.d.e", "Rüde"])
def test_the_word_list_blocks_words_however_they_are_written(name):
    words = WordList.from_lines(["# a comment", "bad word", "", "rude   # inline comment"])
    assert words.blocks(name)


@pytest.mark.parametrize("name", ["Ana", "Prudence", "Badminton", "Word"])
def test_the_word_list_leaves_innocent_names_alone(name):
    words = WordList.from_lines(["bad word", "rude"])
    assert not words.blocks(name)


def test_the_word_list_file_is_written_with_instructions_and_then_read(relayquiz_home):
    words, problem = load_word_list()
    path = Path(relayquiz_home) / WORD_LIST_NAME
    assert problem is None and words.phrases == ()
    assert path.read_text().startswith("# Names the game refuses")
    path.write_text(path.read_text() + "meanie\n", encoding="utf-8")
    words, _ = load_word_list()
    assert words.phrases == ("meanie",)
    with pytest.raises(NameRefused):
        check_name("Meanie", [], words)


def test_an_unreadable_word_list_is_reported_and_the_game_goes_on(tmp_path):
    folder = tmp_path / "list-is-a-folder"
    folder.mkdir()
    words, problem = load_word_list(folder)
    assert words.phrases == () and "could not be read" in problem


# Addresses ---------------------------------------------------------------------------

ROUTES = """\
Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
eth0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
wlan0\t00000000\t0102A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
wlan0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
"""


def test_the_default_route_with_the_lowest_metric_names_the_interface():
    assert parse_route_table(ROUTES) == "wlan0"
    assert parse_route_table(ROUTES.splitlines()[0]) is None
    assert parse_route_table("garbage\nnot a route table at all\n") is None


def test_interfaces_are_ordered_default_first_then_private_then_link_local_and_loopback_last():
    found = [Interface("lo", "127.0.0.1"), Interface("docker0", "172.17.0.1"), Interface("usb0", "169.254.3.4"),
             Interface("wlan0", "192.168.1.23"), Interface("eth1", "81.2.69.160"), Interface("wlan0", "192.168.1.23")]
    ordered = order_interfaces(found, default_name="wlan0")
    assert [i.address for i in ordered] == ["192.168.1.23", "172.17.0.1", "169.254.3.4", "127.0.0.1"]
    assert ordered[0].default and ordered[0].label == "192.168.1.23 (wlan0)"


def test_without_a_default_route_the_address_the_system_would_use_comes_first():
    found = [Interface("", "10.0.0.5"), Interface("", "192.168.137.1")]
    assert order_interfaces(found, default_address="192.168.137.1")[0].address == "192.168.137.1"


def test_the_teacher_can_choose_and_cycle_the_interfaces():
    interfaces = [Interface("wlan0", "192.168.1.23", True), Interface("eth0", "10.0.0.7"), Interface("lo", "127.0.0.1")]
    assert choose_interface(interfaces).address == "192.168.1.23"
    assert choose_interface(interfaces, "eth0").address == "10.0.0.7"
    assert choose_interface(interfaces, "10.0.0.7").name == "eth0"
    assert choose_interface(interfaces, "gone0").address == "192.168.1.23"
    assert choose_interface([]).address == "127.0.0.1"
    assert [next_interface(interfaces, a).address for a in ("192.168.1.23", "10.0.0.7", "127.0.0.1", "1.2.3.4")] == [
        "10.0.0.7", "127.0.0.1", "192.168.1.23", "192.168.1.23"]


@pytest.mark.parametrize("address, local", [
    ("192.168.1.23", True), ("10.1.2.3", True), ("172.16.0.1", True), ("172.31.255.1", True),
    ("169.254.1.1", True), ("127.0.0.1", True), ("::1", True), ("fe80::1%wlan0", True), ("fd00::5", True),
    ("::ffff:192.168.1.2", True), ("172.32.0.1", False), ("8.8.8.8", False), ("100.64.0.1", False),
    ("2001:db8::1", False), ("not an address", False), ("", False),
])
def test_only_local_network_addresses_count_as_local(address, local):
    assert is_local_address(address) is local


def test_the_join_url_carries_the_code_in_the_fragment():
    assert join_url("192.168.1.23", 8765) == "http://192.168.1.23:8765/"
    assert join_url("192.168.1.23", 8765, "004211") == "http://192.168.1.23:8765/#004211"
    assert join_url("fe80::1", 80) == "http://[fe80::1]:80/"


# QR code -----------------------------------------------------------------------------


def test_the_qr_code_is_a_square_grid_of_booleans_with_its_quiet_zone():
    url = "http://192.168.1.23:8765/#123456"
    grid = qr_grid(url)
    expected = segno.make(url, error="m", boost_error=False, micro=False)
    assert grid.size == expected.symbol_size(scale=1, border=QUIET_ZONE)[0]
    assert all(len(row) == grid.size and all(isinstance(cell, bool) for cell in row) for row in grid.rows)
    assert not any(grid.rows[0]) and not any(row[0] for row in grid.rows)       # quiet zone
    # The finder pattern's dark corner sits just inside the quiet zone.
    assert grid.rows[QUIET_ZONE][QUIET_ZONE] and (QUIET_ZONE, QUIET_ZONE) in grid.dark_cells()
    assert list(grid.rows) == [tuple(bool(c) for c in row) for row in expected.matrix_iter(scale=1, border=4)]


# Messages ----------------------------------------------------------------------------


def test_good_messages_are_read_into_values():
    assert parse_message('{"type": "join", "code": "012345", "name": "Ana"}') == Join("012345", "Ana", None)
    answer = parse_message('{"type": "answer", "question": 4, "text": "Black Sea"}')
    assert answer == AnswerMessage(4, text="Black Sea") and answer.response == "Black Sea"
    assert parse_message('{"type": "answer", "question": 4, "choice": 0}').response == 0


@given(st.one_of(st.text(max_size=300), st.binary(max_size=300),
                 st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                              lambda inner: st.lists(inner, max_size=4)
                              | st.dictionaries(st.sampled_from(["type", "code", "name", "team", "token",
                                                                 "question", "choice", "text", "x"]), inner,
                                                max_size=5)).map(lambda v: __import__("json").dumps(v))))
def test_any_frame_is_either_a_message_or_a_protocol_error(frame):
    try:
        parse_message(frame)
    except ProtocolError as problem:
        assert problem.kind and str(problem)


def test_the_rate_limit_allows_a_burst_then_its_rate():
    limit = RateLimit(rate=10, burst=5, now=0.0)
    assert [limit.allow(0.0) for _ in range(7)] == [True] * 5 + [False] * 2
    assert limit.allow(0.1) and not limit.allow(0.1)
    assert all(limit.allow(1.0) for _ in range(5)) and limit.refused == 3


# The page ----------------------------------------------------------------------------


def test_the_page_is_one_small_self_contained_file():
    page = page_bytes()
    text = page.decode("utf-8")
    assert len(page) < 60 * 1024
    for outside in ("http://", "https://", "//cdn", "<link", "src=", "@import", "url("):
        assert outside not in text.replace("http://www.w3.org", ""), outside


def test_the_page_shows_names_and_answers_as_text_never_as_markup():
    text = page_bytes().decode("utf-8")
    assert "textContent" in text
    # innerHTML is used once, for the fixed shape drawings, and never with anything a phone or the game sent.
    uses = [line.strip() for line in text.splitlines() if "innerHTML" in line]
    assert len(uses) == 1 and "SHAPES[i]" in uses[0] and "OUTLINES[i]" in uses[0]


def _window_theme():
    import importlib

    for name in ("game.ui.theme", "game.ui.kit.theme"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise AssertionError("the window's theme module was not found; point this test at it")


def test_the_page_uses_the_projectors_tile_colours_shapes_and_letters():
    text = page_bytes().decode("utf-8")
    theme = _window_theme()
    normal = theme.Theme()
    for index in range(4):
        colour = "#" + "".join(f"{v:02x}" for v in normal.tile_colour(index))
        assert f".s{index}{{background:{colour}" in text, (index, colour)
    assert theme.SHAPES[:4] == ("triangle", "diamond", "circle", "square")
    assert 'var LETTERS = "ABCD"' in text
