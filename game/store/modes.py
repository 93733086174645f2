"""The words each mode of play is shown as, in the records' tables, reports and the hall of fame.

A module of its own, importing nothing, so the command line can offer the modes as choices
without loading the records.
"""

MODE_WORDS = {"solo": "Solo", "party": "Party", "classroom": "Classroom"}
