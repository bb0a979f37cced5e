"""Termbase files: TBX (through translate-toolkit) and CSV, read and written as plain records.

A record is one concept: its terms per language (several allowed) and a note. TBX is read like the
translation memories (``corpora.import_tm``: size limit first, no entity expanded, no DTD loaded,
every problem one line). CSV has one column per language, named by its code in the header row
(``en,fr,ru``; a ``note`` column is optional); several terms of one language share a cell,
separated by `` | ``. Cells a spreadsheet would run as formulas are written with a leading ``'``
and read back without it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from corpora.errors import InputError
from corpora.import_tm import LANG_CODE, Source, _display, _open_store, _read_bytes, _scan_prolog
from corpora.text_safety import FORMULA_STARTS, spreadsheet_safe, xml_safe

FORMATS = ("tbx", "csv")
SEPARATOR = "|"
NOTE_COLUMN = "note"


@dataclass(frozen=True)
class TermRecord:
    """One concept of a termbase file: {language: terms} and a note."""

    terms: Mapping[str, list[str]]
    note: str = ""


def term_format(name: str) -> str:
    """``tbx`` or ``csv`` from a file name; ``InputError`` for any other ending."""
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(f"{name}: a termbase file must end in .tbx or .csv")
    return suffix


def read_terms(source: Source, name: str | None = None) -> list[TermRecord]:
    """The records of a TBX or CSV file (a path, or bytes with their file ``name``)."""
    label = name or _display(source, "the termbase file")
    kind = term_format(label)
    data = _read_bytes(source)
    records = _read_tbx(data, label) if kind == "tbx" else _read_csv(data, label)
    if not records:
        raise InputError(f"{label} holds no terms")
    return records


def terms_bytes(records: Iterable[TermRecord], kind: str) -> bytes:
    """The records as a ``tbx`` or ``csv`` file."""
    records = list(records)
    return _tbx_bytes(records) if kind == "tbx" else _csv_bytes(records)


# --------------------------------------------------------------------------- TBX

def _read_tbx(data: bytes, name: str) -> list[TermRecord]:
    from translate.misc.xml_helpers import getXMLlang
    from translate.storage.tbx import tbxfile

    if _scan_prolog(data, name) == "tbx":
        raise InputError(f"{name} is TBX 3 (root <tbx>), which Parallax does not read; save it as TBX 2 "
                         "(root <martif>) or CSV")
    store = _open_store(tbxfile, data, name, "martif", "a TBX")
    records = []
    for unit in store.units:
        terms: dict[str, list[str]] = {}
        for node in unit.getlanguageNodes():
            lang = getXMLlang(node) or ""
            if not LANG_CODE.match(lang):
                raise InputError(f"{name}: a <langSet> has no usable xml:lang ({lang!r})")
            terms.setdefault(lang, []).extend(t.text for t in unit.get_target_terms(lang) if t.text)
        if any(terms.values()):
            records.append(TermRecord(terms, " ".join(unit.getnotes().split())))
    return records


def _tbx_bytes(records: list[TermRecord]) -> bytes:
    from translate.storage.tbx import tbxfile

    first = next((lang for r in records for lang in r.terms), "en")
    store = tbxfile(sourcelanguage=first)
    for record in records:
        langs = [lang for lang, terms in record.terms.items() if terms]
        if not langs:
            continue
        unit = store.addsourceunit(xml_safe(record.terms[langs[0]][0]))
        unit.set_source_terms([xml_safe(t) for t in record.terms[langs[0]]], langs[0])
        for lang in langs[1:]:
            unit.set_target_terms([xml_safe(t) for t in record.terms[lang]], lang)
        if record.note:
            unit.addnote(xml_safe(record.note))
    return bytes(store)


# --------------------------------------------------------------------------- CSV

def _read_csv(data: bytes, name: str) -> list[TermRecord]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 text; save the CSV as UTF-8") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise InputError(f"{name} holds no terms")
    header = [c.strip() for c in rows[0]]
    langs = [c for c in header if c.lower() != NOTE_COLUMN]
    bad = [c for c in langs if not LANG_CODE.match(c)]
    if bad or len(langs) < 2:
        raise InputError(f"{name}: the first row must name a language per column (e.g. en,fr,ru,note); "
                         f"it has {', '.join(map(repr, header[:6]))}")
    records = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) > len(header):
            raise InputError(f"{name}, line {line}: {len(row)} cells under {len(header)} column names")
        terms: dict[str, list[str]] = {}
        note = ""
        for column, cell in zip(header, row, strict=False):
            cell = _unescape(cell.strip())
            if column.lower() == NOTE_COLUMN:
                note = cell
            elif cell:
                terms[column] = [t.strip() for t in cell.split(SEPARATOR) if t.strip()]
        if terms:
            records.append(TermRecord(terms, note))
    return records


def _unescape(cell: str) -> str:
    """A cell written as ``'=…`` (kept from running as a formula) back as ``=…``."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def _csv_bytes(records: list[TermRecord]) -> bytes:
    langs = list(dict.fromkeys(lang for r in records for lang in r.terms))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*langs, NOTE_COLUMN])
    for r in records:
        cells = [f" {SEPARATOR} ".join(r.terms.get(lang, ())) for lang in langs] + [r.note]
        writer.writerow([spreadsheet_safe(c) for c in cells])
    return out.getvalue().encode("utf-8")
