"""XLIFF 1.2 export through translate-toolkit, review status mapped to XLIFF states.

translate-toolkit writes XLIFF 1.1 by default; a subclass gives its store the 1.2
namespace and version, and the units, targets, states and notes are set through
its API. One ``trans-unit`` per bead (n:m sentences joined by a space).

Status mapping (``target/@state``, ``trans-unit/@approved``):

============  ===========================  ========  ==================================
Parallax      state                        approved  extra
============  ===========================  ========  ==================================
confirmed     final                        yes
edited        translated                   no        reviewer changed it, not signed off
automatic     needs-review-translation     no        machine alignment, never reviewed
rejected      (never written)
omission      needs-translation            no        reviewer: the target text lacks it
addition      needs-review-translation     no        reviewer: the target adds it
(other)       needs-review-translation     no
============  ===========================  ========  ==================================

A 1:0 bead (an untranslated source sentence) has an empty ``target`` with state
``needs-translation`` whatever its status; 0:1 beads are left out unless the filter asks.

Every unit also carries a ``context-group name="parallax"`` with the Parallax
status, score, drift score, drift kinds and sentence ids (context types ``x-…``),
a ``note from="parallax"`` per drift reason, and the reviewer's note as a
``note from=<reviewer>``.
"""

from __future__ import annotations

import io

from lxml import etree
from translate.storage import xliff

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.exporters.common import PREFIX, Target, emit, format_ids, join_sentences, pair_number
from corpora.exporters.filters import ONE_SIDED_SOURCE, ExportFilter, one_sided_side, select_beads
from corpora.exporters.raw import segment_sentences
from corpora.text_safety import xml_safe_corpus

EMPTY_DEFAULT = ONE_SIDED_SOURCE
"""A 1:0 bead (untranslated sentence) is a ``trans-unit`` whose ``target`` is empty with state
``needs-translation``; a 0:1 bead (text the translation added, nothing to translate) is left out
unless the filter asks (``empty``)."""
KEEPS_REJECTED = False
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"

STATE_FOR_STATUS: dict[str, str] = {
    "confirmed": "final",
    "edited": "translated",
    "automatic": "needs-review-translation",
    "rejected": "needs-translation",
    "omission": "needs-translation",
    "addition": "needs-review-translation",
}
DEFAULT_STATE = "needs-review-translation"
STATUS_FOR_STATE: dict[str, str] = {"final": "confirmed", "signed-off": "confirmed", "translated": "edited"}
"""The way back, for files without Parallax's own status: any other state reads as automatic."""


def _skeleton() -> str:
    root = etree.Element("xliff", nsmap={None: XLIFF12_NS}, version="1.2")
    etree.SubElement(
        root, f"{{{XLIFF12_NS}}}file", original="NoName", datatype="plaintext"
    ).attrib["source-language"] = "en"
    etree.SubElement(root[0], f"{{{XLIFF12_NS}}}body")
    return etree.tostring(root, encoding="unicode")


class Xliff12Unit(xliff.xliffunit):
    """translate-toolkit's XLIFF unit in the 1.2 namespace."""

    namespace = XLIFF12_NS


class Xliff12File(xliff.xlifffile):
    """translate-toolkit's XLIFF store writing version 1.2."""

    UnitClass = Xliff12Unit
    namespace = XLIFF12_NS
    XMLskeleton = _skeleton()


def xliff_state(status: str) -> str:
    """The XLIFF 1.2 ``state`` for a Parallax review status (table above)."""
    return STATE_FOR_STATUS.get(status, DEFAULT_STATE)


def _contexts(bead: AlignedBead) -> list[tuple[str, str]]:
    contexts = [
        (PREFIX + "status", bead.status),
        (PREFIX + "score", repr(float(bead.score))),
        (PREFIX + "drift-score", repr(float(bead.drift_score))),
        (PREFIX + "source-ids", format_ids(bead.source_ids)),
        (PREFIX + "target-ids", format_ids(bead.target_ids)),
    ]
    if bead.kinds:
        contexts.append((PREFIX + "drift-kinds", " ".join(bead.kinds)))
    return [(kind, text) for kind, text in contexts if text]


def build_xliff(corpus: AlignedCorpus, flt: ExportFilter | None = None) -> Xliff12File:
    """The translate-toolkit store for the selected beads."""
    corpus = xml_safe_corpus(corpus)
    store = Xliff12File(sourcelanguage=corpus.source_lang, targetlanguage=corpus.target_lang)
    filename = corpus.name or corpus.source_name or "parallax"
    for index, bead in select_beads(corpus, flt, EMPTY_DEFAULT, KEEPS_REJECTED):
        unit = store.addsourceunit(join_sentences(segment_sentences(bead, "source")), filename=filename,
                                   createifmissing=True)
        unit.setid(f"b{pair_number(index)}")
        unit.settarget(join_sentences(segment_sentences(bead, "target")), lang=corpus.target_lang)
        untranslated = one_sided_side(bead) == "source"
        state = "needs-translation" if untranslated else xliff_state(bead.status)
        unit.set_state_n(unit.statemap[state])
        unit.xmlelement.set("approved", "yes" if bead.status == "confirmed" and not untranslated else "no")
        unit.createcontextgroup("parallax", _contexts(bead), purpose="information")
        for reason in bead.reasons:
            unit.addnote(reason, origin="parallax")
        if bead.note:
            unit.addnote(bead.note, origin=bead.reviewer or "reviewer")
    for filenode in store.document.getroot().iterchildren(store.namespaced("file")):
        filenode.set("target-language", corpus.target_lang)
    return store


def write_xliff(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None = None) -> None:
    """Write an XLIFF 1.2 file of the selected beads, one trans-unit per bead."""
    buffer = io.BytesIO()
    build_xliff(corpus, flt).serialize(buffer)
    emit(buffer.getvalue(), target)
