""""Not a drift" in a real browser (Chromium): the dismissal is stored and the term pair offered is
added to the project termbase (issue 16, item 5). The fast test encoder, so it takes seconds."""

from __future__ import annotations

import pytest

from tests.workbench.test_browser import _settled, browser  # noqa: F401
from tests.workbench.test_browser_review import _aligned_review, fast_server  # noqa: F401

pytestmark = pytest.mark.slow


def test_not_a_drift_then_add_the_term_pair(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page, run = _aligned_review(url, repo, browser)
    page.get_by_text("Flagged only").click()
    _settled(page)
    first = next(b for b in repo.list_beads(run.id) if b.kinds)
    page.get_by_role("button", name="Not a drift", exact=True).click()
    _settled(page)
    bead = repo.get_bead(first.id)
    assert bead.kinds == () and repo.history(run.id)[0].action == "dismiss"
    assert repo.history(run.id)[0].actor == "reviewer"
    page.get_by_text("Dismissed as not a drift").wait_for(timeout=30_000)
    source = page.get_by_label("Term (en)")
    source.fill("Black Hundreds")
    source.press("Enter")
    _settled(page)
    target = page.get_by_label("Term (fr)")
    target.fill("Cent-Noirs")
    target.press("Enter")
    _settled(page)
    page.get_by_role("button", name="Add to the termbase", exact=True).click()
    _settled(page)
    assert [t.entry.terms for t in repo.list_terms(run.project_id)] == [
        {"en": ("Black Hundreds",), "fr": ("Cent-Noirs",)}]
    assert page.get_by_text("Dismissed as not a drift").count() == 0
