"""Project management in the sidebar (issue 18, item 2): a created project becomes the current one."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from db.repository import Repository
from parallax.settings import current

APP = Path(__file__).resolve().parents[2] / "app.py"


def test_creating_a_project_switches_to_it_and_the_next_import_goes_there(workbench_env):
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.radio(key="page").set_value("Import").run()
    demo_id = at.sidebar.selectbox(key="project_select").value
    at.sidebar.text_input(key="new_project_name").input("Thesis corpus")
    at.sidebar.button(key="create_project").click().run()
    assert not at.exception, at.exception

    repo = Repository.open(current().database())
    created = next(p for p in repo.list_projects() if p.name == "Thesis corpus")
    assert at.sidebar.selectbox(key="project_select").value == created.id
    assert at.header[0].value == "Import — Thesis corpus"
    assert any("Thesis corpus" in s.value and "current project" in s.value for s in at.success), \
        [s.value for s in at.success]
    assert at.sidebar.text_input(key="new_project_name").value == "", "the name box is ready for another"

    demo_docs = len(repo.list_documents(demo_id))
    at.text_input(key="paste_name").input("first.txt")
    at.text_area(key="paste_text").input("The committee met on Monday. It approved the budget.")
    at.button[[b.label for b in at.button].index("Import pasted text")].click().run()
    assert not at.exception, at.exception
    assert [d.source_name for d in repo.list_documents(created.id)] == ["first.txt"]
    assert len(repo.list_documents(demo_id)) == demo_docs, "nothing went into the demo project"
    assert at.sidebar.selectbox(key="project_select").value == created.id, "still the new project"


def test_picking_another_project_in_the_sidebar_still_switches(workbench_env):
    repo = Repository.open(current().database())
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    other = repo.create_project("Second")
    at.run()
    at.sidebar.selectbox(key="project_select").set_value(other.id).run()
    assert not at.exception, at.exception
    assert at.header[0].value.endswith("Second")
    at.run()
    assert at.sidebar.selectbox(key="project_select").value == other.id


def test_a_reload_stays_on_the_page_it_showed(workbench_env):
    """The page lives in the address (``?page=Review``): reloading the browser tab keeps it."""
    reloaded = AppTest.from_file(str(APP), default_timeout=120)  # a new browser session, same address
    reloaded.query_params["page"] = "Review"
    reloaded.run()
    assert not reloaded.exception, reloaded.exception
    assert reloaded.sidebar.radio(key="page").value == "Review"
    assert reloaded.header[0].value.startswith("Review")


def test_a_document_can_be_deleted_from_the_import_page_after_confirming(workbench_env):
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.radio(key="page").set_value("Import").run()
    repo = Repository.open(current().database())
    project_id = at.sidebar.selectbox(key="project_select").value
    docs = repo.list_documents(project_id)
    doomed = docs[-1]
    at.selectbox(key="preview_doc").set_value(doomed.id).run()
    assert at.button(key="delete_document").disabled, "not without the tick"
    at.checkbox(key=f"delete_document_sure_{doomed.id}").check().run()
    at.button(key="delete_document").click().run()
    assert not at.exception, at.exception
    assert [d.id for d in repo.list_documents(project_id)] == [d.id for d in docs[:-1]]
    assert any(doomed.source_name in s.value and "Deleted" in s.value for s in at.success), \
        [s.value for s in at.success]


def test_an_alignment_can_be_deleted_from_the_review_page_after_confirming(workbench_env):
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.radio(key="page").set_value("Align").run()
    at.button(key="align_button").click().run()
    at.button(key="align_button").click().run()  # aligned twice: the second run is the current one
    repo = Repository.open(current().database())
    project_id = at.sidebar.selectbox(key="project_select").value
    first, second = sorted(r.id for r in repo.list_runs(project_id))
    at.sidebar.radio(key="page").set_value("Review").run()
    assert at.selectbox(key="review_run_select").value == second
    assert at.button(key="delete_alignment").disabled, "not without the tick"
    at.checkbox(key=f"delete_alignment_sure_{second}").check().run()
    at.button(key="delete_alignment").click().run()
    assert not at.exception, at.exception
    assert [r.id for r in repo.list_runs(project_id)] == [first]
    assert repo.get_run(first).is_current, "the earlier alignment of the pair is current again"
    assert at.selectbox(key="review_run_select").value == first
    assert any("Deleted the alignment" in s.value for s in at.success), [s.value for s in at.success]
