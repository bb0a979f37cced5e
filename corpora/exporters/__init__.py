"""Exporters: one module per format, one registry to pick them by name or file extension.

Every writer has the shape ``write_<fmt>(corpus, target, flt=None)`` where
``corpus`` is an ``AlignedCorpus``, ``target`` a path (written atomically: a
temporary file, then a rename) or an open stream, and ``flt`` an ``ExportFilter``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.errors import InputError
from corpora.exporters import jsonl, moses, report, table, tmx, xliff
from corpora.exporters.filters import ALL, ExportFilter, parse_filter, select_beads
from corpora.exporters.jsonl import write_jsonl
from corpora.exporters.moses import moses_paths, write_moses
from corpora.exporters.report import write_report, write_report_csv
from corpora.exporters.table import write_csv, write_tsv
from corpora.exporters.tmx import write_paragraph_tmx, write_tmx
from corpora.exporters.xliff import write_xliff

__all__ = [
    "ALL", "FORMATS", "ExportFilter", "ExportFormat", "export_corpus", "format_for", "output_paths",
    "parse_filter", "select_beads", "write_csv", "write_jsonl", "write_moses", "write_report",
    "write_report_csv", "write_paragraph_tmx", "write_tmx", "write_tsv", "write_xliff",
]


@dataclass(frozen=True)
class ExportFormat:
    """A format the exporters know: its writer and the file extension it is recognised by."""

    name: str
    writer: Callable[..., object]
    extension: str
    description: str
    empty_default: bool | frozenset[str]
    """Which one-sided beads (1:0 "source", 0:1 "target") are written when the filter does not say."""
    keeps_rejected: bool = True
    """False for the formats whose units a CAT tool or an MT trainer takes as translations."""

    def select(self, corpus: AlignedCorpus, flt: ExportFilter | None) -> list[tuple[int, AlignedBead]]:
        """The beads this format writes for the filter."""
        return select_beads(corpus, flt, self.empty_default, self.keeps_rejected)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("tmx", write_tmx, ".tmx", "TMX 1.4b translation memory (CAT tools)", tmx.EMPTY_DEFAULT,
                     tmx.KEEPS_REJECTED),
        ExportFormat("tmx-paragraph", write_paragraph_tmx, ".tmx",
                     "TMX 1.4b, one unit per paragraph pair (segtype paragraph)", tmx.EMPTY_DEFAULT,
                     tmx.KEEPS_REJECTED),
        ExportFormat("xliff", write_xliff, ".xlf", "XLIFF 1.2 with review states", xliff.EMPTY_DEFAULT,
                     xliff.KEEPS_REJECTED),
        ExportFormat("tsv", write_tsv, ".tsv", "tab-separated table, one bead a row", table.EMPTY_DEFAULT),
        ExportFormat("csv", write_csv, ".csv", "comma-separated table, one bead a row", table.EMPTY_DEFAULT),
        ExportFormat("jsonl", write_jsonl, ".jsonl", "JSON Lines, one bead per line", jsonl.EMPTY_DEFAULT),
        ExportFormat("moses", write_moses, "", "two line-aligned files, <base>.<lang>", moses.EMPTY_DEFAULT,
                     moses.KEEPS_REJECTED),
        ExportFormat("report", write_report, ".html", "drift report (HTML)", report.EMPTY_DEFAULT),
        ExportFormat("report-csv", write_report_csv, ".drift.csv", "drift report (CSV of flagged beads)",
                     report.EMPTY_DEFAULT),
    )
}
_EXTENSIONS = {
    ".tmx": "tmx", ".xlf": "xliff", ".xliff": "xliff", ".tsv": "tsv", ".tab": "tsv", ".csv": "csv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "report", ".htm": "report",
}


def format_for(path: str | os.PathLike[str] | None, fmt: str | None = None) -> ExportFormat:
    """The format named by ``fmt``, else the one the file extension implies."""
    if fmt:
        key = fmt.lower().strip()
        key = {"xlf": "xliff", "tab": "tsv", "html": "report", "json-lines": "jsonl"}.get(key, key)
        if key not in FORMATS:
            raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
        return FORMATS[key]
    name = str(path or "").lower()
    if name.endswith(".drift.csv"):
        return FORMATS["report-csv"]
    suffix = Path(name).suffix
    if suffix in _EXTENSIONS:
        return FORMATS[_EXTENSIONS[suffix]]
    raise InputError(
        f"cannot tell the export format from {str(path)!r}; pass --format ({', '.join(FORMATS)})"
    )


def output_paths(fmt: ExportFormat, output: str | os.PathLike[str], corpus: AlignedCorpus) -> list[Path]:
    """The file(s) a path-based export of this format writes."""
    if fmt.name == "moses":
        return list(moses_paths(output, corpus))
    return [Path(output)]


def export_corpus(
    corpus: AlignedCorpus,
    fmt: str | None,
    output: str | os.PathLike[str],
    flt: ExportFilter | None = None,
) -> list[Path]:
    """Write ``corpus`` to ``output`` in ``fmt`` (or the format its extension implies);
    returns the files written."""
    export_format = format_for(output, fmt)
    export_format.writer(corpus, output, flt)
    return output_paths(export_format, output, corpus)
