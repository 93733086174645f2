"""The commented starting pack that `relayquiz new` writes: every question type and field.

It is a real pack that validates as it stands, so an author can play it at once and then
change it bit by bit. Fields that need something outside the file (a picture) are shown
commented out, with what to do. The comments (and the values that only explain what to
write) are in the language of the run; the keys are the format, and stay as they are.
"""

from __future__ import annotations

import json

from game.i18n import N_, _

# Where a comment after a value starts, and how wide a paragraph of comment lines runs.
COMMENT_COLUMN = 32
WIDTH = 92

# The template, line by line: (indent, YAML, comment). A line without YAML is a comment of
# its own, wrapped (an indent ending in "+" indents it further, under the line above); "" as YAML is a blank line; "{id}", "{title}" and the other fields are
# filled in. Comments are translated when the template is written; YAML shown commented out
# (a picture) is written as it is.
LINES: tuple[tuple[str, str | None, str | None], ...] = (
    ("", None, N_("A Torch Relay Quiz pack. Check it with:  relayquiz lint {file_name}")),
    ("", None, N_("Every key is explained below; delete what you do not need. Unknown keys are errors, so a typo "
                  "never passes silently (free-form notes go under 'meta:').")),
    ("", "relayquiz: 1", N_("the pack format version; leave it as it is")),
    ("", "id: {id}", N_("a-z, 0-9 and hyphens; unique among your packs")),
    ("", "title: {title}", N_("shown when choosing packs")),
    ("", "description: {description}", None),
    ("", "language: en", N_("a language tag: en, fr, pt-BR ...")),
    ("", "author: {author}", N_("optional")),
    ("", "license: CC-BY-4.0", N_("optional")),
    ("", "tags: [example]", N_("optional, used to find packs")),
    ("", "defaults:", None),
    ("  ", "time_limit: 20", N_("seconds per question, 5 to 240, unless a question says otherwise")),
    ("  ", "points: 1000", N_("points for a correct answer: 0, 1000 or 2000 are usual")),
    ("", "sources:", N_("optional: documents the questions quote")),
    ("  ", "- id: handout", None),
    ("    ", "title: The lesson handout", None),
    ("    ", "path: handout.txt", N_("optional, relative to this file")),
    ("", "questions:", None),
    ("  ", None, N_("choice: one right answer and 1 to 5 wrong ones; options are shuffled when played.")),
    ("  ", "- id: host-city", N_("unique in the pack; keep it when you edit the question")),
    ("    ", "type: choice", None),
    ("    ", "prompt: Which city hosted the 2014 Winter Olympics?", None),
    ("    ", "answer: Sochi", None),
    ("    ", "wrong: [Vancouver, Turin, Nagano]", None),
    ("    ", "difficulty: easy", N_("optional: easy, medium or hard")),
    ("    ", "time_limit: 15", N_("optional: overrides the default above")),
    ("    ", "explanation: Sochi lies on Russia's Black Sea coast.", N_("optional, shown with the answer")),
    ("    ", "tags: [places]", N_("optional")),
    ("    ", 'source: {{doc: handout, quote: "The 2014 Winter Olympics were held in Sochi."}}', N_("optional")),
    ("    ", "# image: {{file: images/sochi.png, alt: A map of the Black Sea coast}}", None),
    ("    +", None, N_("a PNG or JPEG beside this file, shown with the prompt; 'alt' is read out or shown when "
                     "pictures are off. Create the picture first, then remove the '#'.")),
    ("", "", None),
    ("  ", None, N_("truefalse: the answer is true or false (no quotes).")),
    ("  ", "- id: torch-in-space", None),
    ("    ", "type: truefalse", None),
    ("    ", "prompt: An Olympic torch has been carried on a spacewalk.", None),
    ("    ", "answer: true", None),
    ("    ", "explanation: Cosmonauts took an unlit torch outside the space station in 2013.", None),
    ("", "", None),
    ("  ", None, N_("number: players type a number; anything within 'tolerance' of the answer counts.")),
    ("  ", "- id: first-relay-year", None),
    ("    ", "type: number", None),
    ("    ", "prompt: In what year was the first Olympic torch relay run?", None),
    ("    ", "answer: 1936", None),
    ("    ", "tolerance: 0", N_("optional, 0 unless given")),
    ("    ", 'unit: ""', N_("optional, shown after the input, such as km or kg")),
    ("    ", "wrong: [1928, 1948, 1952]", N_("optional: lets team modes play it as a choice question")),
    ("    ", "explanation: The first relay carried the flame from Olympia to Berlin.", None),
    ("", "", None),
    ("  ", None, N_("text: players type the answer; case, accents, articles and small typos are forgiven.")),
    ("  ", "- id: sochi-sea", None),
    ("    ", "type: text", None),
    ("    ", "prompt: On the coast of which sea does Sochi lie?", None),
    ("    ", "answer: Black Sea", None),
    ("    ", "accept: [the Black Sea, Euxine Sea]", N_("optional: other answers that count")),
    ("    ", "wrong: [Caspian Sea, Baltic Sea]", N_("optional: for team modes, as with number")),
    ("    ", "explanation: Sochi is a resort on the Black Sea.", None),
    ("    ", "meta: {{note: {note}}}", None),
)
# Values that only tell the author what to write there.
DESCRIPTION = N_("What this pack is about, in a sentence or two.")
AUTHOR = N_("Your Name")
NOTE = N_("free-form notes for authors; the game ignores them")


def pack_template(pack_id: str, title: str, file_name: str) -> str:
    """The template text for a new pack file, its comments in the current language."""
    import textwrap

    fields = {"id": pack_id, "title": _yaml_text(title), "file_name": file_name,
              "description": _yaml_text(_(DESCRIPTION)), "author": _yaml_text(_(AUTHOR)), "note": _yaml_text(_(NOTE))}
    lines: list[str] = []
    for indent, yaml, comment in LINES:
        if yaml is None:
            assert comment is not None
            # an indent ending in "+" continues the line above, indented inside the "#"
            inner = "   " if indent.endswith("+") else " "
            prefix = f"{indent.rstrip('+')}#{inner}"
            lines += textwrap.wrap(_(comment).format(**fields), WIDTH, initial_indent=prefix, subsequent_indent=prefix,
                                   break_on_hyphens=False, break_long_words=False)
            continue
        line = indent + yaml.format(**fields)
        if comment:
            line = line.ljust(COMMENT_COLUMN - 1) + " # " + _(comment).format(**fields)
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


def _yaml_text(text: str) -> str:
    """A value as a YAML double-quoted string (JSON's string syntax is valid YAML)."""
    return json.dumps(" ".join(text.split()) or "New pack", ensure_ascii=False)
