"""Plots that lead somewhere, in Chromium: a click on a bar of the drift kinds opens Review filtered on
that kind; a click on a point of the alignment path opens that pair. The fast test encoder."""

from __future__ import annotations

import pytest

from tests.workbench.test_browser import ARTEFACTS, _go, _settled, browser  # noqa: F401
from tests.workbench.test_browser_review import fast_server  # noqa: F401

pytestmark = pytest.mark.slow



def _mark(page, chart: int, label: str):
    """A mark of the ``chart``-th chart (0 path, 1 scores, 2 kinds) by the start of its description
    (Vega draws SVG marks with an aria-label such as "kind: numbers; pairs: 2")."""
    mark = page.locator('[data-testid="stVegaLiteChart"]').nth(chart).locator(f'path[aria-label^="{label}"]')
    mark.first.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    return mark.first


def _active(page) -> str:
    """The active pair as the "Pair" selector shows it ("#10: The government did not reply.")."""
    box = page.locator('[data-testid="stSelectbox"]').filter(has_text="Pair")
    return f"{box.inner_text()} | {box.locator('input').input_value()}"


def _overview(url: str, browser):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    page.get_by_role("button", name="Review a translation").click(timeout=90_000)
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=120_000)
    _go(page, "Overview")
    return page


def test_clicking_a_drift_kind_bar_opens_review_on_that_kind(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page = _overview(url, browser)
    run = repo.list_runs(repo.list_projects()[0].id)[0]
    reversals = [b for b in repo.list_beads(run.id) if "reversal" in b.kinds]
    assert reversals, "the demo's flipped negation is flagged"
    _mark(page, 2, "kind: reversal;").click()
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=60_000)
    _settled(page)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "overview-kind-click.png"))
    kinds = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Drift kinds")
    assert kinds.get_by_text("reversal", exact=True).count() == 1, "Review is filtered on the kind"
    number = [b.id for b in repo.list_beads(run.id)].index(reversals[0].id) + 1
    assert f"#{number}:" in _active(page), f"the kind's first pair, #{number}, is active"


def test_clicking_a_point_of_the_alignment_path_opens_that_pair(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page = _overview(url, browser)
    _mark(page, 0, "source: 12;").click()
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=60_000)
    _settled(page)
    run = repo.list_runs(repo.list_projects()[0].id)[0]
    number = next(n for n, b in enumerate(repo.list_beads(run.id), 1) if 11 in b.source_ids)
    assert f"#{number}:" in _active(page), f"pair #{number} (source sentence 12) is active"
