"""Starting, seating and following the phones' server from the window.

    problem = open_phones(services)     # None once `services.phones` serves the page
    seat_phones(link, room, names)      # how a phone joins: a player of its own, or into a team
    close_phones(services)              # the game is over: every phone's page is closed

What the play screens show of the phones, and the session they follow, is in `shown.py`
(which needs no server, so those screens load without the network's modules).

The App pumps `services.phones` once a frame and closes it when the window leaves the screens
of a game (see `game.ui.flow.PHONE_SCENES`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.i18n import _
from game.net import PhoneLink, PhoneServerError
from game.net.address import next_interface
from game.ui.input.room import PHONES_IN_TEAMS, Room

if TYPE_CHECKING:
    from game.ui.services import Services


def open_phones(services: "Services") -> str | None:
    """Serve the phone page on the room's network, unless it is served already; None when it
    runs, else what went wrong, in words for the teacher."""
    if services.phones is not None and services.phones.running:
        return None
    settings = services.settings
    link = PhoneLink(show_prompt=settings.phones_show_prompt)
    try:
        link.start(None, settings.phones_port)
    except PhoneServerError as error:
        return _("Phones cannot join: {problem}.").format(problem=error)
    services.phones = link
    if link.notice:
        services.notice.show(link.notice, 8.0)
    return None


def close_phones(services: "Services") -> None:
    """Close the server and every phone's page (safe when there is none)."""
    if services.phones is not None:
        services.phones.stop()
        services.phones = None
    services.phone_news = []


def seat_phones(link: PhoneLink, room: Room, names: list[str] | tuple[str, ...]) -> None:
    """Tell the server how phones join this room: into one of the teams `names`, or as players of
    their own beside the keyboard teams (whose names a phone may then not take)."""
    if room.phones == PHONES_IN_TEAMS:
        link.play_in_teams(tuple(names))
    else:
        link.play_as_individuals(keyboard=tuple(names[i] for i in room.keyboard_teams()))


def switch_network(link: PhoneLink) -> str:
    """Serve on the next of the laptop's networks; what happened, in words."""
    if len(link.interfaces) < 2:
        return _("This laptop is on one network only.")
    current = link.server.host if link.server is not None else ""
    chosen = next_interface(link.interfaces, current)
    try:
        link.switch_interface(chosen.address)
    except PhoneServerError as error:
        return _("Could not serve on {network}: {problem}").format(network=chosen.label, problem=error)
    return _("Now serving on {network}").format(network=chosen.label)


def network_label(link: PhoneLink) -> str:
    """The network served on, as the teacher knows it: "192.168.1.23 (wlan0)"."""
    host = link.server.host if link.server is not None else ""
    for interface in link.interfaces:
        if interface.address == host:
            return interface.label
    return host
