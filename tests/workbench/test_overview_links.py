"""Plots that lead somewhere: a drift kind of the Overview opens its pairs in Review; a picked
point of a chart is read from Streamlit's selection state."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from db.repository import Repository
from parallax.settings import current
from workbench.pages import KIND_PICK, PATH_PICK, picked_value

APP = Path(__file__).resolve().parents[2] / "app.py"


def _overview() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.button(key="start_review").click().run()  # the demo, aligned
    at.sidebar.radio(key="page").set_value("Overview").run()
    assert not at.exception, at.exception
    return at


def test_a_drift_kind_button_opens_review_on_the_pairs_of_that_kind(workbench_env):
    at = _overview()
    keys = [b.key for b in at.button if (b.key or "").startswith("open_kind_")]
    assert "open_kind_numbers" in keys, keys
    at.button(key="open_kind_numbers").click().run()
    assert not at.exception, at.exception
    assert at.sidebar.radio(key="page").value == "Review"
    assert at.multiselect(key="flt_kinds").value == ["numbers"]
    repo = Repository.open(current().database())
    run = repo.list_runs(repo.list_projects()[0].id)[0]
    with_numbers = [b.id for b in repo.list_beads(run.id) if "numbers" in b.kinds]
    pair = at.selectbox(key="active_bead")
    assert pair.options and len(pair.options) == len(with_numbers)
    assert pair.value == with_numbers[0], "the first pair of that kind is the active one"


def test_the_kind_filter_replaces_the_review_filters_set_before(workbench_env):
    at = _overview()
    at.sidebar.radio(key="page").set_value("Review").run()
    at.text_input(key="flt_search").input("no such words anywhere").run()
    at.sidebar.radio(key="page").set_value("Overview").run()
    at.button(key="open_kind_numbers").click().run()
    assert at.text_input(key="flt_search").value == ""
    assert not [i.value for i in at.info if "No pair matches" in i.value]


def test_a_picked_point_is_read_from_the_chart_state():
    assert picked_value({"selection": {KIND_PICK: [{"kind": "names"}]}}, KIND_PICK, "kind") == "names"
    assert picked_value({"selection": {PATH_PICK: [{"bead": 7, "pair": 3}]}}, PATH_PICK, "bead") == 7
    assert picked_value({"selection": {PATH_PICK: {"bead": [9]}}}, PATH_PICK, "bead") == 9
    assert picked_value({"selection": {KIND_PICK: []}}, KIND_PICK, "kind") is None
    assert picked_value(None, KIND_PICK, "kind") is None
    assert picked_value({"selection": {}}, KIND_PICK, "kind") is None
