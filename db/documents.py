"""Documents: import a read document (once per file), list, load back, change the language, delete."""

from __future__ import annotations

import dataclasses
import hashlib

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from corpora.text_safety import storable, storable_text
from corpora.types import Document as PlainDocument
from corpora.types import Footnote, LanguageGuess, Paragraph
from corpora.types import Quote as PlainQuote
from corpora.types import Sentence as PlainSentence
from db.access import OWNER, REVIEWER, VIEWER
from db.base import RepositoryCore, checked_name, count_sentences, jsonable, load_project, load_row
from db.errors import DataError
from db.schema import Document, Project, Quote, Sentence
from db.views import DocumentInfo

# Name lengths are the columns' own (db.schema): what does not fit is refused with a message.
_DOCUMENT_NAME_MAX = Document.__table__.c.source_name.type.length
_LANGUAGE_MAX = Document.__table__.c.language.type.length


class DocumentsMixin(RepositoryCore):
    """The documents of ``Repository``."""

    def import_document(self, project: int | str, doc: PlainDocument,
                        raw_bytes: bytes | None = None) -> tuple[DocumentInfo, bool]:
        """Store a read document in a project; returns (document, created).

        Identity is the SHA-256 of the original bytes: of ``raw_bytes`` when given (pass the upload's
        bytes), else ``doc.sha256``, else of the text. Importing the same file twice into a project
        gives back the first copy, ``created=False``.
        """
        if raw_bytes is not None:
            sha = hashlib.sha256(raw_bytes).hexdigest()
        else:
            sha = doc.sha256 or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        _check_document_names(doc)
        n = len(doc.text)
        for sentence in doc.sentences:
            if not (0 <= sentence.start <= sentence.end <= n):
                raise DataError(f"sentence {sentence.index} has offsets outside the text")
        try:
            with self._tx() as s:
                project_row = load_project(s, project)
                self._allow(s, project_row.id, REVIEWER, "import documents")
                existing = s.scalar(select(Document).where(Document.project_id == project_row.id,
                                                           Document.sha256 == sha))
                if existing is not None:
                    return _document_info(existing, count_sentences(s, existing.id)), False
                # Text is stored with NUL as U+FFFD (storable_text: same length, offsets stay right).
                row = Document(
                    project_id=project_row.id,
                    language=doc.lang,
                    sha256=sha,
                    source_name=doc.source_name or "",
                    text=storable_text(doc.text),
                    paragraphs=storable([dataclasses.asdict(p) for p in doc.paragraphs]),
                    footnotes=storable([jsonable(dataclasses.asdict(f))
                                        for _, f in sorted(doc.footnotes.items())]),
                    language_guess=storable(jsonable(dataclasses.asdict(doc.language))) if doc.language
                    else None,
                )
                row.sentences = [
                    Sentence(index=x.index, sid=x.id, paragraph=x.paragraph, start=x.start, end=x.end,
                             text=storable_text(x.text), footnotes=list(x.footnotes))
                    for x in doc.sentences
                ]
                row.quotes = [
                    Quote(index=q.index, qid=q.id, paragraph=q.paragraph, start=q.start, end=q.end,
                          text=storable_text(q.text), marks=storable_text(q.marks), depth=q.depth,
                          footnote=q.footnote)
                    for q in doc.quotes
                ]
                s.add(row)
                s.flush()
                return _document_info(row, len(doc.sentences)), True
        except IntegrityError:
            # The same file imported by someone else at the same moment: theirs wins, ours is that one.
            with self._tx() as s:
                project_id = load_project(s, project).id
                self._allow(s, project_id, REVIEWER, "import documents")
                existing = s.scalar(select(Document).join(Project).where(
                    Document.sha256 == sha, Project.id == project_id))
                if existing is None:
                    raise
                return _document_info(existing, count_sentences(s, existing.id)), False

    def list_documents(self, project: int | str) -> list[DocumentInfo]:
        with self._tx() as s:
            project_row = load_project(s, project)
            self._allow(s, project_row.id, VIEWER, "list documents")
            counts = dict(s.execute(
                select(Sentence.document_id, func.count(Sentence.id)).join(Document)
                .where(Document.project_id == project_row.id).group_by(Sentence.document_id)).all())
            rows = s.scalars(select(Document).where(Document.project_id == project_row.id)
                             .order_by(Document.id)).all()
            return [_document_info(d, counts.get(d.id, 0)) for d in rows]

    def get_document(self, document_id: int) -> DocumentInfo:
        with self._tx() as s:
            row = load_row(s, Document, document_id, "document")
            self._allow(s, row.project_id, VIEWER, "open documents")
            return _document_info(row, count_sentences(s, row.id))

    def load_document(self, document_id: int) -> PlainDocument:
        """The stored document as the plain ``corpora.types.Document`` the aligner takes."""
        with self._tx() as s:
            row = load_row(s, Document, document_id, "document")
            self._allow(s, row.project_id, VIEWER, "open documents")
            return plain_document(row)

    def set_document_language(self, document_id: int, language: str) -> DocumentInfo:
        """The reviewer overrides the detected language."""
        with self._tx() as s:
            row = load_row(s, Document, document_id, "document")
            self._allow(s, row.project_id, REVIEWER, "change a document's language")
            row.language = checked_name(language, "a language code", _LANGUAGE_MAX)
            return _document_info(row, count_sentences(s, row.id))

    def delete_document(self, document_id: int) -> None:
        """Delete a document and every run that aligned it."""
        with self._tx() as s:
            row = load_row(s, Document, document_id, "document")
            self._allow(s, row.project_id, OWNER, "delete documents")
            s.execute(delete(Document).where(Document.id == document_id))


def plain_document(row: Document) -> PlainDocument:
    """A document row (inside a session) as the plain ``corpora.types.Document``."""
    footnotes = {}
    for f in row.footnotes or []:
        footnotes[int(f["number"])] = Footnote(number=int(f["number"]), text=f["text"],
                                               urls=tuple(f.get("urls") or ()))
    guess = row.language_guess
    return PlainDocument(
        text=row.text,
        lang=row.language,
        paragraphs=[Paragraph(**p) for p in row.paragraphs or []],
        sentences=[PlainSentence(id=x.sid, index=x.index, paragraph=x.paragraph, start=x.start,
                                 end=x.end, text=x.text, footnotes=tuple(x.footnotes or ()))
                   for x in row.sentences],
        quotes=[PlainQuote(id=q.qid, index=q.index, paragraph=q.paragraph, start=q.start, end=q.end,
                           text=q.text, marks=q.marks, depth=q.depth, footnote=q.footnote)
                for q in row.quotes],
        footnotes=footnotes,
        language=LanguageGuess(**guess) if guess else None,
        source_name=row.source_name,
        sha256=row.sha256,
    )


def _check_document_names(doc: PlainDocument) -> None:
    """``DataError`` unless the document's name and language code can be stored as they are."""
    checked_name(doc.source_name or "", "a document name", _DOCUMENT_NAME_MAX)
    checked_name(doc.lang or "", "a language code", _LANGUAGE_MAX)


def _document_info(d: Document, sentences: int) -> DocumentInfo:
    return DocumentInfo(id=d.id, project_id=d.project_id, language=d.language, sha256=d.sha256,
                        source_name=d.source_name, sentences=sentences, created_at=d.created_at)
