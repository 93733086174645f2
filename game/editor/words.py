"""The pack editor's words for what the pack format declares once (game.packs.questiontypes):
each question type's name, each field's label and hint, the difficulties, true and false, the
review marks, and what an undo step did.

The declarations stay in English, in one place; the editor shows them in the player's language
through the table below, looked up when the words are shown. A test holds the table to the
declarations, so a field added there without its words here fails at once.
"""

from __future__ import annotations

from typing import Callable

from game import i18n
from game.i18n import _, pgettext

# Short words the window may also show elsewhere, with other meanings, carry the context
# "pack editor" (written out at each call: the catalog tool reads only literal contexts).


def _declared() -> dict[str, str]:
    """Every label, hint and type name of the declarations, in the current language."""
    return {
        # Question types: as lists and the type picker name them, and on the editor's badge.
        "choice": pgettext("pack editor", "choice"),
        "true/false": pgettext("pack editor", "true/false"),
        "number": pgettext("pack editor", "number"),
        "typed answer": pgettext("pack editor", "typed answer"),
        "Choice": pgettext("pack editor", "Choice"),
        "True or false": pgettext("pack editor", "True or false"),
        "Number": pgettext("pack editor", "Number"),
        "Typed answer": pgettext("pack editor", "Typed answer"),
        # Field labels.
        "Id": pgettext("pack editor", "Id"),
        "Question": pgettext("pack editor", "Question"),
        "Right answer": pgettext("pack editor", "Right answer"),
        "Answer": pgettext("pack editor", "Answer"),
        "Wrong options": pgettext("pack editor", "Wrong options"),
        "Tolerance": pgettext("pack editor", "Tolerance"),
        "Unit": pgettext("pack editor", "Unit"),
        "Also accepted": pgettext("pack editor", "Also accepted"),
        "Difficulty": pgettext("pack editor", "Difficulty"),
        "Time limit": pgettext("pack editor", "Time limit"),
        "Explanation": pgettext("pack editor", "Explanation"),
        "Tags": pgettext("pack editor", "Tags"),
        # Field hints, in small type under the label.
        # Translators: the hint beside a question's id
        "a-z, 0-9 and hyphens": pgettext("pack editor", "a-z, 0-9 and hyphens"),
        # Translators: how many wrong options a choice question has
        "1 to 5": pgettext("pack editor", "1 to 5"),
        # Translators: a number or typed-answer question's wrong options are only for team play
        "for team play as choices": pgettext("pack editor", "for team play as choices"),
        "how far off still counts": pgettext("pack editor", "how far off still counts"),
        "shown after the answer box": pgettext("pack editor", "shown after the answer box"),
        "other answers that count": pgettext("pack editor", "other answers that count"),
        # Translators: the hint of a question's time limit; empty means the pack's default
        "seconds; empty for the pack's": pgettext("pack editor", "seconds; empty for the pack's"),
        "shown on the reveal": pgettext("pack editor", "shown on the reveal"),
        # Translators: the hint of the tags field
        "separated by commas": pgettext("pack editor", "separated by commas"),
    }


_cache: tuple[str, dict[str, str]] | None = None


def declared(words: str) -> str:
    """Declared English `words` (a label, a hint, a type's name) in the current language;
    anything else as it is."""
    global _cache
    if _cache is None or _cache[0] != i18n.language():
        _cache = (i18n.language(), _declared())
    return _cache[1].get(words, words)


def difficulty(value: object) -> str:
    """A question's difficulty as the editor names it ('easy' -> 'leicht'); other values as written."""
    names = {"easy": pgettext("pack editor", "easy"), "medium": pgettext("pack editor", "medium"),
             "hard": pgettext("pack editor", "hard")}
    return names.get(value, str(value)) if isinstance(value, str) else str(value)


def truth(value: bool) -> str:
    # Translators: the answer of a true/false question
    return pgettext("pack editor", "True") if value else pgettext("pack editor", "False")


def type_label(qtype: str) -> str:
    """'typed answer', 'true/false': a type as lists and the type picker name it."""
    from game.packs.questiontypes import QUESTION_TYPES

    declared_type = QUESTION_TYPES.get(qtype)
    return declared(declared_type.label) if declared_type else qtype


def type_heading(qtype: str) -> str:
    """'Typed answer', 'True or false': a type as the editor's badge names it."""
    from game.packs.questiontypes import QUESTION_TYPES

    declared_type = QUESTION_TYPES.get(qtype)
    return declared(declared_type.heading) if declared_type else str(qtype)


def field_name(qtype: object, key: str) -> str:
    """How the editor labels the field `key` of a question of `qtype`."""
    from game.editor.fields import fields_for

    try:
        specs = fields_for(str(qtype))
    except ValueError:
        specs = ()
    for spec in specs:
        if spec.key == key:
            return declared(spec.label)
    return key


def step_words(kind: str, qtype: object = None, key: str = "") -> Callable[[], str]:
    """What an undo step did, in words looked up when they are shown ("Undone: …"): `key` is
    the field it changed (of a question of `qtype`), or the new question's type."""
    def words() -> str:
        names = {"field": field_name(qtype, key) if qtype is not None else key}
        if kind == "edit":
            return _("“{field}” changed").format(**names)
        if kind == "add":
            return _("new entry in “{field}”").format(**names)
        if kind == "remove":
            return _("entry removed from “{field}”").format(**names)
        if kind == "reorder":
            return _("entries of “{field}” reordered").format(**names)
        if kind == "new":
            return _("new question ({kind})").format(kind=type_label(key))
        if kind == "duplicate":
            return _("question duplicated")
        if kind == "delete":
            return _("question deleted")
        if kind == "move":
            return _("question moved")
        if kind == "kept":
            return _("question kept")
        if kind == "dropped":
            return _("question dropped")
        if kind == "unreviewed":
            return _("review mark taken off")
        if kind == "copy id":
            return _("the copy's own id")
        return _("pack field “{field}”").format(**names)
    return words
