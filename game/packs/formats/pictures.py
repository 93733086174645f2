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

from game.packs.formats.common import Location, PackBuilder, slugify
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
        return "embedded picture"
    return unquote(src.rstrip("/").rsplit("/", 1)[-1]) or src


def report_link(builder: PackBuilder, where: Location, src: str) -> None:
    builder.warn(where, f"picture link '{src.strip()}' skipped: pictures are never downloaded, so the question is "
                        "kept without it; save the picture beside the pack and add image: {file, alt} to the question")


def bring_in(builder: PackBuilder, where: Location, src: str, alt: str, base: Path | None,
             embedded: dict[str, bytes] | None = None, source: str = "the file") -> Image | None:
    """The picture `src` names as a pack image, saved into the builder; None (reported) otherwise.

    `embedded` holds the files carried inside the imported file by name (Moodle's
    `@@PLUGINFILE@@/` references); `base` is the folder of the imported file, where local
    pictures are looked for (None: the file came from nowhere on disk).
    """
    src = src.strip()
    if not src:
        builder.warn(where, "a picture with no source was left out")
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
            builder.warn(where, f"picture '{name}' skipped: {source} does not hold it")
            return None
        return from_file(builder, where, name, alt, base, f"{source} does not hold it and ")
    if src.lower().startswith("file:"):
        parsed = urlparse(src)
        if parsed.netloc not in ("", "localhost"):
            report_link(builder, where, src)
            return None
        src = unquote(parsed.path)
    if base is None:
        builder.warn(where, f"picture '{src}' skipped: it is not embedded in {source}")
        return None
    return from_file(builder, where, src, alt, base)


def from_bytes(builder: PackBuilder, where: Location, name: str, data: bytes, alt: str,
               label: str | None = None) -> Image | None:
    """A picture's bytes, checked and saved under images/ (the same bytes share one file)."""
    label = label or f"picture '{name}'"
    found = image_size(data[:64 * 1024])
    if found is None:
        builder.warn(where, f"{label} skipped: the game shows PNG and JPEG pictures only")
        return None
    kind, width, height = found
    if len(data) > MAX_IMAGE_BYTES or max(width, height) > MAX_IMAGE_SIDE or min(width, height) == 0:
        builder.warn(where, f"{label} skipped: {width}x{height} pixels, {len(data) // 1024} KB is more "
                            f"than a pack picture may be (at most {MAX_IMAGE_SIDE} pixels a side and "
                            f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB)")
        return None
    path = store(builder, name, kind, data)
    alt = " ".join(alt.split())
    if not alt:
        alt = PurePosixPath(name.replace("\\", "/")).stem.replace("_", " ").replace("-", " ").strip() or "Picture"
        builder.warn(where, f"{label} has no alt text; used '{alt}' (shown when pictures are off): "
                            "write a better one")
    return Image(file=path, alt=alt)


def from_file(builder: PackBuilder, where: Location, name: str, alt: str, base: Path, why: str = "") -> Image | None:
    """A picture file named relative to the imported file's folder (or by a full path)."""
    path = Path(name) if Path(name).is_absolute() else base / name
    if path.suffix.lower() not in IMAGE_EXTENSIONS:  # never open anything else (a device, a pipe)
        builder.warn(where, f"picture '{name}' skipped: the game shows PNG and JPEG pictures only")
        return None
    try:
        if not path.is_file():
            found = "it is not a plain file" if path.exists() else \
                f"{why}no such file is beside the imported file (looked for {path})"
            builder.warn(where, f"picture '{name}' skipped: {found}")
            return None
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            builder.warn(where, f"picture '{name}' skipped: it is {size // (1024 * 1024)} MB, more than the "
                                f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB a pack picture may be")
            return None
        with open(path, "rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        builder.warn(where, f"picture '{name}' skipped: it cannot be read ({exc.strerror or exc})")
        return None
    return from_bytes(builder, where, path.name, data, alt)


def _from_data_uri(builder: PackBuilder, where: Location, src: str, alt: str) -> Image | None:
    match = _DATA_URI.match(src)
    if match is None:
        builder.warn(where, "an embedded picture (data: address) is damaged and was left out")
        return None
    header, body = match.group(1), match.group(2)
    try:
        if header.lower().endswith(";base64"):
            data = base64.b64decode("".join(body.split()), validate=True)
        else:
            data = unquote_to_bytes(body)
    except (binascii.Error, ValueError):
        builder.warn(where, "an embedded picture (data: address) is damaged and was left out")
        return None
    return from_bytes(builder, where, slugify(alt, max_words=8) or "picture", data, alt, "the embedded picture")


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
