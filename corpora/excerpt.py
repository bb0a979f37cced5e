"""Excerpts of a text for reasons and messages: one ``clip`` shared by the checks and the CLI."""

from __future__ import annotations


def clip(text: str, n: int, *, one_line: bool = False) -> str:
    """``text`` cut to at most ``n`` characters, the last one "…" when something was cut.

    ``one_line``: runs of whitespace (line breaks included) become one space first, for terminal output.
    """
    if one_line:
        text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
