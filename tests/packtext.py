"""Small pack texts for tests, written out so that line numbers are easy to read."""

VALID = """\
relayquiz: 1
id: sochi-torch
title: Torch in Space
description: Questions from a news story.
language: en
defaults: {time_limit: 20, points: 1000}
sources:
  - id: seed-000
    title: Cosmonauts may carry Olympic torch on spacewalk
    path: seeds/000.txt
questions:
  - id: host-city
    type: choice
    prompt: Which city was to host the 2014 Winter Games?
    answer: Sochi
    wrong: [Vancouver, Turin, Nagano]
    difficulty: easy
    source: {doc: seed-000, quote: Russia hosts the 2014 Winter Games in Sochi.}
  - id: columbia-torch-lit
    type: truefalse
    prompt: In 1996 the Space Shuttle Columbia carried a lit torch into orbit.
    answer: false
  - id: columbia-year
    type: number
    prompt: In what year did Columbia carry an unlit torch?
    answer: 1996
    tolerance: 0
  - id: sochi-sea
    type: text
    prompt: On the coast of which sea does Sochi lie?
    answer: Black Sea
    accept: [the Black Sea]
"""


def with_line(text: str, line_number: int, new_line: str) -> str:
    """`text` with its line `line_number` (1-based) replaced."""
    lines = text.split("\n")
    lines[line_number - 1] = new_line
    return "\n".join(lines)


def inserted_after(text: str, line_number: int, new_lines: str) -> str:
    lines = text.split("\n")
    lines[line_number:line_number] = new_lines.split("\n")
    return "\n".join(lines)
