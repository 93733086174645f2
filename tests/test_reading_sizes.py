"""A file's size limit costs no more than it must: a plain file that says it is past the limit
is refused before any of it is read; anything else is counted as its bytes arrive."""

from __future__ import annotations

import os
import threading
import tracemalloc

import pytest

from game.packs import PackError, load_pack
from game.textfile import DEFAULT_LIMITS, Limits, read_bytes
from tests.packtext import VALID


def test_a_plain_file_past_the_limit_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:                     # sparse: 1 GB that takes no room on disk
        handle.truncate(1024 * 1024 * 1024)
    tracemalloc.start()
    with pytest.raises(PackError) as caught:
        read_bytes(path, "huge.yaml")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    (problem,) = caught.value.problems
    assert problem.message == (f"the file is larger than {DEFAULT_LIMITS.max_bytes // (1024 * 1024)} MB; "
                               "a pack should be far smaller")
    assert peak < 1024 * 1024                            # its first 32 MB were never read into memory


def test_a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_not(tmp_path):
    limits = Limits(max_bytes=len(VALID.encode()))
    exact = tmp_path / "exact.yaml"
    exact.write_text(VALID, encoding="utf-8")
    assert load_pack(exact, limits=limits).questions
    over = tmp_path / "over.yaml"
    over.write_text(VALID + "\n", encoding="utf-8")
    with pytest.raises(PackError, match="is larger than"):
        load_pack(over, limits=limits)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_what_a_pipe_holds_is_counted_as_it_is_read(tmp_path):
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)

    def feed():
        with open(pipe, "wb") as handle:
            try:
                handle.write(b"# x\n" * 10_000)          # 40,000 bytes, where a pipe's size says 0
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        with pytest.raises(PackError, match="is larger than"):
            read_bytes(pipe, "pipe.yaml", Limits(max_bytes=1000))
    finally:
        writer.join(timeout=60)
    assert not writer.is_alive()
