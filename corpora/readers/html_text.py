"""The main text of an HTML page: the article, not its menus, navigation, footer or scripts.

We look for ``<main>``/``<article>`` (else the body), drop what is never prose
(scripts, styles, nav, forms, asides) and blocks whose class or id names
boilerplate (menu, footer, sidebar, cookie, share...), then emit one line per
block element. Footnote references in ``<sup>`` become "[n]" markers and
footnote list items "[n] text" lines, as in a plain-text article.
"""

from __future__ import annotations

import re

from corpora.decoding import decode_bytes, sniff_binary
from corpora.errors import InputError
from corpora.limits import MAX_HTML_DEPTH

NEVER_PROSE = [
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav",
    "aside", "form", "button", "select", "input", "textarea", "menu", "dialog", "head",
]
OUTSIDE_MAIN = ["header", "footer"]
BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figcaption", "figure",
    "address", "hr", "body", "header", "footer", "caption", "summary", "details",
}
BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|footer|sidebar|breadcrumbs?|cookies?|banner|share|sharing|"
    r"social|related|comments?|advert|ads|promo|subscribe|newsletter|skip|toolbar|pagination)(?:[-_\s]|$)",
    re.IGNORECASE,
)
FOOTNOTE_ITEM = re.compile(r"^(?:fn|footnote|note|endnote)[-:_]?(\d{1,3})$", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([-\w.:]+)", re.IGNORECASE)
_BREAK = "\u2029"  # stands for a block boundary while we flatten the tree


def decode_html(data: bytes, name: str) -> str:
    """HTML bytes to text: valid UTF-8 first, then the page's declared charset, then detection."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty; choose a file with some text in it")
    binary = sniff_binary(data)
    if binary:
        raise InputError(f"{name}: this is {binary}, not an HTML page; give it the right file extension")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, name)


def _classes(tag) -> str:  # type: ignore[no-untyped-def]
    attrs = getattr(tag, "attrs", None) or {}
    return " ".join([*(attrs.get("class") or []), str(attrs.get("id") or ""), str(attrs.get("role") or "")])


def html_to_text(markup: str, name: str = "the page") -> str:
    """The main text of an HTML page, one block a line.

    One pass over the parsed tree that skips what is not prose, instead of editing the tree: the
    tree's own insert/remove operations cost time in proportion to the number of siblings, which
    made a page of 20 000 paragraphs take a minute.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    try:
        main = _main_container(soup)
        lines = _lines(main, outside_main=main.name in ("body", "[document]"))
    except _TooDeep:
        raise InputError(f"{name}: the page nests elements more than {MAX_HTML_DEPTH} levels deep; "
                         "not a normal web page, refused") from None
    return "\n".join(line for line in lines if line)


class _TooDeep(Exception):
    pass


def _skipped(tag, outside_main: bool) -> bool:  # type: ignore[no-untyped-def]
    """Whether an element (and all it holds) is not part of the text."""
    name = tag.name
    if name in NEVER_PROSE:
        return True
    if outside_main and name in OUTSIDE_MAIN:
        return True
    if tag.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    if name not in ("body", "html") and BOILERPLATE.search(_classes(tag)):
        return True
    return name == "a" and (tag.get_text(strip=True) in ("↩", "↩︎", "^") or "backref" in _classes(tag))


def _pieces(root, outside_main: bool):  # type: ignore[no-untyped-def]
    """The text of ``root`` in document order, with ``_BREAK`` around block elements (no recursion)."""
    from bs4 import Tag
    from bs4.element import PreformattedString

    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):  # text, or a marker pushed below; comments, doctype, CDATA are not text
            if not isinstance(node, PreformattedString):
                yield node
            continue
        if not isinstance(node, Tag):
            continue
        if depth > MAX_HTML_DEPTH:
            raise _TooDeep
        if node is not root and _skipped(node, outside_main):
            continue
        name = node.name
        if name == "br":  # a line break inside a paragraph, as in .docx: a space
            yield " "
            continue
        if name == "sup":
            number = re.fullmatch(r"\[?(\d{1,3})\]?", node.get_text(strip=True))
            if number:
                yield f" [{number.group(1)}]"
                continue
        block = name in BLOCKS
        if block:
            yield _BREAK
            stack.append((_BREAK, depth))
        stack.extend((child, depth + 1) for child in reversed(node.contents))
        if name == "li":
            match = FOOTNOTE_ITEM.match(str(node.get("id") or ""))
            if match:
                yield f"[{match.group(1)}] "


def _lines(root, outside_main: bool) -> list[str]:  # type: ignore[no-untyped-def]
    text = "".join(_pieces(root, outside_main))
    return [re.sub(r"\s+", " ", part).strip() for part in text.split(_BREAK)]


def _main_container(soup):  # type: ignore[no-untyped-def]
    """``<main>``, the longest ``<article>``, an element with role=main, or the body."""
    candidates = soup.find_all("main") or soup.find_all("article") or soup.find_all(attrs={"role": "main"})
    if candidates:
        return max(candidates, key=lambda tag: sum(len(line) for line in _lines(tag, outside_main=False)))
    return soup.body or soup
