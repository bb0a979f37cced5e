"""Team mode in a real browser: a reviewer signs in and confirms a pair; a viewer cannot.

The real server (``PARALLAX_AUTH=password``) and headless Chromium driven by Playwright, as in
``tests/workbench/test_browser.py``. Screenshots go to ``test-artifacts/security/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from security_kit import PASSWORD, make_team, workbench_browser

from db.repository import Repository
from tests.workbench.test_browser import review_button

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "test-artifacts" / "security"

pytestmark = pytest.mark.slow

browser = workbench_browser.browser
running_workbench = workbench_browser.running_workbench


@pytest.fixture
def server(tmp_path):  # type: ignore[no-untyped-def]
    url_db = f"sqlite:///{tmp_path / 'parallax.db'}"
    repo = Repository.open(url_db)
    team = make_team(repo)
    repo.close()
    env = dict(os.environ, PARALLAX_DATA_DIR=str(tmp_path / "data"), PARALLAX_DATABASE_URL=url_db,
               PARALLAX_AUTH="password", PARALLAX_MODEL="hashing", FORWARDED_ALLOW_IPS="")
    try:
        with running_workbench(env, tmp_path / "server.log", "--server.enableXsrfProtection", "true",
                               "--client.showErrorDetails", "none") as url:
            yield url, url_db, team
    finally:
        server_log = (tmp_path / "server.log").read_text(encoding="utf-8", errors="replace")
        assert PASSWORD not in server_log, "a password reached the server log"


def _sign_in(browser, url: str, name: str):  # type: ignore[no-untyped-def]
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(url)
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text(f"Signed in as {name}").wait_for(timeout=60_000)
    page.locator('[data-testid="stSidebar"]').get_by_text("Review", exact=True).click()
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=60_000)
    return page


def test_a_reviewer_confirms_and_a_viewer_cannot(server, browser) -> None:
    url, url_db, team = server
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page = _sign_in(browser, url, "rita")
    review_button(page, "Confirm").click()
    page.locator('[data-testid="stMetric"]').filter(has_text="Confirmed").filter(has_text="1").wait_for(
        timeout=60_000)
    page.screenshot(path=str(ARTEFACTS / "reviewer.png"))

    viewer = _sign_in(browser, url, "vic")
    viewer.get_by_text("Read only: review actions need the reviewer role").wait_for(timeout=60_000)
    assert review_button(viewer, "Confirm").count() == 0
    assert review_button(viewer, "Reject").count() == 0
    viewer.screenshot(path=str(ARTEFACTS / "viewer.png"))

    repo = Repository.open(url_db)
    try:
        confirmed = [b for b in repo.list_beads(team.run_id) if b.status == "confirmed"]
        assert [(b.reviewer, b.changed_by) for b in confirmed] == [("rita", "rita")]
    finally:
        repo.close()


def test_two_reviewers_on_one_pair_the_second_gets_a_conflict(server, browser) -> None:
    """Olga and Rita open the same pair; Olga confirms; Rita, without reloading, rejects: refused."""
    url, url_db, team = server
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    olga, rita = _sign_in(browser, url, "olga"), _sign_in(browser, url, "rita")
    review_button(olga, "Confirm").click()
    olga.locator('[data-testid="stMetric"]').filter(has_text="Confirmed").filter(has_text="1").wait_for(
        timeout=60_000)
    review_button(rita, "Reject").click()
    rita.get_by_text("changed by olga").first.wait_for(timeout=60_000)
    rita.get_by_role("button", name="Reload the pair").wait_for(timeout=60_000)
    rita.screenshot(path=str(ARTEFACTS / "review-conflict.png"))

    repo = Repository.open(url_db)
    try:
        decided = [(b.status, b.reviewer) for b in repo.list_beads(team.run_id) if b.status != "automatic"]
        assert decided == [("confirmed", "olga")], "the second click overwrote the first decision"
    finally:
        repo.close()
