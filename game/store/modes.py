"""The words each mode of play is shown as, in the records' tables, reports and the hall of fame.

A module of its own, importing only the catalogs' marker, so the command line can offer the
modes as choices without loading the records.
"""

from game.i18n import N_, _

MODE_WORDS = {"solo": N_("Solo"), "party": N_("Party"), "classroom": N_("Classroom")}


def mode_words(mode: str) -> str:
    """The mode as a person reads it, in the current language (an unknown one as it is stored)."""
    words = MODE_WORDS.get(mode)
    return _(words) if words else mode
