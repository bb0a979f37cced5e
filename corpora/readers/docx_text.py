"""The paragraphs of a .docx file (python-docx), with its footnotes as "[n]" markers and list.

A .docx is a zip archive, so we look at the archive's table of contents before
opening it: too many members, too much unpacked data or an absurd compression
ratio means a zip bomb, refused without unpacking anything. Its XML parts, which
python-docx parses and we turn into text, count against the upload limit
unpacked: 15 MB of zip must not become 150 MB of text. Word never writes a
DOCTYPE in its XML parts, so one that has it (entity tricks: billion laughs, a
local file pulled in as an external entity) is refused before it is parsed,
wherever in the part it stands; the parser itself expands no entities either.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from corpora.decoding import check_size, human_size, max_upload_bytes
from corpora.errors import InputError
from corpora.limits import MAX_DOCX_PARTS, MAX_DOCX_RATIO, MAX_DOCX_UNPACKED_MB

_CHUNK = 1 << 16  # the DOCTYPE scan reads each part in pieces of this size
_XML_PARTS = (".xml", ".rels")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes, name: str, max_bytes: int | None = None) -> None:
    """Refuse a damaged archive, a zip bomb, XML parts over the upload limit (``max_bytes``, else
    the default), a DOCTYPE anywhere in a part, or a zip that is not a Word document."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(
            f"{name}: not a valid .docx (the zip archive is damaged); open and save it again in Word"
        ) from None
    members = archive.infolist()
    if len(members) > MAX_DOCX_PARTS:
        raise InputError(
            f"{name}: the .docx has {len(members)} parts (limit {MAX_DOCX_PARTS}); not a normal Word document"
        )
    total = sum(m.file_size for m in members)
    if total > MAX_DOCX_UNPACKED_MB * 1048576:
        raise InputError(f"{name}: the .docx unpacks to {human_size(total)} (limit "
                         f"{MAX_DOCX_UNPACKED_MB:.0f} MB); save the text alone as .docx or .txt")
    for member in members:
        packed = max(member.compress_size, 1)
        if member.file_size > 1024 * 1024 and member.file_size > MAX_DOCX_RATIO * packed:
            ratio = member.file_size // packed
            raise InputError(
                f"{name}: part {member.filename} of the .docx is compressed {ratio}:1 (limit "
                f"{MAX_DOCX_RATIO}:1), which is how zip bombs look; the file is refused"
            )
    xml_parts = [m for m in members if m.filename.endswith(_XML_PARTS)]
    check_size(sum(m.file_size for m in xml_parts), max_upload_bytes(max_bytes), name,
               "the .docx's XML (its text) unpacks to")
    if "word/document.xml" not in archive.namelist():
        raise InputError(f"{name}: this zip archive is not a Word document (no word/document.xml)")
    for member in xml_parts:
        try:
            declares = _declares_entities(archive, member)
        except (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError, OSError):
            raise InputError(f"{name}: part {member.filename} of the .docx cannot be unpacked (damaged "
                             "or encrypted); open and save it again in Word") from None
        if declares:
            raise InputError(f"{name}: part {member.filename} of the .docx declares a DOCTYPE or XML "
                             "entities, which Word never writes; the file is refused")


def _declares_entities(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Whether ``<!DOCTYPE`` or ``<!ENTITY`` stands anywhere in the part (read in pieces, never more
    than its declared size: zipfile stops there and checks the CRC)."""
    tail = b""
    with archive.open(member) as part:
        while chunk := part.read(_CHUNK):
            window = tail + chunk.upper()
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                return True
            tail = window[-8:]  # a keyword cut between two pieces is found in the next window
    return False


def _paragraph_text(paragraph) -> str:  # type: ignore[no-untyped-def]
    """Text of a w:p element, footnote references as " [n]", line breaks as spaces."""
    parts = []
    for node in paragraph.iter():
        tag = node.tag
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append(" ")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            parts.append(f" [{node.get(f'{W}id')}]")
    return " ".join("".join(parts).split(" ")).strip()


def docx_to_text(data: bytes, name: str, max_bytes: int | None = None) -> str:
    """Body paragraphs (tables included, in order), then the footnote list; ``max_bytes`` is the
    upload limit, which the unpacked XML must not exceed."""
    check_zip(data, name, max_bytes)
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError
    from lxml import etree

    try:
        return _docx_text(data)
    except (OpcError, PythonDocxError, KeyError, ValueError, AttributeError, TypeError, IndexError,
            etree.LxmlError, zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError,
            OSError) as exc:
        # python-docx trusts the package; a damaged or crafted one fails in many ways, all of them "bad file".
        reason = str(exc).splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{name}: this .docx cannot be read ({reason}); open and save it again in Word, "
                         "or save the text as .txt") from None


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [_paragraph_text(p) for p in document.element.body.iter(f"{W}p")]
    notes = []
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") or rel.reltype.endswith("/endnotes"):
            from docx.oxml import parse_xml

            root = parse_xml(rel.target_part.blob)
            for note in root:
                number = note.get(f"{W}id")
                if number is None or int(number) < 1:
                    continue  # separators
                text = " ".join(_paragraph_text(p) for p in note.iter(f"{W}p")).strip()
                if text:
                    notes.append(f"[{number}] {text}")
    return "\n".join(line for line in [*lines, *notes] if line.strip())
