"""TMX 1.4b export through translate-toolkit's ``tmxfile``, with Parallax's review data in props.

translate-toolkit builds the document, the units and the ``tuv``/``seg`` pairs;
what it has no API for (header values of our own, ``prop`` elements, dropping the
empty side of a 0:1 bead) is set on its lxml tree afterwards. The result is valid
against ``corpora/schemas/tmx14b.dtd``.

Props (TMX reserves the ``x-`` prefix for user-defined types):

- header: ``x-parallax-model``, ``x-parallax-name``, ``x-parallax-source-name``,
  ``x-parallax-target-name``, ``x-parallax-target-lang``
- ``tu``: ``x-parallax-status``, ``x-parallax-score``, ``x-parallax-drift-score``,
  ``x-parallax-drift-kinds`` (space-separated), ``x-parallax-reason`` and
  ``x-parallax-evidence`` (one prop each), ``x-parallax-reviewer``, ``x-parallax-model``;
  the reviewer's note is the ``tu``'s ``note``
- ``tuv``: ``x-parallax-ids`` (sentence indices) and, for n:m beads whose sentences
  are joined into one ``seg``, ``x-parallax-split`` (the sentence lengths)
"""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, datetime

from lxml import etree
from translate.misc.xml_helpers import safely_set_text
from translate.storage.tmx import tmxfile

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.errors import InputError
from corpora.exporters.cat_units import CatUnit, joined_units, paragraph_units, split_units
from corpora.exporters.common import (
    PREFIX,
    Target,
    emit,
    format_ids,
    join_sentences,
    pair_number,
    sentence_lengths,
    tool_version,
)
from corpora.exporters.filters import ONE_SIDED_SOURCE, ExportFilter, select_beads
from corpora.exporters.raw import segment_sentences
from corpora.text_safety import xml_safe_corpus

EMPTY_DEFAULT = ONE_SIDED_SOURCE
"""A 1:0 bead (untranslated sentence) is a ``tu`` with its source ``tuv`` only, which TMX 1.4b allows
(``tuv+``) and OmegaT loads without a word (it pairs the source with no translation). A 0:1 bead
is left out unless the filter asks (``empty``): OmegaT counts a ``tu`` without a source ``tuv``
as "source not found" and warns."""
KEEPS_REJECTED = False
SEGTYPES = ("sentence", "paragraph")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _prop(parent: etree._Element, kind: str, value: str, before: etree._Element | None) -> None:
    prop = etree.Element("prop", type=PREFIX + kind)
    safely_set_text(prop, value)
    if before is None:
        parent.append(prop)
    else:
        before.addprevious(prop)


def _score(value: float) -> str:
    return repr(float(value))


def _set_header(store: tmxfile, corpus: AlignedCorpus, segtype: str) -> None:
    header = store.document.getroot().find("header")
    header.set("creationtool", "Parallax")
    header.set("creationtoolversion", tool_version())
    header.set("segtype", segtype)
    header.set("o-tmf", "Parallax")
    header.set("adminlang", "en")
    header.set("srclang", corpus.source_lang)
    header.set("datatype", "plaintext")
    header.set("creationdate", datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
    for kind, value in (
        ("target-lang", corpus.target_lang),
        ("model", corpus.model),
        ("name", corpus.name),
        ("source-name", corpus.source_name),
        ("target-name", corpus.target_name),
    ):
        if value:
            _prop(header, kind, value, None)


def _tuv_for(unit_element: etree._Element, lang: str) -> etree._Element | None:
    for tuv in unit_element.iterchildren("tuv"):
        if tuv.get(XML_LANG) == lang:
            return tuv
    return None


def _annotate(unit_element: etree._Element, index: int, bead: AlignedBead, corpus: AlignedCorpus) -> None:
    unit_element.set("tuid", str(pair_number(index)))
    first_tuv = unit_element.find("tuv")
    tu_props: list[tuple[str, str]] = [
        ("status", bead.status),
        ("score", _score(bead.score)),
        ("drift-score", _score(bead.drift_score)),
    ]
    if bead.kinds:
        tu_props.append(("drift-kinds", " ".join(bead.kinds)))
    tu_props += [("reason", reason) for reason in bead.reasons]
    tu_props += [("evidence", item) for item in bead.evidence]
    if bead.reviewer:
        tu_props.append(("reviewer", bead.reviewer))
    if corpus.model:
        tu_props.append(("model", corpus.model))
    for kind, value in tu_props:
        _prop(unit_element, kind, value, first_tuv)
    if bead.note:
        note = etree.Element("note")
        safely_set_text(note, bead.note)
        unit_element.insert(0, note)
    for lang, ids, sentences in (
        (corpus.source_lang, bead.source_ids, segment_sentences(bead, "source")),
        (corpus.target_lang, bead.target_ids, segment_sentences(bead, "target")),
    ):
        tuv = _tuv_for(unit_element, lang)
        if tuv is None:
            continue
        if not sentences:  # the empty side of an omission or addition: no tuv at all
            unit_element.remove(tuv)
            continue
        seg = tuv.find("seg")
        _prop(tuv, "ids", format_ids(ids), seg)
        split = sentence_lengths(sentences)
        if split:
            _prop(tuv, "split", split, seg)


def _add_unit(store: tmxfile, corpus: AlignedCorpus, unit: CatUnit, number: int) -> None:
    """A unit that is not one bead, tagged with its kind (an import skips it)."""
    tu = store.addsourceunit(unit.source, corpus.source_lang)
    tu.settarget(unit.target, corpus.target_lang, append=True)
    element = tu.xmlelement
    element.set("tuid", f"{unit.kind}-{number}")
    if unit.kind != "paragraph":  # a paragraph TMX is read back with a bead per paragraph pair
        _prop(element, "unit", unit.kind, element.find("tuv"))
    for lang, text in ((corpus.source_lang, unit.source), (corpus.target_lang, unit.target)):
        tuv = _tuv_for(element, lang)
        if tuv is not None and not text:
            element.remove(tuv)


def build_tmx(corpus: AlignedCorpus, flt: ExportFilter | None = None, segtype: str = "sentence") -> tmxfile:
    """The translate-toolkit store for the selected beads (exposed for tests and callers that
    want to add to it). ``segtype`` "sentence" writes a unit per bead, then the units a CAT tool's
    own segments need (``corpora.exporters.cat_units``); "paragraph" a unit per paragraph pair."""
    if segtype not in SEGTYPES:
        raise InputError(f"unknown TMX segtype {segtype!r}; use one of {', '.join(SEGTYPES)}")
    corpus = xml_safe_corpus(corpus)
    if corpus.source_lang == corpus.target_lang:
        raise InputError(
            f"TMX needs two different languages; source and target are both {corpus.source_lang!r}"
        )
    if not corpus.source_lang or not corpus.target_lang:
        raise InputError("TMX needs the source and target languages; set them (e.g. --source-lang en)")
    store = tmxfile(sourcelanguage=corpus.source_lang, targetlanguage=corpus.target_lang)
    _set_header(store, corpus, segtype)
    selected = select_beads(corpus, flt, EMPTY_DEFAULT, KEEPS_REJECTED)
    notes = select_beads(dataclasses.replace(corpus, beads=corpus.notes), flt, EMPTY_DEFAULT, KEEPS_REJECTED)
    if segtype == "paragraph":
        units = paragraph_units([b for _, b in selected]) + paragraph_units([b for _, b in notes])
    else:
        for index, bead in selected:
            unit = store.addsourceunit(join_sentences(segment_sentences(bead, "source")), corpus.source_lang)
            unit.settarget(join_sentences(segment_sentences(bead, "target")), corpus.target_lang, append=True)
            _annotate(unit.xmlelement, index, bead, corpus)
        units = joined_units(selected) + split_units(selected)
        units += [CatUnit("footnote", join_sentences(segment_sentences(b, "source")),
                          join_sentences(segment_sentences(b, "target"))) for _, b in notes]
    for number, unit in enumerate(units, start=1):
        _add_unit(store, corpus, unit, number)
    return store


def write_tmx(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None = None) -> None:
    """Write a sentence-level TMX 1.4b translation memory of the selected beads."""
    buffer = io.BytesIO()
    build_tmx(corpus, flt).serialize(buffer)
    emit(buffer.getvalue(), target)


def write_paragraph_tmx(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None = None) -> None:
    """Write a paragraph-level TMX 1.4b (``segtype="paragraph"``): one unit per paragraph pair."""
    buffer = io.BytesIO()
    build_tmx(corpus, flt, "paragraph").serialize(buffer)
    emit(buffer.getvalue(), target)
