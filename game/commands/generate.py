"""`relayquiz generate DOC... [-o OUT.yaml]`: write a question pack from documents."""

from __future__ import annotations

import sys
from pathlib import Path

from game.commands.common import add_command
from game.generate import GenerateError, GenerateOptions, generate_pack
from game.packs.dump import dump_pack, write_text_atomically
from game.packs.model import QUESTION_TYPES


def register(subparsers) -> None:
    parser = add_command(
        subparsers, "generate", "Write a quiz pack from documents: news, handouts, encyclopedia pages.",
        "Each DOC is a .txt, .md or .html file (any common encoding), or - for standard input.\n"
        "Several documents make one pack. Web junk (menus, share lines, captions, credits, cookie\n"
        "notices) is dropped; every question cites the exact sentence it came from. The same\n"
        "documents and options always give the same file. Nothing is downloaded or sent anywhere.\n"
        "Exit status: 0 a pack was written, 1 a document could not be used (the reason is on stderr).",
        "  relayquiz generate article.txt -o questions/article.yaml\n"
        "  relayquiz generate page.html notes.md --count 20 --types choice,truefalse -o quiz.yaml\n"
        "  cat story.txt | relayquiz generate - --title 'Friday news quiz' > friday.yaml",
    )
    parser.add_argument("documents", nargs="+", metavar="DOC", help="document file, or - for standard input")
    parser.add_argument("-o", "--output", metavar="OUT.yaml", help="where to write the pack (default: standard output)")
    parser.add_argument("--count", type=int, metavar="N", help="at most N questions (default: every good one)")
    parser.add_argument("--types", default=",".join(QUESTION_TYPES), metavar="LIST",
                        help=f"question types to write, comma-separated (default: {','.join(QUESTION_TYPES)})")
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="another N picks other wrong options (default: 0)")
    parser.add_argument("--id", dest="pack_id", metavar="ID", help="the pack's id (default: made from the title)")
    parser.add_argument("--title", metavar="TITLE", help="the pack's title (default: the first document's title)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    parser.set_defaults(run=run)


def run(args) -> int:
    types = tuple(t.strip() for t in args.types.split(",") if t.strip())
    try:
        options = GenerateOptions(count=args.count, types=types, seed=args.seed, pack_id=args.pack_id,
                                  title=args.title)
    except ValueError as error:
        print(f"relayquiz generate: {error}", file=sys.stderr)
        return 2
    if args.documents.count("-") > 1:
        print("relayquiz generate: standard input (-) can be read only once", file=sys.stderr)
        return 2

    def progress(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    try:
        pack = generate_pack(args.documents, options, progress=progress)
    except GenerateError as error:
        print(f"{error}", file=sys.stderr)
        return 1
    text = dump_pack(pack)
    if args.output:
        write_text_atomically(Path(args.output), text)
        counts = ", ".join(f"{n} {t}" for t, n in pack.counts_by_type().items() if n)
        progress(f"wrote {args.output}: {len(pack.questions)} questions ({counts})")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0
