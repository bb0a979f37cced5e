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

MAX_PAGES = 5000  # more pages than any book: a hostile file would keep the server busy
SHORT_LINE = 0.75  # a line shorter than this share of the usual width ends its paragraph
ENDING_LINE = 0.9  # ... and so does one shorter than this that ends a sentence
_ENDS = re.compile(r"[.!?…][\"”»’)]*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$")
_NEW_BLOCK = re.compile(r"^\s*(?:\[\d{1,3}\]|[-•*]\s|\d{1,3}[.)]\s)")


def pdf_pages(data: bytes, name: str) -> list[str]:
    """The text of each page."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    quiet = logging.getLogger("pypdf")  # pypdf logs every oddity of a damaged file; we say one line
    level = quiet.level
    quiet.setLevel(logging.ERROR + 10)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected; save an unprotected copy and try again")
        if len(reader.pages) > MAX_PAGES:
            raise InputError(f"{name}: the PDF has {len(reader.pages)} pages (limit {MAX_PAGES}); "
                             "split it into smaller files")
        return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise InputError(f"{name}: the PDF is damaged or not a PDF ({type(exc).__name__}); "
                         "export it again, or save the text as .txt") from None
    except (RecursionError, ArithmeticError, LookupError, NotImplementedError, OSError, EOFError) as exc:
        # Hostile or broken files reach corners of the parser that raise these too.
        raise InputError(f"{name}: the PDF cannot be read ({type(exc).__name__}); "
                         "export it again, or save the text as .txt") from None
    finally:
        quiet.setLevel(level)


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
