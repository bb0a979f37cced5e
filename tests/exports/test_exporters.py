"""Exporters: TMX valid against the project's DTD, XLIFF states, tables, JSONL, Moses, drift report."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from lxml import etree, html
from translate.storage import tmx as tt_tmx
from translate.storage import xliff as tt_xliff

from corpora.errors import InputError
from corpora.exporters import (
    ExportFilter,
    export_corpus,
    format_for,
    parse_filter,
    write_jsonl,
    write_moses,
    write_report,
    write_report_csv,
    write_tmx,
    write_xliff,
)
from corpora.exporters.xliff import xliff_state
from corpora.schemas import tmx_dtd_path

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HEADER_REQUIRED = [
    "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype",
]


def _tmx_bytes(corpus, flt=None) -> bytes:
    out = io.BytesIO()
    write_tmx(corpus, out, flt)
    return out.getvalue()


def _props(element, kind):
    return [p.text for p in element.findall("prop") if p.get("type") == f"x-parallax-{kind}"]


def test_tmx_is_valid_against_the_tmx14b_dtd(corpus):
    dtd = etree.DTD(str(tmx_dtd_path()))
    root = etree.fromstring(_tmx_bytes(corpus, ExportFilter(include_empty=True)))
    assert dtd.validate(root), dtd.error_log.filter_from_errors()
    header = root.find("header")
    for attribute in HEADER_REQUIRED:
        assert header.get(attribute), attribute
    assert header.get("srclang") == "en" and root.get("version") == "1.4"
    assert all(tuv.get(XML_LANG) in ("en", "fr") for tuv in root.iter("tuv"))


def test_the_dtd_rejects_a_tmx_missing_a_required_header_attribute(corpus):
    dtd = etree.DTD(str(tmx_dtd_path()))
    root = etree.fromstring(_tmx_bytes(corpus))
    del root.find("header").attrib["segtype"]
    assert not dtd.validate(root)
    root = etree.fromstring(_tmx_bytes(corpus))
    del root.find("body/tu/tuv").attrib[XML_LANG]
    assert not dtd.validate(root)


def test_tmx_props_carry_review_data_and_nm_beads_are_one_segment_per_side(corpus):
    root = etree.fromstring(_tmx_bytes(corpus))
    units = root.findall("body/tu")
    # default: the rejected pair and the added sentence (0:1) are left out
    by_status = [(_props(tu, "status")[0], float(_props(tu, "score")[0])) for tu in units]
    assert by_status == [("confirmed", 0.93), ("automatic", 0.71), ("automatic", 0.0), ("confirmed", 0.88)]
    two_to_one = units[1]
    assert _props(two_to_one, "drift-kinds") == ["number"]
    assert _props(two_to_one, "model") == ["hashing-256"]
    source_tuv, target_tuv = two_to_one.findall("tuv")
    assert source_tuv.find("seg").text == " ".join(corpus.beads[1].source)
    assert _props(source_tuv, "ids") == ["1 2"] and _props(target_tuv, "ids") == ["1"]
    assert units[0].find("note").text == "checked against the video"


def test_tmx_optional_empty_beads_have_one_tuv(corpus):
    root = etree.fromstring(_tmx_bytes(corpus, ExportFilter(include_empty=True)))
    units = root.findall("body/tu")
    assert [tu.get("tuid") for tu in units] == ["1", "2", "4", "5", "6"]  # 3 was rejected
    assert [tuv.get(XML_LANG) for tuv in units[2].findall("tuv")] == ["en"]
    assert [tuv.get(XML_LANG) for tuv in units[3].findall("tuv")] == ["fr"]


def test_translate_toolkit_reads_the_tmx_back(corpus):
    store = tt_tmx.tmxfile.parsestring(_tmx_bytes(corpus))
    pairs = [(u.source, u.target) for u in store.units]
    assert pairs == [(" ".join(b.source), " ".join(b.target) or None) for b in corpus.beads
                     if b.source and b.status != "rejected"]  # the untranslated sentence has no target


def test_tmx_refuses_a_corpus_without_two_languages(corpus):
    with pytest.raises(InputError, match="two different languages"):
        _tmx_bytes(dataclasses.replace(corpus, target_lang="en"))


def _xliff_units(corpus, flt=None):
    out = io.BytesIO()
    write_xliff(corpus, out, flt)
    root = etree.fromstring(out.getvalue())
    store = tt_xliff.xlifffile.parsestring(out.getvalue())
    return root, store.units


def test_xliff_is_12_and_maps_review_status_to_state(corpus):
    root, units = _xliff_units(corpus, ExportFilter(include_empty=True))
    assert root.get("version") == "1.2" and root.nsmap[None].endswith(":1.2")
    assert root[0].get("source-language") == "en" and root[0].get("target-language") == "fr"
    written = [b for b in corpus.beads if b.status != "rejected"]
    assert len(units) == len(written) == 5
    for unit, bead in zip(units, written, strict=True):
        target = unit.getlanguageNode(index=1)
        untranslated = bead.source and not bead.target
        assert target.get("state") == ("needs-translation" if untranslated else xliff_state(bead.status))
        assert unit.isapproved() == (bead.status == "confirmed")
        assert unit.source == " ".join(bead.source) and unit.target == " ".join(bead.target)
        assert set(bead.reasons) <= set(unit.getnotes().split("\n"))


def test_xliff_states_rank_review_status_in_translate_toolkit_order():
    """More trust, higher workflow state: confirmed > edited > automatic > rejected."""
    rank = tt_xliff.xliffunit.statemap
    order = ["confirmed", "edited", "automatic", "rejected"]
    ranks = [rank[xliff_state(status)] for status in order]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks)
    assert xliff_state("confirmed") == "final"
    assert xliff_state("some-future-status") == xliff_state("automatic")


def test_moses_files_have_equal_line_counts(corpus, tmp_path):
    corpus.beads[2].status = "automatic"  # a rejected pair is never written
    src, tgt = write_moses(corpus, tmp_path / "corpus", ExportFilter(include_empty=False))
    assert (src.name, tgt.name) == ("corpus.en", "corpus.fr")
    src_lines = src.read_text(encoding="utf-8").split("\n")[:-1]
    tgt_lines = tgt.read_text(encoding="utf-8").split("\n")[:-1]
    pairs = [b for b in corpus.beads if b.source and b.target]
    assert len(src_lines) == len(tgt_lines) == len(pairs)
    assert src_lines[2] == "He did not sign the paper."  # the tab became a space
    pair = (tmp_path / "a.txt", tmp_path / "b.txt")
    with_empty = write_moses(corpus, pair)
    counts = [len(p.read_text(encoding="utf-8").splitlines()) for p in with_empty]
    assert counts == [len(corpus.beads)] * 2


def test_jsonl_has_one_bead_per_line_with_every_field(corpus):
    out = io.StringIO()
    write_jsonl(corpus, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(corpus.beads)
    records = [json.loads(line) for line in lines]
    for record, bead in zip(records, corpus.beads, strict=True):
        for field in ("source_ids", "target_ids", "source", "target", "score", "drift_score", "kinds",
                      "reasons", "status", "reviewer", "note", "evidence"):
            assert record[field] == getattr(bead, field), field
        assert record["source_lang"] == "en" and record["target_lang"] == "fr"


def test_filters_select_confirmed_score_and_pair(corpus, tmp_path):
    out = io.StringIO()
    write_jsonl(corpus, out, parse_filter("confirmed"))
    assert [json.loads(x)["status"] for x in out.getvalue().splitlines()] == ["confirmed", "confirmed"]
    out = io.StringIO()
    write_jsonl(corpus, out, parse_filter("min-score=0.7"))
    assert [json.loads(x)["score"] for x in out.getvalue().splitlines()] == [0.93, 0.71, 0.88]
    out = io.StringIO()
    write_jsonl(corpus, out, parse_filter("pair=en-ru"))
    assert out.getvalue() == ""
    out = io.StringIO()
    write_jsonl(corpus, out, parse_filter("pair=EN-fr,no-rejected,no-empty"))
    assert [json.loads(x)["bead"] for x in out.getvalue().splitlines()] == [1, 2, 6]  # pair numbers, from 1
    with pytest.raises(InputError, match="unknown filter"):
        parse_filter("best")
    with pytest.raises(InputError, match="number"):
        parse_filter("min-score=high")


def test_drift_report_escapes_document_text(corpus, tmp_path):
    corpus.beads[1].source[0] = "<script>alert('x')</script> 120 000 people left."
    corpus.beads[1].reasons[0] = "number differs: <img src=x onerror=alert(1)>"
    page = tmp_path / "report.html"
    write_report(corpus, page)
    raw = page.read_text(encoding="utf-8")
    assert "<script>" not in raw and "&lt;script&gt;" in raw
    tree = html.fromstring(raw)
    assert tree.findall(".//script") == [] and tree.findall(".//img") == []
    assert "<script>alert('x')</script>" in tree.text_content()
    flagged_table = next(h for h in tree.iter("h2") if h.text_content() == "Flagged beads").getnext()
    flagged_rows = flagged_table.findall("tr")[1:]
    assert len(flagged_rows) == sum(1 for b in corpus.beads if b.kinds or b.reasons)


def test_drift_report_csv_lists_flagged_beads_with_reasons(corpus, tmp_path):
    path = tmp_path / "drift.csv"
    write_report_csv(corpus, path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    flagged = [b for b in corpus.beads if b.kinds or b.reasons]
    assert len(rows) == len(flagged)
    assert rows[0]["reasons"] == "number differs: 120 000 vs 12 000"
    assert rows[0]["evidence"] == "120 000 | 12 000"


def test_format_registry_by_name_and_extension(corpus, tmp_path):
    assert format_for("x.tmx").name == "tmx" and format_for("x.XLF").name == "xliff"
    assert format_for("x.drift.csv").name == "report-csv" and format_for("x.csv").name == "csv"
    assert format_for("whatever", "moses").name == "moses"
    with pytest.raises(InputError, match="cannot tell"):
        format_for("x.docx")
    with pytest.raises(InputError, match="unknown export format"):
        format_for("x.tmx", "pdf")
    written = export_corpus(corpus, None, tmp_path / "out" / "c.tsv")
    assert written == [tmp_path / "out" / "c.tsv"] and written[0].exists()
    assert not list((tmp_path / "out").glob("*.part"))
