"""The YAML node limit, checked before composing when a file might break it.

`node_bound` says, from the characters alone, how many nodes a text can hold at most; only a
text whose bound passes the limit is counted event by event (`count_nodes`) before it is
composed. The bound must never be below the nodes libyaml reports, whatever the text (or
a file over the limit would be composed after all), and the count must refuse a file at
exactly the node and with exactly the error that composing it meets.
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import game.safeyaml
from bench.packgen import big_pack
from game.packs import PackError, load_pack_text
from game.packs.dump import pack_to_data
from game.safeyaml import parse
from game.textfile import Limits
from game.yamlnodes import TooDeep, TooMany, compose, count_nodes, node_bound
from tests.packtext import VALID

NODE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)


def nodes_read(text: str) -> int:
    """The nodes libyaml reports in the first document of `text`, up to where it stops (the
    document's end, or an error)."""
    loader = yaml.CSafeLoader(text)
    count = 0
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, NODE_EVENTS):
                count += 1
            elif isinstance(event, (yaml.DocumentEndEvent, yaml.StreamEndEvent)):
                return count
    except yaml.YAMLError:
        return count
    finally:
        loader.dispose()


# Texts made to hold as many nodes as possible for their characters: empty keys and values,
# flow pairs, anchors, aliases, tags, documents, comments and block scalars.
ADVERSARIAL = [
    "?", "? ", ":", ": ", "-", "- ", "---", "--- !!str", "&a", "!!null",
    "[:]", "[:, :, :, :]", "[?, ?, ?]", "{?, ?}", "{a, b, c, d}", "{: }", "[a: , : b, ? c]",
    "- - - - -\n", "- ?\n- :\n- -\n", "? ? ? ?\n", "a:\nb:\nc:\n", "? a\n? b\n: c\n",
    "[[[[[[]]]]]]", "{a: {b: {c: {d: {}}}}}", "[{}, {}, [], []]",
    "a: &x [1, 2, {b: *x}]\nc: *x\nd: [*x, *x, *x]\n",
    "&a [&b x, *b, &c [*a]]",
    "!!seq [!!str a, !!map {!!str b: !!int 1}]",
    "a: 1\n---\nb: [1, 2, 3]\n---\n[4, 5]\n",
    "---\n---\n---\n",
    "# only a comment\n# and another\n",
    "a: [1, 2] # a comment: with - [brackets] and ? marks\n# - [1, 2, 3]\n",
    "text: |\n  line one\n  - not a list\n  ? not a key\n  : not a value\n" + "  line\n" * 200,
    "folded: >-\n" + "  [a, b, c]\n" * 100 + "after: [x, y]\n",
    "'quoted: [1, 2]': \"more [3, 4]\"\n",
    "%YAML 1.1\n--- [a, b]\n...\n",
    "\ufeff- [a, b]\n",
    "- [a, b\n- broken\n",
    "a: [1, 2, 3]\nb: ]\n",
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_the_bound_is_never_below_the_nodes_of_awkward_yaml(text):
    assert nodes_read(text) <= node_bound(text)


PIECES = list("-?:,[]{}&*!|>'\"#%a1 ") + ["\n", "\t", "\n  ", "\n- ", ": ", "? ", "- ", "---\n", "...\n",
                                            "&a ", "*a", "!!str ", "! ", "|\n  ", ">\n  ", "# c\n", "\r\n"]


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_the_bound_is_never_below_the_nodes_read(text):
    assert nodes_read(text) <= node_bound(text)


def test_the_bound_counts_what_is_not_blank_three_times():
    assert node_bound("") == 0 and node_bound(" \n  \n") == 0 and node_bound("\t\r\n") == 6
    assert node_bound("a: [1, 2]\n") == 3 * len("a:[1,2]")
    assert nodes_read("?") == 3 == node_bound("?")          # a lone key: a mapping, its key and its value


def _outcome(function, text: str, max_depth: int, max_nodes: int) -> tuple:
    """What reading `text` with `function` ends in: the kind of refusal and where, or 'read'."""
    loader = yaml.CSafeLoader(text)
    try:
        function(loader.get_event, max_depth, max_nodes)
    except (TooMany, TooDeep) as refusal:
        return type(refusal).__name__, refusal.node.line, refusal.node.column
    except yaml.MarkedYAMLError as error:
        return "yaml", str(error)
    finally:
        loader.dispose()
    return ("read",)


@pytest.mark.parametrize("text, max_nodes", [
    ("a: [1, 2, 3]\nb: {c: 4}\n", 8),                      # all 8 nodes: within the limit
    ("a: [1, 2, 3]\nb: {c: 4}\n", 7),                      # the 8th, the scalar 4, is one too many
    ("a: [1, 2, 3]\nb: {c: 4}\n", 5),                      # the 6th is a key
    ("a: [1, 2, 3]\nb: {c: 4}\n", 6),                      # the 7th opens a mapping
    ("- [[[[x]]]]\n- y\n", 4),                             # too many before too deep
    ("- [[[[x]]]]\n- y\n", 40),
    ("a: *nowhere\nb: [1, 2, 3, 4]\n", 3),                 # an undefined alias before the limit
    ("a: [1, 2, 3, 4]\nb: *nowhere\n", 3),                 # the limit before an undefined alias
    ("a: &x 1\nb: &x 2\nc: [1, 2, 3]\n", 6),               # an anchor defined twice, before the limit
    ("a: &x [1, 2]\nb: *x\nc: *x\nd: *x\n", 7),            # aliases are not counted again
    ("a: &x [1, 2]\nb: *x\nc: [*x, 5]\n", 7),
    ("a: [1, 2]\nb: ]\nc: [3, 4, 5, 6]\n", 5),             # a syntax error before the limit
    ("a: [1, 2, 3, 4, 5, 6]\nb: ]\n", 5),                  # the limit before a syntax error
    ("a: 1\n---\nb: [2, 3, 4, 5, 6]\n", 3),                # a second document is not counted
    ("", 0),
    ("--- !!str\n", 0),
    ("--- !!str\n", 1),
    ("[" * 40 + "]" * 40, 100),                            # too deep
    ("[" * 40 + "]" * 40, 10),
    ("? [a, b]\n: {c: [d, e]}\n? f\n", 8),
])
def test_the_count_stops_where_composing_stops_and_says_the_same(text, max_nodes):
    counted = _outcome(count_nodes, text, 32, max_nodes)
    composed = _outcome(compose, text, 32, max_nodes)
    if counted == ("read",):
        # Let through: composing then judges the rest (a second document, say) itself.
        assert composed[0] not in ("TooMany", "TooDeep")
    else:
        assert counted == composed


def test_the_count_gives_the_number_of_nodes_of_a_document_within_the_limit():
    loader = yaml.CSafeLoader("a: &x [1, 2]\nb: *x\nc: {d: e}\n")
    assert count_nodes(loader.get_event, 32, 100) == 10      # the alias is no node of its own


def _flow_list_file(nodes: int) -> str:
    """A file of exactly `nodes` YAML nodes: a mapping, its key, a list and the list's numbers."""
    return "numbers: [" + ", ".join(["7"] * (nodes - 3)) + "]\n"


def test_a_file_of_exactly_the_limit_loads_and_one_node_more_is_refused_at_that_node():
    limit = min(Limits().max_read_nodes, Limits().max_nodes)
    within = _flow_list_file(limit)
    assert node_bound(within) > limit                        # so the count runs before composing
    assert len(parse(within, "within.yaml").data["numbers"]) == limit - 3
    beyond = _flow_list_file(limit + 1)
    with pytest.raises(PackError) as caught:
        parse(beyond, "beyond.yaml")
    (problem,) = caught.value.problems
    assert f"more than {limit:,} YAML nodes" in problem.message
    assert (problem.file, problem.line, problem.column) == ("beyond.yaml", 1, len(beyond) - 2)  # the last 7


def test_small_files_are_composed_without_a_count_first(monkeypatch):
    counted = []
    real = game.safeyaml.count_nodes
    monkeypatch.setattr(game.safeyaml, "count_nodes", lambda *args: counted.append(1) or real(*args))
    load_pack_text(VALID, "small.yaml")
    assert counted == []
    with pytest.raises(PackError, match="more than 20 YAML nodes"):
        parse("a: [" + ", ".join(["x"] * 50) + "]\nb: ]\n", "many.yaml", Limits(max_read_nodes=20))
    assert counted == [1]


def test_a_pack_of_10000_questions_is_counted_and_still_loads():
    pack = big_pack(10_000)
    text = yaml.dump(pack_to_data(pack), Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True)
    assert node_bound(text) > Limits().max_read_nodes       # the count runs, and lets it through
    loaded = load_pack_text(text, "big.yaml")
    assert [q.id for q in loaded.questions] == [q.id for q in pack.questions]
    assert loaded.questions[-1].prompt == pack.questions[-1].prompt
