"""Issue 18's later features in Chromium (AppTest covers them headless): correcting a sentence's text,
the review's progress, deleting an alignment. The fast test encoder, so it takes seconds."""

from __future__ import annotations

import re

import pytest

from tests.workbench.test_browser import ARTEFACTS, _settled, browser, review_button  # noqa: F401
from tests.workbench.test_browser_overview import _active
from tests.workbench.test_browser_review import fast_server  # noqa: F401

pytestmark = pytest.mark.slow


def _review(url: str, browser):  # noqa: F811
    """Review on the demo, aligned from the Start page."""
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url)
    page.get_by_role("button", name="Review a translation").click(timeout=90_000)
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=120_000)
    _settled(page)
    return page


def test_a_typo_corrected_in_the_browser_is_saved_shown_and_undone(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page = _review(url, browser)
    run = repo.list_runs(repo.list_projects()[0].id)[0]
    bead = repo.list_beads(run.id)[0]
    assert "#1:" in _active(page)
    page.get_by_role("button", name="Split / re-link / note").click()
    box = page.get_by_label("Corrected text")
    box.fill(bead.target[0] + " Coquille corrigée.")
    box.blur()
    _settled(page)
    page.get_by_role("button", name="Save text").click()
    _settled(page)
    page.keyboard.press("Escape")
    page.get_by_text("Coquille corrigée.").first.wait_for(timeout=30_000)
    fixed = repo.get_bead(bead.id)
    assert fixed.target[0] == bead.target[0] + " Coquille corrigée." and fixed.status == "edited"
    assert "Status: edited" in page.inner_text("body")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "edit-text.png"))
    review_button(page, "Undo").click()
    _settled(page)
    assert repo.get_bead(bead.id).target == bead.target, "the correction is undone"
    assert page.get_by_text("Coquille corrigée.").count() == 0


def test_the_progress_line_counts_a_confirm_and_keeps_it_after_a_reload(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page = _review(url, browser)
    run = repo.list_runs(repo.list_projects()[0].id)[0]
    total = len(repo.list_beads(run.id))
    flagged = sum(b.flagged for b in repo.list_beads(run.id))
    page.get_by_text(f"Reviewed 0 of {total} pairs · 0 of {flagged} flagged pairs resolved").wait_for()
    page.get_by_text("Flagged only").click()
    _settled(page)
    review_button(page, "Confirm").click()
    done = f"Reviewed 1 of {total} pairs · 1 of {flagged} flagged pairs resolved"
    page.get_by_text(done).wait_for(timeout=30_000)
    page.reload()
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=90_000)
    page.get_by_text(done).wait_for(timeout=30_000)
    page.get_by_text("Progress by reviewer").click()
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=30_000)


def test_an_alignment_is_deleted_only_after_the_tick(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page = _review(url, browser)
    project = repo.list_projects()[0].id
    assert len(repo.list_runs(project)) == 1
    page.get_by_text("Delete this alignment").click()
    button = page.get_by_role("button", name="Delete alignment")
    assert button.is_disabled(), "not without the tick"
    page.get_by_text(re.compile(r"^Yes, delete the alignment")).click()
    _settled(page)
    page.get_by_role("button", name="Delete alignment").click()
    page.get_by_text("Deleted the alignment").wait_for(timeout=30_000)
    page.get_by_text("Nothing aligned yet").wait_for(timeout=30_000)
    assert repo.list_runs(project) == []
