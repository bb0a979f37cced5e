"""The one text sanitiser at the edge: what user text may hold before it reaches a file format.

Plain Python (no Streamlit, no database): exporters and the workbench share it.

- ``xml_safe``: characters XML 1.0 cannot hold (C0 controls other than tab, LF, CR;
  surrogates; U+FFFE/U+FFFF) become U+FFFD, so every XML exporter (TMX, XLIFF, the
  HTML report) writes the same thing instead of crashing or dropping them.
- ``display_name``: a file or project name as it may be shown: bidi controls (a right-to-left
  override makes ``\u202egpj.exe`` look like "exe.jpg") and control characters become a visible
  ``[U+202E]``, so the name shown is the name that is stored.
- ``spreadsheet_safe``: a CSV/TSV cell that starts with ``=``, ``+``, ``-``, ``@``, tab or
  CR gets a leading ``'`` (OWASP, CSV injection), so a spreadsheet shows it as text.
- ``storable_text`` / ``storable``: what the database keeps of long text (document text,
  notes): NUL (PostgreSQL's text cannot hold it) and lone surrogates (not UTF-8) become U+FFFD,
  one character for one, so offsets into the text stay right.
- ``control_character``: the first control character of a name; the storage layer refuses
  names (project, document, ...) that have one, rather than changing what the user typed.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

REPLACEMENT = "\ufffd"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # Unicode Cc, and lone surrogates
# Embeddings, overrides, isolates and the marks (LRM, RLM, ALM): they reorder what follows them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def display_name(name: str) -> str:
    """``name`` with bidi controls, control characters, line/paragraph separators and lone
    surrogates written as ``[U+XXXX]``: visible, and unable to reorder or break what is shown.

    For names (files, pasted texts, projects), where these characters are never wanted; letters of
    every script, joiners (ZWJ, ZWNJ) and spaces stay as they are. Markdown escaping is the
    caller's job.
    """
    return "".join(
        f"[U+{ord(ch):04X}]"
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") else ch
        for ch in name
    )


def xml_safe(text: str) -> str:
    """``text`` with every XML-illegal character replaced by U+FFFD."""
    return _XML_ILLEGAL.sub(REPLACEMENT, text) if text else text


def spreadsheet_safe(value: Any) -> Any:
    """A string cell that a spreadsheet would run as a formula, prefixed with ``'``;
    anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def storable_text(text: str) -> str:
    """``text`` with NUL and lone surrogates replaced by U+FFFD (same length)."""
    return _UNSTORABLE.sub(REPLACEMENT, text) if text else text


def storable(value: Any) -> Any:
    """``storable_text`` applied to every string in a JSON-like value (dicts, lists, tuples)."""
    return _map_strings(value, storable_text)


def control_character(text: str) -> str | None:
    """The first control character (or lone surrogate) in ``text``; None when it has none."""
    found = _CONTROL.search(text) if text else None
    return found.group() if found else None


def _map_strings(value: Any, fn: Any) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    if type(value) is tuple:
        return tuple(_map_strings(v, fn) for v in value)
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    return value


def xml_safe_corpus(corpus: Any) -> Any:
    """A copy of an ``AlignedCorpus`` whose every string field is ``xml_safe``."""
    clean = copy.deepcopy(corpus)
    for obj in [clean, *clean.beads, *getattr(clean, "notes", [])]:
        for name, value in vars(obj).items():
            if name not in ("beads", "notes"):
                setattr(obj, name, _map_strings(value, xml_safe))
    return clean
