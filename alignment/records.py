"""The plain records of a result: a bead with its drift, as every front end, store and export sees it.

The CLI's JSON, the workbench, the batch job, the exporters and the database all read these, so
that a flag, its reasons and its evidence look the same wherever a reviewer meets them. Evidence
spans are character offsets in the bead's joined text (its sentences joined by one space, as drift
detection reads them); ``Evidence.line`` turns them into the words a translator reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Evidence:
    """One signal behind a flag: its kind, the reason in words, its strength and where it points."""

    kind: str
    reason: str
    strength: float
    source_spans: tuple[Span, ...] = ()
    target_spans: tuple[Span, ...] = ()
    dismissed: Mapping[str, str] | None = None
    """A flag a reviewer dismissed ("not a drift"): who, when and why; it is kept as a hint."""

    def as_dict(self) -> dict[str, Any]:
        """The stored form (JSON-ready)."""
        out = {"kind": self.kind, "reason": self.reason, "strength": round(self.strength, 3),
               "source_spans": [list(s) for s in self.source_spans],
               "target_spans": [list(s) for s in self.target_spans]}
        if self.dismissed:
            out["dismissed"] = dict(self.dismissed)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        """Back from the stored form; spans that are not pairs of numbers are dropped."""
        def spans(key: str) -> tuple[Span, ...]:
            return tuple((int(p[0]), int(p[1])) for p in data.get(key) or ()
                         if isinstance(p, (list, tuple)) and len(p) == 2)

        dismissed = data.get("dismissed")
        return cls(str(data.get("kind", "")), str(data.get("reason", "")),
                   float(data.get("strength") or 0.0), spans("source_spans"), spans("target_spans"),
                   {str(k): str(v) for k, v in dismissed.items()} if isinstance(dismissed, dict) else None)

    @classmethod
    def of(cls, signal: Any) -> Evidence:
        """The evidence of one drift signal (``alignment.drift.DriftSignal``)."""
        return cls(signal.kind, signal.reason, float(signal.strength), tuple(signal.source_spans),
                   tuple(signal.target_spans))

    def line(self, source: Sequence[str], target: Sequence[str]) -> str:
        """``numbers: source «120 000» / target «12 000»``: the words a span covers, or the reason."""
        src, tgt = " ".join(source), " ".join(target)
        words = [f"source «{src[a:b]}»" for a, b in self.source_spans if b > a]
        words += [f"target «{tgt[a:b]}»" for a, b in self.target_spans if b > a]
        return f"{self.kind}: " + (" / ".join(words) if words else self.reason)


@dataclass
class BeadRecord:
    """One bead of a run: which sentences it links, their texts, its score and its drift."""

    index: int
    source_ids: list[int]
    target_ids: list[int]
    source: list[str]
    target: list[str]
    kind: str = ""
    score: float = 0.0
    similarity: float = 0.0
    drift_score: float = 0.0
    kinds: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    hints: list[Evidence] = field(default_factory=list)
    """Weaker evidence, below the flag cut: shown on request, never counted among ``kinds``."""

    @property
    def flagged(self) -> bool:
        return bool(self.kinds)

    def evidence_lines(self) -> list[str]:
        """Readable evidence, one line per signal (what exports and reports show)."""
        return [e.line(self.source, self.target) for e in self.evidence]

    def stored_drift(self) -> dict[str, Any]:
        """The drift part as the database keeps it."""
        return {"kinds": list(self.kinds), "reasons": list(self.reasons), "drift_score": self.drift_score,
                "evidence": [e.as_dict() for e in self.evidence], "hints": [e.as_dict() for e in self.hints]}


def bead_records(alignment: Any, source: Sequence[str], target: Sequence[str],
                 report: Any | None = None) -> list[BeadRecord]:
    """Aligner beads (with an optional drift report, one entry per bead) as records.

    ``source``/``target`` are the documents' sentence texts; ``report.beads[i]`` is the drift of
    ``alignment.beads[i]``.
    """
    drifts = list(report.beads) if report is not None else []
    records = []
    for i, bead in enumerate(alignment.beads):
        record = BeadRecord(
            index=i, source_ids=list(bead.source_ids), target_ids=list(bead.target_ids),
            source=[source[k] for k in bead.source_ids], target=[target[k] for k in bead.target_ids],
            kind=getattr(bead, "kind", ""), score=float(bead.score), similarity=float(bead.similarity))
        if i < len(drifts):
            _take_drift(record, drifts[i])
        records.append(record)
    return records


def _take_drift(record: BeadRecord, drift: Any) -> None:
    record.drift_score, record.kinds, record.reasons, record.evidence = drift_parts(drift)
    record.hints = hint_evidence(drift)


def stored_drift_of(drift: Any) -> dict[str, Any]:
    """Drift detection's ``BeadDrift`` in the stored form (``BeadRecord.stored_drift``)."""
    record = BeadRecord(0, [], [], [], [])
    _take_drift(record, drift)
    return record.stored_drift()


def drift_parts(drift: Any) -> tuple[float, list[str], list[str], list[Evidence]]:
    """(score, kinds, reasons, evidence) of one bead's drift (``alignment.drift.BeadDrift``).

    A reason names its kind ("numbers: 120 000 vs 12 000"), as every front end shows it.
    """
    return (float(drift.score), list(drift.kinds), [f"{s.kind}: {s.reason}" for s in drift.signals],
            [Evidence.of(s) for s in drift.signals])


def hint_evidence(drift: Any) -> list[Evidence]:
    """The hints of one bead's drift (signals below the flag cut), as evidence."""
    return [Evidence.of(s) for s in getattr(drift, "hints", ())]


def stored_evidence_lines(stored: Any, source: Sequence[str], target: Sequence[str]) -> list[str]:
    """Readable lines for evidence as the database holds it: a list of evidence dicts, each as
    ``Evidence.line``; older rows may hold strings or one dict, shown as they are."""
    if stored is None:
        return []
    if isinstance(stored, list):
        return [Evidence.from_dict(x).line(source, target) if isinstance(x, dict) else str(x) for x in stored]
    if isinstance(stored, dict):
        return [f"{k}: {v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
                for k, v in stored.items()]
    return [str(stored)]


@dataclass(frozen=True)
class Dismissal:
    """A reviewer's "not a drift" on one kind of flag of one bead (its sentences), carried into the
    pair's later runs: the same bead showing the same kind again is not flagged for it."""

    source_ids: tuple[int, ...]
    target_ids: tuple[int, ...]
    kind: str
    by: str
    at: str
    reason: str = "not a drift"

    def note(self) -> dict[str, str]:
        return {"by": self.by, "at": self.at, "reason": self.reason}


def stored_dismissals(source_ids: Sequence[int], target_ids: Sequence[int], hints: Any) -> list[Dismissal]:
    """The dismissals a stored bead carries (its hints marked ``dismissed``)."""
    out = []
    for h in hints if isinstance(hints, list) else ():
        mark = h.get("dismissed") if isinstance(h, dict) else None
        if isinstance(mark, dict):
            out.append(Dismissal(tuple(source_ids), tuple(target_ids), str(h.get("kind", "")),
                                 str(mark.get("by", "")), str(mark.get("at", "")),
                                 str(mark.get("reason", "not a drift"))))
    return out


def honour_dismissals(records: Iterable[BeadRecord], dismissals: Iterable[Dismissal]) -> int:
    """Move every flag a reviewer dismissed on the same bead to its hints, marked with the
    dismissal (a hint of that kind is marked too, so the dismissal lasts into the next run).
    Returns how many flags were dismissed."""
    wanted: dict[tuple[tuple[int, ...], tuple[int, ...]], dict[str, Dismissal]] = {}
    for d in dismissals:
        wanted.setdefault((d.source_ids, d.target_ids), {})[d.kind] = d
    moved = 0
    for record in records:
        found = wanted.get((tuple(record.source_ids), tuple(record.target_ids)))
        if not found:
            continue
        gone = [e for e in record.evidence if e.kind in found]
        moved += len(gone)
        record.evidence = [e for e in record.evidence if e.kind not in found]
        record.kinds = [k for k in record.kinds if k not in found]
        record.reasons = [r for r in record.reasons if r.split(":", 1)[0] not in found]
        record.hints = [replace(e, dismissed=found[e.kind].note()) if e.kind in found and not e.dismissed
                        else e for e in gone + record.hints]
    return moved
