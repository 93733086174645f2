"""`relayquiz generate DOC... [-o OUT.yaml]`: write a question pack from documents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from game.commands.common import add_command, seed_number, target_problem, whole_number, write_failure
from game.i18n import _, ngettext
from game.packs.questiontypes import TYPE_NAMES

if TYPE_CHECKING:
    from game.commands.common import Subparsers
    from game.generate import Document
    from game.packs.model import Pack


EXAMPLES = (
    ("relayquiz generate article.txt -o questions/article.yaml", None),
    ("relayquiz generate page.html notes.md --count 20 --types choice,truefalse -o quiz.yaml", None),
    ("cat story.txt | relayquiz generate - --title 'Friday news quiz' > friday.yaml", None),
    ("relayquiz generate article.txt -o quiz.yaml --review", None),
)


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "generate", _("Write a quiz pack from documents: news, handouts, encyclopedia pages."),
        _("Each DOC is a .txt, .md or .html file (any common encoding), or - for standard input. Several "
          "documents make one pack. Web junk (menus, share lines, captions, credits, cookie notices) is "
          "dropped; every question cites the exact sentence it came from. The same documents and options "
          "always give the same file. Nothing is downloaded or sent anywhere.") + "\n\n" +
        _("With --review the game window opens on the new questions first: keep (K), drop (X) or edit (Enter) "
          "each, save with Ctrl+S (to OUT.yaml when -o is given, else into your packs folder), then Esc closes "
          "the window.") + "\n\n" +
        _("Exit status: 0 a pack was written, 1 a document could not be used or OUT.yaml could not be written "
          "(the reason is on stderr), or the review was closed without saving a playable pack."),
        EXAMPLES,
    )
    parser.add_argument("documents", nargs="+", metavar="DOC", help=_("document file, or - for standard input"))
    parser.add_argument("-o", "--output", metavar="OUT.yaml",
                        help=_("where to write the pack (default: standard output)"))
    parser.add_argument("--count", type=whole_number(0), metavar="N",
                        help=_("at most N questions, the most confident (default: every confident one)"))
    parser.add_argument("--all", dest="keep_all", action="store_true",
                        help=_("keep every question that passes the hard rules, the least confident last"))
    parser.add_argument("--types", default=",".join(TYPE_NAMES), metavar="LIST",
                        help=_("question types to write, comma-separated (default: {types})").format(
                            types=",".join(TYPE_NAMES)))
    parser.add_argument("--seed", type=seed_number, default=0, metavar="N",
                        help=_("another N picks other wrong options (default: 0)"))
    parser.add_argument("--id", dest="pack_id", metavar="ID", help=_("the pack's id (default: made from the title)"))
    parser.add_argument("--title", metavar="TITLE",
                        help=_("the pack's title (default: the first document's title)"))
    parser.add_argument("-q", "--quiet", action="store_true", help=_("no progress lines on stderr"))
    parser.add_argument("--review", action="store_true",
                        help=_("open the game window to review, fix and keep the questions before saving"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from game.generate import GenerateError, GenerateOptions, generate_pack, read_document
    from game.packs.dump import dump_pack, write_text_atomically
    from game.packs.validate import MAX_TITLE_LENGTH, SLUG

    types = tuple(t.strip() for t in args.types.split(",") if t.strip())
    if args.pack_id is not None and not SLUG.match(args.pack_id):
        print(_("relayquiz generate: --id '{id}' must use only a-z, 0-9 and single hyphens "
                "(such as rivers-of-europe)").format(id=args.pack_id), file=sys.stderr)
        return 2
    if args.title is not None and len(args.title) > MAX_TITLE_LENGTH:
        print(_("relayquiz generate: --title has {count} characters; a pack's title has at most {most}").format(
            count=len(args.title), most=MAX_TITLE_LENGTH), file=sys.stderr)
        return 2
    try:
        options = GenerateOptions(count=args.count, types=types, seed=args.seed, pack_id=args.pack_id,
                                  title=args.title, keep_all=args.keep_all)
    except ValueError as error:
        print(f"relayquiz generate: {error}", file=sys.stderr)
        return 2
    if args.documents.count("-") > 1:
        print(_("relayquiz generate: standard input (-) can be read only once"), file=sys.stderr)
        return 2
    if args.output is not None:
        problem = target_problem(args.output)
        if problem:
            print(problem, file=sys.stderr)
            return 1

    def progress(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    try:
        documents = [read_document(path) for path in args.documents] if args.review else args.documents
        pack = generate_pack(documents, options, progress=progress)
    except GenerateError as error:
        print(f"{error}", file=sys.stderr)
        return 1
    if args.review:
        return review(pack, documents, Path(args.output) if args.output is not None else None, progress)
    text = dump_pack(pack)
    if args.output is not None:
        output = Path(args.output)
        replacing = output.exists()
        try:
            write_text_atomically(output, text, backup=True)
        except OSError as error:
            print(write_failure(args.output, error), file=sys.stderr)
            return 1
        counts = ", ".join(f"{n} {t}" for t, n in pack.counts_by_type().items() if n)
        total = len(pack.questions)
        if replacing:
            progress(ngettext("wrote {file}: {count} question ({types}); the file it replaced is kept as {backup}",
                              "wrote {file}: {count} questions ({types}); the file it replaced is kept as {backup}",
                              total).format(file=args.output, count=total, types=counts, backup=f"{output.name}~"))
        else:
            progress(ngettext("wrote {file}: {count} question ({types})", "wrote {file}: {count} questions ({types})",
                              total).format(file=args.output, count=total, types=counts))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def review(pack: Pack, documents: Sequence[Document], output: Path | None, progress: Callable[[str], None]) -> int:
    """Open the window on the new pack in review mode; 0 once a playable pack has been saved."""
    from game.editor import EditSession, SourceContexts
    from game.ui.handover import Editing
    from game.ui.launch import WindowOptions, play

    contexts = SourceContexts()
    for document in documents:
        contexts.add_document(document.path, document.title, [s.text for s in document.sentences], document.sha256)
    session = EditSession.from_pack(pack, save_to=output)
    editing = Editing(session, review=True, close_when_done=True, contexts=contexts)
    crashed = play(WindowOptions(start="review", handover=editing))
    if crashed:
        return crashed
    saved = session.last_saved
    if saved is None:
        print(_("relayquiz generate: the review was closed without saving; nothing was written"), file=sys.stderr)
        return 1
    if session.origin.draft_path is not None:
        print(_("relayquiz generate: saved as a draft, {file}, because the pack still has problems; "
                "open it in the game (E on the pack list) to fix them").format(file=saved), file=sys.stderr)
        return 1
    kept = len(session.kept_uids())
    progress(ngettext("wrote {file}: {count} question kept after review",
                      "wrote {file}: {count} questions kept after review", kept).format(file=saved, count=kept))
    return 0
