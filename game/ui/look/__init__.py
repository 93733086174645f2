"""The look of the torch theme: torch and flame, the relay track, the podium, answer tiles,
the backdrop, each team's lane colour, and the sounds (synthesised, no files)."""
