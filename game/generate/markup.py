"""Visible text of web pages and Markdown files, one block of text per line.

Only what a reader of the page would read as the article is kept: scripts, styles, menus,
footers, side bars, forms, hidden elements, figure captions and blocks whose class or id
says they are sharing buttons, cookie notices, adverts or related-links boxes are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
    "select", "iframe", "figcaption", "object", "canvas", "video", "audio", "map", "dialog", "head",
    "textarea", "math",
}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
              "source", "track", "wbr"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
    "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "header",
    "figure", "address", "body", "html", "title", "caption",
}
_JUNK_ATTRIBUTE = re.compile(
    r"(?<![a-z])(?:nav|navbar|menu|breadcrumbs?|share|sharing|social|cookies?|consent|gdpr|banner|"
    r"advert|ads?|adslot|sponsor(?:ed)?|promo|related|recommended|newsletter|subscribe|signup|"
    r"comments?|footer|sidebar|widget|popup|modal|byline|credit|caption|tags|toolbar|skip)(?![a-z])",
    re.I,
)


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_stack: list[str] = []
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.header_h1_parts: list[str] = []
        self.open_tags: list[str] = []
        self.in_title = False
        self.in_h1 = False
        self.in_header_h1 = False

    def _skipping(self) -> bool:
        return bool(self.skip_stack)

    def _break(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            if tag in ("br", "hr") and not self._skipping():
                self._break()
            return
        if tag == "title" and all(t == "head" for t in self.skip_stack):
            # The page's <title> lives in the skipped <head>, but it names the page.
            self.in_title = True
            return
        if self._skipping():
            if tag == "h1" and self.skip_stack[0] == "header" and not self.header_h1_parts:
                self.in_header_h1 = True  # a site header's headline is hidden text, but a title
            self.skip_stack.append(tag)
            return
        if tag in _SKIPPED_TAGS or self._hidden(tag, dict(attrs)):
            self.skip_stack.append(tag)
            return
        if tag == "h1":
            self.in_h1 = True
        self.open_tags.append(tag)
        if tag in _BLOCK_TAGS:
            self._break()

    def _hidden(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return True
        style = (attrs.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        if tag == "header" and not any(t in ("article", "main") for t in self.open_tags):
            return True
        labels = " ".join(filter(None, (attrs.get("class"), attrs.get("id"), attrs.get("role"))))
        return bool(labels) and tag not in ("body", "html", "main", "article") and bool(_JUNK_ATTRIBUTE.search(labels))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        if tag == "title" and self.in_title:
            self.in_title = False
            return
        if self.skip_stack:
            if tag == "h1":
                self.in_header_h1 = False
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag == "h1":
            self.in_h1 = False
        if tag in self.open_tags:
            while self.open_tags and self.open_tags.pop() != tag:
                pass
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self._skipping():
            if self.in_header_h1:
                self.header_h1_parts.append(data)
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.current.append(data)

    def close(self) -> None:
        super().close()
        self._break()


def html_to_text(html: str) -> tuple[str, str]:
    """The visible article text of a page (a line per block) and its title ('' if none)."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    h1 = " ".join("".join(parser.h1_parts).split())
    header_h1 = " ".join("".join(parser.header_h1_parts).split())
    title = " ".join("".join(parser.title_parts).split())
    # A <title> usually ends with the site's name: "Story headline | Site" or "Headline - Site".
    title = re.split(r"\s+[|\u2013\u2014-]\s+", title)[0] if title else ""
    # The article's own headline first; a headline in the site's header may be the site's name.
    return "\n\n".join(parser.lines), h1 or title or header_h1


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$", re.M)
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`]*)`")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
# A line that is bold and nothing else, without a full stop: a heading above the paragraph.
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$")
_SENTENCE_END = re.compile(r"[.!?]$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def markdown_to_text(markdown: str) -> tuple[str, str]:
    """Markdown as plain text (a line per block) and its first heading as the title."""
    text = _FRONT_MATTER.sub("", markdown)
    text = _FENCE.sub("", text)
    text = _REF_DEF.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub("", text)
    text = _TAG.sub("", text)
    title = ""
    lines: list[str] = []
    for raw in text.split("\n"):
        if _SETEXT.match(raw) and lines and lines[-1]:
            title = title or lines[-1]
            lines.append("")
            continue
        if _TABLE_RULE.match(raw):
            continue
        heading = _HEADING.match(raw)
        if heading:
            title = title or heading.group(1)
            lines.extend(["", heading.group(1), ""])
            continue
        line = _QUOTE.sub("", raw)
        bold = _BOLD_LINE.match(line)
        if bold and not _SENTENCE_END.search(bold.group(2)):
            lines.extend(["", bold.group(2), ""])  # "**Console will not connect to Wi-Fi**": a heading
            continue
        if raw.lstrip().startswith("|"):
            lines.extend(["", *[cell.strip() for cell in line.strip().strip("|").split("|") if cell.strip()], ""])
            continue
        if _BULLET.match(line):
            lines.extend(["", _BULLET.sub("", line)])
            continue
        lines.append(line)
    body = "\n".join(lines)
    body = _CODE.sub(r"\1", body)
    for _ in range(2):
        body = _EMPHASIS.sub(r"\2", body)
    return body, _EMPHASIS.sub(r"\2", title).strip()
