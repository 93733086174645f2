"""`relayquiz play`: open the game window, or play a whole session by itself (--autoplay)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from game import interrupts
from game.commands.common import add_command, positive, seed_number, shown_argument, whole_number
from game.interrupts import Terminated

if TYPE_CHECKING:
    from game.commands.common import Subparsers
    from game.net import PhoneLink
    from game.quiz import Session
    from game.ui.services import Services
    from game.wiring import SessionRecorder

EXAMPLES = """\
  relayquiz play
  relayquiz play --fullscreen
  relayquiz play --autoplay --seed 7 --questions 6 --teams Red,Blue,Green --screenshots shots/
  SDL_VIDEODRIVER=dummy relayquiz play --autoplay --players 1
  relayquiz play --phones --port 8765"""


def _size(text: str) -> tuple[int, int]:
    from game.store.settings import WINDOW_MAX, WINDOW_MIN

    match = re.fullmatch(r"\s*([0-9]{1,6})\s*[xX]\s*([0-9]{1,6})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"a window size looks like 1280x720, not {shown_argument(text)}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (WINDOW_MIN[0] <= width <= WINDOW_MAX[0] and WINDOW_MIN[1] <= height <= WINDOW_MAX[1]):
        raise argparse.ArgumentTypeError(f"the window can be from {WINDOW_MIN[0]}x{WINDOW_MIN[1]} to "
                                         f"{WINDOW_MAX[0]}x{WINDOW_MAX[1]} pixels, not {width}x{height}")
    return width, height


def _teams(text: str) -> tuple[str, ...]:
    from game.quiz.config import MAX_NAME_LENGTH

    names = tuple(name.strip() for name in text.split(","))
    if not all(names):
        raise argparse.ArgumentTypeError("team names are separated by commas and cannot be empty")
    too_long = [name for name in names if len(name) > MAX_NAME_LENGTH]
    if too_long:
        raise argparse.ArgumentTypeError(f"a team name has at most {MAX_NAME_LENGTH} characters; "
                                         f"{too_long[0]!r} has {len(too_long[0])}")
    return names


_whole_port = whole_number(1024, 65535)


def _port(text: str) -> int:
    try:
        return _whole_port(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"a port is a whole number from 1024 to 65535, not {shown_argument(text)}"
                                         ) from None


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "play", "Start the game (the same as running relayquiz with no command).",
        "Opens the game window on the shipped packs and your own. Keys: F1 lists them all, F11\n"
        "switches fullscreen, Esc goes back one step. With --autoplay, simulated players play a\n"
        "whole session by themselves (it is recorded like any other); it works without a screen\n"
        "when SDL_VIDEODRIVER=dummy is set.",
        EXAMPLES,
    )
    parser.add_argument("--fullscreen", action="store_true", default=None, help="start in fullscreen")
    parser.add_argument("--windowed", action="store_false", dest="fullscreen", help="start in a window")
    parser.add_argument("--size", type=_size, metavar="WxH", help="window size, such as 1920x1080")
    phones = parser.add_argument_group("phones")
    phones.add_argument("--phones", action="store_true",
                        help="let players answer on their phones: serve the phone page on this room's network")
    phones.add_argument("--port", type=_port, metavar="N",
                        help="the port phones connect to (default: phones_port in settings.yaml, 8765; "
                             "implies --phones)")
    auto = parser.add_argument_group("autoplay")
    auto.add_argument("--autoplay", action="store_true", help="play a whole session with simulated players")
    auto.add_argument("--seed", type=seed_number, help="seed for the questions and the players (default 1)")
    auto.add_argument("--questions", type=positive, metavar="N", help="questions to play (default 10)")
    who = auto.add_mutually_exclusive_group()
    who.add_argument("--players", type=positive, metavar="N", help="number of simulated players")
    who.add_argument("--teams", type=_teams, metavar="A,B,C", help="team names, separated by commas")
    auto.add_argument("--mode", choices=("solo", "party", "classroom"), help="default: solo for one player")
    auto.add_argument("--pack", action="append", default=[], metavar="ID", help="play this pack (repeatable)")
    auto.add_argument("--screenshots", type=Path, metavar="DIR", help="save a PNG of every screen visited")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.autoplay:
        used = [flag for flag, value in (("--seed", args.seed is not None), ("--questions", args.questions),
                                         ("--players", args.players), ("--teams", args.teams),
                                         ("--mode", args.mode), ("--screenshots", args.screenshots),
                                         ("--pack", args.pack)) if value]
        if used:
            print(f"relayquiz play: {', '.join(used)} only work with --autoplay", file=sys.stderr)
            return 2
        from game.ui.launch import WindowOptions, play

        link = _open_phones(args)
        if link is False:
            return 1
        try:
            return play(WindowOptions(size=args.size, fullscreen=args.fullscreen, phones=link))
        finally:
            if link is not None:
                link.stop()
    if args.phones or args.port:
        print("relayquiz play: --phones does not work with --autoplay", file=sys.stderr)
        return 2
    return _autoplay(args)


def _open_phones(args: argparse.Namespace) -> PhoneLink | None | Literal[False]:
    """The phone server for the game, or None when not asked for, or False when it cannot start."""
    if not (args.phones or args.port):
        return None
    from game.net import PhoneLink, PhoneServerError
    from game.store import load_settings

    settings = load_settings().settings
    link = PhoneLink(show_prompt=settings.phones_show_prompt)
    try:
        link.start(None, args.port or settings.phones_port)
    except PhoneServerError as error:
        print(f"relayquiz play: {error}", file=sys.stderr)
        return False
    if link.notice:
        print(f"relayquiz: {link.notice}", file=sys.stderr)
    here = f"http://127.0.0.1:{link.server.port}/"
    also = f" (on this laptop: {here})" if link.address != here else ""
    print(f"Phones: open {link.address} and type the room code {link.code}{also}", flush=True)
    return link


def _autoplay(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.quiz import ConfigError
    from game.ui.autoplay import AutoplayError, AutoplayOptions, autoplay
    from game.ui.launch import build_services, open_store

    options = AutoplayOptions(seed=1 if args.seed is None else args.seed, questions=args.questions or 10,
                              players=args.players, teams=args.teams,
                              mode=args.mode, screenshots=args.screenshots, size=args.size or (1920, 1080),
                              packs=tuple(args.pack))
    try:
        options.resolved()
    except (AutoplayError, ValueError) as error:
        print(f"relayquiz play: {error}", file=sys.stderr)
        return 2
    if args.screenshots is not None and args.screenshots.exists() and not args.screenshots.is_dir():
        print(f"relayquiz play: --screenshots {args.screenshots}: this is a file; "
              "name a folder for the screenshots (it is made if needed)", file=sys.stderr)
        return 1
    store = open_store()
    recorders: list[SessionRecorder] = []
    try:
        services = build_services(store, autoplay=True)
        services.sound.muted = True
        missing = [pack_id for pack_id in args.pack if services.library.get(pack_id) is None]
        if missing:
            print(f"relayquiz play: --pack: no pack with id {', '.join(missing)}; `relayquiz packs` lists them",
                  file=sys.stderr)
            return 2
        _keep_recorders(services, recorders)
        try:
            result = autoplay(services, options)
        except (KeyboardInterrupt, Terminated):
            _end_early(recorders)
            raise
        unsaved = [recorder for recorder in recorders if not recorder.flush()]  # one last try
    except (AutoplayError, ConfigError) as error:
        print(f"relayquiz play --autoplay: {error}", file=sys.stderr)
        return 1
    finally:
        if store is not None:
            store.close()
    scores = ", ".join(f"{name} {score}" for name, score in result.scores)
    saved = store is not None and result.session_id is not None and not unsaved
    recorded = f" (recorded as session {result.session_id})" if saved else ""
    played = sum(1 for v in result.visited if v == "question")
    print(f"played {played} question{'' if played == 1 else 's'}{recorded}: {scores}")
    for path in result.screenshots:
        print(f"  {path}")
    if store is None:
        print("relayquiz play --autoplay: the scores were not kept (the scores database could not be opened; "
              "see above)", file=sys.stderr)
        return 1
    if unsaved:
        print(f"relayquiz play --autoplay: {unsaved[0].error}; the session is not recorded as finished",
              file=sys.stderr)
        return 1
    return 0


def _keep_recorders(services: Services, recorders: list[SessionRecorder]) -> None:
    """Note each recorder the game starts, to check at the end that everything was saved."""
    start = services.recorder_factory
    if start is None:
        return

    def recording(session: Session) -> SessionRecorder | None:
        recorder = start(session)
        if recorder is not None:              # None: no scores database to record in
            recorders.append(recorder)
        return recorder

    services.recorder_factory = recording


def _end_early(recorders: list[SessionRecorder]) -> None:
    """Stopped by a signal: record the session being played as ended early, and say so."""
    from game.quiz import State

    with interrupts.held():
        for recorder in recorders:
            if recorder.session.state is not State.FINISHED:
                recorder.session.end_round()
            recorder.flush()
            played = sum(1 for r in recorder.session.results if not r.skipped)
            if recorder.saved and recorder.session_id is not None:
                print(f"relayquiz play --autoplay: stopped; session {recorder.session_id} is recorded as ended "
                      f"early after {played} question{'' if played == 1 else 's'}", file=sys.stderr)
            else:
                print(f"relayquiz play --autoplay: stopped; {recorder.error}", file=sys.stderr)
