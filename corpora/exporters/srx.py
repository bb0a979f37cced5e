"""Parallax's sentence rules as SRX 2.0, so that a CAT tool that reads SRX segments like Parallax.

Written from the patterns and word lists ``corpora.sentences`` itself uses (``SENTENCE_END``,
``NEXT_START``, ``INITIAL``, ``corpora.abbreviations``), so the two cannot drift apart. SRX tries
rules in order and the first whose ``beforebreak`` ends and ``afterbreak`` starts at a position
decides, so the exceptions come first:

1. no break after an initial ("B. Kagarlitsky"), a title ("Dr. Smith"), an abbreviation before a
   number ("p. 12") or one before a lower-case word or a number ("etc. and");
2. a break after terminal punctuation and closing marks ("!”", "…", "?” [14].") before white space
   and a capital, with or without an opening mark ("However… “What");
3. a break at each line break: Parallax reads a text file one paragraph a line (for a hard-wrapped
   text, drop that rule).

What SRX cannot say is left out: the maintained segmenter Parallax starts from (razdel) and the
checks that look further back than one word, so the SRX is Parallax's rules, not its every decision.
"""

from __future__ import annotations

import re

from lxml import etree

from corpora.abbreviations import ANYWHERE, BEFORE_NUMBER, TITLES
from corpora.exporters.common import Target, emit
from corpora.markers import MARKER_RE
from corpora.sentences import BREAK_SPACE, DEFAULT_ENGINE, INITIAL, NEXT_START, SENTENCE_END

SRX_NS = "http://www.lisa.org/srx20"
_WORD_START = r"(?:^|[\s(“«„\"'‘’])"
_MARKERS = "(?:" + MARKER_RE.pattern.replace(r"(\d", r"(?:\d") + ")*"


def _words(tokens: frozenset[str]) -> str:
    """An alternation of the tokens as written, capitalised and in capitals, longest first."""
    forms = {f for t in tokens for f in (t, t[:1].upper() + t[1:], t.upper())}
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) + ")"


def _table(table: dict[str, frozenset[str]], lang: str) -> frozenset[str]:
    return table.get(lang, table["en"])


def language_rules(lang: str) -> list[tuple[bool, str, str]]:
    """(break, beforebreak, afterbreak) for ``lang``, in the order SRX tries them."""
    return [
        (False, INITIAL, r"\s"),
        (False, _WORD_START + _words(_table(TITLES, lang)) + r"\.", r"\s"),
        (False, _WORD_START + _words(_table(BEFORE_NUMBER, lang)) + r"\.", r"\s+\d"),
        (False, _WORD_START + _words(_table(ANYWHERE, lang)) + r"\.", r"\s+[\d\p{Ll}]"),
        (True, SENTENCE_END + _MARKERS, BREAK_SPACE + NEXT_START),
        (True, r"\n", ""),
    ]


def build_srx(languages: tuple[str, ...] = tuple(DEFAULT_ENGINE)) -> etree._ElementTree:
    """An SRX 2.0 document: one language rule per language Parallax has rules for, the first for any
    other language."""
    root = etree.Element(f"{{{SRX_NS}}}srx", nsmap={None: SRX_NS}, version="2.0")
    header = etree.SubElement(root, f"{{{SRX_NS}}}header", segmentsubflows="yes", cascade="no")
    for kind, include in (("start", "no"), ("end", "yes"), ("isolated", "no")):
        etree.SubElement(header, f"{{{SRX_NS}}}formathandle", type=kind, include=include)
    body = etree.SubElement(root, f"{{{SRX_NS}}}body")
    rules = etree.SubElement(body, f"{{{SRX_NS}}}languagerules")
    maps = etree.SubElement(body, f"{{{SRX_NS}}}maprules")
    for lang in languages:
        name = f"Parallax {lang}"
        language = etree.SubElement(rules, f"{{{SRX_NS}}}languagerule", languagerulename=name)
        for breaks, before, after in language_rules(lang):
            flag = {"break": "yes" if breaks else "no"}
            rule = etree.SubElement(language, f"{{{SRX_NS}}}rule", attrib=flag)
            etree.SubElement(rule, f"{{{SRX_NS}}}beforebreak").text = before
            etree.SubElement(rule, f"{{{SRX_NS}}}afterbreak").text = after
        etree.SubElement(maps, f"{{{SRX_NS}}}languagemap", languagepattern=f"(?i){lang}(?:[-_].*)?",
                         languagerulename=name)
    etree.SubElement(maps, f"{{{SRX_NS}}}languagemap", languagepattern=".*",
                     languagerulename=f"Parallax {languages[0]}")
    return etree.ElementTree(root)


def write_srx(target: Target) -> None:
    """Write Parallax's segmentation rules as an SRX 2.0 file."""
    emit(etree.tostring(build_srx(), xml_declaration=True, encoding="UTF-8", pretty_print=True), target)
