"""The located problems of pack files: the game's `game.located` values, under the names the
pack code has always used. A pack that cannot be loaded raises `PackError`, which is the same
class as `LocatedError`, so code that catches either catches both.
"""

from __future__ import annotations

from game.located import DataPath, LocatedError, PathProblem, Problem

PackError = LocatedError

__all__ = ["DataPath", "PackError", "PathProblem", "Problem"]
