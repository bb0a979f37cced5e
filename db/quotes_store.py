"""Quotations of a document and their matches in source documents."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select

from db.access import REVIEWER, VIEWER
from db.base import RepositoryCore, as_float, jsonable, load_row, strings
from db.errors import DataError
from db.schema import Document, Quote, QuoteMatch
from db.views import QuoteInfo, QuoteMatchInfo, QuoteMatchInput, QuoteTraceInfo


class QuotesMixin(RepositoryCore):
    """The quotations of ``Repository``."""

    def list_quotes(self, document_id: int, trace: int | None = None) -> list[QuoteInfo]:
        """The quotations of a document with their stored source matches: those of tracing
        ``trace``, by default the latest (earlier tracings are kept, see :meth:`quote_traces`)."""
        with self._tx() as s:
            doc = load_row(s, Document, document_id, "document")
            self._allow(s, doc.project_id, VIEWER, "see quotations")
            quotes = s.scalars(select(Quote).where(Quote.document_id == document_id)
                               .order_by(Quote.index)).all()
            found = _matches_of(s, [q.id for q in quotes])
            wanted = trace if trace is not None else max((m.trace for m in found), default=0)
            matches: dict[int, list[QuoteMatchInfo]] = {}
            for m in found:
                if m.trace == wanted:
                    matches.setdefault(m.quote_id, []).append(m)
            return [QuoteInfo(id=q.id, document_id=q.document_id, index=q.index, qid=q.qid,
                              paragraph=q.paragraph, start=q.start, end=q.end, text=q.text, marks=q.marks,
                              depth=q.depth, footnote=q.footnote, matches=tuple(matches.get(q.id, ())))
                    for q in quotes]

    def quote_traces(self, document_id: int) -> list[QuoteTraceInfo]:
        """Every stored tracing of a document's quotations, oldest first, with its verdict counts."""
        with self._tx() as s:
            doc = load_row(s, Document, document_id, "document")
            self._allow(s, doc.project_id, VIEWER, "see quotations")
            quote_ids = list(s.scalars(select(Quote.id).where(Quote.document_id == document_id)))
            by_trace: dict[int, list[QuoteMatchInfo]] = {}
            for m in _matches_of(s, quote_ids):
                by_trace.setdefault(m.trace, []).append(m)
            out = []
            for trace, group in sorted(by_trace.items()):
                counts: dict[str, int] = {}
                for m in group:
                    counts[m.verdict] = counts.get(m.verdict, 0) + 1
                out.append(QuoteTraceInfo(trace, min((m.created_at for m in group if m.created_at),
                                                     default=None), counts))
            return out

    def store_quote_matches(self, document_id: int, matches: Iterable[QuoteMatchInput],
                            replace: bool = True) -> int:
        """Store matches of a document's quotations in source documents (one transaction).

        With ``replace``, earlier matches of this document's quotations are dropped first.
        Returns how many were stored. Without ``replace`` the earlier matches stay, and these
        are a new tracing (numbered one above the latest; :meth:`list_quotes` shows the latest).
        """
        with self._tx() as s:
            doc = load_row(s, Document, document_id, "document")
            self._allow(s, doc.project_id, REVIEWER, "store quotation matches")
            quote_ids = dict(s.execute(select(Quote.index, Quote.id)
                                       .where(Quote.document_id == doc.id)).all())
            if replace and quote_ids:
                s.execute(delete(QuoteMatch).where(QuoteMatch.quote_id.in_(list(quote_ids.values()))))
            trace = 1 + max((m.trace for m in _matches_of(s, list(quote_ids.values()))), default=0)
            count = 0
            for m in matches:
                if m.quote_index not in quote_ids:
                    raise DataError(f"document {document_id} has no quotation number {m.quote_index}")
                other = load_row(s, Document, m.matched_document_id, "document")
                self._allow(s, other.project_id, VIEWER, "read source documents")
                if not 0 <= m.start <= m.end <= len(other.text):
                    raise DataError("a quotation match points outside its source document")
                s.add(QuoteMatch(quote_id=quote_ids[m.quote_index], matched_document_id=other.id,
                                 start=m.start, end=m.end, score=as_float(m.score),
                                 verdict=str(m.verdict or ""), reasons=strings(m.reasons),
                                 evidence={**(jsonable(m.evidence) if m.evidence is not None else {}),
                                           TRACE_KEY: trace}))
                count += 1
            return count


TRACE_KEY = "_trace"
"""The tracing number is kept in the match's evidence (no schema change); readers never see the key."""


def _matches_of(s, quote_ids: list[int]) -> list[QuoteMatchInfo]:  # type: ignore[no-untyped-def]
    if not quote_ids:
        return []
    return [_match_info(m) for m in s.scalars(select(QuoteMatch).where(QuoteMatch.quote_id.in_(quote_ids))
                                              .order_by(QuoteMatch.id))]


def _match_info(m: QuoteMatch) -> QuoteMatchInfo:
    evidence = dict(m.evidence) if isinstance(m.evidence, dict) else m.evidence
    trace = int(evidence.pop(TRACE_KEY, 0)) if isinstance(evidence, dict) else 0
    if evidence == {} and isinstance(m.evidence, dict) and set(m.evidence) == {TRACE_KEY}:
        evidence = None  # stored without evidence of its own
    return QuoteMatchInfo(id=m.id, quote_id=m.quote_id, matched_document_id=m.matched_document_id,
                          start=m.start, end=m.end, score=m.score, verdict=m.verdict,
                          reasons=tuple(m.reasons or ()), evidence=evidence, trace=trace,
                          created_at=m.created_at)
