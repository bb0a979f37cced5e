"""Three texts through the English pivot: rows joining EN–FR and EN–RU."""

from __future__ import annotations

from alignment.three import ThreeWayRow, align_three, join_on_pivot
from alignment.types import Bead
from models.fake import HashingEncoder


def beads(*pairs: tuple[tuple[int, ...], tuple[int, ...]]) -> list[Bead]:
    return [Bead(s, t, score=0.9) for s, t in pairs]


def test_rows_take_the_coarser_english_grouping_of_the_two() -> None:
    en_fr = beads(((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)))
    en_ru = beads(((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), ()))
    rows = join_on_pivot(en_fr, en_ru, 4)
    assert [(r.english_ids, r.french_ids, r.russian_ids) for r in rows] == [
        ((0,), (0,), (0,)),
        ((1, 2), (1,), (1, 2, 3)),
        ((3,), (2,), ()),
    ]


def test_additions_become_their_own_rows_unless_inside_a_row() -> None:
    en_fr = beads(((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,)), ((), (4,)))
    # Russian joins English 1 and 2, with an addition between them
    en_ru = beads(((), (0,)), ((0,), (1,)), ((1,), (2,)), ((), (3,)), ((2,), (4,)))
    en_ru = [en_ru[0], en_ru[1], Bead((1, 2), (2, 3, 4), 0.8)]
    rows = join_on_pivot(en_fr, en_ru, 3)
    assert rows == [
        ThreeWayRow((), russian_ids=(0,), russian_score=0.9),
        ThreeWayRow((0,), (0,), (1,), 0.9, 0.9),
        ThreeWayRow((), french_ids=(1,), french_score=0.9),
        ThreeWayRow((1, 2), (2, 3), (2, 3, 4), 0.9, 0.8),
        ThreeWayRow((), french_ids=(4,), french_score=0.9),
    ]


def test_addition_between_two_beads_of_one_row_joins_that_row() -> None:
    en_fr = beads(((0,), (0,)), ((), (1,)), ((1,), (2,)))
    en_ru = beads(((0, 1), (0,)))
    rows = join_on_pivot(en_fr, en_ru, 2)
    assert rows == [ThreeWayRow((0, 1), (0, 1, 2), (0,), 0.9, 0.9)]


def test_every_sentence_of_each_text_appears_once() -> None:
    english = [
        "The mayor opened the new library on Monday.",
        "It holds forty thousand books.",
        "Children can borrow ten at a time.",
        "The old building will become a museum.",
    ]
    french = [
        "The mayor opened the new library on Monday.",
        "It holds forty thousand books. Children can borrow ten at a time.",
        "The old building will become a museum.",
    ]
    russian = ["It holds forty thousand books.", "Children can borrow ten at a time."]
    result = align_three(english, french, russian, HashingEncoder())
    for side, n in (("english_ids", 4), ("french_ids", 3), ("russian_ids", 2)):
        ids = [i for row in result.rows for i in getattr(row, side)]
        assert sorted(ids) == list(range(n)), side
    row = next(r for r in result.rows if 1 in r.english_ids)
    assert row.english_ids == (1, 2) and row.french_ids == (1,) and row.russian_ids == (0, 1)
    assert result.english_french.model == result.model == "hashing-256"
