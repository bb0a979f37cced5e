"""A ``Document`` as plain JSON-ready data, and back (for ``--json`` output and caches)."""

from __future__ import annotations

import dataclasses
from typing import Any

from corpora.types import Document, Footnote, LanguageGuess, Paragraph, Quote, Sentence


def document_to_dict(doc: Document) -> dict[str, Any]:
    """Everything in ``doc`` as dicts, lists, strings and numbers (footnote keys become strings)."""
    data = dataclasses.asdict(doc)
    data["footnotes"] = {str(number): note for number, note in data["footnotes"].items()}
    return data


def document_from_dict(data: dict[str, Any]) -> Document:
    """The inverse of ``document_to_dict``."""
    language = data.get("language")
    return Document(
        text=data["text"],
        lang=data["lang"],
        paragraphs=[Paragraph(**p) for p in data.get("paragraphs", [])],
        sentences=[
            Sentence(**{**s, "footnotes": tuple(s.get("footnotes", ()))}) for s in data.get("sentences", [])
        ],
        quotes=[Quote(**q) for q in data.get("quotes", [])],
        footnotes={
            int(k): Footnote(int(v["number"]), v["text"], tuple(v.get("urls", ())))
            for k, v in data.get("footnotes", {}).items()
        },
        language=LanguageGuess(**language) if language else None,
        source_name=data.get("source_name", ""),
        sha256=data.get("sha256", ""),
    )
