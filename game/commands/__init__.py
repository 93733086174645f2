"""Subcommands of `relayquiz`; each module registers one and turns results into text."""
