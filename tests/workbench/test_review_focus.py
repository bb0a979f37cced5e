"""The Review page keeps the reviewer on the pair they work on (issue 18).

After a merge, split, re-link, mark, undo or redo, the active pair is the bead the action made
or touched, and the next click acts on it, never on pair #1.
"""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from db.repository import Repository
from db.views import BeadView
from parallax.settings import current

APP = Path(__file__).resolve().parents[2] / "app.py"


def _repo() -> Repository:
    return Repository.open(current().database())


def _review() -> AppTest:
    """The demo corpus aligned, then the Review page."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.radio(key="page").set_value("Align").run()
    at.button(key="align_button").click().run()
    at.sidebar.radio(key="page").set_value("Review").run()
    assert not at.exception, at.exception
    return at


def _beads(at: AppTest) -> list[BeadView]:
    repo = _repo()
    return repo.list_beads(repo.list_runs(at.sidebar.selectbox(key="project_select").value)[0].id)


def _click(at: AppTest, key: str) -> None:
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    # the hashing test encoder makes the demo look like no translation: that notice is not the click's
    warnings = [w.value for w in at.warning if not w.value.startswith("Check the pair of texts")]
    assert not warnings, warnings


def _browser_shows(at: AppTest, bead_id: int) -> None:
    """The page tells the browser which pair to show: the selector's label can change with an
    action (its number, its text), and a browser left holding the old label sends it back on the
    next click, which Streamlit answers with the first option, pair #1."""
    selector = at.selectbox(key="active_bead")
    assert selector.value == bead_id
    assert selector.proto.set_value and selector.proto.raw_value == selector.format_func(bead_id)


def _acted_on_the_fifth(action: str) -> tuple[AppTest, list[BeadView]]:
    """The Review page after picking pair #5 and clicking ``action``; the pairs as they were."""
    at = _review()
    beads = _beads(at)
    at.selectbox(key="active_bead").set_value(beads[4].id).run()
    _click(at, action)
    return at, beads


def test_confirm_after_a_merge_confirms_the_merged_pair_not_pair_one(workbench_env):
    at, beads = _acted_on_the_fifth("act_merge")
    fifth, sixth = beads[4], beads[5]
    _browser_shows(at, fifth.id)
    merged = _repo().get_bead(fifth.id)
    assert set(merged.source_ids) == set(fifth.source_ids) | set(sixth.source_ids)
    _click(at, "act_confirm")
    assert at.selectbox(key="active_bead").value == fifth.id
    assert _repo().get_bead(fifth.id).status == "confirmed"
    first = _repo().get_bead(beads[0].id)
    assert first.status == "automatic" and first.version == beads[0].version, "pair #1 is untouched"


def test_a_merged_pair_stays_active_while_reviewing_flagged_pairs_only(workbench_env):
    """Merging clears the machine's flags: the merged pair no longer matches "Flagged only", and
    the selector fell back to the first flagged pair, which the next click then confirmed."""
    at = _review()
    at.checkbox(key="flt_flagged").check().run()
    flagged = at.selectbox(key="active_bead").options
    assert len(flagged) >= 3, "the demo corpus has deliberate drifts"
    first_id = at.selectbox(key="active_bead").value
    beads = _beads(at)
    target_id = next(b.id for b in beads[:-1] if b.kinds and b.id != first_id)  # a flagged pair with a next
    at.selectbox(key="active_bead").set_value(target_id).run()
    _click(at, "act_merge")
    _browser_shows(at, target_id)
    _click(at, "act_confirm")
    assert _repo().get_bead(target_id).status == "confirmed"
    assert _repo().get_bead(first_id).status == "automatic", "the first flagged pair is untouched"


def test_split_after_a_merge_splits_the_merged_pair(workbench_env):
    at = _review()
    at.checkbox(key="flt_flagged").check().run()  # the session: review the flagged pairs
    first_id = at.selectbox(key="active_bead").value
    beads = _beads(at)
    target = next(b for b in beads[:-1] if b.kinds and b.id != first_id)
    at.selectbox(key="active_bead").set_value(target.id).run()
    _click(at, "act_merge")
    _browser_shows(at, target.id)
    merged = _repo().get_bead(target.id)
    at.number_input(key=f"split_src_{merged.id}_{merged.version}").set_value(1)  # the boxes of the pair now
    at.number_input(key=f"split_tgt_{merged.id}_{merged.version}").set_value(1)
    _click(at, "act_split")
    first_part = _repo().get_bead(target.id)
    assert first_part.source_ids == merged.source_ids[:1]
    assert first_part.target_ids == merged.target_ids[:1]
    _browser_shows(at, target.id)  # the first part of the split is active
    assert len(_beads(at)) == len(beads), "merge took one pair away, split gave one back"
    first = _repo().get_bead(first_id)
    assert first.version == next(b.version for b in beads if b.id == first_id), "untouched"


def test_undo_and_redo_make_the_pair_they_touched_active(workbench_env):
    at, beads = _acted_on_the_fifth("act_merge")
    fifth = beads[4]
    at.selectbox(key="active_bead").set_value(beads[0].id).run()  # the reviewer looks elsewhere
    _click(at, "undo")
    assert _repo().get_bead(fifth.id).source_ids == fifth.source_ids, "the merge is undone"
    assert at.selectbox(key="active_bead").value == fifth.id, "the restored pair is active"
    at.selectbox(key="active_bead").set_value(beads[0].id).run()
    _click(at, "redo")
    assert at.selectbox(key="active_bead").value == fifth.id, "the merged pair again"
    _click(at, "act_reject")
    assert _repo().get_bead(fifth.id).status == "rejected"
    assert _repo().get_bead(beads[0].id).status == "automatic"


def test_marking_an_omission_keeps_the_marked_pair_active(workbench_env):
    at, beads = _acted_on_the_fifth("act_omission")
    fifth = beads[4]
    _browser_shows(at, fifth.id)
    _click(at, "act_confirm")
    assert _repo().get_bead(fifth.id).status == "confirmed"
    assert _repo().get_bead(beads[0].id).status == "automatic"


def _page(at: AppTest) -> int:
    return next(n.value for n in at.number_input if n.key and n.key.startswith("page_"))


def _listed(at: AppTest) -> list[str]:
    """The pair numbers on the list's page, as its row buttons show them."""
    return [b.label for b in at.button if b.key and b.key.startswith("pick_")]


def test_the_list_shows_the_page_that_holds_the_active_pair(workbench_env):
    at = _review()
    beads = _beads(at)
    assert len(beads) > 25, "the demo run has more than one page of 25 pairs"
    at.selectbox(key="active_bead").set_value(beads[27].id).run()  # pick #28
    assert _page(at) == 2
    assert "28" in _listed(at)
    at.selectbox(key="active_bead").set_value(beads[2].id).run()
    assert _page(at) == 1
    at.selectbox(key="active_bead").set_value(beads[24].id).run()  # #25, the last of page 1
    at.button(key="next_unconfirmed").click().run()
    assert at.selectbox(key="active_bead").value == beads[25].id
    assert _page(at) == 2 and "26" in _listed(at)


def test_the_list_can_still_be_paged_by_hand(workbench_env):
    at = _review()
    at.number_input(key=next(n.key for n in at.number_input if n.key.startswith("page_"))).set_value(2).run()
    assert _page(at) == 2 and "26" in _listed(at)
    at.run()
    assert _page(at) == 2, "a rerun keeps the page the reviewer chose"


def test_clicking_a_pair_number_in_the_list_selects_it(workbench_env):
    at = _review()
    beads = _beads(at)
    at.button(key=f"pick_{beads[6].id}").click().run()
    assert not at.exception, at.exception
    _browser_shows(at, beads[6].id)
    _click(at, "act_confirm")
    assert _repo().get_bead(beads[6].id).status == "confirmed"


def test_pair_numbers_stay_the_same_under_filters_and_search(workbench_env):
    """A pair's number is its place in the whole run, in the selector and in the list alike."""
    at = _review()
    beads = _beads(at)
    number = {b.id: str(i + 1) for i, b in enumerate(beads)}
    at.checkbox(key="flt_flagged").check().run()
    selector = at.selectbox(key="active_bead")
    flagged = [b for b in beads if b.kinds]
    assert [o.split(":")[0] for o in selector.options] == [f"#{number[b.id]}" for b in flagged]
    assert _listed(at) == [number[b.id] for b in flagged][:25]
    assert _listed(at)[0] != "1" or beads[0].kinds, "the first flagged pair is not renumbered #1"
    at.checkbox(key="flt_flagged").uncheck().run()
    tenth = beads[9]
    at.text_input(key="flt_search").input(tenth.source[0]).run()
    assert at.selectbox(key="active_bead").options[0].startswith("#10:")
    assert _listed(at)[0] == "10"


def _relink_inputs(at: AppTest) -> tuple:
    src = next(t for t in at.text_input if t.key and t.key.startswith("relink_src_"))
    tgt = next(t for t in at.text_input if t.key and t.key.startswith("relink_tgt_"))
    return src, tgt


def test_relink_counts_sentences_from_one_and_offers_the_pair_as_it_now_is(workbench_env):
    at, beads = _acted_on_the_fifth("act_merge")
    fifth, sixth = beads[4], beads[5]
    src, tgt = _relink_inputs(at)
    # the merged pair, numbered as a reader counts: sentence 1 is the document's first
    assert src.value == ", ".join(str(i + 1) for i in fifth.source_ids + sixth.source_ids)
    assert tgt.value == ", ".join(str(i + 1) for i in fifth.target_ids + sixth.target_ids)
    src.input(str(fifth.source_ids[0] + 1))
    tgt.input(str(fifth.target_ids[0] + 1))
    _click(at, "act_relink")
    relinked = _repo().get_bead(fifth.id)
    assert (relinked.source_ids, relinked.target_ids) == (fifth.source_ids[:1], fifth.target_ids[:1])
    src, tgt = _relink_inputs(at)
    assert src.value == str(fifth.source_ids[0] + 1)


def test_relink_to_sentence_zero_is_refused_with_a_message(workbench_env):
    at, beads = _acted_on_the_fifth("act_confirm")
    src, _ = _relink_inputs(at)
    src.input("0")
    at.button(key="act_relink").click().run()
    assert not at.exception, at.exception
    assert at.error and "does not exist" in at.error[0].value
    assert _repo().get_bead(beads[4].id).source_ids == beads[4].source_ids


def test_a_typo_corrected_in_the_workbench_is_saved_judged_and_undone(workbench_env):
    at = _review()
    bead = _repo().get_bead(at.selectbox(key="active_bead").value)
    key = f"{bead.id}_{bead.version}"
    assert at.selectbox(key=f"edit_which_{key}").format_func(0) == f"target sentence {bead.target_ids[0] + 1}"
    at.text_area(key=f"edit_text_{key}_0").input(bead.target[0] + " Typo fixed.")
    _click(at, "act_edit_text")
    fixed = _repo().get_bead(bead.id)
    assert fixed.target[0] == bead.target[0] + " Typo fixed."
    assert fixed.status == "edited" and fixed.drift_score is not None, "the pair is judged again"
    _browser_shows(at, bead.id)
    _click(at, "undo")
    assert _repo().get_bead(bead.id).target == bead.target


def test_a_merge_or_split_keeps_the_label_the_browser_holds_for_the_pair(workbench_env):
    """The browser sends back the label it shows; one the selector no longer offers falls to pair #1.
    A merge with the next pair, or a split, keeps the pair's label: its number and first sentence."""
    at = _review()
    beads = _beads(at)
    target = next(b for b in beads[3:-1] if b.source and len(b.source[0]) < 100)
    at.selectbox(key="active_bead").set_value(target.id).run()
    held = at.selectbox(key="active_bead").format_func(target.id)
    _click(at, "act_merge")
    assert at.selectbox(key="active_bead").format_func(target.id) == held
    _click(at, "act_split")
    assert at.selectbox(key="active_bead").format_func(target.id) == held
