"""Writing a file so that a crash leaves either the old contents or the new, never half."""

from game.atomic import write_atomic

__all__ = ["write_atomic"]
