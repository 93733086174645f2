"""Packs for the editor's tests: one shaped like the generator's output, citing the shipped seed."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1cecdf4bdfe468e3.txt"

GENERATED = """\
relayquiz: 1
id: torch-spacewalk
title: Cosmonauts may carry Olympic torch on spacewalk
description: Questions written from one news story.
language: en
defaults:
  time_limit: 20
  points: 1000
sources:
  - id: seed-000
    title: 'Russia: Cosmonauts may carry Olympic torch on spacewalk'
    path: seeds/000_1cecdf4bdfe468e3.txt
questions:
  - id: host-city
    type: choice
    prompt: Which city was to host the 2014 Winter Games?
    answer: Sochi
    wrong: [Vancouver, Turin, Nagano]
    difficulty: easy
    source:
      doc: seed-000
      quote: Russian President Vladimir Putin is a well-known alpha male, so expect impressive ceremonies when Russia hosts the 2014 Winter Games in Sochi, on the Black Sea coast.
  - id: columbia-year
    type: number
    prompt: In what year did the Space Shuttle Columbia carry an unlit torch into orbit?
    answer: 1996
    tolerance: 0
    wrong: [1992, 2000, 1988]
    difficulty: medium
    source:
      doc: seed-000
      quote: Just sending the torch into space would be a bit of a yawn — that was already done in 1996, when the Space Shuttle Columbia carried an unlit torch into orbit which was later used in the torch relay back on Earth.
  - id: columbia-lit
    type: truefalse
    prompt: The Space Shuttle Columbia carried a lit torch into orbit.
    answer: false
    source:
      doc: seed-000
      quote: Just sending the torch into space would be a bit of a yawn — that was already done in 1996, when the Space Shuttle Columbia carried an unlit torch into orbit which was later used in the torch relay back on Earth.
  - id: iss-partner
    type: choice
    prompt: Which space agency is named among Russia's ISS partners?
    answer: NASA
    wrong: [ESA, JAXA, CSA]
    source:
      doc: seed-000
      quote: In order to do the spacewalk, Russia’s ISS partners, including NASA, will need to agree to rescheduling a planned Nov. 25 trip to the space station so it’s three weeks earlier.
  - id: cosmonaut
    type: text
    prompt: Which cosmonaut was to carry the torch in space with Sergei Ryazansky?
    answer: Oleg Kotov
    accept: [Kotov]
    difficulty: hard
    source:
      doc: seed-000
      quote: That will allow the Olympic torch to be carried in space by cosmonauts Oleg Kotov and Sergei Ryazansky, for a return to Earth on Nov. 11, reported.
  - id: president
    type: choice
    prompt: Who is the Russian President named in the story?
    answer: Vladimir Putin
    wrong: [Dmitry Medvedev, Boris Yeltsin, Mikhail Gorbachev]
    difficulty: easy
    source:
      doc: seed-000
      quote: Russian President Vladimir Putin is a well-known alpha male, so expect impressive ceremonies when Russia hosts the 2014 Winter Games in Sochi, on the Black Sea coast.
  - id: planning-stages
    type: truefalse
    prompt: Officials said the idea was still at the planning stages.
    answer: true
    source:
      doc: seed-000
      quote: Officials cautioned that the idea is still at the planning stages.
  - id: adler-airport
    type: choice
    prompt: Near which city is Adler airport?
    answer: Sochi
    wrong: [Moscow, Kazan, Saint Petersburg]
    source:
      doc: seed-000
      quote: The Olympic Rings are displayed outside Adler airport, near Sochi, on February 18, 2013.
"""


def write_generated(folder: Path, name: str = "torch-spacewalk.yaml") -> Path:
    """The generated pack written to `folder` (its source path is found through the shipped seeds)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(GENERATED, encoding="utf-8")
    return path


def generated_pack():
    """The generated pack as the generator hands it over: in memory, never saved."""
    from game.packs.load import load_pack_text

    return load_pack_text(GENERATED, "generated")
