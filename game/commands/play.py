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
from game.i18n import _, ngettext
from game.interrupts import Terminated

if TYPE_CHECKING:
    from game.commands.common import Subparsers
    from game.net import PhoneLink
    from game.quiz import Session
    from game.ui.services import Services
    from game.wiring import SessionRecorder

EXAMPLES = (
    ("relayquiz play", None),
    ("relayquiz play --fullscreen", None),
    ("relayquiz play --autoplay --seed 7 --questions 6 --teams Red,Blue,Green --screenshots shots/", None),
    ("SDL_VIDEODRIVER=dummy relayquiz play --autoplay --players 1", None),
    ("relayquiz play --phones --port 8765", None),
    ("relayquiz play --lang es", None),
)


def _size(text: str) -> tuple[int, int]:
    from game.store.settings import WINDOW_MAX, WINDOW_MIN

    match = re.fullmatch(r"\s*([0-9]{1,6})\s*[xX]\s*([0-9]{1,6})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(_("a window size looks like 1280x720, not {value}").format(
            value=shown_argument(text)))
    width, height = int(match.group(1)), int(match.group(2))
    if not (WINDOW_MIN[0] <= width <= WINDOW_MAX[0] and WINDOW_MIN[1] <= height <= WINDOW_MAX[1]):
        raise argparse.ArgumentTypeError(_("the window can be from {smallest} to {largest} pixels, not {size}").format(
            smallest=f"{WINDOW_MIN[0]}x{WINDOW_MIN[1]}", largest=f"{WINDOW_MAX[0]}x{WINDOW_MAX[1]}",
            size=f"{width}x{height}"))
    return width, height


def _teams(text: str) -> tuple[str, ...]:
    from game.quiz.config import MAX_NAME_LENGTH

    names = tuple(name.strip() for name in text.split(","))
    if not all(names):
        raise argparse.ArgumentTypeError(_("team names are separated by commas and cannot be empty"))
    too_long = [name for name in names if len(name) > MAX_NAME_LENGTH]
    if too_long:
        raise argparse.ArgumentTypeError(_("a team name has at most {most} characters; {name} has {count}").format(
            most=MAX_NAME_LENGTH, name=repr(too_long[0]), count=len(too_long[0])))
    return names


_whole_port = whole_number(1024, 65535)


def _port(text: str) -> int:
    try:
        return _whole_port(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(_("a port is a whole number from 1024 to 65535, not {value}").format(
            value=shown_argument(text))) from None


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "play", _("Start the game (the same as running relayquiz with no command)."),
        _("Opens the game window on the shipped packs and your own. Keys: F1 lists them all, F11 switches "
          "fullscreen, Esc goes back one step. With --autoplay, simulated players play a whole session by "
          "themselves (it is recorded like any other); it works without a screen when SDL_VIDEODRIVER=dummy "
          "is set."),
        EXAMPLES,
    )
    parser.add_argument("--fullscreen", action="store_true", default=None, help=_("start in fullscreen"))
    parser.add_argument("--windowed", action="store_false", dest="fullscreen", help=_("start in a window"))
    parser.add_argument("--size", type=_size, metavar="WxH", help=_("window size, such as 1920x1080"))
    # Translators: a heading in `relayquiz play --help`, above the options for playing on phones
    phones = parser.add_argument_group(_("phones"))
    phones.add_argument("--phones", action="store_true",
                        help=_("let players answer on their phones: serve the phone page on this room's network"))
    phones.add_argument("--port", type=_port, metavar="N",
                        help=_("the port phones connect to (default: phones_port in settings.yaml, 8765; "
                               "implies --phones)"))
    # Translators: a heading in `relayquiz play --help`, above the options of --autoplay
    auto = parser.add_argument_group(_("autoplay"))
    auto.add_argument("--autoplay", action="store_true", help=_("play a whole session with simulated players"))
    auto.add_argument("--seed", type=seed_number, help=_("seed for the questions and the players (default 1)"))
    auto.add_argument("--questions", type=positive, metavar="N", help=_("questions to play (default 10)"))
    who = auto.add_mutually_exclusive_group()
    who.add_argument("--players", type=positive, metavar="N", help=_("number of simulated players"))
    who.add_argument("--teams", type=_teams, metavar="A,B,C", help=_("team names, separated by commas"))
    auto.add_argument("--mode", choices=("solo", "party", "classroom"), help=_("default: solo for one player"))
    auto.add_argument("--pack", action="append", default=[], metavar="ID", help=_("play this pack (repeatable)"))
    auto.add_argument("--screenshots", type=Path, metavar="DIR", help=_("save a PNG of every screen visited"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.autoplay:
        used = [flag for flag, value in (("--seed", args.seed is not None), ("--questions", args.questions),
                                         ("--players", args.players), ("--teams", args.teams),
                                         ("--mode", args.mode), ("--screenshots", args.screenshots),
                                         ("--pack", args.pack)) if value]
        if used:
            print(_("relayquiz play: {flags} only work with --autoplay").format(flags=", ".join(used)), file=sys.stderr)
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
        print(_("relayquiz play: --phones does not work with --autoplay"), file=sys.stderr)
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
    if link.address != here:
        print(_("Phones: open {address} and type the room code {code} (on this laptop: {here})").format(
            address=link.address, code=link.code, here=here), flush=True)
    else:
        print(_("Phones: open {address} and type the room code {code}").format(address=link.address, code=link.code),
              flush=True)
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
        print(_("relayquiz play: --screenshots {path}: this is a file; name a folder for the screenshots (it is "
                "made if needed)").format(path=args.screenshots), file=sys.stderr)
        return 1
    store = open_store()
    recorders: list[SessionRecorder] = []
    try:
        services = build_services(store, autoplay=True)
        services.sound.muted = True
        missing = [pack_id for pack_id in args.pack if services.library.get(pack_id) is None]
        if missing:
            print(_("relayquiz play: --pack: no pack with id {ids}; `relayquiz packs` lists them").format(
                ids=", ".join(missing)), file=sys.stderr)
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
    played = sum(1 for v in result.visited if v == "question")
    if saved:
        print(ngettext("played {count} question (recorded as session {session}): {scores}",
                       "played {count} questions (recorded as session {session}): {scores}", played).format(
            count=played, session=result.session_id, scores=scores))
    else:
        print(ngettext("played {count} question: {scores}", "played {count} questions: {scores}", played).format(
            count=played, scores=scores))
    for path in result.screenshots:
        print(f"  {path}")
    if store is None:
        print(_("relayquiz play --autoplay: the scores were not kept (the scores database could not be opened; "
                "see above)"), file=sys.stderr)
        return 1
    if unsaved:
        print(_("relayquiz play --autoplay: {problem}; the session is not recorded as finished").format(
            problem=unsaved[0].error), file=sys.stderr)
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
                print(ngettext("relayquiz play --autoplay: stopped; session {session} is recorded as ended early "
                               "after {count} question",
                               "relayquiz play --autoplay: stopped; session {session} is recorded as ended early "
                               "after {count} questions", played).format(session=recorder.session_id, count=played),
                      file=sys.stderr)
            else:
                print(_("relayquiz play --autoplay: stopped; {problem}").format(problem=recorder.error),
                      file=sys.stderr)
