"""Read a file, bytes or pasted text into a ``Document`` (the one entry point for all input).

The format comes from the extension, checked against the content (a PDF named
.txt is read as a PDF; a PNG named .txt is refused). Limits are checked before
anything is read in full: a 200 MB file is refused after one ``stat``. Either a
whole ``Document`` comes back or an ``InputError`` with one line: nothing is
ever half-imported.
"""

from __future__ import annotations

import logging
from pathlib import Path

from corpora.decoding import check_size, decode_bytes, max_upload_bytes, sniff_binary
from corpora.document import build_document, normalise_text
from corpora.errors import InputError
from corpora.types import Document

FORMATS = {
    ".txt": "text", ".text": "text", "": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
SUPPORTED = ".txt, .md, .html/.htm, .docx and .pdf"
log = logging.getLogger(__name__)


def detect_format(filename: str, data: bytes) -> str:
    """Which reader a file needs: by extension, corrected by what the bytes are."""
    ext = Path(filename).suffix.lower()
    if ext not in FORMATS:
        raise InputError(f"{filename}: unsupported file type {ext!r}; Parallax reads {SUPPORTED}")
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and ext != ".docx":
        raise InputError(f"{filename}: this is a zip archive, not {ext or 'text'}; if it is a Word file, "
                         "name it .docx")
    kind = FORMATS[ext]
    if kind == "text" and not ext and data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    if kind in ("docx", "pdf") and not data.startswith({"docx": b"PK\x03\x04", "pdf": b"%PDF-"}[kind]):
        what = sniff_binary(data) or "not a real one (the content does not match)"
        raise InputError(f"{filename}: the name says {ext} but the file is {what}; check the file")
    return kind


def extract_text(data: bytes, filename: str, max_bytes: int | None = None) -> str:
    """The text of a file's bytes, one paragraph a line where the format knows paragraphs.

    A reader that fails in a way it did not foresee (a third-party parser meeting a crafted file)
    still gives one line, so that one bad file in a batch is one message and the others go on; the
    traceback goes to the log for whoever fixes the reader.
    """
    if not data.strip():
        raise InputError(f"{filename}: the file is empty; choose a file with some text in it")
    kind = detect_format(filename, data)
    try:
        return _extract(data, filename, kind, max_bytes)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - see the docstring
        log.warning("reading %r (%s) failed", filename, kind, exc_info=True)
        raise InputError(f"{filename}: this {kind} file cannot be read ({type(exc).__name__}); save it "
                         "again or as .txt, and try again") from None


def _extract(data: bytes, filename: str, kind: str, max_bytes: int | None) -> str:
    if kind == "text":
        return decode_bytes(data, filename)
    if kind == "markdown":
        from corpora.readers.markdown_text import markdown_to_text

        return markdown_to_text(normalise_text(decode_bytes(data, filename)))
    if kind == "html":
        from corpora.readers.html_text import decode_html, html_to_text

        return html_to_text(decode_html(data, filename), filename)
    if kind == "docx":
        from corpora.readers.docx_text import docx_to_text

        return docx_to_text(data, filename, max_bytes)
    from corpora.readers.pdf_text import pdf_to_text

    return pdf_to_text(data, filename)


def read_bytes(
    data: bytes, filename: str, lang: str | None = None, max_bytes: int | None = None
) -> Document:
    """A ``Document`` from a file's bytes (an upload); ``filename`` gives the format."""
    limit = max_upload_bytes(max_bytes)
    check_size(len(data), limit, filename)
    text = extract_text(data, filename, limit)
    if not text.strip():
        raise InputError(f"{filename}: no text found in it; check that it is the right file")
    # a PDF's compressed streams can hold more text than the file's size
    check_size(len(text.encode("utf-8", "replace")), limit, filename, "its text unpacks to")
    return build_document(text, lang=lang, source_name=filename)


def read_file(path: str | Path, lang: str | None = None, max_bytes: int | None = None) -> Document:
    """A ``Document`` from a file on disk; the size limit is checked before reading."""
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: this is a folder, not a file; give one file at a time")
    limit = max_upload_bytes(max_bytes)
    try:
        check_size(path.stat().st_size, limit, name)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # a pipe or device reports no size: never read past the limit
    except PermissionError:
        raise InputError(f"{path}: permission denied; check that you can read the file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: this is a folder, not a file; give one file at a time") from None
    check_size(len(data), limit, name)
    return read_bytes(data, name, lang=lang, max_bytes=limit)


def read_text(
    text: str, lang: str | None = None, source_name: str = "pasted", max_bytes: int | None = None
) -> Document:
    """A ``Document`` from text pasted or typed by the user."""
    if not text or not text.strip():
        raise InputError(f"{source_name}: the text is empty; paste some text first")
    check_size(len(text.encode("utf-8", "replace")), max_upload_bytes(max_bytes), source_name)
    return build_document(text, lang=lang, source_name=source_name)
