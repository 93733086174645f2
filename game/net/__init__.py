"""Phones as answer pads: the laptop serves a page to every phone in the room.

An aiohttp server (HTTP and WebSocket) runs on a thread of its own; the window owns a
`PhoneLink`, which starts and stops it and, once a frame, passes what the phones said to the
quiz session (`pump`). Nothing here imports pygame: the QR code is a grid of booleans
(`PhoneLink.qr()`), the address list plain values. See `link.py` for the calls in order.
"""

from game.net.address import Interface, discover_interfaces, is_local_address, join_url
from game.net.link import DEFAULT_PORT, PhoneLink, PhoneNews
from game.net.names import NameRefused, WordList, check_name, load_word_list
from game.net.qr import QrGrid, qr_grid
from game.net.roster import PhoneView
from game.net.server import PhoneServerError

__all__ = [
    "DEFAULT_PORT", "Interface", "NameRefused", "PhoneLink", "PhoneNews", "PhoneServerError", "PhoneView",
    "QrGrid", "WordList", "check_name", "discover_interfaces", "is_local_address", "join_url",
    "load_word_list", "qr_grid",
]
