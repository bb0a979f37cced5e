"""The paragraphs of a .docx file (python-docx), with its footnotes as "[n]" markers and list.

A .docx is a zip archive, so we look at the archive's table of contents before
opening it: too many members, too much unpacked data or an absurd compression
ratio means a zip bomb, refused without unpacking anything. Word never writes a
DOCTYPE in its XML parts, so one that has it (entity tricks: billion laughs, a
local file pulled in as an external entity) is refused before it is parsed; the
parser itself expands no entities either.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from corpora.errors import InputError

MAX_MEMBERS = 2000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # unpacked/packed size of one member; text XML compresses about 5-20x
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes, name: str) -> None:
    """Refuse a damaged archive, a zip bomb, or a zip that is not a Word document."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(
            f"{name}: not a valid .docx (the zip archive is damaged); open and save it again in Word"
        ) from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(
            f"{name}: the .docx has {len(members)} parts (limit {MAX_MEMBERS}); not a normal Word document"
        )
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_BYTES:
        raise InputError(f"{name}: the .docx unpacks to {total / 1048576:.0f} MB (limit "
                         f"{MAX_UNPACKED_BYTES / 1048576:.0f} MB); save the text alone as .docx or .txt")
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            ratio = member.file_size // max(member.compress_size, 1)
            raise InputError(
                f"{name}: part {member.filename} of the .docx is compressed {ratio}:1 (limit {MAX_RATIO}:1), "
                "which is how zip bombs look; the file is refused"
            )
    if "word/document.xml" not in archive.namelist():
        raise InputError(f"{name}: this zip archive is not a Word document (no word/document.xml)")
    for member in members:
        if member.filename.endswith((".xml", ".rels")):
            try:
                with archive.open(member) as part:
                    head = part.read(4096)  # the prolog, where a DOCTYPE would be
            except (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError, OSError):
                raise InputError(f"{name}: part {member.filename} of the .docx cannot be unpacked (damaged "
                                 "or encrypted); open and save it again in Word") from None
            if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                raise InputError(f"{name}: part {member.filename} of the .docx declares a DOCTYPE or XML "
                                 "entities, which Word never writes; the file is refused")


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


def docx_to_text(data: bytes, name: str) -> str:
    """Body paragraphs (tables included, in order), then the footnote list."""
    check_zip(data, name)
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
