"""The `relayquiz` command line: one subcommand per job, each in game/commands/.

Each command module imports at its top only what its command line needs, and what the command
does inside its `run(args) -> int`, so `relayquiz --help` loads no generator, format reader,
store or window, and running one command loads only what that command uses.

Exit codes scripts can rely on: 0 success, 1 the input had problems or a file could not be
written (reported on stderr), 2 the command line itself was wrong, 130 stopped by Ctrl+C,
143 stopped by SIGTERM (129 by SIGHUP).
"""

from __future__ import annotations

import os

try:
    import argparse
    import sys
    from typing import TYPE_CHECKING, Callable, NoReturn, TextIO

    from game import __version__, i18n, interrupts
    from game.commands import (
        export, generate, history, importing, lint, new, packs, play, report, schema, scores, validate,
    )
    from game.commands.common import LANG_FLAG, add_language_option, argparse_words
    from game.i18n import N_, _
except KeyboardInterrupt:  # Ctrl+C while the program is still starting: stop as promised
    os._exit(130)

if TYPE_CHECKING:
    from game.commands.common import Subparsers

# Each subcommand and the function that adds it to the command line (setting its `run(args) -> int`
# as the handler). The order here is the order in --help.
COMMANDS: dict[str, Callable[[Subparsers], None]] = {
    "play": play.register,
    "generate": generate.register,
    "import": importing.register,
    "export": export.register,
    "new": new.register,
    "lint": lint.register,
    "packs": packs.register,
    "validate": validate.register,
    "schema": schema.register,
    "scores": scores.register,
    "report": report.register,
    "history": history.register,
}

DESCRIPTION = N_("Torch Relay Quiz: an offline trivia game that writes quizzes from your own documents.")
DETAILS = N_("Run without a command to start the game on the shipped packs and your own.")

# The examples of the main --help: each command line, and what it does.
EXAMPLES = (
    ("relayquiz", N_("open the game window")),
    ("relayquiz packs", N_("list every pack the game can play")),
    ("relayquiz validate questions/", N_("check pack files and show each problem with its line")),
    ("relayquiz import quiz.xlsx -o packs/quiz.yaml", N_("bring questions in from Kahoot, Quizizz, Moodle...")),
    ("relayquiz --lang de scores", N_("show the hall of fame in German")),
)
CLOSING = N_("Your packs, scores and settings stay on this machine; set RELAYQUIZ_HOME to keep them all in "
             "one folder (a portable install). --lang or RELAYQUIZ_LANG chooses the language of one run "
             "(en, de, fr, es, ru); otherwise the language setting or the system's is used.")


def _epilog() -> str:
    from game.commands.common import examples_text, wrapped

    return f"{examples_text(EXAMPLES, width=35)}\n\n{wrapped(_(CLOSING))}"


def build_parser(only: tuple[str, ...] | None = None) -> argparse.ArgumentParser:
    """The whole command line, or only the subcommands in `only` (what running one command needs)."""
    from game.commands.common import wrapped

    parser = argparse.ArgumentParser(
        prog="relayquiz", description=f"{_(DESCRIPTION)}\n\n{wrapped(_(DETAILS))}", epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"relayquiz {__version__}",
                        help=_("show the version number and exit"))
    add_language_option(parser)
    # argparse passes a subcommands' title through its own gettext (here, the game's).
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title=N_("commands"))
    for name, register in COMMANDS.items():
        if only is None or name in only:
            register(subparsers)
    return parser


def named_command(argv: list[str]) -> str | None:
    """The subcommand `argv` runs: the one it names first, `play` for no arguments at all, or
    None when it starts otherwise (--help, --version, a mistake), which needs every command.
    A --lang before the command is passed over."""
    argv = language_flag(argv)[1]
    if not argv:
        return "play"
    return argv[0] if argv[0] in COMMANDS else None


def language_flag(argv: list[str]) -> tuple[str | None, list[str]]:
    """The value of the last --lang in `argv` (None without one), and `argv` without any."""
    value, rest, index = None, [], 0
    while index < len(argv):
        item = argv[index]
        if item == "--":
            rest += argv[index:]
            break
        if item == LANG_FLAG and index + 1 < len(argv):
            value = argv[index + 1]
            index += 2
            continue
        if item.startswith(LANG_FLAG + "="):
            value = item.split("=", 1)[1]
        else:
            rest.append(item)
        index += 1
    return value, rest


def choose_language(flag: str | None) -> str:
    """Speak the language of this run: --lang, then RELAYQUIZ_LANG, then the `language`
    setting, then the system's. An unknown RELAYQUIZ_LANG is named on stderr and passed over;
    an unknown --lang is left to the command line to refuse (with the languages there are)."""
    environment = os.environ.get(i18n.ENVIRONMENT, "").strip()
    flag = flag if i18n.supported(flag) else None
    setting = None
    if flag is None and not i18n.supported(environment):
        from game.store.language import language_setting

        setting = language_setting()
    chosen = i18n.set_language(i18n.choose(flag, setting))
    if environment and not i18n.supported(environment) and flag is None:
        from game.commands.common import language_list

        _say_quietly(_("relayquiz: {variable}={value} is ignored: the game speaks {languages}").format(
            variable=i18n.ENVIRONMENT, value=environment, languages=language_list()))
    return chosen


def main(argv: list[str] | None = None) -> int:
    # Signals become exceptions first of all, so Ctrl+C exits 130 from any point and a
    # request to end (SIGTERM, SIGHUP) lets temporary files be removed on the way out.
    program = argv is None                       # run as the program itself, not called by a test
    with interrupts.taken(last=program):
        stdout = sys.stdout
        sys.stdout = _Output(stdout)
        try:
            return _run(sys.argv[1:] if program else argv, program)
        finally:
            sys.stdout = stdout


class _OutputFailed(Exception):
    """Standard output itself refused a write (a full disk behind `> file`, /dev/full)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))


class _Output:
    """Standard output, raising `_OutputFailed` when it is what failed, so that error is told
    apart from a file the command could not write."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _OutputFailed(error) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _OutputFailed(error) from None

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _run(argv: list[str], program: bool) -> int:
    try:
        # pygame prints a greeting on import; the game's own output should stand alone.
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        # Building the command line imports argparse's help machinery; a signal then waits the
        # moment until it is done, rather than land inside the import system.
        with interrupts.held():
            choose_language(language_flag(argv)[0])
            command = named_command(argv)
            with argparse_words():
                parser = build_parser(None if command is None else (command,))
                args = parser.parse_args(argv)
                if args.command is None:
                    args = parser.parse_args(["play", *argv])
        status = int(args.run(args) or 0)
        sys.stdout.flush()
        return status
    except RuntimeError as error:
        stop = interrupts.unwrapped(error)    # Python wraps one raised while a class is made
        if stop is None:
            raise
        return _stopped(stop, program)
    except (KeyboardInterrupt, interrupts.Terminated) as stop:
        return _stopped(stop, program)
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (| head): not an error
        return 0
    except _OutputFailed as error:
        _silence_stdout()
        _say_quietly(_("relayquiz: cannot write to standard output: {error}").format(error=error))
        return 1


def _stopped(stop: BaseException, program: bool) -> int:
    interrupts.ignore_further()
    # Translators: printed when Ctrl+C stops a command
    _say_quietly(_("interrupted") if isinstance(stop, KeyboardInterrupt) else f"relayquiz: {stop}")
    if program:
        _leave_now(interrupts.exit_status(stop))
    return interrupts.exit_status(stop)


def _leave_now(status: int) -> NoReturn:
    """End the process with `status` at once (everything was cleaned up on the way here).

    CPython exits by SIGINT instead of with the status given when a Ctrl+C passed through
    code made with exec() on its way (dataclasses are made that way at import), even though
    it was caught; leaving directly keeps the promised 130."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def _say_quietly(message: str) -> None:
    try:
        print(message, file=sys.stderr)
    except OSError:
        pass


def _silence_stdout() -> None:
    """Point standard output at nothing, so the flush at exit cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
