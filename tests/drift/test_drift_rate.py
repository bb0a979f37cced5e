"""The injected-drift benchmark at a realistic base rate (issue 16): the rate is honoured per document,
and false alarms per 100 untouched pairs, PR-AUC and top-k precision are computed right.

No real model: the injection is checked with ``--dry-run`` (no detection at all), the figures on
hand-made rows with literal expected values, the plumbing with the hashing encoder.
"""

from __future__ import annotations

import json

import pytest

from tests.drift.test_benchmark_material import load_script

INJECT = load_script("drift_inject")
METRICS = load_script("drift_metrics")


def dry_run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert INJECT.main(["--dry-run", "--json", *args]) == 0
    out = json.loads(capsys.readouterr().out)
    return out if isinstance(out, list) else [out]


def test_default_rate_perturbs_five_percent_of_each_document(capsys: pytest.CaptureFixture[str]) -> None:
    """85 pairs a blind document at the default rate 0.05: 4 perturbed (85 × 0.05 = 4.25), every seed."""
    runs = dry_run_json(capsys, "--material", "blind", "--seeds", "21-25")
    assert [r["seed"] for r in runs] == [21, 22, 23, 24, 25]
    for r in runs:
        assert r["rate"] == 0.05
        assert {name: (d["pairs"], d["injected"]) for name, d in r["docs"].items()} == {
            "blind en→fr": (85, 4), "blind en→ru": (85, 4)}


def test_own_documents_get_two_of_42_and_the_kinds_stay_balanced(capsys: pytest.CaptureFixture[str]) -> None:
    runs = dry_run_json(capsys, "--seeds", "21-30", "--rate", "0.05")
    for r in runs:
        assert r["docs"]["own en→fr"]["injected"] == 2  # 42 × 0.05 = 2.1
        assert r["docs"]["own en→ru"]["injected"] == 2
        if "text+berg dev de→fr" in r["docs"]:  # the shared benchmark may be absent
            assert r["docs"]["text+berg dev de→fr"]["injected"] == 12  # 246 × 0.05 = 12.3
        kinds = [r["total"][k] for k in INJECTED_KINDS]
        assert max(kinds) - min(kinds) <= 1, kinds
    # a higher rate on the 42 own sentences: 42 × 0.25 = 10.5, rounded half up
    r = dry_run_json(capsys, "--seed", "21", "--rate", "0.25")[0]
    assert r["docs"]["own en→fr"]["injected"] == 11 and r["docs"]["own en→ru"]["injected"] == 11


INJECTED_KINDS = ("numbers", "names", "omission", "addition", "reversal")


def test_injection_is_deterministic_and_bernoulli_keeps_the_old_draw() -> None:
    a = INJECT.build_cases(21, 0.05, "blind", "exact")
    b = INJECT.build_cases(21, 0.05, "blind", "exact")
    assert [[(x.target, x.kind) for x in inj] for *_, inj in a] == \
        [[(x.target, x.kind) for x in inj] for *_, inj in b]
    for _name, _sl, _tl, injected in a:
        assert sum(x.kind is not None for x in injected) == 4
        for x in injected:
            assert (x.kind is None) == (x.target == x.original)
    # the old per-pair coin: 0.5 of 85 pairs is not exactly 43 (seed 13 gave other counts)
    old = INJECT.build_cases(13, 0.5, "blind", "bernoulli")
    assert [sum(x.kind is not None for x in inj) for *_, inj in old] != [43, 43]


def test_bad_rate_and_seed_range_are_one_line_errors(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--rate", "0"], ["--rate", "1.5"], ["--seeds", "30-21"], ["--seeds", "x"],
                 ["--list-flags", "out.md"]):
        with pytest.raises(SystemExit) as exc:
            INJECT.main(["--dry-run", *args])
        assert exc.value.code == 2
        assert "Traceback" not in capsys.readouterr().err
    assert INJECT.parse_seeds("21-25,30") == [21, 22, 23, 24, 25, 30]


def test_false_alarms_and_top_k_on_a_tiny_example() -> None:
    untouched = [True, True, True, True, False]
    assert METRICS.false_alarms_per_100(untouched, [True, False, False, False, True]) == 25.0
    labels = [False, True, False, False, True, False]
    scores = [0.9, 0.8, 0.7, 0.1, 0.05, 0.0]
    assert METRICS.top_k_precision(labels, scores, 2) == 0.5
    assert METRICS.top_k_precision(labels, scores, 4) == 0.25
    assert METRICS.top_k_precision(labels, scores, 10) == pytest.approx(2 / 6)  # k past the end: all 6
    assert METRICS.top_k_ceiling(labels, 1) == 1.0
    assert METRICS.top_k_ceiling(labels, 4) == 0.5


def _row(seed: int, doc: str, kind: str | None, kinds: list[str], score: float) -> dict:
    strengths = dict.fromkeys(("meaning", *INJECTED_KINDS, "form"), 0.0)
    for k in kinds:
        strengths[k] = score
    if kind:
        strengths[kind] = max(strengths[kind], score)
    return {"seed": seed, "doc": doc, "kind": kind, "kinds": kinds, "strengths": strengths, "score": score}


def tiny_rows(seed: int = 1) -> list[dict]:
    """Document A, 12 pairs: numbers injected and flagged (0.9), omission injected and missed (0.05),
    two untouched pairs flagged (names 0.8, form 0.7), eight untouched at 0.1. Document B, 4 pairs:
    reversal injected and flagged (0.6), three untouched at 0.0."""
    a = [_row(seed, "A", "numbers", ["numbers"], 0.9)]
    a += [_row(seed, "A", None, [], 0.1) for _ in range(2)]
    a += [_row(seed, "A", None, ["names"], 0.8), _row(seed, "A", None, [], 0.1),
          _row(seed, "A", "omission", [], 0.05), _row(seed, "A", None, [], 0.1),
          _row(seed, "A", None, ["form"], 0.7)]
    a += [_row(seed, "A", None, [], 0.1) for _ in range(4)]
    b = [_row(seed, "B", None, [], 0.0), _row(seed, "B", None, [], 0.0),
         _row(seed, "B", "reversal", ["reversal"], 0.6), _row(seed, "B", None, [], 0.0)]
    return a + b


def test_summary_on_hand_made_rows() -> None:
    s = INJECT.summarise(tiny_rows())
    assert (s["pairs"], s["injected"], s["untouched"]) == (16, 3, 13)
    bead = s["bead_level"]
    assert (bead["tp"], bead["fp"], bead["fn"]) == (2, 2, 1)
    assert bead["precision"] == 0.5 and bead["recall"] == pytest.approx(2 / 3)
    assert bead["false_alarms"] == 2
    assert bead["false_alarms_per_100"] == pytest.approx(15.3846, abs=1e-4)  # 2 of 13 untouched
    # ranks 1, 4 and 13 are drifted: (1 + 2/4 + 3/13) / 3 = 15/26
    assert bead["pr_auc"] == pytest.approx(0.576923, abs=1e-6)
    # A's top 10: 0.9, 0.8, 0.7 and seven of the 0.1 pairs → 1 drifted = 0.1; B's 4 pairs: 1 of 4 = 0.25
    assert bead["top10"] == pytest.approx(0.175)
    assert bead["top10_ceiling"] == pytest.approx(0.225)  # (2/10 + 1/4) / 2
    assert bead["top25"] == pytest.approx(0.208333, abs=1e-6)  # (2/12 + 1/4) / 2
    k = s["kinds"]
    numbers = k["numbers"]
    assert (numbers["recall"], numbers["precision"], numbers["false_alarms_per_100"]) == (1.0, 1.0, 0.0)
    assert k["names"]["false_alarms"] == 1
    assert k["names"]["false_alarms_per_100"] == pytest.approx(7.6923, abs=1e-4)  # 1 of 13
    assert k["omission"]["recall"] == 0.0 and k["omission"]["fn"] == 1
    assert s["false_alarms_per_100_by_kind"]["form"] == pytest.approx(7.6923, abs=1e-4)
    assert s["per_doc"]["A"]["bead_level"]["false_alarms_per_100"] == 20.0  # 2 of A's 10 untouched
    assert s["per_doc"]["B"]["bead_level"]["top10"] == 0.25


def test_pr_auc_matches_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn.metrics")
    rows = tiny_rows()
    labels = [r["kind"] is not None for r in rows]
    scores = [r["score"] for r in rows]
    assert METRICS.average_precision(labels, scores) == pytest.approx(
        sklearn.average_precision_score(labels, scores))


def test_seed_ranges_pool_and_span_the_seeds() -> None:
    one, two = tiny_rows(1), tiny_rows(2)
    two[5] = _row(2, "A", "omission", ["omission"], 0.05)  # seed 2 catches the omission
    per_seed = {1: INJECT.summarise(one), 2: INJECT.summarise(two)}
    ranges = INJECT.seed_ranges(per_seed)
    assert ranges["bead_level"]["recall"] == pytest.approx((2 / 3, 1.0))
    assert ranges["kinds"]["omission"]["recall"] == (0.0, 1.0)
    pooled = INJECT.summarise(one + two)
    assert pooled["bead_level"]["recall"] == pytest.approx(5 / 6)
    assert pooled["bead_level"]["top10"] == pytest.approx(0.175)  # four queues: 0.1, 0.25, 0.1, 0.25


def test_run_and_natural_flags_with_the_hashing_encoder(tmp_path) -> None:
    from models.fake import HashingEncoder

    result = INJECT.run("hashing", [21, 22], 0.05, encoder=HashingEncoder())
    assert result["seeds"] == [21, 22] and set(result["per_seed"]) == {21, 22}
    assert result["injected"] == sum(s["injected"] for s in result["per_seed"].values())
    assert "top10" in result["ranges"]["bead_level"]
    assert "false alarms / 100 untouched" in INJECT.to_markdown(result)
    flags = {"model": "hashing-64", "pairs": 2, "flagged": 1, "flags_per_100": 50.0,
             "flags": [{"doc": "d", "pair": 2, "source": "a | b", "target": "c", "kinds": ["numbers"],
                        "reasons": ["numbers: 3 → 4"]}]}
    table = INJECT.flags_markdown(flags)
    assert "| 1 | d | 2 | a \\| b | c | numbers | numbers: 3 → 4 |  |" in table
    assert "| verdict |" in table
