"""The blind benchmark material parses, is complete and fresh, and the scripts can build from it.

No model and no detection: the blind material must stay unscored until the library is frozen.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
DATA = BENCH / "data"
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def read_tsv(name: str) -> tuple[list[str], list[dict]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def load_script(name: str):
    """A benchmark script as a module (they are scripts, not a package)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("blind", "like"), [("drift_blind.tsv", "drift_sentences.tsv"),
                                             ("quote_blind.tsv", "quote_heldout.tsv"),
                                             ("quote_blind2.tsv", "quote_heldout.tsv"),
                                             ("quote_blind3.tsv", "quote_heldout.tsv"),
                                             ("quote_blind4.tsv", "quote_heldout.tsv")])
def test_blind_tables_parse_and_are_complete(blind: str, like: str) -> None:
    columns, rows = read_tsv(blind)
    assert columns == read_tsv(like)[0]
    assert len(rows) >= 25
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert None not in r, f"{r['id']}: extra columns"
        for lang in ("en", "fr", "ru"):
            assert r[lang] and r[lang].strip() == r[lang], f"{r['id']} {lang}"
        assert CYRILLIC.search(r["ru"]) and not CYRILLIC.search(r["en"] + r["fr"]), r["id"]
        for lang in ("en", "fr", "ru"):
            assert 5 <= len(r[lang].split()) <= 45, f"{r['id']} {lang}"


@pytest.mark.parametrize(("table", "n_absent"), [("quote_blind.tsv", None), ("quote_blind2.tsv", 10),
                                                    ("quote_blind3.tsv", 10), ("quote_blind4.tsv", 10)])
def test_quote_blind_has_present_and_absent_rows(table: str, n_absent: int | None) -> None:
    _, rows = read_tsv(table)
    marks = [r["absent"] for r in rows]
    assert set(marks) == {"0", "1"}
    assert 0.2 <= marks.count("1") / len(marks) <= 0.5
    if n_absent is not None:
        assert marks.count("1") == n_absent


@pytest.mark.parametrize(("table", "distractor_file"),
                         [("quote_blind.tsv", "quote_blind_distractors.ru.txt"),
                          ("quote_blind2.tsv", "quote_blind2_distractors.ru.txt"),
                          ("quote_blind3.tsv", "quote_blind3_distractors.ru.txt"),
                          ("quote_blind4.tsv", "quote_blind4_distractors.ru.txt")])
def test_quote_blind_distractors_are_russian_near_misses_not_copies(table: str, distractor_file: str) -> None:
    lines = (DATA / distractor_file).read_text(encoding="utf-8").splitlines()
    distractors = [x.strip() for x in lines if x.strip()]
    assert len(distractors) >= 20
    assert len(set(distractors)) == len(distractors)
    originals = {r["ru"] for r in read_tsv(table)[1]}
    for d in distractors:
        assert CYRILLIC.search(d) and d not in originals, d


def test_blind_material_is_new() -> None:
    """No blind sentence is a tuning or held-out sentence, nor (blind2, blind3, blind4) one of an earlier
    blind set; no blind3 or blind4 distractor is an earlier sentence or distractor."""
    seen = set()
    for name in ("drift_sentences.tsv", "quote_heldout.tsv"):
        for r in read_tsv(name)[1]:
            seen.update(r[lang] for lang in ("en", "fr", "ru"))
    for name in ("drift_blind.tsv", "quote_blind.tsv"):
        for r in read_tsv(name)[1]:
            for lang in ("en", "fr", "ru"):
                assert r[lang] not in seen, f"{name} {r['id']} {lang}"
    for name in ("drift_blind.tsv", "quote_blind.tsv"):
        for r in read_tsv(name)[1]:
            seen.update(r[lang] for lang in ("en", "fr", "ru"))
    for r in read_tsv("quote_blind2.tsv")[1]:
        for lang in ("en", "fr", "ru"):
            assert r[lang] not in seen, f"quote_blind2.tsv {r['id']} {lang}"
    for r in read_tsv("quote_blind2.tsv")[1]:
        seen.update(r[lang] for lang in ("en", "fr", "ru"))
    for r in read_tsv("quote_blind3.tsv")[1]:
        for lang in ("en", "fr", "ru"):
            assert r[lang] not in seen, f"quote_blind3.tsv {r['id']} {lang}"
    for name in ("quote_distractors.ru.txt", "quote_heldout_distractors.ru.txt",
                 "quote_blind_distractors.ru.txt", "quote_blind2_distractors.ru.txt"):
        seen.update(x.strip() for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x.strip())
    for line in (DATA / "quote_blind3_distractors.ru.txt").read_text(encoding="utf-8").splitlines():
        assert line.strip() not in seen, line
    for r in read_tsv("quote_blind3.tsv")[1]:
        seen.update(r[lang] for lang in ("en", "fr", "ru"))
    seen.update(x.strip() for x in (DATA / "quote_blind3_distractors.ru.txt").read_text(encoding="utf-8")
                .splitlines() if x.strip())
    for r in read_tsv("quote_blind4.tsv")[1]:
        for lang in ("en", "fr", "ru"):
            assert r[lang] not in seen, f"quote_blind4.tsv {r['id']} {lang}"
    for line in (DATA / "quote_blind4_distractors.ru.txt").read_text(encoding="utf-8").splitlines():
        assert line.strip() not in seen, line


def test_injector_applies_every_kind_to_the_blind_sentences() -> None:
    inject = load_script("drift_inject")
    cases = inject.build_cases(13, 0.5, "blind")
    assert [name for name, *_ in cases] == ["blind en→fr", "blind en→ru"]
    n_rows = len(read_tsv("drift_blind.tsv")[1])
    for name, _sl, _tl, injected in cases:
        assert len(injected) == n_rows
        counts = {kind: sum(x.kind == kind for x in injected) for kind in inject.INJECTED}
        assert min(counts.values()) >= 3, (name, counts)
        for x in injected:
            assert (x.kind is None) == (x.target == x.original)


@pytest.mark.parametrize(("material", "table"), [("blind", "quote_blind.tsv"),
                                                 ("blind2", "quote_blind2.tsv"),
                                                 ("blind3", "quote_blind3.tsv"),
                                                 ("blind4", "quote_blind4.tsv")])
def test_quote_dry_run_on_blind_builds_present_absent_and_perturbed(material: str, table: str) -> None:
    quotes = load_script("drift_quotes")
    assert quotes.MATERIALS[material][0] == table
    d = quotes.dry_run(11, material)
    assert d["present"] > 0 and d["absent"] > 0
    absent_rows = sum(r["absent"] == "1" for r in read_tsv(table)[1])
    assert d["by_form"]["en sentence"]["absent"] == d["by_form"]["fr sentence"]["absent"] == absent_rows
    assert set(d["perturbed_by_kind"]) == {"numbers", "names", "reversal"}
