"""Quotations of a document and their matches in source documents."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select

from db.access import REVIEWER, VIEWER
from db.base import RepositoryCore, as_float, jsonable, load_row, strings
from db.errors import DataError
from db.schema import Document, Quote, QuoteMatch
from db.views import QuoteInfo, QuoteMatchInfo, QuoteMatchInput


class QuotesMixin(RepositoryCore):
    """The quotations of ``Repository``."""

    def list_quotes(self, document_id: int) -> list[QuoteInfo]:
        """The quotations of a document with their stored source matches."""
        with self._tx() as s:
            doc = load_row(s, Document, document_id, "document")
            self._allow(s, doc.project_id, VIEWER, "see quotations")
            quotes = s.scalars(select(Quote).where(Quote.document_id == document_id)
                               .order_by(Quote.index)).all()
            matches: dict[int, list[QuoteMatchInfo]] = {}
            if quotes:
                for m in s.scalars(select(QuoteMatch).where(QuoteMatch.quote_id.in_([q.id for q in quotes]))
                                   .order_by(QuoteMatch.id)):
                    matches.setdefault(m.quote_id, []).append(_match_info(m))
            return [QuoteInfo(id=q.id, document_id=q.document_id, index=q.index, qid=q.qid,
                              paragraph=q.paragraph, start=q.start, end=q.end, text=q.text, marks=q.marks,
                              depth=q.depth, footnote=q.footnote, matches=tuple(matches.get(q.id, ())))
                    for q in quotes]

    def store_quote_matches(self, document_id: int, matches: Iterable[QuoteMatchInput],
                            replace: bool = True) -> int:
        """Store matches of a document's quotations in source documents (one transaction).

        With ``replace``, earlier matches of this document's quotations are dropped first.
        Returns how many were stored.
        """
        with self._tx() as s:
            doc = load_row(s, Document, document_id, "document")
            self._allow(s, doc.project_id, REVIEWER, "store quotation matches")
            quote_ids = dict(s.execute(select(Quote.index, Quote.id)
                                       .where(Quote.document_id == doc.id)).all())
            if replace and quote_ids:
                s.execute(delete(QuoteMatch).where(QuoteMatch.quote_id.in_(list(quote_ids.values()))))
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
                                 evidence=jsonable(m.evidence) if m.evidence is not None else None))
                count += 1
            return count


def _match_info(m: QuoteMatch) -> QuoteMatchInfo:
    return QuoteMatchInfo(id=m.id, quote_id=m.quote_id, matched_document_id=m.matched_document_id,
                          start=m.start, end=m.end, score=m.score, verdict=m.verdict,
                          reasons=tuple(m.reasons or ()), evidence=m.evidence)
