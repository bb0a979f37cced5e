"""One pair, one number: the 1-based place in the alignment, in every export and in the CLI (issue 18,
item 7). The flagged 2:1 pair of the reviewed corpus is the second pair: number 2 everywhere, and
its sentences are the reader's 2 and 3 (stored as 1 and 2), never "#1 2"."""

from __future__ import annotations

import csv
import io
import json

from lxml import etree, html

from corpora.exporters import (
    write_csv,
    write_jsonl,
    write_report,
    write_report_csv,
    write_tmx,
    write_tsv,
    write_xliff,
)

SECOND = "About 120 000 people left."


def _text(write, corpus) -> str:
    out = io.BytesIO()
    write(corpus, out)
    return out.getvalue().decode("utf-8")


def test_the_second_pair_is_number_2_in_every_export(corpus):
    rows = list(csv.DictReader(io.StringIO(_text(write_tsv, corpus)), delimiter="\t"))
    assert next(r["bead"] for r in rows if r["source"].startswith(SECOND)) == "2"
    rows = list(csv.DictReader(io.StringIO(_text(write_csv, corpus))))
    assert next(r["bead"] for r in rows if r["source"].startswith(SECOND)) == "2"
    lines = [json.loads(x) for x in _text(write_jsonl, corpus).splitlines()]
    assert next(r["bead"] for r in lines if r["source"][0] == SECOND) == 2
    rows = list(csv.DictReader(io.StringIO(_text(write_report_csv, corpus))))
    assert next(r["bead"] for r in rows if r["source"].startswith(SECOND)) == "2"
    tmx = etree.fromstring(_text(write_tmx, corpus).encode("utf-8"))
    unit = next(tu for tu in tmx.iter("tu") if SECOND in "".join(tu.itertext()))
    assert unit.get("tuid") == "2"
    xliff = etree.fromstring(_text(write_xliff, corpus).encode("utf-8"))
    unit = next(u for u in xliff.iter("{*}trans-unit") if SECOND in "".join(u.itertext()))
    assert unit.get("id") == "b2"


def test_the_html_report_numbers_pairs_and_sentences_from_1(corpus):
    page = html.fromstring(_text(write_report, corpus))
    row = next(tr for tr in page.iter("tr") if SECOND in tr.text_content())
    cells = [td.text_content() for td in row.findall("td")]
    assert cells[0] == "2"
    source_cell = next(c for c in cells if SECOND in c)
    assert source_cell.startswith("sentences 2, 3:") and "#" not in source_cell


def test_the_html_report_of_a_stored_run_shows_evidence_as_words_not_json(tmp_path):
    """Evidence as the database keeps it (dicts with spans) reads as the words the spans cover."""
    from alignment.types import Alignment
    from alignment.types import Bead as Pair
    from db.repository import Repository
    from tests.db.conftest import EN, FR, build_document

    repo = Repository.open(f"sqlite:///{tmp_path / 'p.db'}")
    project = repo.create_project("Numbers")
    source, _ = repo.import_document(project.id, build_document(EN, "en"))
    target, _ = repo.import_document(project.id, build_document(FR, "fr"))
    drift = [None] * len(EN)
    start = EN[2].index("120 000")
    drift[2] = {"kinds": ["numbers"], "reasons": ["numbers: 120 000 vs 12 000"], "drift_score": 0.9,
                "evidence": [{"kind": "numbers", "reason": "120 000 vs 12 000", "strength": 0.9,
                              "source_spans": [[start, start + 7]],
                              "target_spans": [[FR[2].index("12 000"), FR[2].index("12 000") + 6]]}]}
    run = repo.store_run(source.id, target.id, Alignment([Pair((i,), (i,), 0.9, 0.8) for i in range(len(EN))],
                                                           model="hashing"), drift, actor="aligner")
    page = html.fromstring(_text(write_report, repo.aligned_corpus(run.id)))
    repo.close()
    row = next(tr for tr in page.iter("tr") if "120 000 people" in tr.text_content())
    assert row.findall("td")[0].text_content() == "3"
    evidence = row.findall("td")[4].text_content()
    assert "source «120 000» / target «12 000»" in evidence and "{" not in evidence
