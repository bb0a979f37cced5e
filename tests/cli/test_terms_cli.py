"""``parallax terms`` (import, export, list; TBX and CSV) and a project re-run that honours both the
termbase and the flags a reviewer dismissed as "not a drift" (issue 16, item 5).

On a clean SQLite database with the hashing model.
"""

from __future__ import annotations

import json

import pytest

from alignment.termbase import entries_from_records, records_of
from corpora.errors import InputError
from corpora.termfiles import TermRecord, read_terms, terms_bytes
from parallax.cli import main

EN = ("The strike committee met in secret. The museum keeps the last photographs of the poet. The Kremlin "
      "supports this reincarnation of the White Guards and the Black Hundreds who are destabilizing "
      "Ukraine; but it seems that it is also afraid of them. Strelkov arrived in Sloviansk with 52 men. "
      "The bridge was rebuilt after the war.\n")
RU = ("Забастовочный комитет собирался тайно. Музей хранит последние фотографии поэта. Кремль поддерживает "
      "это перевоплощение белогвардейцев и черносотенцев, которые дестабилизируют Украину, но, похоже, он "
      "их тоже боится. Стрелков прибыл в Славянск с 25 бойцами. Мост был восстановлен после войны.\n")
TERMS_CSV = ("en,fr,ru,note\nBlack Hundreds,Cent-Noirs,черносотенцы,monarchist movement of 1905\n"
             "White Guards | White Guard,Gardes blancs,белогвардейцы,\n")


@pytest.fixture
def clean_db(hashing_db):
    """A fresh SQLite database, the hashing model, a private cache; the article and a termbase."""
    tmp_path = hashing_db
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.ru.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "terms.csv").write_text(TERMS_CSV, encoding="utf-8")
    return tmp_path


def test_tbx_and_csv_keep_every_term_note_and_language():
    records = [TermRecord({"en": ["Black Hundreds", "Black Hundred"], "fr": ["Cent-Noirs"],
                           "ru": ["черносотенцы"]}, "monarchist, 1905"),
               TermRecord({"en": ["-ish"], "fr": ["=SUM(A1)"]}, "")]
    for kind in ("tbx", "csv"):
        back = read_terms(terms_bytes(records, kind), f"terms.{kind}")
        assert [(dict(r.terms), r.note) for r in back] == [(dict(r.terms), r.note) for r in records], kind
    assert b"'=SUM(A1)" in terms_bytes(records, "csv")  # a spreadsheet does not run it
    entries = entries_from_records(records)
    assert entries_from_records(records_of(entries)) == entries


def test_terms_import_list_export_and_back(clean_db, capsys):
    assert main(["import", "a.en.txt", "a.ru.txt", "--project", "P"]) == 0
    assert main(["terms", "import", "P", "terms.csv"]) == 0
    assert "2 of 2 entries added" in capsys.readouterr().out
    assert main(["terms", "import", "P", "terms.csv"]) == 0
    assert "0 of 2 entries added" in capsys.readouterr().out
    assert main(["terms", "list", "P", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["entries"]
    assert [e["terms"] for e in listed] == [
        {"en": ["Black Hundreds"], "fr": ["Cent-Noirs"], "ru": ["черносотенцы"]},
        {"en": ["White Guards", "White Guard"], "fr": ["Gardes blancs"], "ru": ["белогвардейцы"]}]
    assert listed[0]["note"] == "monarchist movement of 1905" and listed[0]["created_by"] == "tester"
    assert main(["terms", "export", "P", "out.tbx"]) == 0
    assert main(["import", "a.en.txt", "--project", "Q"]) == 0
    assert main(["terms", "import", "Q", "out.tbx"]) == 0
    capsys.readouterr()
    assert main(["terms", "list", "Q", "--json"]) == 0
    copied = json.loads(capsys.readouterr().out)["entries"]
    assert [e["terms"] for e in copied] == [e["terms"] for e in listed]
    assert main(["terms", "list", "P"]) == 0
    assert "#1 en: Black Hundreds · fr: Cent-Noirs · ru: черносотенцы" in capsys.readouterr().out


@pytest.mark.parametrize("name, content, message", [
    ("terms.txt", b"en,fr\n", "must end in .tbx or .csv"),
    ("missing.csv", None, "no such file"),
    ("bad.csv", b"term,translation\nBlack Hundreds,Cent-Noirs\n", "must name a language per column"),
    ("latin1.csv", "en,fr\nWhite Guards,Gardes blancs é\n".encode("latin-1"), "not UTF-8"),
    ("empty.csv", b"en,fr\n", "holds no terms"),
    ("bad.tbx", b"<martif><text>", "not well-formed XML"),
    ("v3.tbx", b"<tbx><text/></tbx>", "TBX 3"),
    ("other.tbx", b"<tmx/>", "not a TBX file"),
    ("bomb.tbx", b'<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]><martif>&a;</martif>',
     "refuses to expand entities"),
])
def test_bad_termbase_files_get_one_line(clean_db, capsys, name, content, message):
    assert main(["import", "a.en.txt", "--project", "P"]) == 0
    if content is not None:
        (clean_db / name).write_bytes(content)
    capsys.readouterr()
    assert main(["terms", "import", "P", name]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_unknown_project_and_unwritable_file_are_one_line(clean_db, capsys):
    assert main(["terms", "list", "nope"]) == 1
    assert "no project named 'nope'" in capsys.readouterr().err
    assert main(["import", "a.en.txt", "--project", "P"]) == 0
    assert main(["terms", "export", "P", "no/such/folder/t.csv"]) == 1
    assert "cannot write it" in capsys.readouterr().err
    with pytest.raises(InputError):
        read_terms(b"en,fr\n", "x.xlsx")


def _beads(run_id: int, db):  # noqa: ANN001, ANN202
    """The repository (to be closed by the caller) and the stored beads of a run."""
    from db.repository import open_repository

    repo = open_repository(f"sqlite:///{db / 'parallax.db'}")
    return repo, repo.list_beads(run_id)


def _run(capsys) -> int:  # noqa: ANN001
    assert main(["align", "--project", "P", "--json"]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])["run_id"]


def _said(bead) -> str:  # noqa: ANN001
    """Every reason of a stored bead, flags and hints (dismissed ones included)."""
    return " ".join(list(bead.reasons) + [str(h.get("reason")) for h in bead.hints or []])


def test_a_project_rerun_honours_the_dismissal_and_the_termbase(clean_db, capsys):
    assert main(["import", "a.en.txt", "a.ru.txt", "--project", "P"]) == 0
    first = _run(capsys)
    repo, beads = _beads(first, clean_db)
    hundreds = [b for b in beads if "numbers" in b.kinds and "Hundreds" in _said(b)]
    assert len(hundreds) == 1  # "Black Hundreds" read as ~10^2, no counterpart in Russian
    bead = hundreds[0]
    repo.dismiss_flags(bead.id, actor="tester", expected_version=bead.version)
    repo.close()

    second = _run(capsys)
    repo, again = _beads(second, clean_db)
    repo.close()
    same = next(b for b in again if (b.source_ids, b.target_ids) == (bead.source_ids, bead.target_ids))
    assert "numbers" not in same.kinds  # dismissed in the earlier run: not raised again
    assert any(h.get("dismissed", {}).get("by") == "tester" for h in same.hints)
    assert main(["drift", "--project", "P", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["flagged"] == sum(b.flagged for b in beads) - 1
    shown = next(b for b in record["beads"] if b["source_ids"] == list(bead.source_ids))
    assert [(d["kind"], d["by"], d["reason"]) for d in shown["dismissed"]] == [("numbers", "tester",
                                                                                 "not a drift")]

    assert main(["terms", "import", "P", "terms.csv"]) == 0
    assert main(["drift", "--project", "P"]) == 0
    assert "termbase: entries added after this run" in capsys.readouterr().out
    third = _run(capsys)
    repo, last = _beads(third, clean_db)
    repo.close()
    assert not any("Hundreds" in _said(b) for b in last)  # a title now, not a number
