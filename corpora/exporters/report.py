"""The drift report: an HTML page and a CSV of flagged beads with reasons and evidence.

The page is built as an element tree (``lxml.html.builder``) and serialised by
lxml, so every piece of document text is escaped character data: a sentence that
reads ``<script>`` shows as text, never runs. A bead is flagged when the drift
stage gave it a kind or a reason. Two more lists follow, whatever the flags: the one-sided
beads (a source sentence left untranslated, a sentence the translation added), which a CAT
tool's memory cannot pair, and the pairs a reviewer rejected, which TMX, XLIFF and Moses never
write.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import pandas as pd
from lxml import etree
from lxml.html import builder as E

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.exporters.common import (
    Target,
    emit,
    format_ids,
    join_sentences,
    pair_number,
    sentence_numbers,
    tool_version,
)
from corpora.exporters.filters import ExportFilter, one_sided_side, select_beads
from corpora.text_safety import spreadsheet_safe, xml_safe_corpus

EMPTY_DEFAULT = True
CSV_COLUMNS = [
    "bead", "drift_score", "kinds", "reasons", "evidence", "source_ids", "source",
    "target_ids", "target", "score", "status", "reviewer", "note",
]

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.4em; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
td.text { width: 28%; white-space: pre-wrap; }
.kind { display: inline-block; background: #fde2c8; border-radius: 3px; padding: 0 0.3em; margin: 1px; }
.muted { color: #777; }
"""


def flagged(corpus: AlignedCorpus, flt: ExportFilter | None = None) -> list[tuple[int, AlignedBead]]:
    """The selected beads that carry a drift kind or reason, in document order."""
    return [(i, b) for i, b in select_beads(corpus, flt, EMPTY_DEFAULT) if b.kinds or b.reasons]


def _list(items: list[str]) -> etree._Element:
    return E.UL(*[E.LI(item) for item in items]) if items else E.SPAN("—", E.CLASS("muted"))


def _text_cell(ids: list[int], sentences: list[str]) -> etree._Element:
    if not sentences:
        return E.TD(E.SPAN("(nothing on this side)", E.CLASS("muted")), E.CLASS("text"))
    return E.TD(E.SPAN(f"{sentence_numbers(ids)}: ", E.CLASS("muted")), join_sentences(sentences),
                E.CLASS("text"))


ONE_SIDED_LABEL = {"source": "untranslated (1:0)", "target": "added (0:1)"}


def _side_table(title: str, empty: str, beads: list[tuple[int, AlignedBead]], corpus: AlignedCorpus,
                first: str, cell: Callable[[AlignedBead], str]) -> list[etree._Element]:
    """A heading and a table of beads with both texts (or a line saying there are none)."""
    header = E.TR(*[E.TH(h) for h in (
        "bead", first, f"source ({corpus.source_lang})", f"target ({corpus.target_lang})", "status", "note")])
    rows = [E.TR(E.TD(str(pair_number(index))), E.TD(cell(bead)), _text_cell(bead.source_ids, bead.source),
                 _text_cell(bead.target_ids, bead.target),
                 E.TD(bead.status + (f" ({bead.reviewer})" if bead.reviewer else "")), E.TD(bead.note))
            for index, bead in beads]
    return [E.H2(title), E.TABLE(header, *rows) if rows else E.P(empty)]


def build_report(corpus: AlignedCorpus, flt: ExportFilter | None = None) -> etree._Element:
    """The report page as an lxml element."""
    corpus = xml_safe_corpus(corpus)
    rows = flagged(corpus, flt)
    selected = select_beads(corpus, flt, EMPTY_DEFAULT)
    total = len(selected)
    one_sided = [(i, b) for i, b in selected if one_sided_side(b)]
    rejected = [(i, b) for i, b in selected if b.status == "rejected"]
    counts = Counter(kind for _, bead in rows for kind in bead.kinds)
    title = f"Drift report — {corpus.name or 'alignment'} ({corpus.source_lang} → {corpus.target_lang})"
    summary = E.P(
        f"{len(rows)} of {total} beads flagged. Model: {corpus.model or 'unknown'}. "
        f"Written by Parallax {tool_version()} on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC."
    )
    kinds_table = E.TABLE(
        E.TR(E.TH("kind"), E.TH("beads")),
        *[E.TR(E.TD(kind), E.TD(str(n))) for kind, n in counts.most_common()],
    )
    header = E.TR(*[E.TH(h) for h in (
        "bead", "drift", "kinds", "reasons", "evidence",
        f"source ({corpus.source_lang})", f"target ({corpus.target_lang})", "score", "status",
    )])
    body_rows = [
        E.TR(
            E.TD(str(pair_number(index))),
            E.TD(f"{bead.drift_score:.2f}"),
            E.TD(*[E.SPAN(kind, E.CLASS("kind")) for kind in bead.kinds]),
            E.TD(_list(bead.reasons)),
            E.TD(_list(bead.evidence)),
            _text_cell(bead.source_ids, bead.source),
            _text_cell(bead.target_ids, bead.target),
            E.TD(f"{bead.score:.2f}"),
            E.TD(bead.status + (f" ({bead.reviewer})" if bead.reviewer else "")),
        )
        for index, bead in rows
    ]
    return E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.TITLE(title), E.STYLE(STYLE)),
        E.BODY(
            E.H1(title),
            summary,
            E.H2("Flags by kind"),
            kinds_table,
            E.H2("Flagged beads"),
            E.TABLE(header, *body_rows) if body_rows else E.P("No bead was flagged."),
            *_side_table("Untranslated and added sentences", "Every sentence has a counterpart.", one_sided,
                         corpus, "which", lambda b: ONE_SIDED_LABEL[one_sided_side(b) or "source"]),
            *_side_table("Rejected pairs (left out of TMX, XLIFF and Moses)", "No pair was rejected.",
                         rejected, corpus, "drift", lambda b: f"{b.drift_score:.2f}"),
        ),
    )


def write_report(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None = None) -> None:
    """Write the HTML drift report (UTF-8, self-contained, no scripts)."""
    page = etree.tostring(
        build_report(corpus, flt), method="html", encoding="utf-8", doctype="<!DOCTYPE html>"
    )
    emit(page, target)


def write_report_csv(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None = None) -> None:
    """Write the flagged beads as CSV: reasons and evidence joined by `` | ``."""
    frame = pd.DataFrame(
        [
            {
                "bead": pair_number(index),
                "drift_score": float(bead.drift_score),
                "kinds": ";".join(bead.kinds),
                "reasons": " | ".join(bead.reasons),
                "evidence": " | ".join(bead.evidence),
                "source_ids": format_ids(bead.source_ids),
                "source": join_sentences(bead.source),
                "target_ids": format_ids(bead.target_ids),
                "target": join_sentences(bead.target),
                "score": float(bead.score),
                "status": bead.status,
                "reviewer": bead.reviewer,
                "note": bead.note,
            }
            for index, bead in flagged(corpus, flt)
        ],
        columns=CSV_COLUMNS,
    )
    frame = frame.map(spreadsheet_safe)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    emit(buffer.getvalue().encode("utf-8"), target)
