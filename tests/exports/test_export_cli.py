"""``parallax export``: from an align JSON file and from a project in the database."""

from __future__ import annotations

import dataclasses
import json

import pytest

from corpora.import_tm import read_table, read_tmx
from parallax.cli import main


def _align_json(corpus) -> dict:
    """The shape DESIGN.md gives for ``parallax align --json``."""
    return {
        "source_lang": corpus.source_lang, "target_lang": corpus.target_lang, "model": corpus.model,
        "beads": [dataclasses.asdict(b) for b in corpus.beads],
    }


def test_export_from_align_json_to_tmx_and_back(corpus, tmp_path, capsys):
    source = tmp_path / "align.json"
    source.write_text(json.dumps(_align_json(corpus)), encoding="utf-8")
    out = tmp_path / "out.tmx"
    assert main(["export", "--from-json", str(source), "--format", "tmx", "--output", str(out),
                 "--filter", "empty", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    kept = [b for b in corpus.beads if b.status != "rejected"]  # a rejected pair is never a TMX unit
    assert report["written"][0]["beads"] == len(kept) == 5
    back = read_tmx(out)
    assert [b.status for b in back.beads] == [b.status for b in kept]
    assert [b.source for b in back.beads] == [b.source for b in kept]


def test_export_format_follows_the_extension_and_the_filter(corpus, tmp_path):
    source = tmp_path / "align.json"
    source.write_text(json.dumps(_align_json(corpus)), encoding="utf-8")
    out = tmp_path / "confirmed.tsv"
    assert main(["export", "--from", str(source), "--output", str(out), "--filter", "confirmed"]) == 0
    assert {b.status for b in read_table(out).beads} == {"confirmed"}


def test_export_moses_writes_two_files(corpus, tmp_path):
    source = tmp_path / "align.json"
    source.write_text(json.dumps(_align_json(corpus)), encoding="utf-8")
    assert main(["export", "--from", str(source), "--format", "moses", "--output", str(tmp_path / "c")]) == 0
    lines = [len((tmp_path / f"c.{lang}").read_text(encoding="utf-8").splitlines()) for lang in ("en", "fr")]
    assert lines[0] == lines[1] == sum(1 for b in corpus.beads if b.status != "rejected") == 5


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "--from", "x.json"], "--output"),
        (["export", "P", "--from", "x.json", "--output", "o.tmx"], "not both"),
        (["export", "--from", "x.json", "--output", "o.docx"], "cannot tell the export format"),
        (["export", "--from", "missing.json", "--output", "o.tmx"], "no such file"),
        (["export", "--from", "x.json", "--output", "o.tmx", "--filter", "min-score=lots"], "number"),
    ],
)
def test_export_bad_input_is_one_line_and_exit_1(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.json").write_text('{"beads": []}', encoding="utf-8")
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err


def test_export_project_from_the_database(tmp_path, monkeypatch, capsys):
    repository = pytest.importorskip("db.repository")
    from alignment.types import Alignment
    from alignment.types import Bead as Pair
    from corpora.types import Document, Sentence

    def doc(sentences, lang):
        text, rows = "", []
        for i, sentence in enumerate(sentences):
            rows.append(Sentence(id=f"{lang}-{i}", index=i, paragraph=0, start=len(text),
                                 end=len(text) + len(sentence), text=sentence))
            text += sentence + " "
        return Document(text=text, lang=lang, sentences=rows, source_name=f"doc.{lang}.txt")

    url = f"sqlite:///{tmp_path / 'parallax.db'}"
    monkeypatch.setenv("PARALLAX_DATABASE_URL", url)
    repo = repository.open_repository(url)
    project = repo.create_project("Donbass")
    src, _ = repo.import_document(project.id, doc(["One.", "Two.", "Three."], "en"))
    tgt, _ = repo.import_document(project.id, doc(["Un.", "Deux.", "Trois."], "fr"))
    run = repo.store_run(src.id, tgt.id, Alignment([Pair((i,), (i,), 0.9, 0.9) for i in range(3)], model="m"),
                         actor="test")
    first = repo.list_beads(run.id)[0]
    repo.confirm(first.id, actor="anna")
    repo.close()

    out = tmp_path / "project.tmx"
    assert main(["export", "Donbass", "--format", "tmx", "--output", str(out), "--filter", "confirmed"]) == 0
    back = read_tmx(out)
    assert [(b.source, b.target, b.status, b.reviewer) for b in back.beads] == [
        (["One."], ["Un."], "confirmed", "anna")
    ]
    assert main(["export", "Nowhere", "--format", "tmx", "--output", str(out)]) == 1
    assert "Nowhere" in capsys.readouterr().err


def test_align_writes_an_export_through_export_alignment(tmp_path):
    en = "The war began in April. He said 120 000 people fled.\n"
    fr = "La guerre a commencé en avril. Il a dit que 12 000 personnes ont fui.\n"
    (tmp_path / "a.en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "a.fr.txt").write_text(fr, encoding="utf-8")
    out = tmp_path / "a.tsv"
    assert main(["align", str(tmp_path / "a.en.txt"), str(tmp_path / "a.fr.txt"), "--model", "hashing",
                 "--no-cache", "--source-lang", "en", "--target-lang", "fr", "--output", str(out)]) == 0
    corpus = read_table(out)
    assert (corpus.source_lang, corpus.target_lang) == ("en", "fr")
    assert [i for b in corpus.beads for i in b.source_ids] == [0, 1]
    assert [j for b in corpus.beads for j in b.target_ids] == [0, 1]
