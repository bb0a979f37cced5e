"""The stored-project path from the command line: import → align --project → export (issue 19).

On a clean SQLite database with the hashing model, as the README shows it.
"""

from __future__ import annotations

import json

import pytest

from corpora.import_tm import read_tmx
from parallax.cli import main

EN = ("Strelkov arrived in Sloviansk on 12 April 2014 with 52 men. Kharkiv and Odesa stayed calm "
      "in May. The Semenivka bridge over the Torets was destroyed on 5 July.\n")
FR = ("Strelkov est arrivé à Sloviansk le 12 avril 2014 avec 52 hommes. Kharkiv et Odesa sont restées "
      "calmes en mai. Le pont de Semenivka sur le Torets a été détruit le 5 juillet.\n")


@pytest.fixture
def clean_db(hashing_db):
    """A fresh SQLite database, the hashing model, a private cache; two article files."""
    tmp_path = hashing_db
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.fr.txt").write_text(FR, encoding="utf-8")
    return tmp_path


def test_import_align_export_gives_a_tmx_with_the_pairs(clean_db, capsys):
    assert main(["import", "a.en.txt", "a.fr.txt", "--project", "P"]) == 0
    assert main(["align", "--project", "P"]) == 0
    out = capsys.readouterr().out
    assert "3 beads" in out and "a.en.txt (en)" in out and "a.fr.txt (fr)" in out
    assert main(["export", "P", "--format", "tmx", "--output", "x.tmx"]) == 0
    tmx = read_tmx(clean_db / "x.tmx")
    assert (tmx.source_lang, tmx.target_lang) == ("en", "fr")
    assert [(b.source, b.target) for b in tmx.beads] == [
        (["Strelkov arrived in Sloviansk on 12 April 2014 with 52 men."],
         ["Strelkov est arrivé à Sloviansk le 12 avril 2014 avec 52 hommes."]),
        (["Kharkiv and Odesa stayed calm in May."], ["Kharkiv et Odesa sont restées calmes en mai."]),
        (["The Semenivka bridge over the Torets was destroyed on 5 July."],
         ["Le pont de Semenivka sur le Torets a été détruit le 5 juillet."]),
    ]


def test_align_project_keeps_confirmed_pairs_as_anchors(clean_db, capsys):
    from db.repository import open_repository

    assert main(["import", "a.en.txt", "a.fr.txt", "--project", "P"]) == 0
    assert main(["align", "--project", "P", "--documents", "a.en.txt", "a.fr.txt", "--json"]) == 0
    first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert first["anchors"] == 0
    repo = open_repository(f"sqlite:///{clean_db / 'parallax.db'}")
    bead = repo.list_beads(first["run_id"])[1]
    repo.confirm(bead.id, actor="tester")
    repo.close()
    assert main(["align", "--project", "P", "--json", "--model", "hashing"]) == 0
    second = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert second["run_id"] != first["run_id"]
    assert second["anchors"] == 1
    repo = open_repository(f"sqlite:///{clean_db / 'parallax.db'}")
    beads = repo.list_beads(second["run_id"])
    kept = [(b.source_ids, b.target_ids) for b in beads if b.status == "confirmed"]
    repo.close()
    assert kept == [((1,), (1,))]


def test_drift_project_prints_the_stored_runs_flags(clean_db, capsys):
    assert main(["import", "a.en.txt", "a.fr.txt", "--project", "P"]) == 0
    assert main(["drift", "--project", "P"]) == 1
    assert "no alignment run yet" in capsys.readouterr().err
    assert main(["align", "--project", "P"]) == 0
    capsys.readouterr()
    assert main(["drift", "--project", "P", "--all"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 beads, ")
    assert "< Kharkiv and Odesa stayed calm in May." in out
    # the second pair is pair 2 with sentence 2 on each side, as the workbench and the exports say
    second = out[out.index("\npair 2 "):].split("\n")[1:3]
    assert second[0].endswith("source sentence 2 target sentence 2") and "#" not in out
    assert second[1].strip() == "< Kharkiv and Odesa stayed calm in May."
    assert main(["drift", "--project", "P", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [b["pair"] for b in record["beads"]] == [1, 2, 3]
    assert [b["source"] for b in record["beads"]] == [
        ["Strelkov arrived in Sloviansk on 12 April 2014 with 52 men."],
        ["Kharkiv and Odesa stayed calm in May."],
        ["The Semenivka bridge over the Torets was destroyed on 5 July."]]
    assert all("drift" in b and "status" in b for b in record["beads"])


def test_quotes_project_traces_and_stores(clean_db, capsys):
    (clean_db / "q.en.txt").write_text(
        "The witness wrote: “The Semenivka bridge over the Torets was destroyed on 5 July.” "
        "Nobody denied it.\n",
        encoding="utf-8")
    assert main(["import", "q.en.txt", "a.en.txt", "--project", "Q"]) == 0
    capsys.readouterr()
    assert main(["quotes", "--project", "Q", "--documents", "q.en.txt", "a.en.txt", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["quotations"] == 1
    quote = record["quotes"][0]
    assert quote["match"]["text"] == "The Semenivka bridge over the Torets was destroyed on 5 July."
    from db.repository import open_repository

    repo = open_repository(f"sqlite:///{clean_db / 'parallax.db'}")
    stored = repo.list_quotes(record["document"]["id"])
    repo.close()
    assert len(stored) == 1 and len(stored[0].matches) == 1


@pytest.mark.parametrize(
    ("argv", "message", "code"),
    [
        (["align", "a.en.txt", "a.fr.txt", "--project", "P"], "not both", 2),
        (["align"], "--project P", 2),
        (["align", "a.en.txt"], "--project P", 2),
        (["drift", "a.en.txt", "--project", "P"], "not both", 2),
        (["quotes", "a.en.txt", "a.fr.txt", "--project", "P"], "not both", 2),
        (["align", "--documents", "1", "2"], "needs --project", 2),
        (["align", "--project", "Nowhere"], "Nowhere", 1),
        (["align", "--project", "P", "--documents", "a.en.txt", "b.txt"], "no document 'b.txt'", 1),
    ],
)
def test_project_mode_usage_is_one_line(clean_db, capsys, argv, message, code):
    assert main(["import", "a.en.txt", "a.fr.txt", "--project", "P", "--json"]) == 0
    capsys.readouterr()
    assert main(argv) == code
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err


def test_align_project_with_three_documents_lists_them(clean_db, capsys):
    (clean_db / "b.fr.txt").write_text(FR.replace("avril", "mars"), encoding="utf-8")
    assert main(["import", "a.en.txt", "a.fr.txt", "b.fr.txt", "--project", "P"]) == 0
    capsys.readouterr()
    assert main(["align", "--project", "P"]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "#1 a.en.txt (en), #2 a.fr.txt (fr), #3 b.fr.txt (fr)" in err
    assert main(["align", "--project", "P", "--documents", "1", "#3"]) == 0


MARKED_EN = ("Strelkov arrived in Sloviansk on 12 April 2014 [14]. Were they taking part?” [15]. "
             "Kharkiv stayed calm in May.\n\n[14] Interview, 2014.\n[15] Ibid.\n")
MARKED_FR = ("Strelkov est arrivé à Sloviansk le 12 avril 2014 [14]. Y prenaient-ils part ?” [15]. "
             "Kharkiv est restée calme en mai.\n\n[14] Entretien, 2014.\n[15] Ibid.\n")


def test_tmx_and_xliff_segments_keep_the_footnote_markers(clean_db, capsys):
    """A CAT tool's segment of "… 2014 [14]." must match the memory's, so the marker stays (issue 19)."""
    from corpora.import_tm import read_xliff

    (clean_db / "m.en.txt").write_text(MARKED_EN, encoding="utf-8")
    (clean_db / "m.fr.txt").write_text(MARKED_FR, encoding="utf-8")
    assert main(["import", "m.en.txt", "m.fr.txt", "--project", "M"]) == 0
    assert main(["align", "--project", "M"]) == 0
    assert main(["export", "M", "--output", "m.tmx"]) == 0
    assert main(["export", "M", "--output", "m.xlf"]) == 0
    assert main(["export", "M", "--output", "m.jsonl"]) == 0
    expected_source = ["Strelkov arrived in Sloviansk on 12 April 2014 [14].",
                       "Were they taking part?” [15].", "Kharkiv stayed calm in May."]
    tmx = read_tmx(clean_db / "m.tmx")
    assert [s for b in tmx.beads for s in b.source] == expected_source
    first_target = [s for b in tmx.beads for s in b.target][0]
    assert first_target == "Strelkov est arrivé à Sloviansk le 12 avril 2014 [14]."
    xliff = read_xliff(clean_db / "m.xlf")
    assert " ".join(s for b in xliff.beads for s in b.source) == " ".join(expected_source)
    rows = [json.loads(line) for line in (clean_db / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[0]["source"] == ["Strelkov arrived in Sloviansk on 12 April 2014."]  # data: the clean text
    capsys.readouterr()
    assert main(["align", "m.en.txt", "m.fr.txt", "--output", "files.tmx", "--source-lang", "en",
                 "--target-lang", "fr"]) == 0
    assert [s for b in read_tmx(clean_db / "files.tmx").beads for s in b.source] == expected_source


def test_a_batch_pair_and_the_workbench_export_keep_the_markers_too(clean_db):
    """The raw sentences travel with the corpus, so every path that writes TMX keeps "[14]"."""
    from corpora.exporters import export_corpus
    from parallax.batch import Pair, align_pair, local_encoder

    (clean_db / "m.en.txt").write_text(MARKED_EN, encoding="utf-8")
    (clean_db / "m.fr.txt").write_text(MARKED_FR, encoding="utf-8")
    corpus = align_pair(Pair(str(clean_db / "m.en.txt"), str(clean_db / "m.fr.txt"), "m", "en", "fr"),
                        local_encoder("hashing"))
    export_corpus(corpus, "tmx", clean_db / "batch.tmx")
    sources = [s for b in read_tmx(clean_db / "batch.tmx").beads for s in b.source]
    assert sources[0] == "Strelkov arrived in Sloviansk on 12 April 2014 [14]."
    assert corpus.beads[0].source == ["Strelkov arrived in Sloviansk on 12 April 2014."]  # data: clean


def test_a_stored_projects_tmx_pairs_the_footnote_lists_note_for_note(clean_db):
    """The database path attaches the documents too, so its TMX has the notes as units (issue 19)."""
    from lxml import etree

    (clean_db / "m.en.txt").write_text(MARKED_EN, encoding="utf-8")
    (clean_db / "m.fr.txt").write_text(MARKED_FR, encoding="utf-8")
    assert main(["import", "m.en.txt", "m.fr.txt", "--project", "M"]) == 0
    assert main(["align", "--project", "M"]) == 0
    assert main(["export", "M", "--output", "m.tmx"]) == 0
    notes = []
    for tu in etree.parse(str(clean_db / "m.tmx")).iter("tu"):
        if any(p.get("type") == "x-parallax-unit" and p.text == "footnote" for p in tu.iter("prop")):
            notes.append(tuple(tuv.findtext("seg") for tuv in tu.iter("tuv")))
    assert notes == [("[14] Interview, 2014.", "[14] Entretien, 2014."), ("[15] Ibid.", "[15] Ibid.")]
    assert len(read_tmx(clean_db / "m.tmx").beads) == 3  # the notes are not beads
