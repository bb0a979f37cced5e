"""Plain text from Markdown: one paragraph a line, markup removed, footnotes as "[n]".

Not a full CommonMark renderer: it knows what matters for alignment (blank-line
paragraphs with soft wraps, headings, list items, block quotes, code blocks
dropped, links/emphasis/inline code reduced to their text, ``[^1]`` footnotes).
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:\s*(.*)$")


def _inline(text: str, numbers: dict[str, int]) -> str:
    # Every pattern stops at the next bracket (or after 2000 characters of link target), so that a
    # line full of unclosed "[a](" is scanned once, not once per opening bracket.
    text = re.sub(r"!\[([^\[\]]*)\]\([^()\n]{0,2000}\)", r"\1", text)  # images: their alt text
    text = re.sub(r"\[\^([^\[\]]+)\]", lambda m: f" [{_number(m.group(1), numbers)}]", text)
    text = re.sub(r"(?<!\])\[([^\[\]]+)\]\([^()\n]{0,2000}\)", r"\1", text)  # links: their text
    text = re.sub(r"<((?:https?|ftp)://[^<>\s]{1,2000})>", r"\1", text)  # autolinks
    text = re.sub(r"`([^`]+)`", r"\1", text)
    # Emphasis spans stop at the next marker character: ".+?" up to a closing marker would rescan the
    # rest of the line from every opening one, minutes on a long line of "**a **a ...".
    text = re.sub(r"\*\*(?=[^\s*])([^*]+?)(?<=\S)\*\*", r"\1", text)
    text = re.sub(r"__(?=[^\s_])([^_]+?)(?<=\S)__", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_(?=[^\s_])([^_]+?)(?<=\S)_(?!\w)", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _number(label: str, numbers: dict[str, int]) -> int:
    if label.isdigit():
        numbers.setdefault(label, int(label))
    return numbers.setdefault(label, max(numbers.values(), default=0) + 1)


def markdown_to_text(text: str) -> str:
    """Plain text of a Markdown document, one paragraph a line."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":  # front matter
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                lines = lines[i + 1:]
                break
    numbers: dict[str, int] = {}
    blocks: list[str] = []
    current: list[str] = []
    in_code = False

    def close() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    for line in lines:
        if _FENCE.match(line):
            in_code = not in_code
            close()
            continue
        if in_code:
            continue
        if not line.strip() or _RULE.match(line) and not current:
            close()
            continue
        if current and _SETEXT.match(line):
            close()
            continue
        quoted = _QUOTE.match(line)
        if quoted:
            line = quoted.group(1)
        for regex in (_HEADING, _FOOTNOTE_DEF, _ITEM):
            match = regex.match(line)
            if match:
                close()
                if regex is _FOOTNOTE_DEF:
                    current.append(f"[{_number(match.group(1), numbers)}] {match.group(2).strip()}")
                else:
                    current.append(match.group(1))
                if regex is _HEADING:
                    close()
                break
        else:
            if line.startswith("    ") and not current:
                continue  # an indented code block
            current.append(line.strip())
    close()
    return "\n".join(filter(None, (_inline(block, numbers) for block in blocks)))
