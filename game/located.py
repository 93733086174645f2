"""Problems found in a file, as values that carry their location (file:line:column).

A base helper with no imports of the game: the pack reader, the settings and the tools that
read other files all report what is wrong with one of these, and the code that reads never
prints. The command line or the window decides how to show them.
"""

from __future__ import annotations

from game.i18n import _
from dataclasses import dataclass
from typing import Iterable, Union

# A path into the loaded data: mapping keys and sequence indexes, from the root.
DataPath = tuple[Union[str, int], ...]


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    warning: bool = False

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.warning:
            # Translators: a problem that does not stop a pack from loading
            return _("{where}: warning: {message}").format(where=where, message=self.message)
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class PathProblem:
    """A problem found in plain data, before it is given a line and column."""

    path: DataPath
    message: str
    at_key: bool = False  # point at the key itself rather than its value


class LocatedError(Exception):
    """A file could not be read; carries every problem found in it."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
