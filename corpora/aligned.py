"""The plain shape of a reviewed alignment, as exporters write it and importers read it.

The database, the CLI and the batch job all hand exporters an ``AlignedCorpus``;
importing a TMX or TSV gives one back, so a round trip can be checked bead by bead.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AlignedBead:
    """One link between source and target sentences, with its review state."""

    source_ids: list[int]
    target_ids: list[int]
    source: list[str]
    target: list[str]
    score: float = 0.0
    drift_score: float = 0.0
    kinds: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    status: str = "automatic"
    reviewer: str = ""
    note: str = ""
    evidence: list[str] = field(default_factory=list)
    """Short readable snippets that back the reasons (e.g. ``"120 000" vs "12 000"``)."""
    source_raw: list[str] | None = None
    target_raw: list[str] | None = None
    """The sentences as the document has them, inline footnote markers kept ("… over [14]."): the
    segments a CAT tool makes, so TMX and XLIFF write these when known (``corpora.exporters.raw``)."""
    source_paragraphs: list[int] | None = None
    target_paragraphs: list[int] | None = None
    """The paragraph of each sentence, when the documents are known: the paragraph-level TMX groups
    beads by them, and extra CAT units join only sentences of one paragraph."""


@dataclass
class AlignedCorpus:
    """Beads of one document pair, in order, and what produced them."""

    source_lang: str
    target_lang: str
    beads: list[AlignedBead]
    model: str = ""
    name: str = ""
    source_name: str = ""
    target_name: str = ""
    notes: list[AlignedBead] = field(default_factory=list)
    """The footnote lists of the two documents, paired note for note by number (beads without
    sentence ids: the aligner never sees footnotes). Only TMX writes them, after the body, as units a
    CAT tool matches; the data formats and the review keep to the aligned body."""
