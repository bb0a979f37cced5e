"""The bundled demo corpus loads, and its manifest tells the truth about the files."""

from __future__ import annotations

import pytest

from corpora.demo import demo_bytes, demo_manifest, load_demo


@pytest.fixture(scope="module")
def demo():
    return load_demo()


def sentence_at(doc, paragraph: int, index: int):
    in_paragraph = [s for s in doc.sentences if s.paragraph == paragraph]
    return in_paragraph[index]


def test_all_files_load_in_their_language(demo, invariants):
    manifest = demo_manifest()
    assert set(demo) == {entry["file"] for entry in manifest["documents"]}
    for entry in manifest["documents"]:
        doc = demo[entry["file"]]
        invariants(doc)
        assert doc.lang == entry["lang"] and doc.source_name == entry["file"]


def test_translations_mirror_the_original(demo):
    en, fr, ru = demo["vesna.en.txt"], demo["vesna.fr.txt"], demo["vesna.ru.txt"]
    assert 25 <= len(en.sentences) <= 40
    assert len(en.paragraphs) == len(fr.paragraphs) == len(ru.paragraphs)
    assert set(en.footnotes) == set(fr.footnotes) == set(ru.footnotes) == {1, 2, 3, 4, 5}
    assert len(en.quotes) == len(fr.quotes) >= 6
    assert en.footnotes[3].urls == ("https://example.org/courier/sokolova-interview",)


def test_every_listed_drift_is_where_the_manifest_says(demo):
    drifts = demo_manifest()["drifts"]
    assert 5 <= sum(d["target"] == "vesna.fr.txt" for d in drifts) <= 8
    assert 5 <= sum(d["target"] == "vesna.ru.txt" for d in drifts) <= 8
    assert {d["kind"] for d in drifts} >= {"number", "name", "negation", "omission", "addition"}
    en = demo["vesna.en.txt"]
    for drift in drifts:
        if drift["source"]:
            at = drift["source"]
            assert at["excerpt"] in sentence_at(en, at["paragraph"], at["sentence"]).text, drift
        if drift["target_at"]:
            at = drift["target_at"]
            target = demo[drift["target"]]
            assert at["excerpt"] in sentence_at(target, at["paragraph"], at["sentence"]).text, drift
        paragraph = (drift["source"] or drift["target_at"])["paragraph"]
        en_count = sum(s.paragraph == paragraph for s in en.sentences)
        target_count = sum(s.paragraph == paragraph for s in demo[drift["target"]].sentences)
        expected = {"omission": -1, "addition": 1}.get(drift["kind"], 0) if not (
            drift["source"] and drift["target_at"]) else 0
        assert target_count - en_count == expected, drift


def test_quotations_and_their_sources(demo):
    en = demo["vesna.en.txt"]
    for entry in demo_manifest()["quotes"]:
        matches = [q for q in en.quotes if q.text.startswith(entry["excerpt"])]
        assert len(matches) == 1, entry
        assert matches[0].footnote == entry["footnote"]
        if entry["source_file"]:
            assert entry["source_excerpt"] in demo[entry["source_file"]].text
    with pytest.raises(KeyError):
        demo_bytes("../manifest.json")
