"""``parallax drift`` and ``parallax quotes`` end to end on small files, with the fake encoder."""

from __future__ import annotations

import json

import pytest

from parallax.cli import main

SOURCE = """The delegates met in Minsk on 12 October, but the talks lasted less than three hours.

The strike committee met in secret, because the police had arrested its first chairman.

The mine employed 2 500 workers before the war and fewer than 900 after it.

The censors removed every mention of the famine, yet the novel still sold 50 000 copies.
"""
TARGET = """The delegates met in Minsk on 12 October, but the talks lasted less than three hours.

The strike committee met in secret, because the police had arrested its first chairman.

The mine employed 25 000 workers before the war and fewer than 900 after it.

The censors removed every mention of the famine, yet the novel still sold 50 000 copies.
"""


@pytest.fixture()
def files(tmp_path):
    s = tmp_path / "source.txt"
    t = tmp_path / "target.txt"
    s.write_text(SOURCE, encoding="utf-8")
    t.write_text(TARGET, encoding="utf-8")
    return s, t


def test_drift_json_lists_beads_with_kinds_reasons_and_evidence(files, capsys):
    s, t = files
    code = main(["drift", str(s), str(t), "--model", "hashing", "--no-cache", "--json",
                 "--source-lang", "en", "--target-lang", "en"])
    assert code == 0
    record = json.loads(capsys.readouterr().out)
    beads = record["beads"]
    needed = {"source", "target", "source_ids", "target_ids", "score", "drift", "kinds", "reasons"}
    assert needed <= set(beads[0])
    flagged = [b for b in beads if "numbers" in b["kinds"]]
    assert len(flagged) == 1 and "2 500" in flagged[0]["source"][0]
    ev = [sig for sig in flagged[0]["signals"] if sig["kind"] == "numbers"][0]
    assert ev["source_evidence"][0]["text"] == "2 500" and ev["target_evidence"][0]["text"] == "25 000"
    assert record["summary"]["numbers"]["beads"] == [flagged[0]["index"]]


def test_drift_human_output_lists_flagged_beads_first(files, capsys):
    s, t = files
    assert main(["drift", str(s), str(t), "--model", "hashing", "--no-cache", "--all",
                 "--source-lang", "en", "--target-lang", "en"]) == 0
    out = capsys.readouterr().out
    first = out.index("\npair ") + 1  # the first pair listed (pairs are numbered from 1: "pair 3 …")
    assert "numbers" in out[first:out.index("\n", first)]


def test_drift_missing_file_is_a_one_line_input_error(tmp_path, capsys):
    code = main(["drift", str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt"), "--model", "hashing"])
    assert code == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_quotes_json(tmp_path, capsys):
    text = tmp_path / "article.txt"
    text.write_text("As the report said, “the mine employed 2 500 workers before the war and fewer than "
                    "900 after it” [1]. Another said “a completely different thing about the weather in "
                    "spring”.\n", encoding="utf-8")
    src = tmp_path / "report.txt"
    src.write_text(SOURCE, encoding="utf-8")
    code = main(["quotes", str(text), str(src), "--model", "hashing", "--no-cache", "--json",
                 "--lang", "en", "--source-lang", "en", "--link", f"1={src.name}"])
    assert code == 0
    record = json.loads(capsys.readouterr().out)
    by_text = {q["text"][:12]: q for q in record["quotes"]}
    found = by_text["the mine emp"]
    assert found["match"]["file"] == str(src) and found["verdict"] in ("faithful", "drifted")
    span = src.read_text(encoding="utf-8")[found["match"]["start"]:found["match"]["end"]]
    assert span.startswith("The mine")
    assert by_text["a completely"]["verdict"] == "no source found"


def test_quotes_bad_link_is_an_input_error(tmp_path, capsys):
    text = tmp_path / "a.txt"
    text.write_text("He said “something long enough to be checked here”.\n", encoding="utf-8")
    assert main(["quotes", str(text), str(text), "--model", "hashing", "--link", "x=y"]) == 1
