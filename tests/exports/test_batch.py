"""``parallax batch`` on a real local Dask cluster of 2 workers: outputs per pair, resume, failures alone."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.errors import InputError
from corpora.import_tm import read_table, read_tmx
from corpora.schemas import tmx_dtd_path
from parallax.batch import fingerprint, is_done, marker_path, read_manifest, write_pair_outputs
from parallax.cli import main

EN = ["The war began in April.", "Strelkov came from Moscow.", "He said 120 000 people fled.",
      "Nobody counted the dead.", "The ceasefire did not hold.", "Reporters left in June."]
FR = ["La guerre a commencé en avril.", "Strelkov venait de Moscou.",
      "Il a dit que 12 000 personnes ont fui.", "Personne n'a compté les morts.",
      "Le cessez-le-feu n'a pas tenu.", "Les reporters sont partis en juin."]


def _write_pairs(folder, n=3) -> list[str]:
    """n document pairs of different lengths; returns manifest rows."""
    rows = []
    for k in range(n):
        size = 3 + k
        (folder / f"doc{k}.en.txt").write_text(" ".join(EN[:size]) + "\n", encoding="utf-8")
        (folder / f"doc{k}.fr.txt").write_text(" ".join(FR[:size]) + "\n", encoding="utf-8")
        rows.append(f"doc{k}.en.txt,doc{k}.fr.txt,pair{k},en,fr")
    return rows


def test_manifest_forms_and_errors(tmp_path):
    (tmp_path / "m.csv").write_text("source,target,name\n# comment\na.txt,b.txt,x\n\nc.txt,d.txt,\n",
                                    encoding="utf-8")
    pairs = read_manifest(tmp_path / "m.csv")
    assert [(p.name, p.line) for p in pairs] == [("x", 3), ("c", 5)]
    assert pairs[0].source == str(tmp_path / "a.txt")
    (tmp_path / "dup.csv").write_text("a.txt,b.txt\na.txt,c.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match="also used on line 1"):
        read_manifest(tmp_path / "dup.csv")
    (tmp_path / "bad.csv").write_text("a.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_manifest(tmp_path / "bad.csv")


@pytest.mark.slow  # a real local Dask cluster: 11 to 15 s, most of it starting the two worker processes
def test_batch_cli_two_workers_outputs_resume_and_a_failure_alone(tmp_path, capsys):
    rows = _write_pairs(tmp_path)
    (tmp_path / "broken.fr.txt").write_bytes(b"")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("\n".join([*rows, "doc0.en.txt,broken.fr.txt,broken,en,fr"]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    argv = ["batch", str(manifest), "--workers", "2", "--model", "hashing", "--output-dir", str(out),
            "--format", "tmx,tsv,jsonl,report", "--json", "--no-progress"]
    assert main(argv) == 1  # one pair failed
    summary = json.loads(capsys.readouterr().out)
    assert sorted(summary["done"]) == ["pair0", "pair1", "pair2"] and summary["workers"] == 2
    assert list(summary["failed"]) == ["broken"] and "broken.fr.txt" in summary["failed"]["broken"]
    assert set(summary["model_loads"].values()) == {1}  # once per worker, not once per pair

    dtd = etree.DTD(str(tmx_dtd_path()))
    pairs = read_manifest(manifest)
    for k in range(3):
        root = etree.parse(str(out / f"pair{k}.tmx")).getroot()
        assert dtd.validate(root), dtd.error_log.filter_from_errors()
        memory = read_tmx(out / f"pair{k}.tmx")
        table = read_table(out / f"pair{k}.tsv")
        lines = (out / f"pair{k}.jsonl").read_text(encoding="utf-8").splitlines()
        # every sentence of both texts is in exactly one bead of the lossless outputs
        assert sorted(i for b in table.beads for i in b.source_ids) == list(range(3 + k))
        assert sorted(j for b in table.beads for j in b.target_ids) == list(range(3 + k))
        assert len(lines) == len(table.beads) >= len(memory.beads) > 0
        assert (memory.source_lang, memory.target_lang, memory.model) == ("en", "fr", "hashing-256")
        assert "Drift report" in (out / f"pair{k}.drift.html").read_text(encoding="utf-8")
        marker = json.loads(marker_path(out, pairs[k]).read_text(encoding="utf-8"))
        assert sorted(marker["files"]) == sorted(
            [f"pair{k}.tmx", f"pair{k}.tsv", f"pair{k}.jsonl", f"pair{k}.drift.html"])
    # the 120 000 / 12 000 sentence is flagged in the pair that contains it
    assert any("numbers" in b.kinds for b in read_table(out / "pair0.tsv").beads)
    assert not (out / "broken.tmx").exists() and not marker_path(out, pairs[3]).exists()
    assert not list(out.glob(".*.part"))

    # a re-run of the finished pairs skips them all (no cluster is even started)
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(argv) == 0
    again = json.loads(capsys.readouterr().out)
    assert sorted(again["skipped"]) == ["pair0", "pair1", "pair2"] and again["done"] == []


def test_done_marker_is_invalidated_by_changes(tmp_path):
    rows = _write_pairs(tmp_path, 1)
    (tmp_path / "m.csv").write_text(rows[0] + "\n", encoding="utf-8")
    pair = read_manifest(tmp_path / "m.csv")[0]
    inputs = {"source": fingerprint(pair.source), "target": fingerprint(pair.target)}
    corpus = AlignedCorpus("en", "fr", [AlignedBead([0], [0], [EN[0]], [FR[0]], 0.9)], model="hashing-256")
    write_pair_outputs(corpus, pair, tmp_path / "o", ["tsv"], "hashing", inputs)
    assert is_done(pair, tmp_path / "o", ["tsv"], "hashing", inputs)
    assert not is_done(pair, tmp_path / "o", ["tsv", "tmx"], "hashing", inputs)  # a new format
    assert not is_done(pair, tmp_path / "o", ["tsv"], "use-m3", inputs)  # another model
    changed = {**inputs, "source": "0" * 64}
    assert not is_done(pair, tmp_path / "o", ["tsv"], "hashing", changed)  # the source file changed
    (tmp_path / "o" / "pair0.tsv").unlink()
    assert not is_done(pair, tmp_path / "o", ["tsv"], "hashing", inputs)  # an output went missing


def test_local_workers_share_the_cores_instead_of_each_taking_all():
    from parallax.batch import worker_thread_env
    from parallax.settings import Settings

    assert worker_thread_env(2, cores=2)["PARALLAX_THREADS"] == "1"
    assert worker_thread_env(2, cores=8)["NUMBA_NUM_THREADS"] == "4"
    assert worker_thread_env(4, cores=2)["OMP_NUM_THREADS"] == "1"  # never zero
    env = worker_thread_env(2, cores=6)
    assert Settings.from_env(env).model_setup().threads == 3  # what each worker's model is given



def _terms_pair(tmp_path):  # noqa: ANN001, ANN202
    rows = _write_pairs(tmp_path, 1)
    (tmp_path / "m.csv").write_text(rows[0] + "\n", encoding="utf-8")
    (tmp_path / "terms.csv").write_text("en,fr\nBlack Hundreds,Cent-Noirs\n", encoding="utf-8")
    return read_manifest(tmp_path / "m.csv")[0]


def test_a_batch_pair_runs_the_pipeline_with_the_termbase(tmp_path, monkeypatch):
    import parallax.pipeline
    from alignment.termbase import Termbase, TermEntry
    from parallax.batch import align_pair
    from parallax.settings import current

    seen = []
    real = parallax.pipeline.run_files
    monkeypatch.setattr(parallax.pipeline, "run_files",
                        lambda *a, **k: seen.append(k.get("termbase")) or real(*a, **k))
    termbase = Termbase((TermEntry.of({"en": "Black Hundreds", "fr": "Cent-Noirs"}),))
    encoder = current().encoder("hashing", cache=False)
    align_pair(_terms_pair(tmp_path), encoder)
    align_pair(_terms_pair(tmp_path), encoder, termbase)
    assert seen == [None, termbase]


@pytest.mark.slow  # a real local Dask cluster
def test_batch_with_a_termbase_redoes_pairs_finished_without_it(tmp_path, capsys):
    pair = _terms_pair(tmp_path)
    out = tmp_path / "out"
    argv = ["batch", str(tmp_path / "m.csv"), "--workers", "1", "--model", "hashing", "--output-dir",
            str(out), "--format", "tsv", "--json", "--no-progress"]
    assert main(argv) == 0
    assert "terms" not in json.loads(marker_path(out, pair).read_text(encoding="utf-8"))["inputs"]
    assert main([*argv, "--terms", str(tmp_path / "terms.csv")]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["done"] == [pair.name] and summary["skipped"] == []
    assert json.loads(marker_path(out, pair).read_text(encoding="utf-8"))["inputs"]["terms"]
    assert main([*argv, "--terms", str(tmp_path / "terms.csv")]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["skipped"] == [pair.name]
