"""Import translation memories and exported alignments back into an ``AlignedCorpus``.

So an existing TM (TMX, TSV/CSV) or a Parallax export can be reviewed in
Parallax. Files Parallax wrote come back bead for bead (ids, n:m sentence splits,
scores, statuses, reasons, notes); foreign files get running sentence ids and
status ``automatic``.

TMX and XLIFF are read through translate-toolkit, like the exports. XML is parsed
defensively: a DOCTYPE that declares entities is refused before the parser sees it,
no entity is expanded, no external DTD or entity is loaded, no network. Files are
held to the same size limit as documents (``PARALLAX_MAX_UPLOAD_MB``), checked
before they are read. Every problem with the file becomes an ``InputError`` with
a one-line message.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TypeVar
from xml.parsers import expat

import pandas as pd
from lxml import etree
from translate.misc.xml_helpers import getXMLlang
from translate.storage.tmx import tmxfile
from translate.storage.xliff import xlifffile, xliffunit

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.decoding import check_size, max_upload_bytes, sniff_binary
from corpora.errors import InputError
from corpora.exporters.common import PREFIX, parse_ids, split_sentences
from corpora.exporters.xliff import STATUS_FOR_STATE
from corpora.language import primary_subtag

NATIVE_CODE_TAGS = frozenset({"bpt", "ept", "it", "ph", "ut"})
LANG_CODE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")

Source = str | os.PathLike[str] | bytes
S = TypeVar("S", tmxfile, xlifffile)


# --------------------------------------------------------------------------- helpers


def _display(source: Source, unnamed: str) -> str:
    return unnamed if isinstance(source, bytes) else Path(source).name


def _read_bytes(source: Source) -> bytes:
    """The file's bytes, refused before reading when over the size limit."""
    limit = max_upload_bytes()
    if isinstance(source, bytes):
        check_size(len(source), limit, "the input")
        return source
    path = Path(source)
    try:
        check_size(path.stat().st_size, limit, path.name)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # a pipe reports no size: never read past the limit
        check_size(len(data), limit, path.name)
        return data
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source} is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None


def _norm_lang(code: str | None) -> str:
    return (code or "").strip().lower().replace("_", "-")


def _float(value: str | None, what: str, name: str) -> float:
    if value is None or str(value).strip() == "":
        return 0.0
    try:
        return float(value)
    except ValueError:
        raise InputError(f"{name}: {what} is not a number ({value!r})") from None


def _ids(value: str | None, what: str, name: str) -> list[int] | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return parse_ids(str(value))
    except ValueError:
        raise InputError(f"{name}: {what} is not a list of sentence numbers ({value!r})") from None


class _Numberer:
    """Running sentence ids for files that do not carry ids of their own."""

    def __init__(self) -> None:
        self.next_source = 0
        self.next_target = 0

    def take(self, side: str, given: list[int] | None, count: int) -> list[int]:
        start = self.next_source if side == "source" else self.next_target
        ids = given if given is not None else list(range(start, start + count))
        end = (max(ids) + 1) if ids else start
        if side == "source":
            self.next_source = max(self.next_source, end)
        else:
            self.next_target = max(self.next_target, end)
        return ids


# --------------------------------------------------------------------------- XML (TMX and XLIFF)
#
# translate-toolkit parses both formats (its parser: no entity resolution, no network) and gives the
# units, their language nodes, notes, context groups and approval. Three things stay by hand: the
# text of a segment (translate-toolkit's ``source``/``target`` keep what native codes such as
# ``<bpt>&lt;b&gt;</bpt>`` contain), TMX ``prop`` elements and the TMX 1.1 ``lang`` attribute (no API
# for either), and XLIFF notes (its note API drops repeated notes and hides who wrote each).


class _RootFound(Exception):
    """Ends the prolog scan at the root element's start tag."""


class _EntityDeclared(Exception):
    """An ``<!ENTITY …>`` declaration stands in the prolog."""


def _declares_entities(name: str) -> InputError:
    return InputError(f"{name} declares XML entities in its DOCTYPE; Parallax refuses to expand entities "
                      "(remove the <!ENTITY …> declarations)")


def _scan_prolog(data: bytes, name: str) -> str | None:
    """The root element's local name, read by expat from the prolog alone.

    Entity declarations are refused here, before lxml (inside translate-toolkit) sees the bytes, so the
    refusal does not rest on translate-toolkit's parser settings. ``None`` when expat cannot read the
    prolog (an encoding it lacks, bytes that are not XML): the parse then reports the problem.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)  # never read an external DTD
    found: list[str] = []

    def start(tag: str, _attributes: object) -> None:
        found.append(tag.rpartition(":")[2])
        raise _RootFound

    def entity(*_declaration: object) -> None:
        raise _EntityDeclared

    parser.StartElementHandler = start
    parser.EntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except _RootFound:
        return found[0]
    except _EntityDeclared:
        raise _declares_entities(name) from None
    except (expat.ExpatError, ValueError, LookupError):  # ValueError: expat lacks multi-byte encodings
        return None
    return None


def _refuse_entities(tree: etree._ElementTree, name: str) -> None:
    """After the parse: entity declarations (when expat could not read the prolog) and references to
    entities declared nowhere in the file (an external DTD, which is never loaded) are refused."""
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise _declares_entities(name)
    if any(isinstance(node, etree._Entity) for node in tree.getroot().iter()):
        raise InputError(f"{name} uses XML entity references; Parallax refuses to expand entities")


def _open_store(store_class: type[S], data: bytes, name: str, kind: str, a_kind: str) -> S:
    """A translate-toolkit store of ``data``, or an ``InputError`` saying in one line what is wrong.

    ``kind``: the root element (``tmx``); ``a_kind``: the format for messages (``a TMX``).
    """
    root = _scan_prolog(data, name)
    if root is not None and root != kind:
        raise InputError(f"{name} is not {a_kind} file (its root element is <{root}>, not <{kind}>)")
    try:
        store = store_class(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:
        line = f" (line {exc.lineno})" if exc.lineno else ""
        message = (exc.msg or str(exc)).splitlines()[0]
        if "entit" in message.lower():  # e.g. libxml2's "Maximum entity amplification factor exceeded"
            raise InputError(f"{name} uses XML entities ({message.split(',')[0]}); Parallax refuses to "
                             "expand entities (remove the <!ENTITY …> declarations)") from None
        raise InputError(f"{name} is not well-formed XML{line}: {message}") from None
    except AssertionError:  # translate-toolkit's check of the root element
        raise InputError(f"{name} is not {a_kind} file (its root element is not <{kind}>)") from None
    except StopIteration:  # an XLIFF without <file>
        raise InputError(f"{name} has no <file>; not a valid XLIFF file") from None
    except ValueError as exc:  # XLIFF 2 (translate-toolkit reads it with another store)
        if "XLIFF 2" in str(exc):
            raise InputError(f"{name} is XLIFF 2, which Parallax does not read; export XLIFF 1.2") from None
        raise InputError(f"{name} is not a valid {kind.upper()} file ({str(exc).splitlines()[0]})") from None
    _refuse_entities(store.document, name)
    return store


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _seg_text(element: etree._Element, codes: frozenset[str] = NATIVE_CODE_TAGS) -> str:
    """Text of a seg without native codes (bpt/ept/it/ph/ut content is markup, not text), comments or
    processing instructions."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and _local(child.tag) not in codes:
            parts.append(_seg_text(child, codes))
        parts.append(child.tail or "")
    return "".join(parts)


def _props(element: etree._Element | None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for prop in element if element is not None else ():
        if _local(prop.tag) == "prop":
            found.setdefault(prop.get("type", ""), []).append(prop.text or "")
    return found


def _first(props: Mapping[str, list[str]], kind: str) -> str | None:
    values = props.get(PREFIX + kind)
    return values[0] if values else None


def _tuv_lang(tuv: etree._Element) -> str:
    return getXMLlang(tuv) or tuv.get("lang") or ""  # ``lang``: TMX 1.1


def _pick_tuv(tuvs: list[etree._Element], lang: str) -> etree._Element | None:
    exact = [t for t in tuvs if _norm_lang(_tuv_lang(t)) == _norm_lang(lang)]
    if exact:
        return exact[0]
    loose = [t for t in tuvs if primary_subtag(lang) == primary_subtag(_tuv_lang(t))]
    return loose[0] if loose else None


def _tmx_languages(
    store: tmxfile, header_props: Mapping[str, list[str]], source_lang: str | None, target_lang: str | None,
    name: str,
) -> tuple[str, str]:
    seen: list[str] = []
    for unit in store.units:
        for tuv in unit.getlanguageNodes():
            lang = _tuv_lang(tuv)
            if lang and lang not in seen:
                seen.append(lang)
    src = source_lang or store.sourcelanguage or ""  # the header's srclang
    if not src or src.strip() == "*all*":
        src = seen[0] if seen else ""
    tgt = target_lang or _first(header_props, "target-lang") or next(
        (lang for lang in seen if primary_subtag(src) != primary_subtag(lang)), ""
    )
    if seen and not src:
        raise InputError(f"{name}: cannot tell the source language; give it explicitly")
    if seen and not tgt:
        raise InputError(f"{name}: every segment is in {src!r}; a TMX needs a second language")
    return src, tgt


def read_tmx(
    source: Source, source_lang: str | None = None, target_lang: str | None = None
) -> AlignedCorpus:
    """Read a TMX file (path or bytes) as an alignment of ``source_lang`` → ``target_lang``.

    Languages default to the header's ``srclang`` and the first other language found.
    """
    name = _display(source, "TMX input")
    store = _open_store(tmxfile, _read_bytes(source), name, "tmx", "a TMX")
    if store.body is None:
        raise InputError(f"{name} has no <body>; not a valid TMX file")
    header_props = _props(store.document.getroot().find("header"))
    src, tgt = _tmx_languages(store, header_props, source_lang, target_lang, name)
    numberer = _Numberer()
    beads: list[AlignedBead] = []
    for position, unit in enumerate(store.units, start=1):
        where = f"{name}, tu {unit.xmlelement.get('tuid') or position}"
        props = _props(unit.xmlelement)
        if _first(props, "unit"):
            continue  # a unit written for a CAT tool's segments (a join, a note), not a bead
        tuvs = unit.getlanguageNodes()
        sides: dict[str, tuple[list[int], list[str]]] = {}
        for side, lang in (("source", src), ("target", tgt)):
            tuv = _pick_tuv(tuvs, lang)
            seg = tuv.find(unit.textNode) if tuv is not None else None
            if seg is None:
                sentences: list[str] = []
                given: list[int] | None = []
            else:
                tuv_props = _props(tuv)
                sentences = split_sentences(_seg_text(seg), _first(tuv_props, "split"))
                given = _ids(_first(tuv_props, "ids"), PREFIX + "ids", where)
            sides[side] = (numberer.take(side, given, len(sentences)), sentences)
        if not sides["source"][1] and not sides["target"][1]:
            continue  # neither language in this unit
        beads.append(
            AlignedBead(
                source_ids=sides["source"][0],
                target_ids=sides["target"][0],
                source=sides["source"][1],
                target=sides["target"][1],
                score=_float(_first(props, "score"), PREFIX + "score", where),
                drift_score=_float(_first(props, "drift-score"), PREFIX + "drift-score", where),
                kinds=(_first(props, "drift-kinds") or "").split(),
                reasons=props.get(PREFIX + "reason", []),
                evidence=props.get(PREFIX + "evidence", []),
                status=_first(props, "status") or "automatic",
                reviewer=_first(props, "reviewer") or "",
                note=unit.getnotes(),
            )
        )
    stem = Path(name).stem if not isinstance(source, bytes) else ""
    return AlignedCorpus(
        source_lang=src,
        target_lang=tgt,
        beads=beads,
        model=_first(header_props, "model") or "",
        name=_first(header_props, "name") or stem,
        source_name=_first(header_props, "source-name") or "",
        target_name=_first(header_props, "target-name") or "",
    )


XLIFF_CODE_TAGS = frozenset({"x", "bx", "ex", "ph", "bpt", "ept", "it"})  # inline codes: markup, not text


def _xliff_text(element: etree._Element | None) -> str:
    """Text of an XLIFF source/target; ``g`` and ``mrk`` keep their text, codes do not."""
    return "" if element is None else _seg_text(element, XLIFF_CODE_TAGS).strip()


def _xliff_status(unit: xliffunit, target: etree._Element | None, contexts: Mapping[str, str]) -> str:
    if contexts.get(PREFIX + "status"):
        return contexts[PREFIX + "status"]
    if target is not None and target.get("state-qualifier") == "rejected-inaccurate":
        return "rejected"
    if unit.isapproved():
        return "confirmed"
    return STATUS_FOR_STATE.get(target.get("state", "") if target is not None else "", "automatic")


def read_xliff(
    source: Source, source_lang: str | None = None, target_lang: str | None = None
) -> AlignedCorpus:
    """Read an XLIFF 1.2 file (path or bytes): one bead per ``trans-unit``; Parallax's own files come
    back with their statuses, scores, sentence ids, reasons and notes."""
    name = _display(source, "XLIFF input")
    store = _open_store(xlifffile, _read_bytes(source), name, "xliff", "an XLIFF")
    src = source_lang or store.getsourcelanguage() or ""
    tgt = target_lang or store.gettargetlanguage() or ""
    numberer = _Numberer()
    beads: list[AlignedBead] = []
    for position, unit in enumerate(store.units, start=1):
        where = f"{name}, trans-unit {unit.xmlelement.get('id') or position}"
        target = unit.getlanguageNode(index=1)
        texts = {"source": _xliff_text(unit.getlanguageNode(index=0)), "target": _xliff_text(target)}
        if not texts["source"] and not texts["target"]:
            continue
        contexts = {kind: (text or "").strip() for group in unit.getcontextgroups("parallax")
                    for kind, text in group}
        ids = {}
        for side in ("source", "target"):
            sentences = [texts[side]] if texts[side] else []
            given = _ids(contexts.get(f"{PREFIX}{side}-ids"), f"{PREFIX}{side}-ids", where)
            ids[side] = numberer.take(side, given, len(sentences))  # n sentences joined: ids say which
        notes = [(note.get("from", ""), _seg_text(note, frozenset()))
                 for note in unit.xmlelement.iterchildren(store.namespaced("note"))]
        reviewer_notes = [(who, text) for who, text in notes if who != "parallax"]
        beads.append(AlignedBead(
            source_ids=ids["source"], target_ids=ids["target"],
            source=[texts["source"]] if texts["source"] else [],
            target=[texts["target"]] if texts["target"] else [],
            score=_float(contexts.get(PREFIX + "score"), PREFIX + "score", where),
            drift_score=_float(contexts.get(PREFIX + "drift-score"), PREFIX + "drift-score", where),
            kinds=(contexts.get(PREFIX + "drift-kinds") or "").split(),
            reasons=[text for who, text in notes if who == "parallax"],
            status=_xliff_status(unit, target, contexts),
            reviewer=reviewer_notes[0][0] if reviewer_notes and reviewer_notes[0][0] != "reviewer" else "",
            note="\n".join(text for _, text in reviewer_notes),
        ))
    if beads and (not src or not tgt):
        raise InputError(f"{name}: the file does not say its languages; give them explicitly")
    stem = Path(name).stem if not isinstance(source, bytes) else ""
    return AlignedCorpus(source_lang=src, target_lang=tgt, beads=beads, name=stem)


# --------------------------------------------------------------------------- TSV / CSV


def _sniff_sep(data: bytes, name: str) -> str:
    lower = name.lower()
    if lower.endswith((".tsv", ".tab")):
        return "\t"
    if lower.endswith(".csv"):
        return ","
    first_line = data.split(b"\n", 1)[0]
    return "\t" if b"\t" in first_line else ","


def _text_list(value: str) -> list[str]:
    """Reasons/evidence cells: a JSON list as Parallax writes them, else one item per `` | ``."""
    value = value.strip()
    if not value:
        return []
    if value.startswith("["):
        try:
            items = json.loads(value)
        except json.JSONDecodeError:
            items = None
        if isinstance(items, list):
            return [str(item) for item in items]
    return [part.strip() for part in value.split(" | ") if part.strip()]


def read_table(
    source: Source,
    source_lang: str | None = None,
    target_lang: str | None = None,
    sep: str | None = None,
) -> AlignedCorpus:
    """Read a TSV/CSV alignment: Parallax's own columns, or any two-column table whose header
    names the languages (``en<TAB>fr``) or says ``source``/``target``."""
    name = _display(source, "table input")
    data = _read_bytes(source)
    sep = sep or _sniff_sep(data, name)
    try:
        frame = pd.read_csv(
            io.BytesIO(data), sep=sep, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8"
        )
    except pd.errors.EmptyDataError:
        raise InputError(f"{name} is empty") from None
    except UnicodeDecodeError:
        what = sniff_binary(data) or ("a binary file" if b"\x00" in data[:8192] else "not UTF-8 text")
        raise InputError(f"{name}: this is {what}, not a UTF-8 table; save it as UTF-8 TSV or CSV") from None
    except (pd.errors.ParserError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        kind = "TSV" if sep == "\t" else "CSV"
        raise InputError(f"{name} is not a readable {kind} table: {first}") from None
    columns = [str(c) for c in frame.columns]
    if "source" in columns and "target" in columns:
        source_col, target_col = "source", "target"
    elif len(columns) == 2 and all(LANG_CODE.match(c) for c in columns):
        source_col, target_col = columns
        source_lang = source_lang or source_col
        target_lang = target_lang or target_col
    else:
        raise InputError(
            f"{name}: expected columns 'source' and 'target' (or two columns named by language, "
            f"e.g. en and fr); found {', '.join(columns[:6])}"
        )

    def cell(row: Mapping[str, str], column: str) -> str:
        return str(row.get(column, "") or "")

    records = frame.to_dict("records")
    first = records[0] if records else {}
    src = source_lang or cell(first, "source_lang")
    tgt = target_lang or cell(first, "target_lang")
    numberer = _Numberer()
    beads = []
    for number, row in enumerate(records, start=2):  # line 1 is the header
        where = f"{name}, line {number}"
        src_sentences = split_sentences(cell(row, source_col), cell(row, "source_split"))
        tgt_sentences = split_sentences(cell(row, target_col), cell(row, "target_split"))
        if not src_sentences and not tgt_sentences:
            continue
        src_ids = _ids(row.get("source_ids"), "source_ids", where)
        tgt_ids = _ids(row.get("target_ids"), "target_ids", where)
        beads.append(
            AlignedBead(
                source_ids=numberer.take("source", src_ids, len(src_sentences)),
                target_ids=numberer.take("target", tgt_ids, len(tgt_sentences)),
                source=src_sentences,
                target=tgt_sentences,
                score=_float(row.get("score"), "score", where),
                drift_score=_float(row.get("drift_score"), "drift_score", where),
                kinds=[k for k in cell(row, "kinds").replace(",", ";").split(";") if k.strip()],
                reasons=_text_list(cell(row, "reasons")),
                evidence=_text_list(cell(row, "evidence")),
                status=cell(row, "status") or "automatic",
                reviewer=cell(row, "reviewer"),
                note=cell(row, "note"),
            )
        )
    stem = Path(name).stem if not isinstance(source, bytes) else ""
    return AlignedCorpus(
        source_lang=src, target_lang=tgt, beads=beads, model=cell(first, "model"), name=stem
    )


# --------------------------------------------------------------------------- JSON / JSONL


def _as_sentences(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]


def _strings(value: object) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    out = []
    for item in value:  # type: ignore[union-attr]
        if isinstance(item, Mapping):
            out.append("; ".join(f"{k}: {v}" for k, v in item.items()))
        else:
            out.append(str(item))
    return out


def _signal_evidence(signals: object) -> list[str]:
    """Evidence lines from ``parallax drift --json`` signals (their source/target evidence texts)."""
    lines = []
    for signal in signals or []:  # type: ignore[union-attr]
        if not isinstance(signal, Mapping):
            continue
        parts = [
            f"{side} «{item.get('text', '')}»"
            for side in ("source", "target")
            for item in signal.get(f"{side}_evidence", []) or []
            if isinstance(item, Mapping) and item.get("text")
        ]
        if parts:
            lines.append(f"{signal.get('kind', 'drift')}: " + " / ".join(parts))
    return lines


def bead_from_dict(record: Mapping[str, object], where: str = "JSON") -> AlignedBead:
    """One bead from the JSON that ``parallax align/drift --json`` print or a JSONL export line."""
    source = _as_sentences(record.get("source", record.get("source_text")))
    target = _as_sentences(record.get("target", record.get("target_text")))
    drift = record.get("drift")
    drift_score = record.get("drift_score", drift if isinstance(drift, int | float) else 0.0)
    try:
        return AlignedBead(
            source_ids=[int(i) for i in record.get("source_ids", []) or []],  # type: ignore[union-attr]
            target_ids=[int(i) for i in record.get("target_ids", []) or []],  # type: ignore[union-attr]
            source=source,
            target=target,
            score=float(record.get("score", 0.0) or 0.0),  # type: ignore[arg-type]
            drift_score=float(drift_score or 0.0),  # type: ignore[arg-type]
            kinds=_strings(record.get("kinds")),
            reasons=_strings(record.get("reasons")),
            evidence=_strings(record.get("evidence")) or _signal_evidence(record.get("signals")),
            status=str(record.get("status") or "automatic"),
            reviewer=str(record.get("reviewer") or ""),
            note=str(record.get("note") or ""),
        )
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where}: a bead has a malformed field ({exc})") from None


def _lang_of(data: Mapping[str, object], side: str) -> str:
    direct = data.get(f"{side}_lang")
    if direct:
        return str(direct)
    nested = data.get(side)
    if isinstance(nested, Mapping):
        return str(nested.get("lang") or nested.get("language") or "")
    return ""


def corpus_from_json(data: object, name: str = "JSON") -> AlignedCorpus:
    """An ``AlignedCorpus`` from align/drift JSON (``{"beads": [...], "source_lang": ...}``)
    or from a list of bead records (JSONL lines)."""
    if isinstance(data, list):
        records: Iterable[object] = data
        meta: Mapping[str, object] = data[0] if data and isinstance(data[0], Mapping) else {}
    elif isinstance(data, Mapping) and isinstance(data.get("beads"), list):
        records, meta = data["beads"], data  # type: ignore[assignment]
    else:
        raise InputError(f"{name}: expected an alignment JSON object with a 'beads' list")
    beads = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):
            raise InputError(f"{name}: bead {number} is not a JSON object")
        beads.append(bead_from_dict(record, f"{name}, bead {number}"))
    model = meta.get("model", "")
    if isinstance(model, Mapping):
        model = model.get("name", "")
    return AlignedCorpus(
        source_lang=_lang_of(meta, "source"),
        target_lang=_lang_of(meta, "target"),
        beads=beads,
        model=str(model or ""),
        name=str(meta.get("name", "") or ""),
        source_name=str(meta.get("source_name", "") or ""),
        target_name=str(meta.get("target_name", "") or ""),
    )


def read_json(source: Source) -> AlignedCorpus:
    """Read align/drift ``--json`` output (one document) or a JSONL export (one bead a line)."""
    name = _display(source, "JSON input")
    text = _read_bytes(source).decode("utf-8", errors="strict").lstrip("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as whole_error:
        lines = [line for line in text.splitlines() if line.strip()]
        try:
            data = [json.loads(line) for line in lines]
        except json.JSONDecodeError:
            raise InputError(
                f"{name} is neither JSON nor JSON Lines ({whole_error.msg}, line {whole_error.lineno})"
            ) from None
    corpus = corpus_from_json(data, name)
    if not corpus.name and not isinstance(source, bytes):
        corpus.name = Path(name).stem
    return corpus


# --------------------------------------------------------------------------- dispatch

IMPORTERS = {".tmx": read_tmx, ".xlf": read_xliff, ".xliff": read_xliff, ".tsv": read_table,
             ".tab": read_table, ".csv": read_table, ".json": read_json, ".jsonl": read_json,
             ".ndjson": read_json}


def read_alignment(
    path: str | os.PathLike[str], source_lang: str | None = None, target_lang: str | None = None
) -> AlignedCorpus:
    """Read any supported alignment file, chosen by extension (.tmx, .xlf, .tsv, .csv, .json, .jsonl)."""
    suffix = Path(path).suffix.lower()
    reader = IMPORTERS.get(suffix)
    if reader is None:
        raise InputError(f"{path}: cannot import {suffix or 'files without an extension'}; "
                         f"use one of {', '.join(sorted(IMPORTERS))}")
    if reader is read_json:
        corpus = read_json(path)
        corpus.source_lang = source_lang or corpus.source_lang
        corpus.target_lang = target_lang or corpus.target_lang
        return corpus
    return reader(path, source_lang, target_lang)
