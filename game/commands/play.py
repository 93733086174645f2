"""`relayquiz play`: start the game."""

from __future__ import annotations

from game.commands.common import add_command, print_problems
from game.packs.library import load_library


def register(subparsers) -> None:
    parser = add_command(
        subparsers, "play", "Start the game (the same as running relayquiz with no command).",
        "Opens the game window on the shipped packs and your own.",
        "  relayquiz play",
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    library = load_library()
    print_problems(library.problems)
    print(f"{len(library.entries)} packs ready:")
    for entry in library.entries:
        print(f"  {entry.pack.id}: {entry.pack.title} ({len(entry.pack.questions)} questions)")
    print("The game window is not built yet; `relayquiz packs` lists the packs in detail.")
    return 0
