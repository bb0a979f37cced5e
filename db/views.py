"""Plain, read-only shapes the repository hands out (no ORM objects ever leave ``db``).

The UI, the CLI and the exporters work on these; they can be cached, pickled
and compared without a database session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    name: str
    created_at: datetime
    documents: int = 0


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    project_id: int
    language: str
    sha256: str
    source_name: str
    sentences: int
    created_at: datetime


@dataclass(frozen=True)
class RunInfo:
    id: int
    project_id: int
    source_document_id: int
    target_document_id: int
    model: str
    params: dict[str, Any]
    created_at: datetime
    created_by: str | None
    is_current: bool
    beads: int = 0


@dataclass(frozen=True)
class BeadView:
    """One bead with its sentences' texts, as a reviewer sees it.

    ``version`` is what a later review action passes back as ``expected_version``.
    """

    id: int
    run_id: int
    order: float
    source_ids: tuple[int, ...]
    target_ids: tuple[int, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    source_sids: tuple[str, ...]
    target_sids: tuple[str, ...]
    score: float | None
    similarity: float | None
    drift_score: float | None
    kinds: tuple[str, ...]
    reasons: tuple[str, ...]
    evidence: Any
    status: str
    reviewer: str | None
    note: str | None
    version: int
    changed_by: str | None
    changed_at: datetime | None
    model: str = ""
    hints: Any = None
    """Drift evidence below the flag cut (a list of evidence dicts), shown on request."""

    @property
    def flagged(self) -> bool:
        """A bead is flagged when drift detection gave it at least one kind."""
        return bool(self.kinds)

    @property
    def kind(self) -> str:
        return f"{len(self.source_ids)}:{len(self.target_ids)}"


@dataclass(frozen=True)
class BeadFilter:
    """Which beads to list or export; empty fields do not filter.

    ``search`` matches (case-insensitively) the source or target text or the note.
    """

    flagged_only: bool = False
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    search: str = ""
    min_score: float | None = None


@dataclass(frozen=True)
class EventView:
    """One entry of the review log. ``before``/``after`` are bead snapshots (lists of dicts)."""

    id: int
    run_id: int
    bead_id: int | None
    action: str
    actor: str
    at: datetime
    before: list[dict[str, Any]]
    after: list[dict[str, Any]]
    ref_id: int | None


@dataclass(frozen=True)
class Quality:
    """How good the automatic alignment of one run was, judged by what reviewers decided.

    ``judged`` automatic beads are those whose sentences all lie in reviewed beads (or that a
    reviewer rejected outright). Strict: the automatic bead equals a reviewed one. Lax: it shares
    at least one source and one target sentence with a reviewed one (or the same unaligned side).
    Precisions are None while nothing is judged.
    """

    run_id: int
    automatic: int
    judged: int
    strict_correct: int
    lax_correct: int

    @property
    def strict_precision(self) -> float | None:
        return self.strict_correct / self.judged if self.judged else None

    @property
    def lax_precision(self) -> float | None:
        return self.lax_correct / self.judged if self.judged else None

    @property
    def coverage(self) -> float | None:
        """Share of the automatic beads that reviewers have judged so far."""
        return self.judged / self.automatic if self.automatic else None


@dataclass(frozen=True)
class QuoteMatchInfo:
    id: int
    quote_id: int
    matched_document_id: int
    start: int
    end: int
    score: float | None
    verdict: str
    reasons: tuple[str, ...]
    evidence: Any
    trace: int = 0
    """Which tracing of the document's quotations stored it (1, 2, …; 0 for matches stored
    before tracings were numbered)."""
    created_at: datetime | None = None


@dataclass(frozen=True)
class QuoteTraceInfo:
    """One tracing of a document's quotations: its number, when, and the count of each verdict."""

    trace: int
    created_at: datetime | None
    verdicts: dict[str, int]


@dataclass(frozen=True)
class QuoteInfo:
    id: int
    document_id: int
    index: int
    qid: str
    paragraph: int
    start: int
    end: int
    text: str
    marks: str
    depth: int
    footnote: int | None
    matches: tuple[QuoteMatchInfo, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class QuoteMatchInput:
    """A match to store: the quotation (by its index in the quoting document) and the source span."""

    quote_index: int
    matched_document_id: int
    start: int
    end: int
    score: float | None = None
    verdict: str = ""
    reasons: tuple[str, ...] = ()
    evidence: Any = None


@dataclass(frozen=True)
class Progress:
    """How far the review of some pairs has come: ``reviewed`` pairs a reviewer decided on (any status
    but "automatic"), of ``total``; ``resolved`` of the ``flagged`` pairs decided on. ``by_reviewer``:
    per reviewer, (pairs decided, flagged pairs decided) — the pairs whose last decision is theirs."""

    total: int
    reviewed: int
    flagged: int
    resolved: int
    by_reviewer: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class TermInfo:
    """One entry of a project's termbase (``alignment.termbase.TermEntry``) as stored."""

    id: int
    project_id: int
    entry: Any
    created_at: datetime
    created_by: str | None
