"""What the pages show (issue 18, item 8): no raw ``None``/``nan`` and no model fingerprint."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from streamlit.testing.v1 import AppTest

from db.repository import Repository
from parallax.settings import current

APP = Path(__file__).resolve().parents[2] / "app.py"


def _app(page: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.radio(key="page").set_value(page).run()
    assert not at.exception, at.exception
    return at


def test_quotation_footnotes_show_as_numbers_or_nothing(workbench_env):
    at = _app("Quotes")
    at.button(key="trace_quotes").click().run()
    footnotes = list(at.dataframe[0].value["footnote"])
    assert footnotes[:7] == ["5", "2", "3", "3", "5", "", "5"]
    at.sidebar.radio(key="page").set_value("Import").run()
    repo = Repository.open(current().database())
    english = next(d for d in repo.list_documents(at.sidebar.selectbox(key="project_select").value)
                   if d.source_name == "vesna.en.txt")
    at.selectbox(key="preview_doc").set_value(english.id).run()
    quotes = next(d.value for d in at.dataframe if "quotation" in d.value.columns)
    assert all(isinstance(f, str) and f in ("", "2", "3", "5") for f in quotes["footnote"])


def test_selectors_name_the_model_without_its_fingerprint(workbench_env):
    at = _app("Align")
    at.button(key="align_button").click().run()
    db = workbench_env / "parallax.db"
    with sqlite3.connect(db) as con:  # a real model's stored name: its fingerprint after "|"
        con.execute("UPDATE alignment_runs SET model = 'use-m3|tf2|sha256:0123abcd'")
    at.sidebar.radio(key="page").set_value("Review").run()
    label = at.selectbox(key="review_run_select").options[0]
    assert " · use-m3 · " in label and "sha256" not in label and "|" not in label


def test_machine_precision_says_how_many_pairs_it_rests_on_and_rows_have_a_legend(workbench_env):
    at = _app("Align")
    at.button(key="align_button").click().run()
    at.sidebar.radio(key="page").set_value("Review").run()
    captions = lambda: " ".join(c.value for c in at.caption)  # noqa: E731
    assert "no automatic pair judged yet" in captions()
    at.button(key="act_confirm").click().run()
    metric = next(m for m in at.metric if m.label.startswith("Machine precision"))
    assert metric.value == "100%"
    assert "1 of the 30 automatic pairs judged" in captions(), captions()
    legend = " ".join(m.value for m in at.markdown if "Colours" in m.value)
    assert "no drift" in legend and "strong drift" in legend and "numbers" in legend
