"""Pictures that come with imported questions: embedded bytes, files beside the source, links.

An importer meets a question's picture as bytes inside the file (a Moodle `<file>`, a
`data:` URI, Moodle 1.9's `<image_base64>`), as the path of a file beside the imported one,
or as a link. Bytes and local files are checked (a PNG or JPEG within the pack's limits) and
saved under `images/` beside the pack; links are never fetched. Whatever cannot come in is
reported at the question, which is kept without its picture.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, unquote_to_bytes, urlparse

from game.i18n import _, ngettext
from game.packs.formats.common import Location, PackBuilder, quoted, slugify
from game.packs.images import IMAGE_EXTENSIONS, MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, image_size
from game.packs.model import Image

PLUGINFILE = "@@PLUGINFILE@@/"
_LINK = re.compile(r"(?i)^(?:https?|ftps?|sftp|mailto):|^//")
_DATA_URI = re.compile(r"(?is)^data:([^,]*?),(.*)$")


def is_link(src: str) -> bool:
    """Whether a picture's source is on the web (never fetched), not in or beside the file."""
    return bool(_LINK.match(src.strip()))


def file_name(src: str) -> str:
    """The name a picture's source ends in, for messages: `@@PLUGINFILE@@/a%20b.png` -> a b.png."""
    if src.strip().lower().startswith("data:"):
        return _("embedded picture")
    return unquote(src.rstrip("/").rsplit("/", 1)[-1]) or src


def report_link(builder: PackBuilder, where: Location, src: str) -> None:
    # Translators: "image: {{file, alt}}" is what to write in the pack (YAML): keep it as it is
    builder.warn(where, _("picture link '{link}' skipped: pictures are never downloaded, so the question is kept "
                          "without it; save the picture beside the pack and add image: {{file, alt}} to the "
                          "question").format(link=src.strip()))


def dropped_pictures_message(names: list[str]) -> str:
    """What is said of the pictures in answers and feedback, which a question cannot show."""
    return ngettext("a picture in an answer or feedback is not kept ({names}); only the question itself shows a "
                    "picture",
                    "pictures in answers and feedback are not kept ({names}); only the question itself shows a "
                    "picture", len(names)).format(names=quoted(names))


def _not_held(source: str) -> str:
    """The message for a picture the imported file names but does not carry ({name} to fill)."""
    if source == "gift":
        return _("picture '{name}' skipped: the GIFT file does not hold it")
    if source == "csv":
        return _("picture '{name}' skipped: the CSV does not hold it")
    return _("picture '{name}' skipped: the file does not hold it")


def _not_embedded(source: str) -> str:
    """The message for a picture named by path when the imported file is on no disk ({name} to fill)."""
    if source == "gift":
        return _("picture '{name}' skipped: it is not embedded in the GIFT file")
    if source == "csv":
        return _("picture '{name}' skipped: it is not embedded in the CSV")
    return _("picture '{name}' skipped: it is not embedded in the file")


def bring_in(builder: PackBuilder, where: Location, src: str, alt: str, base: Path | None,
             embedded: dict[str, bytes] | None = None, source: str = "file") -> Image | None:
    """The picture `src` names as a pack image, saved into the builder; None (reported) otherwise.

    `embedded` holds the files carried inside the imported file by name (Moodle's
    `@@PLUGINFILE@@/` references); `base` is the folder of the imported file, where local
    pictures are looked for (None: the file came from nowhere on disk). `source` says what the
    imported file is, for messages: "file", "gift" or "csv".
    """
    src = src.strip()
    if not src:
        builder.warn(where, _("a picture with no source was left out"))
        return None
    if is_link(src):
        report_link(builder, where, src)
        return None
    if src.lower().startswith("data:"):
        return _from_data_uri(builder, where, src, alt)
    if src.startswith(PLUGINFILE):
        name = unquote(src[len(PLUGINFILE):].split("?", 1)[0])
        if embedded is not None and name in embedded:
            return from_bytes(builder, where, name, embedded[name], alt)
        if base is None:
            builder.warn(where, _not_held(source).format(name=name))
            return None
        return from_file(builder, where, name, alt, base, held_by=source)
    if src.lower().startswith("file:"):
        parsed = urlparse(src)
        if parsed.netloc not in ("", "localhost"):
            report_link(builder, where, src)
            return None
        src = unquote(parsed.path)
    if base is None:
        builder.warn(where, _not_embedded(source).format(name=src))
        return None
    return from_file(builder, where, src, alt, base)


def from_bytes(builder: PackBuilder, where: Location, name: str, data: bytes, alt: str,
               embedded_address: bool = False) -> Image | None:
    """A picture's bytes, checked and saved under images/ (the same bytes share one file).
    `embedded_address`: the bytes came from a data: address, which has no name to show."""
    found = image_size(data[:64 * 1024])
    if found is None:
        if embedded_address:
            message = _("the embedded picture skipped: the game shows PNG and JPEG pictures only")
        else:
            message = _("picture '{name}' skipped: the game shows PNG and JPEG pictures only")
        builder.warn(where, message.format(name=name))
        return None
    kind, width, height = found
    if len(data) > MAX_IMAGE_BYTES or max(width, height) > MAX_IMAGE_SIDE or min(width, height) == 0:
        if embedded_address:
            message = _("the embedded picture skipped: {width}x{height} pixels, {size} KB is more than a pack "
                        "picture may be (at most {side} pixels a side and {most} MB)")
        else:
            message = _("picture '{name}' skipped: {width}x{height} pixels, {size} KB is more than a pack "
                        "picture may be (at most {side} pixels a side and {most} MB)")
        builder.warn(where, message.format(name=name, width=width, height=height, size=len(data) // 1024,
                                           side=MAX_IMAGE_SIDE, most=MAX_IMAGE_BYTES // (1024 * 1024)))
        return None
    path = store(builder, name, kind, data)
    alt = " ".join(alt.split())
    if not alt:
        # The alt text made from a file name is pack content: it stays in the file's words.
        alt = PurePosixPath(name.replace("\\", "/")).stem.replace("_", " ").replace("-", " ").strip() or "Picture"
        if embedded_address:
            message = _("the embedded picture has no alt text; used '{alt}' (shown when pictures are off): "
                        "write a better one")
        else:
            message = _("picture '{name}' has no alt text; used '{alt}' (shown when pictures are off): "
                        "write a better one")
        builder.warn(where, message.format(name=name, alt=alt))
    return Image(file=path, alt=alt)


def from_file(builder: PackBuilder, where: Location, name: str, alt: str, base: Path,
              held_by: str | None = None) -> Image | None:
    """A picture file named relative to the imported file's folder (or by a full path).
    `held_by` names the imported file ("file", "gift", "csv") when it should have carried the
    picture itself."""
    path = Path(name) if Path(name).is_absolute() else base / name
    if path.suffix.lower() not in IMAGE_EXTENSIONS:  # never open anything else (a device, a pipe)
        builder.warn(where, _("picture '{name}' skipped: the game shows PNG and JPEG pictures only").format(name=name))
        return None
    try:
        if not path.is_file():
            if path.exists():
                message = _("picture '{name}' skipped: it is not a plain file")
            elif held_by == "gift":
                message = _("picture '{name}' skipped: the GIFT file does not hold it and no such file is beside "
                            "the imported file (looked for {path})")
            elif held_by == "csv":
                message = _("picture '{name}' skipped: the CSV does not hold it and no such file is beside the "
                            "imported file (looked for {path})")
            elif held_by is not None:
                message = _("picture '{name}' skipped: the file does not hold it and no such file is beside the "
                            "imported file (looked for {path})")
            else:
                message = _("picture '{name}' skipped: no such file is beside the imported file (looked for {path})")
            builder.warn(where, message.format(name=name, path=path))
            return None
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            builder.warn(where, _("picture '{name}' skipped: it is {size} MB, more than the {most} MB a pack picture "
                                  "may be").format(name=name, size=size // (1024 * 1024),
                                                   most=MAX_IMAGE_BYTES // (1024 * 1024)))
            return None
        with open(path, "rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        # Translators: {reason} is the system's own words (in English)
        builder.warn(where, _("picture '{name}' skipped: it cannot be read ({reason})").format(
            name=name, reason=exc.strerror or exc))
        return None
    return from_bytes(builder, where, path.name, data, alt)


def _from_data_uri(builder: PackBuilder, where: Location, src: str, alt: str) -> Image | None:
    match = _DATA_URI.match(src)
    if match is None:
        builder.warn(where, _("an embedded picture (data: address) is damaged and was left out"))
        return None
    header, body = match.group(1), match.group(2)
    try:
        if header.lower().endswith(";base64"):
            data = base64.b64decode("".join(body.split()), validate=True)
        else:
            data = unquote_to_bytes(body)
    except (binascii.Error, ValueError):
        builder.warn(where, _("an embedded picture (data: address) is damaged and was left out"))
        return None
    return from_bytes(builder, where, slugify(alt, max_words=8) or "picture", data, alt, embedded_address=True)


def decode_base64(text: str) -> bytes | None:
    """Bytes of a base64 text block (line breaks and spaces allowed); None when damaged."""
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return None


def store(builder: PackBuilder, name: str, kind: str, data: bytes) -> str:
    """A path under images/ for the picture's bytes: the same bytes share one file."""
    for path, existing in builder.files.items():
        if existing == data:
            return path
    stem = slugify(PurePosixPath(name.replace("\\", "/")).stem, max_words=8) or "picture"
    extension = ".png" if kind == "png" else ".jpg"
    path, number = f"images/{stem}{extension}", 2
    while path in builder.files:
        path = f"images/{stem}-{number}{extension}"
        number += 1
    builder.files[path] = data
    return path
