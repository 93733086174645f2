"""Torch Relay Quiz: an offline trivia game that writes quizzes from your documents."""

__version__ = "0.1.0"
