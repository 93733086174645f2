"""Checks for the pictures a pack shows with its prompts, without any drawing library."""

from __future__ import annotations

import struct
from pathlib import Path, PurePosixPath

from game.i18n import _

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg")
MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_SIDE = 8192


def image_size(data: bytes) -> tuple[str, int, int] | None:
    """(kind, width, height) of PNG or JPEG bytes, or None when they are neither."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "png", width, height
    if data[:2] == b"\xff\xd8":
        index = 2
        while index + 9 < len(data):
            if data[index] != 0xFF:
                return None
            marker = data[index + 1]
            if marker == 0xFF:
                index += 1
                continue
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                index += 2
                continue
            (length,) = struct.unpack(">H", data[index + 2:index + 4])
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                height, width = struct.unpack(">HH", data[index + 5:index + 9])
                return "jpeg", width, height
            index += 2 + length
    return None


def check_image_reference(file: str, base_dir: Path | None) -> str | None:
    """A message saying what is wrong with `image.file`, or None when it is fine."""
    relative = PurePosixPath(file.replace("\\", "/"))
    if relative.is_absolute() or (file[1:3] == ":/" or file[1:3] == ":\\"):
        return _("image '{file}' must be a path relative to the pack file, like images/map.png").format(file=file)
    if ".." in relative.parts:
        return _("image '{file}' must stay inside the pack's folder (no '..')").format(file=file)
    if relative.suffix.lower() not in IMAGE_EXTENSIONS:
        return _("image '{file}' must be a PNG or JPEG file (.png, .jpg, .jpeg)").format(file=file)
    if base_dir is None:
        return None
    path = base_dir / relative
    try:
        size = path.stat().st_size
    except OSError:
        return _("image '{file}' was not found next to the pack (looked for {path})").format(file=file, path=path)
    if size > MAX_IMAGE_BYTES:
        from game.i18n.formats import format_number
        return _("image '{file}' is {size} MB; at most {limit} MB").format(
            file=file, size=format_number(round(size / 1024 / 1024, 1), decimals=1),
            limit=MAX_IMAGE_BYTES // (1024 * 1024))
    try:
        with open(path, "rb") as handle:
            head = handle.read(64 * 1024)
    except OSError as exc:
        return _("image '{file}' cannot be read: {reason}").format(file=file, reason=exc.strerror or exc)
    found = image_size(head)
    if found is None:
        return _("image '{file}' is not a readable PNG or JPEG file").format(file=file)
    _kind, width, height = found
    if width == 0 or height == 0:
        return _("image '{file}' has no pixels").format(file=file)
    if max(width, height) > MAX_IMAGE_SIDE:
        return _("image '{file}' is {width}x{height} pixels; at most {limit} on a side").format(
            file=file, width=width, height=height, limit=MAX_IMAGE_SIDE)
    return None
