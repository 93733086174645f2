"""The game window: pygame front end with the Olympic-torch theme.

Nothing in this package starts pygame at import time; `game.ui.run` opens the window.
"""
