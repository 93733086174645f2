"""Phones as answer pads, in the window: the link started from the team screen and followed by
the session, the lobby students join while the teacher watches, and the join code drawn (the
address, the room code and the QR code) where the room can read it."""
