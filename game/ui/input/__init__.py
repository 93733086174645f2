"""Input: what players and teachers mean, translated once at the edge from pygame events.

actions (the dataclasses scenes and tests speak), keymap (InputMap.translate, the only reader
of pygame events; solo keys and party zones), zones (keyboard zones and gamepads), room (which
team answers on which keys or pad) and teacher_keys (the classroom controls).
"""
