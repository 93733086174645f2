"""The pack editor's model: a working copy of a pack, its undo history, validation and saving.

Plain Python, no pygame: the window's review and edit screens drive it, and so can tests.
"""

from game.editor.context import QuoteContext, SourceContexts
from game.editor.history import Focus, History, Step
from game.editor.packfile import EditorError, file_has_comments, text_has_comments
from game.editor.saving import SaveResult, save
from game.editor.session import EditSession, FieldProblem, Mark, Origin

__all__ = [
    "EditSession", "EditorError", "FieldProblem", "Focus", "History", "Mark", "Origin", "QuoteContext",
    "SaveResult", "SourceContexts", "Step", "file_has_comments", "save", "text_has_comments",
]
