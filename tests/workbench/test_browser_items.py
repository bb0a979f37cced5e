"""Issue 18, items 2, 7 and 9, in Chromium: a created project becomes the current one and takes the
next upload; pair numbers stay the same under a filter; the precision figure says what it rests on
and the list has a colour key. The fast test encoder."""

from __future__ import annotations

import re

import pytest

from tests.workbench.test_browser import ARTEFACTS, _go, _settled, browser  # noqa: F401
from tests.workbench.test_browser_review import fast_server  # noqa: F401

pytestmark = pytest.mark.slow


def _numbers_listed(page) -> list[int]:
    """The pair numbers of the list's rows, as shown on their pick buttons (keys ``pick_<bead id>``)."""
    rows = page.locator('[class*="st-key-pick_"]').evaluate_all(
        "els => els.filter(e => /\\bst-key-pick_\\d+\\b/.test(e.className)).map(e => e.innerText.trim())")
    return [int(t) for t in rows]


def test_a_created_project_becomes_current_and_takes_the_next_upload(fast_server, browser, tmp_path):  # noqa: F811
    url, repo = fast_server
    note = tmp_path / "minutes.txt"
    note.write_text("The committee met on Monday. It approved the budget.", encoding="utf-8")
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url)
    page.get_by_role("heading").filter(has_text="Demo").first.wait_for(timeout=90_000)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Manage projects").click()
    sidebar.get_by_label("New project name").fill("Hydro report")
    sidebar.get_by_label("New project name").press("Enter")
    _settled(page)
    sidebar.get_by_role("button", name="Create project").click()
    page.get_by_text("it is now the current project").wait_for(timeout=60_000)
    page.get_by_role("heading").filter(has_text="Hydro report").first.wait_for(timeout=30_000)
    _go(page, "Import")
    assert page.get_by_role("heading", name="Import — Hydro report").count() == 1
    uploader = page.locator('[data-testid="stFileUploader"]').filter(has_text="Upload files")
    uploader.locator('input[type="file"]').set_input_files(str(note))
    page.get_by_role("button", name="Import uploaded files").click()
    page.get_by_text("Imported: minutes.txt").wait_for(timeout=60_000)
    projects = {p.name: p.id for p in repo.list_projects()}
    assert [d.source_name for d in repo.list_documents(projects["Hydro report"])] == ["minutes.txt"]
    demo = next(i for name, i in projects.items() if name != "Hydro report")
    assert "minutes.txt" not in [d.source_name for d in repo.list_documents(demo)]


def test_numbers_stay_under_a_filter_and_precision_says_what_it_rests_on(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url)
    page.get_by_role("button", name="Review a translation").click(timeout=90_000)
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=120_000)
    _settled(page)
    run = repo.list_runs(repo.list_projects()[0].id)[0]
    beads = repo.list_beads(run.id)
    flagged = [n for n, b in enumerate(beads, 1) if b.flagged]
    assert flagged and flagged[0] > 1, "the demo's first flagged pair is not its first pair"
    assert _numbers_listed(page)[:3] == [1, 2, 3]
    assert page.get_by_text("Colours: row").count() == 1, "the list has a colour key"
    assert page.get_by_text("no automatic pair judged yet").count() == 1

    page.get_by_text("Flagged only").click()
    _settled(page)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "flagged-numbers.png"), full_page=True)
    shown = _numbers_listed(page)
    assert shown == flagged[:len(shown)] and shown, f"flagged pairs keep their numbers: {shown} vs {flagged}"

    page.get_by_role("button", name=re.compile(r"^Confirm( Shortcut \S+)?$")).click()
    page.get_by_text(re.compile(r"Machine precision: 1 of the \d+ automatic pairs judged so far")).wait_for(
        timeout=60_000)
    assert page.get_by_text("the figure moves a lot while few are judged").count() == 1
