"""The names of the other tools' formats a pack is imported from and exported to.

A module of its own, importing nothing, so the command line can offer them as choices without
loading any format's reader or writer (`game.packs.formats` holds those, and a test keeps its
`IMPORTERS` and `EXPORTERS` to these names, in this order).
"""

IMPORT_FORMATS = ("kahoot", "quizizz", "moodlexml", "gift", "aiken", "csv", "opentdb")
EXPORT_FORMATS = ("kahoot", "quizizz", "moodlexml", "gift", "aiken", "csv")
