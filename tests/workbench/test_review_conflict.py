"""Two reviewers on one pair: the second click on a pair that changed under it is refused, not applied.

Each AppTest is one browser session; both run on the same database, as two reviewers' tabs would.
"""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from db.repository import Repository
from parallax.settings import current

APP = Path(__file__).resolve().parents[2] / "app.py"


def _review_page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.radio(key="page").set_value("Review").run()
    assert not at.exception, at.exception
    return at


def _align_demo() -> None:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.radio(key="page").set_value("Align").run()
    at.button(key="align_button").click().run()
    assert not at.exception, at.exception


def test_a_stale_click_is_refused_and_the_first_decision_survives(workbench_env):
    _align_demo()
    first, second = _review_page(), _review_page()
    bead_id = first.selectbox(key="active_bead").value
    assert second.selectbox(key="active_bead").value == bead_id

    first.button(key="act_confirm").click().run()
    assert Repository.open(current().database()).get_bead(bead_id).status == "confirmed"

    second.button(key="act_reject").click().run()  # this tab still shows the pair as it was
    assert not second.exception, second.exception
    warnings = [w.value for w in second.warning]
    assert any("Not saved" in w and "changed by" in w for w in warnings), warnings
    stored = Repository.open(current().database()).get_bead(bead_id)
    assert stored.status == "confirmed", "the first decision is not overwritten"
    assert any(b.label == "Reload the pair" for b in second.button)


def test_after_reloading_the_second_reviewer_can_decide(workbench_env):
    _align_demo()
    first, second = _review_page(), _review_page()
    bead_id = first.selectbox(key="active_bead").value
    first.button(key="act_confirm").click().run()
    second.button(key="act_reject").click().run()  # refused: stale
    second.button(key="conflict_reload").click().run()
    second.button(key="act_reject").click().run()  # now on the version it shows
    assert not second.exception, second.exception
    assert Repository.open(current().database()).get_bead(bead_id).status == "rejected"


def test_one_reviewer_clicking_twice_in_a_row_is_no_conflict(workbench_env):
    _align_demo()
    at = _review_page()
    bead_id = at.selectbox(key="active_bead").value
    at.button(key="act_confirm").click().run()
    at.button(key="act_reject").click().run()
    # the hashing test encoder makes the demo look like no translation: that notice is not a conflict
    warnings = [w.value for w in at.warning if not w.value.startswith("Check the pair of texts")]
    assert not warnings, warnings
    assert Repository.open(current().database()).get_bead(bead_id).status == "rejected"
