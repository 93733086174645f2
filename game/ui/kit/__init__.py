"""The widget kit and theme: what every screen is drawn with, and nothing about the game.

theme (named colours, fonts, sizes, timings), fonts and assets, text (wrap and fit, cached),
layout (relative rectangles), fx (panels, glows, shapes, icons, easing), idle (how long a
screen stays as drawn), widgets (forms of buttons, choices, toggles, text fields), textbox
(multi-line editing), clipboard, overlays (confirm, help, pause card, notices) and chrome
(the header and key hints every menu screen shares). Imports only `game.ui.input.actions`
from the rest of the window.
"""
