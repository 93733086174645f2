"""The commented starting pack that `relayquiz new` writes: every question type and field.

It is a real pack that validates as it stands, so an author can play it at once and then
change it bit by bit. Fields that need something outside the file (a picture) are shown
commented out, with what to do.
"""

from __future__ import annotations

import json

TEMPLATE = """\
# A Torch Relay Quiz pack. Check it with:  relayquiz lint {file_name}
# Every key is explained below; delete what you do not need. Unknown keys are errors, so a
# typo never passes silently (free-form notes go under 'meta:').
relayquiz: 1                    # the pack format version; leave it as it is
{id_line}# a-z, 0-9 and hyphens; unique among your packs
{title_line}# shown when choosing packs
description: What this pack is about, in a sentence or two.
language: en                    # a language tag: en, fr, pt-BR ...
author: Your Name               # optional
license: CC-BY-4.0              # optional
tags: [example]                 # optional, used to find packs
defaults:
  time_limit: 20                # seconds per question, 5 to 240, unless a question says otherwise
  points: 1000                  # points for a correct answer: 0, 1000 or 2000 are usual
sources:                        # optional: documents the questions quote
  - id: handout
    title: The lesson handout
    path: handout.txt           # optional, relative to this file
questions:
  # choice: one right answer and 1 to 5 wrong ones; options are shuffled when played.
  - id: host-city               # unique in the pack; keep it when you edit the question
    type: choice
    prompt: Which city hosted the 2014 Winter Olympics?
    answer: Sochi
    wrong: [Vancouver, Turin, Nagano]
    difficulty: easy            # optional: easy, medium or hard
    time_limit: 15              # optional: overrides the default above
    explanation: Sochi lies on Russia's Black Sea coast.   # optional, shown with the answer
    tags: [places]              # optional
    source: {{doc: handout, quote: "The 2014 Winter Olympics were held in Sochi."}}   # optional
    # image: {{file: images/sochi.png, alt: A map of the Black Sea coast}}
    #   a PNG or JPEG beside this file, shown with the prompt; 'alt' is read out or shown
    #   when pictures are off. Create the picture first, then remove the '#'.

  # truefalse: the answer is true or false (no quotes).
  - id: torch-in-space
    type: truefalse
    prompt: An Olympic torch has been carried on a spacewalk.
    answer: true
    explanation: Cosmonauts took an unlit torch outside the space station in 2013.

  # number: players type a number; anything within 'tolerance' of the answer counts.
  - id: first-relay-year
    type: number
    prompt: In what year was the first Olympic torch relay run?
    answer: 1936
    tolerance: 0                # optional, 0 unless given
    unit: ""                    # optional, shown after the input, such as km or kg
    wrong: [1928, 1948, 1952]   # optional: lets team modes play it as a choice question
    explanation: The first relay carried the flame from Olympia to Berlin.

  # text: players type the answer; case, accents, articles and small typos are forgiven.
  - id: sochi-sea
    type: text
    prompt: On the coast of which sea does Sochi lie?
    answer: Black Sea
    accept: [the Black Sea, Euxine Sea]   # optional: other answers that count
    wrong: [Caspian Sea, Baltic Sea]      # optional: for team modes, as with number
    explanation: Sochi is a resort on the Black Sea.
    meta: {{note: free-form notes for authors; the game ignores them}}
"""


def pack_template(pack_id: str, title: str, file_name: str) -> str:
    """The template text for a new pack file."""
    id_line = f"id: {pack_id}".ljust(31) + " "
    title_line = f"title: {_yaml_text(title)}".ljust(31) + " "
    return TEMPLATE.format(id_line=id_line, title_line=title_line, file_name=file_name)


def _yaml_text(text: str) -> str:
    """A title as a YAML double-quoted value (JSON's string syntax is valid YAML)."""
    return json.dumps(" ".join(text.split()) or "New pack", ensure_ascii=False)
