"""The room of a party or classroom game: which team answers on what, and how the room is shown.

A `Room` is decided on the team setup screen and travels with the `Match` through the whole
session (and into a review round). Each team answers on a keyboard zone or on one game
controller. A controller unplugged mid-session does not take its team away: the team is
marked as waiting, the same model plugged in again is given back to it, and any other free
controller pressed takes it over.

With phones (`Room.phones`), every phone is a player of its own after the keyboard teams
("only": no keyboard team plays; "beside": the teams with keys or a pad play too), or the
phones join the teams ("teams"). A player past the room's inputs answers on a phone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.i18n import _
from game.ui.input import actions as A
from game.ui.input.zones import CLASSROOM_ZONE_ORDER, KEYBOARD_ZONES, PARTY_ZONE_ORDER, Gamepads, Pad

TOP_FIVE = 5
MOST_SHOWN = 10      # a large room's standings never show more lanes than a projector can hold

# How the phones play (`Room.phones`).
PHONES_ONLY, PHONES_BESIDE, PHONES_IN_TEAMS = "only", "beside", "teams"


@dataclass
class TeamInput:
    """How one team answers: a keyboard zone, a controller, or nothing yet."""

    zone: int | None = None       # index into KEYBOARD_ZONES
    device: int | None = None     # the controller's SDL instance id
    guid: str = ""                # the controller's model, to know it when plugged in again
    pad_label: str = ""           # "Pad 2"
    lost: bool = False            # its controller was unplugged; waiting for one
    phone: bool = False           # a player on a phone, or a team whose players all answer on phones

    @property
    def uses_pad(self) -> bool:
        return self.device is not None or self.lost

    def describe(self) -> str:
        """In words, for the screen: "Keys 1 2 3 4", "Pad 2", "Pad 2 unplugged", "No keys yet"."""
        if self.lost:
            return _("{pad} unplugged: press a button on any free pad").format(pad=self.pad_label)
        if self.phone and self.device is None and self.zone is None:
            return _("Phones")
        if self.device is not None:
            return self.pad_label
        if self.zone is not None:
            # Translators: a team's keyboard keys, "Keys 1 2 3 4"
            return _("Keys {keys}").format(keys=KEYBOARD_ZONES[self.zone].name)
        return _("Press a controller button to join")

    def short(self) -> str:
        """In a few words, for a team's chip under the question."""
        if self.lost:
            return _("{pad} unplugged").format(pad=self.pad_label)
        if self.device is None and self.zone is None:
            return _("Phones") if self.phone else _("Press a pad button")
        return self.describe()


@dataclass
class Room:
    inputs: list[TeamInput]
    classroom: bool = False
    top_five: bool = False          # the standings show only the five best
    standings_hidden: bool = False  # H: the standings between questions are skipped
    anonymous: bool = False         # teams are called by their colours only
    ready: set[int] = field(default_factory=set)   # teams that pressed a key on the team screen
    phones: str | None = None       # PHONES_ONLY, PHONES_BESIDE, PHONES_IN_TEAMS, or None: no phones

    @classmethod
    def default(cls, teams: int, classroom: bool = False) -> "Room":
        """Keyboard zones for the first four teams (in the mode's order), controllers for the rest."""
        order = CLASSROOM_ZONE_ORDER if classroom else PARTY_ZONE_ORDER
        inputs = [TeamInput(zone=order[i] if i < len(order) else None) for i in range(teams)]
        return cls(inputs, classroom=classroom)

    @property
    def phones_alone(self) -> bool:
        """Every phone is a player of its own (the players past `inputs` are phones)."""
        return self.phones in (PHONES_ONLY, PHONES_BESIDE)

    def input_of(self, player: int) -> TeamInput:
        """How player `player` answers; a player past the room's inputs joined on a phone."""
        return self.inputs[player] if player < len(self.inputs) else TeamInput(phone=True)

    def keyboard_teams(self) -> list[int]:
        """With every phone a player of its own: the teams that play beside them (those with
        keys or a pad; none when only the phones play)."""
        if self.phones == PHONES_ONLY:
            return []
        return [i for i, team in enumerate(self.inputs) if team.zone is not None or team.uses_pad]

    # -- keys -----------------------------------------------------------------------------
    def answer_keys(self) -> list[tuple[tuple[int, ...], ...]]:
        """For the input map: each team's keys tile by tile (none for a team on a controller)."""
        keys = []
        for team in self.inputs:
            if team.zone is not None and not team.uses_pad:
                keys.append(tuple((k,) for k in KEYBOARD_ZONES[team.zone].keys))
            else:
                keys.append(())
        return keys

    def free_zones(self, team: int) -> list[int | None]:
        """The zones team `team` could switch to: its own, any unused, or none."""
        used = {t.zone for i, t in enumerate(self.inputs) if i != team and not t.uses_pad}
        return [z for z in range(len(KEYBOARD_ZONES)) if z not in used] + [None]

    def cycle_zone(self, team: int, step: int) -> None:
        """Left/Right on the team screen: the next free keyboard zone (a controller is let go)."""
        current = self.inputs[team]
        options = self.free_zones(team)
        position = options.index(current.zone) if current.zone in options and not current.uses_pad else -1
        zone = options[(position + step) % len(options)]
        self.inputs[team] = TeamInput(zone=zone)

    # -- controllers ----------------------------------------------------------------------
    def team_of(self, device: int) -> int | None:
        for index, team in enumerate(self.inputs):
            if team.device == device:
                return index
        return None

    def assign_pad(self, team: int, pad: Pad) -> None:
        """Give `pad` to `team`; a team that had it before is left without."""
        previous = self.team_of(pad.device)
        if previous is not None and previous != team:
            self.inputs[previous] = TeamInput()
        self.inputs[team] = TeamInput(device=pad.device, guid=pad.guid, pad_label=pad.label)

    def unplugged(self, device: int) -> int | None:
        """The pad `device` was pulled out: its team waits for one. Returns the team, if any."""
        team = self.team_of(device)
        if team is not None:
            kept = self.inputs[team]
            self.inputs[team] = TeamInput(guid=kept.guid, pad_label=kept.pad_label, lost=True)
        return team

    def waiting(self) -> list[int]:
        return [i for i, t in enumerate(self.inputs) if t.lost]

    def reconnect(self, pads: Gamepads) -> list[int]:
        """Teams waiting for a pad get back a free one of the same model; returns those teams."""
        back = []
        for team in self.waiting():
            for pad in pads.pads.values():
                if pad.guid == self.inputs[team].guid and self.team_of(pad.device) is None:
                    self.assign_pad(team, pad)
                    back.append(team)
                    break
        return back

    def pad_pressed(self, action: A.PadButton, pads: Gamepads) -> tuple[int | None, bool]:
        """The team a pad button belongs to, and whether the press just claimed the pad for a
        team that was waiting (a claiming press does not answer)."""
        team = self.team_of(action.device)
        if team is not None:
            return team, False
        pad = pads.get(action.device)
        waiting = self.waiting()
        if pad is None or not waiting:
            return None, False
        self.assign_pad(waiting[0], pad)
        return waiting[0], True

    def check_devices(self, pads: Gamepads) -> list[int]:
        """Mark teams whose pad is gone (events missed while another screen was up)."""
        lost = []
        for index, team in enumerate(self.inputs):
            if team.device is not None and not pads.connected(team.device):
                self.unplugged(team.device)
                lost.append(index)
        return lost

    # -- standings ------------------------------------------------------------------------
    def shown_standings(self, standings: list) -> list:
        """The rows to show: everyone (at most MOST_SHOWN of a large room), or only the top
        five when the teacher asked for that."""
        return standings[:TOP_FIVE] if self.top_five else standings[:MOST_SHOWN]
