"""Which address the phones should open: the laptop's address on the room's network.

A laptop often has several interfaces (Wi-Fi, a cable, a virtual machine's bridge, a phone's
hotspot). The one that carries the default route is the one the room's Wi-Fi reaches, so it
comes first; the teacher can switch to another from the list. Only local-network addresses
are offered (private, link-local, loopback): the server is never put on a public address.

The parsing and the choosing are pure functions over text and values, so they are tested
without a network; `discover_interfaces` reads the machine.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Interface:
    name: str          # the system's name for it (wlan0, en0, Ethernet), or "" when unknown
    address: str       # IPv4, dotted
    default: bool = False   # carries the default route

    @property
    def label(self) -> str:
        """How the teacher sees it in the list: "192.168.1.23 (wlan0)"."""
        return f"{self.address} ({self.name})" if self.name else self.address


def is_local_address(address: str) -> bool:
    """True for addresses only the local network reaches: private ranges, link-local, loopback."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback or ip.is_link_local:
        return True
    if isinstance(ip, ipaddress.IPv4Address):
        return any(ip in net for net in _PRIVATE_V4)
    return ip in ipaddress.ip_network("fc00::/7")


_PRIVATE_V4 = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


def parse_route_table(text: str) -> str | None:
    """The interface of the default route in Linux's /proc/net/route (lowest metric wins)."""
    best: tuple[int, str] | None = None
    for line in text.splitlines()[1:]:
        fields = line.split()
        if len(fields) < 8:
            continue
        name, destination, _gateway, flags, _refcnt, _use, metric, mask = fields[:8]
        try:
            up = int(flags, 16) & 0x1
            metric_value = int(metric)
        except ValueError:
            continue
        if destination == "00000000" and mask == "00000000" and up:
            if best is None or metric_value < best[0]:
                best = (metric_value, name)
    return best[1] if best else None


def order_interfaces(found: list[Interface], default_name: str | None = None,
                     default_address: str | None = None) -> list[Interface]:
    """Local-network interfaces, the default route's first, loopback last, each address once."""
    marked: dict[str, Interface] = {}
    for item in found:
        if not is_local_address(item.address) or item.address in marked:
            continue
        default = item.default or (default_name is not None and item.name == default_name) \
            or item.address == default_address
        marked[item.address] = Interface(item.name, item.address, default)

    def rank(item: Interface) -> int:
        ip = ipaddress.ip_address(item.address)
        if ip.is_loopback:
            return 3
        if item.default:
            return 0
        return 2 if ip.is_link_local else 1

    return sorted(marked.values(), key=rank)


def choose_interface(interfaces: list[Interface], wanted: str | None = None) -> Interface:
    """The interface to serve on: the one asked for (by address or name) when present, else the first."""
    if wanted:
        for item in interfaces:
            if wanted in (item.address, item.name):
                return item
    if interfaces:
        return interfaces[0]
    return Interface("lo", LOOPBACK)


def next_interface(interfaces: list[Interface], current: str) -> Interface:
    """The one after `current` in the list, round again at the end (the teacher's switch key)."""
    addresses = [i.address for i in interfaces]
    if not interfaces:
        return Interface("lo", LOOPBACK)
    if current not in addresses:
        return interfaces[0]
    return interfaces[(addresses.index(current) + 1) % len(interfaces)]


def join_url(address: str, port: int, code: str | None = None) -> str:
    """What the phones open; the room code rides in the fragment, so it fills in by itself."""
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}/" + (f"#{code}" if code else "")


# Reading the machine -------------------------------------------------------------------


def _linux_addresses() -> list[Interface]:
    import fcntl

    found = []
    for _index, name in socket.if_nameindex():
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            try:
                packed = fcntl.ioctl(probe.fileno(), 0x8915, struct.pack("256s", name.encode()[:15]))  # SIOCGIFADDR
            except OSError:
                continue
        found.append(Interface(name, socket.inet_ntoa(packed[20:24])))
    return found


def _route_address() -> str | None:
    """The local address the system would use for the internet; connecting a UDP socket sends
    nothing, it only asks the routing table (192.0.2.1 is a documentation address)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            return probe.getsockname()[0]
        except OSError:
            return None


def _named_addresses() -> list[Interface]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [Interface("", info[4][0]) for info in infos]


def discover_interfaces() -> list[Interface]:
    """This machine's local-network interfaces, the default route's first (see `order_interfaces`)."""
    found: list[Interface] = []
    default_name = default_address = None
    if sys.platform.startswith("linux"):
        try:
            found = _linux_addresses()
            default_name = parse_route_table(Path("/proc/net/route").read_text())
        except (OSError, ImportError):
            found = []
    if not found:
        default_address = _route_address()
        found = _named_addresses() + ([Interface("", default_address)] if default_address else [])
    found.append(Interface("lo", LOOPBACK))
    return order_interfaces(found, default_name, default_address)
