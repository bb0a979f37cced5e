"""The text layer of a PDF (pypdf), with wrapped lines joined back into paragraphs.

PDF text comes as lines. A line shorter than most (the end of a paragraph, a
heading), or a little shorter and ending a sentence, ends a paragraph; a line
of page width runs on into the next, across page breaks too; a hyphen at a line
end before a lower-case letter is removed.
A scanned PDF has no text layer: we say so instead of returning nothing.
"""

from __future__ import annotations

import io
import logging
import math
import re

from corpora.errors import InputError
from corpora.limits import MAX_PDF_PAGES

SHORT_LINE = 0.75  # a line shorter than this share of the usual width ends its paragraph
ENDING_LINE = 0.9  # ... and so does one shorter than this that ends a sentence
_ENDS = re.compile(r"[.!?…][\"”»’)]*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$")
_NEW_BLOCK = re.compile(r"^\s*(?:\[\d{1,3}\]|[-•*]\s|\d{1,3}[.)]\s)")


def pdf_pages(data: bytes, name: str) -> list[str]:
    """The text of each page.

    Whatever pypdf raises on a damaged or crafted file (its own ``PyPdfError``s, such as
    ``LimitReachedError``, and the Python errors of its parser) is one line, never a traceback.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    quiet = logging.getLogger("pypdf")  # pypdf logs every oddity of a damaged file; we say one line
    level = quiet.level
    quiet.setLevel(logging.ERROR + 10)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected; save an unprotected copy and try again")
        _check_page_tree(reader, name)
        return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise InputError(f"{name}: the PDF is damaged or not a PDF ({type(exc).__name__}); "
                         "export it again, or save the text as .txt") from None
    except (RecursionError, ArithmeticError, LookupError, NotImplementedError, OSError, EOFError) as exc:
        # Hostile or broken files reach corners of the parser that raise these too.
        raise InputError(f"{name}: the PDF cannot be read ({type(exc).__name__}); "
                         "export it again, or save the text as .txt") from None
    finally:
        quiet.setLevel(level)


def _check_page_tree(reader, name: str) -> None:  # type: ignore[no-untyped-def]
    """Walk the page tree once, before pypdf flattens it: a node linked from two places (a tree
    of 8 levels x 10 links to one node is 10^8 pages from 1.6 KB) or more than ``MAX_PDF_PAGES``
    pages is refused after at most that many steps."""
    from pypdf.generic import IndirectObject

    seen: set[tuple[int, int]] = set()
    pages = 0
    stack = [reader.trailer["/Root"].get_object()["/Pages"]]
    while stack:
        ref = stack.pop()
        if isinstance(ref, IndirectObject):
            key = (ref.idnum, ref.generation)
            if key in seen:
                raise InputError(f"{name}: the PDF's page tree reaches the same page node twice, which "
                                 "no PDF writer does; the file is refused")
            seen.add(key)
        node = ref.get_object()
        kids = node.get("/Kids") if hasattr(node, "get") else None
        if kids is None:
            pages += 1
            if pages > MAX_PDF_PAGES:
                raise InputError(f"{name}: the PDF has more than {MAX_PDF_PAGES} pages (the limit); "
                                 "split it into smaller files")
            continue
        stack.extend(kids.get_object())


def join_lines(pages: list[str]) -> str:
    """Paragraphs (one a line) from the lines of the pages."""
    lines = [line.strip() for page in pages for line in page.splitlines()]
    lines = [line for line in lines if not _PAGE_NUMBER.match(line)]
    lengths = sorted(len(line) for line in lines if line)
    width = lengths[math.ceil(0.9 * (len(lengths) - 1))] if lengths else 80  # most lines are full width
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and _NEW_BLOCK.match(line):
            paragraphs.append(current)
            current = ""
        if not current:
            current = line
        elif re.search(r"[^\W\d_]-$", current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        if len(line) < SHORT_LINE * width or (len(line) < ENDING_LINE * width and _ENDS.search(line)):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def pdf_to_text(data: bytes, name: str) -> str:
    """Paragraphs of a PDF's text layer; an ``InputError`` for a scan without one."""
    text = join_lines(pdf_pages(data, name))
    if sum(ch.isalpha() for ch in text) < 20:
        raise InputError(f"{name}: the PDF has no text layer (a scan?); run OCR on it first (e.g. ocrmypdf) "
                         "or give the text as .txt/.docx")
    return text
