"""The strict/lax scorer on hand-made cases worked out from the definitions."""

from __future__ import annotations

import pytest

from alignment.evaluation import (
    find_gold_documents,
    parse_gold_line,
    read_gold,
    score,
    score_many,
)

GOLD = [((0,), (0,)), ((1,), (1, 2)), ((), (3,)), ((2, 3), (4,)), ((4,), ())]


def test_perfect_prediction_scores_one() -> None:
    s = score(GOLD, GOLD)
    assert s.strict_f1 == pytest.approx(1.0)
    assert s.lax_f1 == pytest.approx(1.0)


def test_split_bead_is_lax_but_not_strict() -> None:
    # gold [1]:[1,2] predicted as [1]:[1] + []:[2]
    pred = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((), (3,)), ((2, 3), (4,)), ((4,), ())]
    s = score(GOLD, pred)
    # precision over 6 predicted beads: strict right = [0]:[0], []:[3], [2,3]:[4], [4]:[] -> 4
    assert s.strict_precision == pytest.approx(4 / 6)
    # lax: [1]:[1] overlaps gold [1]:[1,2] on both sides -> right; []:[2] is not in gold -> wrong
    assert s.lax_precision == pytest.approx(5 / 6)
    # recall over gold beads with both sides (3): [0]:[0] and [2,3]:[4] found exactly
    assert s.strict_recall == pytest.approx(2 / 3)
    # lax recall: gold [1]:[1,2] overlaps predicted [1]:[1] -> all 3
    assert s.lax_recall == pytest.approx(1.0)


def test_insertions_and_deletions_count_only_in_precision() -> None:
    gold = [((0,), (0,)), ((1,), (1,))]
    pred = [((0,), (0,)), ((1,), ()), ((), (1,))]
    s = score(gold, pred)
    assert s.strict_precision == pytest.approx(1 / 3)
    assert s.lax_precision == pytest.approx(1 / 3)  # an empty side never overlaps
    assert s.strict_recall == pytest.approx(1 / 2)
    assert s.lax_recall == pytest.approx(1 / 2)


def test_lax_needs_overlap_on_both_sides_of_the_same_gold_bead() -> None:
    gold = [((0,), (0,)), ((1,), (1,))]
    # source 0 is in gold bead 0, target 1 in gold bead 1: no single gold bead shares both
    pred = [((0,), (1,)), ((1,), (0,))]
    s = score(gold, pred)
    assert s.lax_precision == 0.0
    assert s.lax_recall == 0.0


def test_empty_beads_are_ignored() -> None:
    s = score([((0,), (0,))], [((0,), (0,)), ((), ())])
    assert s.strict_precision == 1.0


def test_micro_average_sums_counts_before_dividing() -> None:
    gold_a = [((0,), (0,))]
    gold_b = [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    pred_a = [((0,), ())] + [((), (0,))]  # 0 right of 2
    pred_b = gold_b  # 3 right of 3
    s = score_many([gold_a, gold_b], [pred_a, pred_b])
    assert s.strict_precision == pytest.approx(3 / 5)  # not the mean of 0 and 1
    assert s.strict_recall == pytest.approx(3 / 4)
    assert s.strict_f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_nothing_predicted_gives_zero_not_an_error() -> None:
    s = score(GOLD, [])
    assert s.strict_f1 == 0.0 and s.lax_f1 == 0.0


def test_gold_lines_parse_and_bad_lines_are_refused(tmp_path) -> None:
    assert parse_gold_line("[4]:[5, 6, 7]") == ((4,), (5, 6, 7))
    assert parse_gold_line("[]:[12]") == ((), (12,))
    assert parse_gold_line("[3, 4]:[]") == ((3, 4), ())
    with pytest.raises(ValueError):
        parse_gold_line("4:5")
    path = tmp_path / "x.defr"
    path.write_text("[0]:[0]\n\n[1, 2]:[1]\n", encoding="utf-8")
    assert read_gold(path) == [((0,), (0,)), ((1, 2), (1,))]


def test_gold_documents_are_found_by_split_in_natural_order(tmp_path) -> None:
    for name in ("test10", "test2", "dev"):
        for ext in ("de", "fr"):
            (tmp_path / f"{name}.{ext}").write_text("a\n", encoding="utf-8")
        (tmp_path / f"{name}.defr").write_text("[0]:[0]\n", encoding="utf-8")
    (tmp_path / "test3.defr").write_text("[0]:[0]\n", encoding="utf-8")  # sides missing: skipped
    docs = find_gold_documents(tmp_path, "test")
    assert [d.name for d in docs] == ["test2", "test10"]
    assert docs[0].source_path.name == "test2.de" and docs[0].target_path.name == "test2.fr"
