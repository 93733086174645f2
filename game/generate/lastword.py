"""The last word before a place in a sentence, found from that place backwards.

A pattern such as `(\\w+)\\s*$` searched for in the text before an answer is tried at every
character of that text, each try running to the end of its word before it fails: the rules ask
for the word before an answer thousands of times a document. Matching the same pattern where
the last word begins gives the same match at a small part of the cost.
"""

from __future__ import annotations


def last_word_start(text: str, start: int, end: int, marks: str = "") -> int:
    """Where the word that ends text[start:end] begins, spaces after it aside: the place from
    which `pattern.match(text, place, end)` finds what `pattern.search(text, start, end)` does,
    for a pattern `(W+)\\s*$` whose word characters W are those of `\\w` and `marks`. A word
    cut by `start` begins at `start`; when no word ends the text, the place is after it
    (where the pattern cannot match, as it cannot anywhere)."""
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > start and (text[begin - 1].isalnum() or text[begin - 1] == "_" or text[begin - 1] in marks):
        begin -= 1
    return begin
