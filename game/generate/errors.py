"""The one error the generator raises: a message a teacher can act on, naming the file."""

from __future__ import annotations


class GenerateError(Exception):
    """A document could not be turned into questions; `str()` is the whole message."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem
