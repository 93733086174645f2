"""The translators' tool: extract the game's messages, update each language's catalogs, check
them, compile them, and refresh the number and date formats taken from Babel's locale data.

    python tools/catalogs.py extract [-d DOMAIN]          # game/locale/<domain>.pot from the sources
    python tools/catalogs.py update [-d DOMAIN] [LANG ...] # merge the templates into each .po
    python tools/catalogs.py check              # empty, fuzzy, placeholder and plural faults
    python tools/catalogs.py compile DIR        # .mo files under DIR (what the wheel ships)
    python tools/catalogs.py localedata         # rewrite game/i18n/localedata.py

Babel is needed here (`pip install -e '.[test]'` brings it); the game itself never imports it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.i18n import DOMAINS, LANGUAGES, LOCALE_DIR, SOURCE  # noqa: E402

# Which sources feed which catalog: a file belongs to the first domain whose patterns match it
# (paths relative to the repository, glob patterns).
DOMAIN_SOURCES: dict[str, tuple[str, ...]] = {
    "editor": ("game/ui/editor/**/*.py", "game/editor/**/*.py"),
    "phone": ("game/ui/phones/**/*.py", "game/net/**/*.py"),
    "window": ("game/ui/**/*.py",),
    "cli": ("game/cli.py", "game/commands/**/*.py", "game/store/**/*.py", "game/wiring/**/*.py",
            "game/packs/template.py"),
    "formats": ("game/packs/formats/**/*.py",),
    "packs": ("game/packs/**/*.py", "game/quiz/**/*.py", "game/generate/**/*.py", "game/*.py", "game/i18n/*.py"),
}
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
            "npgettext": ((1, "c"), 2, 3), "N_": None}
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}:!]*)[^{}]*\}|%\(([^)]*)\)")


def domain_files() -> dict[str, list[Path]]:
    """Every source file, under the domain it belongs to."""
    taken: set[Path] = set()
    found: dict[str, list[Path]] = {domain: [] for domain in DOMAINS}
    for domain in DOMAIN_SOURCES:
        for pattern in DOMAIN_SOURCES[domain]:
            for path in sorted(ROOT.glob(pattern)):
                if path not in taken and "__pycache__" not in path.parts:
                    taken.add(path)
                    found[domain].append(path)
    return found


HEADER = "{language} words of Torch Relay Quiz ({domain}).\nGlossary of the game's own terms: game/locale/GLOSSARY.md"
DATES = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): [^"]*"\n', re.M)


def _write(path: Path, catalog, **options) -> bool:
    """Write `catalog` to `path` unless only its dates would change (keeps diffs to real ones)."""
    import io

    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, **options)
    data = buffer.getvalue()
    if path.is_file() and DATES.sub(b"", path.read_bytes()) == DATES.sub(b"", data):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _new_catalog(domain: str, code: str | None):
    from babel.messages.catalog import Catalog

    catalog = Catalog(locale=code, domain=domain, project="Torch Relay Quiz", charset="utf-8",
                      msgid_bugs_address="", copyright_holder="Torch Relay Quiz developers",
                      last_translator="Torch Relay Quiz developers",
                      language_team=LANGUAGES.get(code or "", "English"), fuzzy=False,
                      header_comment="# " + HEADER.format(language=LANGUAGES.get(code or "", "Source"),
                                                        domain=domain).replace("\n", "\n# "))
    return catalog


def template(domain: str, paths: list[Path]):
    """The catalog template of one domain, extracted from its source files."""
    from babel.messages.extract import extract_from_file

    catalog = _new_catalog(domain, None)
    for path in paths:
        relative = path.relative_to(ROOT).as_posix()
        for line, message, comments, context in extract_from_file(
                "python", path, keywords=KEYWORDS, comment_tags=("Translators:",)):
            catalog.add(message, None, [(relative, line)], auto_comments=comments, context=context)
    return catalog


def extract(domains: list[str]) -> None:
    for domain, paths in domain_files().items():
        if domains and domain not in domains:
            continue
        catalog = template(domain, paths)
        _write(LOCALE_DIR / f"{domain}.pot", catalog)
        print(f"{domain}: {len(catalog)} messages")


def update(languages: list[str], domains: list[str]) -> None:
    from babel.messages.pofile import read_po

    for code in languages or [c for c in LANGUAGES if c != SOURCE]:
        for domain in domains or DOMAINS:
            template_path = LOCALE_DIR / f"{domain}.pot"
            if not template_path.is_file():
                continue
            with template_path.open("rb") as handle:
                template = read_po(handle)
            target = LOCALE_DIR / code / "LC_MESSAGES" / f"{domain}.po"
            if target.is_file():
                with target.open("rb") as handle:
                    catalog = read_po(handle, locale=code)
            else:
                catalog = _new_catalog(domain, code)
            catalog.update(template, no_fuzzy_matching=True)
            _write(target, catalog, ignore_obsolete=True, include_previous=False)
            missing = sum(1 for m in catalog if m.id and not _translated(m))
            print(f"{code}/{domain}: {len(catalog)} messages, {missing} to translate")


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return all(strings) and not message.fuzzy


def placeholders(text: str) -> set[str]:
    """The named fields of a message: `{team}`, `{points:,}` -> team, points; `%(n)s` -> n."""
    return {(m.group(1) if m.group(1) is not None else m.group(2)) or "" for m in PLACEHOLDER.finditer(text)
            if m.group(0) not in ("{{", "}}")}


def problems(code: str, domain: str) -> list[str]:
    """What is wrong with one catalog: untranslated, fuzzy, placeholders that differ from the
    English, plural forms missing."""
    from babel.messages.pofile import read_po

    path = LOCALE_DIR / code / "LC_MESSAGES" / f"{domain}.po"
    template = LOCALE_DIR / f"{domain}.pot"
    if not path.is_file():
        return [f"{path}: missing"]
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    found: list[str] = []
    if template.is_file():
        with template.open("rb") as handle:
            wanted = {m.id if isinstance(m.id, str) else m.id[0]: m for m in read_po(handle) if m.id}
        have = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
        for key in sorted(set(wanted) - have):
            found.append(f"{path}: {key!r} is in the template but not here (run update)")
    for message in catalog:
        if not message.id:
            continue
        where = f"{path}:{message.lineno}"
        ids = list(message.id) if isinstance(message.id, (list, tuple)) else [message.id]
        strings = list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]
        if message.fuzzy:
            found.append(f"{where}: fuzzy {ids[0]!r}")
        if len(ids) > 1 and (len(strings) != catalog.num_plurals or not all(strings)):
            found.append(f"{where}: {sum(map(bool, strings))} of the {catalog.num_plurals} plural forms "
                         f"of {code} translated for {ids[0]!r}")
            continue
        if not all(strings):
            found.append(f"{where}: not translated {ids[0]!r}")
            continue
        source = placeholders(ids[0]) | placeholders(ids[-1])
        for string in strings:
            if placeholders(string) - source:
                found.append(f"{where}: {string!r} has placeholders the English has not")
        # A plural's "one" form may say "one point" without the number; its other forms may not.
        if placeholders(strings[-1]) != source:
            found.append(f"{where}: placeholders differ from the English in {strings[-1]!r}")
    return found


def check() -> int:
    found = [problem for code in LANGUAGES if code != SOURCE for domain in DOMAINS
             for problem in problems(code, domain)]
    for problem in found:
        print(problem)
    print(f"{len(found)} problems")
    return 1 if found else 0


def compile_to(folder: Path) -> list[Path]:
    """Compile every catalog into `folder/<lang>/LC_MESSAGES/<domain>.mo` with Babel."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for source in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        with source.open("rb") as handle:
            catalog = read_po(handle, locale=source.parent.parent.name)
        target = folder / source.relative_to(LOCALE_DIR).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(target)
    return written


LOCALEDATA = ROOT / "game" / "i18n" / "localedata.py"


def localedata() -> None:
    """Rewrite game/i18n/localedata.py from Babel's CLDR data, for the languages shipped."""
    LOCALEDATA.write_text(localedata_text(), encoding="utf-8")
    print(f"wrote {LOCALEDATA.relative_to(ROOT)}")


def localedata_text() -> str:
    from babel import Locale
    from babel.numbers import format_decimal

    lines = ['"""Number and date formats of each language the game speaks, taken from the Unicode CLDR',
             "through Babel by `python tools/catalogs.py localedata` (do not edit by hand; a test",
             'compares them with Babel)."""', "", "FORMATS = {"]
    for code in LANGUAGES:
        locale = Locale.parse(code)
        symbols = locale.number_symbols["latn"]
        entry = {
            "decimal": symbols["decimal"],
            "group": symbols["group"],
            "minus": symbols["minusSign"],
            "min_grouping": 2 if format_decimal(1000, locale=code) == "1000" else 1,
            "percent": locale.percent_formats[None].pattern,
            "date_short": locale.date_formats["short"].pattern,
            "date_medium": locale.date_formats["medium"].pattern,
            "date_long": locale.date_formats["long"].pattern,
            "time_short": locale.time_formats["short"].pattern,
            "datetime": locale.datetime_formats["medium"],
            "months_abbreviated": [locale.months["format"]["abbreviated"][m] for m in range(1, 13)],
            "months_wide": [locale.months["format"]["wide"][m] for m in range(1, 13)],
            "am": locale.day_periods["format"]["abbreviated"]["am"],
            "pm": locale.day_periods["format"]["abbreviated"]["pm"],
        }
        lines.append(f"    {code!r}: {{")
        lines.extend(f"        {key!r}: {value!r}," for key, value in entry.items())
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="job", required=True)
    extracting = sub.add_parser("extract")
    extracting.add_argument("-d", "--domain", action="append", default=[], choices=DOMAINS)
    languages = sub.add_parser("update")
    languages.add_argument("-d", "--domain", action="append", default=[], choices=DOMAINS)
    languages.add_argument("languages", nargs="*")
    sub.add_parser("check")
    target = sub.add_parser("compile")
    target.add_argument("folder", type=Path)
    sub.add_parser("localedata")
    args = parser.parse_args()
    if args.job == "extract":
        extract(args.domain)
    elif args.job == "update":
        update(args.languages, args.domain)
    elif args.job == "check":
        return check()
    elif args.job == "compile":
        for path in compile_to(args.folder):
            print(path)
    elif args.job == "localedata":
        localedata()
    return 0


if __name__ == "__main__":
    sys.exit(main())
