"""``parallax segment``: the summary, the JSON Document, and the exit code on bad input."""

from __future__ import annotations

import json

from corpora.serialize import document_from_dict
from parallax.cli import main

TEXT = (
    "The council met on Tuesday [1]. “We will not be rushed,” said Mr. Orlov.\n"
    "A second paragraph with «one quote».\n"
    "[1] Minutes, http://example.org/minutes\n"
)


def test_summary(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["segment", str(path), "--sentences"]) == 0
    out = capsys.readouterr().out
    assert "language: en" in out
    assert "paragraphs: 2" in out and "sentences: 3" in out
    assert "quotations: 2 (0 nested)" in out and "footnotes: 1 (1)" in out
    assert "s0\tp0\tThe council met on Tuesday. [1]" in out


def test_json_round_trip_and_language_override(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["segment", str(path), "--json", "--lang", "fr"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lang"] == "fr" and data["language"]["overridden"] is True
    doc = document_from_dict(data)
    assert doc.footnotes[1].urls == ("http://example.org/minutes",)
    assert [s.footnotes for s in doc.sentences] == [(1,), (), ()]
    assert doc.text[doc.quotes[1].start:doc.quotes[1].end] == "«one quote»"


def test_bad_input_exit_code(tmp_path, capsys):
    path = tmp_path / "empty.md"
    path.write_text("", encoding="utf-8")
    assert main(["segment", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("parallax segment: empty.md: the file is empty") and err.count("\n") == 1
