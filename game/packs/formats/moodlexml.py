"""Moodle XML question banks: reading them as Moodle does, and writing XML Moodle imports.

Read: multichoice with one right answer becomes choice, truefalse stays, shortanswer becomes
text with `accept:`, numerical becomes number with its tolerance; category paths become
tags; general feedback becomes the explanation; HTML is reduced to text. The question's
picture (in its text, or Moodle 1.9's `<image>` and `<image_base64>`) is saved beside the
pack under `images/` when the file holds it or it lies beside the file; picture links are
reported and never fetched, and the question is kept without them. Matching, cloze, essay, description and multiple-response questions are
skipped with a note, as is a question whose grades are not grades Moodle offers.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import unquote

from game.i18n import _
from game.packs.formats.common import (
    FormatError, ImportResult, Location, PackBuilder, category_segments, slugify,
)
from game.packs.formats.htmltext import Picture, Reduced, one_line, reduce_text
from game.packs.formats.moodle import (
    MoodleAnswer, build_multichoice, build_numerical, build_shortanswer, build_truefalse, is_grade_option,
)
from game.packs.formats.pictures import PLUGINFILE, bring_in, decode_base64, dropped_pictures_message, file_name
from game.packs.formats.xmltree import Element, parse_xml
from game.packs.model import Image

FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain", "markdown": "markdown"}
SKIPPED = {
    "essay": "essay", "matching": "matching", "ddmatch": "matching", "randomsamatch": "matching",
    "cloze": "cloze", "multianswer": "cloze", "description": "description",
}


def import_moodle_xml(data: bytes, file: str, pack_id: str, title: str | None = None) -> ImportResult:
    root = parse_xml(data, file)
    if root.tag != "quiz":
        raise FormatError(Location(file, root.line), _("this XML is not a Moodle question file: its root element is "
                                                       "{tag}, and Moodle XML starts with <quiz>").format(
                                                           tag=f"<{root.tag}>"))
    builder = PackBuilder(file)
    category: list[str] = []
    for element in root.findall("question"):
        qtype = element.attrs.get("type", "")
        where = builder.where(element.line)
        if qtype == "category":
            category = category_segments(one_line(element.text_of("category", "text")))
            continue
        _QuestionReader(builder, element, where, category).read(qtype)
    return builder.finish(pack_id, title)


class _QuestionReader:
    """Reads one <question> element into the builder."""

    def __init__(self, builder: PackBuilder, element: Element, where: Location, category: list[str]):
        self.builder = builder
        self.element = element
        self.where = where
        self.category = category
        self.name = one_line(reduce_text(element.text_of("name", "text"), "html").text)
        self.base = Path(where.file).parent
        self.dropped_pictures: list[str] = []

    def read(self, qtype: str) -> None:
        readers = {"multichoice": self.multichoice, "truefalse": self.truefalse,
                   "shortanswer": self.shortanswer, "numerical": self.numerical}
        if qtype in SKIPPED or qtype not in readers:
            # Moodle's own name of the type, as the file writes it (essay, matching, ddwtos...).
            if not qtype:
                message = _("'{name}' is an untyped Moodle question") if self.name else \
                    _("a question is an untyped Moodle question")
            else:
                # Translators: {type} is Moodle's own name of a question type (essay, ddwtos...)
                message = _("'{name}' is a Moodle question of type '{type}'") if self.name else \
                    _("a question is a Moodle question of type '{type}'")
            self.builder.skip(self.where, SKIPPED.get(qtype, "unsupported"), message.format(name=self.name, type=qtype))
            return
        answers = self.answers(qtype)
        if answers is None:
            return
        prompt = self.text("questiontext", "question", keep_pictures=True)
        if not prompt.text:
            message = _("'{name}' has no question text") if self.name else _("a question has no question text")
            self.builder.skip(self.where, "unreadable", message.format(name=self.name))
            return
        common = {"id": "q", "tags": self.tags(), "image": self.picture(prompt)}
        general = self.text("generalfeedback", "general").text
        if self.dropped_pictures:
            self.builder.warn(self.where, dropped_pictures_message(list(dict.fromkeys(self.dropped_pictures))))
        question = readers[qtype](prompt.text, answers, general, common)
        if question is not None:
            idnumber = one_line(self.element.text_of("idnumber"))
            self.builder.add(question, self.where, idnumber if slugify(idnumber) else self.name, self.category)

    # --- the parts of a question ------------------------------------------------------

    def text(self, tag: str, what: str, keep_pictures: bool = False) -> Reduced:
        return self.reduced(self.element.find(tag), what, keep_pictures)

    def reduced(self, node: Element | None, what: str, keep_pictures: bool = False) -> Reduced:
        """Plain text of an element holding `<text>` in the format its `format` attribute names;
        `what` it is, for messages: "question", "general", "answer" or "feedback"."""
        if node is None:
            return Reduced("")
        text_format = FORMATS.get(node.attrs.get("format", "moodle_auto_format"), "moodle")
        reduced = reduce_text(node.text_of("text"), text_format)
        for media in reduced.media:
            self.builder.warn(self.where, _media_message(what).format(name=file_name(media)))
        if reduced.pictures and not keep_pictures:
            self.dropped_pictures.extend(file_name(p.src) for p in reduced.pictures)
        return reduced

    def answers(self, qtype: str) -> list[MoodleAnswer] | None:
        """Every <answer>, checked against Moodle's grades; short answers are plain strings in Moodle."""
        answers = []
        for node in self.element.findall("answer"):
            try:
                percent = Decimal(node.attrs.get("fraction", "0").strip() or "0")
            except InvalidOperation:
                self.builder.skip(Location(self.where.file, node.line), "unreadable",
                                  _("the grade '{grade}' is not a number").format(grade=node.attrs.get("fraction")))
                return None
            if not percent.is_finite() or not is_grade_option(percent):
                self.builder.skip(Location(self.where.file, node.line), "unreadable",
                                  _("grade {percent}% does not match Moodle's grade options, so Moodle itself "
                                    "refuses '{name}'").format(percent=percent, name=self.name))
                return None
            if qtype == "shortanswer":
                text, tolerance = one_line(node.text_of("text")), None
            elif qtype == "numerical":
                text = one_line(node.text_of("text"))
                tolerance_text = node.text_of("tolerance").strip() or "0"
                try:
                    tolerance = abs(Decimal(tolerance_text))
                except InvalidOperation:
                    self.builder.skip(Location(self.where.file, node.line), "unreadable",
                                      _("the tolerance '{tolerance}' is not a number").format(tolerance=tolerance_text))
                    return None
            else:
                reduced = self.reduced(node, "answer")
                text = one_line(reduced.text)
                if not text and reduced.pictures:
                    text = " ".join(p.alt for p in reduced.pictures if p.alt)
                tolerance = None
            feedback = self.reduced(node.find("feedback"), "feedback").text
            answers.append(MoodleAnswer(text, percent, feedback, tolerance, node.line))
        return answers

    def tags(self) -> list[str]:
        tags = self.element.find("tags")
        if tags is None:
            return []
        return [one_line(tag.text_of("text")) for tag in tags.findall("tag") if one_line(tag.text_of("text"))]

    def picture(self, prompt: Reduced) -> Image | None:
        """The question's picture: the first of its text that can come in, else Moodle 1.9's <image>.

        Moodle adds an old-style `<image>` (with its `<image_base64>` bytes) after the text,
        so it counts after the text's own pictures. Only one picture shows with a question.
        """
        node = self.element.find("questiontext")
        embedded: dict[str, bytes] = {}
        damaged: dict[str, int] = {}
        for file in node.findall("file") if node is not None else []:
            data = decode_base64(file.text)
            if data is None:
                damaged[file.attrs.get("name", "")] = file.line
            else:
                embedded.setdefault(file.attrs.get("name", ""), data)
        pictures = list(prompt.pictures) + self.legacy_picture(embedded)
        image = None
        for picture in pictures:
            if image is not None:
                self.builder.warn(self.where, _("only one picture is shown with a question; '{name}' was left "
                                                "out").format(name=file_name(picture.src)))
                continue
            name = unquote(picture.src.strip()[len(PLUGINFILE):]) if picture.src.strip().startswith(PLUGINFILE) else ""
            if name in damaged:
                self.builder.warn(Location(self.where.file, damaged[name]),
                                  _("picture '{name}' skipped: its data is damaged").format(name=name))
                continue
            image = bring_in(self.builder, self.where, picture.src, picture.alt, self.base, embedded)
        return image

    def legacy_picture(self, embedded: dict[str, bytes]) -> list[Picture]:
        """Moodle 1.9's `<image>` (a file name or link) and `<image_base64>` (its bytes)."""
        named = self.element.text_of("image").strip()
        encoded = self.element.find("image_base64")
        if encoded is not None and encoded.text.strip():
            data = decode_base64(encoded.text)
            name = named.replace("/", "_").replace("\\", "_") or "picture"
            if data is None:
                self.builder.warn(Location(self.where.file, encoded.line),
                                  _("picture '{name}' skipped: its data ({element}) is damaged").format(
                                      name=name, element="<image_base64>"))
                return []
            embedded.setdefault(name, data)
            return [Picture(PLUGINFILE + name, "")]
        return [Picture(named, "")] if named else []

    # --- the question types -----------------------------------------------------------

    def multichoice(self, prompt, answers, general, common):
        single = is_single(self.element.find("single"))
        return build_multichoice(self.builder, self.where, prompt, answers, single, general, **common)

    def truefalse(self, prompt, answers, general, common):
        by_text = {a.text.strip().lower(): a for a in answers}
        if set(by_text) != {"true", "false"}:
            # Translators: 'true' and 'false' are what the file must hold: keep them
            self.builder.skip(self.where, "unreadable", _("a true/false question needs the answers 'true' and "
                                                          "'false'"))
            return None
        right = by_text["true"].percent > by_text["false"].percent
        return build_truefalse(self.builder, self.where, prompt, right, general,
                               by_text["true"].feedback, by_text["false"].feedback, **common)

    def shortanswer(self, prompt, answers, general, common):
        if self.element.text_of("usecase").strip() == "1":
            self.builder.warn(self.where, _("Moodle matched this answer with case; the game ignores case, accents "
                                            "and small typos"))
        return build_shortanswer(self.builder, self.where, prompt, answers, general, **common)

    def numerical(self, prompt, answers, general, common):
        unit = ""
        units = self.element.find("units")
        if units is not None:
            for node in units.findall("unit"):
                name = one_line(node.text_of("unit_name"))
                multiplier = node.text_of("multiplier").strip() or "1"
                if not unit and name and _is_one(multiplier):
                    unit = name
                elif name:
                    self.builder.warn(self.where, _("the unit '{unit}' (times {multiplier}) is not kept; the game "
                                                    "takes the number in one unit").format(unit=name,
                                                                                           multiplier=multiplier))
        return build_numerical(self.builder, self.where, prompt, answers, general, unit=unit, **common)


def _media_message(what: str) -> str:
    """The message for a sound or video met in one part of a question ({name} to fill)."""
    if what == "question":
        return _("the sound or video '{name}' in the question text cannot be played here; its text is kept")
    if what == "general":
        return _("the sound or video '{name}' in the general feedback cannot be played here; its text is kept")
    if what == "answer":
        return _("the sound or video '{name}' in an answer cannot be played here; its text is kept")
    return _("the sound or video '{name}' in answer feedback cannot be played here; its text is kept")


def is_single(node: Element | None) -> bool:
    """Moodle's reading of `<single>`: absent means one answer; present, only `false`, `0` or
    nothing (exactly so: `False` is one answer too) lets students tick several."""
    if node is None:
        return True
    return node.text.strip(" \t\n\r\0\x0b") not in ("false", "0", "")


def _is_one(text: str) -> bool:
    try:
        return Decimal(text) == 1
    except InvalidOperation:
        return False


