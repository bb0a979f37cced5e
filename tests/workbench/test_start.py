"""The first page: a new user lands on what Parallax does and its three jobs, one click each."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "app.py"


def _first_visit() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_first_visit_lands_on_the_start_page_with_the_three_jobs(workbench_env):
    at = _first_visit()
    assert at.sidebar.radio(key="page").value == "Start"
    assert at.header[0].value.startswith("Start — Demo")
    assert "translation" in at.markdown[0].value and "drifts" in at.markdown[0].value
    labels = {b.key: b.label for b in at.button}
    assert labels["start_review"] == "Review a translation"
    assert labels["start_quotes"] == "Trace quotations"
    assert labels["start_export"] == "Export a corpus"


def test_review_a_translation_opens_review_on_the_aligned_demo(workbench_env):
    at = _first_visit()
    at.button(key="start_review").click().run()
    assert not at.exception, at.exception
    assert at.sidebar.radio(key="page").value == "Review"
    assert at.header[0].value.startswith("Review — Demo")
    assert not [i.value for i in at.info if "Nothing aligned" in i.value]
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Pairs"]) > 20, metrics
    assert "vesna.en.txt → vesna.fr.txt" in at.selectbox(key="review_run_select").format_func(
        at.selectbox(key="review_run_select").value)


def test_the_other_jobs_open_their_pages(workbench_env):
    at = _first_visit()
    at.button(key="start_quotes").click().run()
    assert at.header[0].value.startswith("Quotes — Demo")
    at.sidebar.radio(key="page").set_value("Start").run()
    at.button(key="start_export").click().run()
    assert not at.exception, at.exception
    assert at.header[0].value.startswith("Export — Demo")
    assert not [i.value for i in at.info if "Nothing aligned" in i.value], "the demo is aligned"
    assert at.selectbox(key="export_format").value
