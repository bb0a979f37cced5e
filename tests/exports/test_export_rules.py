"""Export rules (issue 19, docs/exports.md "Export rules"): rejected pairs never become translation
units; one-sided beads go where the format can hold them and are listed in the drift report;
exported files honour the umask.

The corpus (tests/exports/conftest.py): bead 3 is 1:0 ("This sentence was dropped."), bead 4 is 0:1
("Phrase ajoutée par le traducteur."), bead 2 ("He did not sign…") was rejected by a reviewer.
"""

from __future__ import annotations

import io
import json
import os
import stat

import pytest
from lxml import etree, html

from corpora.exporters import ExportFilter, export_corpus, write_moses, write_report, write_tmx, write_xliff
from corpora.schemas import tmx_dtd_path

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"
REJECTED_SOURCE = "He did not sign\tthe paper."


def _tmx(corpus, flt=None):
    out = io.BytesIO()
    write_tmx(corpus, out, flt)
    return etree.fromstring(out.getvalue())


def _xliff(corpus, flt=None):
    out = io.BytesIO()
    write_xliff(corpus, out, flt)
    return etree.fromstring(out.getvalue())


@pytest.mark.parametrize("flt", [None, ExportFilter(include_empty=True)])
def test_rejected_pairs_are_never_tmx_units(corpus, flt):
    root = _tmx(corpus, flt)
    statuses = [p.text for p in root.iter("prop") if p.get("type") == "x-parallax-status"]
    assert "rejected" not in statuses
    segs = [seg.text for seg in root.iter("seg")]
    assert REJECTED_SOURCE not in segs and "Il a signé. Le papier, oui." not in segs


@pytest.mark.parametrize("flt", [None, ExportFilter(include_empty=True)])
def test_rejected_pairs_are_never_xliff_units(corpus, flt):
    root = _xliff(corpus, flt)
    ids = [u.get("id") for u in root.iter(f"{XLIFF}trans-unit")]
    assert "b3" not in ids
    assert REJECTED_SOURCE not in [s.text for s in root.iter(f"{XLIFF}source")]


def test_rejected_pairs_are_never_moses_lines(corpus, tmp_path):
    src, tgt = write_moses(corpus, tmp_path / "c", ExportFilter(include_empty=True))
    assert "He did not sign the paper." not in src.read_text(encoding="utf-8").splitlines()
    assert "Il a signé. Le papier, oui." not in tgt.read_text(encoding="utf-8").splitlines()


def test_data_exports_keep_rejected_pairs_with_their_status(corpus, tmp_path):
    out = tmp_path / "all.jsonl"
    export_corpus(corpus, "jsonl", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in rows] == ["confirmed", "automatic", "rejected", "automatic", "edited",
                                           "confirmed"]


def test_tmx_writes_an_untranslated_sentence_as_a_unit_with_its_source_only(corpus):
    root = _tmx(corpus)
    units = root.findall("body/tu")
    assert [tu.get("tuid") for tu in units] == ["1", "2", "4", "6"]
    untranslated = units[2]
    assert [tuv.get(XML_LANG) for tuv in untranslated.findall("tuv")] == ["en"]
    assert untranslated.find("tuv/seg").text == "This sentence was dropped."
    dtd = etree.DTD(str(tmx_dtd_path()))
    assert dtd.validate(root), dtd.error_log.filter_from_errors()


def test_xliff_writes_an_untranslated_sentence_with_an_empty_target_needing_translation(corpus):
    root = _xliff(corpus)
    units = {u.get("id"): u for u in root.iter(f"{XLIFF}trans-unit")}
    assert sorted(units) == ["b1", "b2", "b4", "b6"]
    unit = units["b4"]
    assert unit.find(f"{XLIFF}source").text == "This sentence was dropped."
    target = unit.find(f"{XLIFF}target")
    assert (target.text or "") == ""
    assert target.get("state") == "needs-translation"
    assert unit.get("approved") == "no"


def test_moses_keeps_one_sided_beads_as_empty_lines(corpus, tmp_path):
    src, tgt = write_moses(corpus, tmp_path / "c")
    assert src.read_text(encoding="utf-8").split("\n") == [
        "Strelkov said: “We hold Sloviansk” & <more>.",
        "About 120 000 people left. Most went to Russia.",
        "This sentence was dropped.",
        "",
        "Донецк | Donetsk — “quoted”, 'single'.",
        "",
    ]
    assert tgt.read_text(encoding="utf-8").split("\n") == [
        "Strelkov a dit : « Nous tenons Slaviansk » & <plus>.",
        "Environ 12 000 personnes sont parties, surtout en Russie.",
        "",
        "Phrase ajoutée par le traducteur.",
        "Donetsk, « cité ».",
        "",
    ]


def test_drift_report_lists_one_sided_beads_even_unflagged_and_rejected_pairs(corpus, tmp_path):
    for bead in corpus.beads[3:5]:  # one-sided beads that drift detection did not flag
        bead.kinds, bead.reasons = [], []
    page = tmp_path / "report.html"
    write_report(corpus, page)
    tree = html.fromstring(page.read_text(encoding="utf-8"))
    headings = [h.text_content() for h in tree.iter("h2")]
    assert "Untranslated and added sentences" in headings
    sections = {h.text_content(): h.getnext() for h in tree.iter("h2")}
    one_sided = [[td.text_content() for td in tr.findall("td")][:2]
                 for tr in sections["Untranslated and added sentences"].findall("tr")[1:]]
    assert one_sided == [["4", "untranslated (1:0)"], ["5", "added (0:1)"]]
    rejected = sections["Rejected pairs (left out of TMX, XLIFF and Moses)"].findall("tr")[1:]
    assert [tr.findall("td")[0].text_content() for tr in rejected] == ["3"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
@pytest.mark.parametrize("fmt", ["tmx", "tsv", "report"])
def test_exported_files_honour_the_umask(corpus, tmp_path, umask, mode, fmt):
    old = os.umask(umask)
    try:
        out = export_corpus(corpus, fmt, tmp_path / f"out.{fmt}")[0]
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind
