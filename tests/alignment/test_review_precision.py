"""The workbench's quality figure: precision of the machine's beads against reviewers' decisions."""

from __future__ import annotations

from alignment.evaluation import review_precision_counts

MACHINE = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,)), ((5,), (5,))]


def test_only_what_reviewers_judged_counts_strict_and_lax() -> None:
    # Beads 0 and 1 confirmed, 2 rejected, 3 and 4 merged into one 2:2 bead, 5 not looked at yet.
    reviewed = [((0,), (0,)), ((1,), (1,)), ((3, 4), (3, 4))]
    rejected = [((2,), (2,))]
    assert review_precision_counts(MACHINE, reviewed, rejected) == (5, 2, 4)


def test_nothing_reviewed_judges_nothing() -> None:
    assert review_precision_counts(MACHINE, [], []) == (0, 0, 0)


def test_stored_lists_count_like_tuples() -> None:
    machine = [[[0], [0]], [[1], [2]]]  # the JSON form the database keeps
    assert review_precision_counts(machine, [[[0], [0]], [[1], [1, 2]]], []) == (2, 1, 2)


def test_an_empty_side_matches_only_an_empty_side() -> None:
    # A 1:0 bead inside a reviewed omission is laxly right; inside a reviewed 1:1 bead it is wrong.
    assert review_precision_counts([((7,), ())], [((7, 8), ())], []) == (1, 0, 1)
    assert review_precision_counts([((5,), ())], [((5,), (5,))], []) == (1, 0, 0)
    # A bead with a sentence no reviewed bead holds is not judged yet.
    assert review_precision_counts([((8,), (9,))], [((7, 8), ())], []) == (0, 0, 0)
