"""What the screens of a game show of the phones, and the session the phones follow, without
starting a server (so the play screens load without the network's modules).

    join_line(services)          # "Join late: http://192.168.1.23:8765, code 482913"
    follow(services, match)      # a session (or its review round) played with the phones
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.i18n import _

if TYPE_CHECKING:
    from game.net import PhoneLink
    from game.ui.handover import Match
    from game.ui.services import Services


def follow(services: "Services", match: "Match") -> None:
    """Play `match`'s session with the phones: they are seated and hear its events."""
    link = services.phones
    if link is not None and match.room is not None and match.room.phones:
        link.attach(match.session)


def shown_address(link: PhoneLink) -> str:
    """The address to type on a phone, as printed on the screen: http://192.168.1.23:8765"""
    return link.address.rstrip("/")


def shown_code(code: str) -> str:
    """The room code in two groups of three, easier to read from the back: 482 913."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


def join_line(services: "Services") -> str:
    """One line for late comers, under the play screens' counters; "" without phones."""
    link = services.phones
    if link is None or not link.running:
        return ""
    # Translators: under the play screens' counters, for students who come late
    return _("Join late: {address}, code {code}").format(address=shown_address(link), code=link.code)
