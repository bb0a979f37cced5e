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


def html_to_text(markup: str) -> str:
    """The main text of an HTML page, one block a line."""
    from bs4 import BeautifulSoup, CData, Comment, Declaration, Doctype, ProcessingInstruction

    soup = BeautifulSoup(markup, "html.parser")
    for special in soup.find_all(string=lambda s: isinstance(s, Comment | Doctype | Declaration | CData
                                                             | ProcessingInstruction)):
        special.extract()
    for tag in soup.find_all(NEVER_PROSE):
        tag.decompose()
    main = _main_container(soup)
    for tag in main.find_all(True):
        if tag.decomposed:
            continue
        if tag.name in OUTSIDE_MAIN and main.name in ("body", "[document]"):
            tag.decompose()
        elif tag.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
            tag.decompose()
        elif BOILERPLATE.search(_classes(tag)) and tag.name not in ("body", "html"):
            tag.decompose()
    for a in main.find_all("a"):
        if a.get_text(strip=True) in ("↩", "↩︎", "^") or "backref" in _classes(a):
            a.decompose()
    for sup in main.find_all("sup"):
        number = re.fullmatch(r"\[?(\d{1,3})\]?", sup.get_text(strip=True))
        if number:
            sup.replace_with(f" [{number.group(1)}]")
    for li in main.find_all("li"):
        match = FOOTNOTE_ITEM.match(str(li.get("id") or ""))
        if match:
            li.insert(0, f"[{match.group(1)}] ")
    for br in main.find_all("br"):  # a line break inside a paragraph, as in .docx: a space
        br.replace_with(" ")
    for string in main.find_all(string=True):
        string.replace_with(re.sub(r"\s+", " ", str(string)))
    for tag in main.find_all(BLOCKS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    lines = (re.sub(r"\s+", " ", part).strip() for part in main.get_text().split(_BREAK))
    return "\n".join(line for line in lines if line)


def _main_container(soup):  # type: ignore[no-untyped-def]
    """``<main>``, the longest ``<article>``, an element with role=main, or the body."""
    candidates = soup.find_all("main") or soup.find_all("article") or soup.find_all(attrs={"role": "main"})
    if candidates:
        return max(candidates, key=lambda tag: len(tag.get_text(" ", strip=True)))
    return soup.body or soup
