"""``parallax align`` and ``parallax evaluate`` with the test encoder (fast, no real model)."""

from __future__ import annotations

import json

import pytest

from parallax.cli import main

SOURCE = [
    "The library opened on Monday.",
    "It holds forty thousand books and a reading room for two hundred people.",
    "Entry is free.",
]
TARGET = [
    "The library opened on Monday.",
    "It holds forty thousand books.",
    "And a reading room for two hundred people.",
    "Entry is free.",
]


@pytest.fixture(autouse=True)
def hashing_model(monkeypatch, tmp_path):
    monkeypatch.setenv("PARALLAX_MODEL", "hashing")
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(tmp_path / "cache"))


def test_align_json_carries_texts_ids_and_scores(tmp_path, capsys) -> None:
    src, tgt = tmp_path / "a.txt", tmp_path / "b.txt"
    src.write_text("\n".join(SOURCE) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(TARGET) + "\n", encoding="utf-8")
    assert main(["align", str(src), str(tgt), "--lines", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    beads = record["beads"]
    assert [(b["source_ids"], b["target_ids"]) for b in beads] == [([0], [0]), ([1], [1, 2]), ([2], [3])]
    assert beads[1]["source"] == [SOURCE[1]] and beads[1]["target"] == TARGET[1:3]
    assert all(0.0 <= b["score"] <= 1.0 for b in beads)
    assert record["model"] == "hashing-256"


def test_align_reads_documents_and_prints_beads(tmp_path, capsys) -> None:
    src, tgt = tmp_path / "a.txt", tmp_path / "b.txt"
    src.write_text(" ".join(SOURCE), encoding="utf-8")
    tgt.write_text(" ".join(TARGET), encoding="utf-8")
    assert main(["align", str(src), str(tgt), "--source-lang", "en", "--target-lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "< Entry is free." in out and "> Entry is free." in out


def test_align_missing_file_is_a_one_line_input_error(tmp_path, capsys) -> None:
    assert main(["align", str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_align_writes_an_export(tmp_path, capsys) -> None:
    src, tgt = tmp_path / "a.txt", tmp_path / "b.txt"
    src.write_text("\n".join(SOURCE) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(TARGET) + "\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert main(["align", str(src), str(tgt), "--lines", "--output", str(out)]) == 0
    assert out.exists() and "forty thousand" in out.read_text(encoding="utf-8")


def _gold_dir(tmp_path):
    folder = tmp_path / "bench"
    folder.mkdir()
    (folder / "dev.xx").write_text("\n".join(SOURCE) + "\n", encoding="utf-8")
    (folder / "dev.yy").write_text("\n".join(TARGET) + "\n", encoding="utf-8")
    (folder / "dev.xxyy").write_text("[0]:[0]\n[1]:[1, 2]\n[2]:[3]\n", encoding="utf-8")
    (folder / "test0.xx").write_text("a b c\n", encoding="utf-8")
    (folder / "test0.yy").write_text("a b c\n", encoding="utf-8")
    (folder / "test0.xxyy").write_text("[0]:[0]\n", encoding="utf-8")
    return folder


def test_evaluate_prints_one_json_object(tmp_path, capsys) -> None:
    folder = _gold_dir(tmp_path)
    assert main(["evaluate", "--gold-dir", str(folder), "--split", "dev", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    for key in ("strict_f1", "lax_f1", "precision", "recall", "seconds", "model"):
        assert key in result
    assert result["strict_f1"] == 1.0 and result["model"] == "hashing"
    assert [d["name"] for d in result["documents"]] == ["dev"]
    # the document-level check is reported (a 3-sentence text is too short to judge)
    assert result["not_translations"] == 0 and result["documents"][0]["translation"]["judged"] is False


def test_evaluate_with_no_documents_is_an_input_error(tmp_path, capsys) -> None:
    folder = _gold_dir(tmp_path)
    assert main(["evaluate", "--gold-dir", str(folder), "--split", "train"]) == 1
    assert "no 'train' documents" in capsys.readouterr().err
    assert main(["evaluate", "--gold-dir", str(tmp_path / "absent"), "--split", "dev"]) == 1
